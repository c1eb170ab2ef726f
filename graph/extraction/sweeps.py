"""Names the NER missed, found again from what the article already names: a body named for what it
is for ("the Campaign to Stop Killer Robots"), a surname of someone named in full, another occurrence
of an organisation's, unit's or place's name, a title standing alone for the person the article gave
it, a body's head word capitalised as its name ("the Coalition"), an office named without its holder
("the Foreign Secretary said"). One name, one entity.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.extraction.candidates import Candidate, covered_tokens
from graph.extraction.doctext import is_headline
from graph.extraction.peoples import SOURCE as PEOPLE
from graph.extraction.short_forms import spelt_by_initials
from graph.extraction.titles import office_holder, title_before
from graph.gazetteer import Gazetteer
from graph.text import is_acronym, name_key, translit_key


def purpose_name_sweep(doc: Doc, chosen: list[Candidate], cues: Cues) -> list[Candidate]:
    """A body named for what it is for, which the NER misses because the name holds a verb ("the
    Campaign to Stop Killer Robots", "the Global Coalition to Counter ISIL"): a capitalised head word
    of a body, "to", a verb and at least one more word, all capitalised; a new organisation. Only in
    prose, not in a headline ("Ministry to Cut Troops Next Year")."""
    covered = covered_tokens(chosen)
    out = []
    for tok in doc:
        i = tok.i
        if tok.lower_ not in cues.org_heads or not tok.text[:1].isupper() or i + 3 >= len(doc) or i in covered \
                or doc[i + 1].lower_ != "to" or doc[i + 2].tag_ != "VB" or not _prose(tok.sent):
            continue
        end = i + 2
        while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and end not in covered:
            end += 1
        if end - i < 4 or not doc[i + 2].text[:1].isupper():
            continue
        before = doc[i - 1] if i > 0 else None
        start = i - 1 if before is not None and before.text[:1].isupper() and before.pos_ in ("PROPN", "ADJ") \
            and not before.is_sent_start and before.i not in covered else i
        out.append(Candidate(start, end, "sweep", 6.0, kind="Organization", name=doc[start:end].text))
        covered.update(range(start, end))
    return out


def _prose(sent) -> bool:
    """Not a headline, and some content word in lower case: capitals there can mark a name."""
    return not is_headline(sent) and any(t.is_alpha and t.text[0].islower() and not t.is_stop for t in sent)


def surname_sweep(doc: Doc, chosen: list[Candidate], surnames: set[str]) -> list[Candidate]:
    """Surnames of people named in the article that the NER missed ("“...,” Haidai said")."""
    covered = covered_tokens(chosen)
    out = []
    for tok in doc:
        if tok.i in covered or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or len(tok.text) < 3:
            continue
        if translit_key(tok.text) in surnames:
            out.append(Candidate(tok.i, tok.i + 1, "surname", 6.0, kind="Person", name=tok.text))
    return out


def _free_match(texts: list[str], i: int, words: tuple[str, ...], covered: set[int]) -> bool:
    """``words`` written at ``i`` of the Doc whose token texts are ``texts``, as written, over tokens no
    mention takes yet."""
    end = i + len(words)
    return end <= len(texts) and texts[i] == words[0] and tuple(texts[i:end]) == words \
        and not covered.intersection(range(i, end))


SWEPT_KINDS = ("Organization", "MilitaryUnit", "Place", "Country")


def name_sweep(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Other occurrences of an organisation's, unit's or place's name the article already names, that
    the NER missed ("the American magazine Forbes" ... "Forbes emphasizes that"): one name, one entity,
    in capitals and as a proper noun."""
    covered = covered_tokens(chosen)
    texts = [t.text for t in doc]
    names: dict[tuple[str, ...], Candidate] = {}
    for cand in chosen:
        if cand.source == PEOPLE:
            continue  # "Americans" at the one place it names a people (graph.extraction.peoples) is no name
        words = tuple(texts[cand.start:cand.end])
        if cand.kind in SWEPT_KINDS or (cand.entry is not None and cand.entry.kind in SWEPT_KINDS):
            if len("".join(words)) >= 3 and all(w[:1].isupper() for w in words):
                names.setdefault(words, cand)
    # by first word, in the order named: every token is looked up once, not tried against every name
    # (trying each name at each token tried 2.4 million matches on the bench)
    starting: dict[str, list[tuple[str, ...]]] = {}
    for words in names:
        starting.setdefault(words[0], []).append(words)
    out = []
    for i, text in enumerate(texts):
        for words in starting.get(text, ()):
            end = i + len(words)
            if _free_match(texts, i, words, covered) and any(t.pos_ == "PROPN" for t in doc[i:end]):
                cand = names[words]
                out.append(Candidate(i, end, "sweep", 6.0, entries=cand.entries, entry=cand.entry, kind=cand.kind,
                                     name=cand.name, part_of=cand.part_of))
                covered.update(range(i, end))
    return out


def initials_sweep(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """An acronym the article never defines, the initials of a body it names in full ("TDF spokesman
    Getachew Reda" ... "the Tigray Defence Forces"): a mention of that body, not of another country's
    body of those initials, and not lost where the model tags nothing; two letters after "the" ("the AA" of an
    article that names the Arakan Army)."""
    covered = covered_tokens(chosen)
    names: dict[int, list[str]] = {}  # index of a body's first chosen span -> its names
    first: dict[str, int] = {}  # (a body named twice in full is one body: "the Arakan Army" ... "the AA")
    for n, cand in enumerate(chosen):
        entry = cand.entry
        if (entry.kind if entry is not None else cand.kind) in ("Organization", "MilitaryUnit"):
            body = first.setdefault(entry.gid if entry is not None else name_key(doc[cand.start:cand.end].text), n)
            names.setdefault(body, []).extend([doc[cand.start:cand.end].text, *((entry.label, *entry.aliases) if entry else ())])
    out = []
    for tok in doc:
        if len(tok.text) == 2 and (tok.i == 0 or doc[tok.i - 1].lower_ != "the"):
            continue  # two letters only as a name "the" goes with ("the AA", "the FT"; not "Tory MP Alicia Kearns")
        if tok.i not in covered and is_acronym(tok.text) and (n := spelt_by_initials(tok.text, names)) is not None:
            cand = chosen[n]
            out.append(Candidate(tok.i, tok.i + 1, "sweep", 6.0, entries=cand.entries, entry=cand.entry, kind=cand.kind,
                                 name=cand.name, part_of=cand.part_of))
    return out


def title_sweep(doc: Doc, chosen: list[Candidate], cues: Cues) -> list[Candidate]:
    """A title standing alone ("the Foreign Secretary said") is the person the article named with it
    before ("Foreign Secretary Boris Johnson"): a mention of that person."""
    covered = covered_tokens(chosen)
    holders: list[tuple[int, tuple[str, ...], Candidate]] = []
    for cand in chosen:
        person = cand.kind == "Person" or (cand.entry is not None and cand.entry.kind == "Person")
        title = title_before(doc, cand.start, cues) if person and cand.start > 0 else ()
        if title and all(w[:1].isupper() for w in title if w != "of"):
            holders.append((cand.start, title, cand))
    out = []
    texts = [t.text for t in doc]
    for start, title, cand in holders:
        n = len(title)
        for i in range(start + n + 1, len(doc) - n + 1):
            if _free_match(texts, i, title, covered) \
                    and not (i + n < len(doc) and doc[i + n].pos_ == "PROPN" and doc[i + n].text[:1].isupper()):
                out.append(Candidate(i, i + n, "title", 6.0, entries=cand.entries, entry=cand.entry, kind="Person",
                                     name=cand.name or doc[cand.start:cand.end].text, part_of=cand.part_of))
                covered.update(range(i, i + n))
    return out


def head_sweep(doc: Doc, chosen: list[Candidate], cues: Cues) -> list[Candidate]:
    """A body's head word standing alone and capitalised as a name ("the Coalition", "Coalition
    aircraft", "the Ministry said") after the article named the body with it ("the Global Coalition to
    Counter ISIL", "Coalition military forces", "the Ministry of Defence"): a mention of the last body
    named with that word. Not at the start of a sentence without "the", where any word is capitalised,
    and not when a proper noun follows (the start of another name: "Coalition Provisional Authority")."""
    covered = covered_tokens(chosen)
    bodies: list[tuple[int, frozenset[str], Candidate]] = []
    for cand in chosen:
        kind = cand.entry.kind if cand.entry is not None else cand.kind
        if kind in ("Organization", "MilitaryUnit"):
            words = frozenset(t.lower_ for t in doc[cand.start:cand.end] if t.text[:1].isupper())
            bodies.append((cand.start, words & cues.org_heads, cand))
    bodies.sort(key=lambda b: b[0])
    out = []
    for tok in doc:
        if tok.i in covered or tok.lower_ not in cues.org_heads or not tok.text[:1].isupper() or tok.text.isupper():
            continue
        the = tok.i > 0 and doc[tok.i - 1].lower_ == "the"
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (tok.is_sent_start and not the) or (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
            continue
        named = [cand for start, heads, cand in bodies if start < tok.i and tok.lower_ in heads]
        if named:
            cand = named[-1]
            out.append(Candidate(tok.i, tok.i + 1, "sweep", 6.0, entries=cand.entries, entry=cand.entry, kind=cand.kind,
                                 name=cand.name, part_of=cand.part_of))
    return out


def _office_word(tok: Token, lower: bool) -> bool:
    """A word of an office's name: capitalised ("Foreign Secretary"), or with ``lower`` a lower-case
    noun or adjective ("foreign minister")."""
    if lower:
        return tok.is_alpha and tok.text.islower() and tok.pos_ in ("NOUN", "ADJ")
    return tok.text[:1].isupper() and tok.is_alpha


def _office_end(doc: Doc, k: int, lower: bool, covered: set[int]) -> int:
    """The end of the words of an office's name from ``k`` (up to four; "of" inside it: "Minister of Defence")."""
    end = k
    while end < len(doc) and end - k < 4 and (_office_word(doc[end], lower) or (doc[end].lower_ == "of" and end > k)) \
            and end not in covered:
        end += 1
    return end


def _held_by_a_named_person(doc: Doc, persons: list[Candidate], office: str, window: int = 8) -> bool:
    """Whether the article gives a named person the office's word, as a title before the name or in
    apposition near it ("Estonian Prime Minister Kaja Kallas", "Austria's chief negotiator on the
    matter, Alexander Kmentt"): a lower-case mention of the office may be theirs, and is left to the
    resolution of descriptions."""
    def titled(start: int, end: int, name: Candidate) -> bool:  # no verb between ("the defence minister told Putin")
        return any(doc[t].lower_ == office and not any(v.pos_ in ("VERB", "AUX") for v in (
            doc[t + 1:name.start] if t < name.start else doc[name.end:t])) for t in range(max(0, start), end))
    return any(titled(p.start - window, p.start, p) or titled(p.end, min(len(doc), p.end + window), p) for p in persons)


def role_sweep(doc: Doc, chosen: list[Candidate], cues: Cues, gaz: Gazetteer) -> list[Candidate]:
    """An office written as a name with no holder named ("The Foreign Secretary met ...", "the Iraqi
    Foreign Minister"; with "a" only a state's spokesperson, "a Ukrainian military spokesman"): an unnamed
    source called by that office, with the country of its demonym, when no earlier mention of the holder
    took it (:func:`title_sweep` runs first) and no name follows it (a name after it, or in apposition
    either way, is the holder: "the Prime Minister, Rishi Sunak,", "Ibrahim al-Jaafari, the Iraqi Foreign
    Minister")."""
    covered = covered_tokens(chosen)
    persons = [c for c in chosen if c.kind == "Person" or (c.entry is not None and c.entry.kind == "Person")]
    people = {c.start: c for c in persons}
    ending = {c.end: c for c in persons}
    holders: dict[str, Candidate] = {}  # office, lower case -> the person it was apposed to
    countries = {c.end: (c.entry.country, c.start) for c in chosen if c.entry is not None and c.entry.kind == "Country"}
    out = []
    i = 0
    while i < len(doc) - 1:
        possessor, first = countries.get(i, (None, i)) if doc[i].text in ("'s", "’s") else (None, i)
        indefinite = doc[i].lower_ in ("a", "an") and possessor is None  # ("a Ukrainian military spokesman")
        if doc[i].lower_ != "the" and possessor is None and not indefinite:  # "the Irish ...", "Ireland's ..."
            i += 1
            continue
        k = i + 1
        iso = possessor or (gaz.country_of_adjective(doc[k].text) if doc[k].text[:1].isupper() else None)
        if iso and not possessor:
            k += 1
        # news style writes an office in lower case when no name follows ("the Irish foreign minister"):
        # taken with a country only, and not for the sources other descriptions give ("a Russian official")
        lower = iso is not None and k < len(doc) and doc[k].text.islower()
        end = _office_end(doc, k, lower, covered)
        words = [t.lower_ for t in doc[k:end]]
        head = words[:words.index("of")] if "of" in words else words
        after = doc[end] if end < len(doc) else None
        apposed = after is not None and after.text == "," and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"
        office = " ".join(words)
        if len(words) >= 2 and head and head[-1] in cues.titles | cues.role_nouns - cues.kin_nouns and words[-1] != "of" \
                and not (lower and words[-1] in cues.sources) and not covered.intersection(range(k, end)) \
                and (not indefinite or (iso is not None and head[-1] in cues.spokes)):
            if apposed and end + 1 in people:
                holders[office] = people[end + 1]  # "the Iraqi Foreign Minister, Ibrahim al-Jaafari,"
            elif first >= 2 and doc[first - 1].text == "," and first - 1 in ending:
                holders[office] = ending[first - 1]  # "Tim Picciott, The Liberty Advisor", "X, Ukraine's Minister of Defense"
            elif office in holders:
                held = holders[office]
                out.append(Candidate(k, end, "role", 6.0, entries=held.entries, entry=held.entry, kind="Person",
                                     name=held.name or doc[held.start:held.end].text, part_of=held.part_of))
            elif iso and (held := office_holder(words, iso, [p.entry for p in persons if p.entry], gaz, cues)):
                out.append(Candidate(k, end, "role", 6.0, entries=[held], entry=held, kind="Person", name=held.label))
            elif lower and _held_by_a_named_person(doc, persons, head[-1]):
                pass  # "Estonian Prime Minister Kaja Kallas ... said the Estonian prime minister": hers
            elif not apposed and not (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()):
                written = " ".join(t.text for t in doc[k:end])
                name = f"{gaz.demonym.get(iso, doc[k - 1].text)} {written}" if iso else written
                out.append(Candidate(k, end, "role", 2.0, kind="UnnamedSource", name=name,
                                     affiliation=(f"country:{iso}",) if iso else ()))
            covered.update(range(k, end))
            i = end
            continue
        i += 1
    return out
