"""``python -m geo``: a thin command-line layer over the core.

Each sub-command lives in its own module under :mod:`geo.commands` and
provides ``add_arguments(parser)`` and ``run(args) -> int``.  Errors that a
user can fix are printed as one line on stderr, never as a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from geo.errors import UserError

#: Sub-command name -> (module, one-line help). Order is the order of ``--help``.
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("geo.commands.extract", "print the incidents found in text files (no store)"),
    "ingest": ("geo.commands.ingest", "extract, geocode, de-duplicate and store documents"),
    "fetch": ("geo.commands.fetch", "fetch web pages and RSS/Atom feeds into the store (politely, no duplicates)"),
    "export": ("geo.commands.export", "write the map (html, png) or incidents (csv, geojson)"),
    "incidents": ("geo.commands.incidents", "list stored incidents, with the export filters"),
    "geocode": ("geo.commands.geocode", "look a settlement up in the gazetteer"),
    "doctor": ("geo.commands.doctor", "check the store and the bundled data"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geo",
        description="Drone-incident atlas: extract drone strikes and interceptions from news, "
                    "place them on the map, store and export them.",
        epilog="The store is GEO_DB (default data/incidents.db); --db overrides it.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        mod = importlib.import_module(module)
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except (UserError, ValueError, FileNotFoundError, PermissionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
