"""The map's folium/branca elements: region choropleth, incident points, legend, map behaviour.

No CDN, no branca colour maps (they pull d3), no Bootstrap or Font Awesome.  Every clickable
shape carries what it stands for as a GeoJSON feature property (a region its code, a point its
place), which streamlit-folium hands back as ``last_active_drawing`` when it is clicked:
:func:`clicked_region` and :func:`clicked_place` read it.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterable

from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from geo.data.credits import short_credits
from geo.data.paths import REGIONS_WEB_PATH
from geo.maps.metrics import BORDER, POINT_OUTLINE, SELECTED_BORDER, ZERO_FILL, colour_for
from geo.maps.points import PointRow
from geo.maps.popups import escape, region_tooltip
from geo.places.regions import regions

#: Feature property naming a region polygon's code ("RU-BEL").
REGION_PROPERTY = "code"
#: Feature property naming a point's place: [lat, lon] as the store rounds them.
PLACE_PROPERTY = "place"


def credits() -> str:
    """Short data credits for the map corner, from geo/data/ATTRIBUTION.md (the one source)."""
    return short_credits()


def page_of(element: Element) -> Figure:
    """The page (branca Figure) an element is rendered in: its header, body and script sections."""
    root = element.get_root()
    if not isinstance(root, Figure):
        raise TypeError(f"{element.get_name()} is not on a page (its root is {type(root).__name__})")
    return root


def _properties(feature: Any) -> dict[str, Any]:
    props = feature.get("properties") if isinstance(feature, dict) else None
    return props if isinstance(props, dict) else {}


def clicked_region(feature: Any) -> str | None:
    """The region code a clicked feature carries (streamlit-folium's ``last_active_drawing``), else None."""
    code = _properties(feature).get(REGION_PROPERTY)
    return code if isinstance(code, str) and code in regions() else None


def clicked_place(feature: Any) -> tuple[float, float] | None:
    """The (lat, lon) place a clicked point carries, else None (a region, nothing)."""
    place = _properties(feature).get(PLACE_PROPERTY)
    if (isinstance(place, list) and len(place) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in place)):
        return float(place[0]), float(place[1])
    return None


class Verbatim(Element):
    """Text added to the page as it is (a plain branca Element would compile it as a Jinja template)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class DataLayer(MacroElement):
    """A layer whose script goes into the page verbatim: branca's MacroElement compiles each
    rendered script as a Jinja template again, which for 2,000 points' popups costs 0.1 s per
    page and would run any template code that reached the data."""

    def render(self, **kwargs: Any) -> str:
        """Add the layer's script to the page; the layer has no HTML of its own, so ""."""
        script = self._template.module.__dict__["script"]
        page_of(self).script.add_child(Verbatim(script(self, kwargs)), name=self.get_name())
        return ""


@lru_cache(maxsize=1)
def region_geometry_json() -> str:
    """The simplified region polygons (codes only in properties), serialised once."""
    data = json.loads(REGIONS_WEB_PATH.read_text(encoding="utf-8"))
    feats = [{"type": "Feature", "properties": {REGION_PROPERTY: f["properties"]["code"]},
              "geometry": f["geometry"]} for f in data["features"]]
    return json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":"))


class RegionLayer(DataLayer):
    """Every region polygon, filled by its value, with a tooltip; its feature properties hold its code."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var info = {{ this.info|tojson }};
  return L.geoJSON({{ this.geometry }}, {
    attribution: {{ this.attribution|tojson }},
    style: function (f) {
      var i = info[f.properties.code] || {};
      return {color: i.sel ? {{ this.sel_colour|tojson }} : {{ this.border|tojson }},
              weight: i.sel ? 3 : 0.8, fillColor: i.fill || {{ this.zero|tojson }},
              fillOpacity: 0.85, opacity: 1};
    },
    onEachFeature: function (f, layer) {
      var i = info[f.properties.code];
      if (i) { layer.bindTooltip(i.tip, {sticky: true}); }
    }
  });
})().addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, values: dict[str, int], counts: dict[str, dict[str, int]],
                 bins: list[tuple[int, int]], selected: Iterable[str] = ()):
        super().__init__()
        self._name = "RegionLayer"
        sel = set(selected)
        self.geometry = region_geometry_json()
        self.info = {code: {"fill": colour_for(values.get(code, 0), bins),
                            "tip": region_tooltip(code, counts.get(code, {})),
                            "sel": code in sel}
                     for code in regions()}
        self.attribution = escape(credits())  # Leaflet shows attribution as HTML
        self.border, self.sel_colour, self.zero = BORDER, SELECTED_BORDER, ZERO_FILL


class PointLayer(DataLayer):
    """Incident locations as one layer of circle markers (SVG, no icons); each marker's
    feature properties hold its place, [lat, lon]."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var rows = {{ this.rows|tojson }};
  var g = L.featureGroup();
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];
    var m = L.circleMarker([r[0], r[1]], {radius: r[3], color: {{ this.outline|tojson }}, weight: 1.5,
                                          fillColor: r[2], fillOpacity: 0.9, pane: {{ this.pane|tojson }}})
      .bindPopup(r[4], {maxWidth: 380, maxHeight: 320})
      .bindTooltip(r[5]);
    m.feature = {type: "Feature", properties: {place: [r[0], r[1]]}};
    m.addTo(g);
  }
  return g;
})().addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, rows: list[PointRow], pane: str = "overlayPane"):
        super().__init__()
        self._name = "PointLayer"
        self.rows, self.pane = rows, pane
        self.outline = POINT_OUTLINE


class Legend(DataLayer):
    """A Leaflet control that comes and goes with its parent layer group."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = new (L.Layer.extend({
  onAdd: function (map) {
    var c = L.control({position: "bottomright"});
    c.onAdd = function () {
      var d = L.DomUtil.create("div", "geo-legend");
      d.style.cssText = "background:rgba(255,255,255,.92);padding:6px 8px;font:12px/1.5 sans-serif;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3)";
      d.innerHTML = {{ this.html|tojson }};
      return d;
    };
    this._control = c.addTo(map);
  },
  onRemove: function (map) { if (this._control) { map.removeControl(this._control); } }
}))().addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, html_text: str):
        super().__init__()
        self._name = "Legend"
        self.html = html_text


class FocusWithoutScroll(DataLayer):
    """The map takes the keyboard focus on a click without scrolling the page.

    Leaflet focuses the map on every mousedown, and the browser then scrolls the map's
    frame fully into view (the dashboard's page too): the press and the release land on
    different spots, so a click on a dot or a region of a map half below the window's edge
    did nothing.  The keyboard handler's mousedown is swapped for one that focuses with
    ``preventScroll``.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
(function (map) {
  var kb = map.keyboard, box = map.getContainer();
  if (!kb || !kb._onMouseDown) { return; }
  L.DomEvent.off(box, "mousedown", kb._onMouseDown, kb);
  L.DomEvent.on(box, "mousedown", function () {
    if (!kb._focused) { box.focus({preventScroll: true}); }
  });
})({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "FocusWithoutScroll"


class PlainLeafletCredit(DataLayer):
    """Leaflet's credit as plain text: its default is a link to leafletjs.com with a flag, an
    address outside this machine in a map that must work, and be handed on, offline."""

    _template = Template("""
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.attributionControl.setPrefix("Leaflet");
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "PlainLeafletCredit"
