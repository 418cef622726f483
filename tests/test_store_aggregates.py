"""The store's aggregate answers (daily_agg, summary, places) equal counting the incidents' rows.

The dashboard and the exports read these instead of every row, so each must give exactly
what pandas computes from ``query`` for the same filters, after merges and re-groupings too.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import corpus
from geo.documents.model import Document
from geo.filters import Filters
from geo.record import Incident
from geo.store import dedup, open_store
from geo.store.schema import AGG_KEY
from support import places_reference
from ui import display

FILTERS = [
    Filters(), Filters(include_undated=True), Filters(types=("strike",)), Filters(regions=("RU-BEL", "RU-KRS")),
    Filters(date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 9, 30)), Filters(precisions=(1, 2)),
    Filters(text="refinery"), Filters(text="drone", countries=("UA",), include_undated=True),
]


@pytest.fixture(scope="module")
def store(module_store_url):
    s = open_store(module_store_url)
    for a in corpus.generate(120, seed=5):
        s.add_document(Document(a.text, id=a.id, published=a.published, title=a.title, language="en"),
                       [Incident.from_dict(corpus.schema_record(i, a.id)) for i in a.incidents])
    # an undated report and one that is merged into an existing incident, then an incident removed
    s.add_document(Document("undated", id="u"), [Incident(event_type="strike", country="RU", region="RU-KRS",
                                                          evidence="x", count=4, killed=1)])
    yield s
    s.close()


def test_daily_agg_is_the_group_by_of_the_incidents(store):
    key = ", ".join(AGG_KEY)
    grouped = (f"SELECT {key}, count(*), sum(coalesce(count, 1)), sum(coalesce(killed, 0)),"
               f" sum(coalesce(injured, 0)), sum(CASE WHEN n_sources > 1 THEN 1 ELSE 0 END) FROM incidents GROUP BY {key}")
    rows = lambda sql: sorted(map(repr, map(tuple, store._db.execute(sql))))  # noqa: E731
    assert store._db.execute("SELECT count(*) FROM incident_sources s JOIN incidents i ON i.id = s.incident_id"
                             " WHERE i.n_sources > 1").fetchone()[0] > 0  # merges happened
    assert rows(grouped) == rows(f"SELECT {key}, incidents, drones, killed, injured, multi_source FROM daily_agg")
    with store._tx() as db:  # a removal takes its counts away, an edit moves them
        db.execute("DELETE FROM incidents WHERE id = (SELECT min(id) FROM incidents)")
        db.execute("UPDATE incidents SET region = 'RU-ORL', count = 7 WHERE id = (SELECT max(id) FROM incidents)")
    assert rows(grouped) == rows(f"SELECT {key}, incidents, drones, killed, injured, multi_source FROM daily_agg")


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: f.describe())
def test_summary_and_counts_equal_counting_the_rows(store, filters):
    frame = store.query(filters)
    got = store.summary(filters)
    assert {k: got[k] for k in display.kpis(frame)} == display.kpis(frame)
    assert got["incidents"] == store.count(filters) == len(frame)
    dated = frame["date"].dropna()
    assert (got["first"], got["last"]) == ((dated.min(), max(dated.max(), frame["date_end"].dropna().max()
                                                              if frame["date_end"].notna().any() else dated.max()))
                                           if len(dated) else (None, None))
    strikes = frame.assign(n=1, d=frame["count"].astype("Float64").fillna(1).astype(int))
    want = strikes.dropna(subset=["date"]).groupby(["date", "event_type"])[["n", "d"]].sum().reset_index()
    daily = store.daily_counts(filters)
    assert daily[["incidents", "drones"]].to_numpy().tolist() == want[["n", "d"]].to_numpy().tolist()
    regions = store.region_counts(filters)
    per_region = strikes.dropna(subset=["region"]).groupby("region")["n"].sum()
    assert (regions.set_index("region")[["strikes", "interceptions"]].sum(axis=1) == per_region).all()


@pytest.mark.parametrize("filters", FILTERS[:5], ids=lambda f: f.describe())
def test_places_group_the_settlement_level_incidents(store, filters):
    frame = store.query(filters)
    want = places_reference.group_places(frame)
    got = store.places(filters)
    assert got[["lat", "lon", "n", "strikes"]].to_numpy().tolist() == \
        want[["lat", "lon", "n", "strikes"]].to_numpy().tolist()
    assert set(got["total"]) <= {int(want["n"].sum())}
    top = store.places(filters, limit=3)
    assert top[["lat", "lon"]].to_numpy().tolist() == got[["lat", "lon"]].head(3).to_numpy().tolist()
    at = store.place_incidents(filters, list(zip(top["lat"], top["lon"])), per_place=2)
    sizes = at.groupby(["place_lat", "place_lon"]).size().to_dict()
    assert sizes == {(lat, lon): min(n, 2) for lat, lon, n in top[["lat", "lon", "n"]].itertuples(index=False)}
    for (lat, lon), rows in at.groupby(["place_lat", "place_lon"], sort=False):
        here = frame[(frame["lat"].round(4) == lat) & (frame["lon"].round(4) == lon)
                     & frame["geo_precision"].isin([1, 2])]
        newest = here.sort_values(["date", "id"], ascending=False).head(2)
        assert rows["id"].tolist() == newest["id"].tolist()
    asked = list(zip(top["lat"], top["lon"]))[::-1]  # the rows come in the order the places are asked for
    again = store.place_incidents(filters, asked, per_place=2)
    assert list(dict.fromkeys(zip(again["place_lat"], again["place_lon"]))) == asked


def test_reports_spanning_months_are_still_regrouped(store_url):
    """_key_group bounds its scan from below; a report whose span is longer comes from its own index."""
    with open_store(store_url) as s:
        fields = dict(event_type="strike", country="RU", region="RU-BEL", settlement="Valuyki", evidence="e")
        s.add_document(Document("long", id="long"), [Incident(**fields, date="2024-01-01", date_end="2024-05-31",
                                                              date_precision="range")])
        s.add_document(Document("short", id="short"), [Incident(**fields, date="2024-05-20")])
        key = dedup.dedup_key({**fields, "date": "2024-05-20"})
        window = (dt.date(2024, 5, 10), dt.date(2024, 5, 30))
        found = {rec.document for _, _, rec in s._key_group(s._db, key, window)}
        everything = {rec.document for _, _, rec in s._key_group(s._db, key)}
        assert found == everything == {"long", "short"}
        assert s._key_group(s._db, key, (dt.date(2024, 7, 1), dt.date(2024, 7, 9))) == []


def test_query_pages(store):
    everything = store.query(Filters(include_undated=True))
    page = store.query(Filters(include_undated=True), limit=10, offset=20)
    assert page["id"].tolist() == everything["id"].iloc[20:30].tolist()
    assert isinstance(store.query(Filters(), limit=0), pd.DataFrame)


def test_both_stores_implement_the_whole_protocol():
    from geo.store import PostgresStore, SQLiteStore, Store

    wanted = {n for n in vars(Store) if not n.startswith("_") and callable(getattr(Store, n))}
    assert {"summary", "places", "place_incidents", "query"} <= wanted
    for backend in (SQLiteStore, PostgresStore):
        assert all(callable(getattr(backend, n, None)) for n in wanted), backend
