"""``python -m geo migrate --from STORE --to STORE``: copy a store, ids and evidence kept."""
from __future__ import annotations

import argparse
import sys

from geo.commands.export import open_existing
from geo.documents.limits import printable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = ("The source is read as one snapshot: others may keep writing into it (what they add "
                     "after the copy began is not copied). Writers into the TARGET should wait until the "
                     "copy ends: it fills only an empty store, in one transaction.")
    parser.add_argument("--from", dest="source", required=True, metavar="STORE",
                        help="the store to copy: a SQLite path or sqlite:/// URL, or postgresql://user@host/db")
    parser.add_argument("--to", dest="target", required=True, metavar="STORE",
                        help="the store to fill (created if missing; must hold no documents yet)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on standard error")


def _progress(table: str, done: int, total: int) -> None:
    print(f"\r{table}: {done:,}/{total:,} rows", end="" if done < total else "\n", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from geo.store import open_store, public_url
    from geo.store.copying import copy_store

    source = open_existing(args.source)
    try:
        target = open_store(args.target)
        try:
            copied = copy_store(source, target, None if args.quiet else _progress)  # type: ignore[arg-type]
        finally:
            target.close()
    finally:
        source.close()
    rows = ", ".join(f"{n:,} {table}" for table, n in copied.items() if n)
    print(printable(f"copied {rows or 'nothing (the source is empty)'} from {public_url(args.source)} to {public_url(args.target)}"))
    return 0
