"""One view of the map: the data a set of filters selects, the title that says so, and its map.

The dashboard and the HTML/PNG exports all call :func:`load`, :func:`title_lines` and the map
builders here, so a snapshot saved from the dashboard and one made with ``python -m geo export``
hold the same numbers, the same map and the same caption.

The map is split in two because streamlit-folium re-mounts (and re-centres) a map whenever its
script changes: :func:`base_map` never changes with the filters, while :func:`data_layer`
(choropleth, points, legend, optional tiles) is handed to ``st_folium(feature_group_to_add=...)``
and swapped in place.  Nothing loads from a CDN: the scripts are the local XStatic copies
(:mod:`geo.maps.assets`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

import folium
import pandas as pd
from branca.element import Element

from geo.data.credits import attribution
from geo.filters import Filters
from geo.maps import assets
from geo.maps.atlas import LABEL_CSS, POINT_PANE, AtlasLayers, FitToSelection
from geo.maps.layers import FocusWithoutScroll, Legend, PlainLeafletCredit, PointLayer, RegionLayer, page_of
from geo.maps.metrics import BACKGROUND, COUNT_COLUMNS, METRICS, check_metric, classes, region_values
from geo.maps.points import Places, point_rows, read_places
from geo.maps.popups import MORE_IN_SNAPSHOT, MORE_ON_DASHBOARD, as_int, legend_html
from geo.maps.tiles import online_tiles
from geo.maps.undrawn import Undrawn, read_undrawn, undrawn_line

#: Map view: the whole theatre; max_zoom must be set when there is no tile layer.
CENTER = (51.0, 36.5)
ZOOM = 5
MAX_ZOOM = 12
TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILE_ATTRIBUTION = "© OpenStreetMap contributors"

#: Page styles of the map: sea colour, labels, small credits, and no focus box drawn around a clicked shape.
#: "html" first outranks leaflet.css, which the HTML export inlines after them (its grey sea won there).
MAP_CSS = (f"html .leaflet-container{{background:{BACKGROUND};}}"
           "html .leaflet-container .leaflet-control-attribution{font-size:10px;line-height:1.3;max-width:70%;}"
           "html .leaflet-container path.leaflet-interactive:focus{outline:none;}"
           # a narrow map keeps a small legend (at 800 px it covered a third of the map)
           "@media (max-width:700px){.geo-legend{font-size:10px!important;line-height:1.3!important;"
           "padding:3px 5px!important}html .leaflet-container .leaflet-control-attribution{max-width:55%;}}"
           + LABEL_CSS)


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
    points: Places
    undrawn: Undrawn = Undrawn()   # counted in summary, drawn nowhere (geo.maps.undrawn)

    @property
    def date_range(self) -> tuple[str | None, str | None]:
        """First and last day among the selected incidents (None when undated/empty)."""
        return self.summary.get("first"), self.summary.get("last")


def load(store: Any, filters: Filters, metric: str = "both", popups: bool = True) -> View:
    """Read what one view needs from the store: aggregates, and full rows for the popups only
    (``popups=False`` for a picture, which has none)."""
    check_metric(metric)
    places = read_places(store, filters, popups)
    return View(filters, metric, store.region_counts(filters), store.summary(filters), places,
                read_undrawn(store, filters))


def title_lines(view: View, title: str | None = None, now: dt.datetime | None = None) -> list[str]:
    """Title, filters, date range, time of export, credits (plain text, not escaped)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    first, last = view.date_range
    n = view.summary["incidents"]
    span = f"incidents dated {first} to {last}" if first else "no dated incidents"
    return [
        title or f"Drone incidents: {METRICS[view.metric].label}",
        f"Filters: {view.filters.describe()}",
        f"{n} incident{'s' if n != 1 else ''}; {span}",
        *([undrawn_line(view.undrawn)] if view.undrawn.incidents else []),
        f"Exported {now.strftime('%Y-%m-%d %H:%M UTC')}",
        "Data credits: " + attribution(),
    ]


def base_map() -> folium.Map:
    """The part of the map that never changes with the filters or the tile switch (local assets only)."""
    m = folium.Map(location=list(CENTER), zoom_start=ZOOM, tiles=None, max_zoom=MAX_ZOOM,
                   min_zoom=3, control_scale=True, prefer_canvas=False)
    m.default_js = assets.js_links()
    m.default_css = assets.css_links()
    page_of(m).header.add_child(Element(f"<style>{MAP_CSS}</style>"), name="geo_background")
    m.add_child(AtlasLayers())
    m.add_child(FocusWithoutScroll())
    m.add_child(PlainLeafletCredit())
    return m


def data_layer(region_counts: pd.DataFrame | None, points: Places | None, metric: str = "both",
               selected: Iterable[str] = (), tiles: bool = False,
               more: str = MORE_ON_DASHBOARD) -> folium.FeatureGroup:
    """Choropleth + points + legend for the current filters, as one swappable group; it fits the
    map to the selected regions when they change (back to the whole view when none is left).

    ``tiles=True`` adds OpenStreetMap tiles (an online service, off by default).  They
    live in this group, not in the base map, so switching them keeps the map's place.
    """
    check_metric(metric)
    values = region_values(region_counts, metric)
    counts: dict[str, dict[str, int]] = {}
    if region_counts is not None and not region_counts.empty:
        for rec in region_counts.dropna(subset=["region"]).to_dict("records"):
            counts[str(rec["region"])] = {c: as_int(rec.get(c)) or 0 for c in COUNT_COLUMNS}
    bins = classes(values.values())
    rows, hidden = point_rows(points, more)
    fg = folium.FeatureGroup(name="incidents", control=False)
    if tiles:
        fg.add_child(online_tiles(TILE_URL, TILE_ATTRIBUTION, MAX_ZOOM))
    fg.add_child(RegionLayer(values, counts, bins, selected))
    fg.add_child(PointLayer(rows, POINT_PANE))
    fg.add_child(Legend(legend_html(metric, bins, hidden)))
    fg.add_child(FitToSelection(selected, CENTER, ZOOM))
    return fg


def build_map(region_counts: pd.DataFrame | None, points: Places | None, metric: str = "both",
              selected: Iterable[str] = (), tiles: bool = False) -> folium.Map:
    """The complete map (base + data layer), as the HTML export saves it (its popups point to the
    other snapshots, not to the dashboard's list)."""
    m = base_map()
    data_layer(region_counts, points, metric, selected, tiles, MORE_IN_SNAPSHOT).add_to(m)
    return m


def map_for(view: View, tiles: bool = False) -> folium.Map:
    """The complete folium map of a view (what the HTML export saves)."""
    return build_map(view.region_counts, view.points, view.metric, selected=view.filters.regions, tiles=tiles)
