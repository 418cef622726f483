"""Add articles: uploads read like ``python -m geo ingest`` reads files, and the editable preview.

What the user corrects in the preview table becomes changed incidents here
(re-placed on the map when the place changed).  No streamlit import.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from geo.corrections import PlaceFix
from geo.documents.model import Document
from geo.documents.uploads import read_bytes
from geo.values import or_none

#: Columns the user may correct in the preview (the rest are shown read-only).
EDITABLE = ["keep", "event_type", "region", "settlement", "count", "date", "killed", "injured", "target"]
SHOWN = EDITABLE + ["geo_precision", "evidence"]


def read_upload(name: str, raw: bytes, published: dt.date | None = None) -> tuple[list, list[str]]:
    """(documents, error messages) for one uploaded file, read like ``python -m geo ingest`` reads files."""
    return read_bytes(name, raw, published)


def doc_name(doc: Document) -> str:
    """What the preview calls an article: its title, its file name, or "Pasted article" (never a hash)."""
    return doc.title or doc.path or "Pasted article"


def replaced_note(doc: Document) -> str | None:
    """What reading changed in the text, for the preview next to the file's result: lone UTF-16
    surrogates (halves of a broken emoji in a JSON file) replaced with U+FFFD; None when nothing was."""
    replaced = doc.meta.get("characters_replaced")
    if not isinstance(replaced, int) or replaced <= 0:
        return None
    return (f"{replaced} invalid character{'s' if replaced > 1 else ''} replaced with \ufffd "
            "(lone halves of UTF-16 pairs, such as a broken emoji, cannot be stored).")


def preview_frame(incidents: list) -> pd.DataFrame:
    """The extracted incidents as an editable table (one row each, "keep" ticked)."""
    rows = [{"keep": True, **{k: getattr(i, k) for k in SHOWN if k != "keep"}} for i in incidents]
    return pd.DataFrame(rows, columns=SHOWN)


def apply_edits(incidents: list, edited: pd.DataFrame, geocoder: Any = None) -> list:
    """The incidents the user kept, with their corrections; re-placed on the map when the place changed."""
    return [inc for _, inc in kept_edits(incidents, edited, geocoder)]


def kept_edits(incidents: list, edited: pd.DataFrame, geocoder: Any = None) -> list[tuple[int, Any]]:
    """(row index, incident with the row's corrections) for each row the user kept."""
    from dataclasses import replace

    from geo.geocode import place
    from geo.places.mentions import resolve_region
    from geo.places.regions import region_name

    out = []
    for n, (inc, row) in enumerate(zip(incidents, edited.to_dict("records"))):
        if not row.get("keep"):
            continue
        changes = {}
        for k in EDITABLE[1:]:
            v = or_none(row.get(k))
            if k in ("count", "killed", "injured") and v is not None:
                v = int(v)
            if v != getattr(inc, k):
                changes[k] = v
        if "event_type" in changes and changes["event_type"] not in ("strike", "interception"):
            raise ValueError(f"event type must be strike or interception, not {changes['event_type']!r}")
        if "region" in changes and changes["region"]:
            code = resolve_region(str(changes["region"]))
            if code is None:
                raise ValueError(f"unknown region {changes['region']!r}; use a code such as RU-BEL")
            changes["region"], changes["region_name"] = code, region_name(code)
        if "date" in changes and changes["date"]:
            changes["date"] = dt.date.fromisoformat(str(changes["date"])[:10]).isoformat()
            if inc.date_precision in (None, "year_assumed"):  # the reader stated the day: no longer a guess
                changes["date_precision"] = "day"
        new = replace(inc, **changes, extras=dict(inc.extras))
        if {"region", "settlement"} & changes.keys():
            new = place(replace(new, lat=None, lon=None, geo_precision=None, country=None), geocoder)
        out.append((n, new))
    return out


def row_label(n: int, incident: Any, fix: PlaceFix | None = None) -> str:
    """How the place box names a preview row: "2. strike · Valuyki · 2025-07-12" (and its picked place)."""
    where = incident.settlement or incident.region_name or "no place"
    label = f"{n + 1}. {incident.event_type} · {where} · {incident.date or 'no date'}"
    return label + (f" → {fix.settlement}" if fix is not None else "")


def picked_line(n: int, fix: PlaceFix) -> str:
    """The preview's note for a row whose place was picked by hand."""
    where = ", ".join(x for x in (fix.settlement, fix.region_name) if x)
    return f"Row {n + 1} will be saved at {where} ({fix.lat:.4f}, {fix.lon:.4f}), picked by hand."

