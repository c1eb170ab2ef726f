"""Who a pronoun stands for: the speaker it continues, the subject of the clause it belongs to or reports, else
the nearest mention of its sort (he/she: a person; it: an organisation, unit or state; they: any group),
subjects first. A part of :class:`graph.extraction.coref.ReferenceResolver`, whose state it reads (``refs``,
``speakers``, ``sent_index``, ``window``) and whose other parts it calls.
"""
from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Span, Token

from graph.extraction.doctext import sentence_before
from graph.extraction.phrase_repairs import MEDIUM_NOUNS
from graph.extraction.reported_clauses import reported_before
from graph.records import ACTOR_KINDS, BODY_KINDS, GROUP_KINDS

PERSONAL = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
SITES = {"headquarters", "base", "building", "compound", "office", "barracks"}  # a body's premises, named by its name
# bodies that report, written without a name ("state media said")
OUTLETS = {"media", "medium", "agency", "broadcaster", "television", "newspaper", "outlet", "channel"}
WATCHERS = {"monitor", "observatory", "watchdog"}  # bodies that report what they watch ("a war monitor said")


def _phrase_head(tok: Token) -> Token:
    """The noun a name modifies, if it modifies one ("[Kestrel Liberation Army] rebels"), else the name's root."""
    return tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok


def in_relative_clause(verb: Token) -> bool:
    """Whether a verb is in a relative clause (or one describing a noun)."""
    return any(a.dep_ in ("relcl", "acl") for a in (verb, *verb.ancestors))


def _plural(head: Token) -> bool:
    """A plural noun, or a name of the form "the <Name>s" the tagger may read as one ("the Houthis")."""
    return head.tag_ in ("NNS", "NNPS") or (head.tag_ == "NNP" and head.lower_.endswith("s") and head.i > 0
                                             and head.doc[head.i - 1].lower_ == "the")


def _after_the_report(noun: Token, verb: Token, report: dict) -> bool:
    """Whether a phrase set off by a comma after a report verb set off inside the clause it reports belongs to
    that clause, which the parser hung on the report verb ("..., the army said, in its first attack on ..."); not
    where it was said ("..., the army said, in a statement")."""
    prep = noun.head
    return noun.dep_ == "pobj" and verb.dep_ == "parataxis" and verb.head.i < verb.i < prep.i \
        and prep.head.i == verb.i and verb.lemma_.lower() in report and noun.doc[prep.i - 1].text == "," \
        and noun.lower_ not in MEDIUM_NOUNS


class Pronouns:
    """Mixed into the reference resolver."""

    def pronoun(self, tok: Token) -> str | None:
        """The entity a personal pronoun stands for, or None."""
        low = tok.lower_
        kinds = ("Person",) if low in PERSONAL else GROUP_KINDS if low in NEUTER | PLURAL else ACTOR_KINDS
        if low in NEUTER:
            kinds = BODY_KINDS
        bound = self.clause_subject(tok, kinds)
        if bound is not None:  # "Israel ended its offensive": whose the object is, the clause's subject
            return bound
        reporter = self.reporter(tok)
        if reporter is not None:  # "an alliance of armed groups said it had captured ...": the alliance
            return self.resolve(reporter)
        if low in PLURAL and (acted_on := self._people_acted_on(tok)) is not None:
            key = self.resolve(acted_on)  # "killed civilians as they fled": the civilians, whoever they are
            return key if key is not None and self.kind(key) in kinds else None
        if low in NEUTER | PLURAL:  # "the group has attacked shipping in what it says is ...": the group
            described = self.subject_descriptions(tok)
            key = next((k for t in described if (k := self.resolve(t)) and self.kind(k) in kinds), None)
            if key is not None:
                return key
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("conj", "advcl") and any(
                    t.head.i == tok.head.head.i and (t.tag_ in ("NNS", "NNPS")) == (low in PLURAL) for t in described):
                return None  # "the Kurdish-led alliance had cut the road, and in May it seized Tabqa", "the convoy was
                # hit as it left": the alliance, the convoy, which name no one the article names (not the group named before)
        if self._unnamed_reporter_last(tok, kinds):
            return None
        if (key := self._continued_speaker(tok, kinds)) is not None or (key := self._described_before(tok, kinds)):
            return key
        content, subject = reported_before(tok) or (None, None)
        if content is not None and content[0].is_quote and low in PERSONAL:
            subject = None  # ""Anna Berg is wrong," he said": a speaker does not name himself in his quote
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and low not in PERSONAL \
                and (subject.tag_ in ("NNS", "NNPS")) == (low in PLURAL):
            key = self.resolve(subject)  # "An alliance ... has taken X near China, its members said": the alliance
            return key if key is None or self.kind(key) in kinds else None
        return self._nearest(tok, kinds, content, subject)

    def clause_subject(self, tok: Token, kinds: tuple[str, ...]) -> str | None:
        """A possessive pronoun of an object is bound by its clause's named subject: "Israel ended its
        offensive", "Russia withdrew its troops" (not the speaker who reports the clause); so is the subject
        of what the object's clause names: "Israel began what it calls a limited operation"; and the owner of forces in
        an object's "of" phrase: "Moscow said it had completed the withdrawal of its troops" (whatever "it" stands for)."""
        named = tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and any(c.lower_ == "what" for c in tok.head.children)
        if not named and (tok.dep_ != "poss" or tok.head.dep_ not in ("dobj", "pobj")):
            return None
        verb = tok.head.head if tok.head.dep_ == "dobj" or named else tok.head.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and tok.head.head.lower_ == "of" \
                and {tok.head.lemma_.lower(), tok.head.lower_} & self.cues.forces_nouns:
            verb = verb.head  # (not "stopped the shelling of its positions", where "its" may be the teller's)
        if _after_the_report(tok.head, verb, self.cues.report):
            verb = verb.head  # "Iran fired missiles at Israel, the army said, in its first direct attack": Iran's
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i):
            # named, or for the object itself a phrase that names its owner ("Forces loyal to Khalifa Haftar
            # pressed their offensive"; not "warplanes struck Yemen in retaliation for their attacks")
            key = self.as_actor(self.key_at[subject.i]) if subject.i in self.key_at \
                else self.resolve(subject) if subject.pos_ == "NOUN" and tok.head.dep_ == "dobj" \
                else self.pronoun(subject) if (subject.lower_, tok.lower_) in (("it", "its"), ("they", "their")) else None
            if key is not None and self.kind(key) in kinds:
                return key
        return None

    def _people_acted_on(self, tok: Token) -> Token | None:
        """The people the verb acted on, for "they" who do what its clause of time says ("RSF fighters killed
        civilians as they fled", "shot soldiers while they retreated"): who was killed fled, not who killed (a
        clause of what came after or before may be the doer's: "killed two guards before they took the town")."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in verb.children):
            return None
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < tok.i and c.tag_ == "NNS"
                     and c.lemma_.lower() in self.cues.people_nouns), None)

    def _unnamed_reporter_last(self, tok: Token, kinds: tuple[str, ...]) -> bool:
        """Whether a pronoun that reports ("..., he said") follows, within two sentences, a reporter the article does
        not name and nothing of its sort named after it ("A resident said ... . "The town is empty," he said": the
        resident, not the leader named before; "state media said ... . Several scientists were killed, it said")."""
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in self.cues.report:
            return False
        here = self.sent_index.get(tok.i, 0)
        cues = self.cues
        sort = cues.people_nouns | cues.role_nouns | set(cues.sources) if tok.lower_ in PERSONAL else OUTLETS | WATCHERS \
            | cues.group_nouns | {w.split()[-1] for w, kind in cues.anaphors.items() if kind != "Person"}  # ("the air force")
        near = takewhile(lambda t: here - self.sent_index.get(t.i, 0) <= 2, reversed(self.doc[:tok.i]))
        unnamed = next((t for t in near if t.dep_ == "nsubj" and t.pos_ == "NOUN"
                        and t.head.lemma_.lower() in cues.report and t.i not in self.key_at
                        and t.lemma_.lower() in sort and (t.tag_ == "NN" or tok.lower_ not in PERSONAL)), None)
        if unnamed is None or self.resolve(unnamed) is not None:
            return False
        said = unnamed.head.right_edge.i  # (not one named in what it said: "said Salami, the head of the IRGC, had ...")
        return not any(max(unnamed.i, said) < r.start < tok.i and self.kind(r.key) in kinds for r in self.refs) \
            and not any(unnamed.i < verb_i < tok.i for verb_i, _ in self.speakers)

    def _continued_speaker(self, tok: Token, kinds: tuple[str, ...]) -> str | None:
        """The last speaker, for a pronoun subject within two sentences of its verb ("X said ... . He added
        ..."; "She expressed hope ..., saying ...": "She" is read again for "saying" once "expressed" made her
        one), unless another subject came between."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        # (not one of a relative clause: "Al-Shabaab, which US officials say has ... . In March it seized ...")
        verb_i, key = next(((i, k) for i, k in reversed(self.speakers) if i < tok.i and not in_relative_clause(self.doc[i])),
                           (None, None))
        if verb_i is None:
            return None
        # a person is "he" or "she", never "it" ("Putin said it had captured ...": Russia)
        agrees = not (tok.lower_ in NEUTER | PLURAL and self.kind(key) == "Person")
        if self.sent_index.get(tok.i, 0) - self.sent_index.get(verb_i, 0) > 2 or not agrees:
            return None
        between = [r for r in self.refs if verb_i < r.start < tok.i and self.kind(r.key) in kinds]
        # "X said ... . Piers was quick to praise ... . He said": a new subject in between takes over;
        # not one of a clause inside what was said ("warned ... unless Prime Minister Henry resigned")
        # (but one of the pronoun's own clause does: "that M23 rebels withdraw from all areas they occupy")
        subjects = [r for r in between if r.key != key and (t := _phrase_head(self.doc[r.start:r.end].root)).dep_
                    in ("nsubj", "nsubjpass") and ((t.head.head if t.head.dep_ == "conj" else t.head).dep_ == "ROOT"
                                                   or t.head in tok.ancestors)]
        # (an office the article does not name the holder of is one person: "The Foreign Secretary condemned ... . He
        # said the Assad regime must end ... . "...," he said": the Foreign Secretary, not Assad)
        return key if (self.kind(key) in kinds or self._office(tok, key) or not between) and not subjects else None

    def _described_before(self, tok: Token, kinds: tuple[str, ...]) -> str | None:
        """For "it" or "they" opening a sentence's main clause, or "its" or "their" opening its subject, the subject of
        the sentence before when a definite description of its sort ("The alliance launched its offensive on Oct. 27.
        Since then it says it has seized ...", "The army is not blameless. Its aircraft have bombed markets": the one
        described before, not a state or group named in passing)."""
        owner = tok.dep_ == "poss" and tok.head.dep_ == "nsubj" and tok.head.left_edge.i == tok.i
        verb = tok.head.head if owner else tok.head
        if (tok.dep_ != "nsubj" and not owner) or tok.lower_ not in NEUTER | PLURAL or verb.dep_ != "ROOT" \
                or (before := sentence_before(tok.sent)) is None:
            return None
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or subject.i in self.key_at or (subject.tag_ == "NNS") != (
                tok.lower_ in PLURAL) or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return None
        key = self.resolve(subject)
        return key if key is not None and self.kind(key) in kinds else None

    def _office(self, tok: Token, key: str) -> bool:
        """Whether "he" or "she" may stand for an unnamed source: one whose name is an office ("Foreign Secretary")."""
        if tok.lower_ not in PERSONAL or self.kind(key) != "UnnamedSource":
            return False
        word = self.entities[key].name.split()[-1].lower()
        return word in self.cues.titles or word in self.cues.role_nouns  # (no union built for each mention)

    def _nearest(self, tok: Token, kinds: tuple[str, ...], content: Span | None, subject: Token | None) -> str | None:
        """The nearest mention of the pronoun's sort within the window, a subject before others in the
        same sentence; none inside the clause the pronoun's verb reports but in that clause's subject ("Sunak's
        visit is meant to ..., his office said"; not "... to the border with China, its members said")."""
        here, best = self.sent_index.get(tok.i, 0), None
        for ref in reversed(self.refs):
            if ref.start >= tok.i:
                continue
            head = _phrase_head(self.doc[ref.start:ref.end].root)
            if content is not None and content.start <= ref.start < content.end \
                    and not (subject is not None and subject.left_edge.i <= ref.start <= subject.right_edge.i):
                continue
            distance = here - self.sent_index.get(ref.start, 0)
            if distance > self.window:
                break
            if (self.kind(ref.key) not in kinds and not self._office(tok, ref.key)) or self.as_actor(ref.key) is None \
                    or head.lemma_.lower() in SITES:
                continue  # (a name that only says whose a site is: "broke the siege of its General Command headquarters")
            if best is not None and distance > best[0]:
                break
            # (a subject of a relative clause is none of what the sentence is about: "The M23, a group that UN experts
            # say is backed by Rwanda, has been fighting ... . In January it seized Minova": the M23)
            is_subject = head.dep_ in ("nsubj", "nsubjpass") and not in_relative_clause(head.head)
            # (a state or a person named in the singular is no "they" where a plural name is beside it: "Saudi
            # Arabia, which fought the Houthis after they captured Sanaa")
            singular = tok.lower_ in PLURAL and head.tag_ in ("NN", "NNP") and self.kind(ref.key) in ("Country", "Person")
            if best is None or (is_subject and not best[2] and not (singular and best[3])):
                best = (distance, ref.key, is_subject, _plural(head) and self.kind(ref.key) != "Country")
        return self.as_actor(best[1]) if best else None
