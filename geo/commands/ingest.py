"""``python -m geo ingest PATH...``: extract, geocode, de-duplicate and store documents."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from geo.cluster import parse_scheduler
from geo.documents.limits import parse_size, printable
from geo.documents.readers import SUPPORTED_SUFFIXES
from geo.errors import UserError
from geo.ingest import IngestSummary, ingest_paths
from geo.progress import Progress
from geo.store import open_store
from geo.workers import resolve_workers


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {value!r} (want YYYY-MM-DD)") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help=f"files or folders (read recursively: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
    parser.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                        help="publication date for files that do not carry one")
    parser.add_argument("--db", metavar="URL", help="the store: a SQLite path, sqlite:///path or postgresql://user@host/db (default GEO_DB)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=_workers, default=1, metavar="N",
                       help="processes that extract and geocode in parallel (default 1; 0 or 'auto': every "
                            "core); the result is the same for any number")
    where.add_argument("--scheduler", type=_scheduler, metavar="ADDRESS",
                       help="extract and geocode on a Dask cluster instead: local:N (N processes here) or "
                            "tcp://host:port (a running scheduler); a PostgreSQL store is written by the "
                            "workers (GEO_CLUSTER_WRITES=client: from here), an SQLite one from here; the "
                            "store ends up the same")
    parser.add_argument("--max-bytes", type=_size, metavar="SIZE",
                        help="largest document read, e.g. 5M (default GEO_MAX_DOC_BYTES or 5 MB); "
                             "larger files are reported and skipped")


def _workers(value: str) -> int:
    try:
        return resolve_workers(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _scheduler(value: str) -> str:
    try:
        return parse_scheduler(value)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _size(value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    progress = None if args.quiet else Progress("documents")
    try:
        summary = ingest_paths(args.paths, store, published=args.published, progress=progress,
                               workers=args.workers, max_bytes=args.max_bytes, scheduler=args.scheduler)
    finally:
        if progress:
            progress.close()
        store.close()
    print_messages(summary)
    total = summary.documents_new + summary.documents_unchanged + summary.documents_failed
    if total == 0:
        print(f"error: no documents found in {printable(' '.join(args.paths))}", file=sys.stderr)
        return 1
    print(summary.describe())
    return 0 if summary.ok else 1


def print_messages(summary: IngestSummary) -> None:
    """The notes, warnings and errors of a run, one escaped line each on standard error."""
    for kind, lines in (("note", summary.notes), ("warning", summary.warnings), ("error", summary.errors)):
        for line in lines:
            print(f"{kind}: {printable(line)}", file=sys.stderr)
