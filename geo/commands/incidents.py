"""``python -m geo incidents``: a quick look at the stored incidents, with the export filters."""
from __future__ import annotations

import argparse
import json
import sys

from geo.commands.export import add_filter_arguments, filters_from, open_existing
from geo.exports.common import records

#: table column -> incident field
TABLE_COLUMNS = {"id": "id", "date": "date", "type": "event_type", "region": "region",
                 "settlement": "settlement", "count": "count", "sources": "n_sources"}
MAX_WIDTH = 28


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="show at most N incidents")
    add_filter_arguments(parser)


def table(rows: list[dict]) -> str:
    """Fixed-width text table of the TABLE_COLUMNS."""
    cells = [[("" if r[f] is None else str(r[f]))[:MAX_WIDTH] for f in TABLE_COLUMNS.values()] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(TABLE_COLUMNS)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(TABLE_COLUMNS, widths))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
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
        for row in records(shown):
            print(json.dumps(row, ensure_ascii=False))
    elif args.format == "csv":
        shown.to_csv(sys.stdout, index=False)
    else:
        print(table(records(shown)))
        more = f" (showing {len(shown)})" if len(shown) < len(frame) else ""
        print(f"{len(frame)} incident{'s' if len(frame) != 1 else ''}{more}; {filters.describe()}",
              file=sys.stderr)
    return 0
