"""Acronyms the text defines: "the Northern Liberation Front (NLF)" names a body, and "NLF" (or "the
COI" after "Commission of Inquiry (CoI)") names it again anywhere in the article, though the small
model tags neither; "an Improvised Explosive Device (IED)" names a weapon, though the model calls
"IED" an organisation.

The long form is found as Schwartz and Hearst do ("A simple algorithm for identifying abbreviation
definitions in biomedical text", PSB 2003): the acronym's letters, read from the end, appear in order
in the words before the bracket and its first letter opens a word. scispaCy's detector implements the
same but needs its whole biomedical stack; the rule is twenty lines, so it is written here. An acronym whose
letters the English name does not spell, of a name in its own language ("the Permanent Strategic Framework
(CSP)"), takes the whole capitalised name before its bracket where the model found no name there.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.extraction.short_forms import HEAD_ENDS
from graph.gazetteer import Gazetteer

BODY_CLASSES = ("Organization", "MilitaryUnit")

SMALL_WORDS = {"of", "and", "for", "the", "on", "in", "to", "&"}  # lower case inside a name


def acronym_text(text: str, longest: int = 8) -> bool:
    """Two letters or more, two capitals at least: "NLF", "CoI", "MoD"."""
    return text.isalpha() and 2 <= len(text) <= longest and text[0].isupper() and sum(c.isupper() for c in text) >= 2


def defined_acronym(doc: Doc, i: int) -> bool:
    """Token ``i`` is an acronym in brackets right after a word: "(NLF)", "(CoI)"."""
    return 0 < i - 1 and i + 1 < len(doc) and doc[i - 1].text == "(" and doc[i + 1].text == ")" and acronym_text(doc[i].text)


def defined_acronyms(doc: Doc) -> set[str]:
    """The acronyms the text defines in brackets ("(NLF)", "(IS)")."""
    return {t.text for t in doc if defined_acronym(doc, t.i)}


def long_form_start(doc: Doc, i: int) -> int | None:
    """Where the capitalised name the acronym at token ``i`` (in brackets) abbreviates begins, or None."""
    end = i - 1  # the bracket
    first = max(doc[i].sent.start, end - min(len(doc[i].text) + 5, 2 * len(doc[i].text)))
    k = _abbreviated_from(doc[i].text, doc[first:end])
    return first + k if k is not None and _name_like(doc[first + k:end]) else None


def unspelled_long_form_start(doc: Doc, i: int) -> int | None:
    """Where the capitalised name right before the acronym at token ``i`` (in brackets) begins, all of it, for an
    acronym of the name in its own language, whose letters the English name does not spell ("the Permanent
    Strategic Framework (CSP)", "the Group for the Support of Islam and Muslims (JNIM)"); or None."""
    start = end = i - 1
    while start > doc[i].sent.start and end - start < 10 and (doc[start - 1].text[:1].isupper() or (
            doc[start - 1].lower_ in SMALL_WORDS and start < end)):
        start -= 1
    while start < end and (doc[start].lower_ in SMALL_WORDS or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    return start if len(doc[i].text) >= 3 and _name_like(doc[start:end]) else None


def expansion_end(doc: Doc, i: int) -> int | None:
    """The end of a capitalised name in brackets that the acronym at token ``i`` abbreviates, all of
    it ("OFAC (Office of Foreign Assets Control)"), or None."""
    if not acronym_text(doc[i].text) or i + 2 >= len(doc) or doc[i + 1].text != "(":
        return None
    close = next((k for k in range(i + 2, min(len(doc), i + 14)) if doc[k].text == ")"), None)
    if close is None or not spells(doc[i].text, doc[i + 2:close]) or not _name_like(doc[i + 2:close]):
        return None
    return close


def spells(short: str, tokens) -> bool:
    """The acronym's first letter opens the words and the others follow in order."""
    text = " ".join(t.text.lower() for t in tokens)
    short = short.lower()
    if not text.startswith(short[0]):
        return False
    pos = 1
    for char in text[1:]:
        if pos < len(short) and char == short[pos]:
            pos += 1
    return pos == len(short)


def _abbreviated_from(short: str, tokens) -> int | None:
    """The index of the token where the shortest stretch of ``tokens`` ending with the last one that
    the acronym abbreviates begins, or None: its letters, read from the end, appear in order, and
    its first letter opens a word."""
    short = short.lower()
    pos = len(short) - 1
    for k in range(len(tokens) - 1, -1, -1):
        word = tokens[k].text.lower()
        at = len(word) - 1
        while pos >= 0 and at >= 0:
            if word[at] == short[pos] and (pos > 0 or at == 0):
                pos -= 1
            at -= 1
        if pos < 0:
            return k
    return None


def _name_like(tokens) -> bool:
    return len(tokens) > 1 and tokens[0].text[:1].isupper() \
        and all(t.text[:1].isupper() or t.lower_ in SMALL_WORDS or t.text in "-–" for t in tokens)


def _head(tokens) -> str:
    """The head of a name: its last word, or the word before a preposition ("Agency for ...", "Mission in
    Somalia")."""
    words = [t.lower_ for t in tokens]
    before = next((k for k, w in enumerate(words) if w in HEAD_ENDS or w == "in"), len(words))
    return words[max(0, before - 1)]


def acronym_spans(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues, gaz: Gazetteer) -> dict[tuple[int, int], str]:
    """Spans with labels for each acronym the text defines, after its long form or before it in brackets:
    for a body (its long form's head names one, or the noun after the bracket: "the United Kingdom Maritime Trade
    Operations (UKMTO) agency", or the gazetteer knows it as one: "Islamic State (IS)"), an
    organisation span for the long form (unless the
    model found a longer name reaching the bracket), the
    acronym and every later use of it (in capitals too); for a weapon ("Improvised Explosive Device
    (IED)") the acronym and its uses are products, which name nothing warkg keeps."""
    out: dict[tuple[int, int], str] = {}
    names = [span for span, label in ner.items() if label in ("ORG", "PERSON", "GPE", "LOC", "FAC")]
    for tok in doc:
        kind = ""  # the noun right after the bracket ("(UKMTO) agency")
        if defined_acronym(doc, tok.i):
            start, end = long_form_start(doc, tok.i), tok.i - 1
            if start is None and not any(b == end for _, b in names):  # (a name the model missed)
                start = unspelled_long_form_start(doc, tok.i)
            kind = doc[tok.i + 2].lower_ if tok.i + 2 < len(doc) else ""
        else:  # "OFAC (Office of Foreign Assets Control)"
            start, end = tok.i + 2, expansion_end(doc, tok.i)
        if start is None or end is None:
            continue
        head = _head(doc[start:end])
        if head in cues.device_heads or head in cues.armament or head.rstrip("s") in cues.munitions:
            label = "PRODUCT"
        elif head in cues.org_heads or head in cues.unit_types or head in cues.forces_nouns or head in cues.acronym_heads \
                or kind in cues.org_heads \
                or any(e.kind in BODY_CLASSES for e in gaz.lookup(doc[start:end].text)):
            label = "ORG"
        else:
            continue
        # (a longer name the model found that reaches the bracket is the long form: "the UN Independent
        # Commission of Inquiry (CoI)", not its last three words)
        if label == "ORG" and not any(a <= start and end <= b and _more_words(doc, a, b, start, end, tok.i) for a, b in names):
            out[(start, end)] = label
        out[(tok.i, tok.i + 1)] = label
        out.update(_uses(doc, tok, ner, label))
    return out


def _more_words(doc: Doc, a: int, b: int, start: int, end: int, acronym: int) -> bool:
    """Span a:b has words that span start:end has not, besides an article, a bracket and the acronym."""
    return any(not start <= k < end and k != acronym and not doc[k].is_punct and doc[k].lower_ not in ("the", "a", "an")
               for k in range(a, b))


def _uses(doc: Doc, acronym: Token, ner: dict[tuple[int, int], str], label: str) -> dict[tuple[int, int], str]:
    """The acronym's other uses: for a body those the model left untagged, for a weapon all of them."""
    inside = set()
    for start, end in ner:
        if label == "ORG" or end - start > 1:  # (a weapon's acronym the model tagged alone is relabelled)
            inside.update(range(start, end))
    forms = {acronym.text, acronym.text.upper()}
    return {(t.i, t.i + 1): label for t in doc if t.text in forms and t.i not in inside}


def known_long_forms(doc: Doc, chosen: list) -> None:
    """A body's name the gazetteer does not know, defined for an acronym it knows and sharing a word with one of the
    entry's names ("the Group to Support Islam and Muslims (JNIM)", another English rendering of the name the acronym
    spells in its own language): that body, the acronym's entry, not a second body beside it."""
    by_start = {c.start: c for c in chosen}
    for cand in chosen:
        acronym = by_start.get(cand.end + 1)
        if cand.entry is not None or cand.kind not in BODY_CLASSES or acronym is None or acronym.end != cand.end + 2 \
                or acronym.entry is None or acronym.entry.kind not in BODY_CLASSES or not defined_acronym(doc, acronym.start):
            continue
        words = {t.lower_ for t in doc[cand.start:cand.end] if t.is_alpha and not t.is_stop}
        if any(words & set(name.lower().split()) for name in (acronym.entry.label, *acronym.entry.aliases)):
            cand.entry, cand.kind = acronym.entry, acronym.entry.kind
