"""The titles written around a person's name: the run of title words before it ("British Foreign
Secretary Boris Johnson", "Secretary of State John Kerry") and an apposition after it (", the foreign
minister"). Coreference asks which person was given a title; the title sweep finds a title standing
alone for that person. An office a state's description names is its holder the article names ("Keir Starmer
... the British prime minister").
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.gazetteer import Entry, Gazetteer


def title_before(doc: Doc, start: int, cues: Cues) -> tuple[str, ...]:
    """The title written before a person's name ("Foreign Secretary" of "British Foreign Secretary Boris
    Johnson", "Secretary of State" of "Secretary of State John Kerry"), without leading demonyms."""
    k = start
    while k > 0 and (doc[k - 1].lower_ == "of" or (doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper())) \
            and start - k < 5:
        k -= 1
        if doc[k].is_sent_start:
            break
    if k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_:
        return ()  # the end of a hyphened title ("Commander-in-Chief") is no title of its own ("Chief")
    words = [t.text for t in doc[k:start]]
    while words and (words[0].lower() not in cues.titles or words[0] == "of"):
        words = words[1:]
    return tuple(words) if len(words) > 1 or (words and words[0].lower() not in ("mr", "mrs", "ms", "dr", "sir")) else ()


def title_words(doc: Doc, start: int, end: int, taken: dict[int, str]) -> set[str]:
    """The lower-case words of the title a person named at ``start:end`` is given there: the run right
    before the name (no verb, no other mention in it) and an apposition right after a comma."""
    words = set()
    k = start - 1
    while k >= 0 and start - k <= 6 and doc[k].is_alpha and doc[k].pos_ != "VERB" and k not in taken:
        words.add(doc[k].lower_)
        k -= 1
    k = end + 1 if end < len(doc) and doc[end].text == "," else len(doc)
    while k < len(doc) and k - end <= 8 and not doc[k].is_punct and doc[k].pos_ != "VERB":
        words.add(doc[k].lower_)
        k += 1
    return words


def titled_later(res, tok: Token, words: set[str]) -> str | None:
    """ "Azerbaijan's president said ... President Ilham Aliyev said": the one person the article names after
    the description (``tok``, its title ``words``) with every word of the title; none when two are, or when the
    description says whose it is in a phrase ("the spokesperson of a brigade": one the article may not name)."""
    if any(c.dep_ == "prep" for c in tok.children):
        return None
    later = {ref.key for ref in res.refs if ref.start > tok.i and res.kind(ref.key) == "Person"
             and words <= title_words(res.doc, ref.start, ref.end, res.key_at)}
    return next(iter(later)) if len(later) == 1 else None


def office_held(res, tok: Token) -> str | None:
    """ "the British prime minister", "Ukraine's top commander" (``tok`` its noun): the key of the one person of
    that state and office the article names ("Keir Starmer", given no title in the text). ``res`` is the
    resolver (:class:`graph.extraction.coref.ReferenceResolver`)."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss") and c.i < tok.i]
    states = [res.gaz.country_of_adjective(c.text) if c.dep_ != "poss" and c.text[:1].isupper()
              else res.country_of(res.key_at.get(c.i)) if res.kind(res.key_at.get(c.i)) == "Country" else None
              for c in mods]
    words = [c.lower_ for c, iso in zip(mods, states) if iso is None and c.dep_ != "poss"] + [tok.lower_]
    people = {info.entry.gid: (info.entry, r.key) for r in res.refs
              if (info := res.entities[r.key]).kind == "Person" and info.entry is not None}
    entry = office_holder(words, next((iso for iso in states if iso), None), (e for e, _ in people.values()), res.gaz,
                          res.cues)
    return people[entry.gid][1] if entry is not None else None


def office_holder(words: list[str], iso: str | None, people: Iterable[Entry], gaz: Gazetteer, cues: Cues) -> Entry | None:
    """The one person among ``people`` (the article's) who holds the office a state's description names:
    ``words`` are the description's lower-case words ("prime", "minister"; "top", "commander"), ``iso`` the
    state's country ("Britain's prime minister", "the Russian president"). None when no office of the cue
    table ends the words, or when the article names no holder or more than one."""
    kinds = next((cues.offices[o] for o in (" ".join(words[k:]).replace(" - ", "-") for k in range(len(words)))
                  if o in cues.offices), None)
    if not kinds or iso is None:
        return None
    holders = {e.gid: e for e in people if e.kind == "Person" and e.country == iso and _holds(e, kinds, gaz)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _holds(entry: Entry, kinds: frozenset[str], gaz: Gazetteer) -> bool:
    """Whether a person's actor kind is one of the office's ("minister:foreign": a minister of a body
    whose name has "foreign")."""
    for kind in kinds:
        actor_kind, _, word = kind.partition(":")
        if entry.actor_kind == actor_kind and (not word or any(
                word in gaz.entries[g].label.lower() for g in entry.part_of if g in gaz.entries)):
            return True
    return False
