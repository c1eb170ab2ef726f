"""Statements as press releases print them: "The Foreign Secretary said:" and then paragraphs of his
own words, no quotation marks. Each sentence of those paragraphs is a claim of the speaker, up to a
heading, a paragraph that tells of the speaker in the third person, or one that reports other words.
And whose words "a statement" and "we" outside quotes are: the speaker just before, the body whose
statement the text is.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.extraction.coref import ReferenceResolver
from graph.extraction.doctext import QUOTE_MARKS, doc_text, strip_range

FIRST_PERSON = {"i", "we"}


def statement_sentences(verb: Token, min_chars: int) -> list[tuple[int, int]]:
    """The sentences of the paragraphs after "X said:" (a statement as press releases print it), as
    character ranges, up to the first line that looks like a heading."""
    doc, text = verb.doc, doc_text(verb.doc)
    out: list[tuple[int, int]] = []
    for sent in doc[verb.i + 1:].sents:
        if sent.start <= verb.i + 1:
            continue
        line = text[sent.start_char:sent.end_char].strip()
        if not line:
            continue
        para_end = text.find("\n", sent.start_char)
        para = text[text.rfind("\n", 0, sent.start_char) + 1:para_end if para_end >= 0 else len(text)].strip()
        if para and para[-1] not in ".!?\"”’:;)" and len(para) < 80:
            break  # a heading ("Further information") ends the statement
        out.append(strip_range(text, (sent.start_char, sent.end_char)))
    return [r for r in out if r[1] - r[0] >= min_chars]


def until_narrative(doc: Doc, sentences: list[tuple[int, int]], speakers: list[str], res: ReferenceResolver,
                     cues: Cues) -> list[tuple[int, int]]:
    """A statement ends at the first paragraph that tells of its speaker in the third person ("The
    Foreign Secretary will return to the Gulf") or reports someone's words itself."""
    text = doc_text(doc)
    own = {res.country_of(k) for k in speakers} - {None}  # the speakers' states, whose stance they may state
    out: list[tuple[int, int]] = []
    for rng in sentences:
        para_start = text.rfind("\n", 0, rng[0]) + 1
        para_end = text.find("\n", rng[0])
        para = (para_start, para_end if para_end >= 0 else len(text))
        opens_paragraph = not out or para_start > out[-1][0]
        if opens_paragraph:
            if any(k in speakers for k in res.mentions_in(*para)):
                break
            span = doc.char_span(*para, alignment_mode="expand")
            subjects = [t for t in span or () if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in FIRST_PERSON]
            if any(res.resolve(t, role="speaker") in speakers for t in subjects):
                break  # "The Foreign Secretary will return to the Gulf"
            if any(t.head.pos_ == "VERB" and t.head.lemma_.lower() in cues.report and not _own_state(t, own, res)
                   for t in subjects):
                break  # someone else's words, reported
        out.append(rng)
    return out


def _own_state(subject: Token, own: set[str], res: ReferenceResolver) -> bool:
    """The subject is the speaker's own state or one of its bodies, whose stance a minister states ("The UK
    welcomes ..."), not another person of that state."""
    key = res.resolve(subject, role="speaker")
    return key is not None and res.kind(key) != "Person" and res.country_of(key) in own


def recent_speaker(tok: Token, res: ReferenceResolver) -> str | None:
    """Whose statement an unattributed "a statement" is: the speaker of the sentence before, if any."""
    if not res.speakers:
        return None
    verb_i, key = res.speakers[-1]
    here = res.sent_index.get(tok.i, 0)
    return key if verb_i < tok.i and here - res.sent_index.get(verb_i, 0) <= 1 else None


def statements_voice(tok: Token, res: ReferenceResolver) -> str | None:
    """Who "we" is in a paragraph with no quotation: the body whose statement the text is, the last one to
    speak in a sentence of its own in the three before ("The United States strongly condemns ... We also
    call for ..."; not a party a relative clause reports: "for which Da'esh has claimed responsibility")."""
    text = doc_text(tok.doc)
    start, end = text.rfind("\n", 0, tok.idx) + 1, text.find("\n", tok.idx)
    if any(ch in QUOTE_MARKS for ch in text[start:end if end >= 0 else len(text)]):
        return None  # (the words of someone quoted)
    here = res.sent_index.get(tok.i, 0)
    return next((key for verb_i, key in reversed(res.speakers) if verb_i < tok.i and tok.doc[verb_i].dep_ == "ROOT"
                 and here - res.sent_index.get(verb_i, 0) <= 3 and res.kind(key) in ("Country", "Organization")), None)
