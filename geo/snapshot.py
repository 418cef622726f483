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
from geo.exports.common import attribution
from geo.filters import Filters



@dataclass
class View:
    """What one map shows: counts per region, the incidents, and their sources."""

    filters: Filters
    metric: str
    region_counts: pd.DataFrame
    incidents: pd.DataFrame
    sources: pd.DataFrame

    @property
    def date_range(self) -> tuple[str | None, str | None]:
        """First and last day among the selected incidents (None when undated/empty)."""
        dates = self.incidents["date"].dropna() if not self.incidents.empty else pd.Series([], dtype=object)
        ends = self.incidents["date_end"].dropna() if not self.incidents.empty else dates
        if dates.empty:
            return None, None
        return str(dates.min()), str(max(dates.max(), ends.max() if not ends.empty else dates.max()))


def load(store, filters: Filters, metric: str = "both") -> View:
    """Read everything one view needs from the store (counts aggregated in SQL)."""
    if metric not in mapview.METRICS:
        raise ValueError(f"unknown metric {metric!r}; choose one of {', '.join(mapview.METRICS)}")
    incidents = store.query(filters)
    return View(filters, metric, store.region_counts(filters), incidents,
                store.sources(mapview.popup_ids(incidents)))


def map_for(view: View, tiles: bool = False) -> "mapview.folium.Map":
    """The complete folium map of a view (what the HTML export saves)."""
    return mapview.build_map(view.region_counts, view.incidents, view.metric,
                             selected=view.filters.regions, sources=view.sources, tiles=tiles)


def title_lines(view: View, title: str | None = None, now: dt.datetime | None = None) -> list[str]:
    """Title, filters, date range, time of export, credits (plain text, not escaped)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    first, last = view.date_range
    n = len(view.incidents)
    span = f"incidents dated {first} to {last}" if first else "no dated incidents"
    return [
        title or f"Drone incidents: {mapview.METRICS[view.metric].label}",
        f"Filters: {view.filters.describe()}",
        f"{n} incident{'s' if n != 1 else ''}; {span}",
        f"Exported {now.strftime('%Y-%m-%d %H:%M UTC')}",
        "Data credits: " + attribution(),
    ]
