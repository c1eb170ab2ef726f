"""Places an event lists: a list that goes on a verb's object with a date per item ("liberated
Kupiansk on September 9, Izium on September 10"), places joined before a list of as many days ("Herat and
Kandahar were captured on August 12 and 13"), and the places named after a plural place noun or part of one
("captured much of the region, including the towns of A, B and C").
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.cues import Cues
from graph.dates import respective_dates
from graph.extraction.coref import ReferenceResolver
from graph.extraction.event_time import attached_date_text, event_date_text
from graph.extraction.place_cues import dated_list_items
from graph.extraction.triggers import verbal


def dated_places(head: Token, places: list[str], res: ReferenceResolver) -> tuple[list[tuple[str, str | None]],
                                                                                    str | None]:
    """Each place of the event with the text of its date: the items of a list each with its own ("liberated
    Kupiansk on September 9, Izium on September 10"), places joined before a list of as many days one on each
    in order ("Herat and Kandahar were captured on August 12 and 13"), else all with the event's; and the
    event's."""
    gapped, object_date = _gapped_places(head, res) if verbal(head) else ({}, None)
    date_text = object_date if gapped else event_date_text(head, res.cues.harm)
    if not gapped:
        gapped = _joined_phrase_dates(head, places, res)
    if not gapped and date_text and (days := respective_dates(date_text, len(places))):
        at = {p: min((t.i for t in head.sent if res.key_at.get(t.i) == p), default=len(head.doc)) for p in places}
        return list(zip(sorted(places, key=at.get), days)), date_text
    return [(place, date_text) for place in places if place not in gapped] + [
        (place, date or date_text) for place, date in gapped.items()], date_text


def _joined_phrase_dates(head: Token, places: list[str], res: ReferenceResolver) -> dict[str, str | None]:
    """Places of a phrase joined to the verb's own, each dated by its phrase ("withdrew from Avdiivka in February and
    from Vuhledar in October": Vuhledar in October)."""
    out: dict[str, str | None] = {}
    for tok in head.sent:
        prep = tok.head
        if res.key_at.get(tok.i) in places and tok.dep_ == "pobj" and prep.dep_ == "conj" and prep.pos_ == "ADP" \
                and (date := attached_date_text(prep)):
            out.setdefault(res.key_at[tok.i], date)
    return out


def _gapped_places(head: Token, res: ReferenceResolver) -> tuple[dict[str, str | None], str | None]:
    """Places of a list that goes on a verb's object (:func:`graph.extraction.place_cues.dated_list_items`),
    each with the date of its own item: one attached to the item, or to the verb between it and the
    next item; and the date of the object itself (the verb's before the list goes on, or the object's
    own)."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    items = dated_list_items(head, objects)
    out: dict[str, str | None] = {}
    for n, item in enumerate(items):
        nxt = items[n + 1].i if n + 1 < len(items) else None
        date = attached_date_text(item) or (attached_date_text(head, after=item.i, before=nxt)
                                            if item.head.i == head.i or item.head.ent_type_ == "DATE" else None)
        owns: dict[int, str | None] = {}  # a conjunct's own date, or the one before it in the list has
        for tok in [item, *(c for c in item.subtree if c.dep_ == "conj")]:
            # ("Bakhmut's suburbs", "the Agdam district by November 20 and the Lachin district by December 1")
            own = owns[tok.i] = (attached_date_text(tok) or owns.get(tok.head.i)) if tok is not item else None
            for name in (tok, *(c for c in tok.children if c.dep_ in ("poss", "compound"))):
                key = res.key_at.get(name.i)
                if key is not None and res.kind(key) == "Place":
                    out.setdefault(key, own or date)
                    break
    for key, date in _included_dates(objects, res):
        out.setdefault(key, date)
    first = attached_date_text(head, before=items[0].i) if items else None
    return out, first or (attached_date_text(objects[0]) if objects else None)


def _included_dates(objects: list[Token], res: ReferenceResolver):
    """(place, date) of a town "including" names with a date right after it, however the parser hung
    the date ("taken 18 capitals, including Kunduz on August 8, Sheberghan on August 7 ...")."""
    for inc in (t for o in objects for t in o.subtree if t.lower_ == "including"):
        for item in (c for c in inc.children if c.dep_ == "pobj"):
            key, nxt = res.key_at.get(item.i), item.doc[item.i + 1] if item.i + 1 < len(item.doc) else None
            if key is not None and res.kind(key) == "Place" and nxt is not None and nxt.dep_ == "prep" \
                    and nxt.lower_ in ("on", "in") and (date := attached_date_text(nxt.head, after=item.i, before=nxt.i + 1)):
                yield key, date


PART_WORDS = {"much", "most", "part", "parts", "all", "swathes", "swaths", "half", "some"}  # "much of the region"
COUNT_WORDS = {"dozens", "scores", "hundreds", "thousands", "number", "series"}  # "dozens of sites, including ..."
# nouns of the sites a list names, with the settlements: "hit six locations, including A and B", "four air bases, including"
LISTED_SITES = {"location", "site", "base", "airbase", "airfield", "target", "facility"}
SITE_PREPS = {"near", "in", "at", "outside", "around"}  # where a site listed lies ("an air base near Homs")


def _mention_end(res: ReferenceResolver, i: int) -> int:
    """Where the mention at token ``i`` ends."""
    return next((ref.end for ref in res.refs if ref.start <= i < ref.end), i + 1)


def _listing_noun(noun: Token, cues: Cues) -> Token | None:
    """A plural settlement word coordinated with the noun, or with what its "of" names: "seized dozens
    of military posts and several towns in Shan State, including ..."."""
    nouns = [noun, *noun.conjuncts]
    nouns += [c for n in list(nouns) for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" for c in (o, *o.conjuncts)]
    return next((n for n in nouns[1:] if n.lemma_.lower() in cues.settlement and n.tag_ == "NNS"), None)


def included_places(root: Token, res: ReferenceResolver, cues: Cues) -> list[str]:
    """The places listed after a plural place or site noun: "captured several villages, including A, B and C"
    (however the parser attached "including"; "struck four air bases, including A in Siberia and B": not Siberia),
    or after part of a place ("captured much of the region, including the towns of A, B and C"), or after a place
    itself ("at northern Israel, including Safed and Haifa")."""
    if root.dep_ == "advmod":  # "pulled back from ...": the particle's phrase
        root = next((c for c in root.children if c.dep_ == "prep"), root)
    noun = next((c for c in root.children if c.dep_ == "pobj"), root) if root.dep_ == "prep" else root
    if noun.lower_ in ("which", "that") and noun.head.dep_ == "relcl":
        noun = noun.head.head  # "the territories which the army took, including ..."
    if len(listed := _apposed_list(noun, res, cues)) > 1 or (listed := _counted_near(noun, res, cues)):
        return listed
    part = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), None) if noun.lower_ in PART_WORDS | COUNT_WORDS or noun.like_num else None
    # (a count's towns before its things: "dozens of military posts and several towns, including ...")
    noun = (_listing_noun(noun, cues) if part is not None and noun.lower_ not in PART_WORDS else None) \
        or part or _listing_noun(noun, cues) or noun
    sent = noun.sent
    if res.kind(res.key_at.get(noun.i)) in ("Place", "Country"):
        # a place and the places in it it lists: "fired rockets at northern Israel, including Safed and Haifa"
        # (a time phrase may stand between: "recaptured parts of Nagorno-Karabakh in 2020, including the town of Shusha")
        including = next((t for t in sent[noun.i + 1 - sent.start:noun.i + 8 - sent.start] if t.lower_ == "including"
                          and all(w.text == "," or w.ent_type_ == "DATE" or (w.dep_ == "prep" and w.lower_ in ("in", "on")
                                  and res.doc[w.i + 1].ent_type_ == "DATE") for w in res.doc[noun.i + 1:t.i])), None)
        if including is None:
            return []
    elif not ({noun.lemma_.lower(), noun.lower_.removesuffix("s")} & (cues.settlement | LISTED_SITES)) \
            or (part is None and noun.tag_ != "NNS"):  # (the tagger's lemma of "bases" is "basis")
        return []
    else:
        including = next((t for t in sent if noun.i < t.i <= noun.i + 12 and t.lower_ == "including"), None)
    return _listed_after(including.i + 1 if including is not None else sent.end, res, cues)


def _listed_after(i: int, res: ReferenceResolver, cues: Cues) -> list[str]:
    """The places a list names from token ``i`` to the end of its sentence."""
    keys: list[str] = []
    sent = res.doc[i - 1].sent
    while i < sent.end:
        key = res.key_at.get(i)
        if key is not None and res.kind(key) in ("Place", "Country"):
            keys.append(key)
            end = _mention_end(res, i)
            where = next((o for o in res.doc[end].children if o.dep_ == "pobj" and res.kind(res.key_at.get(o.i)) in (
                "Place", "Country")), None) if end + 1 < sent.end and res.doc[end].lower_ == "in" else None
            if where is not None:  # "Belaya in Siberia": where the item lies, no item ("in Donetsk and Marinka": Marinka is)
                i = _mention_end(res, where.i)
                continue
        elif key is None and res.doc[i].lemma_.lower() in cues.settlement and i + 1 < sent.end \
                and res.doc[i + 1].lower_ == "of":
            i += 2  # "including the towns of Lyman, ..."
            continue
        elif key is None and res.doc[i].lower_ not in (",", "and", "the", "in"):  # "including in Kyiv"
            known = next((j for j in range(i, min(i + 8, sent.end - 2))
                          if res.doc[j].lower_ == "known" and res.doc[j + 1].lower_ == "as"), None)
            # "..., and the western region of Ukraine known as Galicia": the item is its name; "the trade hub of X": X
            of = next((j + 1 for j in range(i + 1, min(i + 3, sent.end - 1)) if res.doc[j].lemma_.lower() in cues.settlement
                       and res.doc[j + 1].lower_ == "of"), None) if known is None else known + 1
            if of is None and (sited := _site_located(res.doc[i], res)) is not None:
                keys += sited[0]  # "struck sites across Syria, including an air base near Homs": Homs
                i = sited[1]
                continue
            if of is None:
                break
            i = of + 1
            continue
        i += 1
    return list(dict.fromkeys(keys))


def _site_located(tok: Token, res: ReferenceResolver) -> tuple[list[str], int] | None:
    """The places a listed site's phrase says it lies in, near or at, and where its phrase ends ("an air base near
    Homs", "the enrichment facility at Natanz"); None for a phrase that says none."""
    noun = tok
    while noun.dep_ in ("det", "amod", "compound", "nummod") and noun.head.i > noun.i:
        noun = noun.head
    where = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS for o in c.children
             if o.dep_ == "pobj" and res.kind(res.key_at.get(o.i)) in ("Place", "Country")]
    return ([res.key_at[o.i] for o in where], _mention_end(res, where[-1].i)) if where and noun.pos_ == "NOUN" else None


def _apposed_list(noun: Token, res: ReferenceResolver, cues: Cues) -> list[str]:
    """A place and, parsed as its apposition, a list of other towns each named by "of" ("in the capital
    Sanaa, the port city of Hodeidah and the Houthi stronghold of Saada"): every place of it. One
    apposition that renames the place and says where it lies ("Sanaa, the capital of Yemen", "Bakhmut,
    a town of Donetsk") is no list; of a list, only towns named count."""
    first = res.key_at.get(noun.i)
    if res.kind(first) not in ("Place", "Country"):
        return []
    keys = [first]
    for appos in (c for c in noun.children if c.dep_ == "appos" and c.conjuncts):  # a list, not one description
        for item in (appos, *appos.conjuncts):
            named = [res.key_at.get(p.i) for c in item.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]  # not "of Nineveh province"
            keys += [k for k in named if res.kind(k) == "Place" and not (
                (entry := res.entities[k].entry) is not None and (entry.admin_division or entry.curated))]
    return list(dict.fromkeys(keys))


NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted_near(noun: Token, res: ReferenceResolver, cues: Cues) -> list[str]:
    """The towns a count of settlements names after the place they lie near, which the parser makes that
    place's conjuncts ("pulled back from two villages near Avdiivka, Stepove and Berdychi": the two are
    Stepove and Berdychi, near Avdiivka): as many names after the first as the count says."""
    count = next((NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                  for c in noun.children if c.dep_ == "nummod"), 0)
    if not count or noun.lemma_.lower() not in cues.settlement or noun.tag_ != "NNS":
        return []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("near", "outside", "around")):
        anchor = next((p for p in prep.children if p.dep_ == "pobj"), None)
        named = [res.key_at.get(t.i) for t in anchor.conjuncts] if anchor is not None else []
        if len(named) == count and all(res.kind(k) == "Place" for k in named):
            return named
    return []
