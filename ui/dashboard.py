"""Data shaping for the Streamlit dashboard, kept here so it is plain, testable Python.

``app.py`` and ``pages/`` only lay out widgets; what a widget value means
(URL state, region clicks, KPIs, the timeline, the play control, the first-start
seeding) is decided here.  No streamlit import.
"""
from __future__ import annotations

import datetime as dt
import html
import math
import re
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from geo import mapview
from geo.errors import ReadError
from geo.filters import Filters
from geo.regions import COUNTRY_NAMES, regions

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"

#: The metric switch: what is counted, and whether as incidents or drones.
WHAT_CHOICES = {"both": "Strikes + interceptions", "strikes": "Strikes", "interceptions": "Interceptions"}
UNIT_CHOICES = {"incidents": "Incidents", "drones": "Drones"}
#: The switch's "what" <-> the event-type filter (the switch IS the type filter).
WHAT_TYPES: dict[str, tuple[str, ...]] = {"both": (), "strikes": ("strike",),
                                          "interceptions": ("interception",)}
#: Play control steps (label -> days); a "month" is 30 days, so three years play in 37 steps.
PLAY_STEPS = {"day": 1, "week": 7, "month": 30}


def region_label(code: str) -> str:
    """"Belgorod Oblast (RU-BEL)" for a multiselect option."""
    r = regions().get(code)
    return f"{r.name_en} ({code})" if r else code


def region_options() -> list[str]:
    """Region codes ordered by country then English name."""
    return sorted(regions(), key=lambda c: (regions()[c].country, regions()[c].name_en))


def country_label(code: str) -> str:
    """"Russia" for "RU"."""
    return COUNTRY_NAMES.get(code, code)


def what_of(filters: Filters) -> str:
    """The switch position that matches the filters' event types."""
    return next((w for w, t in WHAT_TYPES.items() if t == filters.types), "both")


def view_from_query(query: dict[str, Any]) -> tuple[Filters, str, bool]:
    """(filters, unit, tiles) from a URL query; bad values fall back to defaults."""
    unit = str(query.get("unit") or "incidents")
    return (Filters.from_query(query), unit if unit in UNIT_CHOICES else "incidents",
            str(query.get("tiles") or "") == "osm")


def view_to_query(filters: Filters, unit: str = "incidents", tiles: bool = False) -> dict[str, str]:
    """The URL query of a view (defaults left out so links stay short)."""
    q = filters.to_query()
    if unit != "incidents":
        q["unit"] = unit
    if tiles:
        q["tiles"] = "osm"
    return q


def toggle_region(codes: tuple[str, ...] | list[str], code: str) -> list[str]:
    """Add ``code`` to the selection, or remove it if present (a map click)."""
    codes = list(codes)
    return [c for c in codes if c != code] if code in codes else sorted(codes + [code])


def map_click(value: dict | None, last_seen: Any) -> tuple[str | None, Any]:
    """The region a new map click asks to toggle, and the click's identity to remember.

    streamlit-folium returns the last clicked object's tooltip and a click
    counter; the same value comes back on every rerun, so a click counts
    only once, when (counter, tooltip) differs from what was seen last.
    """
    if not value:
        return None, last_seen
    seen = (value.get("last_object_clicked_count"), value.get("last_object_clicked_tooltip"))
    if seen == last_seen or not seen[0]:
        return None, seen
    return mapview.region_code_from_tooltip(seen[1]), seen


#: Incidents listed below the map for a clicked point, and their columns.
PLACE_ROWS = 50
PLACE_COLUMNS = ["id", "date", "event_type", "settlement", "count", "killed", "injured", "target", "n_sources",
                 "evidence"]


def clicked_place(value: dict | None) -> tuple[float, float] | None:
    """(lat, lon) of the map point clicked last (from its tooltip), else None."""
    return mapview.place_from_tooltip((value or {}).get("last_object_clicked_tooltip"))


def place_table(store: Any, filters: Filters, place: tuple[float, float], limit: int = PLACE_ROWS) -> pd.DataFrame:
    """The newest incidents at one map point under the filters, for the list below the map;
    ``attrs`` holds the place's name and a caption saying how many there are in all."""
    rows = store.place_incidents(filters, [place], per_place=limit + 1)
    if rows.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    named = with_display_names(rows)
    shown = named[PLACE_COLUMNS].head(limit)
    shown.attrs["place"] = named["settlement"].iloc[0] or named["region_name"].iloc[0] or f"{place[0]}, {place[1]}"
    more = len(rows) > limit
    shown.attrs["caption"] = (f"The newest {limit}; the Incidents page lists them all." if more
                              else f"{len(shown)} incident{'s' if len(shown) != 1 else ''} "
                                   f"({filters.describe()}).")
    return shown


def kpis(incidents: pd.DataFrame) -> dict[str, int]:
    """Headline numbers for the selection."""
    if incidents.empty:
        return dict.fromkeys(("incidents", "strikes", "interceptions", "drones", "regions",
                              "killed", "injured", "multi_source"), 0)
    counts = incidents["count"].astype("Float64").fillna(1)
    return {
        "incidents": len(incidents),
        "strikes": int((incidents["event_type"] == "strike").sum()),
        "interceptions": int((incidents["event_type"] == "interception").sum()),
        "drones": int(counts.sum()),
        "regions": int(incidents["region"].dropna().nunique()),
        "killed": int(incidents["killed"].astype("Float64").fillna(0).sum()),
        "injured": int(incidents["injured"].astype("Float64").fillna(0).sum()),
        "multi_source": int((incidents["n_sources"].astype("Float64").fillna(1) > 1).sum()),
    }


def timeline(daily: pd.DataFrame, unit: str = "incidents") -> pd.DataFrame:
    """Per day: date, strike, interception (incidents or drones), every day of the span present."""
    col = "drones" if unit == "drones" else "incidents"
    if daily is None or daily.empty:
        return pd.DataFrame(columns=["date", "strike", "interception"])
    wide = daily.pivot_table(index="date", columns="event_type", values=col, aggfunc="sum", fill_value=0)
    wide.index = pd.to_datetime(wide.index)
    days = pd.date_range(wide.index.min(), wide.index.max(), freq="D")
    wide = wide.reindex(days, fill_value=0)
    for t in ("strike", "interception"):
        if t not in wide:
            wide[t] = 0
    out = wide[["strike", "interception"]].astype(int).reset_index(names="date")
    out["date"] = out["date"].dt.date
    return out


#: The chart's time steps: label -> pandas resampling rule (None: as stored, per day).
FREQUENCIES = {"day": None, "week": "W-MON", "month": "MS"}
#: Dots on the lines up to this many steps (a single day still shows); more would be a smear.
MAX_DOTS = 60


def default_frequency(span: tuple) -> str:
    """Days for a few weeks of data, weeks up to a year, months beyond: three years of days were
    a comb of spikes nobody could read."""
    if not (span[0] and span[1]):
        return "day"
    days = (span[1] - span[0]).days
    return "day" if days <= 60 else "week" if days <= 366 else "month"


def play_step_label(step: str) -> str:
    """"7 days a step": the play control's step in the days it really moves."""
    days = PLAY_STEPS[step]
    return f"{days} day{'s' if days != 1 else ''} a step"


def play_window(span: tuple[dt.date, dt.date], start: dt.date, step_days: int) -> tuple[dt.date, dt.date]:
    """The date range shown at one step of the play control (clipped to the span)."""
    lo, hi = span
    start = min(max(start, lo), hi)
    return start, min(start + dt.timedelta(days=step_days - 1), hi)


def next_play_start(span: tuple[dt.date, dt.date], start: dt.date, step_days: int) -> dt.date | None:
    """The next step's first day, or None when the play reached the end."""
    nxt = start + dt.timedelta(days=step_days)
    return nxt if nxt <= span[1] else None


def dates_filter(span: tuple[dt.date | None, dt.date | None],
                 chosen: tuple[dt.date, dt.date] | None) -> tuple[dt.date | None, dt.date | None]:
    """A slider at the full span means "all dates" (undated incidents stay in)."""
    if not chosen or not span[0] or tuple(chosen) == tuple(span):
        return None, None
    return chosen[0], chosen[1]


def seed_if_empty(store: Any, progress: Callable[[int, int, str], None] | None = None,
                  seeds_dir: Path = SEEDS_DIR) -> Any:
    """On first start (no documents), ingest the seed articles; returns the summary or None."""
    empty = (store.document_count() if hasattr(store, "document_count") else store.count()) == 0
    paths = sorted(str(p) for p in Path(seeds_dir).glob("*.txt"))
    if not empty or not paths:
        return None
    from geo.ingest import ingest_paths

    return ingest_paths(paths, store, progress=progress)


def with_display_names(incidents: pd.DataFrame) -> pd.DataFrame:
    """The incidents with settlements as written plus their Latin form (see mapview.display_name)."""
    if incidents.empty or "settlement" not in incidents:
        return incidents
    latin = incidents["settlement_latin"] if "settlement_latin" in incidents else [None] * len(incidents)
    return incidents.assign(settlement=[mapview.display_name(n, la) or None
                                        for n, la in zip(incidents["settlement"], latin)])


def format_kpi(value: int) -> str:
    """Thousands separated, so 100k incidents stay readable."""
    return f"{value:,}".replace(",", " ")


# ---------------------------------------------------------------------------
# Evidence in its text (Incidents page, Add-articles preview)
# ---------------------------------------------------------------------------


def find_spans(text: str, evidence: str | None) -> list[tuple[int, int]]:
    """Where the evidence sentence(s) occur in the text (pieces joined by " … " are found one by one)."""
    spans = []
    for piece in (evidence or "").split(" … "):
        piece = piece.strip()
        at = text.find(piece) if piece else -1
        if at >= 0:
            spans.append((at, at + len(piece)))
    return spans


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
#: Every line ending Markdown knows (a lone "\r" is one): a blank line would end an HTML block.
_LINE_BREAK = re.compile(r"\r\n?|\n")
#: Where a bare link or e-mail address would start (see md_escape).
_BARE_LINK = re.compile(r"(?i)\b(?:https?|ftp|www)(?=[:.])|[\w.+-](?=@)")


def md_escape(text: object) -> str:
    """Text safe inside st.markdown/st.error: no markup, no links, no images, no HTML.

    Backslash escapes do not stop GitHub-style bare links ("http://…", "www.…",
    "a@b.org" become links after escapes are read), so an invisible word joiner
    goes before the "://", "." or "@" that would start one.
    """
    text = _BARE_LINK.sub("\\g<0>\u2060", html.escape(str(text), quote=False))
    return _LINE_BREAK.sub(" ", _MD_SPECIAL.sub(r"\\\1", text))


def html_block(inner: str, style: str = "") -> str:
    """HTML for st.markdown(unsafe_allow_html=True) that Markdown leaves alone.

    A line starting with <div> opens an HTML block, which Markdown does not read
    until a blank line; with every line ending turned into <br> there is none.
    ``inner`` must already be escaped HTML.
    """
    attr = f' style="{html.escape(style)}"' if style else ""
    return f"<div{attr}>{_LINE_BREAK.sub('<br>', inner)}</div>"


def source_block(label: str, title: Any, url: Any, document: Any = None, published: Any = None) -> str:
    """One source as an HTML line: label, title (a link only for http(s) URLs), publication date."""
    return html_block(f"<b>{html.escape(label)}</b> {mapview.source_link(title, url, document)}"
                      f" · published {html.escape(str(published or 'unknown'))}")


def highlight(text: str, spans: list[tuple[int, int]] | list[list[int]], css: str = "background:#ffe08a") -> str:
    """The text as escaped HTML with the spans wrapped in <mark>; safe for unsafe_allow_html."""
    out, pos = [], 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        start, end = max(start, pos), min(end, len(text))
        if end <= start:
            continue
        out += [html.escape(text[pos:start]), f'<mark style="{css}">', html.escape(text[start:end]), "</mark>"]
        pos = end
    out.append(html.escape(text[pos:]))
    return _LINE_BREAK.sub("<br>", "".join(out))


# ---------------------------------------------------------------------------
# Add articles: uploads and the editable preview
# ---------------------------------------------------------------------------

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
