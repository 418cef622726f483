"""The dashboard's time axis: incidents per day, the chart's step, the date slider and the play control.

No streamlit import: app.py and the Regions page draw what these compute.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

#: Play control steps (label -> days); a "month" is 30 days, so three years play in 37 steps.
PLAY_STEPS = {"day": 1, "week": 7, "month": 30}


def timeline(daily: pd.DataFrame, unit: str = "incidents") -> pd.DataFrame:
    """Per day: date, strike, interception (incidents or drones), every day of the span present."""
    col = "drones" if unit == "drones" else "incidents"
    if daily is None or daily.empty:
        return pd.DataFrame(columns=["date", "strike", "interception"])
    wide = daily.pivot_table(index="date", columns="event_type", values=col, aggfunc="sum", fill_value=0)
    wide.index = pd.to_datetime(wide.index)
    days = pd.date_range(wide.index.min(), wide.index.max(), freq="D")
    wide = wide.reindex(days, fill_value=0)
    for t in ("strike", "interception"):
        if t not in wide:
            wide[t] = 0
    out = wide[["strike", "interception"]].astype(int).reset_index(names="date")
    out["date"] = out["date"].dt.date
    return out


#: The chart's time steps: label -> pandas resampling rule (None: as stored, per day).
FREQUENCIES = {"day": None, "week": "W-MON", "month": "MS"}
#: Dots on the lines up to this many steps (a single day still shows); more would be a smear.
MAX_DOTS = 60


def default_frequency(span: tuple) -> str:
    """Days for a few weeks of data, weeks up to a year, months beyond: three years of days were
    a comb of spikes nobody could read."""
    if not (span[0] and span[1]):
        return "day"
    days = (span[1] - span[0]).days
    return "day" if days <= 60 else "week" if days <= 366 else "month"


def play_step_label(step: str) -> str:
    """"7 days a step": the play control's step in the days it really moves."""
    days = PLAY_STEPS[step]
    return f"{days} day{'s' if days != 1 else ''} a step"


def play_window(span: tuple[dt.date, dt.date], start: dt.date, step_days: int) -> tuple[dt.date, dt.date]:
    """The date range shown at one step of the play control (clipped to the span)."""
    lo, hi = span
    start = min(max(start, lo), hi)
    return start, min(start + dt.timedelta(days=step_days - 1), hi)


def next_play_start(span: tuple[dt.date, dt.date], start: dt.date, step_days: int) -> dt.date | None:
    """The next step's first day, or None when the play reached the end."""
    nxt = start + dt.timedelta(days=step_days)
    return nxt if nxt <= span[1] else None


def dates_filter(span: tuple[dt.date | None, dt.date | None],
                 chosen: tuple[dt.date, dt.date] | None) -> tuple[dt.date | None, dt.date | None]:
    """A slider at the full span means "all dates" (undated incidents stay in)."""
    if not chosen or not span[0] or tuple(chosen) == tuple(span):
        return None, None
    return chosen[0], chosen[1]
