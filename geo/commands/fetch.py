"""``python -m geo fetch URL... | --feeds FILE [--every MINUTES]``: web pages and feeds into the store."""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from geo.commands.ingest import iso_date, print_messages
from geo.errors import UserError
from geo.ingest import IngestSummary
from geo.sources.fetch import Fetcher, FetchOptions, ingesting, read_url_list
from geo.sources.http import FetchSettings, HttpClient
from geo.store import open_store


def _positive(kind: type) -> Any:
    def parse(value: str) -> Any:
        try:
            number = kind(value)
        except ValueError:
            number = 0
        if number <= 0:
            raise argparse.ArgumentTypeError(f"want a positive number, not {value!r}")
        return number
    return parse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="*", metavar="URL",
                        help="RSS/Atom/RSS 1.0 feeds or article pages (told apart by the answer)")
    parser.add_argument("--feeds", metavar="FILE", help="a file of URLs, one a line (# starts a comment); "
                                                        "read again before every round")
    parser.add_argument("--every", type=_positive(float), metavar="MINUTES",
                        help="fetch again every MINUTES until Ctrl-C (which stops after the current item)")
    parser.add_argument("--max-items", type=_positive(int), metavar="N", help="at most N new items from each feed")
    parser.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="skip feed items published before")
    parser.add_argument("--delay", type=float, metavar="SECONDS",
                        help="seconds between two requests to one host (default GEO_FETCH_DELAY or 1)")
    parser.add_argument("--timeout", type=_positive(float), metavar="SECONDS",
                        help="for one whole response (default GEO_FETCH_TIMEOUT or 20)")
    parser.add_argument("--db", metavar="URL", help="the store: a SQLite path, sqlite:///path or postgresql://user@host/db (default GEO_DB)")


def _urls(args: argparse.Namespace) -> list[str]:
    urls = list(args.urls)
    if args.feeds:
        try:
            text = Path(args.feeds).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise UserError(f"{args.feeds}: cannot read ({exc.strerror or exc})") from None
        urls += [u for u in read_url_list(text) if u not in urls]
    return urls


def _report(summary: IngestSummary) -> None:
    print_messages(summary)
    print(summary.describe(), flush=True)


def _on_interrupt(stop: threading.Event) -> Any:
    """First Ctrl-C: finish the current item, then stop; a second one stops at once."""
    def handler(signum: int, frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        print("stopping after the current item (Ctrl-C again to stop at once)", file=sys.stderr, flush=True)
    return handler


def run(args: argparse.Namespace) -> int:
    if not args.urls and not args.feeds:
        raise UserError("give one or more URLs, or --feeds FILE")
    settings = FetchSettings.from_env(delay=args.delay, timeout=args.timeout)
    store = open_store(args.db)
    stop = threading.Event()
    try:
        previous = signal.signal(signal.SIGINT, _on_interrupt(stop))
    except ValueError:  # not the main thread (embedded): Ctrl-C keeps its usual meaning
        previous = None
    fetcher = Fetcher(store, HttpClient(settings), ingesting(store),
                      FetchOptions(max_items=args.max_items, since=args.since), stop)
    failed = False
    try:
        while True:
            urls = _urls(args)
            if not urls:
                raise UserError(f"{args.feeds}: no URLs in the file")
            summary = fetcher.run(urls)
            _report(summary)
            failed = failed or not summary.ok
            if not args.every or stop.wait(args.every * 60):
                break
    finally:
        store.close()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    return 1 if failed else 0
