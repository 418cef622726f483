"""``python -m geo export``: the map (html, png), the incidents (csv, acled, geojson, gpkg) or the
regions' trends (trends) for some filters.

Also holds the filter options that ``python -m geo incidents`` shares, so both
commands select incidents the same way.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from geo import exports
from geo.filters import Filters, parse_cli
from geo.record import EVENT_TYPES
from geo.store import default_url, open_store
from geo.store.sqlite import sqlite_path

#: formats that cannot go to a terminal and get a default file name instead
FILE_ONLY = ("html", "png", "gpkg")


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """--from/--to/--region/--country/--type/--precision/--text and --db."""
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (inclusive)")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (inclusive)")
    parser.add_argument("--region", nargs="+", action="extend", metavar="CODE",
                        help="ISO 3166-2 codes or names (RU-BEL, Belgorod)")
    parser.add_argument("--country", nargs="+", action="extend", metavar="CC", help="RU, UA, BY")
    parser.add_argument("--type", nargs="+", action="extend", choices=EVENT_TYPES, help="event types")
    parser.add_argument("--precision", nargs="+", action="extend", type=int, choices=(1, 2, 3, 4),
                        help="geo_precision values to keep")
    parser.add_argument("--text", default="", help="case-insensitive text in settlement, target, evidence, region")
    parser.add_argument("--db", metavar="URL", help="the store: a SQLite path or sqlite:///path (default GEO_DB)")


def filters_from(args: argparse.Namespace) -> Filters:
    """The Filters the options describe (ValueError with a readable message on bad input)."""
    filters = parse_cli(args.date_from, args.date_to, args.region, args.type, args.country)
    return filters.with_(precisions=tuple(args.precision or ()), text=args.text or "")


def open_existing(url: str | None):
    """The store for reading commands; a missing file is an error (a typo would export nothing)."""
    url = url or default_url()
    path = sqlite_path(url)
    if path != ":memory:" and not Path(path).expanduser().exists():
        raise FileNotFoundError(f"no store at {path} (ingest documents first: python -m geo ingest PATH)")
    return open_store(url)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, choices=tuple(exports.FORMATS), help="what to write")
    parser.add_argument("--out", metavar="FILE",
                        help="output file; csv/acled/geojson/trends default to standard output, "
                             "html/png/gpkg to atlas-YYYYMMDD-HHMM.<ext>")
    parser.add_argument("--title", help="title for the map (html, png)")
    parser.add_argument("--metric", default="both", metavar="METRIC",
                        help="what the map colours regions by (html, png): both, strikes, interceptions, "
                             "drones, drones_strike, drones_interception")
    add_filter_arguments(parser)


def default_name(fmt: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    return f"atlas-{now:%Y%m%d-%H%M}{exports.FORMATS[fmt][1]}"


def run(args: argparse.Namespace) -> int:
    filters = filters_from(args)
    out = args.out or (default_name(args.format) if args.format in FILE_ONLY else None)
    options = {"title": args.title} if args.title else {}
    if args.format in FILE_ONLY:
        options["metric"] = args.metric
    store = open_existing(args.db)
    try:
        if out is None or out == "-":
            exports.write(args.format, store, filters, sys.stdout.buffer, **options)
            sys.stdout.buffer.flush()
        else:
            exports.write(args.format, store, filters, out, **options)
            print(f"wrote {out} ({store.count(filters)} incidents; {filters.describe()})", file=sys.stderr)
    finally:
        store.close()
    return 0
