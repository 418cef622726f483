"""Ingestion end to end: the seeds, idempotence, order independence, bad input, the CLI."""
from __future__ import annotations

import html
import shutil

import pytest

import geo.pipeline
from geo.cli import main
from geo.documents.model import Document
from geo.errors import ReadError
from geo.ingest import IngestSummary, ingest_documents, ingest_paths
from geo.store import open_store
from support.store_contents import contents

#: Every test here runs on SQLite and on PostgreSQL (GEO_DB names the test's store).
pytestmark = pytest.mark.usefixtures("store_url")


def test_both_seeds_give_each_incident_once_with_two_sources(seed_paths):
    store = open_store()
    first = ingest_paths([str(seed_paths[0])], store)
    alone = store.count()
    second = ingest_paths([str(seed_paths[1])], store)
    frame = store.query()
    assert alone > 0 and first.incidents_new == alone
    assert (second.documents_new, second.incidents_new) == (1, 0)
    assert second.incidents_merged == alone == len(frame)
    assert frame["n_sources"].tolist() == [2] * len(frame)
    for incident_id in frame["id"]:
        sources = store.incident(int(incident_id))["sources"]
        assert [s["document"] for s in sources] == [str(p) for p in seed_paths]
        assert all(s["evidence"] and s["evidence"] in s["text"] for s in sources)


def test_ingesting_the_seeds_in_either_order_gives_the_same_store(seed_paths, new_store_url):
    results = []
    for name, order in (("ab.db", seed_paths), ("ba.db", seed_paths[::-1])):
        with open_store(new_store_url(name.removesuffix(".db"))) as store:
            for path in order:
                ingest_paths([str(path)], store)
            results.append(contents(store))
    assert results[0] == results[1] and len(results[0]) > 0


def test_reingesting_changes_nothing_and_says_so(seed_paths, capsys):
    args = ["ingest", "--quiet", *map(str, seed_paths)]
    assert main(args) == 0
    first = capsys.readouterr().out
    with open_store() as store:
        before = contents(store)
    assert main(args) == 0
    second = capsys.readouterr().out
    assert first.startswith("documents: 2 new, 0 unchanged, 0 failed; incidents: ")
    assert second.startswith("documents: 0 new, 2 unchanged, 0 failed; incidents: 0 new, 0 merged")
    assert "nothing changed" in second
    with open_store() as store:
        assert contents(store) == before


def test_the_same_article_as_html_merges_with_the_text_file(seed_paths, tmp_path):
    text = seed_paths[0].read_text(encoding="utf-8")
    title, body = text.split("\n", 1)
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>{html.escape(title)}</title><script>var n = 12;</script></head><body>"
                    + "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
                    + "<p>Reporting by the news desk.</p><footer>Subscribe</footer></body></html>",
                    encoding="utf-8")
    with open_store() as store:
        ingest_paths([str(seed_paths[0])], store)
        n = store.count()
        summary = ingest_paths([str(page)], store)
        assert summary.documents_new == 1 and summary.incidents_new == 0 and store.count() == n
        stored = store.document(str(page))
        assert stored["title"] == title and "var n" not in stored["text"] and "Subscribe" not in stored["text"]
        assert set(store.query()["n_sources"]) == {2}


def test_bad_files_are_reported_by_name_and_the_rest_go_on(seed_paths, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed_paths[0], folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.md").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "rows.jsonl").write_text('{"text": "nothing about drones here"}\n{broken\n', encoding="utf-8")
    (folder / "rows.csv").write_text("title,text\nEmpty,\n", encoding="utf-8")
    code = main(["ingest", "--quiet", str(folder), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.startswith("documents: 2 new, 0 unchanged, 5 failed")
    errors = err.splitlines()
    for expected in (f"{folder}/empty.txt: the file is empty", f"{folder}/binary.md: looks like a binary file",
                     f"{folder}/rows.jsonl line 2: invalid JSON", f"{folder}/rows.csv line 2: missing or empty",
                     f"{tmp_path}/missing.txt: no such file"):
        assert any(line.startswith("error: " + expected) for line in errors), (expected, errors)
    assert len(errors) == 5 and "Traceback" not in err
    with open_store() as store:
        assert store.document(f"{folder}/good.txt") is not None and store.count() > 0


def test_an_extraction_failure_loses_only_that_document(seed_paths, monkeypatch):
    real = geo.pipeline.process

    def fragile(doc, geocoder=None, today=None):
        if doc.id == "bad":
            raise RuntimeError("extractor blew up")
        return real(doc, geocoder, today=today)

    monkeypatch.setattr(geo.pipeline, "process", fragile)
    docs = [Document("A drone hit a house.", id="bad"), ReadError("x.csv line 3: broken CSV"),
            Document(seed_paths[0].read_text(encoding="utf-8"), id="seed")]
    seen = []
    with open_store() as store:
        summary = ingest_documents(docs, store, progress=lambda done, total, label: seen.append((done, total)))
        assert store.document("bad") is None and store.document("seed") is not None
    assert (summary.documents_new, summary.documents_failed) == (1, 2)
    assert summary.errors == ["bad: extraction failed (RuntimeError: extractor blew up)",
                              "x.csv line 3: broken CSV"]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_an_incident_that_breaks_the_schema_is_left_out_with_a_warning(monkeypatch):
    from geo.record import Incident

    def sloppy(doc, geocoder=None, today=None):
        return [Incident("strike", region="RU-BEL", country="RU", evidence="A drone hit a barn."),
                Incident("strike", region="RU-KRS", country="RU", evidence="", count=-2)]

    monkeypatch.setattr(geo.pipeline, "process", sloppy)
    with open_store() as store:
        summary = ingest_documents([Document("A drone hit a barn.", id="d")], store)
        assert store.query()["region"].tolist() == ["RU-BEL"]
    assert summary.ok and summary.documents_new == 1 and summary.incidents_new == 1
    assert len(summary.warnings) == 1 and summary.warnings[0].startswith("d: an incident was left out (count must")


def test_an_empty_folder_is_an_error(tmp_path, capsys):
    (tmp_path / "nothing").mkdir()
    assert main(["ingest", str(tmp_path / "nothing")]) == 1
    assert "no documents found" in capsys.readouterr().err


def test_summary_line():
    s = IngestSummary(documents_new=3, documents_unchanged=1, documents_failed=0, incidents_new=5,
                      incidents_merged=2)
    assert s.describe() == "documents: 3 new, 1 unchanged, 0 failed; incidents: 5 new, 2 merged"
    assert s.ok and not IngestSummary(documents_failed=1).ok


@pytest.mark.parametrize("given, text, expected", [
    (None, "Над Белгородской областью ночью сбиты три беспилотника, сообщило Минобороны.", "ru"),
    (None, "Вночі над Сумщиною збито два ударні дрони, повідомили в Повітряних силах.", "uk"),
    (None, "Two drones were shot down over the Kursk region overnight, the governor said.", "en"),
    ("uk", "Two drones were shot down over the Kursk region overnight, the governor said.", "uk"),
])
def test_document_language_is_stored_detected_or_as_given(given, text, expected):
    store = open_store()
    doc = Document(text=text, id="a1", language=given)
    assert ingest_documents([doc], store).documents_new == 1
    assert store.document("a1")["language"] == expected
