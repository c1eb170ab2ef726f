"""Users' own gazetteers: rows checked with errors naming file and line, merged with the built-in
one, given on the command line or in a warkg.toml config file."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from graph.config import ConfigError, find_config, read_config
from graph.gazetteer import load_gazetteer, use_user_gazetteers
from graph.user_gazetteer import GazetteerFileError, read_user_gazetteer
from test_cli import warkg

GOOD = """# actors and places of the Darfur front, kept by the desk
name,kind,aliases,country,lat,lon,feature,part_of,wikidata
Wad Kheir,Place,Wad Khair,SD,13.61,25.35,village,,
Abu Tira Brigade,MilitaryUnit,Abu Tira,SD,,,,Rapid Support Forces,
Tira Legion,MilitaryUnit,,SD,,,,Abu Tira Brigade,
El Fasher,Place,Al-Fasher Town,SD,13.63,25.35,city,,
"""

ARTICLE = ("Fighting in Sudan\n\nThe Rapid Support Forces captured Wad Kheir on Sunday, the Sudanese army said. "
           "The Abu Tira Brigade later withdrew from Wad Khair.\n")


@pytest.fixture
def user_rows():
    """Leaves the process-wide gazetteer as it found it."""
    yield
    use_user_gazetteers([])


def write(tmp_path, text, name="mine.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, line, problem", [
    ("name,kind,colour\nX,Place,red\n", 1, "unknown column 'colour'"),
    ("kind,aliases\nPlace,X\n", 1, "no 'name' column"),
    ("name,kind\nSomewhere,Town\n", 2, "kind 'Town' is not one of"),
    ("name,kind,lat,lon\nSomewhere,Place,,\n", 2, "a Place needs lat and lon"),
    ("name,kind,lat,lon\nSomewhere,Place,91,10\n", 2, "lat 91 is outside -90..90"),
    ("name,kind,lat,lon\n# a note\nSomewhere,Place,north,10\n", 3, "lat 'north' is not a number"),
    ("name,kind,country\nSomebody,Person,Sudan\n", 2, "country 'Sudan' is not an ISO 3166 alpha-2 code"),
    ("name,kind,lat,lon\nSomebody,Person,1,2\n", 2, "only a Place has lat, lon and feature"),
    ("name,kind,wikidata\nSomebody,Person,1234\n", 2, "wikidata '1234' is not a Wikidata id"),
    ("name,kind\nSomebody,Person\nsomebody,Person\n", 3, "already a row of this file (" ),
    ("name,kind\nSomebody,Person,extra\n", 2, "3 cells for 2 columns"),
])
def test_a_bad_row_is_named_by_file_and_line(tmp_path, text, line, problem):
    path = write(tmp_path, text)
    with pytest.raises(GazetteerFileError) as err:
        read_user_gazetteer(path, {"SD", "UA"})
    assert str(err.value).startswith(f"{path}:{line}: ") and problem in str(err.value)


def test_a_tab_separated_file_and_a_file_that_is_not_text(tmp_path):
    rows = read_user_gazetteer(write(tmp_path, "name\tkind\taliases\nJane Roe\tPerson\tRoe|J. Roe\n", "p.tsv"), set())
    assert [(r.name, r.kind, r.aliases) for r in rows] == [("Jane Roe", "Person", ("Roe", "J. Roe"))]
    path = tmp_path / "binary.csv"
    path.write_bytes(b"\xff\xfe\x00name")
    with pytest.raises(GazetteerFileError, match="not UTF-8"):
        read_user_gazetteer(path, set())


def test_rows_join_the_gazetteer_new_or_merged(tmp_path, user_rows):
    assert use_user_gazetteers([write(tmp_path, GOOD)]) == 4
    gaz = load_gazetteer()
    [village] = gaz.lookup("Wad Khair")
    assert (village.label, village.kind, village.country, village.lat, village.lon) == ("Wad Kheir", "Place", "SD", 13.61, 25.35)
    [brigade] = gaz.lookup("Abu Tira")
    assert [gaz.entries[p].label for p in brigade.part_of] == ["Rapid Support Forces"]  # a built-in actor
    [legion] = gaz.lookup("Tira Legion")
    assert legion.part_of == (brigade.gid,)  # another row
    # El Fasher is in GeoNames: the row adds its alias and coordinates to that entry, no second one
    fasher = [e for e in gaz.lookup("El Fasher") if e.kind == "Place"]
    assert len(fasher) == 1 and fasher[0].gid.startswith("geonames:") and "Al-Fasher Town" in fasher[0].aliases
    assert (fasher[0].lat, fasher[0].lon) == (13.63, 25.35)
    use_user_gazetteers([])
    assert load_gazetteer().lookup("Wad Khair") == []


def test_an_unknown_parent_is_an_error_and_changes_nothing(tmp_path, user_rows):
    path = write(tmp_path, "name,kind,part_of\nNorth Wing,MilitaryUnit,Nobody Knows Corps\n")
    with pytest.raises(GazetteerFileError, match=r"mine.csv:2: part_of 'Nobody Knows Corps' names no row"):
        use_user_gazetteers([path])
    assert load_gazetteer().lookup("North Wing") == []


def test_a_parent_from_a_gazetteer_no_longer_in_use_is_unknown(tmp_path, user_rows):
    use_user_gazetteers([write(tmp_path, "name,kind\nNorth Corps,MilitaryUnit\n", "first.csv")])
    second = write(tmp_path, "name,kind,part_of\nNorth Wing,MilitaryUnit,North Corps\n", "second.csv")
    with pytest.raises(GazetteerFileError, match=r"second.csv:2: part_of 'North Corps' names no row"):
        use_user_gazetteers([second])


def test_config_files(tmp_path):
    (tmp_path / "desk").mkdir()
    path = write(tmp_path / "desk", 'gazetteers = ["sd.csv"]\n', "warkg.toml")
    assert read_config(path).gazetteers == (tmp_path / "desk" / "sd.csv",)  # relative to the file
    assert find_config(folder=tmp_path / "desk").path == path  # warkg.toml of the folder
    assert find_config(folder=tmp_path).gazetteers == ()
    for text, problem in [('gazetteer = ["a.csv"]\n', "unknown setting 'gazetteer'"),
                          ('gazetteers = "a.csv"\n', "must be a list"), ("gazetteers = [\n", "not valid TOML")]:
        with pytest.raises(ConfigError, match=problem):
            read_config(write(tmp_path, text, "bad.toml"))


@pytest.mark.model
def test_build_with_a_gazetteer_from_the_command_line_and_from_warkg_toml(tmp_path):
    write(tmp_path, GOOD, "darfur.csv")
    (tmp_path / "articles").mkdir()
    write(tmp_path / "articles", ARTICLE, "a1.txt")
    proc = warkg("build", "articles", "--out", "out1", "--no-html", "--gazetteer", "darfur.csv", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "using 4 row(s) of user gazetteers" in proc.stderr
    graph = Graph().parse(tmp_path / "out1" / "graph.ttl")
    village = graph.value(predicate=RDFS.label, object=Literal("Wad Kheir"))
    assert isinstance(village, URIRef)
    assert float(graph.value(village, URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat"))) == 13.61
    write(tmp_path, 'gazetteers = ["darfur.csv"]\n', "warkg.toml")
    proc = warkg("build", "articles", "--out", "out2", "--no-html", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out1" / "graph.ttl").read_bytes() == (tmp_path / "out2" / "graph.ttl").read_bytes()
    # a bad row: one line naming file and line, status 2, and the earlier output untouched
    before = (tmp_path / "out1" / "graph.ttl").read_bytes()
    write(tmp_path, "name,kind\nSomewhere,Hamlet\n", "bad.csv")
    proc = warkg("build", "articles", "--out", "out1", "-g", "bad.csv", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.strip().splitlines() == [
        "error: bad.csv:2: kind 'Hamlet' is not one of Person, Organization, MilitaryUnit, Place"]
    assert (tmp_path / "out1" / "graph.ttl").read_bytes() == before


def test_no_user_gazetteer_loads_nothing_early():
    # builds load the gazetteer in the background beside the model: settings without gazetteers must
    # not load it in the foreground first (that cost a build several seconds)
    import subprocess
    import sys

    code = ("from graph.config import Config, apply_settings; from graph.gazetteer import load_gazetteer; "
            "apply_settings(Config()); print(load_gazetteer.cache_info().currsize)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "0", proc.stderr
