"""Incidents as CSV: every schema field (``csv``) or ACLED's column set (``acled``).

One row per de-duplicated incident.  The ACLED columns, codes and words are in
:mod:`geo.exports.acled` (why each is what it is: docs/EXPORTS.md), so analysts can
put our rows next to ACLED's in the same sheet.
"""
from __future__ import annotations

import csv
import io
import time
from pathlib import Path
from typing import Any, BinaryIO

from geo import claimants
from geo.exports import acled
from geo.exports.acled import ACLED_COLUMNS
from geo.exports.common import selection, source_label, write_bytes
from geo.filters import Filters
from geo.record import SCHEMA_FIELDS

#: the schema's fields, then what the store adds: sources, the Latin spelling of a settlement that
#: a Russian or Ukrainian article named in Cyrillic (so one column sorts and joins in Latin), who the
#: evidence names ("RU MoD (claim), media": an official of either side is marked as a claim) and the
#: sides whose officials claim it ("RU", "UA", "RU, UA")
CSV_COLUMNS = ("id", *SCHEMA_FIELDS, "n_sources", "sources", "settlement_latin", "claimants", "claim_sides")
SOURCE_SEPARATOR = " | "
#: A text cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets; an
#: article can put one there ("=HYPERLINK(...)" as a title), so such cells get a leading apostrophe.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_row(incident: dict[str, Any], sources: list[dict[str, Any]]) -> dict[str, Any]:
    """Every schema field, id, n_sources, and the sources joined into one cell."""
    row = {k: incident.get(k) for k in CSV_COLUMNS}
    row["sources"] = SOURCE_SEPARATOR.join(source_label(s) for s in sources)
    row["claimants"] = claimants.describe(incident.get("claimants"))
    row["claim_sides"] = claimants.sides(incident.get("claimants"))
    return row


def acled_row(incident: dict[str, Any], sources: list[dict[str, Any]], timestamp: int | None = None) -> dict[str, Any]:
    """ACLED's 31 columns for one incident (see :func:`geo.exports.acled.row`)."""
    stamp = int(time.time()) if timestamp is None else timestamp
    return acled.row(incident, [source_label(s) for s in sources], stamp)


def spreadsheet_safe(value: Any) -> Any:
    """``value`` as a spreadsheet shows it, never run: text that opens like a formula is quoted (OWASP's rule)."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def render(store: Any, filters: Filters, fmt: str = "csv") -> str:
    """The CSV text for ``filters`` (``fmt`` is ``csv`` or ``acled``)."""
    columns = ACLED_COLUMNS if fmt == "acled" else CSV_COLUMNS
    stamp = int(time.time())
    rows, sources = selection(store, filters)
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for incident in rows:
        own = sources[int(incident["id"])]
        row = acled_row(incident, own, stamp) if fmt == "acled" else csv_row(incident, own)
        writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
    return buf.getvalue()


def write(store: Any, filters: Filters, out: str | Path | BinaryIO, fmt: str = "csv", **_: Any) -> None:
    """Write the CSV (UTF-8) of ``filters`` to a path or binary file."""
    write_bytes(out, render(store, filters, fmt).encode("utf-8"))
