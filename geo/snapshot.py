"""One view of the map: the data a set of filters selects, and the title that says so.

The dashboard and the HTML/PNG exports both call :func:`load` and
:func:`title_lines`, so a snapshot saved from the dashboard and one made with
``python -m geo export`` hold the same numbers and the same caption.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from geo import mapview
from geo.data.credits import attribution
from geo.filters import Filters


@dataclass
class View:
    """What one map shows: counts per region, headline numbers, and the places drawn.

    Nothing here holds every selected incident: the store aggregates (``summary``,
    ``region_counts``, ``places``) and full rows are read only for the popups.
    """

    filters: Filters
    metric: str
    region_counts: pd.DataFrame
    summary: dict
    points: mapview.Places

    @property
    def date_range(self) -> tuple[str | None, str | None]:
        """First and last day among the selected incidents (None when undated/empty)."""
        return self.summary.get("first"), self.summary.get("last")


def load(store, filters: Filters, metric: str = "both", popups: bool = True) -> View:
    """Read what one view needs from the store: aggregates, and full rows for the popups only
    (``popups=False`` for a picture, which has none)."""
    if metric not in mapview.METRICS:
        raise ValueError(f"unknown metric {metric!r}; choose one of {', '.join(mapview.METRICS)}")
    places = store.places(filters, limit=mapview.MAX_POINTS)
    shown, sources = pd.DataFrame(), None
    if popups and not places.empty:
        near = places.head(mapview.DETAILED_PLACES)
        shown = store.place_incidents(filters, list(zip(near["lat"], near["lon"])), per_place=mapview.POPUP_ROWS)
        sources = store.sources([int(i) for i in shown["id"]])
    return View(filters, metric, store.region_counts(filters), store.summary(filters),
                mapview.Places(places, shown, sources))


def map_for(view: View, tiles: bool = False) -> "mapview.folium.Map":
    """The complete folium map of a view (what the HTML export saves)."""
    return mapview.build_map(view.region_counts, view.points, view.metric,
                             selected=view.filters.regions, tiles=tiles)


def title_lines(view: View, title: str | None = None, now: dt.datetime | None = None) -> list[str]:
    """Title, filters, date range, time of export, credits (plain text, not escaped)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    first, last = view.date_range
    n = view.summary["incidents"]
    span = f"incidents dated {first} to {last}" if first else "no dated incidents"
    return [
        title or f"Drone incidents: {mapview.METRICS[view.metric].label}",
        f"Filters: {view.filters.describe()}",
        f"{n} incident{'s' if n != 1 else ''}; {span}",
        f"Exported {now.strftime('%Y-%m-%d %H:%M UTC')}",
        "Data credits: " + attribution(),
    ]
