"""Regions: totals per region, and a few regions compared over time."""
from __future__ import annotations

import pandas as pd
import streamlit as st

import app_shell
from geo import dashboard
from geo.filters import Filters
from geo.regions import regions

MAX_COMPARE = 6


def totals(store) -> pd.DataFrame:
    rc = store.region_counts(Filters())
    names = pd.DataFrame([{"region": c, "name": r.name_en, "country": r.country} for c, r in regions().items()])
    df = names.merge(rc, on="region", how="left").fillna(0)
    for c in ("strikes", "interceptions", "drones_strike", "drones_interception"):
        df[c] = df[c].astype(int)
    df["incidents"] = df["strikes"] + df["interceptions"]
    return df.sort_values(["incidents", "name"], ascending=[False, True])


def body() -> None:
    store = app_shell.store()
    st.title("Regions")
    app_shell.how_to_read("Regions")
    df = totals(store)
    st.dataframe(df[df["incidents"] > 0] if st.toggle("Only regions with incidents", value=True) else df,
                 hide_index=True, height=320)
    busy = df[df["incidents"] > 0]["region"].tolist()
    chosen = st.multiselect(f"Compare up to {MAX_COMPARE} regions", dashboard.region_options(),
                            default=busy[:3], max_selections=MAX_COMPARE, format_func=dashboard.region_label)
    c1, c2 = st.columns(2)
    unit = c1.radio("Count", list(dashboard.UNIT_CHOICES), horizontal=True, format_func=dashboard.UNIT_CHOICES.get)
    freq = c2.radio("Per", ["day", "week"], horizontal=True)
    series = {}
    for code in chosen:
        tl = dashboard.timeline(store.daily_counts(Filters(regions=(code,))), unit)
        if tl.empty:
            continue
        s = tl.set_index(pd.to_datetime(tl["date"]))[["strike", "interception"]].sum(axis=1)
        series[dashboard.region_label(code)] = s.resample("W-MON").sum() if freq == "week" else s
    if series:
        st.line_chart(pd.DataFrame(series).fillna(0), height=320)
    elif chosen:
        st.caption("No dated incidents in these regions.")


app_shell.run_page("Regions", body)
