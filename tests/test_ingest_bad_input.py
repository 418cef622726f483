"""Bad input: every kind gets one clear error naming the file (and row), and the rest of the batch goes in."""
from __future__ import annotations

import json

import pytest

from geo.cli import main
from geo.documents.limits import clean_text, parse_size, safe_url
from geo.documents.model import Document
from geo.documents.readers import read_path
from geo.errors import ReadError
from geo.store import open_store

GOOD = "A drone hit a warehouse in the village of Shchetinovka in the Belgorod region on July 21, 2024."


def test_a_batch_of_bad_files_reports_each_and_stores_the_good(tmp_path, store_url, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "huge.txt").write_text(GOOD + " Filler." * 2_000, encoding="utf-8")
    (folder / "latin.md").write_bytes(b"Caf\xe9 \x98\x98 cr\xe8me " * 20)  # neither UTF-8 nor Cyrillic
    (folder / "rows.jsonl").write_text(json.dumps({"text": GOOD.replace("21", "22"), "id": "j1"}) + "\n{oops\n"
                                       + json.dumps({"text": "x" * 5_000}) + "\n", encoding="utf-8")
    (folder / "rows.csv").write_text(f"id,text,published\nc1,\"{GOOD.replace('21', '23')}\",2024-07-23\n"
                                     "c2,,2024-07-23\nc3,Some text,23.07.2024\n", encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><style>body{}</style><script>var drones = 99; alert('x')</script></head><body>"
        f"<p>{GOOD.replace('21', '24')}</p><script>track('Kursk')</script></body></html>", encoding="utf-8")
    (folder / "nul.txt").write_bytes(GOOD.replace("21", "25").encode() + b"\x00\x00 Debris.\x1b[0m")
    (folder / "deep.json").write_text("[" * 100_000, encoding="utf-8")  # issue 18: a RecursionError lost the batch
    (folder / "quote.csv").write_text(f'id,text\nq1,"{GOOD}\nq2,"{GOOD.replace("21", "27")}"\n', encoding="utf-8")
    (folder / "half-emoji.jsonl").write_text('{"text": "' + GOOD.replace("21", "29") + ' \\ud83d"}\n',
                                             encoding="utf-8")
    code = main(["ingest", "--quiet", "--max-bytes", "4k", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    errors = [line.removeprefix("error: ") for line in err.splitlines() if line.startswith("error: ")]
    expected = {
        f"{folder}/binary.txt": "looks like a binary file",
        f"{folder}/empty.txt": "the file is empty",
        f"{folder}/huge.txt": "too large (16,",
        f"{folder}/latin.md": "not UTF-8, Windows-1251 or KOI8-R text",
        f"{folder}/rows.csv line 3": "missing or empty 'text' field",
        f"{folder}/rows.csv line 4": "bad published date '23.07.2024'",
        f"{folder}/deep.json line 1": "invalid JSON (nested too deeply",
        f"{folder}/quote.csv line 2": "broken CSV: a quote opened on this line runs on into line 3",
        f"{folder}/rows.jsonl line 2": "invalid JSON",
        f"{folder}/rows.jsonl line 3": "too large (5,000 bytes; the limit for one document is 4,000 bytes, "
                                       "set by --max-bytes or GEO_MAX_DOC_BYTES)",
    }
    assert sorted(e.split(": ", 1)[0] for e in errors) == sorted(expected)
    for line in errors:
        where, reason = line.split(": ", 1)
        assert reason.startswith(expected[where]), line
    assert [line for line in err.splitlines() if line.startswith("warning: ")] == [
        f"warning: {folder}/half-emoji.jsonl line 1: 1 invalid character (a lone UTF-16 surrogate such as \\ud800, "
        "half of a broken emoji) replaced with U+FFFD"]
    assert out.startswith(f"documents: 7 new, 0 unchanged, {len(expected)} failed")
    with open_store() as store:
        page = store.document(f"{folder}/page.html")
        assert "drones = 99" not in page["text"] and "track(" not in page["text"]
        nul = store.document(f"{folder}/nul.txt")
        assert "\x00" not in nul["text"] and "\x1b" not in nul["text"] and nul["text"].endswith("Debris.[0m")
        assert nul["meta"] == {"characters_removed": 3}
        assert sorted(store.query()["date"]) == [f"2024-07-{d}" for d in (21, 22, 23, 24, 25, 27, 29)]


def test_the_limit_comes_from_the_environment_and_a_bad_value_is_one_line(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(GOOD * 3, encoding="utf-8")
    monkeypatch.setenv("GEO_MAX_DOC_BYTES", "100")
    with pytest.raises(ReadError, match=r"a\.txt: too large \(285 bytes; the limit for one document is 100 bytes"):
        list(read_path(str(tmp_path / "a.txt")))
    assert [d.text for d in read_path(str(tmp_path / "a.txt"), max_bytes=1_000)] == [GOOD * 3]
    monkeypatch.setenv("GEO_MAX_DOC_BYTES", "lots")
    assert main(["ingest", str(tmp_path / "a.txt")]) == 1
    assert capsys.readouterr().err.strip() == \
        "error: GEO_MAX_DOC_BYTES: bad size 'lots' (want bytes, or a number with k, M or G, e.g. 5M)"


def test_a_multi_document_file_has_its_own_limit(tmp_path, monkeypatch):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    monkeypatch.setenv("GEO_MAX_FILE_BYTES", "50")
    with pytest.raises(ReadError, match=r"a\.jsonl: too large .* the limit for a CSV/JSON file is 50 bytes, "
                                        r"set by GEO_MAX_FILE_BYTES"):
        list(read_path(str(tmp_path / "a.jsonl")))


@pytest.mark.parametrize("text, size", [("5000000", 5_000_000), ("5M", 5_000_000), ("5 MB", 5_000_000),
                                        ("800k", 800_000), ("1.5G", 1_500_000_000)])
def test_sizes(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "0", "-5", "5 parsecs", "M"])
def test_bad_sizes(text):
    with pytest.raises(ValueError, match="bad size"):
        parse_size(text)


def test_nul_bytes_in_json_strings_and_utf16_without_bom(tmp_path):
    (tmp_path / "a.json").write_text('{"text": "Two drones\\u0000 were downed.\\u0007"}', encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(GOOD.encode("utf-16-le"))
    (doc,) = read_path(str(tmp_path / "a.json"))
    assert doc.text == "Two drones were downed." and doc.meta == {"characters_removed": 2}
    with pytest.raises(ReadError, match=r"b\.txt: looks like a binary file \(or UTF-16 without a byte-order mark\)"):
        list(read_path(str(tmp_path / "b.txt")))


def test_raw_control_characters_inside_json_strings_are_accepted(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(b'{"text": "Column\tone.\x07 Two."}\n')
    (doc,) = read_path(str(tmp_path / "a.jsonl"))
    assert doc.text == "Column\tone. Two."


def test_endless_punctuation_is_shortened_and_separator_lines_kept():
    separator = "-" * 40
    text, removed = clean_text(f"Title\n{separator}\nBody{'.' * 300_000}\nEnd?!?!" + "?!" * 200)
    assert text == f"Title\n{separator}\nBody{'.' * 100}\nEnd" + "?!" * 50 and removed > 300_000


def test_a_megabyte_line_of_dots_is_ingested_not_stalled(tmp_path, store_url):
    """Unshortened, sentence splitting over 300,000 dots takes many minutes."""
    from geo.ingest import ingest_paths

    (tmp_path / "dots.txt").write_text(GOOD + " " + "." * 300_000 + " " + "x" * 700_000, encoding="utf-8")
    with open_store() as store:
        summary = ingest_paths([str(tmp_path / "dots.txt")], store)
        assert summary.ok and store.count() == 1


def test_an_absurd_figure_or_year_loses_no_document(tmp_path, store_url):
    """A 24-digit count once failed the whole document (SQLite integers stop at 2**63)."""
    from geo.ingest import ingest_paths

    (tmp_path / "absurd.txt").write_text(
        GOOD + "\n\n100000000000000000000000 drones were shot down over the Kursk region. "
        "On July 21, 3025 a drone hit a warehouse in Bryansk.", encoding="utf-8")
    with open_store() as store:
        summary = ingest_paths([str(tmp_path / "absurd.txt")], store)
        assert summary.ok and summary.documents_new == 1 and store.count() >= 1
        rows = store.query()
        assert rows["count"].fillna(0).max() <= 10_000
        assert not rows["date"].fillna("2025").str.startswith("3025").any()


@pytest.mark.parametrize("url, shown", [
    ("https://example.org/news/1?a=b#c", "https://example.org/news/1?a=b#c"),
    ("  HTTP://Example.org  ", "HTTP://Example.org"),
    ("http://127.0.0.1:8501/x", "http://127.0.0.1:8501/x"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)//http://x", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("file:///etc/passwd", None),
    ("//example.org/x", None),
    ("https://example.org/a b", None),
    ("https://evil.example@bank.example/", None),
    ("https://example.org/\x00x", None),
    ('https://example.org/"onmouseover="alert(1)', None),
    ("https://example.org/<script>", None),
    ("https://пример.рф/новости", "https://пример.рф/новости"),
    ("example.org/news", None),
    ("", None),
    (None, None),
    (42, None),
])
def test_only_plain_web_addresses_are_safe_links(url, shown):
    assert safe_url(url) == shown


def test_the_raw_url_is_stored_as_given(tmp_path, store_url):
    (tmp_path / "a.json").write_text(json.dumps({"text": GOOD, "url": "javascript:alert(1)"}), encoding="utf-8")
    with open_store() as store:
        from geo.ingest import ingest_paths

        ingest_paths([str(tmp_path / "a.json")], store)
        assert store.document(str(tmp_path / "a.json"))["url"] == "javascript:alert(1)"


def test_documents_built_in_code_are_not_cleaned_behind_the_callers_back():
    doc = Document("Text\x00with a NUL")
    assert doc.text == "Text\x00with a NUL"  # only the readers clean; a caller's own Document is stored as given
