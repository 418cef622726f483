"""``python -m geo incidents``: a quick look at the stored incidents, with the export filters."""
from __future__ import annotations

import argparse
import json
import sys

from geo.commands.export import add_filter_arguments, filters_from, open_existing, write_stdout
from geo.documents.limits import printable
from geo.exports.common import records
from geo.record import SOURCE_FIELDS

#: table column -> incident field
TABLE_COLUMNS = {"id": "id", "date": "date", "type": "event_type", "region": "region",
                 "settlement": "settlement", "count": "count", "sources": "n_sources"}
MAX_WIDTH = 28


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="show at most N incidents")
    parser.add_argument("--id", type=int, default=None, metavar="N",
                        help="show incident N with every source: its evidence and its own figures")
    add_filter_arguments(parser)


def table(rows: list[dict]) -> str:
    """Fixed-width text table of the TABLE_COLUMNS."""
    cells = [[printable(("" if r[f] is None else str(r[f]))[:MAX_WIDTH]) for f in TABLE_COLUMNS.values()]
             for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(TABLE_COLUMNS)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(TABLE_COLUMNS, widths))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


#: per-source fields shown by ``--id`` (what differs between reports of one incident)


def detail(incident: dict) -> dict:
    """Incident ``--id`` as printed: the record, and per source its document, evidence and own figures."""
    sources = [{"document": s.get("document"), "title": s.get("title"), "url": s.get("url"),
                "published": s.get("published"), "evidence": s.get("evidence"),
                "fields": {k: (s.get("fields") or {}).get(k) for k in SOURCE_FIELDS}}
               for s in incident.get("sources") or []]
    return {**{k: v for k, v in incident.items() if k != "sources"}, "sources": sources}


def detail_text(shown: dict) -> str:
    """``detail`` for a terminal: the record's fields, then one block per source."""
    lines = [f"{k}: {v}" for k, v in shown.items() if k != "sources" and v is not None]
    for n, src in enumerate(shown["sources"], 1):
        own = ", ".join(f"{k} {v}" for k, v in src["fields"].items() if v is not None)
        lines += ["", f"source {n}: {src['document']}" + (f" ({src['published']})" if src["published"] else ""),
                  *(f"  {k}: {src[k]}" for k in ("title", "url") if src[k]),
                  f"  says: {own}", f"  evidence: {src['evidence']}"]
    return "\n".join(printable(line) for line in lines)


def show_one(store, incident_id: int, fmt: str) -> int:
    incident = store.incident(incident_id)
    if incident is None:
        raise ValueError(f"no incident {incident_id} in this store (python -m geo incidents lists the ids)")
    shown = detail(incident)
    text = json.dumps(shown, ensure_ascii=False, default=str) if fmt == "json" else detail_text(shown)
    write_stdout(lambda stream: stream.write((text + "\n").encode("utf-8", "backslashreplace")))
    return 0


def run(args: argparse.Namespace) -> int:
    if args.id is not None:
        store = open_existing(args.db)
        try:
            return show_one(store, args.id, args.format)
        finally:
            store.close()
    if args.limit is not None and args.limit < 0:
        raise ValueError("--limit must be 0 or more")
    filters = filters_from(args)
    store = open_existing(args.db)
    try:
        frame = store.query(filters)
    finally:
        store.close()
    shown = frame if args.limit is None else frame.head(args.limit)
    if args.format == "json":
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in records(shown))
    elif args.format == "csv":
        text = shown.to_csv(index=False)
    else:
        text = table(records(shown)) + "\n"
    write_stdout(lambda stream: stream.write(text.encode("utf-8", "backslashreplace")))
    if args.format == "table":
        more = f" (showing {len(shown)})" if len(shown) < len(frame) else ""
        print(f"{len(frame)} incident{'s' if len(frame) != 1 else ''}{more}; {filters.describe()}",
              file=sys.stderr)
    return 0
