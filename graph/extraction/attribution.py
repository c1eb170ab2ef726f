"""Attributions without a reporting verb: "according to X", "Per X, ...": X is the source of the
rest of the sentence.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from graph.cues import Cues
from graph.extraction.coref import ReferenceResolver
from graph.extraction.doctext import doc_text, strip_range
from graph.records import ACTOR_KINDS


def attribution_source(tok: Token) -> Token | None:
    """The source's phrase of an attribution: "according to X" (X), "Per X, ..." (X, at the start
    of the sentence or of a clause: "per cent" and "per day" are no attributions)."""
    if tok.lower_ == "according":
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    doc = tok.doc
    if tok.lower_ == "per" and (tok.i == tok.sent.start or doc[tok.i - 1].text in ",;—(") \
            and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ not in ("cent", "capita"):
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
        # the parser often takes the name for the clause's subject: the source runs to the comma
        comma = next((t for t in doc[tok.i + 1:min(tok.i + 10, tok.sent.end)] if t.text == ","), None)
        return doc[comma.i - 1] if comma is not None and comma.i - 1 > tok.i else None
    return None


def attributed(tok: Token, sent: Span, res: ReferenceResolver, min_chars: int) -> tuple[str, str, tuple[int, int]] | None:
    """ "According to X, ..." / "... according to X" / "Per X, ...": X said the rest of the sentence;
    (speaker key, cue words, content range), or None."""
    source = attribution_source(tok)
    if source is None:
        return None
    source = _past_a_rank(author_of(source, res.cues), res)
    speaker = _apposed_person(source, res) or res.resolve(source, role="speaker")
    if speaker is None or res.kind(speaker) not in ACTOR_KINDS:
        return None
    phrase_start = tok.idx
    last = max(tok.right_edge, source, key=lambda t: t.i)
    phrase_end = last.idx + len(last.text)
    before = (sent.start_char, phrase_start)
    after = (phrase_end, sent.end_char)
    content = max((before, after), key=lambda r: len(doc_text(sent.doc)[r[0]:r[1]].strip(" ,.")))
    # (not a clause joined after it, which says more than X did: "killed 20,000, according to the U.N., though
    # activists say the toll is higher")
    opener = next((t for t in sent.doc[last.i + 1:sent.end] if not t.is_punct and not t.is_space), None)
    if content == after and opener is not None and opener.dep_ in ("mark", "cc") and before[1] - before[0] >= min_chars:
        content = before
    content = strip_range(doc_text(sent.doc), content)
    if content[1] - content[0] < min_chars:
        return None
    return speaker, "according to" if tok.lower_ == "according" else tok.lower_, content


def tacked_on_speaker(verb: Token, res: ReferenceResolver) -> tuple[Token, int] | None:
    """A reporting verb after a comma and a name that the parser coordinated to the clause before it,
    or left without a subject after the clause it reports, the name made an apposition of that clause's
    last noun ("Soldiers killed 200 civilians in the village of Solenzo, Human Rights Watch said in a
    report"; "... captured the town of Sudzha, Ukraine's top commander Oleksandr Syrskyi said"): (the
    name's last word, the end of the clause reported, at the comma before the name and its role). Not a
    verb with a subject or an "and" of its own ("..., and the army said")."""
    reported = [c.i for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    clause = verb.head.i if verb.dep_ == "conj" and verb.head.i < verb.i else min(reported, default=None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    ref = next((r for r in res.refs if r.end == verb.i and res.kind(r.key) in ACTOR_KINDS), None)
    if ref is None:
        return None
    doc = verb.doc
    comma = ref.start - 1 - (doc[ref.start - 1].lower_ == "the")
    # (past the name's role before it: "Ukraine's top commander Oleksandr Syrskyi", "Commander-in-Chief X")
    while comma > clause and ref.start - comma <= 6 and doc[comma].text != "," \
            and (doc[comma].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART") or doc[comma].text == "-"
                 or (not doc[comma].whitespace_ and doc[comma + 1].text == "-")):
        comma -= 1
    return (doc[ref.end - 1], doc[comma].idx) if comma > clause and doc[comma].text == "," else None


def _past_a_rank(tok: Token, res: ReferenceResolver) -> Token:
    """The person after a rank the parser took for the source ("according to Brig. Gen. Tom Ardley":
    "Brig", split from its full stop): the last word of the name that follows the rank."""
    if tok.lower_.rstrip(".") not in res.cues.title_abbreviations:
        return tok
    ref = next((r for r in res.refs if tok.i < r.start <= tok.i + 4 and res.kind(r.key) == "Person"), None)
    return tok.doc[ref.end - 1] if ref is not None else tok


def author_of(tok: Token, cues: Cues) -> Token:
    """The author of a statement or a study standing for its source ("Monday's announcement by the
    Pentagon said", "a statement from the Kremlin read", "according to a survey conducted by the
    university"): the pobj of its "by" or "from", or of the "by" of a participle on it, when the
    phrase is a statement noun or a study of the cue table; else the phrase itself ("the shelling by
    Russian troops indicates ..." is no one's statement)."""
    if cues.anaphors.get(tok.lemma_.lower()) != "speaker" and tok.lemma_.lower() not in cues.studies:
        return tok
    by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    for acl in (c for c in tok.children if c.dep_ == "acl" and by is None):
        by = next((c for c in acl.children if c.dep_ == "agent"), None)
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return pobj if pobj is not None else tok


def _apposed_person(tok: Token, res: ReferenceResolver) -> str | None:
    """ "according to the US Chief of Staff, General Mark Milley, ...": the parser often misses the
    apposition; a person named right after the phrase, between commas, is the source."""
    i = tok.right_edge.i + 1
    doc = tok.doc
    if i >= len(doc) or doc[i].text != ",":
        return None
    for j in range(i + 1, min(i + 6, len(doc))):
        key = res.key_at.get(j)
        if key is not None:
            return key if res.kind(key) == "Person" else None
        if not doc[j].text[:1].isupper():
            return None
    return None
