"""What a map counts per region, and the classes and colours that shade it.

The interactive map (:mod:`geo.maps.layers`) and the PNG export draw with these same
numbers and colours, so both show a region alike.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

import pandas as pd


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
BACKGROUND = "#cddcea"      # sea: water blue, so the land outside the three countries does not pass for it
LAND_FILL = "#e2dfd5"       # the neighbouring countries: plain land, darker than an empty region
LAND_LINE = "#b5afa0"       # their borders
BORDER = "#8a8a8a"          # between regions
STATE_BORDER = "#333333"    # between Russia, Ukraine, Belarus and their neighbours: bolder than BORDER
SELECTED_BORDER = "#1f3a93"
TYPE_COLOURS = {"strike": "#c0392b", "interception": "#2471a3", "mixed": "#7d3c98"}
#: The dots' rim: dark, so a dot stands out on every fill: on the darkest (red) regions a white rim
#: left a faint ring whose red middle vanished, on the pale ones the white rim itself vanished.
POINT_OUTLINE = "#1c1c1c"


def metric_for(what: str, unit: str) -> str:
    """The metric key for the switch's choice, e.g. ("strikes", "drones") -> "drones_strike"."""
    return METRIC_CHOICES[(what, unit)]


def check_metric(metric: str) -> None:
    """Raise ValueError, naming the choices, for an unknown metric key."""
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")


def region_values(region_counts: pd.DataFrame | None, metric: str) -> dict[str, int]:
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
