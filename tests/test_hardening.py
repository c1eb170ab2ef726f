"""Faults and hostile input: every valid article kept, every fault one clear line, no traceback.

Each test names the item of the hardening issue it covers (F1...). Unit tests read through the
library; the CLI tests run the real command in a subprocess.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT
from graph.corpus import read_articles

SEPARATORS = ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]


def read_all(paths, **options):
    errors = []
    articles = list(read_articles(paths, on_error=errors.append, **options))
    return articles, errors


def warkg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


def test_f1_json_lines_split_only_at_line_feeds(tmp_path):
    rows = [{"id": f"r{i}", "text": f"Troops withdrew{sep}from the town on Friday.", "title": f"T{sep}itle"}
            for i, sep in enumerate(SEPARATORS)]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                                      encoding="utf-8")
    articles, errors = read_all([tmp_path / "a.jsonl"])
    assert errors == []
    assert [a.id for a in articles] == [f"r{i}" for i in range(len(SEPARATORS))]
    assert [a.source.rsplit(":", 1)[1] for a in articles] == [str(i + 1) for i in range(len(SEPARATORS))]
    # a manifest row keeps its date and title the same way
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "x.txt").write_text("Troops withdrew from the town on Friday.")
    (tmp_path / "m" / "metadata.jsonl").write_text(
        json.dumps({"file": "x.txt", "title": "A\u2028title", "published": "2022-11-11"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    [article], errors = read_all([tmp_path / "m"])
    assert errors == [] and article.published == "2022-11-11" and article.title == "A title"


def test_f2_lone_surrogates_become_replacement_characters(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "s\\ud800", "text": "Troops withdrew \\udc00 from the town.", '
                                      '"publisher": "Pub \\ud800", "url": "https://x.org/\\ud800"}\n')
    [article], errors = read_all([tmp_path / "a.jsonl"])
    assert errors == []
    for value in (article.id, article.text, article.publisher, article.url, article.key):
        value.encode("utf-8")  # raises on a lone surrogate
    assert "\ufffd" in article.publisher


def test_f3_file_names_that_are_not_utf8(tmp_path):
    name = os.fsdecode(b"bad\xff.txt")
    (tmp_path / name).write_text("Troops withdrew from the town on Friday.")
    [article], errors = read_all([tmp_path])
    assert errors == []
    article.id.encode("utf-8") and article.source.encode("utf-8")
    assert article.id == "bad\ufffd"


def test_f5_control_characters_are_spaces_and_offsets_stay(tmp_path):
    text = "Troops\x01 withdrew\x0b from\x1f the town.\n"
    (tmp_path / "c.txt").write_text(text)
    [article], _ = read_all([tmp_path / "c.txt"])
    assert article.text == "Troops  withdrew  from  the town.\n" and len(article.text) == len(text)


def test_f9_a_bad_manifest_date_keeps_the_article(tmp_path):
    (tmp_path / "x.txt").write_text("Troops withdrew from the town on Friday.")
    (tmp_path / "metadata.jsonl").write_text('{"file": "x.txt", "published": "last Tuesday", "title": "T"}\n')
    [article], errors = read_all([tmp_path])
    assert article.published is None and article.id == "x"
    assert len(errors) == 1 and "not a date" in str(errors[0]) and "kept without a date" in str(errors[0])


def test_f16_deep_folders_and_linked_folders(tmp_path):
    deep = tmp_path / "deep"
    path = deep
    for _ in range(300):  # deeper than a recursive walk of 1,000 would need per path is slow to make here;
        path = path / "d"  # the walk keeps its own stack, so depth is no limit (see _expand)
    path.mkdir(parents=True)
    (path / "bottom.txt").write_text("Troops withdrew from the town on Friday.")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "linked.txt").write_text("Shelling hit the city overnight, officials said.")
    (deep / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "elsewhere" / "loop").symlink_to(deep, target_is_directory=True)  # a cycle
    articles, errors = read_all([deep])
    assert sorted(a.id for a in articles) == ["bottom", "linked"] and errors == []


def test_f16_a_folder_deeper_than_python_recursion(tmp_path, monkeypatch):
    import sys as _sys

    limit = 200
    monkeypatch.setattr(_sys, "getrecursionlimit", lambda: limit)
    path = tmp_path
    for _ in range(limit + 50):
        path = path / "d"
    old = _sys.getrecursionlimit()
    path.mkdir(parents=True)
    (path / "x.txt").write_text("Troops withdrew from the town on Friday.")
    _sys.setrecursionlimit(limit + 20)  # os.walk recursion would fail here; the explicit stack does not
    try:
        articles, errors = read_all([tmp_path])
    finally:
        _sys.setrecursionlimit(old)
    assert [a.id for a in articles] == ["x"]


def test_f17_json_fields_of_the_wrong_type_are_reported_not_stored(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": 17, "text": "Troops withdrew from the town.",
                                                  "title": ["list", "id"], "publisher": True}) + "\n"
                                      + json.dumps({"id": ["x"], "text": "Shelling hit the city."}) + "\n")
    [article], errors = read_all([tmp_path / "a.jsonl"])
    assert article.id == "17" and article.title is None and article.publisher is None
    messages = sorted(str(e) for e in errors)
    assert any('"title" should be text, not list' in m for m in messages)
    assert any('"publisher" should be text, not bool' in m for m in messages)
    assert any(':2: each line needs an "id"' in m for m in messages)


def test_f18_duplicate_and_orphan_manifest_entries_are_reported(tmp_path):
    (tmp_path / "x.txt").write_text("Troops withdrew from the town on Friday.")
    (tmp_path / "metadata.jsonl").write_text('{"file": "x.txt", "title": "First"}\n{"file": "x.txt", "title": "Second"}\n'
                                             '{"file": "gone.txt", "title": "Gone"}\n')
    [article], errors = read_all([tmp_path])
    messages = [str(e) for e in errors]
    assert any("describes 'x.txt' again (line 1 did)" in m for m in messages)
    assert any("describes 'gone.txt', which is not in this folder" in m for m in messages)


def test_f23_utf16_with_a_byte_order_mark(tmp_path):
    text = "Troops withdrew from the town on Friday, officials said."
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16"))  # BOM + little-endian
    (tmp_path / "be.txt").write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    articles, errors = read_all([tmp_path])
    assert errors == [] and [a.text for a in articles] == [text, text]


def test_fuzz_generated_texts_and_rows_keep_every_valid_row(tmp_path):
    """A few hundred generated texts and JSONL rows with separators, controls, surrogates, BOMs and odd
    types: no crash, every valid row kept, every text encodable."""
    rng = random.Random(7)
    alphabet = list("abc xyz.,'\"\\/") + SEPARATORS + ["\x00", "\x01", "\x7f", "\ud800", "\udfff", "\ufeff", "é", "\u0411"]
    rows, valid = [], 0
    for i in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        row = {"id": f"f{i}", "text": "Troops withdrew. " + text}
        if i % 7 == 0:
            row["title"] = rng.choice([text, 5, None, ["x"], {"a": 1}])
        if i % 11 == 0:
            row["published"] = rng.choice(["2022-02-30", "soon", 20220101, "2022-11-11T08:00:00Z"])
        line = json.dumps(row, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
        try:
            line.decode("utf-8")  # a raw lone surrogate is not UTF-8: that line alone is refused
            valid += 1
        except UnicodeDecodeError:
            pass
        rows.append(line)
    for i in range(40):  # lines that are not articles
        rows.append(rng.choice([b"{not json", b"[]", b'{"id": ""}', b'{"text": "no id"}']))
    rng.shuffle(rows)
    (tmp_path / "fuzz.jsonl").write_bytes(b"\n".join(rows) + b"\n")
    articles, errors = read_all([tmp_path / "fuzz.jsonl"], keep_other_languages=True)
    assert len(articles) == valid
    for article in articles:
        article.text.encode("utf-8")
        assert "\x00" not in article.text and "\ud800" not in article.text
    assert all("\n" not in str(e) for e in errors)
