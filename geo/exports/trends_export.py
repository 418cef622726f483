"""The regions' trends as CSV (``--format trends``): the numbers of the Regions page's "hot regions" table.

Each row: region code, name, country, then for incidents and for drones the last 7 days, the 7
before, the change and the % change (empty when the 7 before had nothing).  The windows end on the
filters' last day (``--to``), else on the last day with incidents; the other filters apply as in
every export.  The two windows are on every row (``window_last``, ``window_previous``, as ISO 8601
intervals such as ``2025-05-01/2025-05-07``), so a row copied elsewhere still says what it compares.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, BinaryIO

from geo.exports.common import plain, write_bytes
from geo.filters import Filters
from geo.trends import TREND_COLUMNS, region_trends

COLUMNS = [*TREND_COLUMNS, "window_last", "window_previous"]


def render(store: Any, filters: Filters) -> str:
    """The CSV text of the trends for ``filters`` (header only when nothing is dated)."""
    table, w = region_trends(store, filters)
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    if w is not None:
        spans = {"window_last": f"{w.last[0]}/{w.last[1]}", "window_previous": f"{w.previous[0]}/{w.previous[1]}"}
        for row in table.to_dict("records"):
            writer.writerow({**{k: plain(v) for k, v in row.items()}, **spans})
    return buf.getvalue()


def write(store: Any, filters: Filters, out: str | Path | BinaryIO, fmt: str = "trends", **_: Any) -> None:
    """Write the trends CSV (UTF-8) of ``filters`` to a path or binary file."""
    write_bytes(out, render(store, filters).encode("utf-8"))
