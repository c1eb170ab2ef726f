"""warkg's spaCy components as spaCy sees them: factories with config, declared attributes, plain
data on the Doc that serialises, and usable from any spaCy program. Hand-made Docs and blank
pipelines only (no trained model), except the last two tests."""
from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from graph.extraction.docdata import get_claims, get_entities, get_events, plain
from handmade import SAID, WITHDREW, hand_doc, run_components

NAMES = ("warkg_paragraphs", "warkg_parse_repairs", "warkg_mentions", "warkg_claims", "warkg_events")
TEXT = ("Russian forces withdrew from Kherson on Friday.\n"
        "Volodymyr Zelensky said the city was free. \u201cWe are back,\u201d he told reporters.\n"
        "Ukrainian officials said troops had entered the city.")


def blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in NAMES:
        nlp.add_pipe(name)
    return nlp


def test_any_spacy_program_can_add_the_components():
    """The factories come through the spacy_factories entry point: nothing of warkg is imported."""
    code = ("import spacy; nlp = spacy.blank('en'); nlp.add_pipe('warkg_parse_repairs'); nlp.add_pipe('warkg_mentions'); "
            "nlp.add_pipe('warkg_claims'); nlp.add_pipe('warkg_events'); print(','.join(nlp.pipe_names))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "warkg_parse_repairs,warkg_mentions,warkg_claims,warkg_events"


def test_factories_declare_what_they_assign_and_require():
    nlp = blank_pipeline()
    assert "doc._.wk_entities" in nlp.get_pipe_meta("warkg_mentions").assigns
    assert "doc._.wk_entities" in nlp.get_pipe_meta("warkg_claims").requires
    assert {"doc._.wk_events", "doc.spans"} <= set(nlp.get_pipe_meta("warkg_events").assigns)
    assert "doc._.wk_claims" in nlp.get_pipe_meta("warkg_events").requires
    assert nlp.config["components"]["warkg_claims"]["coref_window"] == 3


def test_the_theatre_setting_decides_which_towns_need_no_place_cue():
    """A GeoNames town named bare, as a proper noun, is linked only in the theatre of war."""
    words = ["Fighters", "entered", "Kadugli", "on", "Monday", "."]
    pos = ["NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"]
    linked = {}
    for theatre in (["UA", "RU", "BY"], ["SD"]):
        nlp = spacy.blank("en")
        nlp.add_pipe("warkg_mentions", config={"theatre": theatre, "theatre_prior": {}})
        doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=[True] + [False] * 5)
        doc = nlp.get_pipe("warkg_mentions")(doc)
        linked[theatre[0]] = [span._.wk_entity for span in doc.spans["wk_mentions"]]
    assert linked["UA"] == [] and linked["SD"] == ["geonames:373141"]


HAND = WITHDREW + "\n" + SAID


def test_a_processed_doc_serialises_with_everything_warkg_put_on_it():
    nlp = blank_pipeline()
    doc = run_components(nlp, hand_doc(nlp.vocab, HAND))
    assert get_entities(doc) and get_claims(doc) and get_events(doc)
    docbin = DocBin(store_user_data=True)
    docbin.add(doc)
    [back] = DocBin().from_bytes(docbin.to_bytes()).get_docs(nlp.vocab)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    for copy in (back, again):
        assert get_entities(copy) == get_entities(doc)
        assert get_claims(copy) == get_claims(doc)
        assert get_events(copy) == get_events(doc)
        for group in ("wk_mentions", "wk_claims", "wk_events"):
            assert [(s.start, s.end, s.label_) for s in copy.spans[group]] == \
                   [(s.start, s.end, s.label_) for s in doc.spans[group]]
        assert [s._.wk_entity for s in copy.spans["wk_mentions"]] == [s._.wk_entity for s in doc.spans["wk_mentions"]]
        assert [s._.speaker for s in copy.spans["wk_claims"]] == [s._.speaker for s in doc.spans["wk_claims"]]


def test_load_pipeline_passes_settings_to_the_components(nlp):
    from graph.extraction import load_pipeline

    custom = load_pipeline(**{"warkg_mentions": {"theatre": ["SD"], "theatre_prior": {"SD": 1.0}}})
    assert custom.pipe_names[-3:] == ["warkg_mentions", "warkg_claims", "warkg_events"]
    assert custom.get_pipe("warkg_mentions").settings.theatre == frozenset({"SD"})
    with pytest.raises(ValueError, match="no warkg component named warkg_typo"):
        load_pipeline(warkg_typo={})


def test_the_whole_pipeline_runs_in_spacy_processes(nlp):
    """nlp.pipe(n_process=2) works over all of warkg's components (the outputs are plain data)."""
    texts = [TEXT, "Kyiv said Russian troops had shelled Kharkiv overnight.", "Nothing happened."]
    one = [(d._.wk_entities, d._.wk_claims, d._.wk_events) for d in nlp.pipe(texts)]
    two = [(d._.wk_entities, d._.wk_claims, d._.wk_events) for d in nlp.pipe(texts, n_process=2, batch_size=1)]
    normal = [[plain(x) for x in row] for row in one]
    assert [[plain(x) for x in row] for row in two] == normal
    assert any(row[1] for row in one)
