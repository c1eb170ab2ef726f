"""Speakers described but not named, found after the mention stage (:mod:`graph.extraction.mentions`): "Ukrainian
officials", "a Western official", "a source in the SBU", "the leader of the Front", each with the affiliation its
words give (a demonym, "Western", a body, a place or body the sources are "in" or "of")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.extraction.candidates import Candidate
from graph.extraction.doctext import is_headline
from graph.extraction.pronouns import OUTLETS
from graph.extraction.titles import office_holder
from graph.gazetteer import Gazetteer
from graph.records import BODY_KINDS

CLOSENESS = {"close", "linked", "affiliated", "connected", "tied"}  # "a source close to Hamas": Hamas's


def find_unnamed_sources(doc: Doc, chosen: list[Candidate], keys: dict[int, str], kinds: dict[str, str],
                         gaz: Gazetteer, cues: Cues, *, ships: set[int]) -> list[Candidate]:
    """Speakers described but not named ("Ukrainian officials", "a Western official", "the leader of the Front"),
    with an affiliation: a demonym, "Western", a body, a place or body they are "in" or "of" (a few's, or the one
    head's). ``keys`` maps token index -> entity key of chosen mentions and ``kinds`` entity key -> kind."""
    out: list[Candidate] = []
    chosen_people = [c.entry for c in chosen if c.entry is not None and c.entry.kind == "Person"]
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in keys or tok.i in ships:
            continue
        plural = cues.sources.get(tok.lemma_.lower())
        if plural is None or is_headline(tok.sent):
            continue  # (a headline: "Strike Against Senior ISIS Leader", a title-case line tells again whom the body names)
        if tok.dep_ in ("compound", "appos") and kinds.get(keys.get(tok.head.i, "")) == "Person":
            continue  # a title before a name: "Ukrainian official Oleksiy Danilov"
        if any(kinds.get(keys.get(c.i, "")) == "Person" for c in tok.subtree if c.dep_ == "appos" or c.head.i == tok.i) \
                or _title_of_a_name(doc, tok, keys, kinds) or _acted_on(tok, cues) \
                or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):  # ("described as an officer in ...": someone)
            continue
        mods = sorted((c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i),
                      key=lambda t: t.i)
        head = tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in cues.heads
        one = head and any(c.lower_ == "the" for c in tok.children)  # "the leader of the Front": one, the "Front leader"
        prefix, affiliation = _described_by(doc, mods, tok.i, keys, kinds, gaz)
        if prefix is None:  # "officials in Odesa", "officials in Washington": that town's, of its country
            prefix, affiliation = _officials_in(tok, keys, kinds, gaz)
        if prefix is None:  # "a source in Hamas", "a source in Ukraine's general staff", "an officer of the army"
            of = ("of",) if one or tok.tag_ == "NNS" or any(c.lower_ in ("a", "an") for c in tok.children) else ()
            preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "within", "inside") + of]
            within = [o for p in preps + close_to(tok)
                      for o in p.children if o.dep_ == "pobj" and kinds.get(keys.get(o.i, "")) not in ("Place", "Country")
                      and not any(c.dep_ == "conj" for c in o.children)]  # (not "officials in Kyiv and Warsaw")
            prefix, affiliation = _described_by(doc, within[:1], len(doc), keys, kinds, gaz)
            plural = tok.lower_ if one and prefix else plural  # (the name's noun: singular for the one)
        if tok.tag_ == "NN" and affiliation and office_holder([m.lower_ for m in mods if m.dep_ != "poss"] + [tok.lower_],
                                                             affiliation[0].partition(":")[2], chosen_people, gaz, cues):
            continue  # "Ukraine's top commander" when the article names him: the resolver's
        if head and affiliation and any(c.start < tok.i and c.entry and affiliation[0] in c.entry.part_of for c in chosen):
            continue  # "the RSF leader" after "Hemedti": the leader named before (the resolver's, coref)
        if prefix and not (tok.lemma_.lower() in OUTLETS and affiliation and kinds.get(affiliation[0]) in ("Organization",
                                                                                                        "MilitaryUnit")):
            # (a body's own media are the body: "the claims made by Proekt media")
            out.append(Candidate(tok.i, tok.i + 1, "source", 2.0, kind="UnnamedSource", name=f"{prefix} {plural}",
                                 affiliation=affiliation))
    return out


def _described_by(doc: Doc, mods: list, stop: int, keys: dict[int, str], kinds: dict[str, str],
                  gaz: Gazetteer) -> tuple[str | None, tuple[str, ...]]:
    """The prefix and affiliation the first of these phrases gives a description of sources: a body's
    mention, whole ("Hamas officials"), a state's demonym ("Ukrainian officials"), or "Western"."""
    prefix = None
    # (a body the phrase's own noun names comes before the state that owns it: "a source in Ukraine's SBU service")
    own = [w for mod in mods for w in (mod, *mod.children) if (w.i == mod.i or w.dep_ in ("compound", "amod"))
           and kinds.get(keys.get(w.i, "")) in BODY_KINDS]
    for mod in own[:1] or mods:
        relative = {t.i for r in mod.subtree if r.dep_ == "relcl" for t in r.subtree}  # ("Stepanakert, which Baku calls")
        for sub in (s for s in mod.subtree if s.i not in relative):
            key = keys.get(sub.i)
            state = gaz.entries.get(key) if key and kinds.get(key) == "Country" and sub.dep_ == "poss" else None
            if state is not None and state.country in gaz.demonym:
                return gaz.demonym[state.country], (key,)  # "Russia's leaders" are Russian (as written: "US officials")
            if key and kinds.get(key) in BODY_KINDS:
                start = end = sub.i  # the words of this one mention of the body, whole
                while start > 0 and keys.get(start - 1) == key:
                    start -= 1
                while keys.get(end) == key and end < stop:
                    end += 1
                return doc[start:end].text, (key,)
            iso = gaz.country_of_adjective(sub.text) if sub.text[:1].isupper() else None
            if iso:
                return gaz.demonym.get(iso, sub.text), (f"country:{iso}",)
            if sub.lower_ == "western":
                prefix = "Western"
        if prefix:
            break
    return prefix, ()


LOCAL_MODIFIERS = {"regional", "local", "senior", "top", "provincial", "municipal", "city", "government", "military"}


def _acted_on(tok, cues: Cues) -> bool:
    """A description of people something is done to, who are no source in the sentence: "killed a senior
    Hezbollah commander", "two officials were wounded" (not "quoted US officials", "officials were cited")."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in cues.report


def _officials_in(tok, keys: dict[int, str], kinds: dict[str, str],
                  gaz: Gazetteer) -> tuple[str | None, tuple[str, ...]]:
    """The place an "in" phrase puts the sources in, as a name's prefix (a state's or its capital's
    demonym: "officials in Kyiv" are Ukrainian officials), and its country."""
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in LOCAL_MODIFIERS for c in tok.children):
        return None, ()  # "world leaders in London" met there; they are not London's
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
        place = next((c for c in prep.children if c.dep_ == "pobj" and not any(g.dep_ == "conj" for g in c.children)
                      and kinds.get(keys.get(c.i, "")) in ("Place", "Country")), None)  # (not "in Moscow and Beijing")
        entry = gaz.entries.get(keys[place.i]) if place is not None else None
        if entry is not None and entry.country:
            state = entry.kind == "Country" or entry.gid in gaz.capitals  # ("officials in Kyiv" are Ukraine's)
            prefix = gaz.demonym.get(entry.country, entry.label) if state else entry.label
            return prefix, (f"country:{entry.country}",)
    return None, ()


def _title_of_a_name(doc: Doc, tok, keys: dict[int, str], kinds: dict[str, str]) -> bool:
    """A capitalised title that runs into a person's name: "Commander-in-Chief Oleksandr Syrskyi"."""
    i = tok.i + 1
    while i < min(len(doc), tok.i + 7) and i not in keys and (
            doc[i].text in "-‐" or doc[i].lower_ in ("in", "of") or (doc[i].text[:1].isupper() and doc[i].is_alpha)):
        i += 1
    return tok.text[:1].isupper() and i < len(doc) and kinds.get(keys.get(i, "")) == "Person"


def close_to(tok: Token) -> list[Token]:
    """The "to" or "with" phrase of a word of closeness on a source noun ("sources close to Hamas", "a channel linked
    to the army"), as a "to" phrase: the body they speak for."""
    return [p for a in tok.children if a.dep_ in ("amod", "acl") and a.lower_ in CLOSENESS
            for p in a.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]
