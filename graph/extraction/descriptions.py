"""Descriptions that stand for an entity named before: "the Foreign Secretary" (the person given that
title), "the court" (the body whose name has that word), "the expert" when speaking (the person who
has been speaking), "the ministry" or "the country" (the nearest entity of that sort), a bare "troops"
(the speaker's side, or the nearest forces: :mod:`graph.extraction.forces_in_view`). A part of
:class:`graph.extraction.coref.ReferenceResolver`, which holds the article's mentions."""
from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.actor_sorts import ARMED_GROUP_KINDS, fits_description
from graph.extraction.entities import EntityInfo
from graph.extraction.forces_in_view import INSTITUTIONAL_FORCES, ForcesInView
from graph.extraction.short_forms import SPELLING, content_words
from graph.extraction.states_in_view import MINISTRY_HEADS
from graph.extraction.titles import office_held, title_words, titled_later
from graph.extraction.unnamed_groups import rebels_meant, source_meant
from graph.records import BODY_KINDS


class DescriptionResolver(ForcesInView):
    """Resolution of descriptions; mixed into the reference resolver, whose state it reads (``doc``,
    ``refs``, ``entities``, ``key_at``, ``sent_index``, ``speakers``, ``window``, ``cues``, ``gaz``)."""

    def definite_description(self, tok: Token, anaphor: str | None, role: str,
                             speaker: str | None = None) -> tuple[str | None, bool]:
        """What "the <noun>" stands for: (key or None, whether the answer is final). A title is the person given
        it ("the Foreign Secretary"), and a title no one was given is no one (never another person); "the court"
        the body whose name has the word; "the expert" who has been speaking, when speaking; "the army" in what
        ``speaker`` says the speaker's side; else the nearest entity of the description's sort ("the ministry")."""
        lemma = tok.lemma_.lower()
        if lemma in self.cues.titles:
            return self.titled_person(tok), False
        if tok.pos_ == "NOUN" and (key := self.named_by_word(tok)) is not None:
            return key, True
        if anaphor == "Person" and tok.tag_ == "NNS":
            return (source_meant(self, tok) if lemma in self.cues.sources else None), True  # "the researchers": no one
        if anaphor == "Person" and role == "speaker" and (key := self.speaking_person(tok)) is not None:
            return key, True
        if anaphor == "group" and role == "agent" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.cues.triggers \
                and (key := self.description(tok, "armed group")) is not None:
            return key, True  # "the group overran Ramadi": the armed group named before, not the monitoring group
        if anaphor or lemma in self.cues.sources:  # ("the source said": the unnamed source described before)
            key = self.context_forces(tok, speaker, role) if anaphor == "forces" \
                else self.description(tok, anaphor) if anaphor else None
            return key or (source_meant(self, tok) if lemma in self.cues.sources else None), True
        return None, False

    def subject_descriptions(self, tok: Token) -> list[Token]:
        """Subjects before the pronoun in its sentence that are definite descriptions, not names ("the group", "the
        army", "its fighters" for "they"; for a reported "they", a reported clause's forces: "denied federal troops had
        lost"), the nearest first."""
        they = tok.lower_ in ("they", "their") and tok.head.dep_ == "ccomp"  # a reported "they"
        return [t for t in reversed(tok.sent[:tok.i - tok.sent.start]) if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
                and t.i not in self.key_at and (any(c.lower_ in ("the", "this", "that") for c in t.children if c.dep_ == "det")
                                                or (any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)
                                                    and (t.tag_ == "NNS") == (tok.lower_ in ("they", "their")))
                                                or (they and t.head.dep_ == "ccomp" and t.lower_ in self.cues.forces_nouns))]

    def reporter(self, tok: Token, named: bool = False) -> Token | None:
        """The subject of the reporting verb (the first verb above, however the parser hung the clause: "said
        at the time that they had left") whose clause "it" or "they" is the subject of (or owns the subject of:
        "its forces"), when that subject is a common noun phrase of the same number ("the alliance said it
        had ...", "residents said they had fled"), or a capital that stands for its state; names and pronouns are left to
        the search for an antecedent (a name's head noun is the word ``named`` asks for: "opposition fighters said they")."""
        subject = tok.head if tok.dep_ == "poss" else tok  # "the army said its forces had ..."
        report = next((a for a in subject.head.ancestors if a.pos_ == "VERB"), None)
        if tok.lower_ not in ("it", "its", "they", "their") or subject.dep_ not in ("nsubj", "nsubjpass") \
                or report is None or report.lemma_.lower() not in self.cues.report:
            return None
        subj = next((c for c in report.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is not None and self.kind(self.key_at.get(subj.i)) == "Place" and self.as_actor(self.key_at[subj.i]):
            return subj  # a capital for its state, no antecedent of "it" ("Kigali denied that its troops had crossed")
        if subj is None or subj.pos_ != "NOUN" or (subj.i in self.key_at and not named):
            return None
        return subj if (subj.tag_ == "NNS") == (tok.lower_ in ("they", "their")) else None

    def subject_word(self, subject: Token) -> Token:
        """The word that says who a subject is, for the tests of its sort (armed, an attacker): for a pronoun, the noun of
        the phrase that reports it, a name's head noun too ("opposition fighters said they had taken ...":
        "fighters"); else the subject itself."""
        return (self.reporter(subject, named=True) or subject) if subject.pos_ == "PRON" else subject

    def named_by_word(self, tok: Token) -> str | None:
        """ "the court" after "the International Court of Justice", "the campaign" after "the Campaign
        to Stop Killer Robots": the nearest organisation or unit whose name has the noun as a word."""
        words = {tok.lower_, tok.lemma_.lower()}
        if words & self.cues.vague_heads:
            return None
        here = self.sent_index.get(tok.i, 0)
        found = []  # (whether a name ends with the word, key), nearest first
        # (not another state's than the one the sentence happens in: "In neighbouring Mali, the army ...")
        framing = next((self.country_of(r.key) for r in self.refs if r.start < tok.i and self.state_framing(r, tok)), None)
        for ref in reversed(self.refs):
            if ref.start >= tok.i:
                continue
            if here - self.sent_index.get(ref.start, 0) > 2 * self.window:
                break
            info = self.entities[ref.key]
            # (a state's institution, "the army", is no armed group's name: "the Arakan Army ... the army said"; nor a
            # militia's the gazetteer does not know and no state owns: "the White Army ... the army would retake")
            if info.kind in BODY_KINDS and info.kind != "Country" and not (words & INSTITUTIONAL_FORCES and (
                    self.actor_kind(ref.key) in ARMED_GROUP_KINDS or (info.entry is None and not self.country_of(ref.key)))) \
                    and not (words & MINISTRY_HEADS and self._other_portfolio(tok, info)) \
                    and self.country_of(ref.key) in (None, framing or self.country_of(ref.key)):
                names = [name.lower().split() for name in (info.name, *info.names)]
                # (a state's armed forces are its army, however the article wrote them: "the Malian Armed Forces")
                state_forces = bool(words & INSTITUTIONAL_FORCES) and self.actor_kind(ref.key) == "armed forces"
                worded = any(words & set(name) for name in names)
                if state_forces or worded:
                    found.append((state_forces or any(name[-1] in words for name in names), ref.key, worded))
        if not any(has_word for *_, has_word in found):
            return None  # (no name has the word: whose army it is, the speaker's side or the one named last, is decided after)
        # the name whose head is the word before one that only has it ("the alliance": the Three Brotherhood
        # Alliance, not the Myanmar National Democratic Alliance Army named after it)
        return next((key for head, key, _ in found if head), found[0][1])

    def speaking_person(self, tok: Token) -> str | None:
        """The person "the expert", "the diplomat" or "the head of the group" is when they speak: the
        person given that role word before, else the last person who spoke, within the window."""
        here = self.sent_index.get(tok.i, 0)
        for ref in reversed(self.refs):
            if ref.start >= tok.i or here - self.sent_index.get(ref.start, 0) > 2 * self.window:
                continue
            if self.kind(ref.key) == "Person" and tok.lower_ in title_words(self.doc, ref.start, ref.end, self.key_at):
                return ref.key
        for verb_i, key in reversed(self.speakers):
            if verb_i < tok.i and here - self.sent_index.get(verb_i, 0) <= 2 * self.window and self.kind(key) == "Person":
                # a speaker the article gave another title is not "the adviser" ("President X")
                titles = {w for ref in self.refs if ref.key == key
                          for w in title_words(self.doc, ref.start, ref.end, self.key_at)} & self.cues.titles
                return key if not titles or tok.lower_ in titles else None
        return None

    def titled_person(self, tok: Token) -> str | None:
        """ "the Foreign Secretary": the last person the article gave that title ("The Foreign Secretary
        Boris Johnson", "Anna Berg, the foreign minister"); every word of the title must be there. Else a state's
        office's holder the article names, else the one person it gives the title later (:mod:`graph.extraction.titles`)."""
        words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i} | {tok.lower_}
        for ref in reversed(self.refs):
            if ref.start >= tok.i or self.kind(ref.key) != "Person":
                continue
            if tok.i - ref.start > 400:
                break
            if words <= title_words(self.doc, ref.start, ref.end, self.key_at):
                return ref.key
        return office_held(self, tok) or titled_later(self, tok, words)

    def description(self, tok: Token, what: str, country: str | None = None) -> str | None:
        """Resolve "the ministry", "the think tank", "the report" to the nearest entity it fits (of
        ``country``, when given: "the US president" is the nearest American person)."""
        if what == "speaker":  # the last to speak with the same noun ("in a statement, the council ..."), else the last
            same = [k for i, k in self.speakers if i < tok.i and tok.lemma_ in {t.lemma_ for t in self.doc[i].sent
                                                                                   if t.pos_ == "NOUN"}]
            return same[-1] if same else self.speakers[-1][1] if self.speakers else None
        if what == "forces":
            return self.context_forces(tok, None)
        if what in ("air force", "general staff"):
            return self.state_branch(tok, what)
        if what in ("government", "police"):  # the one named last, else that of the one country in view
            named = self.description(tok, "governing" if what == "government" else "policing")
            iso = self.country_in_view(tok) if named is None else None
            return self.ensure(self.gaz.state_body(what, iso)) if iso else named
        if what == "group" and any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in self.cues.sponsorship
                                   for c in tok.children):
            what = "armed group"  # "the Iran-aligned group", "the Kremlin-backed group"
        here = self.sent_index.get(tok.i, 0)
        best = None  # in the nearest sentence that has one, a subject before other mentions
        for ref in reversed(self.refs):
            if ref.start >= tok.i:
                continue
            distance = here - self.sent_index.get(ref.start, 0)
            if distance > 2 * self.window or (best is not None and distance > best[0]):
                break
            info = self.entities[ref.key]
            if distance == 0 and _main_clause_subject(tok, self.doc[ref.start:ref.end].root):
                continue  # another than who acts in the clause above: "the coalition struck Sanaa after the group fired at X"
            if fits_description(info, what, self.cues) and (country is None or info.country == country) \
                    and not (what == "ministry" and self._other_portfolio(tok, info)):
                # a body ("the country") is the sentence's subject more often than not; a person's role
                # ("the politician") the person named last
                is_subject = what != "Person" and self.doc[ref.start:ref.end].root.dep_ in ("nsubj", "nsubjpass")
                if best is None or (is_subject and not best[2]):
                    best = (distance, ref.key, is_subject)
        if what == "rebels":
            return rebels_meant(self, tok, best[1] if best else None)
        if what == "ministry" and best is None:
            return self.state_ministry(tok)
        return best[1] if best else None

    @staticmethod
    def _other_portfolio(tok: Token, info: EntityInfo) -> bool:
        """Whether a ministry has none of the words a description gives its portfolio by ("the interior ministry"
        is not the defence ministry named before; "the regional health ministry" may be the health ministry)."""
        words = {SPELLING.get(c.lower_, c.lower_) for c in tok.children
                 if c.dep_ in ("compound", "amod") and c.i < tok.i and c.text.islower() and c.is_alpha}
        names = [info.name, *info.names, *(info.entry.aliases if info.entry else ())]
        return bool(words) and not any(words & set(content_words(name)) for name in names)

    def _spoken_for(self, tok: Token, speaker: str | None, role: str) -> str | None:
        """The body a spokesperson speaks for ("a spokesperson for the 28th Mechanized Brigade said"), as a
        modifier names it in "a Pentagon spokesman" (an envoy "for Syria" is not Syria's)."""
        if tok.lemma_.lower() not in self.cues.spokes:
            return None
        objects = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
        key = self.resolve(objects[0], speaker, role) if objects else None
        return key if key is not None and self.kind(key) in BODY_KINDS else None

def _main_clause_subject(description: Token, named: Token) -> bool:
    """Whether a name is the subject of the clause that the description's clause, whose subject it is, hangs on ("The
    coalition launched strikes after the group fired drones"): news names that one again by "it", not "the group"."""
    clause = description.head
    return description.dep_ == "nsubj" and clause.dep_ in ("advcl", "conj") and named.dep_ == "nsubj" \
        and named.head.i == clause.head.i
