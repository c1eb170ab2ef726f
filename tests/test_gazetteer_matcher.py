"""The gazetteer's PhraseMatchers on a tiny gazetteer (no model, no built-in tables)."""
from __future__ import annotations

import spacy

from graph.cues import load_cues
from graph.extraction.candidates import _gazetteer_candidates
from graph.extraction.gazetteer_matcher import GazetteerMatcher
from graph.gazetteer import Entry, Gazetteer


def tiny() -> Gazetteer:
    gaz = Gazetteer()
    gaz.add(Entry(gid="place:kupiansk", kind="Place", label="Kupiansk", slug="kupiansk", aliases=("Kupyansk",),
                  country="UA", population=26_000))
    gaz.add(Entry(gid="org:mod-ua", kind="Organization", label="Ministry of Defence of Ukraine", slug="mod-ua",
                  aliases=("Ukraine's Ministry of Defense", "Ukrainian Ministry of Defence")))
    gaz.add(Entry(gid="person:oleksii-reznikov", kind="Person", label="Oleksii Reznikov", slug="oleksii-reznikov"))
    return gaz


def test_names_match_whatever_their_case_punctuation_diacritics_and_possessive():
    nlp, matcher = spacy.blank("en"), GazetteerMatcher(tiny())
    doc = nlp("UKRAINE’S MINISTRY OF DEFENSE said troops entered Kupiansk.")
    spans = matcher.spans(doc)
    assert spans[(0, 5)] == ("ukraine ministry of defense", None)  # organisations have no variant key
    assert spans[(8, 9)] == ("kupiansk", "kupyansk")
    assert spans[(8, 10)] == spans[(8, 9)]  # the full stop has no key: the name's key is the same with it


def test_transliteration_variants_match_by_their_looser_key():
    nlp, matcher = spacy.blank("en"), GazetteerMatcher(tiny())
    doc = nlp("Oleksiy Reznikov visited Kup'yansk.")
    spans = matcher.spans(doc)
    assert spans[(0, 2)] == (None, "oleksy reznikov")  # only the variant key fits


def test_a_match_is_whole_tokens_only():
    nlp, matcher = spacy.blank("en"), GazetteerMatcher(tiny())
    assert matcher.spans(nlp("Kupianskyi district")) == {}


def test_candidates_take_the_longest_name_and_the_variant_only_for_short_names():
    nlp, gaz = spacy.blank("en"), tiny()
    nlp.add_pipe("sentencizer")
    doc = nlp("The Ukrainian Ministry of Defence said Oleksiy Reznikov was in Kupyansk.")
    found = {(doc[c.start:c.end].text, c.entries[0].gid) for c in _gazetteer_candidates(doc, gaz, {}, load_cues())}
    assert found == {("Ukrainian Ministry of Defence", "org:mod-ua"), ("Oleksiy Reznikov", "person:oleksii-reznikov"),
                     ("Kupyansk", "place:kupiansk")}


def _fresh(monkeypatch, folder):
    from graph.extraction import gazetteer_matcher as module

    monkeypatch.setenv("WARKG_CACHE_DIR", str(folder))
    monkeypatch.setattr(module, "_BUILT", {})
    return module


def test_built_matchers_are_kept_in_the_cache_and_found_again(monkeypatch, tmp_path):
    nlp, gaz = spacy.blank("en"), tiny()
    doc = nlp("Oleksiy Reznikov visited Kupiansk.")
    module = _fresh(monkeypatch, tmp_path)
    first = module.gazetteer_matcher(gaz).spans(doc)
    [cached] = tmp_path.glob("gazetteer-matcher-*.pickle")
    module = _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(module.GazetteerMatcher, "_phrase", None)  # building again would fail
    assert module.gazetteer_matcher(gaz).spans(doc) == first
    cached.write_bytes(b"not a pickle")  # a damaged cache is rebuilt and replaced
    monkeypatch.undo()
    module = _fresh(monkeypatch, tmp_path)
    assert module.gazetteer_matcher(gaz).spans(doc) == first
    assert cached.read_bytes() != b"not a pickle"


def test_the_cache_keeps_the_matchers_of_the_last_few_gazetteers(monkeypatch, tmp_path):
    import pytest

    module = _fresh(monkeypatch, tmp_path)
    gazetteers = []
    for n in range(module.KEEP_CACHED + 1):  # the built-in one and user rows, in turns
        gaz = tiny()
        gaz.add(Entry(gid=f"place:town-{n}", kind="Place", label=f"Town{n}", slug=f"town-{n}"))
        gazetteers.append(gaz)
    # every one but the last; then the first again (found in the cache); then the last
    for gaz in gazetteers[:-1] + gazetteers[:1] + gazetteers[-1:]:
        module = _fresh(monkeypatch, tmp_path)
        module.gazetteer_matcher(gaz)
    assert len(list(tmp_path.glob("gazetteer-matcher-*.pickle"))) == module.KEEP_CACHED
    module = _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(module.GazetteerMatcher, "_phrase", None)  # building again would fail
    for gaz in (gazetteers[0], gazetteers[-1], gazetteers[2]):
        module.gazetteer_matcher(gaz)  # the one used again stayed
    with pytest.raises(TypeError):
        module.gazetteer_matcher(gazetteers[1])  # the one used least recently went


def test_the_cache_can_be_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    module = _fresh(monkeypatch, "off")
    module.gazetteer_matcher(tiny())
    assert list(tmp_path.rglob("*.pickle")) == []
