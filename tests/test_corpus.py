"""Reading input files and folders into Article records, and what happens to bad input."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import FIXTURES
from graph.corpus import normalize_date, read_articles, split_title
from graph.errors import InputError, WarkgError

CORPUS = FIXTURES / "corpus"


def read_all(paths):
    errors = []
    articles = list(read_articles(paths, on_error=errors.append))
    return articles, errors


def test_folder_reads_every_format_with_manifest_metadata():
    articles, errors = read_all([CORPUS])
    assert errors == []
    by_id = {a.id: a for a in articles}
    assert set(by_id) == {"alpha", "beta", "gamma-1", "gamma-2"}
    alpha = by_id["alpha"]
    assert alpha.title == "Ukrainian troops push back Russian forces near Kupiansk"
    assert alpha.published == "2023-03-03"
    assert alpha.publisher == "Test Wire"
    assert alpha.url == "https://example.org/alpha"
    assert alpha.text.startswith("Ukrainian troops push back")  # the text is the file, title included
    # the file's own title line wins over the manifest; the date-time is cut to a date
    assert by_id["beta"].title == "Shelling hits Kharkiv overnight"
    assert by_id["beta"].published == "2023-03-04"
    assert by_id["gamma-1"].title == "Talks in Istanbul"
    assert by_id["gamma-1"].text.startswith("Talks in Istanbul\n\nRussian and Ukrainian")
    assert by_id["gamma-2"].title is None and by_id["gamma-2"].published is None


def test_offsets_are_file_offsets(tmp_path):
    text = "A headline\n\nFirst paragraph.\r\nSecond paragraph.\n"
    (tmp_path / "x.txt").write_bytes(text.encode())
    [article], _ = read_all([tmp_path / "x.txt"])
    assert article.text == text.replace("\r\n", "\n")
    assert article.text.index("First") == 12


def test_html_main_text_and_metadata_by_trafilatura():
    [article], errors = read_all([FIXTURES / "page.html"])
    assert errors == []
    assert article.id == "page"
    assert article.title == "Kyiv says drones downed"
    assert article.published == "2023-06-01"
    assert article.publisher == "Test Wire"
    assert "shot down most of the drones" in article.text
    assert "Subscribe now" not in article.text and "Copyright" not in article.text


@pytest.mark.parametrize("text,title", [
    ("Title line\n\nBody.", "Title line"),
    ("# Markdown title\n\nBody.", "Markdown title"),
    ("A first paragraph that ends like a sentence.\n\nBody.", None),
    ("No blank line after\nthe first line.", None),
    ("Only one line\n", None),
])
def test_title_is_a_short_first_line_before_a_blank_line(text, title):
    assert split_title(text)[0] == title


def test_dates():
    assert normalize_date("2022-11-10T08:00:00Z") == "2022-11-10"
    assert normalize_date("10 November 2022") == "2022-11-10"
    assert normalize_date(None) is None
    with pytest.raises(InputError, match="not a date"):
        normalize_date("last Tuesday", "m.jsonl")


def test_missing_path_is_fatal(tmp_path):
    with pytest.raises(WarkgError, match="no such file or folder"):
        list(read_articles([tmp_path / "nope"]))


def test_empty_folder_is_fatal(tmp_path):
    with pytest.raises(WarkgError, match="no article files"):
        list(read_articles([tmp_path]))


def test_bad_files_are_reported_and_skipped(tmp_path):
    shutil.copy(CORPUS / "alpha.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "latin1.txt").write_bytes("Kyiv caf\xe9".encode("latin-1"))
    (tmp_path / "broken.jsonl").write_text('{"id": "ok", "text": "Fine text."}\n{not json\n{"id": "x"}\n')
    articles, errors = read_all([tmp_path])
    assert sorted(a.id for a in articles) == ["good", "ok"]
    messages = [str(e) for e in errors]
    assert any("empty.txt: empty file" in m for m in messages)
    assert any("binary.txt: binary file" in m for m in messages)
    assert any("latin1.txt: not UTF-8" in m for m in messages)
    assert any("broken.jsonl:2: not valid JSON" in m for m in messages)
    assert any('broken.jsonl:3: each line needs an "id"' in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_unreadable_manifest_line_is_reported(tmp_path):
    shutil.copy(CORPUS / "alpha.txt", tmp_path / "alpha.txt")
    (tmp_path / "metadata.jsonl").write_text('{"file": "alpha.txt", "published": "2023-01-02"}\nnot json\n')
    articles, errors = read_all([tmp_path])
    assert [a.published for a in articles] == ["2023-01-02"]
    assert len(errors) == 1 and "metadata.jsonl" in str(errors[0]) and "line 2" in str(errors[0])


def test_duplicate_ids_keep_the_first(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("First copy.")
    (tmp_path / "b" / "same.txt").write_text("Second copy.")
    articles, errors = read_all([tmp_path])
    assert [a.text for a in articles] == ["First copy."]
    assert "duplicate article id 'same'" in str(errors[0])


def test_documentation_files_in_folders_are_not_articles(tmp_path):
    shutil.copy(CORPUS / "alpha.txt", tmp_path / "alpha.txt")
    (tmp_path / "README.md").write_text("# About this folder\n\nNotes.")
    (tmp_path / "SOURCE.md").write_text("Where the files came from.")
    articles, _ = read_all([tmp_path])
    assert [a.id for a in articles] == ["alpha"]
    # named explicitly, it is read
    articles, _ = read_all([tmp_path / "README.md"])
    assert [a.id for a in articles] == ["README"]


def test_jsonl_line_with_bad_date_keeps_the_article(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": "Text.", "published": "soon"}) + "\n")
    articles, errors = read_all([tmp_path / "a.jsonl"])
    assert [a.published for a in articles] == [None]
    assert "not a date" in str(errors[0])
