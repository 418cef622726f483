"""The dashboard's view as filters, switches and a URL query, so a shared link reopens the same view.

What the sidebar's switches mean (the "what" switch IS the event-type filter),
how regions and countries are labelled in the widgets, and the round trip
filters <-> address-bar query.  No streamlit import.
"""
from __future__ import annotations

import re
from typing import Any

from geo.filters import Filters
from geo.places.regions import COUNTRY_NAMES, regions

#: The metric switch: what is counted, and whether as incidents or drones.
WHAT_CHOICES = {"both": "Strikes + interceptions", "strikes": "Strikes", "interceptions": "Interceptions"}
UNIT_CHOICES = {"incidents": "Incidents", "drones": "Drones"}
#: The switch's "what" <-> the event-type filter (the switch IS the type filter).
WHAT_TYPES: dict[str, tuple[str, ...]] = {"both": (), "strikes": ("strike",),
                                          "interceptions": ("interception",)}


def region_label(code: str) -> str:
    """"Belgorod Oblast (RU-BEL)" for a multiselect option."""
    r = regions().get(code)
    return f"{r.name_en} ({code})" if r else code


def region_search_label(code: str) -> str:
    """"Kursk Oblast (RU-KRS) · Курская область · Курська область": the sidebar's option, so a region
    is found by its English, Russian or Ukrainian name (the map's labels are in English)."""
    r = regions().get(code)
    names = [r.name_ru, r.name_uk] if r else []
    return " · ".join([region_label(code), *dict.fromkeys(n for n in names if n)])


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
    """(filters, unit, tiles) from a URL query; bad values fall back to defaults.  ``tiles`` says
    only that the link asks for online tiles: a link never switches them on (see tiles_asked)."""
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


def tiles_asked(query: dict[str, Any]) -> bool:
    """True when a link asks for OpenStreetMap tiles.  The page then says how to switch them on and
    leaves them off: opening a shared link must not make the viewer's browser contact a tile server."""
    return view_from_query(query)[2]


#: An incident number as a link may carry it: ASCII digits, within SQLite's integers.
_ID = re.compile(r"[0-9]{1,18}")


def incident_id(raw: Any) -> tuple[int | None, str]:
    """(id, problem) from a link's ``id=``: (12, "") for "12", (None, "") when there is none, and
    (None, a one-line reason) for "²", "-1", "1e5" or a number too large to be an incident's."""
    if isinstance(raw, (list, tuple)):
        raw = raw[-1] if raw else ""
    text = str(raw or "").strip()
    if not text:
        return None, ""
    if not _ID.fullmatch(text):
        shown = text if len(text) <= 30 else text[:30] + "…"
        return None, f"“{shown}” is not an incident number (incident numbers are whole numbers such as 12)"
    return int(text), ""
