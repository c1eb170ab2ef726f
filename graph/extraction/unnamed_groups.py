"""Which armed group "the rebels" or "the militants" stands for, whose fighters a rebel commander speaks
of, and which unnamed source "the official" or "the source" is when no person is meant. The article may
describe a group it never names: "In Mali, the army recaptured Kidal from Tuareg-led rebels. The rebels
said they had withdrawn" (the Tuareg-led rebels, not the jihadist group named a paragraph before). The
nearest phrase with the description's noun is its antecedent, as in the usual same-head rule of
coreference; when that phrase refers to no entity and no armed group is named after it, the description
refers to no entity either. Also the group a share of it stands for ("hundreds of Congolese soldiers").
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.actor_sorts import ALLIANCE_WORDS, fits_description
from graph.extraction.doctext import is_title
from graph.extraction.titles import title_words


# (the tokenizer splits "pro-government", "army-aligned": their last word is the modifier)
STATES_SIDE = {"allied", "aligned", "loyalist", "government"}


def rebels_meant(res, tok: Token, nearest: str | None) -> str | None:
    """The group "the rebels" (``tok``) stands for: none after an unnamed group's phrase with its noun or another
    word for rebels, else the ``nearest`` armed group in the window, else the one armed group the article
    names, however far back. ``res`` is the :class:`graph.extraction.coref.ReferenceResolver`."""
    def fits(key: str) -> bool:
        return fits_description(res.entities[key], "rebels", res.cues)

    here = res.sent_index.get(tok.i, 0)
    # (or another word for them: "retook Kidal from Tuareg separatists. Rebels said ..."; not one on the state's side:
    # "after government forces and allied clan militias withdrew. The militants have regained ...")
    prev = next((t for t in reversed(tok.doc[:tok.i]) if t.pos_ == "NOUN" and (
        t.lemma_ == tok.lemma_ or (res.cues.anaphors.get(t.lemma_.lower()) == "rebels" and t.dep_ != "compound"))
        and not any(m.lower_ in STATES_SIDE for m in t.lefts)), None)
    # (a bare "rebels" describes no group of its own: "Residents said rebels were still in the town. The rebels ...")
    described = prev is not None and (prev.lemma_ != tok.lemma_ or any(m.dep_ != "det" for m in prev.lefts))
    if described and prev.i not in res.key_at and here - res.sent_index.get(prev.i, 0) <= res.window \
            and not any(prev.i < ref.start < tok.i and fits(ref.key) for ref in res.refs):
        # (a group named since the phrase is meant: "... rebels. HTS said ... The rebels ..."); the phrase's own name
        # when it gives one ("an armed youth militia known as the White Army ... the militia")
        return res.resolve(prev)
    if nearest is not None:
        return nearest
    groups = {ref.key for ref in res.refs if ref.start < tok.i and fits(ref.key)}
    return next(iter(groups)) if len(groups) == 1 else group_of_the_lead(res, tok)  # (a title's bare "Rebels")


def rebels_own(res, speaker: str, tok: Token) -> str | None:
    """The armed group a person titled as one of its own speaks for ("Rebel commander X said fighters were
    advancing toward Homs": the rebels named before, not the army named nearer), for a bare forces noun
    (``tok``) they report."""
    titles = {w for ref in res.refs if ref.key == speaker and ref.start < tok.i
              for w in title_words(res.doc, ref.start, ref.end, res.key_at)}
    rebel = res.kind(speaker) == "Person" and any(res.cues.anaphors.get(w) == "rebels" for w in titles)
    return res.description(tok, "rebels") if rebel else None


def source_meant(res, tok: Token) -> str | None:
    """The unnamed source "the official" or "the source" (``tok``) is: the last one before it in the window
    whose description ends with the same noun ("a source in Ukraine's general staff said ... The source,
    who spoke on condition of anonymity, said ..."). ``res`` is the resolver."""
    here = res.sent_index.get(tok.i, 0)
    return next((ref.key for ref in reversed(res.refs) if ref.start < tok.i and res.kind(ref.key) == "UnnamedSource"
                 and here - res.sent_index.get(ref.start, 0) <= res.window
                 and tok.doc[ref.end - 1].lemma_.lower() == tok.lemma_.lower()), None)


def group_of(tok: Token, cues) -> Token | None:
    """The group a share is taken from: "soldiers" of "hundreds of soldiers", "two of its fighters"."""
    if tok.pos_ != "NUM" and tok.lemma_.lower() not in cues.group_shares:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def group_acting(res, group: Token, speaker: str | None, role: str) -> str | None:
    """The group (:func:`group_of`) a share of it acts or speaks for ("hundreds of Congolese soldiers
    withdrew": the Congolese army), never one person ("according to one of his officials" is not him)."""
    key = res.resolve(group, speaker, role)
    return None if res.kind(key) == "Person" else key


def group_named_next(res, tok: Token) -> str | None:
    """The armed group an article brings in unnamed and names as the subject of the next sentence ("An ethnic armed
    group said on Saturday it had captured the base. The Velmoran Liberation Army (VLA) said its fighters ...";
    "An alliance of three armed groups said ... The Northern Alliance ..."), as news writing introduces a group
    before its name: that group. ``res`` is the resolver."""
    cues = res.cues
    if tok.lemma_.lower() not in cues.group_nouns or not _indefinite(tok):
        return None
    members = [p for o in tok.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"]
    armed = (cues.armed_nonstate - {"resistance"}) | {"armed"}  # (Sudan's "resistance committees" are civilian)
    if not any(m.dep_ in ("amod", "compound") and m.lemma_.lower() in armed for t in (tok, *members) for m in t.children) \
            and not any(m.lemma_.lower() in armed for m in members):
        return None
    here = res.sent_index.get(tok.i, 0)
    subject = next((ref for ref in res.refs if res.sent_index.get(ref.start, 0) == here + 1
                    and tok.doc[ref.start:ref.end].root.dep_ == "nsubj"), None)
    if subject is None or not fits_description(res.entities[subject.key], "armed group", cues):
        return None
    # an alliance is no army named next, whatever word its name has: "An alliance of ethnic armed groups said ...
    # The Myanmar National Democratic Alliance Army said" names one of its members; the alliance is the one the
    # article names later by an alliance's word ("... is part of the Three Brotherhood Alliance"), if any
    last = res.entities[subject.key].name.split()[-1].lower()
    if tok.lemma_.lower() not in ALLIANCE_WORDS or not (last in cues.forces_nouns or last in cues.unit_types):
        return subject.key
    return next((ref.key for ref in res.refs if ref.start > tok.i and res.kind(ref.key) in ("Organization", "MilitaryUnit")
                 and res.entities[ref.key].name.split()[-1].lower() in ALLIANCE_WORDS), None)


LEAD_SENTENCES = 2  # the sentences after a headline that name whom it describes


def group_of_the_lead(res, tok: Token) -> str | None:
    """The armed group a headline's rebels are ("Syrian rebels seize Damascus", "Islamist rebels kill dozens in attack
    on church", "militia overran army base"): the first the lead names as itself (not "the al-Qaeda affiliate JNIM": the
    affiliate), a rebel group or one unknown named as armed (not a state's contractors: Wagner), and not named in the
    headline itself ("Tuareg rebels say they killed dozens of Wagner mercenaries"); none with a state's side word
    ("pro-government militias", "army-backed militias") or an article ("the rebels", resolved as any). ``res`` is the
    resolver."""
    if (tok.tag_ != "NNS" and tok.lower_ != "militia") or res.cues.anaphors.get(tok.lemma_.lower()) != "rebels" \
            or not is_title(tok.sent) \
            or any(c.dep_ in ("det", "poss") for c in tok.children) \
            or any(t.lower_ in STATES_SIDE | {"army", "military", "regime", "junta"} for t in tok.subtree if t.i < tok.i):
        return None
    here = res.sent_index.get(tok.i, 0)
    titled = {ref.key for ref in res.refs if tok.sent.start <= ref.start < tok.sent.end}

    def fits(ref) -> bool:
        info = res.entities[ref.key]
        return ref.key not in titled and res.doc[ref.start:ref.end].root.dep_ not in ("compound", "amod", "nmod", "poss") \
            and (fits_description(info, "rebels", res.cues) or (info.entry is None and fits_description(
                info, "armed group", res.cues)))  # (also "the White Army")
    return next((ref.key for ref in res.refs if ref.start > tok.i and 0 < res.sent_index.get(ref.start, 0) - here
                 <= LEAD_SENTENCES and fits(ref)), None)


# "a group calling itself X", "called X" ("known as" joins the names already, and a branch "known locally as al-Shabab"
# is not that group)
NAMING = {"call", "name", "dub", "style"}


def name_given(res, tok: Token) -> str | None:
    """The actor of the name a participle gives an indefinite noun ("a little-known group calling itself the Kestrel
    Front", "an armed group called the Kestrel Front", "an armed youth militia known as the White Army"; not "known
    locally as": a local name, maybe another's). ``res`` is the resolver."""
    if not _indefinite(tok):
        return None
    for acl in (c for c in tok.children if c.dep_ == "acl" and (c.lemma_.lower() in NAMING or (
            c.lemma_.lower() == "know" and not any(a.dep_ == "advmod" for a in c.children)))):
        names = [c for c in acl.children if c.dep_ == "oprd"] + [
            p for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        if (key := next((res.key_at[n.i] for n in names if n.i in res.key_at), None)) is not None:
            return res.as_actor(key)
    return None


def _indefinite(tok: Token) -> bool:
    """The noun has the indefinite article: the text brings it in ("an armed group", "a group calling itself ...")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
