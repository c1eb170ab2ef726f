"""The people the small model's NER cuts short or splits: a family name it leaves out ("Dr. [Ahmed
Kamil] Murad"), a given name it leaves out or tags as a place ("Piers" of "Piers Morgan"), a name
broken by a nickname in quotes ("Mohamed Hamdan “Hemedti” Dagalo", "Col. John “J.D.” Dorrian"), and a
name the model runs into the body and office before it ("Group of Forces Spokesperson Viktor Tregubov"). Each
repair edits the NER index (token range -> label) that :mod:`graph.extraction.candidates` builds.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.extraction.doctext import QUOTE_MARKS, is_headline
from graph.gazetteer import Gazetteer
from graph.text import NAME_PARTICLES


def person_spans(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> set[str]:
    """Repair the people of ``ner`` in place; the given names the article uses come back (see
    :func:`_first_names`)."""
    _nicknamed(doc, ner, cues)
    _titled_inside(doc, ner, cues)
    _named_after_a_role(doc, ner, cues)
    _split_by_a_name(doc, ner, cues)
    _surnames(doc, ner, cues)
    _apposed_people(doc, ner, cues)
    _addressed(doc, ner, cues)
    return _first_names(doc, ner, cues)


def described_as_a_person(tokens: list[Token], cues: Cues) -> bool:
    """A name of two or three proper nouns (a particle between them: "de"), none an organisation's head
    word, in apposition with a singular role noun: "Knox Thames, the special advisor to ...", "the envoy, Dana Holt", "its spokesman,
    Al-Fateh Qurashi" (hyphens join words of one name), or leading a faction, or listed after a person."""
    words = [t for t in tokens if t.text not in "-‐"]
    inner = {t.i for t in words[1:-1] if t.lower_ in NAME_PARTICLES}
    if not 2 <= len(words) - len(inner) <= 3 or any(
            t.lower_ in cues.org_heads or not (t.text[:1].isupper() or t.i in inner) for t in words):
        return False
    root = tokens[-1]
    roles = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    # (or the second of two names apposed to a plural role: "the two leaders of the rebellion, A B and C D")
    roles += [root.head.head] if root.dep_ == "conj" and root.head.dep_ == "appos" else []
    # (the parser may hang the name on the role's "for" phrase: "the UN Special Envoy for Syria, Staffan de Mistura")
    roles += [r.head.head for r in roles if r.dep_ == "pobj" and r.head.dep_ == "prep" and r.head.head.i < r.i]
    # (a leader of something, not "a leader in shipping": a firm)
    return any((r.lower_ in cues.role_nouns and r.tag_ in ("NN", "NNP") or r.tag_ == "NNS" and r.lemma_.lower() in
                cues.role_nouns) and (r.lemma_.lower() != "leader" or any(c.lower_ == "of" for c in r.children))
               for r in roles) or _leader_of_a_faction(tokens) \
        or _listed_with_a_person(tokens, cues)


def _listed_with_a_person(tokens: list[Token], cues: Cues) -> bool:
    """The second name of "<role>s <person> and <name>" ("ministers Itamar Ben-Gvir and Bezalel Smotrich"):
    a person too (not "met Ivan Dravic and Velmor Logistics")."""
    doc, k = tokens[0].doc, tokens[0].i - 2
    if k < 1 or doc[k + 1].lower_ != "and" or doc[k].ent_type_ != "PERSON":
        return False
    while k > 0 and doc[k - 1].ent_type_ == "PERSON":
        k -= 1
    role = doc[k - 1] if k > 0 else None  # (capitalised opening a sentence, the tagger may call it a name)
    return role is not None and role.tag_.startswith("NN") and role.lower_.endswith("s") \
        and (role.lemma_.lower() in cues.role_nouns or role.lower_[:-1] in cues.role_nouns)


def _leader_of_a_faction(tokens: list[Token]) -> bool:
    """A name after "a faction led by", "the group headed by" ("the Sudan Liberation Army faction led by
    Minni Minawi"): who leads a group is a person (a state or a group leading one is known by name)."""
    by = tokens[0].doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    verb = by.head if by is not None and by.lower_ == "by" else None
    return verb is not None and verb.lemma_.lower() in ("lead", "head", "command") and verb.tag_ == "VBN" \
        and verb.dep_ == "acl" and verb.head.lemma_.lower() in ("faction", "group", "wing", "militia", "movement")


def _apposed_people(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> None:
    """A name the model leaves untagged that a role describes in apposition ("Jen Easterly, Director of
    the ... Agency, warned"): two or three capitalised proper nouns outside every entity."""
    inside = _inside(ner)
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 4 and end not in inside and _untagged_name_word(doc[end]):
            end += 1
        if end > i and not is_headline(doc[i].sent) and described_as_a_person(list(doc[i:end]), cues):
            ner[(i, end)] = "PERSON"
        i = max(end, i + 1)


ROMAN_NUMERALS = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}


def _addressed(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> None:
    """A name the model leaves untagged after a title of address ("under King Nebuchadnezzar II",
    "headed by Lieutenant Colonel Azatbek Omurbekov"): one to three capitalised proper nouns outside
    every entity after a capitalised title (and any titles after it), none a word of a body's, unit's,
    site's or office's name ("the General Staff"), the run ended there; a Roman numeral may close it.
    Not in a headline, whose words are all capitalised."""
    inside, not_names = _inside(ner), _no_name_words(cues)
    for tok in doc:
        if not tok.text[:1].isupper() or tok.lower_.rstrip(".") not in cues.address_titles:
            continue
        start = tok.i + 1
        while start < len(doc) and ((doc[start].text[:1].isupper() and doc[start].lower_.rstrip(".") in cues.titles)
                                    or doc[start].text == "."):  # (the stop the tokenizer splits off "Lt.")
            start += 1
        end = start
        while end < len(doc) and end - start < 3 and end not in inside and _untagged_name_word(doc[end]) \
                and doc[end].text not in "-‐" and doc[end].lower_ not in not_names:
            end += 1
        if end > start and end < len(doc) and doc[end].text in ROMAN_NUMERALS and end not in inside:
            end += 1
        elif end > start and ner.get((end, end + 1)) == "ORG" and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and doc[end].lower_ not in not_names:
            del ner[(end, end + 1)]  # the family name the model took for a body ("Lt. Col. Nadav Shoshani")
            end += 1
        runs_on = end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha
        if end > start and not runs_on and not is_headline(tok.sent):
            ner[(start, end)] = "PERSON"


def speaking_names(doc: Doc, ner: dict[tuple[int, int], str], gaz: Gazetteer, cues: Cues) -> None:
    """A name the model leaves untagged as the subject of a verb of saying ("Zaw Min Tun said they would take back
    the town", "Pavel Felgenhauer, of Novaya Gazeta, said"): two or three capitalised proper nouns outside every
    entity, none a word of a body's, unit's, office's or title's name, no determiner before them ("The General Staff
    said") and no name the gazetteer knows as other than a person. Not in a headline."""
    inside, not_names = _inside(ner), _no_name_words(cues)
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in cues.report \
                or any(c.dep_ == "det" for c in tok.children):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
            start -= 1
        words = doc[start:tok.i + 1]
        if not 2 <= len(words) <= 3 or any(t.i in inside or not _untagged_name_word(t) or t.text in "-‐"
                                           or t.lower_ in not_names for t in words) \
                or (start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha) or is_headline(tok.sent):
            continue
        if all(e.kind == "Person" for e in gaz.lookup(words.text)):
            ner[(start, tok.i + 1)] = "PERSON"


def _inside(ner: dict[tuple[int, int], str]) -> set[int]:
    """The tokens some span of the NER index covers."""
    return {k for start, end in ner for k in range(start, end)}


def _no_name_words(cues: Cues) -> frozenset[str]:
    """Words of a body's, unit's, site's, office's or title's name, none of them a word of a person's name (\"the General
    Staff\")."""
    return cues.org_heads | cues.titles | cues.role_nouns | cues.forces_nouns | cues.unit_types \
        | cues.venue_heads | cues.branch_ranks | cues.vague_heads


def _titled_inside(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> None:
    """A span the model runs from a body through an office and a rank into a person's name ("[Khortytsia
    Group of Forces Spokesperson Lieutenant Viktor Tregubov]") is the body before the office, and the
    person: the two or three capitalised words after the title words."""
    for (start, end), label in list(ner.items()):
        office = next((k for k in range(start + 1, end - 2) if doc[k].lower_ in cues.role_nouns
                       and doc[k].lower_ in cues.titles and doc[k].text[:1].isupper()), None)
        if office is None:
            continue
        first = office + 1
        while first < end and doc[first].lower_.rstrip(".") in cues.titles:
            first += 1
        name = doc[first:end]
        if not 2 <= len(name) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in cues.org_heads
                                              for t in name):
            continue
        del ner[(start, end)]
        ner[(start, office)] = "ORG"
        ner[(first, end)] = "PERSON"


def _named_after_a_role(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> None:
    """Two or three capitalised proper nouns the model tags a body or a place right after a role's title in lower case
    ("M23 spokesman [Willy Ngoma] said", "defence minister [Israel Katz]"): a person, whatever a word of it names
    elsewhere ("Ngoma" is also an old name of Goma). Not a body's head word among them ("spokesman [Hamas Politburo]")."""
    for (start, end), label in list(ner.items()):
        role = doc[start - 1] if start > 0 else None
        if label not in ("ORG", "GPE") or role is None or not role.is_lower or role.lower_ not in cues.titles \
                or role.lower_ not in cues.role_nouns or not 2 <= end - start <= 3 or is_headline(doc[start].sent):
            continue
        if all(t.is_alpha and t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper and t.lower_ not in cues.org_heads
               for t in doc[start:end]):
            ner[(start, end)] = "PERSON"


def _split_by_a_name(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> None:
    """Two people the model tags on either side of one capitalised name it leaves out ("[Al-Harith] Idriss [al-Harith
    Mohamed]"): one person's long name, whole (not a title between a place and a name: "[Melitopol] Mayor [Ivan
    Fedorov]")."""
    people = sorted(span for span, label in ner.items() if label == "PERSON")
    for (start, end), (after, last) in zip(people, people[1:]):
        if after == end + 1 and _untagged_name_word(doc[end]) and (start, end) in ner and (after, last) in ner \
                and doc[end].lower_ not in cues.titles | cues.role_nouns and not is_headline(doc[start].sent):
            del ner[(start, end)], ner[(after, last)]
            ner[(start, last)] = "PERSON"


def _untagged_name_word(tok: Token) -> bool:
    """A title-case proper noun ("Easterly", not "PROJECT" or "M") the model left out, or a hyphen."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and ((tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper)
                                                          or tok.text in "-‐")


def _surnames(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> None:
    """The family name the model leaves out of a person ("Dr. [Ahmed Kamil] Murad"): a capitalised
    proper noun outside any entity that the person's last word modifies, and no body's head word."""
    for (start, end), label in list(ner.items()):
        if label != "PERSON" or end >= len(doc) or is_headline(doc[start].sent):
            continue  # title case runs a name into the words of a headline
        last, nxt = doc[end - 1], doc[end]
        runs_on = end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha  # title case
        if last.dep_ == "compound" and last.head.i == end and nxt.pos_ == "PROPN" and nxt.ent_type_ == "" \
                and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper and not runs_on \
                and nxt.lower_ not in cues.org_heads | cues.titles | cues.forces_nouns | cues.unit_types:
            del ner[(start, end)]
            ner[(start, end + 1)] = "PERSON"


def _nicknamed(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> None:
    """A person's name broken by a nickname in quotes, which the model ends at the quote ("[Mohamed
    Hamdan] “Hemedti” Dagalo"): one person from the given names to the family name after the closing
    quote, when the nickname is one to three capitalised words and a capitalised proper noun follows
    it; also when the model took the given names and the nickname for a place or a body ("[Zelimkhan
    “Tornike]” Khangoshvili"). The name without the nickname is what
    :mod:`graph.extraction.ner_spans` keeps."""
    for (start, end), label in sorted(ner.items()):
        if (start, end) not in ner:
            continue
        if label != "PERSON":
            quote = _quote_after_given_names(doc[start:min(end + 1, len(doc))])  # ("[Mamikhan] “Anzor” Umarov")
            if quote is None:
                continue
            end = quote + 1
        if end - start > 1 and doc[end - 1].text in QUOTE_MARKS:
            end -= 1  # the model's span may take the opening quote along ('Omar "')
        if end + 2 >= len(doc) or doc[end].text not in QUOTE_MARKS:
            continue
        close = next((k for k in range(end + 2, min(end + 5, len(doc) - 1)) if doc[k].text in QUOTE_MARKS), None)
        if close is None:
            continue
        nickname, family = doc[end + 1:close], doc[close + 1]
        if not all(t.text[:1].isupper() for t in nickname) or family.pos_ != "PROPN" or not family.text[:1].isupper() \
                or not family.is_alpha or family.lower_ in cues.org_heads | cues.titles | cues.forces_nouns:
            continue
        stop = next((e for (s, e), lab in ner.items() if s == close + 1 and lab == "PERSON"), close + 2)
        for key in [k for k in ner if start <= k[0] < stop]:
            del ner[key]
        ner[(start, stop)] = "PERSON"


def _quote_after_given_names(span) -> int | None:
    """The index of the opening quote mark that follows one or two capitalised proper nouns at the
    start of the span ("Zelimkhan “Tornike"), if any."""
    quote = next((t.i for t in span if t.text in QUOTE_MARKS), None)
    names = span.doc[span.start:quote] if quote is not None else ()
    if quote is None or not 1 <= len(names) <= 2 or not all(
            t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in names):
        return None
    return quote


def _first_names(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> set[str]:
    """Given names the small model leaves out of a person: the capitalised name just before a person
    span that it modifies ("Piers" of "Piers Morgan", tagged "Morgan" only; "Marta" of "Marta
    Vasyuta", tagged a place of its own), and a lone given name that the article also writes in a full
    name ("Piers was quick to praise ...")."""
    given = set()
    for (start, end), label in list(ner.items()):
        if label != "PERSON":
            continue
        before = doc[start - 1] if start > 0 else None
        if end - start == 1 and before is not None and before.pos_ == "PROPN" \
                and (before.ent_type_ == "" or ner.get((start - 1, start)) in ("GPE", "LOC", "ORG")) \
                and before.text[:1].isupper() and before.is_alpha and before.dep_ == "compound" and before.head.i == start:
            ner.pop((start - 1, start), None)
            del ner[(start, end)]
            start -= 1
            ner[(start, end)] = "PERSON"
        first = doc[start]
        if end - start > 1 and first.is_alpha and first.lower_.rstrip(".") not in cues.titles \
                and all(t.text[:1].isupper() and t.is_alpha for t in doc[start:end]):
            given.add(first.text)
    for tok in doc:
        named = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"))  # "Piers was quick"
        if tok.text in given and tok.ent_type_ == "" and named and not any(s <= tok.i < e for s, e in ner):
            ner[(tok.i, tok.i + 1)] = "PERSON"
    return given
