"""What a reporting verb claims: its reported clause (with the clauses the parser hangs beside it), its object and what
the object is charged with, a stance's own clause, the text after a colon (the quote it claims:
:mod:`graph.extraction.quote_choice`)."""
from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span, Token

from graph.cues import Cues
from graph.extraction.doctext import QUOTE_MARKS, doc_text, strip_range
from graph.extraction.event_time import reported_from
from graph.extraction.reported_clauses import MEDIUM_PREPS, others_stance
from graph.extraction.statements import statement_sentences

SUBJECT_DEPS = ("nsubj", "nsubjpass")
DANGLING = {"as", "like"}  # words left at a clause's end when the speaker follows them
MIN_CONTENT_CHARS = 8
CLAUSE_OF_TIME = {"after", "before", "as", "while", "when", "since", "until", "once"}  # a clause of time is no part of a call
MIN_OBJECT_WORDS = 3  # an object that is the whole claim ("denied ...") says something in three words at least


def modifier_subject(verb: Token) -> Token | None:
    """A name before a verb with no subject that the parser hung on the verb as a modifier: the verb's
    subject ("[US] bombs Iran's nuclear sites" as a compound, "[Kigali] denies arming the group" as an
    adjective); a verb takes no such modifier."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("compound", "amod") and c.i < verb.i and c.text[:1].isupper()
                 and c.is_alpha), None)


def stance_range(verb: Token, reports: Container[str] = ()) -> tuple[int, int]:
    """A stance's claim: the verb's clause without its subject and what hangs before the subject
    ("The United States [strongly condemns the attacks in Jabla]"), nor a reporting verb joined to it
    with a clause of its own, its own claim ("[welcomed the agreement] and said the army would deploy ...";
    not "[condemned the advance and called on Rwanda to withdraw]")."""
    # (nor another party's word on it: "claimed the attack on the airport, which the military said it had intercepted")
    subjects = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree} | others_stance(verb)
    end = min((c.left_edge.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
               and c.lemma_.lower() in reports and any(g.dep_ == "ccomp" for g in c.children)), default=len(verb.doc))
    tokens = [t for t in verb.subtree if t.i not in subjects and t.i < end and (t.i >= verb.i or t.head == verb and t.dep_ in
                                                                                 ("advmod", "neg"))]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) if tokens else (verb.idx, verb.idx)


def clause_content(verb: Token, comp: list[Token], modes: frozenset[str], cues: Cues,
                   end: int | None = None) -> tuple[int, int]:
    """The character range of what a verb reports through its clauses: the first, on to any later
    clause the parser set beside it ("finds it strange that X believes ..."), back to a subject it
    hung on the verb (:func:`_stranded_subject`), back to the object a directive addresses ("asked
    every soldier to prepare") or one that a second that-clause follows ("expressed his desire that A
    and that B"), on to a coordinated clause; never past ``end``, where the speaker the parser put
    inside the clause begins (graph.extraction.attribution.tacked_on_speaker)."""
    content = phrase_range(comp[0], skip_mark=True)
    apart = speakers_own_act(comp[0], cues) or _contrasted_report(comp[0], cues)
    if apart is not None:
        content = (content[0], phrase_range(comp[0], skip_mark=True, leave=apart)[1])
    stranded = _stranded_subject(verb, comp[0], cues)
    if stranded is not None:
        content = (stranded.idx, content[1])
    for more in comp[1:]:
        if more.dep_ == "ccomp" and more.i > comp[0].i:
            content = (content[0], max(content[1], phrase_range(more)[1]))
    obj = [c for c in verb.children if c.dep_ == "dobj" and c.i < comp[0].i]
    if obj and (comp[0].dep_ == "xcomp" or "dobj" in modes):
        content = (phrase_range(obj[0])[0], content[1])
    last = coordinated_end(verb, comp[0], cues, content[1])
    return content[0], min(last, end) if end is not None and end > content[0] else last


WH_WORDS = {"how", "why", "what", "whether", "if", "where", "when", "who"}


def speakers_own_act(clause: Token, cues: Cues) -> Token | None:
    """A reporting verb without a subject that the parser coordinated with "and" or "but" to the clause
    a reporting verb reports ("said the army held the town and accused the rebels of ..."): the
    speaker's next act, not what they said. Not in a question's clause ("uncovered how politicians paid
    X or promised Y": they promised), nor in a clause no one reports ("He remains opposed and is calling
    for ..." the parser hung on a later verb); a denial ("but didn't believe ...") or an aside in brackets
    stays in what was said."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues.report \
            or any(c.lower_ in WH_WORDS for c in clause.children if c.i < clause.i):
        return None
    for conj in clause.children:
        if conj.dep_ == "conj" and conj.i > clause.i and conj.pos_ == "VERB" and conj.lemma_.lower() in cues.report \
                and not any(c.dep_ in (*SUBJECT_DEPS, "neg") for c in conj.children) \
                and any(c.dep_ == "cc" and c.lower_ in ("and", "but") and c.nbor(-1).text != "("
                        for c in clause.children if c.i < conj.i):
            return conj
    return None


def _contrasted_report(clause: Token, cues: Cues) -> Token | None:
    """A reporting verb with a subject of its own in a "while" or "whereas" clause at the end of the
    reported clause ("said it had seized the base, while the army said it had repelled the attack"):
    another speaker's word set against it, not part of it."""
    for adv in clause.children:
        if adv.dep_ == "advcl" and adv.i > clause.i and adv.lemma_.lower() in cues.report \
                and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in adv.children) \
                and any(c.dep_ in SUBJECT_DEPS for c in adv.children):
            return adv
    return None


def _stranded_subject(verb: Token, clause: Token, cues: Cues) -> Token | None:
    """The first word of a clause's subject that the parser hung on the reporting verb instead ("admitted
    around 10,000 of their troops have been killed" is not "have been killed"): the words between the
    verb and a subjectless clause after it, when they hold a noun and no punctuation, and the verb's
    object is not who is told ("told the Journal ..."); not before a "that" or with a clause as its subject
    ("said on Monday that holding the town would ...": the day is the report's)."""
    if clause.dep_ != "ccomp" or clause.i < verb.i \
            or any(c.dep_ in (*SUBJECT_DEPS, "expl", "csubj", "csubjpass", "mark") for c in clause.children):
        return None
    gap = verb.doc[verb.i + 1:clause.left_edge.i]
    if not len(gap) or any(t.is_punct for t in gap) or verb.lemma_.lower() in cues.addressing:
        return None
    return gap[0] if any(t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for t in gap) else None


def coordinated_end(verb: Token, comp: Token, cues: Cues, end: int) -> int:
    """Where a "that"-clause ends when a clause of its own is coordinated to the reporting verb after
    it ("said that police cannot ban anyone, and the decision will rest with the organisers": the
    parser hangs the second clause on "said"); the clause's own end (``end``) otherwise."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
        return end
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < comp.i or conj.pos_ not in ("VERB", "AUX") \
                or conj.lemma_.lower() in cues.report or not any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            continue
        if any(c.dep_ in ("ccomp", "advcl") and c.pos_ == "VERB" and c.lemma_.lower() in cues.report
               for c in conj.subtree):
            continue
        end = max(end, phrase_range(conj)[1])
    return end


def content_without_clause(verb: Token, sent: Span, modes: frozenset[str],
                           subject: Token | None, cues: Cues) -> tuple[tuple[int, int] | None, list]:
    """The claim's content when the verb has no reported clause and no quote: after a colon (the rest
    of the sentence, or a statement's paragraphs), the clause set beside it, the object and what it
    is charged with, or the object alone; and the statement's sentences, if any. ``subject`` is the
    verb's speaker phrase, if it has one."""
    content = None
    statement: list[tuple[int, int]] = []
    colon = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":"
    if colon:
        content = (verb.doc[verb.i + 1].idx + 1, sent.end_char)
        if not doc_text(verb.doc)[content[0]:content[1]].strip():
            statement = statement_sentences(verb, MIN_CONTENT_CHARS)  # "The Foreign Secretary said:" and then paragraphs
            content = (statement[0][0], statement[-1][1]) if statement else None
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in modes)
                        for c in verb.children if c.i > verb.i):
        # "As the minister said, the troops will stay": what the "as" clause hangs on, without it (not
        # "It comes as X accused Russia of ...", "pressed the offensive as the UN called for a truce": a
        # verb with its own object says its own claim)
        content = phrase_range(verb.head, skip_mark=True, leave=verb)
    elif verb.dep_ == "parataxis" and verb.head.i < verb.i and subject is not None \
            and verb.doc[subject.left_edge.i - 1].text in ",;—–" and not has_own_object(verb, cues):
        # "Russia will not withdraw, the Kremlin said": the clause the verb is set beside (not one that
        # "however" or "but" sets against it, nor one beside a verb with its own object: "Haftar's forces
        # advance on Tripoli, U.N. chief urges restraint")
        content = strip_range(doc_text(verb.doc), (sent.start_char, subject.left_edge.idx))
    elif modes & {"of", "for", "against"} and not is_passive(verb) and (charged := charged_content(verb, modes)) is not None:
        content = charged
    elif "dobj" in modes or "as" in modes:  # (also "called the accusations “baseless”": "for" charges nothing)
        content = _object_content(verb, modes, cues)
    return content, statement


def _object_content(verb: Token, modes: frozenset[str], cues: Cues) -> tuple[int, int] | None:
    """The object alone, with what it is called or described as ("called the accusations “baseless”", "called it a
    rout"; not "called noon"), or the act itself where the object is an event or too short ("claimed the attack")."""
    obj = [c for c in verb.children if c.dep_ == "dobj"]
    # (and a time noun the parser took for when: "called the collapse a historic day")
    described = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "xcomp") or (
        c.dep_ == "npadvmod" and obj and c.i > obj[0].i and any(d.lower_ in ("a", "an") for d in c.children))]
    if not obj or not ("dobj" in modes or described):  # "called it a rout", not "called noon"
        return None
    said_in = next((c for c in obj[0].children if c.dep_ == "prep" and c.i > obj[0].i and _said_in(c, cues)), None)
    start, end = phrase_range(obj[0], leave=said_in)  # not "the attack [in a statement on Telegram]"
    said_as = bool(described)
    # what goes on right after the object belongs to it ("highlighted the role of drones in
    # reshaping the battlefield"), whatever the parser hung it on; not where it was said ("in a
    # statement on its Telegram channel")
    described += [c for c in verb.children if c.dep_ == "prep" and c.i == obj[0].right_edge.i + 1
                  and said_in is None and not _said_in(c, cues)]
    for extra in described:
        end = max(end, phrase_range(extra)[1])
    if (cues.triggers.get(obj[0].lemma_.lower()) and "act" in modes) or (not said_as and (
            verb.lemma_.lower() != "deny" and len(verb.doc.text[start:end].split()) < MIN_OBJECT_WORDS)):
        start = verb.idx  # "claimed the attack", "confirmed the strike", "reiterated his stand": the act
    elif said_as and obj[0].tag_ in ("WP", "WDT") and obj[0].i < verb.i:
        # "what the military called [limited raids]", "what he described as [false reports]"; a
        # proper name is a name given, nothing said of anything ("in what it called Operation Sindoor")
        start = min(phrase_range(_past_as(d))[0] for d in described)
        if all(t.pos_ == "PROPN" for d in described for t in _past_as(d).subtree):
            end = start
    if not said_as and _points_back(obj[0], cues) and (len(verb.doc.text[start:end].split()) < MIN_OBJECT_WORDS
                                                       or len(_words_but_dates(obj[0])) < MIN_OBJECT_WORDS):
        # "denied involvement in the attack", "acknowledges some withdrawals", not a word or two
        # that only point back ("denied the accusation", "rejected it"): nothing said, and no
        # other words to take for it
        return (start, start)
    return (start, end)


def described_in_quotes(verb: Token, quote: tuple[int, int], modes: frozenset[str]) -> tuple[int, int] | None:
    """The object and the quoted words that describe it ("called the attack “cowardly”", "described the
    strike as “an accident”"): what a verb of description claims is what it says of what, not the words
    alone; None when no object stands right before the quote. Without an object after the verb, the phrase the quoted
    words are part of ("launched what it called “anti-terrorist” operations in the region")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    named = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
    if "as" in modes and obj is None and named is not None:  # "launched what it called “anti-terrorist” operations"
        start, end = phrase_range(named)
        start = min(start, quote[0] - 1)  # (with its opening mark)
        return (start, end) if start <= quote[0] and quote[1] <= end and end - start > quote[1] - quote[0] + 2 else None
    if "as" not in modes or obj is None:
        return None
    start, end = phrase_range(obj)
    between = doc_text(verb.doc)[end:quote[0]].strip(" " + "".join(QUOTE_MARKS))
    return (start, quote[1]) if between in ("", "as") else None


def charged_content(verb: Token, modes: frozenset[str]) -> tuple[int, int] | None:
    """What a verb charges its object with or stands for or against: "accused X of ...", "blamed X for
    ...", "called for talks", "argued against aid"."""
    content = None
    obj = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT")]
    preps = [c for t in [verb, *obj] for c in t.children if c.dep_ == "prep" and c.lower_ in modes]
    # ("called on all parties to respect the ceasefire": whom it calls on and what to do, as "urged X to ...")
    called_on = next((p for p in reversed(preps) if p.lower_ == "on" and p.head.i == verb.i
                      and not any(t.ent_type_ in ("DATE", "TIME") for t in p.subtree)), None)  # (not "on Friday")
    asked_to = next((c for c in verb.children if c.dep_ == "xcomp" and called_on and c.i > called_on.i), None)
    # ("blamed the attack on rebels": whom the object is laid on, the charge)
    preps = [p for p in preps if p.lower_ != "on"] + [c for o in obj for c in o.children if c.dep_ == "prep"
                                                       and c.lower_ == "on" and "upon" in modes]
    marked = [c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in modes & {"for"}
                                                                      for m in c.children)]
    if preps and obj:  # "accused X of ...", "blamed X for ..."
        end = phrase_range(preps[0])[1]
        for more in verb.children:  # "of planning" + "to use a dirty bomb", hung on the verb
            if more.dep_ in ("advcl", "xcomp") and more.left_edge.i == preps[0].right_edge.i + 1:
                end = phrase_range(more)[1]
        content = (verb.idx, end)  # the charge whole: "accused Russian forces of war crimes" ("Russian forces of war
        # crimes" says nothing alone)
    elif preps and preps[0].lower_ == "for":  # "called for the armies to withdraw": to the clause's end, not into
        # a verb joined to it ("called for a ceasefire and warned that ...": what it warned is said apart)
        joined = next((c.left_edge for c in verb.children if c.i > preps[0].right_edge.i and (
            c.dep_ in ("cc", "conj") or _of_time(c))), None)
        end = joined.doc[joined.i - 1] if joined is not None else None
        content = (phrase_range(preps[0])[0] + len("for "),
                   end.idx + len(end.text) if end is not None else phrase_range(verb)[1])
        asked = [w for c in (*preps[0].children, *verb.children) if c.dep_ in ("pobj", "xcomp", "advcl")
                 and content[0] <= c.idx < content[1] for w in _words_but_dates(c)]
        if len(asked) < MIN_OBJECT_WORDS:
            content = (verb.idx, content[1])  # "called for restraint (on Sunday)": the call, not the one word
    elif called_on is not None and asked_to is not None and not preps:
        content = (phrase_range(called_on)[0] + len("on "), phrase_range(asked_to)[1])
    elif preps and preps[0].lower_ == "against":  # "arguing against unconditional aid": the stance, whole
        content = phrase_range(preps[0])
    elif marked:  # "called for the nations to give up the dollar" (not "after Ukraine said ...", when it was called for)
        content = phrase_range(marked[0], skip_mark=True, leave=next((c for c in marked[0].children if _of_time(c)), None))
    return content


def has_own_object(verb: Token, cues: Cues) -> bool:
    """The verb takes an object of its own right after it, not its addressee ("urges restraint", not "told
    reporters"), or, set apart by a comma, a clause ("Israel strikes Lebanon, Hezbollah says it will
    respond"): a clause beside it is not what it says."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    apart = subject is not None and verb.doc[max(subject.left_edge.i - 1, 0)].text in ",;—–"
    return verb.lemma_.lower() not in cues.addressing and any(
        ((c.dep_ == "dobj" or (c.dep_ == "xcomp" and c.pos_ == "NOUN")) and c.i == verb.i + 1)
        or (apart and c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1) for c in verb.children)


def _points_back(obj: Token, cues: Cues) -> bool:
    """An object that refers to something said before: a pronoun ("denied it") or a noun of saying ("the
    accusation", "Moscow's claims"); not what is claimed ("claimed the attack")."""
    return obj.pos_ == "PRON" or obj.lemma_.lower() in cues.said_nouns


def _words_but_dates(tok: Token) -> list[Token]:
    """The words of a phrase without its dates ("those claims on Saturday" is "those claims")."""
    dated = {t.i for t in tok.subtree if t.ent_type_ in ("DATE", "TIME")
             or (t.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children))}
    return [t for t in tok.subtree if t.i not in dated and not t.is_punct]


def is_passive(verb: Token) -> bool:
    """ "Gershkovich, accused of spying": the subject or head is the accused, not the accuser."""
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl"))


def _of_time(clause: Token) -> bool:
    """A clause of time ("after Ukraine said ...", "as talks began"): when something was said, no part of it."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CLAUSE_OF_TIME for m in clause.children)


def phrase_range(tok: Token, skip_mark: bool = False, leave: Token | None = None) -> tuple[int, int]:
    """The character range of ``tok``'s subtree (without ``leave``'s subtree and the conjunction before
    it, if given, and without another party's stance on it: ", which Moscow denies"), trimmed of
    punctuation at its ends and, with ``skip_mark``, of the words that only join it to the sentence."""
    left = ({t.i for t in leave.subtree} if leave is not None else set()) | others_stance(tok)
    first = reported_from(tok) if skip_mark else -1  # ("said on Tuesday it had ...": the day is the report's)
    tokens = [t for t in tok.subtree if t.i not in left and t.i > first]
    if skip_mark:
        # (and the "that" the parser took for a relative's object: "said at a briefing that the army had left")
        while tokens and (tokens[0].dep_ in ("mark", "cc") or tokens[0].is_punct
                          or (tokens[0].lower_ == "that" and tokens[0].dep_ == "dobj")):
            tokens = tokens[1:]
    # "we should go further, as X says": the "as" that introduces the speaker is not what was said
    while tokens and ((tokens[-1].is_punct and tokens[-1].text not in ")]") or tokens[-1].is_space
                      or (skip_mark and tokens[-1].lower_ in DANGLING and not list(tokens[-1].children))
                      or tokens[-1].dep_ == "cc"):  # (a conjunction that ends the phrase joins nothing in it)
        tokens = tokens[:-1]
    if not tokens:
        return (tok.idx, tok.idx)
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _past_as(tok: Token) -> Token:
    """What an "as" introduces ("as [false reports]"), or the token itself."""
    return next((c for c in tok.children if c.dep_ == "pobj"), tok) if tok.lower_ == "as" else tok


def _said_in(prep: Token, cues: Cues) -> bool:
    """A phrase of the statement, post, recording or medium something was said in ("in a statement", "in a
    video", "on social media")."""
    return prep.lower_ in MEDIUM_PREPS and any(
        p.dep_ == "pobj" and (cues.anaphors.get(p.lemma_.lower()) == "speaker" or p.lemma_.lower() in cues.recording
                              or p.lower_ in cues.media or p.lemma_.lower() in cues.media)
        for p in prep.children)
