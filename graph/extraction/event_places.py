"""Where an event happened: the place mentions in its trigger's object and place phrases ("from Kherson", "around Izyum",
"the Kherson counteroffensive"), a list after "including", a target phrase of a strike, or a place that opens the
sentence ("Near Sinjar, one strike ..."). The phrases' places and their ranks: :mod:`graph.extraction.place_phrases`."""
from __future__ import annotations

from spacy.tokens import Span, Token

from graph.cues import Cues
from graph.extraction.coref import ReferenceResolver
from graph.extraction.free_relatives import verb_of_named
from graph.extraction.listed_places import included_places
from graph.extraction.place_cues import its_place_taken
from graph.extraction.place_choice import (DESTINATION_PREPS, TARGET_PLACE_PREPS, fronted_place, left_for_outside,
                                           narrowest, places_named_by, where_clause_place, where_the_ground_was,
                                           where_the_target_passed, where_the_target_stood)
from graph.extraction.place_phrases import CLAUSE_DEPS, phrase_tokens, ranked_places
from graph.extraction.event_time import answers_another
from graph.extraction.event_deeds import against_phrases, names_a_place, purpose_places, sides_phrases, where_its_work_was_done
from graph.extraction.triggers import outside_children, verbal

EXCLUDED_PREPS = {"above", "below", "behind", "beyond", "with", "for", "by", "after", "since", "despite", "amid", "before", "during", "like", "than",
                  "against", "about", "because", "including", "between", "among", "under", "unlike", "as", "per"}
TIMED = {"as", "after", "before", "when", "while", "once"}  # a clause of time on another event
STAFF = {"staff", "employee", "worker", "diplomat", "ambassador", "envoy", "citizen", "national", "family"}  # no forces


def event_places(span: Span, head: Token, res: ReferenceResolver, cues: Cues, lemma: str, etype: str) -> list[str]:
    """Place mentions in the trigger's object and place phrases, most specific first."""
    excluded = EXCLUDED_PREPS | (DESTINATION_PREPS if etype == "Withdrawal" else {"from"})
    if etype == "ControlChange":
        excluded = excluded | (DESTINATION_PREPS - {"into"})  # "seized control of the routes to China"
    if lemma in cues.origin_only:
        # not "troops were redeployed in Belgorod"; "pushed the army out of Lashio", "drove the troops from it"
        excluded = (excluded | (cues.place_prep - {"from", "out", "of"})) - {"from"}
    if etype == "Attack":
        excluded = excluded - {"against"}  # "strikes against ISIL targets in Syria": where the targets are
    if lemma in cues.contested:
        excluded = excluded - {"for"}  # "the battle for Mosul"
    roots = _place_roots(span, head, res, cues, lemma, etype, excluded)
    if roots is None:
        return []
    described = _described(head)
    listed = [key for root in roots for key in included_places(root, res, cues)]
    if listed and etype == "Attack":  # ("struck sites across Syria, including a base near Homs": Syria as well)
        listed += [k for r in roots for t in r.subtree if t.dep_ == "prep" and t.lower_ in ("across", "throughout")
                   for k in places_named_by(t, res)]
    if listed:
        return list(dict.fromkeys(listed))  # each place of the list, countries and regions too
    ranked = ranked_places(roots, head, described, res, cues, lemma, etype, excluded)
    if not ranked and etype == "Attack" and not (lemma in cues.object_place and verbal(head)):
        ranked = [(0, k) for k in _target_places(head, res, cues, excluded)]
    if not ranked and etype == "Attack" and verbal(head):
        ranked = [(0, k) for k in where_the_target_stood(head, res) or where_the_target_passed(head, res)]
    if not ranked or lemma in cues.mutual:  # "clashed with RSF fighters in Omdurman", "an offensive against FARC
        # dissidents near Tibu"; a clash's, with its other places ("clashing with Israeli forces in Beit Hanoun and in X")
        opposed = sides_phrases(head, cues, lemma) + (against_phrases(head, cues) if etype == "Offensive" else [])
        best = min((r for r, _ in ranked), default=0)
        ranked += [(best, k) for p in opposed for t in p.subtree
                   if t.dep_ == "prep" and t.lower_ in TARGET_PLACE_PREPS for k in places_named_by(t, res)]
    if not ranked and etype in ("Offensive", "Attack"):  # ("launched a counterattack to retake X": an assault for X)
        ranked = [(0, k) for k in purpose_places(head, res, cues)]
    if not ranked and etype in ("ControlChange", "Withdrawal"):
        ranked = [(0, k) for k in where_the_ground_was(head, res, cues)]
    if not ranked and etype == "Withdrawal" and (taking := _taking_beside(head, cues)) is not None:
        # "seized Deir ez-Zor as government troops pulled out", "had seized Goma before withdrawing": what was taken
        ranked = [(0, k) for k in event_places(taking.doc[taking.i:taking.i + 1], taking, res, cues, taking.lemma_.lower(),
                                               "ControlChange")]
    if not ranked and etype == "Withdrawal":
        ranked = [(0, k) for k in left_for_outside(head, res)]
    best = min((r for r, _ in ranked), default=0)
    keys = list(dict.fromkeys(k for r, k in ranked if r == best)) or fronted_place(head, res, cues) \
        or where_clause_place(head, res)
    return narrowest(keys, head, res)


def _taking_beside(head: Token, cues: Cues) -> Token | None:
    """The capture a withdrawal that names no place goes with: the verb its clause of time hangs on ("as
    troops pulled out", "before withdrawing"), the verb it is joined to ("troops withdrew, and rebels
    entered X"), or the assault that forced it ("stormed X, forcing police to retreat")."""
    if not verbal(head):
        return None
    clause = head.head if head.dep_ == "conj" and head.head.dep_ == "advcl" else head  # ("after they ran out and retreated")
    forced = head.dep_ == "xcomp" and head.head.lemma_.lower() in cues.expel_verbs and head.head.tag_ == "VBG" \
        and head.head.dep_ == "advcl"  # "stormed X, forcing the troops to retreat": the assault drove them from X
    taking = head.head.head if forced \
        else clause.head if (clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIMED for c in clause.children)) \
        or head.dep_ == "conj" else head.head.head if head.dep_ == "pcomp" and head.head.lower_ in TIMED \
        else next((c for c in head.children if c.dep_ == "conj"), None)
    if taking is not None and taking.tag_ == "VBG" and taking.dep_ in ("advcl", "xcomp"):
        taking = taking.head  # (past the participle the clause hangs on: "walked into Bukavu, meeting little resistance
        # after government troops pulled out")
    kinds = {"ControlChange", "Offensive"} if forced else {"ControlChange"}
    taken = taking is not None and taking.pos_ == "VERB" and kinds & {
        cues.triggers.get(taking.lemma_.lower()), *(
        cues.triggers.get(f"{taking.lower_} {p.lower_}") for p in taking.children if p.dep_ == "prep")}  # ("walked into")
    return taking if taken else None




def _misparsed_object(child: Token, head: Token) -> bool:
    """A name right after the verb the parser took for a modifier: its object ("had taken Bakhmut in eastern Ukraine")."""
    return child.dep_ in ("npadvmod", "advmod") and child.i == head.i + 1 and child.text[:1].isupper()


def _takes_no_place(head: Token, objects: list[Token], res: ReferenceResolver, cues: Cues) -> bool:
    """People or things taken, a recording, a taking up: "capturing mayors", "seized power in Niger", "footage captured
    the clashes", "took up positions in Moscow" (not "pushed the troops out of X": verbs of leaving are left out)."""
    return any(o.lemma_.lower() in cues.people_nouns | cues.not_captured
               or res.kind(res.key_at.get(o.i)) == "Person" for o in objects) \
        or any((s.dep_ == "nsubj" and s.lemma_.lower() in cues.recording) or (s.dep_ == "prt" and s.lower_ == "up")
               for s in head.children)


def _place_roots(span: Span, head: Token, res: ReferenceResolver, cues: Cues, lemma: str, etype: str,
                 excluded: set[str]) -> list[Token] | None:
    """The phrases that may hold the event's place (None: the event takes no place at all)."""
    roots: list[Token] = []
    is_verb = verbal(head)
    objects = [c for c in outside_children(span) if c.dep_ in ("dobj", "nsubjpass") or _misparsed_object(c, head)]
    object_only = lemma in cues.object_place and is_verb and bool(objects)  # (with none: "strikes hit near X")
    # a strike's target may stand in the place: "hit a market in Kharkiv" (the market in Kharkiv was hit),
    # not "targeted shipping in their campaign against Israel"; so may a site taken ("overran a military
    # base in the town of Wajiroko", however the parser hung the "in"; "took the Northeastern Command in
    # Lashio": a unit's command taken is its base)
    target_in = object_only and objects and (etype == "Attack" or not any(
        res.key_at.get(t.i) and res.kind(res.key_at[t.i]) != "MilitaryUnit" for o in objects for t in o.subtree))
    if not is_verb:  # "the capture of Russian soldiers": what a noun's "of" names is its object
        objects += [g for c in outside_children(span) if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
    if etype == "ControlChange" and lemma not in cues.origin_only and _takes_no_place(head, objects, res, cues):
        return None
    if etype == "Withdrawal" and any(o.lemma_.lower() in STAFF for o in objects):
        return None  # "withdrew all staff from the site", "pulled its diplomats out of Kyiv": no forces withdrawn
    control = any(o.lemma_.lower() == "control" for o in objects)  # "took control of Nyala", however "of" hangs
    for child in outside_children(span):
        dep = child.dep_
        if object_only and child not in objects and not (control and child.lower_ == "of") and not (target_in and (
                (child.lower_ in TARGET_PLACE_PREPS and places_named_by(child, res))
                or (child.dep_ in ("npadvmod", "advmod") and child.lower_ in cues.compass))):  # ("hit a tank east of Rafah")
            continue
        if (dep == "prep" or (dep == "conj" and child.pos_ == "ADP")) and child.lower_ not in excluded:
            roots.append(child)  # (a preposition the parser joined to the verb: "hit sites near X and in Y")
        elif dep == "amod" and child.tag_ == "VBN":
            continue  # "its US-backed attacks", "the Saudi-led strikes": who backs or leads, not where
        elif dep in ("dobj", "npadvmod", "advmod", "compound", "nmod", "amod", "attr", "oprd", "pobj"):
            roots.append(child)  # (a "pobj": the object of a phrase that ends in its preposition, "closing in on")
        elif dep == "poss" and ((res.kind(key := res.key_at.get(child.i)) == "Place" and res.as_actor(key) is None)
                                or its_place_taken(child, cues)):
            roots.append(child)  # "Bakhmut's fall", "since its capture" (not "its capture of X", "Moscow's offensive")
        elif dep in ("nsubjpass",) and is_verb:
            roots.append(child)  # "the village has been retaken"
        elif dep == "nsubj" and lemma in cues.place_subject:
            roots.append(child)  # "Bakhmut fell"
    roots = _event_roots(roots, head, objects, etype, cues) if is_verb else roots
    described = _described(head)
    # (the verb of a free relative naming the event: "launched what it called an operation in Gaza")
    light = None if is_verb else head.head if head.dep_ in ("dobj", "nsubjpass") else verb_of_named(head)
    if light is not None and light.lemma_.lower() in cues.light:
        roots += [c for c in light.children if (c.dep_ == "prep" and c.lower_ not in excluded)
                  or (c.dep_ in ("advmod", "npadvmod") and c.lower_ in cues.compass)]  # ("launched ... west of Aleppo")
    if not is_verb and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj") \
            and (after := _phrase_right_after(head, excluded)) is not None:
        roots.append(after)
    if not is_verb and not names_a_place(roots, res):
        roots += where_its_work_was_done(head, cues, excluded)
    if not is_verb and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lemma_.lower() in cues.light:
        roots += [c for c in head.head.head.children if c.dep_ == "prep" and c.lower_ not in excluded
                  and c != head.head]
    if described is not None:
        roots.append(described)
    return roots


def _event_roots(roots: list[Token], head: Token, objects: list[Token], etype: str, cues: Cues) -> list[Token]:
    """Without the phrases a verb's event does not take place in: where drones destroyed "over" a place were shot down
    (no attack on it), where a withdrawal went after its "to" phrase ("withdrew to new lines further west, along the
    Durna river"; a "from" still counts)."""
    if etype == "Attack" and any(o.lemma_.lower() in cues.munitions for o in objects):
        return [r for r in roots if r.lower_ != "over"]
    goes = min((c.i for c in head.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS), default=len(head.doc))
    return [r for r in roots if r.i < goes or r.lower_ in ("from", "out", "of")] if etype == "Withdrawal" else roots


def _phrase_right_after(head: Token, excluded: set[str]) -> Token | None:
    """A place phrase right after an event noun, which belongs to it whatever the parser attached it to ("called the
    retreat from Balakliia a rout"; "missile and drone attacks on X", "on" hung on "missile"), after a time ("condemns
    the attacks today in the towns of ...": when, then where)."""
    doc, nxt = head.doc, head.right_edge.i + 1
    while nxt < len(doc) and nxt - head.right_edge.i <= 3 and doc[nxt].ent_type_ in ("DATE", "TIME") \
            and doc[nxt].dep_ not in ("prep", "pobj"):
        nxt += 1
    found = nxt < len(doc) and doc[nxt].dep_ == "prep" and doc[nxt].lower_ not in excluded and doc[nxt].head != head
    return doc[nxt] if found else None


def _described(head: Token) -> Token | None:
    """The noun a participle trigger describes: "Avdiivka, the city recently captured by Russian forces"."""
    return head.head if verbal(head) and head.dep_ == "acl" and head.tag_ == "VBN" else None



def _target_places(head: Token, res: ReferenceResolver, cues: Cues, excluded: set[str]) -> list[str]:
    """Places of a target phrase ("on ...", "against ...") anywhere in the strike's clause, where the
    parser hung it on another phrase ("carried out strikes with US forces on Houthi rebels in Yemen")."""
    clause = head.head if not verbal(head) and head.head.lemma_.lower() in cues.light else head
    keys, todo = [], [clause]
    while todo:  # the clause without the clauses hanging off it ("after they targeted ...")
        tok = todo.pop()
        todo += [c for c in tok.children if c.dep_ not in CLAUSE_DEPS and not answers_another(c, cues)]
        if tok.dep_ == "prep" and tok.lower_ in ("on", "against") and tok.i > head.i:
            for inner in phrase_tokens(tok, res, excluded):
                key = res.key_at.get(inner.i)
                if key and res.kind(key) in ("Place", "Country") and inner.dep_ in ("pobj", "conj", "compound"):
                    keys.append(key)  # "Iran-backed" names no target
    return list(dict.fromkeys(keys))
