"""The Regions page's numbers: every region's totals, and chosen regions over time.

Kept out of pages/3_Regions.py so the merge of region names with the store's
counts, and the resampling per week or month, are plain functions with tests.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from geo.filters import Filters
from geo.places.regions import regions
from ui.timeline import FREQUENCIES, timeline
from ui.view_state import country_label, region_label

#: The totals table's columns, in order.
TOTAL_COLUMNS = ["name", "region", "country", "incidents", "strikes", "interceptions", "drones_strike",
                 "drones_interception"]


def region_totals(store: Any) -> pd.DataFrame:
    """Every region (those without incidents too) with its totals over all dates, busiest first."""
    rc = store.region_counts(Filters())
    names = pd.DataFrame([{"region": c, "name": r.name_en, "country": country_label(r.country)}
                          for c, r in regions().items()])
    df = names.merge(rc, on="region", how="left").fillna(0)
    for c in ("strikes", "interceptions", "drones_strike", "drones_interception"):
        df[c] = df[c].astype(int)
    df["incidents"] = df["strikes"] + df["interceptions"]
    return df.sort_values(["incidents", "name"], ascending=[False, True])[TOTAL_COLUMNS]


def region_series(store: Any, codes: list[str], unit: str, freq: str) -> dict[str, pd.Series]:
    """Strikes plus interceptions (incidents or drones) per day, week or month, one series per region,
    keyed by the region's label; regions without dated incidents are left out."""
    series = {}
    for code in codes:
        tl = timeline(store.daily_counts(Filters(regions=(code,))), unit)
        if tl.empty:
            continue
        s = tl.set_index(pd.to_datetime(tl["date"]))[["strike", "interception"]].sum(axis=1)
        rule = FREQUENCIES[freq]
        series[region_label(code)] = s.resample(rule).sum() if rule else s
    return series


def compare_frame(series: dict[str, pd.Series]) -> pd.DataFrame:
    """The series side by side, one column per region, every region on every step of the chart (0 where
    a region has nothing)."""
    return pd.DataFrame(series).fillna(0).astype(int)
