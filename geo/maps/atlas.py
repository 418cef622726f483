"""What makes the map an atlas without tiles: land around it, state borders, names, cities, and
fitting the view to the selected regions.

The layers come from ``geo/data/basemap.json`` and ``neighbours_web.geojson`` (computed once by
``python -m geo.data build``, :mod:`geo.data.basemap`) and never change with the filters, so they
are part of the base map (:func:`geo.maps.view.base_map`), drawn once per page.  Each sits in its
own Leaflet pane, so the order is fixed whatever is added later: neighbouring land under the
tiles, the region shading, then the state borders, the incident points, the labels.  Borders and
labels take no clicks (a click goes through them to the region or the dot under them).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable

from jinja2 import Template

from geo.data.paths import BASEMAP_PATH, NEIGHBOURS_PATH
from geo.maps.layers import DataLayer
from geo.maps.metrics import LAND_FILL, LAND_LINE, STATE_BORDER

#: Leaflet panes (name, z-index): tiles are 200, the region shading (overlayPane) 400, popups 700.
PANES = (("geo-land", 150), ("geo-borders", 410), ("geo-points", 420), ("geo-labels", 430))
#: The pane the incident points are drawn in (above the state borders).
POINT_PANE = "geo-points"

#: Label styles: regions in dark grey semi-bold, cities in black beside a ringed dot; a white halo.
LABEL_CSS = (
    ".geo-label{white-space:nowrap;text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;pointer-events:none}"
    ".geo-region-label{font:600 11px/14px sans-serif;color:#4a4a4a;text-align:center}"
    ".geo-city-label{font:11px/14px sans-serif;color:#111}"
    ".geo-city-dot{display:inline-block;width:5px;height:5px;margin:0 3px 1px 0;border-radius:50%;"
    "background:#fff;border:1.5px solid #222;vertical-align:middle}"
)


@lru_cache(maxsize=1)
def basemap() -> dict[str, Any]:
    """The atlas layers' data (borders, region labels and boxes, cities), read once."""
    data: dict[str, Any] = json.loads(BASEMAP_PATH.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def neighbours_json() -> str:
    """The neighbouring countries' outlines, as the page embeds them."""
    return NEIGHBOURS_PATH.read_text(encoding="utf-8") if NEIGHBOURS_PATH.exists() else '{"type":"FeatureCollection","features":[]}'


def selection_bounds(codes: Iterable[str]) -> list[list[float]] | None:
    """[[south, west], [north, east]] around the regions ``codes`` (unknown codes ignored), else None."""
    boxes = [basemap()["bounds"][c] for c in codes if c in basemap()["bounds"]]
    if not boxes:
        return None
    return [[min(b[0] for b in boxes), min(b[1] for b in boxes)],
            [max(b[2] for b in boxes), max(b[3] for b in boxes)]]


class AtlasLayers(DataLayer):
    """Panes, neighbouring land, state borders, and the region and city labels that are placed where
    they fit: a region's name when it fits inside the region, a city's from its zoom on, and never one
    over another (regions first, then cities by population).  Placed again after every move."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function (map) {
  {{ this.panes|tojson }}.forEach(function (p) {
    var pane = map.getPane(p[0]) || map.createPane(p[0]);
    pane.style.zIndex = p[1]; pane.style.pointerEvents = "none";
  });
  L.geoJSON({{ this.neighbours }}, {pane: "geo-land", interactive: false,
    style: {color: {{ this.land_line|tojson }}, weight: 0.8, fillColor: {{ this.land|tojson }}, fillOpacity: 1}
  }).addTo(map);
  var data = {{ this.data }};
  map.geoBorders = L.geoJSON(data.borders, {pane: "geo-borders", interactive: false,
    style: {color: {{ this.border|tojson }}, weight: 2.2, opacity: 0.9, lineJoin: "round"}}).addTo(map);
  var ctx = document.createElement("canvas").getContext("2d");
  function textWidth(t, font) { ctx.font = font; return Math.ceil(ctx.measureText(t).width); }
  function esc(t) { return String(t).replace(/[&<>"]/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; }); }
  var items = [];
  data.labels.forEach(function (l) {
    var w = textWidth(l[1], "600 11px sans-serif") + 4;
    items.push({region: l[0], ll: L.latLng(l[2], l[3]), chord: l.slice(4), w: w, h: 14, zoom: 0,
      size: (l[5] - l[4]) * (l[7] - l[6]),
      icon: L.divIcon({className: "geo-label geo-region-label", html: esc(l[1]), iconSize: [w, 14], iconAnchor: [w / 2, 7]})});
  });
  items.sort(function (a, b) { return b.size - a.size; });
  data.cities.forEach(function (c) {
    var w = textWidth(c[0], "11px sans-serif") + 12;
    items.push({city: c[0], ll: L.latLng(c[1], c[2]), w: w, h: 14, zoom: c[4],
      icon: L.divIcon({className: "geo-label geo-city-label", html: '<span class="geo-city-dot"></span>' + esc(c[0]),
                       iconSize: [w, 14], iconAnchor: [5, 7]})});
  });
  var group = L.layerGroup().addTo(map);
  function fits(it, p) {
    var c = it.chord, k = 1.15;
    var w = map.latLngToLayerPoint([it.ll.lat, c[0]]).x, e = map.latLngToLayerPoint([it.ll.lat, c[1]]).x;
    var s = map.latLngToLayerPoint([c[2], it.ll.lng]).y, n = map.latLngToLayerPoint([c[3], it.ll.lng]).y;
    return 2 * k * Math.min(p.x - w, e - p.x) >= it.w && 2 * k * Math.min(s - p.y, p.y - n) >= it.h;
  }
  function place() {
    var z = map.getZoom(), view = map.getPixelBounds(), origin = map.getPixelOrigin(), boxes = [];
    group.clearLayers();
    items.forEach(function (it) {
      if (z < it.zoom) { return; }
      var p = map.latLngToLayerPoint(it.ll), x0 = it.region ? p.x - it.w / 2 : p.x - 5, y0 = p.y - it.h / 2;
      var b = [x0 - 2, y0, x0 + it.w + 2, y0 + it.h];
      if (b[2] + origin.x < view.min.x || b[0] + origin.x > view.max.x ||
          b[3] + origin.y < view.min.y || b[1] + origin.y > view.max.y) { return; }
      if (it.region && !fits(it, p)) { return; }
      for (var i = 0; i < boxes.length; i++) {
        var o = boxes[i];
        if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) { return; }
      }
      boxes.push(b);
      if (!it.marker) {
        it.marker = L.marker(it.ll, {icon: it.icon, pane: "geo-labels", interactive: false, keyboard: false});
      }
      group.addLayer(it.marker);
    });
  }
  map.on("moveend zoomend resize", place);
  map.whenReady(place);
})({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "AtlasLayers"
        data = basemap()
        self.data = json.dumps({k: data[k] for k in ("borders", "labels", "cities")}, ensure_ascii=False,
                               separators=(",", ":")).replace("</", "<\\/")
        self.neighbours = neighbours_json().replace("</", "<\\/")
        self.panes = [list(p) for p in PANES]
        self.land, self.land_line, self.border = LAND_FILL, LAND_LINE, STATE_BORDER


class FitToSelection(DataLayer):
    """Fit the map to the selected regions when the selection changes; back to the whole view when
    it is cleared.  The last selection fitted is kept on the map object, so a new date range or the
    tile switch (the same selection) leaves the user's pan and zoom alone."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function (map) {
  var key = {{ this.key|tojson }}, bounds = {{ this.bounds|tojson }};
  if (map.geoFitKey === undefined) { map.geoFitKey = ""; }
  if (map.geoFitKey === key) { return; }
  map.geoFitKey = key;
  if (bounds) { map.fitBounds(bounds, {padding: [30, 30], maxZoom: 9, animate: false}); }
  else { map.setView({{ this.center|tojson }}, {{ this.zoom }}, {animate: false}); }
})({{ this._parent._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, selected: Iterable[str], center: tuple[float, float], zoom: int):
        super().__init__()
        self._name = "FitToSelection"
        codes = sorted(set(selected))
        self.bounds = selection_bounds(codes)
        self.key = ",".join(c for c in codes if c in basemap()["bounds"])
        self.center, self.zoom = list(center), zoom


#: A label's height in pixels, and the room a region label may take beyond its region's chords.
LABEL_HEIGHT = 14
OVERHANG = 1.15


@dataclass(frozen=True)
class PlacedLabel:
    """A label a picture prints: "region" or "city", its text and where (lon, lat)."""

    kind: str
    text: str
    lon: float
    lat: float


def _overlaps(b: tuple[float, float, float, float], boxes: list[tuple[float, float, float, float]]) -> bool:
    return any(b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3] for o in boxes)


def _region_fits(row: list, to_px: Callable[[float, float], tuple[float, float]], w: float) -> bool:
    """Does a region's label (width ``w`` px) fit inside its chords (as the browser's ``fits``)?"""
    _, _, lat, lon, west, east, south, north = row
    x, y = to_px(lon, lat)
    xw, xe = to_px(west, lat)[0], to_px(east, lat)[0]
    ys, yn = to_px(lon, south)[1], to_px(lon, north)[1]
    return (2 * OVERHANG * min(abs(x - xw), abs(xe - x)) >= w
            and 2 * OVERHANG * min(abs(ys - y), abs(y - yn)) >= LABEL_HEIGHT)


def placed_labels(to_px: Callable[[float, float], tuple[float, float]], width: Callable[[str, str], float],
                  zoom: float, view: tuple[float, float, float, float]) -> list[PlacedLabel]:
    """The labels a picture of ``view`` (pixel box x0, y0, x1, y1) prints at ``zoom``: the rule the
    browser's AtlasLayers follows (regions where they fit, biggest first, then cities from their zoom
    on by population; none over another), for the PNG export."""
    data = basemap()
    regions_first = sorted(data["labels"], key=lambda r: -(r[5] - r[4]) * (r[7] - r[6]))
    boxes: list[tuple[float, float, float, float]] = []
    out: list[PlacedLabel] = []
    items = [("region", r[1], r[3], r[2], 0, r) for r in regions_first]
    items += [("city", c[0], c[2], c[1], c[4], None) for c in data["cities"]]
    for kind, text, lon, lat, min_zoom, row in items:
        if zoom < min_zoom:
            continue
        x, y = to_px(lon, lat)
        w = width(text, kind)
        x0 = x - w / 2 if kind == "region" else x - 5
        b = (x0 - 2, y - LABEL_HEIGHT / 2, x0 + w + 2, y + LABEL_HEIGHT / 2)
        if b[2] < view[0] or b[0] > view[2] or b[3] < view[1] or b[1] > view[3]:
            continue
        if (row is not None and not _region_fits(row, to_px, w)) or _overlaps(b, boxes):
            continue
        boxes.append(b)
        out.append(PlacedLabel(kind, text, lon, lat))
    return out
