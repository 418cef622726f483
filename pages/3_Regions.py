"""Regions: totals per region, and a few regions compared over time."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

import app_shell
from geo import dashboard
from geo.filters import Filters
from geo.places.regions import regions

MAX_COMPARE = 6


def totals(store) -> pd.DataFrame:
    rc = store.region_counts(Filters())
    names = pd.DataFrame([{"region": c, "name": r.name_en, "country": dashboard.country_label(r.country)}
                          for c, r in regions().items()])
    df = names.merge(rc, on="region", how="left").fillna(0)
    for c in ("strikes", "interceptions", "drones_strike", "drones_interception"):
        df[c] = df[c].astype(int)
    df["incidents"] = df["strikes"] + df["interceptions"]
    return df.sort_values(["incidents", "name"], ascending=[False, True])[TOTAL_COLUMNS]


TOTAL_COLUMNS = ["name", "region", "country", "incidents", "strikes", "interceptions", "drones_strike",
                 "drones_interception"]


def compare_chart(series: dict[str, pd.Series], unit: str, freq: str) -> alt.Chart:
    """One line per region, with a dot on every value while there are few of them."""
    wide = pd.DataFrame(series).fillna(0).astype(int)  # every region on every day of the chart
    long = wide.rename_axis("date").reset_index().melt("date", var_name="region", value_name=unit)
    return alt.Chart(long).mark_line(point=len(wide) <= dashboard.MAX_DOTS).encode(
        x=alt.X("date:T", title=None, axis=alt.Axis(format="%d %b %Y" if freq != "month" else "%b %Y")),
        y=alt.Y(f"{unit}:Q", title=f"{unit} per {freq}", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("region:N", legend=alt.Legend(orient="top", title=None, columns=2, labelLimit=240)),
        tooltip=[alt.Tooltip("date:T", format="%d %b %Y"), "region:N", f"{unit}:Q"]).properties(height=320)


def body() -> None:
    store = app_shell.store()
    st.title("Regions")
    app_shell.how_to_read("Regions")
    df = totals(store)
    st.caption("Totals over every date in the store (the Map's filters do not apply here).")
    shown = df[df["incidents"] > 0] if st.toggle("Only regions with incidents", value=True) else df
    if shown.empty:
        st.info("No incidents are stored yet: add articles on the Add articles page.")
    else:
        st.dataframe(shown, hide_index=True, column_config=app_shell.column_config(TOTAL_COLUMNS))
    busy = df[df["incidents"] > 0]["region"].tolist()
    chosen = st.multiselect(f"Compare up to {MAX_COMPARE} regions", dashboard.region_options(),
                            default=busy[:3], max_selections=MAX_COMPARE, format_func=dashboard.region_label)
    c1, c2 = st.columns(2)
    unit = c1.radio("Count", list(dashboard.UNIT_CHOICES), horizontal=True, format_func=dashboard.UNIT_CHOICES.get)
    freq = c2.radio("Per", list(dashboard.FREQUENCIES), horizontal=True,
                    index=list(dashboard.FREQUENCIES).index(dashboard.default_frequency(store.date_span())))
    series = {}
    for code in chosen:
        tl = dashboard.timeline(store.daily_counts(Filters(regions=(code,))), unit)
        if tl.empty:
            continue
        s = tl.set_index(pd.to_datetime(tl["date"]))[["strike", "interception"]].sum(axis=1)
        rule = dashboard.FREQUENCIES[freq]
        series[dashboard.region_label(code)] = s.resample(rule).sum() if rule else s
    if series:
        st.altair_chart(compare_chart(series, unit, freq), width="stretch")
    missing = [dashboard.region_label(c) for c in chosen if dashboard.region_label(c) not in series]
    if missing:
        st.info("No dated incidents in " + dashboard.md_escape(", ".join(missing)) + ".")


app_shell.run_page("Regions", body)
