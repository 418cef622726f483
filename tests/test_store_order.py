"""Property: the incidents in the store do not depend on the order documents arrive in."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.documents.model import Document
from geo.record import Incident
from geo.store import open_store

DAYS = [None, "2024-07-20", "2024-07-21", "2024-07-22", "2024-07-24"]

record = st.fixed_dictionaries({
    "event_type": st.sampled_from(["strike", "interception"]),
    "region": st.sampled_from(["RU-BEL", "RU-KRS"]),
    "settlement": st.sampled_from([None, "Shebekino", "shebekino", "Glotovo"]),
    "date": st.sampled_from(DAYS),
    "count": st.sampled_from([None, 1, 2, 5]),
    "count_qualifier": st.sampled_from([None, "exact", "at_least"]),
    "injured": st.sampled_from([None, 0, 1, 3]),
    "geo_precision": st.sampled_from([1, 3]),
})
document = st.tuples(st.sampled_from([None, dt.date(2024, 7, 21), dt.date(2024, 7, 25)]),
                     st.lists(record, min_size=0, max_size=3))


def store_contents(docs, order) -> list:
    with open_store("sqlite://") as store:
        for i in order:
            published, records = docs[i]
            store.add_document(Document(f"text {i}", id=f"doc{i}", published=published),
                               [Incident(**r, country="RU", evidence=f"evidence {i}.{k}",
                                         lat=50.0 + (r["geo_precision"] == 1), lon=36.0)
                                for k, r in enumerate(records)])
        frame = store.query().drop(columns=["id"])
        rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
        groups = [sorted(store.sources([i])["document"]) for i in store.query()["id"]]
        return sorted(zip(map(repr, rows), map(repr, groups)))


@settings(max_examples=60, deadline=None)
@given(st.lists(document, min_size=1, max_size=5), st.randoms(use_true_random=False))
def test_any_order_gives_the_same_incidents(docs, rnd):
    order = list(range(len(docs)))
    shuffled = order[:]
    rnd.shuffle(shuffled)
    assert store_contents(docs, order) == store_contents(docs, shuffled)


spread_record = st.fixed_dictionaries({
    "event_type": st.just("interception"),
    "region": st.just("RU-BEL"),
    "settlement": st.sampled_from([None, None, "Shebekino"]),
    "day": st.one_of(st.none(), st.integers(0, 90)),
    "length": st.sampled_from([0, 0, 0, 1, 6, 20]),
    "count": st.sampled_from([None, 1, 5]),
})
spread_document = st.tuples(st.integers(0, 95), st.lists(spread_record, min_size=1, max_size=3))
START = dt.date(2024, 5, 1)


def spread_contents(docs, local: bool, monkeypatch) -> list:
    from geo.store.sqlite import SQLiteStore

    real = SQLiteStore._local_plan
    monkeypatch.setattr(SQLiteStore, "_local_plan", real if local else (lambda self, db, key, new: None))
    with open_store("sqlite://") as store:
        for i, (published, records) in enumerate(docs):
            incidents = []
            for k, r in enumerate(records):
                day = None if r["day"] is None else START + dt.timedelta(days=r["day"])
                end = day + dt.timedelta(days=r["length"]) if day and r["length"] else None
                incidents.append(Incident(r["event_type"], country="RU", region=r["region"],
                                          settlement=r["settlement"], count=r["count"],
                                          date=day.isoformat() if day else None,
                                          date_end=end.isoformat() if end else None,
                                          date_precision="range" if end else ("day" if day else None),
                                          evidence=f"evidence {i}.{k}"))
            store.add_document(Document(f"text {i}", id=f"doc{i}",
                                        published=START + dt.timedelta(days=published)), incidents)
        frame = store.query().drop(columns=["id"])
        rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
        groups = [sorted(store.sources([i])["document"]) for i in store.query()["id"]]
    monkeypatch.setattr(SQLiteStore, "_local_plan", real)
    return sorted(zip(map(repr, rows), map(repr, groups)))


@settings(max_examples=40, deadline=None)
@given(st.lists(spread_document, min_size=2, max_size=12))
def test_regrouping_near_the_new_reports_equals_regrouping_everything(docs):
    import pytest

    with pytest.MonkeyPatch.context() as mp:
        assert spread_contents(docs, True, mp) == spread_contents(docs, False, mp)


def test_far_apart_reports_are_regrouped_locally(monkeypatch, store_url):
    with open_store(store_url) as store:
        backend = type(store)
        real, used = backend._local_plan, []

        def spy(self, db, key, new):
            plan = real(self, db, key, new)
            used.append(plan is not None)
            return plan

        monkeypatch.setattr(backend, "_local_plan", spy)
        for day in range(0, 200, 3):
            d = START + dt.timedelta(days=day)
            store.add_document(Document(f"t{day}", id=f"d{day}", published=d),
                               [Incident("interception", country="RU", region="RU-BEL", date=d.isoformat(),
                                         evidence="e")])
        assert store.count() == len(used) and all(used)
