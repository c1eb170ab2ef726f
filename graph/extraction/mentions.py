"""Finding the spans that name actors, places and units, and linking each to a gazetteer entry.

Candidates come from four places: the gazetteer (longest n-gram match on any name it knows), the
unit patterns ("the 93rd Mechanized Brigade", "Kraken Regiment"), the trained NER (PERSON, ORG, GPE,
LOC, FAC) and unnamed-source phrases ("Ukrainian officials"). Overlaps are settled by priority, then
each span is linked to the entry that fits its context best: the NER label, a place cue ("the village
of ..."), the countries and regions the article talks about, and population.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graph.cues import Cues
from graph.gazetteer import Entry, Gazetteer
from graph.records import BODY_KINDS
from graph.text import name_key
from graph.extraction.doctext import is_headline
from graph.extraction.gazetteer_matcher import gazetteer_matcher

PLACE_LABELS = {"GPE", "LOC", "FAC"}
QUOTE_CHARS = set('"“”«»„')
NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


@dataclass(frozen=True)
class MentionSettings:
    """The linking settings (the ``warkg_mentions`` component's config)."""

    theatre: frozenset[str] = frozenset({"UA", "RU", "BY"})  # ISO codes of the countries the war is fought in
    theatre_prior: tuple[tuple[str, float], ...] = (("UA", 1.0), ("RU", 0.5))  # extra score for their places
    minor_population: int = 15_000  # a town of the theatre this big may be named without a place cue
    min_score: float = 1.0  # the least score of a link

    def prior(self, country: str | None) -> float:
        return dict(self.theatre_prior).get(country, 0.0)


DEFAULT_SETTINGS = MentionSettings()


@dataclass
class Candidate:
    start: int  # token index
    end: int
    source: str  # gazetteer | unit | ner | source
    priority: float
    entries: list[Entry] = field(default_factory=list)
    ner: str | None = None
    kind: str | None = None  # for spans the gazetteer does not know
    name: str | None = None  # the name to use for spans the gazetteer does not know
    entry: Entry | None = None  # chosen entry after linking
    part_of: tuple[str, ...] = ()
    affiliation: tuple[str, ...] = ()
    ctx: Context | None = None  # the article's context, for linking NER spans late


@dataclass
class Context:
    """What the article as a whole says about where it is: countries and admin regions."""

    countries: Counter = field(default_factory=Counter)
    regions: Counter = field(default_factory=Counter)  # admin1 names
    sentence_regions: dict[int, set[str]] = field(default_factory=dict)  # sentence start -> admin1 names
    settings: MentionSettings = DEFAULT_SETTINGS


def find_candidates(doc: Doc, gaz: Gazetteer, cues: Cues, settings: MentionSettings = DEFAULT_SETTINGS) -> list[Candidate]:
    """Every candidate span, before overlaps are settled."""
    ner = _ner_index(doc)
    cands = _gazetteer_candidates(doc, gaz, ner)
    cands += _lowercase_cities(doc, gaz, cands, settings)
    cands += _unit_candidates(doc, gaz, cues)
    taken = {(c.start, c.end) for c in cands}
    for start, end in _settlement_names(doc, cues):
        if (start, end) not in taken:
            # "the village of Robotyne": a place even when neither the gazetteer nor the NER knows it
            cands.append(Candidate(start, end, "ner", 8.9, ner="GPE"))
            taken.add((start, end))
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS | {"PERSON", "ORG"}:
            continue
        start, end = _trim(doc, ent.start, ent.end, cues)
        if start >= end or (start, end) in taken:
            continue
        cands.append(Candidate(start, end, "ner", _ner_priority(ent.label_), ner=ent.label_))
    return cands


def select(cands: list[Candidate], doc: Doc, gaz: Gazetteer, cues: Cues,
           settings: MentionSettings = DEFAULT_SETTINGS) -> list[Candidate]:
    """Settle overlaps (highest priority, then longest, wins) and link each winner to an entry."""
    ctx = article_context(doc, cands, gaz, settings)
    people = [c for c in cands if c.source == "ner" and c.ner == "PERSON"]
    _one_sense_per_article(cands, doc, ctx, cues)
    for cand in cands:
        if cand.source == "gazetteer":
            if cand.entry is None:
                cand.priority = -1
            elif not cand.entry.curated and cand.entry.is_place:
                cand.priority = 8.0 if _major(cand.entry, settings) else 5.0
                if any(p.start <= cand.start and cand.end <= p.end and (p.end - p.start) > (cand.end - cand.start)
                       and _name_like(doc[p.start:p.end], cand, cues) for p in people) \
                        and not (cand.entry.country in settings.theatre and cand.entry.population >= 100_000):
                    cand.priority = 3.0  # "George" in "George Barros", "Sokolov" in "Vladislav Sokolov"
        elif cand.source == "ner" and cand.ner == "ORG" and _has_org_head(doc[cand.start:cand.end], cues):
            cand.priority = 8.5
        elif cand.source == "ner" and cand.ner in PLACE_LABELS and cand.priority < 8.9:
            inner = [c for c in cands if c.source == "gazetteer" and c.entry is not None and not c.entry.curated
                     and cand.start <= c.start and c.end <= cand.end and (c.end - c.start) < (cand.end - cand.start)]
            extra = [t for t in doc[cand.start:cand.end] if not any(c.start <= t.i < c.end for c in inner)]
            if inner and all(t.text[:1].isupper() and t.lower_ not in cues.compass and t.lower_ not in cues.settlement
                             for t in extra):
                cand.priority = 8.8  # "Pearl Harbor" is not the town of Pearl
    chosen: list[Candidate] = []
    used = [False] * len(doc)
    for cand in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if cand.priority < 0 or any(used[cand.start:cand.end]):
            continue
        if cand.source == "ner":
            cand.ctx = ctx
            if not _accept_unknown(cand, doc, gaz, cues):
                continue
        chosen.append(cand)
        for i in range(cand.start, cand.end):
            used[i] = True
    return sorted(chosen, key=lambda c: c.start)


def _one_sense_per_article(cands: list[Candidate], doc: Doc, ctx: Context, cues: Cues) -> None:
    """Link every gazetteer candidate; a name used several times in one article means one thing, the
    entry with the best total score over its uses ("the village of Vilkhivka, near Kharkiv" settles
    which Vilkhivka a later bare "Vilkhivka" is)."""
    by_name: dict[str, list[Candidate]] = {}
    for cand in cands:
        if cand.source == "gazetteer":
            cand.entry = best_entry(cand, doc, ctx, cues)
            by_name.setdefault(name_key(doc[cand.start:cand.end].text), []).append(cand)
    for group in by_name.values():
        chosen = {c.entry.gid for c in group if c.entry is not None}
        if len(group) < 2 or not chosen or not all(c.entries[0].is_place for c in group):
            continue
        totals: dict[str, float] = {}
        entries = {e.gid: e for c in group for e in c.entries}
        for gid, entry in entries.items():
            scores = [score_entry(entry, doc[c.start:c.end], c.ner, ctx, cues) for c in group]
            if any(sc is not None and sc >= ctx.settings.min_score for sc in scores):
                totals[gid] = sum(sc if sc is not None else 0.0 for sc in scores)
        if totals:
            best = entries[max(totals, key=lambda g: (totals[g], g))]
            for cand in group:
                if cand.entry is not None or best.curated or best.population >= ctx.settings.minor_population:
                    cand.entry = best


def _name_like(person: Span, inner: Candidate, cues: Cues) -> bool:
    """Whether the rest of a PERSON span around a place name looks like more of a name (and not a
    title or a place word: "Capital Kyiv" is no person)."""
    rest = [t for t in person if not (inner.start <= t.i < inner.end)]
    return bool(rest) and all(t.text[:1].isupper() and t.lower_ not in cues.settlement
                              and t.lower_.rstrip(".") not in cues.titles for t in rest)


def article_context(doc: Doc, cands: list[Candidate], gaz: Gazetteer,
                    settings: MentionSettings = DEFAULT_SETTINGS) -> Context:
    """Countries and regions the article mentions unambiguously (country names, demonyms, regions)."""
    ctx = Context(settings=settings)
    for tok in doc:
        iso = gaz.adjectives.get(tok.lower_) or gaz.peoples.get(tok.lower_)
        if iso and tok.text[:1].isupper():
            ctx.countries[iso] += 1
    for cand in cands:
        if cand.source != "gazetteer" or len(cand.entries) != 1:
            continue
        entry = cand.entries[0]
        if entry.kind == "Country":
            ctx.countries[entry.country] += 1
        elif entry.is_place and entry.admin1 and (entry.curated or entry.population >= 50_000):
            ctx.regions[entry.admin1] += 1
            sent = doc[cand.start].sent.start
            ctx.sentence_regions.setdefault(sent, set()).add(entry.admin1)
        if entry.country and entry.kind != "Country":
            ctx.countries[entry.country] += 0.5
    return ctx


def best_entry(cand: Candidate, doc: Doc, ctx: Context, cues: Cues) -> Entry | None:
    """The entry this span most likely names, or None when nothing fits well enough."""
    span = doc[cand.start:cand.end]
    scored = []
    for entry in cand.entries:
        score = score_entry(entry, span, cand.ner, ctx, cues)
        if score is not None:
            scored.append((score, entry.gid, entry))
    if not scored:
        return None
    score, _, entry = max(scored, key=lambda t: (t[0], t[1]))
    return entry if score >= ctx.settings.min_score else None


def score_entry(entry: Entry, span: Span, ner: str | None, ctx: Context, cues: Cues) -> float | None:
    """How well ``entry`` fits ``span`` in context; None when it must not be used at all."""
    text = span.text
    if _acronym_mismatch(entry, text) or ner in NUMERIC_LABELS:
        return None
    score = entry.prior
    if name_key(entry.label) == name_key(text):
        score += 0.5  # the entry's own name beats an old or foreign alias of another (Pokrovsk vs Engels)
    cue, strong_cue = place_cue(span, cues)
    if entry.is_place:
        if ner in PLACE_LABELS:
            score += 1.5
        elif ner == "PERSON":
            score -= 2.0
        elif ner == "ORG":
            score -= 0.5
        if cue:
            score += 1.5
        if entry.country:
            score += min(ctx.countries.get(entry.country, 0), 10) * 0.15
            score += ctx.settings.prior(entry.country)
        if entry.admin1:
            if entry.admin1 in ctx.sentence_regions.get(span.sent.start, ()):
                score += 2.0
            elif entry.admin1 in ctx.regions:
                score += 1.0
        if entry.feature in ("river", "sea", "reservoir"):
            score += 2.0 if _preceded_by_the(span) else -1.0
        if not entry.curated and not _place_evidence(entry, span, ner, cue, strong_cue, ctx.settings):
            return None
    elif entry.kind == "Person":
        single = len(span) == 1
        if ner == "PERSON":
            score += 1.0
        elif single:
            score -= 1.5 if ner is None else 0.5
        if ner in PLACE_LABELS and cue:
            score -= 2.0
    else:
        if ner in ("ORG", "NORP"):
            score += 0.5
        if cue and any(ch.isupper() for ch in text[:1]) and _preceded_by_prep(span, cues):
            score -= 1.5  # "in Azov" is the town, not the brigade
    return score


def _place_evidence(entry: Entry, span: Span, ner: str | None, cue: bool, strong_cue: bool,
                    settings: MentionSettings) -> bool:
    """Whether a GeoNames place (not a curated one) may be meant at all: the NER says place, the text
    says "village of"/"in", or it is a sizeable town of the theatre of war written as a proper name."""
    if ner in PLACE_LABELS or strong_cue:
        return True
    if is_headline(span.sent):
        return False
    if entry.country in settings.theatre:
        if cue:
            return True
        if entry.population >= 100_000:  # Kyiv, Kherson, Grozny: even when the NER calls them people
            return all(t.pos_ == "PROPN" for t in span)
        return entry.population >= settings.minor_population and ner != "PERSON" and all(t.pos_ == "PROPN" for t in span)
    return cue and entry.population >= settings.minor_population and ner not in ("PERSON", "ORG")


def place_cue(span: Span, cues: Cues) -> tuple[bool, bool]:
    """(any cue, strong cue) that the span names a place: "in X", "the village of X", "X region",
    "X, west of Bakhmut"; in a list ("the towns of Bucha, Irpin and Hostomel") the first item's cue counts."""
    first = span.root
    while first.dep_ == "conj" and first.head is not first and first.head.i < first.i:
        first = first.head
    weak, strong = _cue_at(span.doc, span.start, span.end, cues)
    list_start = _list_start(span)
    if list_start < span.start and not strong:
        weak2, strong2 = _cue_at(span.doc, list_start, list_start + 1, cues)
        weak, strong = weak or weak2, strong or strong2
    if first.i < span.start:
        weak2, strong2 = _cue_at(span.doc, first.left_edge.i if first.left_edge.pos_ == "PROPN" else first.i,
                                 first.i + 1, cues)
        weak, strong = weak or weak2, strong or strong2
    appos = [c for t in span for c in t.children if c.dep_ == "appos"
             and (c.lemma_.lower() in cues.settlement or c.lower_ in cues.compass)]
    strong = strong or bool(appos)  # "Grozny, a much smaller town,", "Chasiv Yar, west of Bakhmut,"
    return weak or strong, strong


def _list_start(span: Span) -> int:
    """Where a list of names that ends with this span begins ("Bucha, Irpin and Hostomel")."""
    doc = span.doc
    i = span.start
    while i >= 2 and doc[i - 1].lower_ in (",", "and", "or") and doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha:
        i -= 2
        while i >= 1 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and doc[i - 1].i >= span.sent.start:
            i -= 1
    return i


def _cue_at(doc: Doc, start: int, end: int, cues: Cues) -> tuple[bool, bool]:
    before = doc[start - 1] if start > 0 else None
    before2 = doc[start - 2] if start > 1 else None
    after = doc[end] if end < len(doc) else None
    strong = bool(
        (before is not None and before.lower_ == "of" and before2 is not None and before2.lemma_.lower() in cues.settlement)
        or (after is not None and after.lower_ in cues.settlement)
        or (end - start > 1 and doc[end - 1].lower_ in cues.settlement)  # the name itself says so: "Kharkiv region"
    )
    # a preposition, not the infinitive "to" ("Forces Russian Military To Retreat")
    weak = strong or (before is not None and before.lower_ in cues.place_prep and before.pos_ == "ADP")
    return weak, strong


def _preceded_by_the(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _preceded_by_prep(span: Span, cues: Cues) -> bool:
    i = span.start - 1
    while i >= 0 and span.doc[i].lower_ in ("the", "a"):
        i -= 1
    return i >= 0 and span.doc[i].lower_ in cues.place_prep - {"of", "to"}


def _major(entry: Entry, settings: MentionSettings) -> bool:
    return entry.population >= 100_000 or (entry.country in settings.theatre
                                           and entry.population >= settings.minor_population)


def _acronym_mismatch(entry: Entry, text: str) -> bool:
    """Short all-capitals names (WHO, AP, US) only match when written in capitals."""
    key = name_key(text)
    forms = [n for n in (entry.label, *entry.aliases) if name_key(n) == key]
    if forms and all(f.replace(".", "").isupper() and len(f.replace(".", "")) <= 5 for f in forms):
        return not text.replace(".", "").replace("'s", "").replace("’s", "").isupper()
    return False


# -- candidate sources ---------------------------------------------------------------------------

def _ner_index(doc: Doc) -> dict[tuple[int, int], str]:
    return {(e.start, e.end): e.label_ for e in doc.ents}


def _ner_label(doc: Doc, start: int, end: int, ner: dict[tuple[int, int], str]) -> str | None:
    """The NER label of a span: exact match first, then an entity that covers the span."""
    if (start, end) in ner:
        return ner[(start, end)]
    tok = doc[start]
    if tok.ent_type_ and doc[end - 1].ent_type_ == tok.ent_type_:
        return tok.ent_type_
    return None


def _endable(tok: Token) -> bool:
    return not (tok.is_punct or tok.is_space or tok.lower_ in ("'s", "’s", "'", "’", "the", "of", "and"))


def _gazetteer_candidates(doc: Doc, gaz: Gazetteer, ner: dict) -> list[Candidate]:
    """The longest gazetteer name starting at each capitalised token (not crossing sentences), from
    the gazetteer's PhraseMatchers (:mod:`graph.extraction.gazetteer_matcher`); transliteration
    variants count for names of up to three tokens."""
    names = gazetteer_matcher(gaz).spans(doc)
    ends: dict[int, list[int]] = {}
    for start, end in sorted(names, key=lambda span: -span[1]):
        ends.setdefault(start, []).append(end)
    out: list[Candidate] = []
    n = len(doc)
    lowers = [t.lower_ for t in doc]
    breaks = [t.is_space or (t.i > 0 and t.is_sent_start) for t in doc]
    endable = [_endable(t) for t in doc]
    startable = [bool(t.text) and (t.text[0].isupper() or t.text[0].isdigit()) and not t.is_space for t in doc]
    i = 0
    while i < n:
        the = lowers[i] == "the"
        first = i + 1 if the else i
        if not startable[i] or first >= n or not startable[first] or first not in ends:
            i += 1
            continue
        limit = min(n, first + 2 * gaz.longest_from(doc[first].text) + 1)  # possessives, hyphens, dots
        for j in range(first + 1, limit + 1):
            if breaks[j - 1] and j - 1 > i:
                limit = j - 1
                break
        found = None
        for j in ends[first]:
            if j > limit or not endable[j - 1]:
                continue
            key, variant = names[(first, j)]
            gids = gaz.by_key[key] if key else gaz.by_translit[variant] if j - i <= 3 else None
            if gids:
                found = (j, [gaz.entries[g] for g in gids])
                break
        if found is None:
            i += 1
            continue
        j, entries = found
        start = i + 1 if the and j - i > 1 else i
        label = _ner_label(doc, start, j, ner)
        curated = [e for e in entries if e.curated]
        single_person = j - start == 1 and curated and all(e.kind == "Person" for e in curated)
        priority = 6.0 if single_person else 10.0 + (j - start) * 0.01 if curated else 5.0
        out.append(Candidate(start, j, "gazetteer", priority, entries=entries, ner=label))
        i = j
    return out


def _lowercase_cities(doc: Doc, gaz: Gazetteer, cands: list[Candidate], settings: MentionSettings) -> list[Candidate]:
    """Big cities of the theatre written in lower case by careless copy ("plans to take kyiv"), when the
    word is the object of a verb or a preposition and is the city's own name."""
    covered = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for tok in doc:
        if tok.i in covered or not tok.is_lower or not tok.is_alpha or len(tok) < 4 or tok.is_stop:
            continue
        if tok.dep_ not in ("dobj", "pobj"):
            continue
        entries = [e for e in gaz.lookup(tok.text, translit=False) if e.kind == "Place" and e.country in settings.theatre
                   and e.population >= 100_000 and name_key(e.label) == tok.lower_]
        if len(entries) == 1:
            out.append(Candidate(tok.i, tok.i + 1, "gazetteer", 5.0, entries=entries, ner="GPE"))
    return out


_ORDINAL = re.compile(r"^\d{1,3}(st|nd|rd|th)$", re.IGNORECASE)


def _unit_candidates(doc: Doc, gaz: Gazetteer, cues: Cues) -> list[Candidate]:
    """Numbered formations ("93rd Separate Mechanized Brigade") and named ones ("Kraken Regiment")."""
    out = []
    for i, tok in enumerate(doc):
        if _ORDINAL.match(tok.text):
            j = i + 1
            while j < len(doc) and doc[j].lower_ in cues.unit_words and doc[j].lower_ not in cues.unit_types:
                j += 1
            while j < len(doc) and doc[j].lower_ in cues.unit_words:  # "Guards Tank Army Corps"
                if doc[j].lower_ in cues.unit_types:
                    break
                j += 1
            if j < len(doc) and doc[j].lower_.rstrip("s") in cues.unit_types and j > i:
                words = [t.text for t in doc[i + 1:j + 1] if t.lower_ != "separate"]
                name = " ".join([tok.text.lower()] + [w if w.isupper() else w.capitalize() for w in words])
                out.append(Candidate(i, j + 1, "unit", 9.0, kind="MilitaryUnit", name=name,
                                     part_of=_nationality(doc, i, gaz)))
        elif tok.lower_ in cues.unit_types and tok.text[0].isupper() and i > 0:
            k = i
            while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and k > i - 3:
                k -= 1
            words = [t for t in doc[k:i]]
            while words and (words[0].lower_ in cues.unit_words or words[0].is_stop
                             or gaz.country_of_adjective(words[0].text)):
                words = words[1:]
            if words and tok.lower_ != "group" and not any(w.lower_ in cues.unit_words for w in words):
                start = words[0].i
                if not any(t.ent_type_ == "PERSON" for t in words):
                    name = " ".join(t.text for t in doc[start:i + 1])
                    out.append(Candidate(start, i + 1, "unit", 9.0, kind="MilitaryUnit", name=name,
                                         part_of=_nationality(doc, start, gaz)))
    return out


def _nationality(doc: Doc, start: int, gaz: Gazetteer) -> tuple[str, ...]:
    """The armed forces a unit belongs to, from a demonym or country just before it."""
    for k in (start - 1, start - 2):
        if k < 0:
            break
        word = doc[k].text
        if doc[k].lower_ in ("'s", "’s") and k > 0:
            continue
        iso = gaz.country_of_adjective(word)
        if iso is None:
            found = [e for e in gaz.lookup(word, translit=False) if e.kind == "Country"]
            iso = found[0].country if found else None
        forces = gaz.forces_of(iso)
        if forces:
            return (forces.gid,)
    return ()


def _settlement_names(doc: Doc, cues: Cues):
    """Capitalised names after "village of", "town of", "city of" (up to three words)."""
    for tok in doc[:-2]:
        if tok.lower_ in ("village", "town", "city", "settlement", "hamlet") and doc[tok.i + 1].lower_ == "of":
            start = end = tok.i + 2
            while end < len(doc) and end - start < 3 and (doc[end].text[:1].isupper() or
                                                          (doc[end].text == "-" and end > start)):
                end += 1
            while end > start and not doc[end - 1].text[:1].isupper():
                end -= 1
            if end > start:
                yield start, end


def _ner_priority(label: str) -> float:
    return {"PERSON": 7.0, "ORG": 4.0}.get(label, 3.0)


def _trim(doc: Doc, start: int, end: int, cues: Cues) -> tuple[int, int]:
    """Drop determiners, titles, possessives and trailing punctuation from an NER span."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’") or doc[end - 1].is_space):
        end -= 1
    # "Ministry of Defense on Twitter": cut a trailing "on <platform>"
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in ("on", "via") and name_key(doc[k + 1:end].text) in cues.non_entities:
            end = k
            break
    return start, end


def _person_entry(name: str, gaz: Gazetteer):
    """The gazetteer's person of that name, when exactly one fits."""
    people = [e for e in gaz.lookup(name) if e.kind == "Person"]
    return people[0] if len(people) == 1 else None


def _titled_name(doc: Doc, tokens: list[Token], cues: Cues, gaz: Gazetteer) -> bool:
    """Two or three capitalised proper nouns right after a title ("minister", "spokesman", "General"),
    none of them an organisation's head word or a demonym: a person's name, whatever the NER says."""
    if not 2 <= len(tokens) <= 3 or tokens[0].i == 0:
        return False
    before = doc[tokens[0].i - 1]
    if before.lower_.rstrip(".") not in cues.titles:
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in cues.org_heads
               and t.lower_ not in cues.unit_types and not gaz.country_of_adjective(t.text) for t in tokens)


def _has_org_head(span: Span, cues: Cues) -> bool:
    return len(span) > 1 and any(t.lower_ in cues.org_heads for t in span[1:])


def strip_titles(tokens: list[Token], cues: Cues, gaz: Gazetteer) -> list[Token]:
    """Remove leading titles and demonyms from a person name ("Ukrainian President Volodymyr Zelenskyy")."""
    out = list(tokens)
    while len(out) > 1 and (out[0].lower_.rstrip(".") in cues.titles or gaz.country_of_adjective(out[0].text)
                            or out[0].lower_ in ("the", "a")):
        out = out[1:]
    return out


def _accept_unknown(cand: Candidate, doc: Doc, gaz: Gazetteer, cues: Cues) -> bool:
    """Decide whether an NER span that the gazetteer does not know becomes an entity, and of which kind."""
    span = doc[cand.start:cand.end]
    tokens = list(span)
    quote = max((k for k, t in enumerate(tokens) if t.text in QUOTE_CHARS), default=-1)
    tokens = tokens[quote + 1:]  # 'X. “Hamas': the name starts after the quote mark
    if cand.ner == "PERSON":
        tokens = strip_titles(tokens, cues, gaz)
    name = " ".join(t.text for t in tokens) if tokens else ""
    key = name_key(name)
    if not key or key in cues.non_entities or any(c.isdigit() for c in key):
        return False
    if is_headline(span.sent) and not gaz.lookup(name):
        return False  # an unknown capitalised phrase in a headline is as likely a verb as a name
    if not tokens[0].text[:1].isupper() or len(tokens) > 8:
        return False
    if all(gaz.country_of_adjective(t.text) or t.lower_ in gaz.peoples or not t.is_alpha for t in tokens):
        return False  # "Ukrainian", "Russians": demonyms are never entities
    if key in gaz.peoples or gaz.country_of_adjective(name):
        return False
    if cand.ner in ("ORG", "GPE") and cand.start >= 2 and doc[cand.start - 1].lower_ == "of" \
            and doc[cand.start - 2].lower_ in cues.titles | {"head", "director", "chief"}:
        return False  # "Secretary of State", "Chief of Staff": part of a title
    if len(tokens) == 1 and tokens[0].dep_ == "compound" and tokens[0].head.lower_.rstrip(".") in cues.titles:
        return False  # "Defense" in "Ukrainian Defense Minister Oleksii Reznikov"
    plain = " ".join(t.text for t in tokens if not (len(t.text.rstrip(".")) == 1 and t.text[0].isupper()))
    known = [e for e in gaz.lookup(name) or gaz.lookup(plain)  # "Antony J. Blinken" is Antony Blinken
             if not (cand.ner == "PERSON" and e.is_place and not e.curated)]
    if known and cand.ctx is not None:
        # a name the gazetteer knows, inside a longer match it rejected ("Kharkiv" of "Kharkiv region")
        trial = Candidate(tokens[0].i, tokens[-1].i + 1, "gazetteer", 0.0, entries=known, ner=cand.ner)
        entry = best_entry(trial, doc, cand.ctx, cues)
        if entry is not None:
            cand.start, cand.end, cand.entry, cand.kind = trial.start, trial.end, entry, entry.kind
            return True
    if cand.ner == "PERSON":
        if len(tokens) == 1 and tokens[0].dep_ in ("compound", "amod") and tokens[0].head.pos_ == "NOUN":
            return False  # "the Trojan horse model"
        if any(t.lower_ in ("'s", "’s") for t in tokens[:-1]):
            return False  # "Bihar's Begusarai" is no one's name
        # a person's linked entry (Putin written alone, Zelensky mis-spelled) is found by name
        cand.entry = _person_entry(name, gaz)
        cand.kind = "Person"
        if not any(t.pos_ == "PROPN" for t in tokens):
            return False
    elif cand.ner == "ORG" and _titled_name(doc, tokens, cues, gaz):
        cand.kind = "Person"  # "Deputy defence minister Hanna Maliar": the model's ORG is a person
        cand.entry = _person_entry(name, gaz)
    elif cand.ner == "ORG":
        last = tokens[-1].lower_
        cand.kind = "MilitaryUnit" if last.rstrip("s") in cues.unit_types - {"group", "company"} else "Organization"
        if len(tokens) == 1 and tokens[0].is_stop:
            return False
        acronym = len(tokens) == 1 and tokens[0].text.isupper() and 2 <= len(tokens[0].text) <= 6
        if not acronym and not any(t.pos_ == "PROPN" for t in tokens):
            return False  # "Heavy metals", "Emphasis": capitalised words, not names
    else:
        words = [t for t in tokens if t.lower_ not in cues.compass]
        if not words or all(gaz.country_of_adjective(t.text) or t.lower_ in gaz.peoples for t in words):
            return False  # "Eastern Ukrainian" is an adjective, not a place
        cand.kind = "Place"
    cand.start = tokens[0].i
    cand.end = tokens[-1].i + 1
    cand.name = name
    return True


def find_unnamed_sources(doc: Doc, chosen: list[Candidate], keys: dict[int, str], kinds: dict[str, str],
                         gaz: Gazetteer, cues: Cues) -> list[Candidate]:
    """Speakers described but not named: "Ukrainian officials", "a Western official", "US intelligence".

    ``keys`` maps token index -> entity key of chosen mentions and ``kinds`` entity key -> kind. Only
    descriptions with an affiliation (a demonym, "Western", or an organisation) count.
    """
    out: list[Candidate] = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in keys:
            continue
        plural = cues.sources.get(tok.lemma_.lower())
        if plural is None:
            continue
        if tok.dep_ in ("compound", "appos") and kinds.get(keys.get(tok.head.i, "")) == "Person":
            continue  # a title before a name: "Ukrainian official Oleksiy Danilov"
        if any(kinds.get(keys.get(c.i, "")) == "Person" for c in tok.children if c.dep_ in ("appos", "compound")):
            continue
        prefix = None
        affiliation: tuple[str, ...] = ()
        for mod in sorted((c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i),
                          key=lambda t: t.i):
            for sub in mod.subtree:
                key = keys.get(sub.i)
                if key and kinds.get(key) in BODY_KINDS:
                    span_keys = [k for k in (keys.get(j) for j in range(sub.i, tok.i)) if k == key]
                    affiliation = (key,)
                    prefix = " ".join(doc[j].text for j in range(sub.i, sub.i + len(span_keys)))
                    break
                iso = gaz.country_of_adjective(sub.text) if sub.text[:1].isupper() else None
                if iso:
                    affiliation = (f"country:{iso}",)
                    prefix = gaz.demonym.get(iso, sub.text)
                    break
                if sub.lower_ == "western":
                    prefix = "Western"
            if prefix:
                break
        if prefix:
            name = f"{prefix} {plural}"
            out.append(Candidate(tok.i, tok.i + 1, "source", 2.0, kind="UnnamedSource", name=name,
                                 affiliation=affiliation))
    return out



def nested_countries(doc: Doc, chosen: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A country named in possessive form inside a longer name is mentioned too: "Britain's Defense
    Ministry" names the ministry and Britain. (Adjectives do not count: "Russian" is no mention of Russia.)"""
    out = []
    for cand in chosen:
        if cand.entry is None or cand.entry.kind not in ("Organization", "MilitaryUnit"):
            continue
        for k in range(cand.start + 1, cand.end - 1):
            if doc[k].lower_ in ("'s", "’s"):
                countries = [e for e in gaz.lookup(doc[cand.start:k].text, translit=False) if e.kind == "Country"]
                if len(countries) == 1:
                    out.append(Candidate(cand.start, k, "nested", 0.0, entries=countries, entry=countries[0]))
                break
    return out
