"""The incident map: region choropleth, incident points and legend, as folium objects.

One builder for the dashboard and the HTML export, so both show the same map.
The map is split in two because streamlit-folium re-mounts (and re-centres)
a map whenever its script changes: :func:`base_map` never changes with the
filters, while :func:`data_layer` (choropleth, points, legend, optional tiles) is handed to
``st_folium(feature_group_to_add=...)`` and swapped in place.

Nothing loads from a CDN: the map's scripts are the local XStatic copies
(:mod:`geo.webassets`); no Bootstrap, Font Awesome or branca colour maps.
All article-derived text is HTML-escaped here, before it reaches Leaflet.
"""
from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

import folium
import pandas as pd
from branca.element import Element, MacroElement
from jinja2 import Template

from geo import webassets
from geo.names import transliterate
from geo.readers import safe_url
from geo.exports.common import short_credits
from geo.regions import REGIONS_WEB_PATH, regions

# ---------------------------------------------------------------------------
# What a map can show
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Metric:
    """A number per region: which region_counts columns are summed, and its label."""

    key: str
    label: str
    columns: tuple[str, ...]


#: metric key -> Metric. "incidents" count reports of events, "drones" the drones in them.
METRICS: dict[str, Metric] = {m.key: m for m in (
    Metric("both", "Strikes + interceptions (incidents)", ("strikes", "interceptions")),
    Metric("strikes", "Strikes (incidents)", ("strikes",)),
    Metric("interceptions", "Interceptions (incidents)", ("interceptions",)),
    Metric("drones", "Drones (strikes + interceptions)", ("drones_strike", "drones_interception")),
    Metric("drones_strike", "Drones in strikes", ("drones_strike",)),
    Metric("drones_interception", "Drones intercepted", ("drones_interception",)),
)}

#: (what, unit) as the dashboard's switch names them -> metric key.
METRIC_CHOICES: dict[tuple[str, str], str] = {
    ("both", "incidents"): "both", ("strikes", "incidents"): "strikes",
    ("interceptions", "incidents"): "interceptions", ("both", "drones"): "drones",
    ("strikes", "drones"): "drones_strike", ("interceptions", "drones"): "drones_interception",
}

COUNT_COLUMNS = ("strikes", "interceptions", "drones_strike", "drones_interception")

#: Sequential palette (ColorBrewer YlOrRd, 6 classes), light to dark.
PALETTE = ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026")
ZERO_FILL = "#f4f3ee"       # land with nothing counted
BACKGROUND = "#dfe7ee"      # sea / outside the regions: readable without tiles
BORDER = "#8a8a8a"
SELECTED_BORDER = "#1f3a93"
TYPE_COLOURS = {"strike": "#c0392b", "interception": "#2471a3", "mixed": "#7d3c98"}

#: Map view: the whole theatre; max_zoom must be set when there is no tile layer.
CENTER = (51.0, 36.5)
ZOOM = 5
MAX_ZOOM = 12
#: Cap on drawn locations; region totals always count everything.
MAX_POINTS = 2000
#: Incidents listed in one location's popup.
POPUP_ROWS = 6
TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILE_ATTRIBUTION = "© OpenStreetMap contributors"

_REGION_TIP = re.compile(r"^\s*\[((?:RU|UA|BY)-[A-Z0-9]+)\]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD_START = re.compile(r"(^|[\s\-(])(\w)")


def metric_for(what: str, unit: str) -> str:
    """The metric key for the switch's choice, e.g. ("strikes", "drones") -> "drones_strike"."""
    return METRIC_CHOICES[(what, unit)]


def credits() -> str:
    """Short data credits for the map corner, from geo/data/ATTRIBUTION.md (the one source)."""
    return short_credits()


def display_name(name: Any, latin: Any = None) -> str:
    """A place name as written, with its Latin form after a Cyrillic one: "Шебекино (Shebekino)".

    ``latin`` is the store's own transliteration when it has one; otherwise
    :func:`geo.names.transliterate`, with each word capitalised.  Plain text (not escaped).
    """
    if name is None or name is pd.NA or (isinstance(name, float) and math.isnan(name)) or not str(name).strip():
        return ""
    name = str(name)
    if not _CYRILLIC.search(name):
        return name
    if not latin or not isinstance(latin, str):
        latin = _WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), transliterate(name))
    return f"{name} ({latin})"


def region_values(region_counts: pd.DataFrame, metric: str) -> dict[str, int]:
    """Region code -> the metric's number (regions without rows are absent)."""
    m = METRICS[metric]
    if region_counts is None or region_counts.empty:
        return {}
    df = region_counts.dropna(subset=["region"])
    vals = df[list(m.columns)].fillna(0).sum(axis=1).astype(int)
    return {str(code): int(v) for code, v in zip(df["region"], vals)}


def classes(values: Iterable[int], n: int = len(PALETTE)) -> list[tuple[int, int]]:
    """Up to ``n`` integer classes (lo, hi) covering the positive values.

    Breaks grow geometrically from 1 to the maximum, so a few very busy
    regions (Belgorod, Kursk) do not flatten every other region to one colour.
    """
    top = max([int(v) for v in values if v and v > 0], default=0)
    if top == 0:
        return []
    if top <= n:
        return [(i, i) for i in range(1, top + 1)]
    uppers: list[int] = []
    for i in range(1, n + 1):
        up = int(math.ceil(top ** (i / n)))
        if not uppers or up > uppers[-1]:
            uppers.append(up)
    uppers[-1] = top
    out, lo = [], 1
    for up in uppers:
        out.append((lo, up))
        lo = up + 1
    return out


def colour_for(value: int, bins: list[tuple[int, int]]) -> str:
    """Fill colour of a region's value under ``bins``."""
    if not value or value <= 0 or not bins:
        return ZERO_FILL
    for i, (_, hi) in enumerate(bins):
        if value <= hi:
            # spread few classes over the whole palette
            return PALETTE[round(i * (len(PALETTE) - 1) / max(len(bins) - 1, 1))]
    return PALETTE[-1]


def region_code_from_tooltip(text: str | None) -> str | None:
    """The region code in a clicked region's tooltip text ("[RU-BEL] ..."), else None."""
    m = _REGION_TIP.match(text or "")
    return m.group(1) if m and m.group(1) in regions() else None


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _num(value: Any) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------
# Region layer
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def region_geometry_json() -> str:
    """The simplified region polygons (codes only in properties), serialised once."""
    data = json.loads(REGIONS_WEB_PATH.read_text(encoding="utf-8"))
    feats = [{"type": "Feature", "properties": {"code": f["properties"]["code"]},
              "geometry": f["geometry"]} for f in data["features"]]
    return json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":"))


def region_tooltip(code: str, counts: dict[str, int]) -> str:
    """Tooltip HTML of one region; starts with "[CODE]" so a click can be read back."""
    r = regions()[code]
    return (f"<b>[{_esc(code)}] {_esc(r.name_en)}</b><br>{_esc(r.name_ru)} · {_esc(r.name_uk)}<br>"
            f"Strikes: {counts.get('strikes', 0)} · Interceptions: {counts.get('interceptions', 0)}<br>"
            f"Drones: {counts.get('drones_strike', 0)} in strikes, "
            f"{counts.get('drones_interception', 0)} intercepted")


class RegionLayer(MacroElement):
    """Every region polygon, filled by its value, with a tooltip; no CDN, no branca."""

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
        self.attribution = _esc(credits())  # Leaflet shows attribution as HTML
        self.border, self.sel_colour, self.zero = BORDER, SELECTED_BORDER, ZERO_FILL


# ---------------------------------------------------------------------------
# Incident points
# ---------------------------------------------------------------------------


def _when(row: dict) -> str:
    d, e = row.get("date"), row.get("date_end")
    if not d:
        return "date unknown"
    return f"{d} – {e}" if e and e != d else str(d)


def _count_text(row: dict) -> str:
    n = _num(row.get("count"))
    if n is None:
        return "count not stated"
    q = {"at_least": "at least ", "approximate": "about "}.get(row.get("count_qualifier") or "", "")
    return f"{q}{n} drone{'s' if n != 1 else ''}"


def _casualties(row: dict) -> str:
    parts = [f"{label}: {v}" for label, v in (("killed", _num(row.get("killed"))),
                                               ("injured", _num(row.get("injured")))) if v is not None]
    return ", ".join(parts) or "casualties not stated"


def link_url(url: Any) -> str | None:
    """The URL if it may become a link (http or https with a host), else None (see geo.readers.safe_url).

    ``javascript:``, ``data:``, relative and odd URLs are shown as text only.
    """
    return safe_url(url)


def source_link(title: Any, url: Any, document: Any = None) -> str:
    """Escaped source label; a link only for http(s) URLs."""
    label = _esc(title or url or document or "source")
    u = link_url(url)
    if u:
        return f'<a href="{_esc(u)}" target="_blank" rel="noopener noreferrer">{label}</a>'
    return label


def incident_popup_row(row: dict, sources: list[dict]) -> str:
    """One incident in a popup: date, type, count, casualties, target, evidence, sources."""
    place = display_name(row.get("settlement"), row.get("settlement_latin")) or row.get("region_name") or ""
    head = f"<b>{_esc(_when(row))} · {_esc(row.get('event_type'))}</b> · {_esc(place)}"
    lines = [head, f"{_esc(_count_text(row))}; {_esc(_casualties(row))}"]
    if row.get("target"):
        lines.append(f"target: {_esc(row['target'])}")
    if row.get("evidence"):
        lines.append(f"<i>“{_esc(row['evidence'])}”</i>")
    if sources:
        lines.append("sources: " + "; ".join(
            source_link(s.get("title"), s.get("url"), s.get("document")) for s in sources[:5]))
    return "<br>".join(lines)


@dataclass
class Places:
    """Settlement-level incidents grouped by place: what the point layer draws."""

    per_place: pd.DataFrame  # index _place: n, lat, lon, strikes
    shown: pd.DataFrame      # the incidents listed in popups (newest POPUP_ROWS per place)
    hidden: int              # incidents at places beyond the cap


def places(points: pd.DataFrame | None, max_points: int = MAX_POINTS) -> Places:
    """Group precision 1-2 incidents by place, newest places first, up to ``max_points`` places.

    Region-level incidents are counted in the choropleth, not stacked on a
    fake point.  Done in pandas, so 100k incidents cost no more than the
    places drawn.
    """
    empty = Places(pd.DataFrame(columns=["n", "lat", "lon", "strikes"]), pd.DataFrame(), 0)
    if points is None or points.empty:
        return empty
    df = points[points["lat"].notna() & points["lon"].notna()]
    if "geo_precision" in df:
        df = df[df["geo_precision"].isin([1, 2])]
    if df.empty:
        return empty
    df = df.sort_values(["date", "id"] if "id" in df else ["date"], ascending=False, na_position="last")
    df = df.assign(_lat=df["lat"].astype(float).round(4), _lon=df["lon"].astype(float).round(4))
    # place number in order of first appearance, i.e. the newest places first
    df = df.assign(_place=df.groupby(["_lat", "_lon"], sort=False).ngroup(),
                   _strike=(df["event_type"] == "strike").astype(int))
    drawn = df[df["_place"] < max_points]
    per_place = drawn.groupby("_place").agg(n=("_place", "size"), lat=("_lat", "first"), lon=("_lon", "first"),
                                            strikes=("_strike", "sum"))
    return Places(per_place, drawn.groupby("_place", sort=False).head(POPUP_ROWS), len(df) - len(drawn))


def popup_ids(points: pd.DataFrame | None, max_points: int = MAX_POINTS) -> list[int]:
    """Ids of the incidents whose sources the popups list (fetch only those)."""
    shown = places(points, max_points).shown
    return [int(i) for i in shown["id"]] if "id" in shown else []


def point_rows(points: pd.DataFrame | None, sources: pd.DataFrame | None = None,
               max_points: int = MAX_POINTS) -> tuple[list[list], int]:
    """Marker data [lat, lon, colour, radius, popup, tooltip], one per place; and incidents not drawn.

    Incidents at the same place share one marker, sized by their number.
    """
    grouped = places(points, max_points)
    by_src: dict[int, list[dict]] = {}
    if sources is not None and not sources.empty:
        for rec in sources.to_dict("records"):
            by_src.setdefault(int(rec["incident_id"]), []).append(rec)
    popups: dict[int, list[str]] = {}
    names: dict[int, str] = {}
    for rec in grouped.shown.to_dict("records"):
        key = rec["_place"]
        popups.setdefault(key, []).append(incident_popup_row(rec, by_src.get(_num(rec.get("id")) or -1, [])))
        names.setdefault(key, display_name(rec.get("settlement"), rec.get("settlement_latin"))
                         or rec.get("region_name") or "incident")
    rows = []
    for key, n, lat, lon, s in grouped.per_place[["n", "lat", "lon", "strikes"]].itertuples(name=None):
        n, s = int(n), int(s)
        popup = "<hr>".join(popups[key])
        if n > POPUP_ROWS:
            popup += f"<br>… and {n - POPUP_ROWS} more incidents here (see the Incidents page)"
        kind = "strike" if s == n else "interception" if s == 0 else "mixed"
        tip = f"Incidents at {_esc(names[key])}: {n} ({s} strikes, {n - s} interceptions)"
        rows.append([float(lat), float(lon), TYPE_COLOURS[kind],
                     round(4 + 2 * math.sqrt(n), 1), popup, tip])
    return rows, grouped.hidden


class PointLayer(MacroElement):
    """Incident locations as one layer of circle markers (SVG, no icons)."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var rows = {{ this.rows|tojson }};
  var g = L.featureGroup();
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];
    L.circleMarker([r[0], r[1]], {radius: r[3], color: "#ffffff", weight: 1,
                                  fillColor: r[2], fillOpacity: 0.9})
      .bindPopup(r[4], {maxWidth: 380, maxHeight: 320})
      .bindTooltip(r[5])
      .addTo(g);
  }
  return g;
})().addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, rows: list[list]):
        super().__init__()
        self._name = "PointLayer"
        self.rows = rows


# ---------------------------------------------------------------------------
# Legend (our own control: a branca ColorMap would pull d3 from a CDN)
# ---------------------------------------------------------------------------


def legend_html(metric: str, bins: list[tuple[int, int]], hidden: int = 0) -> str:
    """The legend's inner HTML: metric, colour classes, point colours."""
    sw = ('<span style="display:inline-block;width:14px;height:10px;margin-right:4px;'
          'border:1px solid #999;background:{}"></span>')
    dot = ('<span style="display:inline-block;width:10px;height:10px;border-radius:50%;'
           'margin-right:4px;background:{}"></span>')
    rows = [f"<b>{_esc(METRICS[metric].label)}</b>", sw.format(ZERO_FILL) + "0"]
    for lo, hi in bins:
        rows.append(sw.format(colour_for(hi, bins)) + (f"{lo}" if lo == hi else f"{lo}–{hi}"))
    rows += [dot.format(TYPE_COLOURS["strike"]) + "strike location",
             dot.format(TYPE_COLOURS["interception"]) + "interception location",
             dot.format(TYPE_COLOURS["mixed"]) + "both"]
    if hidden:
        rows.append(f"<i>{hidden} incidents not drawn (point cap)</i>")
    return "<br>".join(rows)


class Legend(MacroElement):
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


# ---------------------------------------------------------------------------
# Maps
# ---------------------------------------------------------------------------


def base_map() -> folium.Map:
    """The part of the map that never changes with the filters or the tile switch (local assets only)."""
    m = folium.Map(location=list(CENTER), zoom_start=ZOOM, tiles=None, max_zoom=MAX_ZOOM,
                   min_zoom=3, control_scale=True, prefer_canvas=False)
    m.default_js = webassets.js_links()
    m.default_css = webassets.css_links()
    m.get_root().header.add_child(Element(
        f"<style>.leaflet-container{{background:{BACKGROUND};}}"
        ".leaflet-control-attribution{font-size:10px;line-height:1.3;max-width:70%;}</style>"), name="geo_background")
    return m


def data_layer(region_counts: pd.DataFrame, points: pd.DataFrame | None, metric: str = "both",
               selected: Iterable[str] = (), sources: pd.DataFrame | None = None,
               max_points: int = MAX_POINTS, tiles: bool = False) -> folium.FeatureGroup:
    """Choropleth + points + legend for the current filters, as one swappable group.

    ``tiles=True`` adds OpenStreetMap tiles (an online service, off by default).  They
    live in this group, not in the base map, so switching them keeps the map's place.
    """
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")
    values = region_values(region_counts, metric)
    counts: dict[str, dict[str, int]] = {}
    if region_counts is not None and not region_counts.empty:
        for rec in region_counts.dropna(subset=["region"]).to_dict("records"):
            counts[str(rec["region"])] = {c: _num(rec.get(c)) or 0 for c in COUNT_COLUMNS}
    bins = classes(values.values())
    rows, hidden = point_rows(points, sources, max_points)
    fg = folium.FeatureGroup(name="incidents", control=False)
    if tiles:
        fg.add_child(folium.TileLayer(TILE_URL, attr=TILE_ATTRIBUTION, name="OpenStreetMap", max_zoom=MAX_ZOOM))
    fg.add_child(RegionLayer(values, counts, bins, selected))
    fg.add_child(PointLayer(rows))
    fg.add_child(Legend(legend_html(metric, bins, hidden)))
    return fg


def build_map(region_counts: pd.DataFrame, points: pd.DataFrame | None, metric: str = "both",
              selected: Iterable[str] = (), sources: pd.DataFrame | None = None,
              tiles: bool = False, max_points: int = MAX_POINTS) -> folium.Map:
    """The complete map (base + data layer), as the HTML export saves it."""
    m = base_map()
    data_layer(region_counts, points, metric, selected, sources, max_points, tiles).add_to(m)
    return m
