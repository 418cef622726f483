"""The places a map draws as points, read from the store, and one marker row per place.

Settlement-level incidents (precision 1-2) are grouped by place in the store
(:meth:`geo.store.Store.places`); only the newest places' newest incidents are read in
full, for their popups, so a map costs the same for ten incidents as for a million.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from geo.filters import Filters
from geo.maps.metrics import TYPE_COLOURS
from geo.maps.popups import MORE_ON_DASHBOARD, as_int, escape, incident_popup_row, place_popup_head, place_tooltip

#: Cap on drawn locations; region totals always count everything.
MAX_POINTS = 2000
#: Incidents listed in one location's popup (the list below the dashboard's map has more).
POPUP_ROWS = 3
#: Bytes of incident details (evidence, sources) in all popups together: places are detailed
#: newest first until this is spent, the others say only what and when.  Keeps the map under 2 MB.
POPUP_BUDGET = 500_000
#: Places whose incidents are read for popups (more would not fit in the budget anyway).
DETAILED_PLACES = 250

#: One marker: [lat, lon, colour, radius, popup HTML, tooltip HTML].
PointRow = list[Any]


@dataclass
class Places:
    """What the point layer draws: places (newest first, capped) and the incidents their popups list."""

    places: pd.DataFrame     # as Store.places gives them: lat, lon, n, strikes, first, last, names, total
    shown: pd.DataFrame      # incidents with place_lat, place_lon: the newest POPUP_ROWS per place
    sources: pd.DataFrame | None = None

    @property
    def hidden(self) -> int:
        """Incidents at places beyond the cap."""
        if self.places.empty:
            return 0
        return int(self.places["total"].iloc[0]) - int(self.places["n"].sum())


def read_places(store: Any, filters: Filters, popups: bool = True, max_points: int = MAX_POINTS) -> Places:
    """The newest ``max_points`` places under ``filters``, and full rows for the popups only
    (``popups=False`` for a picture, which has none)."""
    places = store.places(filters, limit=max_points)
    shown, sources = pd.DataFrame(), None
    if popups and not places.empty:
        near = places.head(DETAILED_PLACES)
        shown = store.place_incidents(filters, list(zip(near["lat"], near["lon"])), per_place=POPUP_ROWS)
        sources = store.sources([int(i) for i in shown["id"]])
    return Places(places, shown, sources)


def _payload(text: str) -> int:
    """Bytes of ``text`` in the page: the map's JSON writes <, >, & and ' as 6-byte escapes."""
    return len(text.encode("utf-8")) + 5 * sum(text.count(c) for c in "<>&'")


def _details(grouped: Places) -> dict[tuple[float, float], list[str]]:
    """Place -> its incidents' popup rows, with their sources."""
    by_src: dict[int, list[dict]] = {}
    if grouped.sources is not None and not grouped.sources.empty:
        for rec in grouped.sources.to_dict("records"):
            by_src.setdefault(int(rec["incident_id"]), []).append(rec)
    details: dict[tuple[float, float], list[str]] = {}
    if not grouped.shown.empty:
        for rec in grouped.shown.to_dict("records"):
            details.setdefault((float(rec["place_lat"]), float(rec["place_lon"])), []).append(
                incident_popup_row(rec, by_src.get(as_int(rec.get("id")) or -1, [])))
    return details


def point_rows(points: Places | None, more: str = MORE_ON_DASHBOARD) -> tuple[list[PointRow], int]:
    """Marker data [lat, lon, colour, radius, popup, tooltip], one per place; and incidents not drawn.

    Incidents at the same place share one marker, sized by their number.  Popups list the
    newest incidents with their evidence and sources while POPUP_BUDGET lasts (newest places
    first); later places get the short popup, so the map's size does not grow with the store.
    """
    if points is None:
        return [], 0
    details = _details(points)
    rows, budget = [], POPUP_BUDGET
    for place in points.places.to_dict("records"):
        n, s = int(place["n"]), int(place["strikes"])
        popup = place_popup_head(place)
        listed = details.get((float(place["lat"]), float(place["lon"])), [])
        text = "<hr>".join(listed)
        if listed and _payload(text) <= budget:
            budget -= _payload(text)
            popup += "<hr>" + text
        else:
            listed = []
        if n > len(listed):
            popup += f"<br><i>{'… and ' + str(n - len(listed)) + ' more' if listed else 'Details'}: {escape(more)}</i>"
        kind = "strike" if s == n else "interception" if s == 0 else "mixed"
        rows.append([float(place["lat"]), float(place["lon"]), TYPE_COLOURS[kind],
                     round(4 + 2 * math.sqrt(n), 1), popup, place_tooltip(place)])
    return rows, points.hidden
