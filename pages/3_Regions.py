"""Regions: totals per region, and a few regions compared over time."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from geo.exports import trends_export
from geo.filters import Filters
from geo.maps.popups import count_noun
from geo.maps.undrawn import REASON
from geo.trends import NO_REGION_NAME, region_trends
from ui import shell
from ui.evidence import md_escape
from ui.navigation import page_path
from ui.region_stats import TOTAL_COLUMNS, compare_frame, region_series, region_totals
from ui.timeline import FREQUENCIES, MAX_DOTS, default_frequency
from ui.view_state import UNIT_CHOICES, region_label, region_options

MAX_COMPARE = 6
#: the hot-regions table's columns: (label, help); numbers from geo.trends
TREND_LABELS = {
    "name": ("Region", None), "country": ("Country", None),
    "incidents_last_7d": ("Incidents, last 7 days", None), "incidents_previous_7d": ("Incidents, 7 days before", None),
    "incidents_change": ("Change", "last 7 days minus the 7 before"),
    "incidents_change_pct": ("Change %", "empty when the 7 days before had none: no base to compare"),
    "drones_last_7d": ("Drones, last 7 days", "unstated counts as 1"), "drones_previous_7d": ("Drones, 7 days before", None),
    "drones_change": ("Drones change", None), "drones_change_pct": ("Drones change %", None),
}


#: Answers are kept this long (seconds): every click on the page reruns it, the store changes rarely.
CACHE_TTL_S = 30


@st.cache_data(max_entries=8, ttl=CACHE_TTL_S, show_spinner=False)
def _totals(url: str, _store) -> pd.DataFrame:
    return region_totals(_store)


@st.cache_data(max_entries=8, ttl=CACHE_TTL_S, show_spinner=False)
def _trends(url: str, _store) -> tuple:
    return region_trends(_store)


@st.cache_data(max_entries=16, ttl=CACHE_TTL_S, show_spinner=False)
def _series(url: str, codes: tuple[str, ...], unit: str, freq: str, _store) -> dict[str, pd.Series]:
    return region_series(_store, list(codes), unit, freq)


def compare_chart(series: dict[str, pd.Series], unit: str, freq: str) -> alt.Chart:
    """One line per region, with a dot on every value while there are few of them."""
    wide = compare_frame(series)
    long = wide.rename_axis("date").reset_index().melt("date", var_name="region", value_name=unit)
    return alt.Chart(long).mark_line(point=len(wide) <= MAX_DOTS).encode(
        x=alt.X("date:T", title=None, axis=alt.Axis(format="%d %b %Y" if freq != "month" else "%b %Y")),
        y=alt.Y(f"{unit}:Q", title=f"{unit} per {freq}", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("region:N", legend=alt.Legend(orient="top", title=None, columns=2, labelLimit=240)),
        tooltip=[alt.Tooltip("date:T", format="%d %b %Y"), "region:N", f"{unit}:Q"]).properties(height=320)


def undrawn_note(store) -> None:
    """The incidents that have no region (so no row here), and a link that lists them."""
    n = store.count(Filters(undrawn=True))
    if n:
        with st.container(horizontal=True, vertical_alignment="center"):
            st.caption(md_escape(f"{count_noun(n, 'incident')} in the store belong to no region ({REASON}), "
                                 "so no row below counts them."))
            st.page_link(page_path("1_Incidents"), label="List them", icon=":material/list:",
                         query_params=Filters(undrawn=True).to_query())


def hot_regions(store) -> None:
    """Where it is getting worse: each region's last 7 days against the 7 before (sortable), and its CSV."""
    st.subheader("Hot regions: the last 7 days against the 7 before")
    table, w = _trends(store.url, store)
    if w is None:
        st.info("No dated incidents yet: trends need incidents with a date.")
        return
    st.caption(md_escape(f"{w.describe()}, ending on the last day with incidents; every date and type. "
                         f"Click a column header to sort. \"{NO_REGION_NAME}\" counts incidents with no region."))
    config = {k: st.column_config.NumberColumn(label, help=help_, format="%+.1f%%" if k.endswith("_pct") else None)
              if k.startswith(("incidents", "drones")) else st.column_config.Column(label, help=help_)
              for k, (label, help_) in TREND_LABELS.items()}
    st.dataframe(table[list(TREND_LABELS)], hide_index=True, column_config=config)
    st.download_button("⬇ Trends CSV", data=lambda: trends_export.render(store, Filters()).encode("utf-8"),
                       file_name=f"drone-trends-{w.last[1]}.csv", mime="text/csv", on_click="ignore",
                       key="dl_trends")


def body() -> None:
    store = shell.store()
    st.title("Regions")
    shell.how_to_read("Regions")
    df = _totals(store.url, store)
    st.caption("Totals over every date in the store (the Map's filters do not apply here).")
    undrawn_note(store)
    shown = df[df["incidents"] > 0] if st.toggle("Only regions with incidents", value=True) else df
    if shown.empty:
        st.info("No incidents are stored yet: add articles on the Add articles page.")
    else:
        st.dataframe(shown, hide_index=True, column_config=shell.column_config(TOTAL_COLUMNS))
    hot_regions(store)
    busy = df[df["incidents"] > 0]["region"].tolist()
    chosen = st.multiselect(f"Compare up to {MAX_COMPARE} regions", region_options(),
                            default=busy[:3], max_selections=MAX_COMPARE, format_func=region_label)
    c1, c2 = st.columns(2)
    unit = c1.radio("Count", list(UNIT_CHOICES), horizontal=True, format_func=UNIT_CHOICES.get)
    freq = c2.radio("Per", list(FREQUENCIES), horizontal=True,
                    index=list(FREQUENCIES).index(default_frequency(store.date_span())))
    series = _series(store.url, tuple(chosen), unit, freq, store)
    if series:
        st.altair_chart(compare_chart(series, unit, freq), width="stretch")
    missing = [region_label(c) for c in chosen if region_label(c) not in series]
    if missing:
        st.info("No dated incidents in " + md_escape(", ".join(missing)) + ".")


shell.run_page("Regions", body)
