"""``python -m geo fetch`` end to end against a local site: feeds and pages in, nothing twice, failures one line."""
from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from geo.cli import main
from geo.documents.uploads import from_pasted_text
from geo.exports.common import source_label
from geo.sources.fetch import fetch_links, read_url_list
from geo.store import open_store
from support.fetch_site import ETAG

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(store_url):
    """The store the fetches write, on SQLite and on PostgreSQL."""
    return store_url


def fetch(db: str, *args: str) -> int:
    return main(["fetch", "--db", db, "--delay", "0", "--timeout", "2", *args])


def documents(db: str) -> dict[str, dict]:
    with open_store(db) as store:
        rows = store._rows("SELECT id FROM documents")
        return {r[0]: store.document(r[0]) for r in rows}


def test_a_feed_brings_its_items_in_once(site, db, capsys):
    assert fetch(db, site.url("/feeds/rss.xml")) == 0
    out = capsys.readouterr().out
    assert out.startswith("items: 3 new, 0 unchanged, 0 failed; incidents: ")
    docs = documents(db)
    assert set(docs) == {site.url(p) for p in ("/news/sumy.html", "/news/kursk.html", "/news/cp1251.html")}
    sumy, kursk, ru = (docs[site.url(p)] for p in ("/news/sumy.html", "/news/kursk.html", "/news/cp1251.html"))
    assert sumy["published"] == "2025-08-14" and "Read also" not in sumy["text"]
    assert kursk["published"] == "2025-03-04" and kursk["meta"]["site_name"] == "Kursk Daily"
    assert ru["published"] == "2025-02-01" and "беспилотников" in ru["text"]  # the item's date; cp1251 guessed
    assert all(d["meta"]["feed"] == site.url("/feeds/rss.xml") for d in docs.values())
    with open_store(db) as store:
        assert store.count() > 0
        sources = store.sources()  # what the exports and the dashboard show for each source
        kursk_sources = sources[sources["url"] == site.url("/news/kursk.html")].to_dict("records")
        assert kursk_sources and {s["site"] for s in kursk_sources} == {"Kursk Daily"}
        assert source_label(kursk_sources[0]) == (f"Drones downed over Kursk · Kursk Daily "
                                                  f"<{site.url('/news/kursk.html')}> (2025-03-04) "
                                                  "claimed by: RU regional official (claim)")  # "the governor said"
        state = store.feed_state(site.url("/feeds/rss.xml"))
        assert state and state["etag"] == ETAG and state["title"] == "Monitor news" and state["errors"] == 0

    pages_before = len(site.hits("/news/sumy.html"))
    assert fetch(db, site.url("/feeds/rss.xml"), site.url("/news/sumy.html")) == 0  # again: nothing new
    assert capsys.readouterr().out.startswith("items: 0 new, 1 unchanged, 0 failed; incidents: 0 new, 0 merged")
    assert site.hits("/feeds/rss.xml")[-1]["If-None-Match"] == ETAG  # answered 304
    assert len(site.hits("/news/sumy.html")) == pages_before  # a stored link is not asked again
    assert len(documents(db)) == 3


def test_failures_are_one_line_each_and_the_rest_go_in(site, db, capsys):
    assert fetch(db, site.url("/feeds/broken.xml"), site.url("/slow"), site.url("/private/secret.html"),
                 "ftp://127.0.0.1/x") == 1
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {site.url('/missing')}: HTTP 404", f"error: {site.url('/error')}: HTTP 500",
                      f"error: {site.url('/slow')}: timed out (no complete answer within 2 s)",
                      f"error: {site.url('/private/secret.html')}: disallowed by {site.base}/robots.txt",
                      "error: ftp://127.0.0.1/x: only http and https URLs are fetched"]
    assert captured.out.startswith("items: 1 new, 0 unchanged, 5 failed")
    assert list(documents(db)) == [site.url("/news/sumy.html")]
    with open_store(db) as store:
        state = store.feed_state(site.url("/feeds/broken.xml"))
        assert state and state["errors"] == 2 and state["last_error"] == "HTTP 500"
        assert state["etag"] is None  # asked in full next time, so the failed items are tried again


def test_gzip_answers_are_read_and_a_broken_or_bomb_body_fails_alone(site, db, capsys, monkeypatch):
    monkeypatch.setenv("GEO_FETCH_MAX_BYTES", "3000000")
    assert fetch(db, site.url("/gz/rss.xml"), site.url("/gz/bomb.html"), site.url("/gz/cut-short.html")) == 1
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {site.url('/gz/bomb.html')}: too large once decompressed (over 3.0 MB, the limit "
                      "set by GEO_FETCH_MAX_BYTES)",
                      f"error: {site.url('/gz/cut-short.html')}: broken gzip body (it ends before its compressed "
                      "data does)"]
    assert captured.out.startswith("items: 3 new, 0 unchanged, 2 failed")
    kursk = documents(db)[site.url("/gz/kursk.html")]  # a gzipped feed, then a gzipped page: both read
    assert kursk["published"] == "2025-03-04" and kursk["meta"]["site_name"] == "Kursk Daily"
    assert "seven drones over the Kursk region" in kursk["text"]
    assert site.hits("/gz/kursk.html")[-1]["Accept-Encoding"] == "gzip"


def test_max_items_and_since_choose_the_feeds_items(site, db, capsys):
    assert fetch(db, "--max-items", "1", site.url("/feeds/rss.xml")) == 0
    assert capsys.readouterr().out.startswith("items: 1 new, 0 unchanged")
    assert list(documents(db)) == [site.url("/news/sumy.html")]
    assert fetch(db, "--since", "2025-03-01", site.url("/feeds/rss.xml")) == 0  # not 304: not all were taken
    assert capsys.readouterr().out.startswith("items: 1 new, 1 unchanged")
    assert site.url("/news/cp1251.html") not in documents(db)  # published 1 February


def test_atom_content_is_taken_from_the_feed_and_rss1_is_read(site, db, capsys):
    assert fetch(db, site.url("/feeds/atom.xml"), site.url("/feeds/rss1.rdf")) == 0
    docs = documents(db)
    bryansk = docs[site.url("/atom/bryansk")]
    assert bryansk["published"] == "2025-05-03" and "five drones over the Bryansk region" in bryansk["text"]
    assert site.hits("/atom/bryansk") == []  # the feed carried the article
    assert site.url("/news/kursk.html") in docs and site.url("/news/sumy.html") in docs


def test_a_page_through_a_redirect_is_stored_under_its_link(site, db, capsys):
    assert fetch(db, site.url("/old")) == 0
    (doc,) = documents(db).values()
    assert doc["url"] == site.url("/old") and doc["meta"]["final_url"] == site.url("/news/sumy.html")


def test_a_feeds_file_with_comments(site, db, tmp_path, capsys):
    listed = tmp_path / "feeds.txt"
    listed.write_text(f"# regional news\n{site.url('/feeds/atom.xml')}  # Atom\n\n{site.url('/feeds/atom.xml')}\n")
    assert read_url_list(listed.read_text()) == [site.url("/feeds/atom.xml")]
    assert fetch(db, "--feeds", str(listed)) == 0
    assert capsys.readouterr().out.startswith("items: 2 new")
    assert main(["fetch", "--db", db, "--feeds", str(tmp_path / "none.txt")]) == 1
    assert "none.txt: cannot read" in capsys.readouterr().err


def test_sources_overview_counts_documents_and_incidents_per_feed(site, db, capsys):
    fetch(db, site.url("/feeds/rss.xml"), site.url("/feeds/broken.xml"))
    with open_store(db) as store:
        table = store.feeds_overview().set_index("url")
        rss = table.loc[site.url("/feeds/rss.xml")]
        assert (rss["kind"], rss["title"], rss["documents"], rss["errors"]) == ("feed", "Monitor news", 3, 0)
        linked = store._rows("SELECT count(DISTINCT s.incident_id) FROM incident_sources s JOIN documents d"
                             " ON d.id = s.document_id WHERE d.feed = ?", (site.url("/feeds/rss.xml"),))[0][0]
        assert rss["incidents"] == linked > 0
        broken = table.loc[site.url("/feeds/broken.xml")]
        assert (broken["documents"], broken["errors"], broken["last_error"]) == (0, 2, "HTTP 500")  # sumy: rss's
        assert dt.datetime.fromisoformat(broken["last_fetched"]).date() == dt.datetime.now(dt.timezone.utc).date()


def test_pages_fetched_by_link_are_one_single_links_row_of_the_overview(site, db, tmp_path, capsys):
    assert fetch(db, site.url("/feeds/atom.xml"), site.url("/news/sumy.html"), site.url("/news/cp1251.html")) == 0
    article = tmp_path / "a.json"  # a file with a URL of its own: read from disk, not fetched
    article.write_text('{"url": "https://example.org/x", "text": "Two drones were shot down over Kursk."}')
    assert main(["ingest", "--quiet", "--db", db, str(article)]) == 0
    with open_store(db) as store:  # text pasted on Add articles with its address: not fetched either
        store.add_document(from_pasted_text("Drones over Bryansk.", url="https://example.org/pasted"), [])
        table = store.feeds_overview()
        assert table["kind"].tolist() == ["feed", "links"]  # feeds and channels first, then the links together
        links = table.iloc[-1]
        assert (links["title"], links["documents"], links["errors"]) == ("Single links", 2, 0)
        assert pd.isna(links["url"])  # each page is its own address
        linked = store._rows("SELECT count(DISTINCT s.incident_id) FROM incident_sources s JOIN documents d"
                             " ON d.id = s.document_id WHERE d.url IN (?, ?)",
                             (site.url("/news/sumy.html"), site.url("/news/cp1251.html")))[0][0]
        assert links["incidents"] == linked > 0
        assert dt.datetime.fromisoformat(links["last_fetched"]).date() == dt.datetime.now(dt.timezone.utc).date()
        assert table.iloc[0]["documents"] == 2  # the feed's own items are not single links


def test_dashboard_links_refuse_loopback_unless_allowed(site, db, monkeypatch):
    monkeypatch.setenv("GEO_FETCH_DELAY", "0")
    monkeypatch.delenv("GEO_FETCH_ALLOW_PRIVATE", raising=False)
    with open_store(db) as store:
        docs, errors, stored = fetch_links(store, site.url("/news/sumy.html"))
        assert docs == [] and errors == [f"{site.url('/news/sumy.html')}: refused: 127.0.0.1 is a private or "
                                         "loopback address (set GEO_FETCH_ALLOW_PRIVATE=1 to allow it)"]
        monkeypatch.setenv("GEO_FETCH_ALLOW_PRIVATE", "1")
        docs, errors, stored = fetch_links(store, f"{site.url('/news/sumy.html')}\n\n{site.url('/feeds/atom.xml')}")
        assert errors == [] and [d.url for d in docs] == [site.url(p) for p in ("/news/sumy.html", "/atom/bryansk",
                                                                               "/news/kursk.html")]
        assert store.document_count() == 0  # a preview: nothing stored before Save


@pytest.mark.slow
def test_every_polls_until_ctrl_c_which_stops_cleanly(site, tmp_path):
    listed = tmp_path / "feeds.txt"
    listed.write_text(site.url("/feeds/rss.xml") + "\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "geo", "fetch", "--db", str(tmp_path / "p.db"), "--delay", "0",
                             "--feeds", str(listed), "--every", "0.01"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        lines = [proc.stdout.readline() for _ in range(2)] if proc.stdout else []
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert lines[0].startswith("items: 3 new") and lines[1].startswith("items: 0 new")  # round 2: a 304
    assert proc.returncode == 0 and "Traceback" not in err
    assert len(documents(str(tmp_path / "p.db"))) == 3
