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


def id_free_rows(store) -> dict[str, list[tuple]]:
    """Every row of a store's ingest tables (and PostgreSQL's per-day aggregate), without the
    wall-clock columns and with each incident named by its reports (document, ordinal) instead of
    its id: what must equal whatever order the documents were committed in (concurrent writers)."""
    def named(sql):
        rows = store._rows(sql)
        return [{k: row[k] for k in row.keys() if not k.endswith("_at")} for row in rows]

    sources = named("SELECT * FROM incident_sources")
    reports: dict[int, list] = {}
    for row in sources:
        reports.setdefault(row["incident_id"], []).append((row["document_id"], row["ordinal"]))
    name = {incident: tuple(sorted(members)) for incident, members in reports.items()}
    out = {"documents": sorted((tuple(sorted(r.items())) for r in named("SELECT * FROM documents")), key=repr)}
    out["incidents"] = sorted(((name.get(r.pop("id")), tuple(sorted(r.items())))
                               for r in named("SELECT * FROM incidents")), key=repr)
    out["incident_sources"] = sorted(((name[r.pop("incident_id")], tuple(sorted((k, v) for k, v in r.items()
                                                                                if k != "id"))) for r in sources),
                                     key=repr)
    if store.url.startswith("postgres"):
        out["daily_agg"] = sorted((tuple(sorted(r.items())) for r in named("SELECT * FROM daily_agg")), key=repr)
    return out
