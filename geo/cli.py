"""``python -m geo``: a thin command-line layer over the core.

Each sub-command lives in its own module under :mod:`geo.commands` and
provides ``add_arguments(parser)`` and ``run(args) -> int``.  Errors that a
user can fix are printed as one line on stderr, never as a traceback, with
anything the user typed or a file named escaped (:func:`printable`).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import NoReturn

from geo.documents.limits import printable
from geo.errors import UserError
from geo.exports.common import os_error_text

#: Sub-command name -> (module, one-line help). Order is the order of ``--help``.
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("geo.commands.extract", "print the incidents found in text files (no store)"),
    "ingest": ("geo.commands.ingest", "extract, geocode, de-duplicate and store documents"),
    "fetch": ("geo.commands.fetch", "fetch web pages and RSS/Atom feeds into the store (politely, no duplicates)"),
    "export": ("geo.commands.export", "write the map (html, png), the incidents (csv, acled, geojson, gpkg) or the trends (csv)"),
    "incidents": ("geo.commands.incidents", "list stored incidents, with the export filters"),
    "geocode": ("geo.commands.geocode", "look a settlement up in the gazetteer"),
    "doctor": ("geo.commands.doctor", "check the store and the bundled data"),
    "migrate": ("geo.commands.migrate", "copy a store into another (SQLite <-> PostgreSQL), ids kept"),
}


class Parser(argparse.ArgumentParser):
    """argparse whose usage errors quote the user's input escaped (an option value may hold ESC)."""

    def error(self, message: str) -> NoReturn:
        super().error(printable(message))


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
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
        code = int(args._run(args) or 0)
        sys.stdout.flush()  # a full disk behind ">" fails here, not in the interpreter's exit
        return code
    except (UserError, ValueError, FileNotFoundError, PermissionError) as exc:
        _settle_stdout()
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _drop_stdout()
        return 0
    except OSError as exc:  # e.g. standard output on a full disk
        _drop_stdout()
        print(f"error: cannot write the output: {printable(os_error_text(exc))}", file=sys.stderr)
        return 1


def _settle_stdout() -> None:
    """Write out what is still buffered for standard output; if that cannot be done, drop it."""
    try:
        sys.stdout.flush()
    except OSError:
        _drop_stdout()


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush of what could not be
    written does not print a second, Python-worded error."""
    stdout = sys.__stdout__
    if stdout is None or sys.stdout is not stdout:  # replaced by a caller (a test capturing output)
        return
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
    except (OSError, ValueError):
        pass
