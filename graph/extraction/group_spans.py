"""Bodies the text describes as a group of people: a name before a comma and a group's noun ("the
Permanent Strategic Framework, an alliance of armed groups", "Tengri, a nationalist group"), an
acronym in apposition with one ("the peacekeeping mission, MONUSCO, said"), a name ending in one
("the Dushani Front") and a name before a band's noun ("the Viv Ansanm coalition") or, of several words, a
deployment's ("the Multinational Security Support mission"). The small model leaves
such names of other wars untagged; each one found edits the NER index (token range -> label) that
:mod:`graph.extraction.candidates` builds. :func:`described_as_a_group` also overrules the model's
place or person for a name it did tag.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.extraction.acronyms import acronym_text
from graph.extraction.doctext import is_headline

LINKS = {"of", "for", "and", "the"}  # small words inside a body's name ("Front for the Liberation of ...")


def _capitals(text: str) -> bool:
    """An acronym of capitals only, up to eight ("MONUSCO", "MINUSMA": longer than most)."""
    return acronym_text(text) and text.isupper()


def speaks_as_a_body(tokens: list[Token], cues: Cues) -> bool:
    """A one-word name no gazetteer knows that is the subject of a report verb ("Trafigura, which operates the
    tanker, said ..."): a body that speaks, not a place (a place that speaks for its government is a known one;
    longer names run into a speaker's are no body: "... to rejoin the West Kissinger argued")."""
    return len(tokens) == 1 and tokens[0].dep_ == "nsubj" and tokens[0].head.lemma_.lower() in cues.report


def described_as_a_group(tokens: list[Token], cues: Cues) -> bool:
    """A name followed by a comma and "a" or "the" group's noun in lower case, after at most two
    modifiers or a possessive ("Bashkort, a grassroots movement", "X, the rebels' umbrella alliance"):
    the parser seldom makes it an apposition."""
    doc, i = tokens[-1].doc, tokens[-1].i + 1
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the"):
        return False
    for tok in doc[i + 2:min(i + 6, len(doc))]:
        if tok.lemma_ in cues.group_nouns and tok.text.islower() and tok.tag_ in ("NN", "NNS") and tok.dep_ != "compound":
            return True  # (not one that only describes the noun after it: "X, a police union official")
        if tok.text in ("'", "'s", "’", "’s"):
            continue
        if not tok.text.islower() or tok.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB"):
            return False
    return False


def group_spans(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> None:
    """Add to ``ner`` the untagged names a group's noun describes: a run of capitalised proper nouns
    (with "of", "for", "and", "the" between them) outside every entity, or one acronym, before a comma
    and a group's noun or in apposition with one; no title among them. Not in a headline, whose words
    are all capitalised."""
    inside = {k for start, end in ner for k in range(start, end)}
    i = 0
    while i < len(doc):
        end = _name_end(doc, i, inside)
        tokens = list(doc[i:end])
        if tokens and not is_headline(doc[i].sent) and not any(t.lower_.rstrip(".") in cues.titles for t in tokens):
            # "the ailing US President, a group of senior officials": a title is no body's name
            if described_as_a_group(tokens, cues) or _apposed_to_a_group(tokens, cues) or _headed_as_a_group(tokens, cues) \
                    or _named_before_a_band(tokens, cues) or _named_before_a_mission(tokens):
                ner[(i, end)] = "ORG"

        i = max(end, i + 1)
    _groups_of_forces(doc, ner, cues)


def _groups_of_forces(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> None:
    """"Units of the Center battlegroup", "the Western battlegroup": a group of forces named by one capitalised word
    before the word that opens its name elsewhere ("Battlegroup Center"), whatever the model made of the word."""
    for tok in doc[2:]:
        if tok.lower_ not in cues.command_openers:
            continue
        name = doc[tok.i - 1]
        if tok.text.islower() and name.head.i == tok.i \
                and name.text[:1].isupper() and name.is_alpha and doc[tok.i - 2].lower_ == "the":
            for span in [span for span in ner if span[0] <= name.i < span[1] or span[0] <= tok.i < span[1]]:
                del ner[span]
            ner[(name.i, tok.i + 1)] = "ORG"


def _name_word(tok: Token) -> bool:
    """A proper noun in title case or an acronym ("MONUSCO"), which the model left out."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_alpha \
        and (_capitals(tok.text) or (tok.text[:1].isupper() and not tok.is_upper))


def _name_end(doc: Doc, i: int, inside: set[int], longest: int = 8) -> int:
    """Where a run of name words from ``i`` ends; a small linking word counts when a name word follows."""
    end = i
    while end < len(doc) and end - i < longest and end not in inside:
        if _name_word(doc[end]):
            end += 1
        elif end > i and doc[end].lower_ in LINKS and end + 1 < len(doc) and _name_word(doc[end + 1]) \
                and end + 1 not in inside:
            end += 1
        else:
            break
    return end


def _headed_as_a_group(tokens: list[Token], cues: Cues) -> bool:
    """A name after "the" that ends with a group's noun in capitals ("the Dushani Front", "the Kestra
    Liberation Movement"): the group's own name."""
    doc, first, head = tokens[0].doc, tokens[0], tokens[-1]
    return len(tokens) > 1 and first.i > 0 and doc[first.i - 1].lower_ == "the" and head.text[:1].isupper() \
        and head.lemma_.lower() in cues.group_nouns


# the nouns of a band of fighters in lower case after its name ("the Viv Ansanm coalition", "the Gran Grif gang");
# not a campaign's, a party's or a committee's, which a person's name or a place's stands before as often
BAND_NOUNS = {"coalition", "alliance", "group", "faction", "movement"}


def _named_before_a_band(tokens: list[Token], cues: Cues) -> bool:
    """A name after "the" that a band's noun in lower case right after it heads ("the Viv Ansanm coalition", "the
    Gran Grif gang", "the Shammar tribe"): the band's name, which the model leaves untagged."""
    doc, first, last = tokens[0].doc, tokens[0], tokens[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return first.i > 0 and doc[first.i - 1].lower_ == "the" and after is not None and after.text.islower() \
        and after.lower_ in BAND_NOUNS | cues.armed_bands | cues.kin_groups and last.dep_ == "compound" \
        and last.head.i == after.i


# the nouns of a deployment after its name of several words ("the Multinational Security Support mission"); one word
# before them is as often a place's or a leader's name ("the Haiti mission")
MISSION_NOUNS = {"mission", "force"}


def _named_before_a_mission(tokens: list[Token]) -> bool:
    """A name of two or more words that a deployment's noun in lower case right after it heads, which "the" opens,
    whatever modifiers stand between ("the Kenyan-led Multinational Security Support mission"): the body's name."""
    doc, last = tokens[0].doc, tokens[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return len(tokens) > 1 and after is not None and after.text.islower() and after.lower_ in MISSION_NOUNS \
        and all(t.head.i == after.i or t.head.i in (u.i for u in tokens) for t in tokens) \
        and any(c.dep_ == "det" and c.lower_ == "the" and c.i < tokens[0].i for c in after.children)


def _apposed_to_a_group(tokens: list[Token], cues: Cues) -> bool:
    """One acronym between commas in apposition with a group's noun before it ("the United Nations
    peacekeeping mission, MONUSCO, said"); a person's name in that place is rarer than an acronym's."""
    if len(tokens) != 1 or not _capitals(tokens[0].text):
        return False
    tok, doc = tokens[0], tokens[0].doc
    between_commas = tok.i > 0 and doc[tok.i - 1].text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","
    head = tok.head
    return between_commas and tok.dep_ == "appos" and head.i < tok.i and head.lemma_ in cues.group_nouns \
        and head.text.islower()
