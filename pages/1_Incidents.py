"""Incidents: a searchable, sortable table; one incident's sources with the evidence marked."""
from __future__ import annotations

import zlib

import pandas as pd
import streamlit as st

from geo import claimants
from geo.filters import MAX_TEXT, Filters
from geo.maps.popups import display_name
from geo.maps.undrawn import REASON
from geo.record import GEO_PRECISIONS
from ui import helptext, shell, view_state
from ui.display import format_kpi, with_display_names
from ui.evidence import find_spans, highlight, html_block, md_escape, own_figures, source_block, text_excerpt
from ui.place_picker import pick_place

#: Date, place and evidence first: at 800 px (about 470 px of table) they are what stays in view.
COLUMNS = ["date", "settlement", "evidence", "event_type", "region_name", "count", "killed", "injured",
           "target", "geo_precision", "n_sources", "claimants", "id"]
DETAIL_FIELDS = ["settlement", "count", "count_qualifier", "killed", "injured", "target", "lat", "lon"]
EVIDENCE_BOX = "max-height:320px;overflow:auto;font-size:0.9em"
DATE_NOTES = {
    "day": "the day is stated or resolved from the publication date",
    "range": "a span: the first day is shown, the last day is date_end",
    "year_assumed": "the text gave no year and no publication date fixed it; the year is assumed",
}
#: URL keys of the map's view that this page does not change but keeps, so links stay whole.
KEPT_KEYS = ("unit", "tiles")
#: Rows per table page.
PAGE_ROWS = 1_000
#: The filter widgets' session keys; they are set from the page address when it changes from outside
#: (a link, the Map's "List them"), never passed as ``value=`` (an un-keyed widget whose value changes
#: is a new widget, so every second change was lost).
WIDGETS = ("inc_text", "inc_regions", "inc_what", "inc_undrawn")
#: session key: (incident, place, merged) after a place was saved, said once on the next run.
FIXED_KEY = "_inc_place_saved"


def detail(store, incident_id: int, listed: bool) -> None:
    rec = store.incident(incident_id)
    if rec is None:
        st.info(f"There is no incident {incident_id} in the store (it may have been merged or the link is old).")
        return
    st.subheader(f"Incident {incident_id}: "
                 + md_escape(f"{rec['event_type']}, {rec.get('region_name') or 'no region (not drawn on the map)'}"))
    if not listed:
        st.caption("This incident is not in the table shown above (the filters or the page leave it out).")
    c1, c2, c3 = st.columns(3)
    when = f"{rec.get('date') or 'unknown'}" + (f" to {rec['date_end']}" if rec.get("date_end") else "")
    c1.markdown(f"**Date:** {md_escape(when)}")
    c1.caption(DATE_NOTES.get(rec.get("date_precision") or "", "no date in the text"))
    prec = rec.get("geo_precision")
    c2.markdown(f"**Location precision:** {md_escape(prec or '—')}")
    c2.caption(GEO_PRECISIONS.get(prec, "not placed on the map"))
    c3.markdown(f"**Sources:** {rec.get('n_sources') or len(rec['sources'])}")
    c3.caption("several reports of one event are merged into one incident")
    fields = {k: rec.get(k) for k in DETAIL_FIELDS}
    fields["settlement"] = display_name(rec.get("settlement"), rec.get("settlement_latin")) or None
    st.dataframe(pd.DataFrame([fields]), hide_index=True, placeholder=shell.MISSING,
                 column_config=shell.column_config(DETAIL_FIELDS))
    correct_place(store, incident_id, rec)
    for i, src in enumerate(rec["sources"], 1):
        with st.container(border=True):
            source(i, src)


def correct_place(store, incident_id: int, rec: dict) -> None:
    """Say when the place was picked by hand; let the user pick another settlement and save it."""
    fixes = store.incident_corrections(incident_id)
    if fixes:
        st.caption(md_escape(f"Place picked by hand ({fixes[0]['corrected_at'][:10]}): "
                             "kept if its articles are read again."))
    with st.expander("Correct the place", icon=":material/edit_location_alt:", key=f"inc_fix_open_{incident_id}",
                     on_change="rerun"):  # keyed: it stays open while the search reruns the page
        now = (rec["lat"], rec["lon"]) if rec.get("lat") is not None and rec.get("lon") is not None else None
        fix = pick_place(f"inc_fix_{incident_id}", rec.get("settlement"), rec.get("region"), now)
        if fix is not None and st.button("Save this place", type="primary", key=f"inc_fix_save_{incident_id}",
                                          help="Every source of this incident is moved there; the correction is "
                                               "kept when the same articles are read again"):
            held = store.correct_incident_place(incident_id, fix)
            st.cache_data.clear()
            for key in [k for k in st.session_state if str(k).startswith("incident_table_")]:
                del st.session_state[key]  # its rows moved: a ticked row would point at another incident
            st.session_state[FIXED_KEY] = (held, fix.settlement, held != incident_id)
            st.query_params["id"] = str(held)
            st.rerun()


def source(i: int, src: dict) -> None:
    """One source: title and link, its own figures, its evidence, and its text with the evidence marked."""
    st.markdown(source_block(f"Source {i}:", src.get("title"), src.get("url"), src.get("document"),
                                       src.get("published")), unsafe_allow_html=True)
    who = [f"outlet: {src['outlet']}" if src.get("outlet") else "",
           f"claimed by: {claimants.label(src.get('claimant'))}" if src.get("claimant") else ""]
    if any(who):
        st.caption(md_escape(" · ".join(w for w in who if w)))
    figures = own_figures(src.get("fields"))
    if figures:
        st.caption("This source's own figures: " + md_escape(figures))
    text = src.get("text") or ""
    spans = find_spans(text, src.get("evidence"))
    if src.get("evidence"):
        st.markdown(html_block("<b>Evidence:</b> <bdi>" + highlight(src["evidence"], [(0, len(src["evidence"]))])
                               + "</bdi>"),
                    unsafe_allow_html=True)
    if not spans:
        st.caption("The evidence sentence was not found verbatim in this text.")
    shown, marks = text_excerpt(text, spans)
    if shown != text:
        st.caption(f"The article is long ({len(text):,} characters): the parts around the evidence are shown.")
    st.markdown(html_block(highlight(shown, marks), EVIDENCE_BOX), unsafe_allow_html=True)


def table_page(total: int) -> int:
    """The page of the table to show (1 when everything fits): a browser table of 100k rows is slow."""
    if total <= PAGE_ROWS:
        return 1
    pages = -(-total // PAGE_ROWS)
    page = st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1, step=1)
    first = (page - 1) * PAGE_ROWS + 1
    n = format_kpi
    st.caption(f"Showing incidents {n(first)}–{n(min(first + PAGE_ROWS - 1, total))} of {n(total)}, oldest first; "
               "a column header sorts this page. Search or choose regions to find an incident faster.")
    return int(page)


def linked_filters(f) -> bool:
    """Say which filters came with the link (dates, countries, precision: no widget here); True to drop them."""
    extra = f.with_(text="", regions=(), types=(), undrawn=False)
    if extra == type(f)():
        return False
    c1, c2 = st.columns([5, 2], vertical_alignment="center")
    c1.caption("Also filtered as in the link that opened this page: "
               + md_escape(extra.describe().replace("; strikes and interceptions", "")))
    return c2.button("Show all dates and places", help="Drop these filters (the map's date range, countries, claimants, "
                                                         "precision)")


def filter_widgets(f, query: dict) -> tuple[str, list[str], str, bool]:
    """Search, regions, type and the "not drawn" switch, set from the address when it changed since
    this page last wrote it (a link or another page), else as the user left them."""
    ss = st.session_state
    if ss.get("_inc_written") != query or any(k not in ss for k in WIDGETS):
        options = view_state.region_options()
        ss.update(inc_text=f.text, inc_regions=[r for r in f.regions if r in options],
                  inc_what=view_state.what_of(f), inc_undrawn=f.undrawn)
    # one row; the type keeps the width of its longest choice (in columns it read "Strikes + i" at 800 px)
    with st.container(horizontal=True):
        text = st.text_input("Search (place, target, evidence…)", key="inc_text", max_chars=MAX_TEXT,
                             help="Whole words in the place, region, target or evidence (Russian and "
                                  "Ukrainian words also find their inflected forms); press Enter.")
        chosen = st.multiselect("Regions", view_state.region_options(), key="inc_regions",
                                format_func=view_state.region_label, placeholder="All regions")
        what = st.selectbox("Type", list(view_state.WHAT_CHOICES), key="inc_what",
                            format_func=view_state.WHAT_CHOICES.__getitem__, width=215) or "both"
    undrawn = st.toggle("Only incidents not drawn on the map", key="inc_undrawn",
                        help=f"Incidents the map counts but cannot draw ({REASON}).")
    return text, chosen, what, undrawn


def checked_id(query: dict) -> str:
    """The link's incident number ("" when none); a bad one is said in one line, never a traceback."""
    number, problem = view_state.incident_id(query.get("id"))
    if problem:
        st.warning(f"This link's incident cannot be opened: {md_escape(problem)}.")
    return "" if number is None else str(number)


#: Answers are kept this long (seconds), so ingests from the command line show up without a restart.
CACHE_TTL_S = 30


@st.cache_data(max_entries=16, ttl=CACHE_TTL_S, show_spinner=False)
def _count(url: str, filters: Filters, _store) -> int:
    """How many incidents the filters select: once per filter set, not on every rerun (typing in a box)."""
    return _store.count(filters)


@st.cache_data(max_entries=16, ttl=CACHE_TTL_S, show_spinner=False)
def _rows(url: str, filters: Filters, page: int, _store) -> pd.DataFrame:
    """One page of the table for the filters, kept like :func:`_count`."""
    return _store.query(filters, limit=PAGE_ROWS, offset=(page - 1) * PAGE_ROWS)


def body() -> None:
    store = shell.store()
    st.title("Incidents")
    shell.how_to_read("Incidents")
    query = shell.url_query()
    f, _, _ = view_state.view_from_query(query)
    text, chosen, what, undrawn = filter_widgets(f, query)
    filters = f.with_(text=text.strip(), regions=tuple(chosen), types=view_state.WHAT_TYPES[what], undrawn=undrawn)
    if linked_filters(filters):
        filters = filters.with_(date_from=None, date_to=None, countries=(), precisions=(), claimants=())
    total = _count(store.url, filters, store)
    described = md_escape(filters.describe())
    chosen_id = checked_id(query)
    url = {**{k: query[k] for k in KEPT_KEYS if k in query}, **filters.to_query()}
    df = None
    if total == 0:
        st.info(helptext.NOTHING_MATCHES.format(filters=described))
    else:
        page = table_page(total)
        df = _rows(store.url, filters, page, store)
        st.caption(f"{format_kpi(total)} incident{'' if total == 1 else 's'} · {described} · tick a row to see "
                   "its sources; "
                   "click a column header to sort. Empty cells: not stated in the reports.")
        # a new key per filter set and page: a ticked row never points at another incident after the table changes
        key = f"incident_table_{zlib.crc32(repr(sorted(filters.to_query().items())).encode())}_{page}"
        shown = with_display_names(df).assign(claimants=[claimants.describe(c) or None for c in df["claimants"]])
        event = st.dataframe(shown[COLUMNS], hide_index=True, placeholder=shell.MISSING,
                             on_select="rerun", selection_mode="single-row", key=key,
                             column_config=shell.column_config(
                                 COLUMNS, evidence=st.column_config.TextColumn(
                                     helptext.field_label("evidence"), width="large",
                                     help=helptext.FIELDS["evidence"][1])))
        rows = [r for r in (event.selection.rows if event is not None else []) if r < len(df)]
        if rows:  # a ticked row is kept in the URL, so the link opens this incident
            chosen_id = str(int(df.iloc[rows[0]]["id"]))
        elif st.session_state.get("_incident_ticked") == key:  # the row was unticked: close its detail
            chosen_id = ""
        st.session_state["_incident_ticked"] = key if rows else None
    if FIXED_KEY in st.session_state:
        held, where, merged = st.session_state.pop(FIXED_KEY)
        chosen_id = str(held)  # the table was redrawn without a ticked row (see correct_place)
        st.success(md_escape(f"Incident {held} is now at {where}" + (
            ", merged with the incident already reported there." if merged else ".")))
    if chosen_id:
        url["id"] = chosen_id
    if url != query:
        st.query_params.from_dict(url)
    st.session_state["_inc_written"] = url
    if chosen_id:
        detail(store, int(chosen_id), listed=df is not None and int(chosen_id) in set(df["id"].astype(int)))


shell.run_page("Incidents", body)
