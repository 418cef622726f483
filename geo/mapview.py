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
from geo.data.credits import short_credits
from geo.data.paths import REGIONS_WEB_PATH
from geo.documents.limits import safe_url
from geo.places.names import transliterate
from geo.places.regions import regions

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
#: The dots' rim: dark, so a dot stands out on every fill: on the darkest (red) regions a white rim
#: left a faint ring whose red middle vanished, on the pale ones the white rim itself vanished.
POINT_OUTLINE = "#1c1c1c"

#: Map view: the whole theatre; max_zoom must be set when there is no tile layer.
CENTER = (51.0, 36.5)
ZOOM = 5
MAX_ZOOM = 12
#: Cap on drawn locations; region totals always count everything.
MAX_POINTS = 2000
#: Incidents listed in one location's popup (the list below the dashboard's map has more).
POPUP_ROWS = 3
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
    :func:`geo.places.names.transliterate`, with each word capitalised.  Plain text (not escaped).
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


#: Braces as HTML entities: branca reads a rendered layer again as a Jinja template, where
#: "{{ ... }}" in article text would run (the browser shows the entities as braces).
_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})


def _esc(value: Any) -> str:
    """Text as HTML that neither the browser nor a Jinja template reads as markup."""
    return html.escape("" if value is None else str(value), quote=True).translate(_BRACES)


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

    def render(self, **kwargs: Any) -> None:
        script = self._template.module.__dict__["script"]
        self.get_root().script.add_child(Verbatim(script(self, kwargs)), name=self.get_name())


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


class RegionLayer(DataLayer):
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


def _text(row: dict, key: str) -> str:
    """A text field of a store row; "" when missing (pandas gives NaN or NA for an empty cell)."""
    value = row.get(key)
    return "" if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) else str(value)


def _when(row: dict) -> str:
    d, e = _text(row, "date"), _text(row, "date_end")
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
    """The URL if it may become a link (http or https with a host), else None (see geo.documents.limits.safe_url).

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
    place = display_name(_text(row, "settlement"), _text(row, "settlement_latin")) or _text(row, "region_name")
    head = f"<b>{_esc(_when(row))} · {_esc(_text(row, 'event_type'))}</b> · {_esc(place)}"
    lines = [head, f"{_esc(_count_text(row))}; {_esc(_casualties(row))}"]
    if _text(row, "target"):
        lines.append(f"target: {_esc(_text(row, 'target'))}")
    if _text(row, "evidence"):
        evidence = _text(row, "evidence")
        if len(evidence) > POPUP_EVIDENCE:
            evidence = evidence[:POPUP_EVIDENCE].rsplit(" ", 1)[0] + " …"
        lines.append(f"<i>“{_esc(evidence)}”</i>")
    if sources:
        more = f" and {len(sources) - POPUP_SOURCES} more" if len(sources) > POPUP_SOURCES else ""
        lines.append("sources: " + "; ".join(
            source_link(s.get("title"), s.get("url"), s.get("document")) for s in sources[:POPUP_SOURCES]) + more)
    return "<br>".join(lines)


#: Columns of a place, as :meth:`geo.store.Store.places` and :func:`group_places` give them.
PLACE_COLUMNS = ["lat", "lon", "n", "strikes", "first", "last", "settlement", "settlement_latin", "region_name",
                 "total"]
#: Characters of evidence quoted in a popup (the whole text is on the Incidents page).
POPUP_EVIDENCE = 240
#: Sources linked per incident in a popup.
POPUP_SOURCES = 2
#: Bytes of incident details (evidence, sources) in all popups together: places are detailed
#: newest first until this is spent, the others say only what and when.  Keeps the map under 2 MB.
POPUP_BUDGET = 500_000
#: Places whose incidents are read for popups (more would not fit in the budget anyway).
DETAILED_PLACES = 250


def round4(values: Iterable[float]) -> list[float]:
    """Coordinates rounded to 4 decimals exactly as the store's SQL rounds them (SQLite's round()
    and numpy's differ on halves such as 48.11725), so a frame groups into the store's places."""
    import sqlite3

    with sqlite3.connect(":memory:") as db:
        return [r[0] for r in db.execute("SELECT round(value, 4) FROM json_each(?) ORDER BY key",
                                         (json.dumps([float(v) for v in values]),))]


def group_places(incidents: pd.DataFrame | None) -> pd.DataFrame:
    """Settlement-level incidents (precision 1-2) grouped by place, newest place first: what
    :meth:`geo.store.Store.places` computes in SQL, for a frame already in memory."""
    if incidents is None or incidents.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    df = incidents[incidents["lat"].notna() & incidents["lon"].notna()]
    if "geo_precision" in df:
        df = df[df["geo_precision"].isin([1, 2])]
    if df.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    ids = df["id"] if "id" in df else pd.Series(range(len(df)), index=df.index)
    ends = df["date_end"] if "date_end" in df else df["date"]
    df = df.assign(plat=round4(df["lat"]), plon=round4(df["lon"]),
                   _newest=df["date"].fillna("").astype(str) + "|" + ids.map("{:012d}".format),
                   _strike=(df["event_type"] == "strike").astype(int), _last=ends.fillna(df["date"]))
    df = df.sort_values("_newest", ascending=False)
    for c in ("settlement_latin", "region_name", "settlement"):
        if c not in df:
            df[c] = None
    g = df.groupby(["plat", "plon"], sort=False)
    out = g.agg(n=("_newest", "size"), strikes=("_strike", "sum"), first=("date", "min"), last=("_last", "max"),
                settlement=("settlement", "first"), settlement_latin=("settlement_latin", "first"),
                region_name=("region_name", "first")).reset_index().rename(columns={"plat": "lat", "plon": "lon"})
    # groupby's "first" skips missing values; the newest incident's own name is wanted
    newest = df.drop_duplicates(["plat", "plon"])
    for c in ("settlement", "settlement_latin", "region_name"):
        out[c] = newest[c].to_numpy()
    out["total"] = int(out["n"].sum())
    return out[PLACE_COLUMNS]


@dataclass
class Places:
    """What the point layer draws: places (newest first, capped) and the incidents their popups list."""

    places: pd.DataFrame     # PLACE_COLUMNS
    shown: pd.DataFrame      # incidents with place_lat, place_lon: the newest POPUP_ROWS per place
    sources: pd.DataFrame | None = None

    @property
    def hidden(self) -> int:
        """Incidents at places beyond the cap."""
        if self.places.empty:
            return 0
        return int(self.places["total"].iloc[0]) - int(self.places["n"].sum())


def places_of(incidents: pd.DataFrame | None, sources: pd.DataFrame | None = None,
              max_points: int = MAX_POINTS) -> Places:
    """:class:`Places` from incidents in memory (small selections, tests); the dashboard asks the store."""
    per_place = group_places(incidents)
    if per_place.empty:
        return Places(per_place, pd.DataFrame(), sources)
    df = incidents[incidents["lat"].notna() & incidents["lon"].notna()]
    df = df[df["geo_precision"].isin([1, 2])] if "geo_precision" in df else df
    df = df.assign(place_lat=round4(df["lat"]), place_lon=round4(df["lon"]))
    drawn = per_place.head(max_points)
    keys = set(zip(drawn["lat"], drawn["lon"]))
    df = df[[k in keys for k in zip(df["place_lat"], df["place_lon"])]]
    order = ["date", "id"] if "id" in df else ["date"]
    shown = df.sort_values(order, ascending=False, na_position="last").groupby(
        ["place_lat", "place_lon"], sort=False).head(POPUP_ROWS)
    return Places(drawn, shown, sources)


def popup_ids(points: pd.DataFrame | None, max_points: int = MAX_POINTS) -> list[int]:
    """Ids of the incidents whose sources the popups list (fetch only those)."""
    shown = places_of(points, max_points=max_points).shown
    return [int(i) for i in shown["id"]] if "id" in shown else []


def _payload(text: str) -> int:
    """Bytes of ``text`` in the page: the map's JSON writes <, >, & and ' as 6-byte escapes."""
    return len(text.encode("utf-8")) + 5 * sum(text.count(c) for c in "<>&'")


def place_popup_head(place: dict) -> str:
    """A place's popup without incident details: name, counts, first and last day."""
    n, s = int(place["n"]), int(place["strikes"])
    when = place.get("first") or "undated"
    if place.get("last") and place.get("last") != place.get("first"):
        when = f"{when} – {place['last']}"
    return (f"<b>{_esc(place_name(place))}</b><br>{n} incident{'s' if n != 1 else ''}: {s} strike{'s' if s != 1 else ''},"
            f" {n - s} interception{'s' if n - s != 1 else ''}<br>{_esc(when)}")


def place_name(place: dict) -> str:
    """The place as a popup or tooltip names it (plain text)."""
    return display_name(place.get("settlement"), place.get("settlement_latin")) or place.get("region_name") or "incident"


def place_tooltip(place: dict) -> str:
    """A point's tooltip; ends with the place's coordinates, which a click hands back (see
    :func:`place_from_tooltip`) so the dashboard can list the incidents there."""
    n, s = int(place["n"]), int(place["strikes"])
    return (f"Incidents at {_esc(place_name(place))}: {n} ({s} strikes, {n - s} interceptions)"
            f" · {float(place['lat']):.4f}, {float(place['lon']):.4f}")


_PLACE_TIP = re.compile(r"^Incidents at .* · (-?\d{1,3}\.\d{4}), (-?\d{1,3}\.\d{4})\s*$", re.S)


def place_from_tooltip(text: str | None) -> tuple[float, float] | None:
    """The (lat, lon) of a clicked point from its tooltip text, else None (regions, nothing)."""
    m = _PLACE_TIP.match(text or "")
    return (float(m.group(1)), float(m.group(2))) if m else None


#: Where a popup sends the reader for the incidents it leaves out: on the dashboard, and in a saved
#: HTML snapshot (which has no list below the map and no Incidents page).
MORE_ON_DASHBOARD = "click the point, then see the list below the map, or the Incidents page"
MORE_IN_SNAPSHOT = "every incident is in the CSV and GeoJSON snapshots and on the dashboard's Incidents page"


def point_rows(points: "Places | pd.DataFrame | None", sources: pd.DataFrame | None = None,
               max_points: int = MAX_POINTS, more: str = MORE_ON_DASHBOARD) -> tuple[list[list], int]:
    """Marker data [lat, lon, colour, radius, popup, tooltip], one per place; and incidents not drawn.

    Incidents at the same place share one marker, sized by their number.  Popups list the
    newest incidents with their evidence and sources while POPUP_BUDGET lasts (newest places
    first); later places get the short popup, so the map's size does not grow with the store.
    """
    grouped = points if isinstance(points, Places) else places_of(points, sources, max_points)
    sources = grouped.sources if sources is None else sources
    by_src: dict[int, list[dict]] = {}
    if sources is not None and not sources.empty:
        for rec in sources.to_dict("records"):
            by_src.setdefault(int(rec["incident_id"]), []).append(rec)
    details: dict[tuple[float, float], list[str]] = {}
    if not grouped.shown.empty:
        for rec in grouped.shown.to_dict("records"):
            details.setdefault((float(rec["place_lat"]), float(rec["place_lon"])), []).append(
                incident_popup_row(rec, by_src.get(_num(rec.get("id")) or -1, [])))
    rows, budget = [], POPUP_BUDGET
    for place in grouped.places.to_dict("records"):
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
            popup += f"<br><i>{'… and ' + str(n - len(listed)) + ' more' if listed else 'Details'}: {_esc(more)}</i>"
        kind = "strike" if s == n else "interception" if s == 0 else "mixed"
        rows.append([float(place["lat"]), float(place["lon"]), TYPE_COLOURS[kind],
                     round(4 + 2 * math.sqrt(n), 1), popup, place_tooltip(place)])
    return rows, grouped.hidden


class PointLayer(DataLayer):
    """Incident locations as one layer of circle markers (SVG, no icons)."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var rows = {{ this.rows|tojson }};
  var g = L.featureGroup();
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];
    L.circleMarker([r[0], r[1]], {radius: r[3], color: {{ this.outline|tojson }}, weight: 1.5,
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
        self.outline = POINT_OUTLINE


# ---------------------------------------------------------------------------
# Legend (our own control: a branca ColorMap would pull d3 from a CDN)
# ---------------------------------------------------------------------------


def legend_html(metric: str, bins: list[tuple[int, int]], hidden: int = 0) -> str:
    """The legend's inner HTML: metric, colour classes, point colours."""
    sw = ('<span style="display:inline-block;width:14px;height:10px;margin-right:4px;'
          'border:1px solid #999;background:{}"></span>')
    dot = ('<span style="display:inline-block;width:10px;height:10px;border-radius:50%;'
           f'box-sizing:border-box;border:1.5px solid {POINT_OUTLINE};margin-right:4px;background:{{}}"></span>')
    rows = [f"<b>{_esc(METRICS[metric].label)}</b>", sw.format(ZERO_FILL) + "0"]
    for lo, hi in bins:
        rows.append(sw.format(colour_for(hi, bins)) + (f"{lo}" if lo == hi else f"{lo}–{hi}"))
    rows += [dot.format(TYPE_COLOURS["strike"]) + "strike location",
             dot.format(TYPE_COLOURS["interception"]) + "interception location",
             dot.format(TYPE_COLOURS["mixed"]) + "both"]
    if hidden:
        rows.append(f"<i>{hidden} incidents not drawn (point cap)</i>")
    return "<br>".join(rows)


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


# ---------------------------------------------------------------------------
# Maps
# ---------------------------------------------------------------------------


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


#: Page styles of the map: sea colour, small credits, and no focus box drawn around a clicked shape.
#: "html" first outranks leaflet.css, which the HTML export inlines after them (its grey sea won there).
MAP_CSS = (f"html .leaflet-container{{background:{BACKGROUND};}}"
           "html .leaflet-container .leaflet-control-attribution{font-size:10px;line-height:1.3;max-width:70%;}"
           "html .leaflet-container path.leaflet-interactive:focus{outline:none;}")


def base_map() -> folium.Map:
    """The part of the map that never changes with the filters or the tile switch (local assets only)."""
    m = folium.Map(location=list(CENTER), zoom_start=ZOOM, tiles=None, max_zoom=MAX_ZOOM,
                   min_zoom=3, control_scale=True, prefer_canvas=False)
    m.default_js = webassets.js_links()
    m.default_css = webassets.css_links()
    m.get_root().header.add_child(Element(f"<style>{MAP_CSS}</style>"), name="geo_background")
    m.add_child(FocusWithoutScroll())
    m.add_child(PlainLeafletCredit())
    return m


def data_layer(region_counts: pd.DataFrame, points: "Places | pd.DataFrame | None", metric: str = "both",
               selected: Iterable[str] = (), sources: pd.DataFrame | None = None,
               max_points: int = MAX_POINTS, tiles: bool = False, more: str = MORE_ON_DASHBOARD) -> folium.FeatureGroup:
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
    rows, hidden = point_rows(points, sources, max_points, more)
    fg = folium.FeatureGroup(name="incidents", control=False)
    if tiles:
        fg.add_child(folium.TileLayer(TILE_URL, attr=TILE_ATTRIBUTION, name="OpenStreetMap", max_zoom=MAX_ZOOM))
    fg.add_child(RegionLayer(values, counts, bins, selected))
    fg.add_child(PointLayer(rows))
    fg.add_child(Legend(legend_html(metric, bins, hidden)))
    return fg


def build_map(region_counts: pd.DataFrame, points: "Places | pd.DataFrame | None", metric: str = "both",
              selected: Iterable[str] = (), sources: pd.DataFrame | None = None,
              tiles: bool = False, max_points: int = MAX_POINTS) -> folium.Map:
    """The complete map (base + data layer), as the HTML export saves it (its popups point to the
    other snapshots, not to the dashboard's list)."""
    m = base_map()
    data_layer(region_counts, points, metric, selected, sources, max_points, tiles, MORE_IN_SNAPSHOT).add_to(m)
    return m
