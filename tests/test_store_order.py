"""Property: the incidents in the store do not depend on the order documents arrive in."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.documents import Document
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
