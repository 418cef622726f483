"""The dashboard's ways in from the web: links on Add articles, and the Sources page (Streamlit's AppTest)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.cli import main
from geo.store import open_store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = str(tmp_path / "ui.db")
    open_store(path).close()
    monkeypatch.setenv("GEO_DB", path)
    monkeypatch.setenv("GEO_FETCH_DELAY", "0")
    return path


def run(page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / page), default_timeout=60)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_a_link_to_a_local_address_is_refused_unless_allowed(site, db, monkeypatch):
    monkeypatch.delenv("GEO_FETCH_ALLOW_PRIVATE", raising=False)
    at = run("2_Add_articles.py")
    next(t for t in at.text_area if t.key == "add_links").input(site.url("/news/sumy.html")).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    assert not at.exception
    assert any("private or loopback address" in e.value for e in at.error)
    assert site.hits("/news/sumy.html") == []


def test_a_link_is_fetched_previewed_and_saved(site, db, monkeypatch):
    monkeypatch.setenv("GEO_FETCH_ALLOW_PRIVATE", "1")
    at = run("2_Add_articles.py")
    next(t for t in at.text_area if t.key == "add_links").input(site.url("/news/sumy.html")).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    assert not at.exception and not at.error
    marked = [m.value for m in at.markdown if "<mark" in m.value]
    assert marked and "Sumy" in marked[0]
    next(b for b in at.button if b.label == "Save to the store").click().run()
    assert at.success
    with open_store(db) as store:
        assert store.has_url(site.url("/news/sumy.html")) and store.count() > 0
    at = run("5_Sources.py")  # what was fetched by link is listed too
    (table,) = at.dataframe
    (row,) = table.value.to_dict("records")
    assert (row["kind"], row["title"], row["documents"]) == ("links", "Single links", 1) and row["incidents"] > 0
    assert at.caption[0].value == "1 page fetched by link (the Single links line)."


def test_sources_page_lists_feeds_and_channels_with_their_numbers(site, db, tmp_path):
    at = run("5_Sources.py")
    assert at.info and "python -m geo fetch" in at.info[0].value  # an empty store says how to add some
    assert main(["fetch", "--db", db, "--delay", "0", site.url("/feeds/broken.xml")]) == 1
    export = {"name": "Kursk news", "type": "public_channel", "id": 42, "messages": [
        {"id": 1, "type": "message", "date": "2025-03-04T08:00:00", "text": "Three drones were shot down over Kursk."}]}
    (tmp_path / "result.json").write_text(json.dumps(export))
    assert main(["ingest", "--quiet", "--db", db, str(tmp_path / "result.json")]) == 0
    at = run("5_Sources.py")
    (table,) = at.dataframe
    frame = table.value.set_index("url")
    assert frame.loc[site.url("/feeds/broken.xml"), ["documents", "errors", "last_error"]].tolist() == [1, 2, "HTTP 500"]
    assert frame.loc["https://t.me/c/42", ["kind", "title", "documents"]].tolist() == ["telegram", "Kursk news", 1]
    assert "Single links" not in frame["title"].tolist()  # nothing fetched by link: no such line
    assert at.caption[0].value == "2 feeds and channels (2 articles)."
    labels = json.loads(table.proto.columns)
    assert all(c.get("label") and c["label"] != n for n, c in labels.items() if n != "_index")
