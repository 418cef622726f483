"""Incidents as CSV: every schema field (``csv``) or ACLED's column set (``acled``).

One row per de-duplicated incident.  The ACLED mapping (docs/DEDUP.md,
"Exports") lets analysts put our rows next to ACLED's: strikes and
interceptions are both "Explosions/Remote violence" / "Air/drone strike",
and the notes say which (ACLED has no interception type).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, BinaryIO

from geo.exports.common import selection, source_label, write_bytes
from geo.filters import Filters
from geo.record import SCHEMA_FIELDS

#: the schema's fields, then what the store adds: sources, and the Latin spelling of a settlement that
#: a Russian or Ukrainian article named in Cyrillic (so one column sorts and joins in Latin)
CSV_COLUMNS = ("id", *SCHEMA_FIELDS, "n_sources", "sources", "settlement_latin")
ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities")
SOURCE_SEPARATOR = " | "
#: A text cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets; an
#: article can put one there ("=HYPERLINK(...)" as a title), so such cells get a leading apostrophe.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: our event_type -> (ACLED event_type, ACLED sub_event_type, word that opens the notes)
ACLED_TYPES = {
    "strike": ("Explosions/Remote violence", "Air/drone strike", "Drone strike"),
    "interception": ("Explosions/Remote violence", "Air/drone strike", "Drone interception"),
}


def csv_row(incident: dict[str, Any], sources: list[dict[str, Any]]) -> dict[str, Any]:
    """Every schema field, id, n_sources, and the sources joined into one cell."""
    row = {k: incident.get(k) for k in CSV_COLUMNS}
    row["sources"] = SOURCE_SEPARATOR.join(source_label(s) for s in sources)
    return row


def acled_notes(incident: dict[str, Any]) -> str:
    """A short sentence in ACLED's style: what, how many, what was hit, plus the evidence."""
    parts = [ACLED_TYPES[incident["event_type"]][2]]
    if incident.get("count") is not None:
        qualifier = {"at_least": "at least ", "approximate": "about "}.get(incident.get("count_qualifier") or "", "")
        parts.append(f"{qualifier}{incident['count']} drone(s)")
    if incident.get("target"):
        parts.append(f"target: {incident['target']}")
    if incident.get("injured") is not None:
        parts.append(f"injured: {incident['injured']}")
    if incident.get("date_end"):
        parts.append(f"period {incident['date']} to {incident['date_end']}")
    return " ".join(("; ".join(parts) + f". {incident.get('evidence') or ''}").split())


def acled_row(incident: dict[str, Any], sources: list[dict[str, Any]]) -> dict[str, Any]:
    """ACLED's columns for one incident (geo_precision 4, country only, becomes ACLED's 3)."""
    event_type, sub_event_type, _ = ACLED_TYPES[incident["event_type"]]
    precision = incident.get("geo_precision")
    return {
        "event_date": incident.get("date"),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "admin1": incident.get("region_name"),
        "location": incident.get("settlement") or incident.get("region_name"),
        "latitude": incident.get("lat"),
        "longitude": incident.get("lon"),
        "geo_precision": min(int(precision), 3) if precision is not None else None,
        "source": SOURCE_SEPARATOR.join(source_label(s) for s in sources),
        "notes": acled_notes(incident),
        "fatalities": incident.get("killed") or 0,
    }


def spreadsheet_safe(value: Any) -> Any:
    """``value`` as a spreadsheet shows it, never run: text that opens like a formula is quoted (OWASP's rule)."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def render(store: Any, filters: Filters, fmt: str = "csv") -> str:
    """The CSV text for ``filters`` (``fmt`` is ``csv`` or ``acled``)."""
    columns, make_row = (ACLED_COLUMNS, acled_row) if fmt == "acled" else (CSV_COLUMNS, csv_row)
    rows, sources = selection(store, filters)
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for incident in rows:
        row = make_row(incident, sources[int(incident["id"])])
        writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
    return buf.getvalue()


def write(store: Any, filters: Filters, out: str | Path | BinaryIO, fmt: str = "csv", **_: Any) -> None:
    """Write the CSV (UTF-8) of ``filters`` to a path or binary file."""
    write_bytes(out, render(store, filters, fmt).encode("utf-8"))
