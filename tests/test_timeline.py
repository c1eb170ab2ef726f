"""Incidents (one real-world event across articles), control periods and the timeline command: the
rules on hand-made reports, then a real build of the seeds and the sample articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from graph.control_periods import control_periods, derive
from graph.incidents import Report, days_between, resolve_incidents
from ontology.namespace import WK, WKI

KHERSON = str(WKI["place/kherson"])
RU = str(WKI["unit/russian-armed-forces"])
UA = str(WKI["unit/armed-forces-of-ukraine"])


def report(n: int, etype: str, agent: str | None, date: str | None = None, published: str | None = None,
           modality: str = "Asserted", place: str = KHERSON) -> Report:
    return Report(str(WKI[f"event/a{n}-1"]), type=etype, modality=modality, places={place},
                  agents={agent} if agent else set(), date=date, article=str(WKI[f"article/a{n}"]), published=published)


def test_reports_of_one_withdrawal_over_three_days_are_one_incident():
    reports = [report(1, "Withdrawal", RU, published="2022-11-09"), report(2, "Withdrawal", RU, "2022-11-09", "2022-11-10"),
               report(3, "Withdrawal", None, published="2022-11-11")]
    [incident] = resolve_incidents(reports)
    assert len(incident.reports) == 3
    assert (incident.date, incident.first_reported, incident.last_reported) == ("2022-11-09", "2022-11-09", "2022-11-11")


def test_a_capture_in_march_and_a_liberation_in_september_stay_two():
    reports = [report(1, "ControlChange", RU, "2022-03-02"), report(2, "ControlChange", UA, "2022-09-11"),
               report(3, "ControlChange", RU, "2022-03-03")]
    incidents = resolve_incidents(reports)
    assert sorted((len(i.reports), i.main_agent) for i in incidents) == [(1, UA), (2, RU)]


def test_same_side_months_apart_and_undated_reports_stay_apart():
    reports = [report(1, "Attack", RU, "2022-03-02"), report(2, "Attack", RU, "2022-07-02"), report(3, "Attack", RU)]
    assert len(resolve_incidents(reports)) == 3  # no date is invented for the undated one


def test_a_denial_from_another_article_is_attached_and_contests_the_period():
    reports = [report(1, "ControlChange", RU, "2023-01-12"), report(2, "ControlChange", RU, "2023-01-13", modality="Negated")]
    [incident] = resolve_incidents(reports)
    assert [d.article for d in incident.denials] == [str(WKI["article/a2"])]
    [period] = control_periods([incident])
    assert period.contested and period.controller == RU


def test_dates_of_different_precision_are_compared_as_ranges():
    assert days_between("2022-09", "2022-09-11") == 0
    assert days_between("2022-09", "2022-10-03") == 3
    assert days_between("2022", "2022-05-01") == 0
    assert days_between("2022-11-09", "2022-11-11") == 2


def test_control_periods_follow_capture_withdrawal_and_liberation():
    reports = [report(1, "ControlChange", RU, "2022-03-02"), report(2, "Withdrawal", RU, "2022-11-09"),
               report(3, "ControlChange", UA, None, published="2022-11-11")]
    periods = control_periods(resolve_incidents(reports))
    assert [(p.controller, p.start, p.start_reported_by, p.end) for p in periods] == [
        (RU, "2022-03-02", None, "2022-11-09"),
        (UA, None, "2022-11-11", None)]  # the liberation's date is known only from its report
    assert not any(p.contested for p in periods)


def test_a_withdrawal_with_no_known_start_shows_a_period_that_ended_there():
    [period] = control_periods(resolve_incidents([report(1, "Withdrawal", RU, "2022-11-09")]))
    assert (period.controller, period.start, period.end, period.started_by) == (RU, None, "2022-11-09", None)


def test_two_sides_claiming_one_place_within_days_are_contested():
    reports = [report(1, "ControlChange", RU, "2023-01-12"), report(2, "ControlChange", UA, "2023-01-14")]
    periods = control_periods(resolve_incidents(reports))
    assert len(periods) == 2 and all(p.contested for p in periods)


def test_the_derived_triples_conform_and_a_broken_period_does_not():
    from graph.validate import ShapeChecker, DERIVED_SHAPES

    reports = [report(1, "ControlChange", RU, "2022-03-02"), report(2, "Withdrawal", RU, "2022-11-09")]
    triples = list(derive(reports).triples())
    context = [(URIRef(r.iri), RDF.type, WK[r.type]) for r in reports] + [
        (URIRef(KHERSON), RDF.type, WK.Place), (URIRef(RU), RDF.type, WK.MilitaryUnit)]
    checker = ShapeChecker()
    assert checker.check(triples + context, DERIVED_SHAPES).conforms
    broken = [t for t in triples if t[1] != WK.controller]
    assert not checker.check(broken + context, DERIVED_SHAPES).conforms
    g = Graph()
    for t in triples:
        g.add(t)
    assert (None, WK.contested, Literal(False)) in g


def _claim(n: int, speaker: str, published: str, *events: str):
    from graph.incidents import ClaimFact

    return ClaimFact(str(WKI[f"claim/a{n}-1"]), speaker=speaker, article=str(WKI[f"article/a{n}"]),
                     published=published, events=set(events))


def test_claims_about_one_incident_are_first_repeated_corroborated_and_disputed():
    from graph.claim_history import claim_links

    reports = [report(1, "ControlChange", RU, "2023-01-12", "2023-01-12"), report(2, "ControlChange", RU, None, "2023-01-13"),
               report(3, "ControlChange", RU, "2023-01-13", "2023-01-14"),
               report(4, "ControlChange", RU, "2023-01-14", "2023-01-14", modality="Negated")]
    incidents = resolve_incidents(reports)
    ministry, analyst, army = str(WKI["org/ministry"]), str(WKI["org/analyst"]), str(WKI["unit/army"])
    claims = [_claim(1, ministry, "2023-01-12", reports[0].iri), _claim(2, ministry, "2023-01-13", reports[1].iri),
              _claim(3, analyst, "2023-01-14", reports[2].iri), _claim(4, army, "2023-01-14", reports[3].iri)]
    links = {(s.rsplit("/", 1)[-1], p.rsplit("#", 1)[-1], o.rsplit("/", 1)[-1])
             for s, p, o in claim_links(incidents, claims)}
    incident = incidents[0].key
    assert links == {(incident, "firstClaim", "a1-1"), ("a2-1", "repeats", "a1-1"), ("a3-1", "corroborates", "a1-1"),
                     ("a4-1", "disputes", incident)}


def test_a_capture_reversed_within_a_month_is_contradicted_and_one_months_later_is_not():
    from graph.claim_history import claim_links

    soon = resolve_incidents([report(1, "ControlChange", RU, "2023-01-12"), report(2, "ControlChange", UA, "2023-01-30")])
    assert [p for _, p, _ in claim_links(soon, [])] == [WK.contradictedBy]
    late = resolve_incidents([report(1, "ControlChange", RU, "2022-03-02"), report(2, "ControlChange", UA, "2022-09-11")])
    assert list(claim_links(late, [])) == []


# -- a real build --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(shared, tmp_path_factory):
    """The seeds and the sample articles of data/, built into a store in two writes (a store that grows
    must keep the periods right for all its articles) and into a graph file."""
    from graph.pipeline import build

    data = Path(__file__).resolve().parents[1] / "data"
    out = tmp_path_factory.mktemp("timeline")
    build([shared / "corpus" / "seeds"], None, store=out / "store", formats=["ttl"])
    build([data], None, store=out / "store", formats=["ttl"])
    build([shared / "corpus" / "seeds", data], out / "files", formats=["ttl"])
    return out


def _rows(source: Path, place: str):
    from graph.sparql import open_source
    from graph.timeline import control_timeline

    return control_timeline(open_source(source).store, place)


@pytest.mark.model
@pytest.mark.parametrize("where", ["store", "files/graph.ttl"])
def test_kherson_passes_from_russia_to_ukraine_in_november_2022(built, where):
    # "Russian forces withdrew from Kherson"; "Two days later Ukrainian troops entered Kherson"
    rows = _rows(built / where, "Kherson")
    held = [(r.controller, r.start, r.end) for r in rows]
    russian = [h for h in held if h[0] == "Russian Armed Forces"]
    assert russian and russian[-1][2].startswith("2022-11")
    after = held[held.index(russian[-1]) + 1:]
    assert after and after[0][0] == "Armed Forces of Ukraine" and "2022-11" in after[0][1] and after[0][2] == ""
    assert "kherson-withdrawal" in rows[-1].sources


@pytest.mark.model
def test_the_store_keeps_its_derived_graph_right_as_it_grows(built):
    from graph.sparql import bind_params, execute, named_queries, open_source, result_rows

    nq = named_queries()["control-timeline"]
    for where in ("store", "files/graph.ttl"):
        _, rows = result_rows(execute(open_source(built / where), bind_params(nq, nq.text, {"place": "Kherson"})))
        # the Ukrainian period comes from data/ (the second write into the store)
        assert [r[1] for r in rows][-2:] == ["Russian Armed Forces", "Armed Forces of Ukraine"], (where, rows)
        # the withdrawal that ends the Russian period is reported by a seed (first write) and by data/ (second)
        _, reports = result_rows(execute(open_source(built / where), """
            SELECT DISTINCT ?id WHERE { ?period wk:place place:kherson ; wk:controller unit:russian-armed-forces ;
              wk:endedBy/wk:report/prov:wasDerivedFrom/dcterms:identifier ?id } ORDER BY ?id"""))
        assert [r[0] for r in reports] == ["001_52ab77301a4d3da0", "kherson-withdrawal"], where


@pytest.mark.model
@pytest.mark.parametrize("place", ["Balakliia", "Kupiansk"])
def test_balakliia_and_kupiansk_change_hands_in_september_2022(built, place):
    # "Ukrainian forces have ... retaken Kupiansk", "Ukraine retook Balakliia" (the seeds, September 2022)
    rows = _rows(built / "files/graph.ttl", place)
    assert _rows(built / "files/graph.ttl", place.replace("ia", "ya")) == rows  # Kupyansk, Balakliya: spellings
    ukrainian = [r for r in rows if r.controller == "Armed Forces of Ukraine"]
    assert ukrainian and ukrainian[0].start.removeprefix("by ").startswith("2022-09")


@pytest.mark.model
def test_the_claim_history_of_the_readme(built):
    """The worked example of the README: the Izium 'regrouping' across the seeds and data/."""
    from graph.sparql import bind_params, execute, named_queries, open_source, result_rows

    nq = named_queries()["claim-history"]
    _, rows = result_rows(execute(open_source(built / "files/graph.ttl"), bind_params(nq, nq.text, {"phrase": "regroup"})))
    izium = [(r[2], r[3], r[5]) for r in rows if r[0].startswith("incident:withdrawal-izium")]
    assert izium == [("Igor Konashenkov", "first reported", "002_afc491b44fa20631"),
                     ("Igor Konashenkov", "repeats", "kharkiv-counteroffensive"),
                     ("Ministry of Defence of the United Kingdom", "corroborates", "kharkiv-counteroffensive")]


@pytest.mark.model
def test_the_timeline_command_prints_a_table_csv_and_json(built, capsys):
    from graph.cli import main

    for fmt in ("table", "csv", "json"):
        with pytest.raises(SystemExit) as done:
            main_args = ["warkg", "timeline", str(built / "store"), "kherson", "--format", fmt]
            import sys
            old, sys.argv = sys.argv, main_args
            try:
                main()
            finally:
                sys.argv = old
        assert done.value.code in (0, None)
        out = capsys.readouterr().out
        if fmt == "json":
            assert {r["controller"] for r in json.loads(out)} >= {"Russian Armed Forces", "Armed Forces of Ukraine"}
        elif fmt == "csv":
            assert out.splitlines()[0] == "place,controller,from,to,contested,sources"
        else:
            assert "Armed Forces of Ukraine" in out and "(held)" in out


@pytest.mark.model
def test_an_unknown_place_is_a_one_line_error(built, capsys):
    import sys

    from graph.cli import main

    old, sys.argv = sys.argv, ["warkg", "timeline", str(built / "store"), "Atlantis"]
    try:
        with pytest.raises(SystemExit) as done:
            main()
    finally:
        sys.argv = old
    assert done.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Atlantis" in err[0]
