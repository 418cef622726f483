"""What only the PostgreSQL store has: its schema version table, the PostGIS points, concurrent writers
on several processes, the doctor's checks over a connection, and connection failures in plain words.
(Everything the two backends share is tested on both by the store tests, through ``store_url``.)"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from geo.doctor import check_store
from geo.documents.model import Document
from geo.errors import StoreError
from geo.ingest import ingest_paths
from geo.record import Incident
from geo.store import PostgresStore, open_store
from geo.store.pg_schema import MIGRATIONS
from geo.store.schema import MIGRATIONS as SQLITE_MIGRATIONS
from support.articles import write_articles
from support.postgres import no_server
from support.store_contents import contents

ROOT = Path(__file__).resolve().parent.parent
#: These tests are PostgreSQL's alone (the shared ones run on both backends).
STORE_BACKENDS = ("postgresql",)


@pytest.fixture
def server(postgres_server):
    """The test server itself (for what a store URL does not give: other users, other databases)."""
    if isinstance(postgres_server, str):
        no_server(postgres_server)
    return postgres_server


def _with_user(url: str, user: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}"))


def placed(settlement: str, lat: float, lon: float, day: str = "2025-07-21") -> Incident:
    return Incident(event_type="strike", country="RU", region="RU-BEL", region_name="Belgorod Oblast",
                    settlement=settlement, lat=lat, lon=lon, geo_precision=1, date=day, date_precision="day",
                    evidence=f"A drone struck a house in {settlement}.")


def test_the_schema_has_the_sqlite_version_and_a_version_table(store_url):
    assert len(MIGRATIONS) == len(SQLITE_MIGRATIONS)
    with open_store(store_url) as s:
        assert isinstance(s, PostgresStore) and s.schema_version == len(SQLITE_MIGRATIONS)
    with open_store(store_url.replace("postgresql://", "postgres://", 1)) as s:  # opening again migrates nothing
        assert isinstance(s, PostgresStore) and s._rows("SELECT count(*) FROM geo_schema")[0][0] == 1


def test_the_copied_tables_have_the_same_columns_on_both_backends(store_url, tmp_path):
    """The steps written alike (geo.store.schema's FEEDS_SCRIPT, PLACE_CORRECTIONS_SCRIPT) and the
    others give the same columns, in the same order (PostGIS' computed point aside)."""
    from geo.store.table_copy import COPIED_TABLES

    with open_store(store_url) as pg, open_store(str(tmp_path / "s.db")) as lite:
        for table in COPIED_TABLES:
            assert pg.table_columns(table) == lite.table_columns(table), table


def test_a_store_from_a_newer_program_is_refused(store_url):
    open_store(store_url).close()
    with psycopg.connect(store_url, autocommit=True) as conn:
        conn.execute("UPDATE geo_schema SET version = 99")
    with pytest.raises(StoreError, match="newer version"):
        open_store(store_url)


def test_postgis_points_follow_lat_lon_and_have_a_gist_index(store_url):
    with open_store(store_url) as s:
        assert s.postgis
        s.add_document(Document("a", id="a"), [placed("Shebekino", 50.41, 36.89), placed("Valuyki", 50.21, 38.1)])
        s.add_document(Document("b", id="b"), [Incident(event_type="interception", country="RU", region="RU-KRS",
                                                        evidence="Drones were shot down.", date="2025-07-21")])
        points = {r[0]: r[1:] for r in s._rows(
            "SELECT settlement, ST_X(geom), ST_Y(geom), ST_SRID(geom) FROM incidents WHERE geom IS NOT NULL")}
        assert points == {"Shebekino": (36.89, 50.41, 4326), "Valuyki": (38.1, 50.21, 4326)}
        assert s._rows("SELECT count(*) FROM incidents WHERE geom IS NULL")[0][0] == 1  # no point, no geometry
        near = s._rows("SELECT settlement FROM incidents WHERE ST_DWithin(geom::geography,"
                       " ST_SetSRID(ST_MakePoint(36.9, 50.4), 4326)::geography, 5000)")
        assert [r[0] for r in near] == ["Shebekino"]
        index = s._rows("SELECT indexdef FROM pg_indexes WHERE tablename = 'incidents' AND indexname = 'incidents_geom'")
        assert "USING gist (geom)" in index[0][0]
        column = s._rows("SELECT type FROM geometry_columns WHERE f_table_name = 'incidents'")
        assert column[0][0] == "POINT"


def test_without_postgis_the_store_keeps_plain_lat_lon(server, store_url):
    """A user that may not create the extension (PostGIS is not a trusted extension) gets a store
    without the geometry column, and everything else works."""
    name = urlsplit(store_url).path.lstrip("/")
    with psycopg.connect(server.admin_url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS geo_plain")
        conn.execute("CREATE ROLE geo_plain LOGIN NOSUPERUSER")
    with psycopg.connect(store_url, autocommit=True) as conn:
        conn.execute("DROP EXTENSION IF EXISTS postgis")
        conn.execute(f"ALTER DATABASE {name} OWNER TO geo_plain")
        conn.execute("ALTER SCHEMA public OWNER TO geo_plain")
    try:
        with open_store(_with_user(store_url, "geo_plain")) as s:
            assert not s.postgis
            s.add_document(Document("a", id="a"), [placed("Shebekino", 50.41, 36.89)])
            assert s.places()[["lat", "lon"]].values.tolist() == [[50.41, 36.89]]
            assert not s._rows("SELECT 1 FROM information_schema.columns WHERE column_name = 'geom'")
    finally:
        server.drop_database(name)
        with psycopg.connect(server.admin_url, autocommit=True) as conn:
            conn.execute("DROP ROLE IF EXISTS geo_plain")


def test_connection_failures_are_one_plain_line(server, store_url, tmp_path):
    nowhere = f"postgresql://geo@/db?host={tmp_path}/no-server-here"
    with pytest.raises(StoreError, match=r"cannot be reached \(no server socket there\): is the PostgreSQL server"):
        open_store(nowhere)
    missing = urlunsplit(urlsplit(store_url)._replace(path="/no_such_database"))
    with pytest.raises(StoreError, match="names a database that does not exist on that server: create it"):
        open_store(missing)
    with pytest.raises(StoreError, match="has no such user: create it"):
        open_store(_with_user(store_url, "nobody_here"))
    secret = f"postgresql://geo:hunter2@/db?host={tmp_path}/no-server-here"
    with pytest.raises(StoreError) as raised:
        open_store(secret)
    assert "hunter2" not in str(raised.value) and "geo:***@" in str(raised.value)


def test_a_refused_connection_is_one_plain_line():
    """No server needed: nothing listens on port 1 of this machine."""
    with pytest.raises(StoreError, match=r"postgresql://geo@127.0.0.1:1/atlas cannot be reached \(connection refused\)"
                                         r": is the PostgreSQL server running, and are the host and port right\?"):
        open_store("postgresql://geo@127.0.0.1:1/atlas")


def test_the_cli_says_so_in_one_line_without_a_traceback(tmp_path, seed_paths):
    url = f"postgresql://geo@/db?host={tmp_path}/no-server-here"
    proc = subprocess.run([sys.executable, "-m", "geo", "ingest", "--db", url, str(seed_paths[0])],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "is the PostgreSQL server running" in proc.stderr


def test_doctor_checks_a_postgresql_store_without_changing_it(store_url):
    assert [f.level for f in check_store(store_url)] == ["warning"]  # an empty database: no store yet
    with open_store(store_url) as s:
        s.add_document(Document("a", id="a"), [placed("Shebekino", 50.41, 36.89)])
    findings = list(check_store(store_url))
    assert {f.level for f in findings} == {"ok"}, findings
    assert "PostgreSQL, PostGIS points" in findings[0].message
    with psycopg.connect(store_url, autocommit=True) as conn:
        conn.execute("UPDATE incidents SET lat = 49.99, lon = 36.23, count = -4")
    damaged = {f.check: f.level for f in check_store(store_url)}
    assert damaged["placement"] == "warning" and damaged["records"] == "error"


def _ingest(folder: Path, url: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "geo", "ingest", "--quiet", "--db", url, str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.mark.slow
def test_two_ingests_of_overlapping_documents_at_once_equal_one_ingest(new_store_url, tmp_path):
    """Two processes (as two machines would) store overlapping halves of a corpus at the same time
    into one PostgreSQL store: the incidents are those one ingest of everything makes."""
    everything = tmp_path / "all"
    everything.mkdir()
    files = sorted(write_articles(everything, 160, seed=11))
    halves = [tmp_path / "first", tmp_path / "second"]
    for half, chosen in zip(halves, (files[:110], files[50:])):
        half.mkdir()
        for f in chosen:
            shutil.copy(f, half / f.name)
    with open_store(new_store_url("one")) as one:
        assert ingest_paths([str(everything)], one).ok
        expected = contents(one)
    assert sum(len(c[1]) > 1 for c in expected) > 5  # the corpus has merged incidents to get wrong
    url = new_store_url("both")
    procs = [_ingest(half, url) for half in halves]
    outs = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    with open_store(url) as both:
        assert both.document_count() == 160
        assert contents(both) == expected
        sums = both._rows("SELECT sum(incidents), sum(drones) FROM daily_agg")[0]
        assert tuple(sums) == tuple(both._rows("SELECT count(*), sum(coalesce(count, 1)) FROM incidents")[0])
    assert [f for f in check_store(url) if f.level == "error"] == []


def test_whole_word_search_knows_cyrillic_in_a_c_locale_database(server):
    """A database made with the C locale has no Cyrillic letters in \\w; the search still finds
    "Рыльск" in "Рыльске" and never "ыльск" inside it."""
    from geo.filters import Filters

    name = f"geo_test_c_{os.getpid()}"
    with psycopg.connect(server.admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 LOCALE 'C' ENCODING 'UTF8'")
    try:
        with open_store(server.url(name)) as s:
            assert s._rows("SHOW lc_ctype")[0][0] == "C"
            text = "Беспилотник атаковал нефтебазу в Рыльске."
            s.add_document(Document(text, id="c"), [Incident(event_type="strike", country="RU", region="RU-KRS",
                                                             evidence=text, date="2025-05-01")])
            assert s.count(Filters(text="Рыльск")) == 1 and s.count(Filters(text="нефтебазу")) == 1
            assert s.count(Filters(text="ыльск")) == 0 and s.count(Filters(text="базу")) == 0
    finally:
        server.drop_database(name)


def test_rows_copied_with_their_ids_then_new_ids_after_them(store_url):
    """What a copy from another store does: incidents and sources inserted with their own ids; after
    reset_sequences the store numbers new ones past them."""
    with open_store(store_url) as s:
        with s._tx() as db:
            db.execute("INSERT INTO documents (id, content_hash, text, ingested_at) VALUES ('old', 'h', 't', 'now')")
            db.execute("INSERT INTO incidents (id, event_type, evidence, document, n_sources, dedup_key, search,"
                       " updated_at, date) VALUES (1000, 'strike', 'e', 'old', 1, 'k', '', 'now', '2025-01-01')")
            db.execute("INSERT INTO incident_sources (id, incident_id, document_id, ordinal, dedup_key, evidence,"
                       " fields) VALUES (5000, 1000, 'old', 0, 'k', 'e', '{}')")
        assert s.daily_counts()["incidents"].tolist() == [1]  # the trigger counted the copied row
        s.reset_sequences()
        s.add_document(Document("new", id="new"), [placed("Shebekino", 50.41, 36.89)])
        assert s.query()["id"].tolist() == [1000, 1001]
        assert s._rows("SELECT max(id) FROM incident_sources")[0][0] == 5001


def test_a_document_whose_transaction_loses_a_deadlock_is_stored_by_the_retry(store_url):
    """PostgreSQL rolls back one of two writers that wait on each other (two ingests adding to one
    day's counts in opposite orders); the store runs that document's transaction again."""
    with open_store(store_url) as s:
        with s._tx() as db:  # the server fails the first document insert as a deadlock victim, once
            db.execute("CREATE SEQUENCE fail_once")
            db.execute("CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " IF nextval('fail_once') = 1 THEN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01';"
                       " END IF; RETURN NEW; END $$")
            db.execute("CREATE TRIGGER fail_once BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION fail_once()")
        result = s.add_document(Document("a", id="a"), [placed("Shebekino", 50.41, 36.89)])
        assert result.new and result.incidents_new == 1
        assert s.document_count() == 1 and s.count() == 1
        assert s._rows("SELECT last_value FROM fail_once")[0][0] == 2  # the second try went through


def test_a_read_only_connection_reads_a_current_store_and_refuses_writes_in_one_line(store_url):
    with open_store(store_url) as s:
        s.add_document(Document("a", id="a"), [placed("Shebekino", 50.41, 36.89)])
    read_only = f"{store_url}&options=-c%20default_transaction_read_only%3Don"
    with open_store(read_only) as s:  # opening a current store writes nothing
        assert s.count() == 1 and s.summary()["incidents"] == 1
        with pytest.raises(StoreError, match="read-only transaction"):
            s.add_document(Document("b", id="b"), [placed("Valuyki", 50.21, 38.1)])
        assert s.document_count() == 1


def test_many_first_opens_at_once_make_one_schema(store_url):
    """Several programs starting on an empty database at the same moment: one creates the schema,
    the others wait for it and find it done."""
    from concurrent.futures import ThreadPoolExecutor

    def opened(_: int) -> int:
        with open_store(store_url) as s:
            return s.schema_version

    with ThreadPoolExecutor(6) as pool:
        assert list(pool.map(opened, range(6))) == [len(MIGRATIONS)] * 6
    with open_store(store_url) as s:
        assert s._rows("SELECT count(*), max(version) FROM geo_schema")[0] == (1, len(MIGRATIONS))


@pytest.mark.parametrize("icu_locale", [None, "en-US"])
def test_the_same_documents_give_the_same_store_on_both_backends(server, tmp_path, icu_locale):
    """Parity: one corpus ingested into SQLite and into PostgreSQL gives the same incidents, sources,
    counts, map places and search results (ids aside), also in a database whose text sorts by a
    language's collation (en-US) rather than by code point as SQLite's does."""
    from geo.filters import Filters

    folder = tmp_path / "corpus"
    folder.mkdir()
    write_articles(folder, 80, seed=3)
    answers = []
    database = server.create_database(icu_locale)
    try:
        for url in (str(tmp_path / "parity.db"), server.url(database)):
            with open_store(url) as s:
                assert ingest_paths([str(folder)], s).ok
                for doc_id in ("alpha", "Zeta", "_mid"):  # names code points and English order differently
                    s.add_document(Document(f"report {doc_id}", id=doc_id, published="2025-07-21"),
                                   [placed("Shebekino", 50.41, 36.89)])
                s.add_document(Document("undated", id="undated"), [placed("Valuyki", 50.21, 38.1, day="")])
                for feed in ("https://b.example/feed", "https://B.example/Feed", "https://a.example/x_y"):
                    s.save_feed(feed, "rss", title=feed)
                every = Filters(include_undated=True)
                answers.append((contents(s), s.summary(every), s.region_counts(every).to_dict("records"),
                                s.daily_counts(every).to_dict("records"), s.places(every).to_dict("records"),
                                sorted(s.query(Filters(text="drone"))["evidence"]),
                                s.feeds_overview().drop(columns="last_fetched").to_dict("records"),
                                # (the orders the store's ORDER BYs give, in text columns too)
                                s.query(every)[["date", "region", "settlement"]].to_dict("records"),
                                s.sources()[["document", "evidence"]].to_dict("records")))
    finally:
        server.drop_database(database)
    sqlite, postgresql = answers
    assert len(sqlite[0]) > 20
    for got, want in zip(postgresql, sqlite):
        assert got == want


def test_connections_the_server_dropped_are_replaced(store_url):
    """A long-lived dashboard outlives a server restart or an administrator ending its connections:
    the pool checks a connection before lending it and opens a new one."""
    with open_store(store_url) as s:
        s.add_document(Document("a", id="a"), [placed("Shebekino", 50.41, 36.89)])
        with psycopg.connect(store_url, autocommit=True) as admin:
            ended = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                  " WHERE datname = current_database() AND pid != pg_backend_pid()").fetchone()[0]
        assert ended >= 1
        assert s.count() == 1 and s.add_document(Document("b", id="b"), [placed("Valuyki", 50.21, 38.1)]).new


def test_no_free_connection_in_the_pool_is_a_busy_store_not_a_fatal_one(store_url):
    """(A Dask worker's store has a connection per thread; one that waits too long fails that document
    only, in words, and the run goes on.)"""
    with PostgresStore(store_url, max_size=1, timeout=0.2) as s:
        with s._pool.connection():  # the only connection, taken
            with pytest.raises(StoreError, match=r"^the store .* is busy: no connection free in 0.2 s \(") as busy:
                s.add_document(Document("a", id="a"), [placed("Shebekino", 50.41, 36.89)])
        assert not busy.value.fatal
        assert s.add_document(Document("a", id="a"), [placed("Shebekino", 50.41, 36.89)]).new
