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
from typing import BinaryIO, Callable

from geo import claimants as claimant_kinds
from geo import exports
from geo.documents.limits import printable
from geo.errors import UserError
from geo.exports.common import STDOUT_NAMES, os_error_text, output_path
from geo.filters import MAX_TEXT, Filters, parse_cli
from geo.record import EVENT_TYPES
from geo.store import default_url, is_sqlite, open_store
from geo.store.sqlite import sqlite_path

#: formats that cannot go to a terminal and get a default file name instead
FILE_ONLY = ("html", "png", "gpkg")


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """--from/--to/--region/--country/--type/--precision/--text/--claimant and --db."""
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (inclusive)")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (inclusive)")
    parser.add_argument("--region", nargs="+", action="extend", metavar="CODE",
                        help="ISO 3166-2 codes or names (RU-BEL, Belgorod)")
    parser.add_argument("--country", nargs="+", action="extend", metavar="CC", help="RU, UA, BY")
    parser.add_argument("--type", nargs="+", action="extend", choices=EVENT_TYPES, help="event types")
    parser.add_argument("--precision", nargs="+", action="extend", type=int, choices=(1, 2, 3, 4),
                        help="geo_precision values to keep")
    parser.add_argument("--text", default="", help=f"words to find in settlement, target, evidence and region: "
                        f"whole words in any case (a Cyrillic word also finds its inflected forms); at most "
                        f"{MAX_TEXT} characters")
    parser.add_argument("--claimant", nargs="+", action="extend", metavar="WHO",
                        help="who the evidence names, any of: " + ", ".join(claimant_kinds.filter_options())
                        + " (none: no claimant named)")
    parser.add_argument("--db", metavar="URL", help="the store: a SQLite path, sqlite:///path or postgresql://user@host/db (default GEO_DB)")


def filters_from(args: argparse.Namespace) -> Filters:
    """The Filters the options describe (ValueError with a readable message on bad input)."""
    filters = parse_cli(args.date_from, args.date_to, args.region, args.type, args.country,
                        getattr(args, "claimant", None))
    return filters.with_(precisions=tuple(args.precision or ()), text=args.text or "")


def open_existing(url: str | None):
    """The store for reading commands; a missing file is an error (a typo would export nothing).
    A PostgreSQL database that is missing is an error when it is opened."""
    url = url or default_url()
    path = sqlite_path(url)
    if is_sqlite(url) and path != ":memory:" and not Path(path).expanduser().exists():
        raise FileNotFoundError(f"no store at {path} (ingest documents first: python -m geo ingest PATH)")
    return open_store(url)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, choices=tuple(exports.FORMATS), help="what to write")
    parser.add_argument("--out", metavar="FILE",
                        help="output file (written whole or not at all; '-' or /dev/stdout: standard "
                             "output); csv/acled/geojson/trends default to standard output, html/png/gpkg "
                             "to atlas-YYYYMMDD-HHMM.<ext>")
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
    to_stdout = out is None or out in STDOUT_NAMES
    if out is not None and not to_stdout:
        output_path(out)  # a folder, a device or a missing folder fails now, not after the work
    options = {"title": args.title} if args.title else {}
    if args.format in FILE_ONLY:
        options["metric"] = args.metric
    store = open_existing(args.db)
    try:
        if to_stdout:
            write_stdout(lambda stream: exports.write(args.format, store, filters, stream, **options))
        else:
            exports.write(args.format, store, filters, out, **options)
            print(f"wrote {printable(str(out))} ({store.count(filters)} incidents; {filters.describe()})",
                  file=sys.stderr)
    finally:
        store.close()
    return 0


def write_stdout(write: Callable[[BinaryIO], object]) -> None:
    """Run ``write`` on standard output; a failure to write (a full disk behind ``>``) is one line."""
    try:
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise UserError(f"cannot write to standard output: {os_error_text(exc)}") from None
