"""A processed Doc -> an :class:`~graph.records.ArticleRecord`.

This is where repeats fold: the same claim (speaker and text) said twice in an article becomes one
claim with two pieces of evidence, and mentions of one event (type, place, agents, modality) become one
event whose framings are every word used for it. Dates are resolved against the publication date.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from graph.cues import load_cues
from graph.dates import anaphoric_date, dated_by_context, resolve_date
from graph.records import Article, ArticleRecord, Claim, Entity, Event, Evidence, Mention
from graph.text import name_key, squash_space
from graph.extraction.docdata import get_claims, get_entities, get_events
from graph.extraction.doctext import doc_text, is_title
from graph.extraction.event_time import attached_date_text, counted_apart, first_joined, governing_verb
from graph.extraction.news_time import year_told_before


class _Sentences:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = [s.start_char for s in doc.sents]
        self.ends = [s.end_char for s in doc.sents]

    def around(self, start: int, end: int) -> str:
        """The sentence(s) covering a character range, white space squashed."""
        first = max(0, bisect_right(self.starts, start) - 1)
        last = max(first, bisect_right(self.starts, max(start, end - 1)) - 1)
        return squash_space(doc_text(self.doc)[self.starts[first]:self.ends[last]])


def doc_to_record(doc: Doc, article: Article, dropped: tuple[str, ...] = ()) -> ArticleRecord:
    sents = _Sentences(doc)
    entities = get_entities(doc)
    mentions = _mentions(doc, sents)
    claims, claim_index = _claims(doc, get_claims(doc), sents, article)
    events = _title_echoes_dropped(_events(doc, get_events(doc), claim_index, sents, article), entities, doc)
    used = {m.entity for m in mentions} | {c.speaker for c in claims} | {k for c in claims for k in c.about}
    used |= {k for e in events for k in (*e.places, *e.agents)}
    return ArticleRecord(article=article, entities=_entities(entities, used), mentions=tuple(mentions),
                         claims=tuple(claims), events=tuple(events), dropped=dropped)


def _mentions(doc: Doc, sents: _Sentences) -> list[Mention]:
    mentions = []
    for span in doc.spans.get("wk_mentions", []):
        mentions.append(Mention(entity=span._.wk_entity, text=squash_space(span.text), start=span.start_char,
                                end=span.end_char, sentence=sents.around(span.start_char, span.end_char)))
    return mentions


def _claims(doc: Doc, claims_info: list, sents: _Sentences, article: Article) -> tuple[list[Claim], dict[int, int]]:
    """One claim per (speaker, text); repeats add evidence. Also: claim info index -> claim index."""
    claims: list[Claim] = []
    claim_index: dict[int, int] = {}
    by_key: dict[tuple[str, str], int] = {}
    for n, info in enumerate(claims_info):
        text = info.text(doc)
        if not text:
            continue
        key = (info.speaker, name_key(text))
        evidence = Evidence(start=info.extent[0], end=info.extent[1], sentence=sents.around(*info.extent),
                            trigger=info.verb)
        if key in by_key:
            old = claims[by_key[key]]
            claims[by_key[key]] = Claim(**{**old.__dict__, "evidence": old.evidence + (evidence,)})
            claim_index[n] = by_key[key]
            continue
        resolved = resolve_date(info.date_text, article.published) if info.date_text else None
        date = resolved[0] if resolved else article.published
        by_key[key] = len(claims)
        claim_index[n] = len(claims)
        claims.append(Claim(speaker=info.speaker, text=text, verb=info.verb, evidence=(evidence,), date=date,
                            date_text=info.date_text if resolved else None, about=tuple(info.about)))
    return claims, claim_index


def _events(doc: Doc, events_info: list, claim_index: dict[int, int], sents: _Sentences,
            article: Article) -> list[Event]:
    """One event per (type, place, agents, negated or not) and time; an event without agent joins one
    with. A planned or hypothetical mention of an event also reported as done is the same event, done (an
    attack or an offensive only when named alike: such acts repeat).
    Mentions dated apart are apart ("the army took Kidal on Tuesday"; "the rebels had seized Kidal in
    2014")."""
    groups: dict[tuple, dict] = {}
    now = article.published[:4] if article.published else None
    for info in events_info:
        planned = info.modality == "Planned" and info.news_date_text  # (told when: "announced in April that ...")
        told = resolve_date(info.news_date_text, article.published) if planned else None
        resolved = (dated_by_context(info.date_text, _year_before(doc, info.trigger[0]), False)
                    or (dated_by_context(info.date_text, told[0], False) if told else None)  # (a plan's day, after its telling)
                    or resolve_date(info.date_text, article.published, ahead=info.ahead)
                    or (anaphoric_date(info.date_text + back, article.published) if (back := _counted_from_now(doc, info))
                        else None)
                    or anaphoric_date(info.date_text + _counted_from(doc, info),
                                      _last_date(doc, _told_at(doc, info), article.published))
                    or (None if article.published else dated_by_context(info.date_text,
                                                                        *_year_anchor(doc, info.trigger[0])))) \
            if info.date_text else None
        if resolved and info.modality == "Hypothetical" and now and resolved[0][:4] < now:
            resolved = None  # what could happen is not years past ("could lead to killings like those in 2023")
        group = groups.setdefault(_event_key(groups, info, resolved[0] if resolved else None, now),
                                  {"evidence": [], "framings": [], "claims": [], "date": None,
                                   "modalities": set(), "current": False, "recent": False, "news": None})
        group["modalities"].add(info.modality)
        group["current"] |= info.current and info.modality == "Asserted"
        group["recent"] |= info.recent and info.modality == "Asserted" and not (
            now and (year := year_told_before(doc[info.trigger[0]])) is not None and year < int(now))
        news = resolve_date(info.news_date_text, article.published) if info.news_date_text else None
        group["news"] = group["news"] or (news[0][:7] if news and info.modality == "Asserted" else None)
        claim = claim_index.get(info.claim) if info.claim is not None else None
        trigger = squash_space(doc[info.trigger[0]:info.trigger[1]].text)
        ev = Evidence(start=info.extent[0], end=info.extent[1], sentence=sents.around(*info.extent), trigger=trigger,
                      claim=claim, framing=info.framing)
        if ev not in group["evidence"]:
            group["evidence"].append(ev)
        if info.framing not in group["framings"]:
            group["framings"].append(info.framing)
        if claim is not None and claim not in group["claims"]:
            group["claims"].append(claim)
        if resolved and (group["date"] is None or (info.modality == "Asserted" and group["date"][2] != "Asserted")):
            group["date"] = (resolved[0], info.date_text, info.modality)  # (a done event's own date first)
    events = []
    for (etype, place, agents, *_), group in groups.items():
        if group["date"] is not None and group["date"][2] != "Asserted" and "Asserted" in group["modalities"]:
            group["date"] = None  # a done event's time is not the time it was planned or feared for
        if group["date"] is None and group["recent"] and group["news"]:
            group["date"] = (group["news"], None, "Asserted")  # news in a dated report: the report's month
        if group["date"] is None and (group["current"] or group["recent"]) and article.published:
            group["date"] = (article.published[:7], None, "Asserted")  # under way, just done, or news: the month
        date, date_text, _ = group["date"] or (None, None, None)
        modality = next(m for m in ("Asserted", "Planned", "Hypothetical", "Negated") if m in group["modalities"])
        events.append(Event(type=etype, places=(place,), agents=agents, evidence=tuple(group["evidence"]),
                            modality=modality, framings=tuple(group["framings"]), date=date, date_text=date_text,
                            claims=tuple(group["claims"])))
    return events


def _title_echoes_dropped(events: list[Event], entities: dict, doc: Doc) -> list[Event]:
    """A title's event at a country is the body's like event at a place in that country ("Rebels kill dozens in attack
    on church in eastern Congo" is the attack on Komanda the body tells, a town the gazetteer may not know); a title's
    event at a place or a region the body's there or at a place in the region by the same side ("Azerbaijan takes
    Shusha" is "Azerbaijani forces captured Shusha", a state's deed its forces'; "Strike on UN school in Gaza" the
    strike on the school in Nuseirat): one event, the body's."""
    first = next(doc.sents, None)
    if first is None or not is_title(first):
        return events

    def country(e: Event) -> str | None:
        return entities[e.places[0]].country if e.places and e.places[0] in entities else None

    def sides(e: Event, o: Event) -> bool:  # each of the title's agents is the body's, or a state whose forces it names
        return all(a in o.agents or (entities[a].kind == "Country" and any(
            entities[b].kind != "Country" and entities[b].country == entities[a].country for b in o.agents if b in entities))
            for a in e.agents if a in entities)

    def inside(place: str, region: str) -> bool:  # a place of a region the title names ("Gaza": the Strip)
        a, b = entities.get(place), entities.get(region)
        return a is not None and b is not None and b.entry is not None and b.entry.feature == "region" and (
            region in a.part_of or (a.entry is not None and a.entry.admin1 == b.entry.label))

    def echo(e: Event) -> bool:
        at_country = entities[e.places[0]].kind == "Country"
        return all(ev.end <= first.end_char for ev in e.evidence) and any(
            o.type == e.type and o.modality == e.modality and o is not e and any(ev.start > first.end_char for ev in o.evidence)
            and ((at_country and set(e.agents) <= set(o.agents) and country(o) in (None, country(e))
                  and entities[o.places[0]].kind != "Country")
                 or ((o.places == e.places or (o.places and inside(o.places[0], e.places[0]))) and sides(e, o)))
            for o in events)
    return [e for e in events if not (e.places and e.places[0] in entities and echo(e))]


def _last_date(doc: Doc, before: int, published: str | None) -> str | None:
    """The last date the text gives before a token that can be pinned down ("in November 2020"; "On 18
    June" by the year around it in an article with no publication date), for the dates told against it
    ("later that month", "two days later")."""
    return next((found[0] for ent in reversed(doc.ents) if ent.label_ == "DATE" and ent.end <= before
                 for found in [resolve_date(ent.text, published) or (
                     None if published else dated_by_context(ent.text, *_year_anchor(doc, ent.start)))] if found), None)


def _counted_from(doc: Doc, info) -> str:
    """For an event told in a clause counted from the sentence's own time ("agreed on Wednesday to disarm, a
    day after Azerbaijan launched an operation": the operation came a day before Wednesday), the way to count
    its date text ("a day") from the date told before it: " earlier" after "after", " later" after "before"."""
    verb = governing_verb(doc[info.trigger[1] - 1])
    mark = _counted_mark(verb, info.date_text) if verb is not None and verb.dep_ == "advcl" and verb.head.i < verb.i \
        else None
    counted = mark is not None
    if verb is not None and mark is None and (count := counted_apart(verb)) is not None:
        mark, counted = verb.head.lower_, count.text in info.date_text  # "a day after retaking Kupiansk"
    return {"after": " earlier", "before": " later"}[mark] if counted else ""


def _counted_from_now(doc: Doc, info) -> str:
    """For an event told in a clause counted from a clause in the present ("Two years after Russia launched its
    invasion, its troops hold a fifth of the country", "A year after the attack, the war has spread"), the way to
    count its date text back from the day of publication (" earlier"); else ""."""
    verb = governing_verb(doc[info.trigger[1] - 1])
    verb = first_joined(verb) if verb is not None else None  # (and a verb joined to it: "... launched X and seized Y")
    main = verb.head if verb is not None and verb.dep_ == "advcl" else None
    if main is None or not (main.tag_ in ("VBP", "VBZ") or any(
            c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in main.children)):  # ("hold", "has spread", "is shelling")
        return ""
    return " earlier" if _counted_mark(verb, info.date_text) == "after" else ""


def _counted_mark(verb: Token, date_text: str) -> str | None:
    """The "after" or "before" of a clause of time with a count before its verb that the event's date text holds ("a
    day after Azerbaijan launched ...", "Two years after Russia launched ..."), else None."""
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    return mark if mark is not None and any(c.dep_ == "npadvmod" and c.i < verb.i and c.text in date_text
                                            for t in (verb, *verb.children) for c in t.children) else None


def _told_at(doc: Doc, info) -> int:
    """Where an event's date is told, for the dates told before it: its DATE entity in the sentence, else
    the trigger ("took Kestrova in May 2022 and Arkona in September of that year": the year before
    "September", after the trigger)."""
    sent = doc[info.trigger[0]].sent
    verb = governing_verb(doc[info.trigger[1] - 1])
    if verb is not None and (count := counted_apart(verb)) is not None:  # counted from the verb it hangs on
        main = count.head if verb.head.head == count else verb.head.head  # ("A day after taking X, they seized Y on Saturday")
        told = attached_date_text(main)
        return next((e.end for e in sent.ents if e.label_ == "DATE" and told and e.text in told), info.trigger[0])
    return next((e.start for e in doc.ents if e.label_ == "DATE" and sent.start <= e.start < sent.end
                 and e.text in info.date_text), info.trigger[0])


def _year_anchor(doc: Doc, at: int) -> tuple[str | None, bool]:
    """The nearest date with its year the text gives around token ``at`` (in its sentence, else before
    it), for the dates it gives without one in an article with no publication date; and whether it comes
    after ``at``."""
    dated = [(ent.start, found[0]) for ent in doc.ents if ent.label_ == "DATE"
             for found in [resolve_date(ent.text, None)] if found and found[1] != "gYear"]
    sent = doc[at].sent
    near = sorted((abs(start - at), start > at, iso) for start, iso in dated if sent.start <= start < sent.end)
    if near:
        return near[0][2], near[0][1]
    return next(((iso, False) for start, iso in reversed(dated) if start < at), (None, False))


def _year_before(doc: Doc, at: int) -> str | None:
    """The last month with its year the sentence of token ``at`` gives before it ("By March 2017 the alliance
    had cut the road, and in May it seized Tabqa": May 2017, whatever the publication date)."""
    sent = doc[at].sent
    return next((found[0] for ent in reversed(sent.ents) if ent.label_ == "DATE" and ent.end <= at
                 for found in [resolve_date(ent.text, None)] if found and found[1] != "gYear"), None)


def _event_key(groups: dict[tuple, dict], info, date: str | None, now: str | None) -> tuple:
    """The group an event mention joins (moving an agentless group under the first agent found): the
    same type, place and polarity at a time that fits (either undated, or one date within the other;
    an undated group told as recent is of the year of publication, ``now``: "Wagner fighters entered
    Kidal" is not "the rebels had seized Kidal in 2014")."""
    agents = tuple(sorted(info.agents))
    polarity = info.modality == "Negated"
    # an attack or an offensive feared or planned is one done only when named alike: "warned that an all-out
    # assault on El Fasher could lead to mass killings" is not the siege of El Fasher (a place changes hands once)
    repeatable = info.type in ("Attack", "Offensive")
    retaking = load_cues().retaking

    def fits(key: tuple) -> bool:
        group = groups[key]
        other = group["date"][0] if group["date"] else now if group["current"] or group["recent"] else None
        apart = repeatable and (info.modality == "Asserted") != ("Asserted" in group["modalities"]) \
            and info.framing not in group["framings"]
        # (a capture back only planned is the losing side's, not the capture told: "vowed to retake the town")
        apart = apart or (info.type == "ControlChange" and info.modality != "Asserted" and info.framing in retaking
                          and "Asserted" in group["modalities"] and not retaking.intersection(group["framings"]))
        return key[:2] == (info.type, info.place) and key[3] == polarity and not apart and (
            date is None or other is None or date.startswith(other) or other.startswith(date))

    if not agents:
        return next((k for k in groups if fits(k)), None) or (info.type, info.place, (), polarity, date)
    key = next((k for k in groups if k[2] == agents and fits(k)), None) or (info.type, info.place, agents, polarity, date)
    agentless = next((k for k in groups if not k[2] and fits(k)), None)
    if key not in groups and agentless is not None:
        groups[key] = groups.pop(agentless)
    return key


def _entities(entities: dict, used: set[str]) -> tuple[Entity, ...]:
    out = []
    for key, info in entities.items():
        if key not in used:
            continue
        names = tuple(n for n, _ in sorted(info.names.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(Entity(key=key, kind=info.kind, name=info.name, names=names, gid=info.gid,
                          affiliation=tuple(sorted(info.affiliation)), part_of=tuple(sorted(info.part_of))))
    return tuple(out)
