"""About: what the numbers mean, and where the data comes from."""
from __future__ import annotations

import streamlit as st

from geo.data.credits import attribution_markdown
from geo.maps.points import MAX_POINTS
from geo.record import GEO_PRECISIONS
from ui import helptext, shell


def body() -> None:
    st.title("About the drone-incident atlas")
    st.markdown(helptext.page_help("About"))
    st.caption(f"At most {MAX_POINTS} places are drawn at once; region shading always counts everything.")
    st.subheader("Location precision codes")
    st.table({"code": list(GEO_PRECISIONS), "meaning": list(GEO_PRECISIONS.values())})
    st.subheader("Data sources and licences")
    st.markdown(attribution_markdown())
    st.caption("Nothing is loaded from the internet unless you switch on OpenStreetMap tiles or online geocoding.")


shell.run_page("About", body)
