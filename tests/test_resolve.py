"""One node per real-world thing across articles, with stable paths and every name kept."""
from __future__ import annotations

from graph.records import Article, ArticleRecord, Entity, Mention
from graph.resolve import resolve_records


def rec(aid: str, *ents: tuple[str, str, str, str | None]) -> ArticleRecord:
    entities, mentions = [], []
    for key, kind, name, gid in ents:
        entities.append(Entity(key=key, kind=kind, name=name, names=(name,), gid=gid))
        mentions.append(Mention(entity=key, text=name, start=0, end=len(name), sentence=name))
    return ArticleRecord(article=Article(id=aid, text=""), entities=tuple(entities), mentions=tuple(mentions))


def test_gazetteer_ids_merge_and_keep_every_name():
    res = resolve_records([
        rec("1", ("geonames:703448", "Place", "Kiev", "geonames:703448")),
        rec("2", ("geonames:703448", "Place", "Kyiv", "geonames:703448")),
    ])
    [kyiv] = res.entities.values()
    assert kyiv.label == "Kyiv" and kyiv.path == "place/kyiv"
    assert kyiv.alt_labels() == ["Kiev"]
    assert kyiv.articles == {Article(id="1", text="").key, Article(id="2", text="").key}


def test_unknown_people_merge_by_transliteration_and_surname():
    res = resolve_records([
        rec("1", ("person:a", "Person", "Oleksiy Danylov", None)),
        rec("2", ("person:b", "Person", "Oleksii Danylov", None)),
        rec("3", ("person:c", "Person", "Danylov", None)),
    ])
    people = [e for e in res.entities.values() if e.kind == "Person"]
    assert len(people) == 1
    assert people[0].articles == {Article(id=n, text="").key for n in ("1", "2", "3")}
    assert res.of(Article(id="3", text="").key, "person:c") is people[0]


def test_a_surname_in_another_article_joins_a_full_name_that_ends_in_a_generational_suffix():
    res = resolve_records([
        rec("1", ("person:a", "Person", "Marcus T. Lincoln Jr.", None)),
        rec("2", ("person:b", "Person", "Lincoln", None)),
    ])
    assert len([e for e in res.entities.values() if e.kind == "Person"]) == 1


def test_ambiguous_surname_stays_apart():
    res = resolve_records([
        rec("1", ("person:a", "Person", "Anna Kovalenko", None)),
        rec("2", ("person:b", "Person", "Ivan Kovalenko", None)),
        rec("3", ("person:c", "Person", "Kovalenko", None)),
    ])
    assert len([e for e in res.entities.values() if e.kind == "Person"]) == 3


def test_paths_are_unique_and_stable():
    records = [rec("1", ("org:x", "Organization", "Kyiv School", None), ("place:x", "Place", "Kyiv School", None))]
    first = {e.key: e.path for e in resolve_records(records).entities.values()}
    again = {e.key: e.path for e in resolve_records(list(reversed(records))).entities.values()}
    assert first == again
    assert len(set(first.values())) == 2


def test_the_label_is_the_extractors_name_among_as_full_spellings():
    """A unit written in the plural of a coordination ("the 82nd and 46th air assault brigades") is named
    in the singular by the extractor: that name is the label, the spelling an other name."""
    plural = ArticleRecord(
        article=Article(id="1", text=""),
        entities=(Entity(key="u", kind="MilitaryUnit", name="46th Air Assault Brigade",
                         names=("46th air assault brigades",)),),
        mentions=(Mention(entity="u", text="46th air assault brigades", start=0, end=25, sentence="x"),))
    [unit] = resolve_records([plural]).entities.values()
    assert unit.label == "46th Air Assault Brigade"
    assert unit.alt_labels() == ["46th air assault brigades"]
    # a fuller spelling seen in the text still wins over a shorter name
    fuller = ArticleRecord(
        article=Article(id="2", text=""),
        entities=(Entity(key="p", kind="Person", name="Danylov", names=("Oleksiy Danylov",)),),
        mentions=(Mention(entity="p", text="Oleksiy Danylov", start=0, end=15, sentence="x"),))
    [person] = resolve_records([fuller]).entities.values()
    assert person.label == "Oleksiy Danylov"
    # but a spelling with a nickname in quotes, however full, is another name, never the label
    nicknamed = ArticleRecord(
        article=Article(id="3", text=""),
        entities=(Entity(key="n", kind="Person", name="Peter Harnett", names=("Peter “P.J.” Harnett", "Harnett")),),
        mentions=(Mention(entity="n", text="Peter “P.J.” Harnett", start=0, end=20, sentence="x"),))
    [person] = resolve_records([nicknamed]).entities.values()
    assert person.label == "Peter Harnett" and "Peter “P.J.” Harnett" in person.alt_labels()


def test_a_surname_without_its_arabic_article_in_another_article_joins_the_full_name():
    res = resolve_records([
        rec("1", ("person:a", "Person", "Abdel Karim al-Rashidi", None)),
        rec("2", ("person:b", "Person", "Rashidi", None)),
        rec("3", ("person:c", "Person", "Khalil el-Marwani", None)),
        rec("4", ("person:d", "Person", "Marwani", None)),
    ])
    people = sorted(e.label for e in res.entities.values() if e.kind == "Person")
    assert people == ["Abdel Karim al-Rashidi", "Khalil el-Marwani"], people
