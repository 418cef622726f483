"""A store's incidents as comparable values: the tests that ingest the same input twice compare these."""
from __future__ import annotations


def contents(store) -> list[tuple]:
    """The store's incidents without ids: every displayed field plus the sorted source documents."""
    frame = store.query()
    out = []
    for row in frame.astype(object).where(frame.notna(), None).to_dict("records"):
        docs = sorted(s["document"] for s in store.incident(int(row.pop("id")))["sources"])
        out.append((tuple(sorted(row.items(), key=lambda kv: kv[0])), tuple(docs)))
    return sorted(out, key=repr)
