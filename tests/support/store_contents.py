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


#: The tables an ingest writes, compared row for row (ids included: the same input order gives the same ids).
INGEST_TABLES = ("documents", "incidents", "incident_sources")


def table_rows(path) -> dict[str, list[tuple]]:
    """Every row of a SQLite store's ingest tables, in id order, without the wall-clock columns (``*_at``)."""
    import sqlite3

    out = {}
    with sqlite3.connect(str(path)) as db:
        for table in INGEST_TABLES:
            cursor = db.execute(f"SELECT * FROM {table} ORDER BY rowid")
            keep = [i for i, col in enumerate(cursor.description) if not col[0].endswith("_at")]
            out[table] = [tuple(row[i] for i in keep) for row in cursor]
    return out
