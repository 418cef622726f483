"""About: what the numbers mean, and where the data comes from."""
from __future__ import annotations

import streamlit as st

import app_shell
from geo import mapview
from geo.record import GEO_PRECISIONS
from geo.regions import DATA_DIR

MEANING = """
**Incident types.** A *strike* is a drone that hit, attacked, fell on or damaged something on the
ground. An *interception* is drones shot down, destroyed, intercepted or suppressed (air defence or
electronic warfare). Debris of an intercepted drone that damages something is still an
interception; the damage is recorded as its target.

**Counting.** *Incidents* counts reported events. *Drones* adds up the number of drones each report
states; when a report gives no number, the incident counts as one drone. "More than six" counts as
six (at least), "about 20" as twenty (approximate).

**De-duplication.** Several articles often report the same event. Two reports are one incident
when they have the same type, the same region and settlement (or are both region-level), and
dates at most one day apart (or, when undated, publication dates at most two days apart). A
settlement-level report never merges with a region-level one. Each incident's numbers are
recomputed from all its sources: the count most sources agree on, the largest casualty figure any
source states. The Incidents page lists every source with its own figures and its evidence
marked. The full rules are in docs/DEDUP.md.

**Dates.** Relative dates ("yesterday", "overnight", "on Sunday") are resolved against the
article's publication date. Spans ("over the past week") keep a first and last day. When the text
gives no year and no publication date fixes it, the year is assumed and marked so. The date filter
keeps incidents whose span overlaps the chosen range; undated incidents appear only when no date
range is set.

**Map.** Regions are shaded by the chosen count over every incident in the region, including those
known only at region level. Dots mark incidents placed at a settlement (precision 1–2); several
incidents at one place share a dot. At most {cap} places are drawn at once.
"""


def body() -> None:
    st.title("About the drone-incident atlas")
    st.markdown(MEANING.format(cap=mapview.MAX_POINTS))
    st.subheader("Location precision codes")
    st.table({"code": list(GEO_PRECISIONS), "meaning": list(GEO_PRECISIONS.values())})
    st.subheader("Data sources and licences")
    st.markdown((DATA_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8").split("\n", 1)[1])
    st.caption("Nothing is loaded from the internet unless you switch on OpenStreetMap tiles or online geocoding.")


app_shell.run_page("About", body)
