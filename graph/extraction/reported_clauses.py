"""Which clause a reporting verb reports, where the parser's tree does not say it plainly: a that-clause
hung on where the speaker spoke ("said in a statement that ..."), not a clause a "however" sets against the
verb, not a relative clause the parser hung on it (", which Kigali denies"); and the stance of another
party a claim's phrase carries at its end (", which Moscow denies"), which is not part of what was said.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from graph.cues import load_cues

CONTRASTIVE = {"however", "but", "yet", "although", "though", "while", "whereas"}
MEDIUM_PREPS = {"in", "on", "at", "during", "via", "through"}  # "at a meeting", not "described as false reports that"


def medium_clause(verb: Token) -> list[Token]:
    """A that-clause the parser hung on where the verb's speaker spoke ("told fighters in a video that
    the offensive would continue", "said in a statement that ...") or on whom they told ("told crowds at
    the mosque that the victory belonged to all"): what the verb reports."""
    told = verb.lemma_.lower() in load_cues().addressing
    mediums = [medium for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in MEDIUM_PREPS
               for medium in prep.children if medium.dep_ == "pobj"]
    mediums += [c for c in verb.children if c.dep_ == "dobj" and told]
    return [clause for medium in mediums
            for clause in medium.children if clause.dep_ in ("acl", "relcl") and clause.i > medium.i
            and (any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or _that_only_joins(clause))
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)][:1]


def _that_only_joins(clause: Token) -> bool:
    """Whether a clause the parser opened with a relative "that" as an object has that object already,
    so the "that" only joins it ("told colleagues at a meeting that he intends to allow a vote": "allow"
    has "a vote"; not "at a meeting that he wanted to attend")."""
    that = clause.left_edge
    return that.lower_ == "that" and that.dep_ == "dobj" and any(
        c.dep_ in ("dobj", "ccomp") and c.i != that.i for c in that.head.children)


def set_against(clause: Token, verb: Token) -> bool:
    """A clause before the verb that a "however" or "but" sets against it ("The invasion has not
    occurred, however the minister has told troops ..."), or a semicolon closes ("India strikes Pakistan;
    Pakistan says it shot down jets"): not what the verb reports."""
    return clause.i < verb.i and any(t.lower_ in CONTRASTIVE or t.text == ";"
                                     for t in verb.doc[clause.right_edge.i + 1:verb.i])


def misparsed_relative(clause: Token) -> bool:
    """A relative clause after a comma, the object of its own verb, that the parser hung on the verb as its
    clause ("accuses Rwanda of backing M23, which Kigali denies"): no clause the verb reports (but "drones,
    which London said will be the largest": the relative is the reported clause's subject)."""
    pronoun = _object_relative(clause)
    return pronoun is not None and pronoun.head.i == clause.i


def _reported_object(clause: Token) -> bool:
    """A relative clause after a comma whose relative pronoun is the object of the clause its verb reports ("..., which
    the military said it had intercepted")."""
    pronoun = _object_relative(clause)
    return pronoun is not None and pronoun.head.dep_ == "ccomp" and pronoun.head.head.i == clause.i


def _report_of_where(clause: Token) -> bool:
    """A relative clause after a comma, opened by "where", whose verb reports a clause of its own ("called for access to
    the region, where it says 600,000 people depend on aid"): a second report, of the place, not part of the first."""
    first = clause.left_edge
    return first.lower_ == "where" and first.head.i == clause.i and first.i > 0 and clause.doc[first.i - 1].text == "," \
        and any(c.dep_ == "ccomp" and c.i > clause.i for c in clause.children)


def _object_relative(clause: Token) -> Token | None:
    """The relative pronoun a clause opens with after a comma, when it is an object ("..., which Kigali denies")."""
    first = clause.left_edge
    return first if first.tag_ in ("WDT", "WP") and first.dep_ == "dobj" and first.i > 0 \
        and clause.doc[first.i - 1].text == "," else None


def reported_before(tok: Token) -> tuple[Span, Token | None] | None:
    """What a reporting verb reports before its subject, when ``tok`` is or owns that subject, and the
    subject of that clause ("An alliance of rebel groups has taken the town on the border with China, its
    members said"): there "it" or "its" stands for that subject, never for a name in the clause's other
    phrases. Where a quote closes right before the subject, what was said starts at its opening mark (not at
    "Peskov rejected it: "...," he said")."""
    subject = tok.head if tok.dep_ == "poss" else tok
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in load_cues().report:
        return None
    clause = next((c for c in subject.head.children if c.dep_ == "ccomp" and c.i < subject.i), None)
    if clause is None:
        return None
    doc, start, end = tok.doc, clause.left_edge.i, clause.right_edge.i + 1
    if any(t.is_quote for t in doc[end:subject.left_edge.i]) or doc[end - 1].is_quote:
        start = max((t.i for t in doc[max(start - 1, 0):end] if t.tag_ == "``"), default=start)
    said = doc[start:end]
    return said, next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= start), None)


CONCESSIVE = {"although", "though"}
VERIFYING = {"verify", "confirm", "corroborate"}  # what a narrator says of a claim ("a claim that could not be verified")


def others_stance(tok: Token) -> set[int]:
    """The tokens of a relative clause in ``tok``'s phrase, after a comma, in which another party only
    reports on what came before ("shelling the plant, which Moscow denies", "which the group has
    rejected"), or of a said noun apposed to it with such a clause ("..., a charge the army denied"):
    that party's stance, not what the speaker said."""
    cues = load_cues()

    def reports(verb: Token) -> bool:
        return verb.lemma_.lower() in cues.report or verb.lemma_.lower() in cues.rebuttal

    # (also one whose relative is the object of the clause it reports: "an attack on the airport, which the Israeli
    # military said it had intercepted")
    relative = {t.i for c in tok.subtree if c.i != tok.i and c.dep_ in ("relcl", "ccomp") and reports(c)
                and (misparsed_relative(c) or _reported_object(c) or _report_of_where(c))
                and all(k.dep_ in ("dobj", "nsubj", "aux", "neg", "advmod", "ccomp") for k in c.children)
                for t in c.subtree}
    # ("bombing civilians in Nyala, a charge the army denied", "..., a claim that could not be verified": a said
    # noun apposed with another party's verb on it, or the narrator's)
    apposed = {t.i for c in tok.subtree if c.i != tok.i and c.dep_ == "appos" and c.lemma_.lower() in cues.said_nouns
               and c.left_edge.i > 0 and tok.doc[c.left_edge.i - 1].text == ","
               and any(r.dep_ in ("relcl", "acl") and (reports(r) or r.lemma_.lower() in VERIFYING) for r in c.children)
               for t in c.subtree}
    # ("Russian forces captured Krynky, although ISW has not observed evidence of this claim", "..., though this could
    # not be verified": the narrator's or another party's word on the claim, in a concessive clause after a comma)
    conceded = {t.i for c in tok.subtree if c.i != tok.i and c.dep_ == "advcl" and c.left_edge.i > 0
                and tok.doc[c.left_edge.i - 1].text == "," and any(m.dep_ == "mark" and m.lower_ in CONCESSIVE
                                                                  for m in c.children)
                and (reports(c) or c.lemma_.lower() in VERIFYING or any(
                    w.lemma_.lower() in cues.said_nouns | cues.evidence_nouns for w in c.subtree))
                for t in c.subtree}
    return relative | apposed | conceded
