"""Claims: who said what, from reporting verbs, quotes and "according to".

A claim is a reporting verb (said, claimed, announced, tweeted...) or "according to", its speaker
resolved to an entity, and its content: the quote, the reported clause, or (for verbs such as
"acknowledged" or "denied") the object. Quotes are taken whole even when they run over several
sentences, and a quote that follows in the same paragraph with no verb of its own is the same
speaker going on. Reporting verbs inside another claim's content are not claims of their own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graph.cues import Cues
from graph.records import ACTOR_KINDS
from graph.extraction.attribution import attributed, attribution_source, author_of, tacked_on_speaker
from graph.extraction.claim_content import (MIN_CONTENT_CHARS, SUBJECT_DEPS, charged_content, clause_content,
                                               content_without_clause, described_in_quotes, has_own_object, phrase_range,
                                               speakers_own_act, stance_range)
from graph.extraction.quote_choice import inside_phrase, is_scare_quote, nearest_quote, overlaps
from graph.extraction.reported_clauses import medium_clause, misparsed_relative, set_against
from graph.extraction.speaker_phrases import reporting_subject, subject_phrases
from graph.extraction.coref import ReferenceResolver
from graph.text import squash_space
from graph.extraction.doctext import doc_text, find_quotes, is_headline
from graph.extraction.stances import HYPHENS
from graph.extraction.statements import recent_speaker, statements_voice, until_narrative
from graph.extraction.unclaimed import claims_nothing

# "11:40 GMT - ", "09.15 -": the time a live page's entry opens with
STAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4})?\s*[-–—]\s+")
OPEN_SINGLE = re.compile(r"(?:^|[\s(\[—])'\w[^']*$")  # a straight single quote opened and never closed


@dataclass
class ClaimInfo:
    speaker: str
    verb: str
    content: tuple[int, int]  # character range of the claim's text
    extent: tuple[int, int]  # character range of the whole attribution (speaker, verb, content)
    quote: bool = False
    date_text: str | None = None
    about: list[str] = field(default_factory=list)
    deny: bool = False
    extra: list[tuple[int, int]] = field(default_factory=list)  # continuation quotes
    stance: bool = False  # the claim is the speaker's own clause ("condemns the attacks"), not reported words
    reproach: bool = False  # the speaker holds what is said against another ("condemned the annexation")

    def text(self, doc: Doc) -> str:
        parts = [self.content, *self.extra]
        raw = squash_space(" ".join(doc_text(doc)[a:b] for a, b in parts)).strip(" ,;:—-")
        text = STAMP.sub("", raw.strip("\"“”"))  # (a live page's time stamp run into the heading it opens)
        if _opened_outside(raw, text):
            return raw[0] + text  # the quoted words that open it keep their mark ("“anti-terrorist” operations")
        # the marks around the whole go, a quote that opens inside keeps its end ("crush the “terrorists”",
        # 'called it "cowardly"', "‘bloodily resisted’"; not 'war," the statement said': that straight mark closes)
        last = text.rfind('"')
        opens = text.count('"') % 2 and (last == 0 or text[last - 1] in " ([—")
        if text.count("“") > text.count("”"):
            return text + "”"
        return text + '"' if opens else text + "’" if text.count("‘") > text.count("’") \
            else text + "'" if OPEN_SINGLE.search(text) else text


def _opened_outside(raw: str, text: str) -> bool:
    """The claim's text opens with quoted words whose closing mark it holds, their opening mark stripped."""
    closer = {"“": "”", '"': '"'}.get(raw[:1])
    if closer is None or closer not in text or text[text.find(closer) - 1] == " ":
        return False
    return text.count(closer) > text.count("“") if closer == "”" else text.count('"') % 2 == 1


def find_claims(doc: Doc, res: ReferenceResolver, cues: Cues) -> list[ClaimInfo]:
    quotes = find_quotes(doc_text(doc))
    claims: list[ClaimInfo] = []
    used_quotes: set[tuple[int, int]] = set()
    for sent in doc.sents:
        verbs = [t for t in sent if _is_report_verb(t, cues)]
        # the verbs outside quotes first: a quote's own reporting verb ("... were claiming ...," she
        # said) belongs to the quoted speech, whatever the parser makes the sentence's root
        # (then in text order: ordering by depth in the parse was measured worse, the 221 bench
        # articles lost 8 of their claims, among them "X said ... , Y told ..." pairs)
        verbs.sort(key=lambda t: (any(a <= t.idx < b for a, b in quotes), t.i))
        attributions = [t for t in sent if attribution_source(t) is not None]
        candidates = verbs + attributions
        if is_headline(sent):
            continue  # "Putin Says West Prepared To ...": the body says it again, parsed properly
        for tok in candidates:
            if any(c.content[0] <= tok.idx < c.content[1] and not c.stance for c in claims):
                continue  # a reporting verb inside reported speech belongs to that speech
            found = (_according(tok, sent, res) if tok in attributions
                     else _reported(tok, sent, res, cues, quotes, used_quotes))
            for claim in found:
                if "as" in cues.report.get(tok.lemma_.lower(), ()) and tok.tag_ == "VBG" and any(
                        c.stance and c.speaker == claim.speaker and c.content[0] <= claim.content[0] < claim.content[1]
                        <= c.content[1] for c in claims):
                    continue  # "condemned the annexation, calling the referendum a sham": the stance says it
                claim.about = [k for k in res.mentions_in(*claim.content) if k != claim.speaker]
                claims.append(claim)
                res.speakers.append((tok.i, claim.speaker))
    _continue_quotes(doc, claims, quotes, used_quotes)
    return claims


def _is_report_verb(tok: Token, cues: Cues) -> bool:
    """A verb of the report table (not a word hyphened to another: "ill-considered", "self-declared"), or "made (it)
    clear" (graph.extraction.parse_repairs.made_clear)."""
    hyphened = tok.i > 0 and tok.doc[tok.i - 1].text in HYPHENS
    return tok.pos_ == "VERB" and not hyphened and (tok.lemma_.lower() in cues.report or (
        tok.lemma_.lower() == "make" and any(c.dep_ == "oprd" and c.lower_ == "clear" for c in tok.children)))


def _own_quote(verb: Token, sent: Span, quotes, cues: Cues, modes: frozenset[str], comp: list[Token]):
    """The quote that carries what the verb claims, if any: the nearest one in its sentence, unless
    another reporting verb stands between them ("expressed hope ..., saying it “would ...”"), the quote
    lies in the reported clause the verb is coordinated to, or it lies inside the verb's object
    ("expressed his fear that X “has become ...”"); a name in quotes
    inside the speaker's phrase ('..., an adviser to the head of the “Donetsk People’s Republic,” told')
    is not what is claimed."""
    subj = reporting_subject(verb, cues)
    if subj is not None:
        inside = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
        quotes = [q for q in quotes if not inside[0] <= q[0] <= q[1] <= inside[1] + 1]
    if speakers_own_act(verb.head, cues) == verb:
        # "said there “was no justification” and expressed indignation that ...": the quote is the clause's
        quotes = [q for q in quotes if not verb.head.left_edge.idx <= q[0] < verb.idx]
    quote = nearest_quote(verb, sent, quotes)
    if quote is None or any(t.i != verb.i and _is_report_verb(t, cues) and min(verb.idx, quote[0]) < t.idx
                            < max(verb.idx, quote[0]) and not quote[0] <= t.idx < quote[1] for t in sent):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"] if "dobj" in modes and not comp else []
    if objects and objects[0].left_edge.idx <= quote[0] < objects[0].right_edge.idx:
        return None
    return quote


def _subjectless_after(clause: Token, verb: Token) -> bool:
    """A "clause" after the verb with no subject: a participle ("said in a statement read on television") or,
    after a verb set beside what it reports, a phrase's ("..., it said, in the worst day since a truce took effect")."""
    return clause.dep_ == "ccomp" and clause.i > verb.i and (clause.tag_ == "VBN" or verb.dep_ == "parataxis"
                                                             and verb.head.i < verb.i) \
        and not any(c.dep_ in (*SUBJECT_DEPS, "expl", "mark", "aux", "auxpass") for c in clause.children)


def _conjuncts(tok: Token) -> list[Token]:
    out, todo = [], [c for c in tok.children if c.dep_ == "conj"]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _reported_clauses(verb: Token, modes: frozenset[str], cues: Cues) -> list[Token]:
    """The clauses a reporting verb governs that say what was said; of a verb without a subject, those after
    it ("... continue to grow as the minister said a bomb could ...": the clause before is the sentence's); not
    another speaker's report of its own beside another clause."""
    comp = [c for c in verb.children if (c.dep_ == "ccomp" or (c.dep_ == "xcomp" and "xcomp" in modes))
            and not set_against(c, verb) and not misparsed_relative(c) and not _subjectless_after(c, verb)
            and not (c.i < verb.i and has_own_object(verb, cues))] or medium_clause(verb)
    if any(c.i > verb.i for c in comp) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return [c for c in comp if c.i > verb.i]
    # another's report hung on it as a second clause is no part of it ("X hit Y, the ministry said, in an attack the
    # military said targeted Z": the military's report)
    own = [c for c in comp if not (c.lemma_.lower() in cues.report and any(g.dep_ == "nsubj" for g in c.children)
                                   and any(t.text == "," for t in c.doc[verb.i + 1:c.left_edge.i]))]
    return own if len(comp) > 1 and own else comp


def _quoted_in_the_charge(verb: Token, quote: tuple[int, int], modes: frozenset[str]) -> bool:
    """A few quoted words inside what the object is charged with ("accused the RSF of committing “a massacre”"): a word
    of the charge, which is the claim."""
    charge = charged_content(verb, modes) if modes & {"of", "for", "against"} else None
    return charge is not None and charge[0] <= quote[0] and quote[1] <= charge[1]


def _reported(verb: Token, sent: Span, res: ReferenceResolver, cues: Cues, quotes, used_quotes) -> list[ClaimInfo]:
    lemma = verb.lemma_.lower()
    modes = cues.report.get(lemma, frozenset())  # (none for "made clear": its clause only)
    comp = _reported_clauses(verb, modes, cues)
    # ("Haftar's forces advance on Tripoli, U.N. chief urges restraint": the clause is not what "urges" says)
    if claims_nothing(verb, lemma, modes, comp, cues):
        return []
    content = None
    is_quote = stance = False
    statement: list[tuple[int, int]] = []
    quote = _own_quote(verb, sent, quotes, cues, modes, comp)
    tacked = tacked_on_speaker(verb, res)
    # a few quoted words in what the verb governs are its claim's ("informed troops to “be prepared”")
    in_phrase = quote is not None and inside_phrase(quote, sent)
    scare = quote is not None and is_scare_quote(quote, sent) and (
        in_phrase or not verb.idx < quote[0] < verb.right_edge.idx or _quoted_in_the_charge(verb, quote, modes))
    if comp:
        content = clause_content(verb, comp, modes, cues, end=tacked[1] if tacked else None)
        if quote and overlaps(content, quote):
            # the clause and the quote overlap: take both ("said, “It will be ...", "that ... “in order to ...”")
            is_quote = quote[0] <= content[0] and content[1] <= quote[1]
            content = (min(content[0], quote[0]), max(content[1], quote[1]))
    elif tacked:  # "X killed civilians in Y, HRW said": the clause before
        content = (verb.head.left_edge.idx, tacked[1])
    elif quote and not scare and not (quote[0] >= sent.end_char - 1 and any(c.dep_ == "dobj" for c in verb.children)):
        described = described_in_quotes(verb, quote, modes)  # "called the attack “cowardly”"
        content, is_quote = (described, False) if described else (quote, True)
    elif "clause" in modes or any(c.dep_ == "dobj" and c.lemma_.lower() in cues.clause_objects for c in verb.children):
        content, stance = stance_range(verb, cues.report), True  # "condemns the attacks", "claimed responsibility"
    else:  # "blamed NATO for sword-rattling." and a quote after it: the object says what was claimed
        content, statement = content_without_clause(verb, sent, modes, reporting_subject(verb, cues), cues)
        if content is None and scare:  # called the accusations “baseless”: the quoted words are the claim;
            # but a word of a phrase is only a word of it ("calling him a “useful idiot”", "vowed to crush
            # the “terrorists”"): the verb's phrase is
            content, is_quote = (stance_range(verb, cues.report), False) if in_phrase else (quote, True)
    if content is not None and verb.dep_ == "relcl" and not stance and content[0] < verb.idx < content[1]:
        content = (verb.idx + len(verb.text) + 1, content[1])  # "a group that India says is a front for X" (not an act)
    if content is None or content[1] - content[0] < MIN_CONTENT_CHARS:
        return []
    found = _quoted_person(verb, res) if "quoted" in modes else subject_phrases(verb, res, tacked)
    if found is None:
        return []
    subj, others = found
    speakers = _speakers([subj, *_conjuncts(subj)], res)  # "The Ukrainian military and Wagner have reported"
    if not speakers:
        speakers = _speakers(others, res)
    if not speakers:
        return []
    if is_quote or (quote and content[0] <= quote[0] and quote[1] <= content[1]):
        used_quotes.add(quote)
    start = min(content[0], subj.left_edge.idx, verb.idx)
    end = max(content[1], verb.idx + len(verb.text), subj.right_edge.idx + len(subj.right_edge.text))
    date_text = _date_near(verb, content, subj)
    if statement:
        statement = until_narrative(verb.doc, statement, speakers, res, cues)
        return [ClaimInfo(speaker=key, verb=verb.text, content=rng, extent=(start, rng[1]), quote=True, date_text=date_text)
                for rng in statement for key in speakers]
    return [ClaimInfo(speaker=key, verb=verb.text, content=rng, extent=(start, max(end, rng[1])), quote=is_quote,
                      date_text=date_text, deny=lemma == "deny", stance=stance, reproach=lemma in cues.reproach)
            for rng in [content, *_said_after(verb, stance)] for key in speakers]


def _said_after(verb: Token, stance: bool) -> list[tuple[int, int]]:
    """A clause joined to a report verb set between two clauses ("Troops are operating in Khan Younis, the
    military said, and aircraft struck 40 targets"): said as well."""
    if verb.dep_ != "parataxis" or stance:
        return []
    return [phrase_range(c) for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
            and any(g.dep_ in SUBJECT_DEPS for g in c.children)][:1]


def _quoted_person(verb: Token, res: ReferenceResolver) -> tuple[Token, list[Token]] | None:
    """ "“...,” the paper quoted Anna Berg": the one quoted speaks, not the one quoting."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or res.kind(res.resolve(obj, role="speaker")) != "Person":
        return None
    return obj, []


def _speakers(phrases: list[Token], res: ReferenceResolver) -> list[str]:
    speakers: list[str] = []
    for phrase in phrases:
        source = author_of(phrase, res.cues)
        key = res.resolve(source, role="speaker")
        if key is None and source.i == phrase.i and res.cues.anaphors.get(phrase.lemma_.lower()) == "speaker":
            key = recent_speaker(phrase, res)  # "X said it could not comment. A statement read: ..."
        elif key is None and phrase.lower_ == "we":
            key = statements_voice(phrase, res)  # "The United States condemns ... We also call for ..."
        if key is not None and res.kind(key) in ACTOR_KINDS and key not in speakers:
            speakers.append(key)
    return speakers


def _according(tok: Token, sent: Span, res: ReferenceResolver) -> list[ClaimInfo]:
    found = attributed(tok, sent, res, MIN_CONTENT_CHARS)
    if found is None:
        return []
    speaker, verb, content = found
    return [ClaimInfo(speaker=speaker, verb=verb, content=content, extent=(sent.start_char, sent.end_char))]


def _date_near(verb: Token, content: tuple[int, int], subj: Token | None) -> str | None:
    """A date attached to the reporting verb ("said on Friday"), not inside the content, the subject or a verb joined
    to it ("said they would respond, and on Sunday claimed ...": the claim's)."""
    skip = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    if subj is not None:
        skip |= {t.i for t in subj.subtree}
    for tok in verb.subtree:
        if tok.ent_type_ == "DATE" and tok.i not in skip and not (content[0] <= tok.idx < content[1]):
            ent = next((e for e in verb.doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None:
                return ent.text
    return None


def _continue_quotes(doc: Doc, claims: list[ClaimInfo], quotes, used_quotes) -> None:
    """A quote right after a claimed quote, in the same paragraph, with no speaker of its own,
    continues that claim ("“...,” Haidai said. “...”"); a quote inside an attribution (the speaker's
    "adviser to the “Donetsk People’s Republic,”") continues nothing."""
    for q in quotes:
        if q in used_quotes or any(overlaps(q, c.content) or c.extent[0] <= q[0] < q[1] <= c.extent[1] for c in claims):
            continue
        para_start = doc_text(doc).rfind("\n", 0, q[0]) + 1
        owner = None
        for claim in claims:
            last = claim.extra[-1] if claim.extra else claim.content
            if claim.quote and para_start <= claim.extent[0] and last[1] <= q[0]:
                gap = doc_text(doc)[max(last[1], claim.extent[1]):q[0]]
                if len(gap) < 80 and "\n" not in gap:
                    owner = claim
        if owner is not None:
            owner.extra.append(q)
            owner.extent = (owner.extent[0], max(owner.extent[1], q[1]))
            used_quotes.add(q)
            continue
        speaker = _previous_paragraph_speaker(doc, claims, quotes, q, para_start)
        if speaker is not None:  # a paragraph that is only a quote goes on with the last speaker
            claims.append(ClaimInfo(speaker=speaker.speaker, verb=speaker.verb, content=q, extent=(q[0] - 1, q[1] + 1),
                                    quote=True, about=[]))
            used_quotes.add(q)


def _previous_paragraph_speaker(doc: Doc, claims: list[ClaimInfo], quotes, q: tuple[int, int], para_start: int):
    """The quoted claim that ends the paragraph before a paragraph opening with the quote ``q``."""
    text = doc_text(doc)
    if text[para_start:q[0] - 1].strip():
        return None  # the paragraph does not open with the quote
    before = text[:para_start].rstrip()
    prev_start = before.rfind("\n") + 1
    if not before:
        return None
    # (a reported claim too, when the paragraph is the quote alone: no speaker of its own the parse missed)
    para_end = text.find("\n", q[1])
    alone = not text[q[1]:para_end if para_end >= 0 else len(text)].strip(" .,;:\"”’")
    in_prev = [c for c in claims if prev_start <= c.extent[0] and c.extent[1] <= len(before) + 1
               and (alone or c.quote or any(overlaps(c.content, other) for other in quotes))]
    return max(in_prev, key=lambda c: c.extent[1]) if in_prev else None
