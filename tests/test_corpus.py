"""Reading input files and folders into Article records, and what happens to bad input."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import FIXTURES
from graph.corpus import OtherLanguage, count_articles, name_date, normalize_date, read_articles, split_title
from graph.language import other_language
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


def test_same_file_name_in_two_folders_is_two_articles(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("Troops withdrew from the town on Friday.")
    (tmp_path / "b" / "same.txt").write_text("Shelling hit the city overnight, officials said.")
    (tmp_path / "b" / "same.md").write_text("A third report about the front line.")
    articles, errors = read_all([tmp_path])
    assert errors == []
    assert [a.id for a in articles] == ["same", "same", "same"]  # dcterms:identifier stays the file stem
    assert len({a.key for a in articles}) == 3


def test_the_same_file_given_twice_is_read_once(tmp_path):
    (tmp_path / "same.txt").write_text("Troops withdrew from the town on Friday.")
    articles, errors = read_all([tmp_path / "same.txt", tmp_path])
    assert len(articles) == 1
    assert "the same article as" in str(errors[0])


def test_other_file_types_are_skipped_with_a_warning_or_refused_when_strict(tmp_path):
    shutil.copy(CORPUS / "alpha.txt", tmp_path / "alpha.txt")
    (tmp_path / "graph.ttl").write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not really a document")
    articles, errors = read_all([tmp_path, tmp_path / "graph.ttl"])
    assert [a.id for a in articles] == ["alpha"]
    skipped = sorted(str(e) for e in errors)
    assert len(skipped) == 3 and all("not an article file" in m for m in skipped)
    assert any("notes.docx" in m for m in skipped)
    with pytest.raises(WarkgError, match="graph.ttl: not an article file"):
        list(read_articles([tmp_path / "graph.ttl"], strict=True))
    with pytest.raises(WarkgError, match="not an article file"):
        count_articles([tmp_path], strict=True)


LANGUAGES = {
    "fr": "Les troupes se sont retirées de la ville vendredi, a annoncé le ministère de la Défense. "
          "Le gouvernement a salué une étape importante, mais les combats continuent plus au sud.",
    "uk": "Війська відійшли з міста в п'ятницю, повідомило міністерство оборони. Уряд назвав це "
          "важливим кроком, але бої тривають далі на південь.",
    "de": "Die Truppen haben sich am Freitag aus der Stadt zurückgezogen, teilte das Verteidigungsministerium "
          "mit. Die Regierung sprach von einem wichtigen Schritt, doch die Kämpfe gehen weiter.",
}


def test_articles_in_other_languages_are_skipped_unless_kept(tmp_path):
    shutil.copy(CORPUS / "alpha.txt", tmp_path / "alpha.txt")
    for code, text in LANGUAGES.items():
        (tmp_path / f"{code}.txt").write_text(text, encoding="utf-8")
    articles, errors = read_all([tmp_path])
    assert [a.id for a in articles] == ["alpha"]
    assert sorted(str(e).split(": ")[0].rsplit("/", 1)[-1] for e in errors) == ["de.txt", "fr.txt", "uk.txt"]
    assert all(isinstance(e, OtherLanguage) and "not English" in str(e) for e in errors)
    kept = list(read_articles([tmp_path], keep_other_languages=True))
    assert len(kept) == 4


def test_english_with_many_foreign_names_is_english():
    text = ("Ukrainian forces recaptured Kupiansk and Balakliia, Oleksandr Syrskyi said, while Russian troops "
            "fell back towards Svatove and Kreminna in the Luhansk region.")
    assert other_language(text) is None
    assert other_language("Bakhmut Soledar Avdiivka") is None  # a few names: not sure, so kept


def _minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Helvetica, no compression)."""
    ops = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        f"<< /Length {len(ops)} >>\nstream\n{ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_pdf_text_layer_is_read(tmp_path):
    (tmp_path / "report.pdf").write_bytes(_minimal_pdf(["Troops leave the city", "",
                                                        "Russian forces withdrew from the city on Friday."]))
    [article], errors = read_all([tmp_path])
    assert errors == []
    assert article.id == "report" and "withdrew from the city" in article.text


def test_pdf_without_text_or_broken_is_reported(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(_minimal_pdf([]))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    (tmp_path / "ok.txt").write_text("Troops withdrew from the town on Friday.")
    articles, errors = read_all([tmp_path])
    assert [a.id for a in articles] == ["ok"]
    messages = sorted(str(e) for e in errors)
    assert "broken.pdf: not a readable PDF" in messages[0] and "scan.pdf: no text in this PDF" in messages[1]


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


@pytest.mark.parametrize("name, date", [
    ("20220918T083000Z_kherson.txt", "2022-09-18"),
    ("20231121T1400Z_sahel.txt", "2023-11-21"),
    ("2023-11-14-kidal.html", "2023-11-14"),
    ("20231121", "2023-11-21"),
    ("20231341T0000Z_x.txt", None),  # no such day
    ("202311211400.txt", None),  # twelve digits: a number, not a date
    ("EN_UA_300023.txt", None),
    ("1999 report.txt", None),
])
def test_a_file_name_that_starts_with_a_timestamp_dates_the_article(name, date):
    assert name_date(name) == date


def test_a_timestamped_file_is_dated_unless_the_manifest_says_otherwise(tmp_path):
    # (the manifest, then the file name, then the dateline the text opens with)
    text = "Kherson\n\nKHERSON, November 9, 2022 - Russian forces withdrew from Kherson.\n"
    (tmp_path / "20221111T083000Z_kherson.txt").write_text(text)
    (tmp_path / "20221112T090000Z_other.txt").write_text(text)
    (tmp_path / "plain.txt").write_text(text)
    (tmp_path / "metadata.jsonl").write_text('{"file": "20221112T090000Z_other.txt", "published": "2022-11-10"}\n')
    articles, errors = read_all([tmp_path])
    assert errors == []
    assert {a.id: a.published for a in articles} == {"20221111T083000Z_kherson": "2022-11-11",
                                                     "20221112T090000Z_other": "2022-11-10", "plain": "2022-11-09"}


@pytest.mark.parametrize("header, date", [
    ("VELMORA, March 4, 2024 - Troops withdrew from the town.", "2024-03-04"),
    ("KESTROVA, Velmoria, Sept. 3, 2025 (AP) — Troops withdrew.", "2025-09-03"),
    ("KESTROVA, Democratic Republic of Velmoria, Jan. 27, 2025 (AP) — Troops withdrew.", "2025-01-27"),
    ("By Staff Reporter\n\nMay 13, 2025 - Fighters attacked the town.", "2025-05-13"),
    ("12 June 2023\n\nTroops withdrew from the town.", "2023-06-12"),
    ("Updated 14:05 GMT, 3 September 2025\n\n14:05 GMT\nTroops withdrew.", "2025-09-03"),
    ("Published: Wed 3 Sep 2025 10.12 BST\n\nTroops withdrew.", "2025-09-03"),
    ("2024-03-05\n\nTroops withdrew.", "2024-03-05"),
    # a date inside the body's first sentence is an event's; a dateline without a year dates nothing
    ("Ten years ago, on 17 July 2014, the town fell.", None),
    ("VELMORA, May 7 (Reuters) - Troops withdrew.", None),
    ("February 30, 2024\n\nTroops withdrew.", None),
    ("Troops withdrew.\n\nThe army said so.\n\nIt was quiet.\n\nMarch 4, 2024", None),  # too far down
])
def test_a_text_without_a_date_is_dated_by_the_dateline_or_date_line_at_its_top(tmp_path, header, date):
    (tmp_path / "report.txt").write_text(f"Troops leave Velmora\n\n{header}\n")
    articles, errors = read_all([tmp_path / "report.txt"])
    assert errors == [] and [a.published for a in articles] == [date]


@pytest.mark.parametrize("title, date", [
    ("Velmora Campaign Assessment, March 5, 2025", "2025-03-05"),
    ("War in Velmoria: 3 September 2025", "2025-09-03"),
    ("Troops entered Velmora on February 24, 2022", None),  # a date the title's sentence tells of
])
def test_a_title_that_ends_with_its_date_dates_the_article(tmp_path, title, date):
    (tmp_path / "report.txt").write_text(f"{title}\n\nKey points:\n\nTroops withdrew from the town.\n")
    articles, errors = read_all([tmp_path / "report.txt"])
    assert errors == [] and [a.published for a in articles] == [date]


def test_jsonl_dates_from_the_fields_news_exports_use(tmp_path):
    rows = [{"id": "a", "text": "Text.", "date": "2024-03-12T08:00:00Z"},
            {"id": "b", "text": "Text.", "pubDate": "Tue, 14 Nov 2023 10:00:00 GMT"},
            {"id": "20240101T000000Z_c", "text": "Text."},
            {"id": "d", "text": "Text.", "published": "2022-01-01", "date": "2021-01-01"}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    articles, errors = read_all([tmp_path / "a.jsonl"])
    assert errors == []
    assert [a.published for a in articles] == ["2024-03-12", "2023-11-14", "2024-01-01", "2022-01-01"]
