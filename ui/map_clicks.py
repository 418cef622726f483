"""What a click on the dashboard's map asks for: a region to toggle, or a point whose incidents to list.

streamlit-folium hands back the last clicked feature with its properties (a region's
code, a point's place, see :mod:`geo.maps.layers`); these functions turn it into a
region code or a place, and the place into the table shown below the map.  No streamlit import.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from geo.filters import Filters
from geo.maps import layers
from ui.display import with_display_names


def map_click(value: dict | None, last_seen: Any) -> tuple[str | None, Any]:
    """The region a new map click asks to toggle, and the click's identity to remember.

    streamlit-folium returns the last clicked feature (``last_active_drawing``, whose
    properties name its region or place, see :mod:`geo.maps.layers`) and a click counter;
    the same value comes back on every rerun, so a click counts only once, when
    (counter, region or place) differs from what was seen last.
    """
    if not value:
        return None, last_seen
    feature = value.get("last_active_drawing")
    seen = (value.get("last_object_clicked_count"), layers.clicked_region(feature) or layers.clicked_place(feature))
    if seen == last_seen or not seen[0]:
        return None, seen
    return layers.clicked_region(feature), seen


#: Incidents listed below the map for a clicked point, and their columns.
PLACE_ROWS = 50
#: (date, place and evidence first, so they stay in view at 800 px)
PLACE_COLUMNS = ["date", "settlement", "evidence", "event_type", "count", "killed", "injured", "target", "n_sources",
                 "id"]


def clicked_place(value: dict | None) -> tuple[float, float] | None:
    """(lat, lon) of the map point clicked last (from its feature's properties), else None."""
    return layers.clicked_place((value or {}).get("last_active_drawing"))


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
