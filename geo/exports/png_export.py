"""The map as a PNG, drawn with geopandas + matplotlib (no browser).

Same colours, classes and points as the interactive map (:mod:`geo.maps`),
same caption as the HTML snapshot (:func:`geo.maps.view.title_lines`).
"""
from __future__ import annotations

import io
import math
import textwrap
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import patheffects  # noqa: E402
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from geo.data.paths import NEIGHBOURS_PATH, REGIONS_WEB_PATH  # noqa: E402
from geo.exports.common import write_bytes  # noqa: E402
from geo.filters import Filters  # noqa: E402
from geo.maps import metrics  # noqa: E402
from geo.maps.atlas import basemap, placed_labels, selection_bounds  # noqa: E402
from geo.maps.points import point_rows  # noqa: E402
from geo.maps.popups import count_noun  # noqa: E402
from geo.maps.undrawn import undrawn_lines  # noqa: E402
from geo.maps.view import View, load, title_lines  # noqa: E402

#: lon/lat box always shown (Ukraine, Belarus and western Russia); grows to fit the data.
DEFAULT_EXTENT = (22.0, 50.0, 43.5, 58.5)
#: Incidents not drawn that the picture lists under its caption (the rest: "and N more").
UNDRAWN_LISTED = 3
#: Bidirectional controls: matplotlib draws text in stored order, so they only show as boxes.
_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@lru_cache(maxsize=1)
def _polygons():
    import geopandas as gpd

    return gpd.read_file(REGIONS_WEB_PATH).set_index("code", drop=False)


@lru_cache(maxsize=1)
def _context():
    """The neighbouring countries and the state borders, as GeoSeries (read once)."""
    import geopandas as gpd

    land = gpd.read_file(NEIGHBOURS_PATH).geometry if NEIGHBOURS_PATH.exists() else gpd.GeoSeries()
    borders = gpd.GeoDataFrame.from_features(basemap()["borders"]["features"]).geometry
    return land, borders


#: Fonts of the labels: regions semi-bold grey, cities black (as on the interactive map).
LABEL_FONTS = {"region": FontProperties(family="DejaVu Sans", size=6.5, weight="bold"),
               "city": FontProperties(family="DejaVu Sans", size=6.5)}
_HALO = [patheffects.withStroke(linewidth=2, foreground="white")]


def _labels(fig, ax) -> None:
    """Region names where they fit and the cities this scale shows, none over another (geo.maps.atlas)."""
    ax.apply_aspect()
    renderer = fig.canvas.get_renderer()
    (px0, py0), (px1, py1) = ax.transData.transform([(ax.get_xlim()[0], ax.get_ylim()[0]),
                                                      (ax.get_xlim()[1], ax.get_ylim()[1])])
    zoom = math.log2((px1 - px0) / (ax.get_xlim()[1] - ax.get_xlim()[0]) * 360 / 256)

    def to_px(lon: float, lat: float) -> tuple[float, float]:
        x, y = ax.transData.transform((lon, lat))
        return float(x), float(y)

    def width(text: str, kind: str) -> float:
        return renderer.get_text_width_height_descent(text, LABEL_FONTS[kind], ismath=False)[0] + (8 if kind == "city" else 0)

    for lab in placed_labels(to_px, width, zoom, (px0, py0, px1, py1)):
        if lab.kind == "city":
            ax.plot([lab.lon], [lab.lat], marker="o", markersize=3.2, markerfacecolor="white",
                    markeredgecolor="#222", markeredgewidth=1, zorder=5)
        ax.annotate(lab.text, (lab.lon, lab.lat), xytext=(4, 0) if lab.kind == "city" else (0, 0),
                    textcoords="offset points", ha="left" if lab.kind == "city" else "center", va="center",
                    fontproperties=LABEL_FONTS[lab.kind], color="#111" if lab.kind == "city" else "#4a4a4a",
                    path_effects=_HALO, zorder=6, annotation_clip=True, clip_on=True)


def _extent(gdf, values: dict[str, int], points, selected=()) -> tuple[float, float, float, float]:
    """The lon/lat box drawn: the selected regions (as the map fits to them), else the theatre grown to the data."""
    box = selection_bounds(selected)
    if box:
        (s, w), (n, e) = box
        pad = max(0.3, 0.08 * max(e - w, n - s))
        return w - pad, e + pad, s - pad, n + pad
    x0, x1, y0, y1 = DEFAULT_EXTENT
    busy = [c for c, v in values.items() if v > 0 and c in gdf.index]
    boxes = [tuple(gdf.loc[busy].total_bounds)] if busy else []
    if points is not None and not points.empty:
        boxes.append((points["lon"].min(), points["lat"].min(), points["lon"].max(), points["lat"].max()))
    for bx0, by0, bx1, by1 in boxes:
        x0, y0 = min(x0, bx0 - 1), min(y0, by0 - 1)
        x1, y1 = max(x1, min(bx1 + 1, 180.0)), max(y1, by1 + 1)
    return x0, x1, y0, y1


def _literal(text: str) -> str:
    """Text matplotlib prints as is ("$" would start math mode; bidirectional controls are dropped)."""
    return text.translate(_BIDI).replace("$", r"\$")


def render(view: View, title: str | None = None, dpi: int = 110) -> bytes:
    """The PNG bytes of a view."""
    gdf = _polygons()
    values = metrics.region_values(view.region_counts, view.metric)
    bins = metrics.classes(values.values())
    colours = [metrics.colour_for(values.get(code, 0), bins) for code in gdf.index]
    sel = set(view.filters.regions)
    rows, hidden = point_rows(view.points)

    listed = undrawn_lines(view.undrawn, UNDRAWN_LISTED)
    fig = plt.figure(figsize=(11, 8.5), dpi=dpi)
    ax = fig.add_axes((0.02, 0.1, 0.96, 0.72 - 0.02 * (len(listed) + bool(listed))))
    ax.set_facecolor(metrics.BACKGROUND)
    land, borders = _context()
    if not land.empty:
        land.plot(ax=ax, color=metrics.LAND_FILL, edgecolor=metrics.LAND_LINE, linewidth=0.4)
    gdf.plot(ax=ax, color=colours, edgecolor=metrics.BORDER, linewidth=0.4)
    borders.plot(ax=ax, color=metrics.STATE_BORDER, linewidth=1.3, zorder=2)
    if sel & set(gdf.index):
        gdf.loc[sorted(sel & set(gdf.index))].boundary.plot(ax=ax, color=metrics.SELECTED_BORDER, linewidth=1.6)
    if rows:
        ax.scatter([r[1] for r in rows], [r[0] for r in rows], c=[r[2] for r in rows],
                   s=[(r[3] * 1.6) ** 2 for r in rows], edgecolors="white", linewidths=0.5, zorder=3)
    x0, x1, y0, y1 = _extent(gdf, values, view.points.places, sorted(sel))
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    _labels(fig, ax)

    handles: list[Artist] = [Patch(facecolor=metrics.ZERO_FILL, edgecolor="#999", label="0")]
    handles += [Patch(facecolor=metrics.colour_for(hi, bins), edgecolor="#999",
                      label=f"{lo}" if lo == hi else f"{lo}–{hi}") for lo, hi in bins]
    handles += [Line2D([], [], marker="o", linestyle="", markersize=7, markerfacecolor=c,
                       markeredgecolor="white", label=label)
                for c, label in ((metrics.TYPE_COLOURS["strike"], "strike location"),
                                 (metrics.TYPE_COLOURS["interception"], "interception location"),
                                 (metrics.TYPE_COLOURS["mixed"], "both"))]
    legend_title = metrics.METRICS[view.metric].label
    if hidden:
        legend_title += f"\n({count_noun(hidden, 'incident')} not drawn as points)"
    ax.legend(handles=handles, title=legend_title, loc="lower right", fontsize=8, title_fontsize=8,
              framealpha=0.92).set_zorder(10)  # over the labels

    lines = title_lines(view, title)
    head, *middle, credits = [_literal(s) for s in lines]
    middle[-1:-1] = [_literal(textwrap.shorten(s, 150, placeholder=" …")) for s in listed]
    fig.text(0.02, 0.965, head, fontsize=15, weight="bold", va="top")
    fig.text(0.02, 0.925, "\n".join(textwrap.fill(s, 140) for s in middle), fontsize=9, va="top")
    fig.text(0.02, 0.085, textwrap.fill(credits, 160), fontsize=7, color="#444", va="top")
    buf = io.BytesIO()
    # the caption as text too, for whoever reads the file without looking (and for the tests)
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Title": lines[0], "Description": "\n".join(lines[1:])})
    plt.close(fig)
    return buf.getvalue()


def write(store: Any, filters: Filters, out: str | Path | BinaryIO, fmt: str = "png",
          metric: str = "both", title: str | None = None, **_: Any) -> None:
    """Write the PNG snapshot of ``filters`` to a path or binary file."""
    data = render(load(store, filters, metric, popups=False), title)
    write_bytes(out, data)
