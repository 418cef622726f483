"""The store: creation, schema versions, transactions, de-duplication and queries (on SQLite, and on
PostgreSQL where a test takes ``store_url``; the SQLite files' own facts are tested on SQLite only)."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pandas as pd
import pytest

from geo.documents.model import Document
from geo.filters import Filters
from geo.record import SCHEMA_FIELDS, Incident
from geo.store import open_store
from geo.store.schema import MIGRATIONS


def inc(**kw) -> Incident:
    base = dict(event_type="strike", country="RU", region="RU-BEL", region_name="Belgorod Oblast",
                evidence="A drone struck a truck.")
    base.update(kw)
    return Incident(**base)


def doc(text: str, id: str = "", published: str | None = None, **kw) -> Document:
    return Document(text=text, id=id, published=published, path=id or None, **kw)


#: What each migration added, undone newest first, to make a store of an older schema.
UNDO = {
    7: [],
    6: ["DROP TABLE place_corrections"],
    5: ["ALTER TABLE incident_sources DROP COLUMN claimant", "ALTER TABLE incidents DROP COLUMN claimants"],
    4: ["DROP TABLE feeds", "DROP INDEX documents_url", "DROP INDEX documents_feed",
        "ALTER TABLE documents DROP COLUMN feed"],
    3: ["DROP TRIGGER incidents_agg_insert", "DROP TRIGGER incidents_agg_delete", "DROP TRIGGER incidents_agg_update",
        "DROP TABLE daily_agg", "DROP INDEX incidents_place", "DROP INDEX incident_sources_long",
        "ALTER TABLE incidents DROP COLUMN settlement_latin"],
    2: ["ALTER TABLE incident_sources DROP COLUMN event_date", "ALTER TABLE incident_sources DROP COLUMN event_date_end"],
}


def downgrade(path, version: int) -> None:
    """Take a store written by this program back to schema ``version``, data kept."""
    db = sqlite3.connect(path)
    for number in range(len(MIGRATIONS), version, -1):
        for statement in UNDO[number]:
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


def test_default_store_is_geo_db_and_is_created_with_its_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_DB", str(tmp_path / "deep" / "er" / "x.db"))
    with open_store() as s:
        assert s.count() == 0
    db = sqlite3.connect(tmp_path / "deep" / "er" / "x.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "incidents", "incident_sources"} <= tables


def test_without_geo_db_the_store_is_data_incidents_db(tmp_path, monkeypatch):
    monkeypatch.delenv("GEO_DB")
    open_store().close()
    assert (tmp_path / "data" / "incidents.db").is_file()


def test_sqlite_urls_and_other_schemes(tmp_path):
    open_store(f"sqlite:///{tmp_path}/u.db").close()
    assert (tmp_path / "u.db").is_file()
    with pytest.raises(ValueError, match=r"unsupported store URL 'mysql://user@host/db'.*sqlite:///path \(SQLite\)"
                                         r".*postgresql://user@host/database \(PostgreSQL\)"):
        open_store("mysql://user@host/db")


def test_a_store_from_a_newer_program_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_store(str(path)).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(ValueError, match="newer version"):
        open_store(str(path))


def test_not_a_database_is_a_clear_error(tmp_path):
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ValueError, match="not a usable SQLite store"):
        open_store(str(tmp_path / "junk.db"))


def test_reopening_keeps_the_data(store_url):
    path = store_url
    with open_store(path) as s:
        s.add_document(doc("one", "a.txt"), [inc(settlement="Shchetinovka", date="2024-07-21")])
    with open_store(path) as s:
        assert s.count() == 1 and s.document("a.txt")["text"] == "one"


def test_same_text_twice_changes_nothing(store):
    first = store.add_document(doc("same text", "a.txt"), [inc()])
    again = store.add_document(doc("same text\n", "b.txt"), [inc(), inc(event_type="interception")])
    assert first.new and first.incidents_new == 1
    assert not again.new and again.document_id == "a.txt" and again.incidents_new == 0
    assert store.count() == 1 and store.document_count() == 1


def test_an_edited_file_under_the_same_name_is_a_new_document(store):
    store.add_document(doc("version one", "a.txt"), [])
    result = store.add_document(doc("version two", "a.txt"), [])
    assert result.new and result.document_id.startswith("a.txt@")
    assert store.document(result.document_id)["text"] == "version two"


def test_two_reports_of_one_event_give_one_incident_with_both_sources(store):
    a = store.add_document(doc("article a", "a.txt", title="A", url="http://a"),
                           [inc(settlement="Shchetinovka", date="2024-07-21", injured=1, count=1,
                                count_qualifier="exact", evidence="a drone hit a truck in Shchetinovka")])
    b = store.add_document(doc("article b", "b.txt", title="B"),
                           [inc(settlement="shchetinovka", injured=2, evidence="truck hit in Shchetinovka")])
    assert (a.incidents_new, b.incidents_new, b.incidents_merged) == (1, 0, 1)
    frame = store.query(Filters())
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["n_sources"] == 2 and row["injured"] == 2 and row["date"] == "2024-07-21"
    assert row["document"] == "a.txt"
    full = store.incident(int(row["id"]))
    assert [s["document"] for s in full["sources"]] == ["a.txt", "b.txt"]
    assert [s["fields"]["injured"] for s in full["sources"]] == [1, 2]  # each source's own figures kept
    assert full["sources"][0]["text"] == "article a" and full["sources"][0]["url"] == "http://a"
    sources = store.sources([int(row["id"])])
    assert list(sources.columns) == ["incident_id", "document", "title", "url", "published", "evidence", "site",
                                      "outlet", "claimant"]
    assert list(sources["title"]) == ["A", "B"]


def test_different_events_stay_apart(store):
    store.add_document(doc("a", "a"), [inc(settlement="Shchetinovka", date="2024-07-21"),
                                       inc(settlement="Togobievka", date="2024-07-21"),
                                       inc(event_type="interception", date="2024-07-21"),
                                       inc(region="RU-BRY", region_name="Bryansk Oblast", date="2024-07-21")])
    store.add_document(doc("b", "b"), [inc(settlement="Shchetinovka", date="2024-07-25")])
    assert store.count() == 5


def test_an_isolated_pair_of_days_merges_and_daily_reports_do_not(store):
    store.add_document(doc("a", "a"), [inc(date="2024-07-20")])
    result = store.add_document(doc("b", "b"), [inc(date="2024-07-21")])
    assert result.incidents_merged == 1 and store.query()["n_sources"].tolist() == [2]
    # a report of the next day shows activity day after day: the days are no longer merged
    store.add_document(doc("c", "c"), [inc(date="2024-07-22")])
    assert store.query()["n_sources"].tolist() == [1, 1, 1]
    assert store.query()["date"].tolist() == ["2024-07-20", "2024-07-21", "2024-07-22"]
    store.add_document(doc("d", "d"), [inc(date="2024-07-22", injured=1)])
    assert store.query()["n_sources"].tolist() == [1, 1, 2] and store.count() == 3


def _contents(store) -> list[dict]:
    frame = store.query().drop(columns=["id"])
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for row, i in zip(rows, store.query()["id"]):
        row["sources"] = sorted(s["document"] for s in store.incident(int(i))["sources"])
    return sorted(rows, key=repr)


def test_ingest_order_does_not_change_the_incidents(new_store_url):
    reports = [
        (doc("a", "a", published="2024-07-22"), [inc(settlement="X", date="2024-07-21", count=5,
                                                     count_qualifier="exact", lat=50.0, lon=36.0, geo_precision=1)]),
        (doc("b", "b"), [inc(settlement="x", count=6, count_qualifier="at_least", killed=0, target="truck"),
                         inc(event_type="interception", count=4, count_qualifier="exact")]),
        (doc("c", "c", published="2024-07-23"), [inc(event_type="interception", date="2024-07-22", count=4,
                                                     count_qualifier="exact"),
                                                 inc(settlement="X", date="2024-07-22", count=6,
                                                     count_qualifier="at_least", target="Gazelle truck")]),
    ]
    results = []
    for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
        with open_store(new_store_url(f"order{''.join(map(str, order))}")) as s:
            for i in order:
                s.add_document(*reports[i])
            results.append(_contents(s))
    assert results[0] == results[1] == results[2]
    assert sorted(r["n_sources"] for r in results[0]) == [2, 3]


def test_a_failure_mid_document_leaves_nothing_of_it(store, monkeypatch):
    store.add_document(doc("kept", "kept"), [inc(date="2024-07-01")])
    calls = []
    real = type(store)._insert_source

    def crash_on_second(db, incident_id, rec):
        calls.append(rec)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(db, incident_id, rec)

    monkeypatch.setattr(type(store), "_insert_source", staticmethod(crash_on_second))
    with pytest.raises(RuntimeError):
        store.add_document(doc("lost", "lost"), [inc(date="2024-07-10"), inc(date="2024-07-20")])
    monkeypatch.undo()
    assert store.document("lost") is None and store.count() == 1 and store.document_count() == 1
    assert store.add_document(doc("lost", "lost"), [inc(date="2024-07-10"), inc(date="2024-07-20")]).new
    assert store.count() == 3


@pytest.fixture
def filled(store):
    store.add_document(doc("one", "one"), [
        inc(settlement="Шебекино", date="2024-07-01", count=None, geo_precision=1, lat=50.4, lon=36.9,
            target="school"),
        inc(event_type="interception", date="2024-07-03", count=5, count_qualifier="exact",
            geo_precision=3, lat=50.7, lon=37.4),
        inc(region="RU-BRY", region_name="Bryansk Oblast", date="2024-07-05", date_end="2024-07-11",
            date_precision="range", count=6, count_qualifier="at_least", geo_precision=3, lat=53, lon=33),
        inc(region="UA-63", country="UA", region_name="Kharkiv Oblast", settlement="Kupiansk",
            geo_precision=1, lat=49.7, lon=37.6),
    ])
    return store


@pytest.mark.parametrize("filters, expected", [
    (Filters(), ["Шебекино", "RU-BEL", "RU-BRY", "Kupiansk"]),
    (Filters(include_undated=False), ["Шебекино", "RU-BEL", "RU-BRY"]),
    (Filters(date_from="2024-07-02"), ["RU-BEL", "RU-BRY"]),
    (Filters(date_from="2024-07-10", date_to="2024-07-31"), ["RU-BRY"]),  # the span overlaps
    (Filters(date_to="2024-07-01"), ["Шебекино"]),
    (Filters(regions=("RU-BEL",)), ["Шебекино", "RU-BEL"]),
    (Filters(countries=("UA",)), ["Kupiansk"]),
    (Filters(types=("interception",)), ["RU-BEL"]),
    (Filters(precisions=(1,)), ["Шебекино", "Kupiansk"]),
    (Filters(text="шебекино"), ["Шебекино"]),
    (Filters(text="SCHOOL"), ["Шебекино"]),
    (Filters(text="bryansk"), ["RU-BRY"]),
])
def test_filters(filled, filters, expected):
    frame = filled.query(filters)
    assert [r if pd.isna(s) else s for s, r in zip(frame["settlement"], frame["region"])] == expected
    assert filled.count(filters) == len(expected)


def test_query_frame_has_every_schema_field_sorted_by_date(filled):
    frame = filled.query()
    assert list(frame.columns) == ["id", *SCHEMA_FIELDS, "n_sources", "settlement_latin", "claimants"]
    assert frame["date"].tolist()[:3] == sorted(frame["date"].tolist()[:3])


def test_region_and_daily_counts(filled):
    regions = filled.region_counts(Filters(countries=("RU",))).set_index("region")
    assert regions.loc["RU-BEL"].tolist() == [1, 1, 1, 5]  # the strike's unknown count counts as one drone
    assert regions.loc["RU-BRY"].tolist() == [1, 0, 6, 0]
    daily = filled.daily_counts(Filters())
    assert daily.values.tolist() == [["2024-07-01", "strike", 1, 1], ["2024-07-03", "interception", 1, 5],
                                     ["2024-07-05", "strike", 1, 6]]
    assert filled.date_span() == (dt.date(2024, 7, 1), dt.date(2024, 7, 11))


def test_empty_store_answers_with_empty_frames(store):
    assert store.query().empty and store.region_counts().empty and store.daily_counts().empty
    assert store.sources().empty and store.sources([]).empty
    assert store.date_span() == (None, None) and store.incident(1) is None and store.document("x") is None


def test_migrations_are_applied_in_order_on_open(tmp_path, monkeypatch):
    import geo.store.schema as backend

    path = str(tmp_path / "m.db")
    with open_store(path) as s:
        s.add_document(doc("kept", "kept"), [inc(date="2024-07-01")])
    monkeypatch.setattr(backend, "MIGRATIONS", (*MIGRATIONS, "ALTER TABLE incidents ADD COLUMN note TEXT"))
    with open_store(path) as s:
        assert s.schema_version == len(MIGRATIONS) + 1 and s.count() == 1
    columns = [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(incidents)")]
    assert "note" in columns


def test_readers_are_not_blocked_by_a_writer(store_url):
    path = store_url
    writer, reader = open_store(path), open_store(path)
    writer.add_document(doc("one", "one"), [inc(date="2024-07-01")])
    with writer._tx() as db:  # a long ingest transaction in progress
        db.execute("UPDATE incidents SET target = 'x'")
        assert reader.count() == 1 and reader.query()["target"].isna().all()
    assert reader.query()["target"].tolist() == ["x"]
    writer.close()
    reader.close()


def test_sources_for_more_ids_than_one_sql_statement_takes(store, monkeypatch):
    import geo.store.queries as backend

    monkeypatch.setattr(backend, "ID_CHUNK", 2)
    store.add_document(doc("a", "a"), [inc(date=f"2024-07-{d:02d}") for d in (1, 5, 9, 13, 17)])
    ids = store.query()["id"].tolist()
    assert store.sources(ids[::-1])["incident_id"].tolist() == sorted(ids)


def test_a_version_1_store_is_upgraded_and_keeps_de_duplicating(tmp_path):
    path = str(tmp_path / "v1.db")
    with open_store(path) as s:
        s.add_document(doc("old", "old"), [inc(settlement="X", date="2024-07-21")])
    downgrade(path, 1)  # no date columns on the sources
    with open_store(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        assert s.add_document(doc("new", "new"), [inc(settlement="x", date="2024-07-21")]).incidents_merged == 1
        s.add_document(doc("later", "later"), [inc(settlement="x", date="2024-07-25")])
        assert s.query()["n_sources"].tolist() == [2, 1]  # the old report's date was carried over


def test_a_version_2_store_is_upgraded_with_latin_names_and_day_counts(tmp_path):
    path = str(tmp_path / "v2.db")
    with open_store(path) as s:
        s.add_document(doc("ru", "ru", "2024-07-21"), [
            inc(settlement="Шебекино", date="2024-07-20", count=3, extras={"settlement_latin": "Shebekino"}),
            inc(settlement="Валуйки", date="2024-07-20", event_type="interception", extras={}),
            inc(settlement=None, region="RU-KRS", date=None, killed=2)])
        before = (s.query(Filters(include_undated=True)), s.region_counts(), s.daily_counts())
    downgrade(path, 2)
    with open_store(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        everything = Filters(include_undated=True)
        after = s.query(everything)
        assert dict(zip(after["settlement"].fillna("-"), after["settlement_latin"].fillna("-"))) == {
            "Шебекино": "Shebekino", "Валуйки": "-", "-": "-"}
        assert after.equals(before[0])
        assert s.region_counts().equals(before[1]) and s.daily_counts().equals(before[2])
        assert s.summary(everything) == {"incidents": 3, "strikes": 2, "interceptions": 1, "drones": 5,
                                         "regions": 2, "killed": 2, "injured": 0, "multi_source": 0,
                                         "first": "2024-07-20", "last": "2024-07-20"}
