"""Add articles: uploads read like ``python -m geo ingest`` reads files, and the editable preview.

What the user corrects in the preview table becomes changed incidents here
(re-placed on the map when the place changed).  No streamlit import.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
from pathlib import Path
from typing import Any

import pandas as pd

from geo.documents import Document
from geo.errors import ReadError
from geo.readers import MULTI_DOCUMENT_SUFFIXES, clean_text, human_size, max_doc_bytes, max_file_bytes

#: Columns the user may correct in the preview (the rest are shown read-only).
EDITABLE = ["keep", "event_type", "region", "settlement", "count", "date", "killed", "injured", "target"]
SHOWN = EDITABLE + ["geo_precision", "evidence"]


def read_upload(name: str, raw: bytes, published: dt.date | None = None) -> tuple[list, list[str]]:
    """(documents, error messages) for one uploaded file, read like ``python -m geo ingest`` reads files."""
    from geo.readers import READERS

    suffix = Path(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        return [], [f"{name}: unsupported file type {suffix or '(none)'}; use one of {', '.join(sorted(READERS))}"]
    docs, errors = [], []
    try:
        for item in reader(raw, name, published):
            (errors.append(str(item)) if isinstance(item, ReadError) else docs.append(item))
    except ReadError as exc:
        errors.append(str(exc))
    except Exception as exc:  # a reader bug must not lose the other files
        errors.append(f"{name}: cannot read ({type(exc).__name__}: {exc})")
    return docs, errors


def read_checked(name: str, raw: bytes, published: dt.date | None) -> tuple[list[Document], list[str]]:
    """An upload read like ``python -m geo ingest`` reads a file: size limits first, then text cleaned."""
    multi = Path(name).suffix.lower() in MULTI_DOCUMENT_SUFFIXES
    limit, what = (max_file_bytes(), "a CSV/JSON file") if multi else (max_doc_bytes(), "one document")
    if len(raw) > limit:
        return [], [f"{name}: too large ({human_size(len(raw))}; the limit for {what} is {human_size(limit)}, "
                    f"set by {'GEO_MAX_FILE_BYTES' if multi else 'GEO_MAX_DOC_BYTES'})"]
    docs, errors = read_upload(name, raw, published)
    return [dataclasses.replace(d, text=clean_text(d.text)[0]) for d in docs], errors


def doc_name(doc: Document) -> str:
    """What the preview calls an article: its title, its file name, or "Pasted article" (never a hash)."""
    return doc.title or doc.path or "Pasted article"


def preview_frame(incidents: list) -> pd.DataFrame:
    """The extracted incidents as an editable table (one row each, "keep" ticked)."""
    rows = [{"keep": True, **{k: getattr(i, k) for k in SHOWN if k != "keep"}} for i in incidents]
    return pd.DataFrame(rows, columns=SHOWN)


def apply_edits(incidents: list, edited: pd.DataFrame, geocoder: Any = None) -> list:
    """The incidents the user kept, with their corrections; re-placed on the map when the place changed."""
    from dataclasses import replace

    from geo.geocode import place
    from geo.regions import region_name, resolve_region

    out = []
    for inc, row in zip(incidents, edited.to_dict("records")):
        if not row.get("keep"):
            continue
        changes = {}
        for k in EDITABLE[1:]:
            v = row.get(k)
            v = None if v is None or (isinstance(v, float) and math.isnan(v)) or v == "" else v
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
        out.append(new)
    return out
