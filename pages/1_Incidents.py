"""Incidents: a searchable, sortable table; one incident's sources with the evidence marked."""
from __future__ import annotations

import streamlit as st

import app_shell
from geo import dashboard, mapview
from geo.record import GEO_PRECISIONS

COLUMNS = ["id", "date", "event_type", "region_name", "settlement", "count", "killed", "injured",
           "target", "geo_precision", "n_sources", "evidence"]
OWN_FIGURES = ("date", "date_end", "count", "count_qualifier", "killed", "injured", "target", "settlement")
EVIDENCE_BOX = "max-height:320px;overflow:auto;font-size:0.9em"
DATE_NOTES = {
    "day": "the day is stated or resolved from the publication date",
    "range": "a span: the first day is shown, the last day is date_end",
    "year_assumed": "the text gave no year and no publication date fixed it; the year is assumed",
}


def detail(store, incident_id: int) -> None:
    rec = store.incident(incident_id)
    if rec is None:
        st.info("That incident is no longer in the store.")
        return
    st.subheader(f"Incident {incident_id}: "
                 + dashboard.md_escape(f"{rec['event_type']}, {rec.get('region_name') or 'region unknown'}"))
    c1, c2, c3 = st.columns(3)
    when = f"{rec.get('date') or 'unknown'}" + (f" to {rec['date_end']}" if rec.get("date_end") else "")
    c1.markdown(f"**Date:** {dashboard.md_escape(when)}")
    c1.caption(DATE_NOTES.get(rec.get("date_precision") or "", "no date in the text"))
    prec = rec.get("geo_precision")
    c2.markdown(f"**Location precision:** {dashboard.md_escape(prec or '—')}")
    c2.caption(GEO_PRECISIONS.get(prec, "not placed on the map"))
    c3.markdown(f"**Sources:** {rec.get('n_sources') or len(rec['sources'])}")
    c3.caption("several reports of one event are merged into one incident")
    fields = {k: rec.get(k) for k in ("settlement", "count", "count_qualifier", "killed", "injured",
                                      "target", "lat", "lon")}
    fields["settlement"] = mapview.display_name(rec.get("settlement"), rec.get("settlement_latin")) or None
    st.dataframe([fields], hide_index=True)
    for i, src in enumerate(rec["sources"], 1):
        with st.container(border=True):
            st.markdown(dashboard.source_block(f"Source {i}:", src.get("title"), src.get("url"), src.get("document"),
                                               src.get("published")), unsafe_allow_html=True)
            own = {k: v for k, v in (src.get("fields") or {}).items() if k in OWN_FIGURES and v is not None}
            if own:
                st.caption("This source's own figures: "
                           + dashboard.md_escape(", ".join(f"{k} {v}" for k, v in own.items())))
            text = src.get("text") or ""
            spans = dashboard.find_spans(text, src.get("evidence"))
            if not spans:
                st.caption("The evidence sentence was not found verbatim in this text.")
            st.markdown(dashboard.html_block(dashboard.highlight(text, spans), EVIDENCE_BOX), unsafe_allow_html=True)


def body() -> None:
    store = app_shell.store()
    st.title("Incidents")
    app_shell.how_to_read("Incidents")
    f, _, _ = dashboard.view_from_query(st.query_params.to_dict())
    c1, c2, c3 = st.columns([3, 3, 2])
    text = c1.text_input("Search (settlement, target, evidence…)", value=f.text)
    options = dashboard.region_options()
    chosen = c2.multiselect("Regions", options, default=[r for r in f.regions if r in options],
                            format_func=dashboard.region_label, placeholder="All regions")
    kind = c3.selectbox("Type", ["both", "strike", "interception"])
    filters = f.with_(text=text.strip(), regions=tuple(chosen),
                      types=() if kind == "both" else (kind,))
    df = store.query(filters)
    st.caption(f"{len(df)} incidents · {dashboard.md_escape(filters.describe())} · click a row for its sources; "
               "click a column header to sort.")
    event = st.dataframe(dashboard.with_display_names(df)[COLUMNS], hide_index=True, on_select="rerun", selection_mode="single-row",
                         key="incident_table", height=380,
                         column_config={"evidence": st.column_config.TextColumn(width="large")})
    rows = event.selection.rows if event is not None else []
    if rows:  # a clicked row is kept in the URL, so the link opens this incident
        st.query_params["id"] = str(int(df.iloc[rows[0]]["id"]))
    chosen_id = str(st.query_params.get("id") or "")
    if chosen_id.isdigit():
        detail(store, int(chosen_id))


app_shell.run_page("Incidents", body)
