"""Incidents as the dashboard's tables and headline numbers show them.

The headline numbers (KPIs) of a selection, numbers spaced by thousands, and
settlement names with their Latin form.  No streamlit import.
"""
from __future__ import annotations

import pandas as pd

from geo.maps.popups import display_name


def kpis(incidents: pd.DataFrame) -> dict[str, int]:
    """Headline numbers for the selection."""
    if incidents.empty:
        return dict.fromkeys(("incidents", "strikes", "interceptions", "drones", "regions",
                              "killed", "injured", "multi_source"), 0)
    counts = incidents["count"].astype("Float64").fillna(1)
    return {
        "incidents": len(incidents),
        "strikes": int((incidents["event_type"] == "strike").sum()),
        "interceptions": int((incidents["event_type"] == "interception").sum()),
        "drones": int(counts.sum()),
        "regions": int(incidents["region"].dropna().nunique()),
        "killed": int(incidents["killed"].astype("Float64").fillna(0).sum()),
        "injured": int(incidents["injured"].astype("Float64").fillna(0).sum()),
        "multi_source": int((incidents["n_sources"].astype("Float64").fillna(1) > 1).sum()),
    }


def with_display_names(incidents: pd.DataFrame) -> pd.DataFrame:
    """The incidents with settlements as written plus their Latin form (see display_name)."""
    if incidents.empty or "settlement" not in incidents:
        return incidents
    latin = incidents["settlement_latin"] if "settlement_latin" in incidents else [None] * len(incidents)
    return incidents.assign(settlement=[display_name(n, la) or None
                                        for n, la in zip(incidents["settlement"], latin)])


def format_kpi(value: int) -> str:
    """Thousands separated, so 100k incidents stay readable."""
    return f"{value:,}".replace(",", " ")
