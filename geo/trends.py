"""Trends: each region's last 7 days against the 7 before, and the 7-day rolling line of the timeline.

The analyst's morning question is "where is it getting worse?".  :func:`region_trends` answers it
from the store's per-region counts for two windows that end on one day (the last day with incidents,
or the day the filters end on), so its numbers are the map's numbers for those dates.
:func:`rolling_average` smooths the daily counts the timeline draws.  The dashboard (Regions page,
timeline chart) and ``python -m geo export --format trends`` only lay these out.

A window counts an incident whose date (or span) overlaps it, as every date filter does; incidents
with no region are one row of their own, so the rows add up to the store's totals.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd

from geo.filters import Filters
from geo.places.regions import COUNTRY_NAMES, regions

WINDOW_DAYS = 7
UNITS = ("incidents", "drones")
#: the region column of the row that counts incidents without a region (national totals)
NO_REGION = ""
NO_REGION_NAME = "(no region: national or unplaced)"
#: the columns of :func:`region_trends`, in order (one block of four per unit)
TREND_COLUMNS = ["region", "name", "country",
                 *[f"{u}_{c}" for u in UNITS for c in ("last_7d", "previous_7d", "change", "change_pct")]]


@dataclass(frozen=True)
class Windows:
    """The two periods compared: ``previous`` ends the day before ``last`` starts."""

    last: tuple[dt.date, dt.date]
    previous: tuple[dt.date, dt.date]

    def describe(self) -> str:
        (a, b), (c, d) = self.last, self.previous
        return f"{a:%d %b %Y} – {b:%d %b %Y} against {c:%d %b %Y} – {d:%d %b %Y}"


def windows(end: dt.date, days: int = WINDOW_DAYS) -> Windows:
    """The ``days`` days up to ``end`` (inclusive) and the ``days`` before them."""
    start = end - dt.timedelta(days=days - 1)
    return Windows((start, end), (start - dt.timedelta(days=days), start - dt.timedelta(days=1)))


def trend_end(store: Any, filters: Filters) -> dt.date | None:
    """The day the comparison ends on: the filters' last day, else the last day with incidents."""
    if filters.date_to:
        return filters.date_to
    last = store.summary(filters.with_(date_from=None, date_to=None))["last"]
    return dt.date.fromisoformat(str(last)[:10]) if last else None


def change_pct(last: int, previous: int) -> float | None:
    """Percentage change, one decimal; None when the previous window had nothing (no base to compare)."""
    if previous == 0:
        return None
    return round((last - previous) * 100.0 / previous, 1)


def _window_counts(store: Any, filters: Filters, span: tuple[dt.date, dt.date]) -> pd.DataFrame:
    """incidents and drones per region in one window, plus the NO_REGION row (totals minus regions)."""
    f = filters.with_(date_from=span[0], date_to=span[1])
    rc = store.region_counts(f)
    frame = pd.DataFrame({"region": rc["region"], "incidents": rc["strikes"] + rc["interceptions"],
                          "drones": rc["drones_strike"] + rc["drones_interception"]})
    total = store.summary(f)
    rest = {"region": NO_REGION, "incidents": total["incidents"] - int(frame["incidents"].sum()),
            "drones": total["drones"] - int(frame["drones"].sum())}
    if rest["incidents"] > 0:
        frame = pd.concat([frame, pd.DataFrame([rest])], ignore_index=True)
    return frame.set_index("region")


def region_trends(store: Any, filters: Filters | None = None, end: dt.date | None = None,
                  days: int = WINDOW_DAYS) -> tuple[pd.DataFrame, Windows | None]:
    """Per region with incidents in either window: counts in the last ``days`` and the ``days`` before,
    the change and the % change, for incidents and drones; sorted by the change in incidents (largest
    rise first).  The date filters are replaced by the two windows; ``end`` defaults to :func:`trend_end`.
    Returns the table and the windows (None, with an empty table, when nothing is dated)."""
    filters = filters or Filters()
    end = end or trend_end(store, filters)
    if end is None:
        return pd.DataFrame(columns=TREND_COLUMNS), None
    w = windows(end, days)
    last, previous = _window_counts(store, filters, w.last), _window_counts(store, filters, w.previous)
    codes = sorted(set(last.index) | set(previous.index))
    known = regions()
    rows = []
    for code in codes:
        region = known.get(code)
        row: dict[str, Any] = {"region": code, "name": region.name_en if region else NO_REGION_NAME,
                               "country": COUNTRY_NAMES.get(region.country, "") if region else ""}
        for unit in UNITS:
            a = int(last[unit].get(code, 0))
            b = int(previous[unit].get(code, 0))
            row.update({f"{unit}_last_7d": a, f"{unit}_previous_7d": b, f"{unit}_change": a - b,
                        f"{unit}_change_pct": change_pct(a, b)})
        rows.append(row)
    table = pd.DataFrame(rows, columns=TREND_COLUMNS)
    table = table.sort_values(["incidents_change", "incidents_last_7d", "name"], ascending=[False, False, True])
    return table.reset_index(drop=True), w


def rolling_average(daily: pd.DataFrame, unit: str = "incidents", days: int = WINDOW_DAYS) -> pd.DataFrame:
    """The ``days``-day rolling mean of strikes plus interceptions per day, from ``store.daily_counts``.

    Every calendar day counts (a day without incidents is a 0), and the line starts on the
    ``days``-th day: a mean over fewer days would not be the same measure.  Columns: date, rolling.
    """
    col = "drones" if unit == "drones" else "incidents"
    if daily is None or daily.empty:
        return pd.DataFrame(columns=["date", "rolling"])
    per_day = daily.groupby(pd.to_datetime(daily["date"]))[col].sum()
    per_day = per_day.reindex(pd.date_range(per_day.index.min(), per_day.index.max(), freq="D"), fill_value=0)
    rolled = per_day.rolling(days, min_periods=days).mean().dropna().round(2)
    return pd.DataFrame({"date": rolled.index.date, "rolling": rolled.to_numpy()})
