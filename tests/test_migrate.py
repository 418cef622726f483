"""``geo migrate``: a store copied into another keeps its ids, evidence, sources, corrections and totals."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from geo.cli import main
from geo.corrections import PlaceFix
from geo.ingest import ingest_paths
from geo.store import open_store
from tests.support.store_contents import contents


@pytest.fixture
def filled(tmp_path, seed_paths):
    """A SQLite store holding the seeds, one incident moved by hand, and a known feed."""
    url = str(tmp_path / "source.db")
    with open_store(url) as store:
        ingest_paths([str(p) for p in seed_paths], store)
        first = int(store.query().iloc[0]["id"])
        store.correct_incident_place(first, PlaceFix(settlement="Шебекино", lat=50.4, lon=36.9, region="RU-BEL",
                                                     region_name="Belgorod Oblast", country="RU"))
        store.save_feed("https://example.org/feed.xml", "rss", title="Example")
    return url


def snapshot(url: str) -> dict:
    with open_store(url) as store:
        frame = store.query()
        return {"contents": contents(store),
                "ids": sorted(frame["id"].tolist()),
                "regions": store.region_counts().to_dict("records"),
                "daily": store.daily_counts().to_dict("records"),
                "summary": store.summary(),
                "corrections": {i: store.incident_corrections(i) for i in frame["id"].tolist()},
                "feeds": store.feeds_overview().to_dict("records"),
                "documents": store.document_count()}


@pytest.fixture
def run_geo(capsys):
    """The command line in this process: its exit code, standard output and error."""
    def run(*args: str) -> SimpleNamespace:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out, stderr=err)
    return run


def test_a_copy_reads_exactly_as_the_original(filled, new_store_url, run_geo):
    """Into SQLite and into PostgreSQL."""
    target = new_store_url("copy")
    result = run_geo("migrate", "--from", filled, "--to", target)
    assert result.returncode == 0, result.stderr
    assert "incidents" in result.stdout and "documents" in result.stdout
    before, after = snapshot(filled), snapshot(target)
    assert after["documents"] > 0 and after["ids"] and after["feeds"]
    assert any(after["corrections"].values())  # the hand-made place came along
    assert after == before


def test_a_new_ingest_into_the_copy_continues_the_ids(filled, new_store_url, run_geo):
    target = new_store_url("copy")
    assert run_geo("migrate", "--from", filled, "--to", target, "--quiet").returncode == 0
    with open_store(target) as store:
        highest = int(store.query()["id"].max())
        store.add_document(*_one_new_document())
        assert int(store.query()["id"].max()) == highest + 1


def _one_new_document():
    from geo.documents.model import Document
    from geo.record import Incident

    doc = Document(text="A drone struck a shed in Sumy oblast.", id="new", published="2024-05-02")
    return doc, [Incident(event_type="strike", country="UA", region="UA-59", region_name="Sumy Oblast",
                          evidence="A drone struck a shed in Sumy oblast.", date="2024-05-02")]


def test_a_store_with_documents_is_not_overwritten(filled, tmp_path, run_geo):
    result = run_geo("migrate", "--from", filled, "--to", filled.replace("source", "other"))
    assert result.returncode == 0
    again = run_geo("migrate", "--from", filled, "--to", filled.replace("source", "other"))
    assert again.returncode == 1
    assert "not empty" in again.stderr and "Traceback" not in again.stderr


def test_a_missing_source_is_an_error_and_creates_nothing(tmp_path, run_geo):
    result = run_geo("migrate", "--from", str(tmp_path / "nope.db"), "--to", str(tmp_path / "copy.db"))
    assert result.returncode == 1
    assert "no store at" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "nope.db").exists() and not (tmp_path / "copy.db").exists()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_postgresql_store_copied_back_to_sqlite_is_the_same_store(filled, new_store_url, tmp_path, run_geo):
    """SQLite -> PostgreSQL -> SQLite: every answer, id and correction the same at each step."""
    server = new_store_url("server")
    back = str(tmp_path / "back.db")
    assert run_geo("migrate", "--from", filled, "--to", server, "--quiet").returncode == 0
    result = run_geo("migrate", "--from", server, "--to", back, "--quiet")
    assert result.returncode == 0, result.stderr
    assert snapshot(server) == snapshot(filled) == snapshot(back)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_postgresql_copy_is_analyzed_so_the_planner_knows_its_tables(filled, new_store_url, run_geo):
    """Without statistics the planner guesses the sizes and joins whole tables where an index would
    do (bench/README.md: the dashboard's source lookups 10x slower on a fresh copy)."""
    import psycopg

    target = new_store_url("copy")
    assert run_geo("migrate", "--from", filled, "--to", target, "--quiet").returncode == 0
    with psycopg.connect(target) as conn:
        for table in ("documents", "incidents", "incident_sources", "daily_agg"):
            rows = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            known = conn.execute("SELECT reltuples FROM pg_class WHERE relname = %s", (table,)).fetchone()[0]
            analyzed = conn.execute("SELECT count(*) FROM pg_stats WHERE tablename = %s", (table,)).fetchone()[0]
            assert rows > 0 and known == rows and analyzed > 0, (table, rows, known, analyzed)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_postgresql_copy_serves_place_ids_from_the_index_alone(filled, new_store_url, run_geo):
    """The map reads a place's incident ids from incidents_place: the index holds the id, and the
    copy's incidents are vacuumed, so every page is marked all-visible (no table reads for the ids)."""
    import psycopg

    target = new_store_url("copy")
    assert run_geo("migrate", "--from", filled, "--to", target, "--quiet").returncode == 0
    with psycopg.connect(target) as conn:
        definition = conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'incidents_place'").fetchone()[0]
        pages, visible = conn.execute("SELECT relpages, relallvisible FROM pg_class WHERE relname = 'incidents'"
                                      ).fetchone()
    assert definition.endswith("INCLUDE (id)")
    assert pages > 0 and visible == pages


def _with_password(url: str, password: str) -> str:
    """The test server's URL with a password in it (the server trusts local users: it is not checked)."""
    scheme, rest = url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user}:{password}@{host}"


@pytest.mark.parametrize("backend", ["postgresql"])
def test_no_message_shows_the_store_password(filled, new_store_url, tmp_path, run_geo):
    """The success line, the not-empty refusal and a mistyped scheme name the store without its password."""
    target = _with_password(new_store_url("server"), "s3cret")
    done = run_geo("migrate", "--from", filled, "--to", target, "--quiet")
    assert done.returncode == 0, done.stderr
    again = run_geo("migrate", "--from", filled, "--to", target, "--quiet")
    typo = run_geo("migrate", "--from", filled, "--to", target.replace("postgresql://", "postgresq://"))
    back = run_geo("migrate", "--from", target, "--to", str(tmp_path / "back.db"), "--quiet")
    assert "copied" in done.stdout and "geo:***@" in done.stdout
    assert again.returncode == 1 and "not empty" in again.stderr and "geo:***@" in again.stderr
    assert typo.returncode == 1 and "unsupported store URL" in typo.stderr and "geo:***@" in typo.stderr
    assert back.returncode == 0 and "geo:***@" in back.stdout
    for result in (done, again, typo, back):
        assert "s3cret" not in result.stdout + result.stderr


def test_the_copy_is_one_snapshot_of_the_source_while_it_is_written(new_store_url, tmp_path, seed_paths):
    """A document stored into the source while the copy runs (here: right after the documents table
    was read) is in neither table of the copy: every table is read from the same moment."""
    from geo.store.copying import copy_store

    source_url = new_store_url("source")
    with open_store(source_url) as source:
        ingest_paths([str(p) for p in seed_paths], source)
        before = snapshot(source_url)
        writer = open_store(source_url)  # another connection, as another program's would be

        def write_meanwhile(table: str, done: int, total: int) -> None:
            if table == "documents":
                writer.add_document(*_one_new_document())

        try:
            with open_store(str(tmp_path / "copy.db")) as target:
                copied = copy_store(source, target, write_meanwhile)  # type: ignore[arg-type]
        finally:
            writer.close()
    assert copied["documents"] == before["documents"]
    assert snapshot(str(tmp_path / "copy.db")) == before
    assert snapshot(source_url)["documents"] == before["documents"] + 1  # the write went through


def test_migrate_help_text_says_when_to_write_into_the_target(capsys):
    with pytest.raises(SystemExit):
        main(["migrate", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "writers into the target should wait until the copy ends" in text.lower()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_source_server_lost_mid_copy_is_a_plain_error_and_the_copy_is_rolled_back(new_store_url, tmp_path,
                                                                                  seed_paths):
    import psycopg

    from geo.errors import StoreError
    from geo.store.copying import copy_store

    source_url = new_store_url("source")
    with open_store(source_url) as source:
        ingest_paths([str(p) for p in seed_paths], source)

        def end_source_connections(table: str, done: int, total: int) -> None:
            with psycopg.connect(source_url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                              " WHERE datname = current_database() AND pid != pg_backend_pid()")

        with open_store(str(tmp_path / "copy.db")) as target:
            with pytest.raises(StoreError, match="ended the connection|closed the connection") as failed:
                copy_store(source, target, end_source_connections)  # type: ignore[arg-type]
            assert source_url.rsplit("/", 1)[-1].split("?")[0] in str(failed.value)  # it names the source
            assert target.document_count() == 0
