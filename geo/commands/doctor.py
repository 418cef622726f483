"""``python -m geo doctor``: check the store and the bundled data, and say what to do."""
from __future__ import annotations

import argparse
import json

from geo.doctor import ERROR, run_all
from geo.documents.limits import printable

SYMBOLS = {"ok": "ok  ", "warning": "WARN", "error": "FAIL"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="store path, sqlite:/// or postgresql:// URL (default: GEO_DB or data/incidents.db)")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    from geo.store import default_url, is_sqlite
    from geo.store.sqlite import sqlite_path

    url = args.db or default_url()
    findings = run_all(sqlite_path(url) if is_sqlite(url) else url)
    if args.format == "json":
        print(json.dumps([f.__dict__ for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            print(f"{SYMBOLS[f.level]}  {f.check:<12} {printable(f.message)}")  # messages name the store's path
            if f.advice and f.level != "ok":
                print(f"      {'':<12} -> {printable(f.advice)}")
        errors = sum(f.level == ERROR for f in findings)
        warnings = sum(f.level == "warning" for f in findings)
        print(f"\n{errors} error(s), {warnings} warning(s)")
    return 1 if any(f.level == ERROR for f in findings) else 0
