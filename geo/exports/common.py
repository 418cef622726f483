"""What every export shares: the selected incidents with their sources, the title (credits: geo.data.credits).

CSV, ACLED-style CSV and GeoJSON go through :func:`selection`, so each file
holds exactly the incidents that the dashboard shows for the same filters.
"""
from __future__ import annotations

import datetime as dt
import math
import os
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from geo.filters import Filters

SOURCE_COLUMNS = ("document", "title", "url", "published", "evidence", "site")


def title(filters: Filters, now: dt.datetime | None = None) -> str:
    """Which incidents a file holds and when it was made."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"Drone incidents ({filters.describe()}), exported {now.strftime('%Y-%m-%d %H:%M UTC')}"


def plain(value: Any) -> Any:
    """A pandas/numpy cell as a JSON-ready Python value (missing -> None)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return plain(value.item())
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of a frame as plain dicts (None for missing values)."""
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def selection(store: Any, filters: Filters | None) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
    """The incidents the filters select (as the dashboard lists them) and each one's sources."""
    rows = records(store.query(filters or Filters()))
    ids = [int(r["id"]) for r in rows]
    sources: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    if ids:
        for s in records(store.sources(ids)):
            sources[int(s["incident_id"])].append({k: s[k] for k in SOURCE_COLUMNS})
    return rows, sources


def source_label(source: dict[str, Any]) -> str:
    """One source in one line: ``title · site <url> (published)``, falling back to the document id."""
    text = source.get("title") or source.get("document") or ""
    if source.get("site") and source["site"] != source.get("title"):
        text += f" · {source['site']}"
    if source.get("url"):
        text += f" <{source['url']}>"
    if source.get("published"):
        text += f" ({source['published']})"
    return text.strip()


def write_bytes(out: str | Path | BinaryIO, data: bytes) -> None:
    """Write to a binary file object, or to a path via a temporary file (never half a file)."""
    if hasattr(out, "write"):
        out.write(data)
        return
    path = Path(out)
    if path.parent and not path.parent.exists():
        raise FileNotFoundError(f"no such folder for the output file: {path.parent}")
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
