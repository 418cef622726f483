"""``python -m geo extract FILE...``: print the incidents found in files, placed on the map.

Reads nothing from and writes nothing to the store.  A file that cannot be
read is reported on stderr with its path; the others still run and the exit
code is 1.  No incidents is not an error.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, Iterable, Iterator, TextIO

from geo.commands.ingest import iso_date
from geo.documents.limits import printable
from geo.documents.readers import read_path
from geo.errors import ReadError, ReadNote
from geo.pipeline import process

FORMATS = ("json", "jsonl", "table")
def _dash(value) -> str:
    return "-" if value is None else str(value)


def _count(r: dict) -> str:
    if r["count"] is None and not r["count_qualifier"]:
        return "-"
    sign = {"at_least": ">=", "approximate": "~"}.get(r["count_qualifier"], "")
    return sign + ("?" if r["count"] is None else str(r["count"]))


def _date(r: dict) -> str:
    span = f"{r['date'] or '-'}" + (f"..{r['date_end']}" if r["date_end"] else "")
    return span + ("?" if r["date_precision"] == "year_assumed" else "")


#: Table columns: header -> how to show one record ("?" after a date: the year was assumed).
TABLE_COLUMNS: dict[str, Callable[[dict], str]] = {
    "type": lambda r: r["event_type"],
    "region": lambda r: r["region"] or "-",
    "settlement": lambda r: r["settlement"] or "-",
    "count": _count,
    "date": _date,
    "killed/injured": lambda r: f"{_dash(r['killed'])}/{_dash(r['injured'])}",
    "target": lambda r: r["target"] or "-",
    "precision": lambda r: _dash(r["geo_precision"]),
    "document": lambda r: r["document"],
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="FILE",
                        help="text (.txt/.md), .json (text, published, id ...), .jsonl, or - for standard input")
    parser.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                        help="publication date for documents that do not carry one")
    parser.add_argument("--format", choices=FORMATS, default="json",
                        help="json: one list; jsonl: one incident a line; table: for reading")
    parser.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD",
                        help="the ingestion date that dates without a year are resolved against (default: today)")


def records(paths: Iterable[str], published=None, today=None, errors: TextIO | None = None) -> Iterator[dict | None]:
    """Schema records of every readable document; yields None after each unreadable file or row."""
    errors = errors or sys.stderr
    for path in paths:
        try:
            for doc in read_path(path, published):
                if isinstance(doc, ReadNote):  # what the reader left out on purpose: not a failure
                    print(f"note: {doc}", file=errors)
                    continue
                if isinstance(doc, ReadError):
                    print(f"error: {printable(str(doc))}", file=errors)
                    yield None
                    continue
                for note in doc.notes:
                    print(f"warning: {printable(note)}", file=errors)
                for inc in process(doc, today=today):
                    inc.document = printable(path)
                    yield inc.to_dict()
        except ReadError as exc:
            print(f"error: {printable(str(exc))}", file=errors)
            yield None


def write_table(rows: list[dict], out: TextIO) -> None:
    if not rows:
        print("no incidents found", file=out)
        return
    cells = [[printable(fmt(r)) for fmt in TABLE_COLUMNS.values()] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(TABLE_COLUMNS)]
    print("  ".join(h.ljust(w) for h, w in zip(TABLE_COLUMNS, widths)).rstrip(), file=out)
    for c in cells:
        print("  ".join(v.ljust(w) for v, w in zip(c, widths)).rstrip(), file=out)


def run(args: argparse.Namespace) -> int:
    failed = False
    rows: list[dict] = []
    out = sys.stdout
    for rec in records(args.paths, args.published, args.today):
        if rec is None:
            failed = True
        elif args.format == "jsonl":
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            out.flush()
        else:
            rows.append(rec)
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "table":
        write_table(rows, out)
    return 1 if failed else 0
