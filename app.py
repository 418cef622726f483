"""Drone-incident atlas: the map page (run with ``streamlit run app.py``).

A thin shell: widgets and layout only.  What the widgets mean lives in
ui/ (ui.view_state, ui.timeline, ui.map_clicks), the map in geo.maps, the numbers in geo.store, the snapshot
files in geo.exports (the same code as ``python -m geo export``).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import io
import time

import altair as alt
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components
from streamlit_folium import st_folium

from geo import claimants, exports
from geo.filters import MAX_TEXT, Filters, isolate
from geo.maps import metrics
from geo.maps import view as map_view
from geo.maps.undrawn import undrawn_line
from geo.places.regions import COUNTRY_NAMES
from geo.record import GEO_PRECISIONS
from geo.trends import rolling_average
from ui import helptext, navigation, shell, timeline, view_state
from ui.display import format_kpi
from ui.evidence import md_escape
from ui.map_clicks import clicked_place, map_click, place_table
from ui.undated import undated_count, undated_line

PLAY_DELAY_S = 1.0
MAP_KEY = "atlas_map"
#: Only what the app uses comes back from the map, so panning never reruns the script.
RETURNED = ["last_active_drawing", "last_object_clicked_count"]
SNAPSHOT_FORMATS = ("html", "png", "csv", "geojson")
#: Cached views expire, so incidents ingested from the command line show up without a restart.
CACHE_TTL_S = 30
MAP_HEIGHT = 560
#: The map page's own spacing: less room above the title (Streamlit's 6rem), a smaller title,
#: and on a narrow window a legend that stays small (it covered a third of the map at 800 px).
MAP_PAGE_CSS = (
    "[data-testid='stMainBlockContainer']{padding-top:3.75rem}"
    "[data-testid='stMain'] h1{font-size:2rem;padding:0 0 .25rem}"
)


def _filters_key(f: Filters) -> tuple:
    return tuple(sorted(f.to_query().items()))


@st.cache_data(max_entries=16, ttl=CACHE_TTL_S, show_spinner=False)
def load_view(url: str, fkey: tuple, metric: str, _store) -> map_view.View:
    return map_view.load(_store, Filters.from_query(dict(fkey)), metric)


@st.cache_data(max_entries=16, ttl=CACHE_TTL_S, show_spinner=False)
def load_daily(url: str, fkey: tuple, _store) -> pd.DataFrame:
    return _store.daily_counts(Filters.from_query(dict(fkey)))


def init_state_from_url(span: tuple) -> None:
    """Once per session: widget values from the URL, so a shared link reopens the view."""
    if st.session_state.get("_url_loaded"):
        return
    f, unit, tiles = view_state.view_from_query(shell.url_query())
    ss = st.session_state
    ss["_url_loaded"] = True
    ss["f_regions"] = [r for r in f.regions if r in view_state.region_options()]
    ss["f_countries"] = [c for c in f.countries if c in COUNTRY_NAMES]
    ss["f_what"] = view_state.what_of(f)
    ss["f_unit"] = unit
    ss["f_precisions"] = list(f.precisions)
    ss["f_claimants"] = list(f.claimants)
    ss["f_text"] = f.text
    ss["f_tiles"] = False  # a link may ask for online tiles, never switch them on (see sidebar_filters)
    ss["_tiles_asked"] = tiles
    if span[0] and span[1]:
        lo = max(f.date_from or span[0], span[0])
        hi = min(f.date_to or span[1], span[1])
        ss["f_dates"] = (min(lo, hi), max(lo, hi))


def apply_pending(span: tuple) -> None:
    """Changes asked for after the widgets were drawn (map clicks), applied before they are drawn again."""
    ss = st.session_state
    if "_restore_dates" in ss:  # Play stopped: the dates chosen before it
        ss["f_dates"] = ss.pop("_restore_dates")
    if span[0] and span[1]:
        lo, hi = ss.get("f_dates") or span
        lo, hi = min(max(lo, span[0]), span[1]), max(min(hi, span[1]), span[0])
        ss["f_dates"] = (min(lo, hi), max(lo, hi))
    if "_pending_region" in ss:
        ss["f_regions"] = view_state.toggle_region(ss.get("f_regions", []), ss.pop("_pending_region"))


#: Streamlit folds the sidebar away only below 768 px; at 800-900 px it took 300 px of the map.
#: Once per browser tab (so the user can open it again), a narrow window starts with it folded.
NARROW_PX = 900
FOLD_SIDEBAR_JS = f"""<script>
(function () {{
  var top = window.parent, doc = top.document;
  if (top.innerWidth > {NARROW_PX} || top.sessionStorage.getItem("geo-sidebar-folded")) {{ return; }}
  var tries = 0, t = setInterval(function () {{
    var side = doc.querySelector("[data-testid='stSidebar']");
    var btn = doc.querySelector("[data-testid='stSidebarCollapseButton'] button");
    if ((side && btn) || ++tries > 50) {{
      clearInterval(t);
      if (side && btn && side.getAttribute("data-collapsed") !== "true") {{ btn.click(); }}
      top.sessionStorage.setItem("geo-sidebar-folded", "1");
    }}
  }}, 100);
}})();
</script>"""


def sidebar_filters() -> tuple[str, bool]:
    with st.sidebar:
        components.html(FOLD_SIDEBAR_JS, height=0)
        st.header("Filters")
        st.radio("Show", list(view_state.WHAT_CHOICES), key="f_what", horizontal=True,
                 format_func=view_state.WHAT_CHOICES.get)
        st.radio("Count", list(view_state.UNIT_CHOICES), key="f_unit", horizontal=True,
                 format_func=view_state.UNIT_CHOICES.get,
                 help="Incidents: one per reported event. Drones: the drones in them (unstated counts as 1).")
        st.multiselect("Regions (or click the map)", view_state.region_options(), key="f_regions",
                       format_func=view_state.region_search_label, placeholder="All regions")
        st.multiselect("Countries", list(COUNTRY_NAMES), key="f_countries",
                       format_func=view_state.country_label, placeholder="All countries")
        st.multiselect("Location precision", list(GEO_PRECISIONS), key="f_precisions",
                       format_func=lambda p: f"{p}: {GEO_PRECISIONS[p]}", placeholder="All")
        st.multiselect("Claimed by", claimants.filter_options(), key="f_claimants",
                       format_func=claimants.filter_label, placeholder="Anyone",
                       help="Who the evidence names: a ministry, an official, an outlet. \"(claim)\" marks an "
                            "official of either side. \"not named\": no source names anyone.")
        st.text_input("Text search", key="f_text", placeholder="e.g. refinery", max_chars=MAX_TEXT,
                      help="Whole words in the place, region, target or evidence; Russian and Ukrainian "
                           "words also match their inflected forms (Рыльск finds Рыльске).")
        st.toggle("OpenStreetMap tiles (online)", key="f_tiles",
                  help="Off by default: the map is drawn from bundled polygons and works offline.")
        if st.session_state.get("_tiles_asked") and not st.session_state["f_tiles"]:
            st.caption("The link you opened shows this map with OpenStreetMap tiles. They load from the "
                       "internet, so they stay off until you switch them on above.")
    return st.session_state["f_unit"], bool(st.session_state["f_tiles"])


def start_play(days: list) -> None:
    """Play within the chosen dates, from their first day with incidents; the range is kept to restore."""
    ss = st.session_state
    lo, hi = ss["f_dates"]
    first = timeline.first_active(days, lo, hi)
    if first is None:
        ss["_play_note"] = "No incidents in the chosen dates for these filters: nothing to play."
        return
    ss.update(play_on=True, play_range=(lo, hi), play_start=first)


def stop_play() -> None:
    """Stop playing; the next run gives back the dates chosen before Play (apply_pending)."""
    ss = st.session_state
    ss["play_on"] = False
    if ss.get("play_range"):
        ss["_restore_dates"] = ss.pop("play_range")


def selected_dates(span: tuple) -> tuple | None:
    """The (from, to) the date slider holds (or will hold, while playing), read before the slider is
    drawn under the map; None when the store spans no range."""
    ss = st.session_state
    if not (span[0] and span[1]) or span[0] == span[1]:
        return None
    if ss.get("play_on"):
        ss["f_dates"] = timeline.play_window(ss["play_range"], ss["play_start"], timeline.PLAY_STEPS[ss["play_step"]])
    return ss.get("f_dates")


def timeline_controls(span: tuple, days: list) -> tuple | None:
    """Date slider and play control; returns the chosen (from, to) or None.  ``days``: the days with
    incidents for the other filters (Play steps over the empty ones)."""
    ss = st.session_state
    if not (span[0] and span[1]) or span[0] == span[1]:
        if span[0]:
            st.caption(f"All incidents are dated {span[0]}.")
        return None
    chosen = st.slider("Dates", min_value=span[0], max_value=span[1], key="f_dates", format="YYYY-MM-DD",
                       disabled=bool(ss.get("play_on")))
    # under the slider, sized to their words: beside it they were cut to "da" and "▸ P…" below 1,100 px.
    # One button, one key, Material icons (bundled with Streamlit: "⏸" was an empty box without an emoji font)
    with st.container(horizontal=True, vertical_alignment="center"):
        if ss.get("play_on"):
            st.button("Pause", icon=":material/pause:", key="play_button", on_click=stop_play,
                      help="Stop playing and return to the dates chosen before Play")
        else:
            st.button("Play", icon=":material/play_arrow:", key="play_button", on_click=start_play, args=(days,),
                      help="Step through the chosen dates, one step a second, skipping days without incidents")
        st.selectbox("Step", list(timeline.PLAY_STEPS), key="play_step", label_visibility="collapsed",
                     format_func=timeline.play_step_label, width=170)
    if ss.get("_play_note"):
        st.caption(ss.pop("_play_note"))
    return chosen


def current_filters(span: tuple, chosen) -> Filters:
    ss = st.session_state
    d_from, d_to = timeline.dates_filter(span, chosen)
    return Filters(date_from=d_from, date_to=d_to, regions=tuple(ss["f_regions"]),
                   countries=tuple(ss["f_countries"]), types=view_state.WHAT_TYPES[ss["f_what"]],
                   precisions=tuple(ss["f_precisions"]), text=ss["f_text"].strip(),
                   claimants=tuple(ss.get("f_claimants", ())))


def kpi_row(view: map_view.View) -> None:
    k = view.summary
    labels = [("Incidents", "incidents"), ("Strikes", "strikes"), ("Interceptions", "interceptions"),
              ("Drones", "drones"), ("Regions", "regions"), ("Killed", "killed"), ("Injured", "injured")]
    # a row that wraps: fixed columns cut the labels to "Intercept…" below 1,100 px
    with st.container(horizontal=True, horizontal_alignment="distribute", gap="medium"):
        for label, key in labels:
            st.metric(label, format_kpi(k[key]), width="content")


def undrawn_note(view: map_view.View) -> None:
    """How many of the incidents counted above the map cannot draw, why, and a link that lists them."""
    if not view.undrawn.incidents:
        return
    with st.container(horizontal=True, vertical_alignment="center", key="undrawn_note"):
        st.caption(md_escape(undrawn_line(view.undrawn) + ". They are counted above."))
        st.page_link(navigation.page_path("1_Incidents"), label="List them", icon=":material/list:",
                     query_params=view.filters.with_(undrawn=True).to_query())


@st.cache_data(max_entries=16, ttl=CACHE_TTL_S, show_spinner=False)
def load_undated(url: str, fkey: tuple, _store) -> int:
    return undated_count(_store, Filters.from_query(dict(fkey)))


def undated_note(store, f: Filters) -> None:
    """How many incidents have no date, and that a date range leaves them out (ui.undated)."""
    line = undated_line(load_undated(store.url, _filters_key(f), store), f)
    if line:
        st.caption(md_escape(line), help=helptext.TOPICS["dates"])


def timeline_chart(daily: pd.DataFrame, unit: str, chosen) -> None:
    df = timeline.timeline(daily, unit)
    if df.empty:
        st.caption("No dated incidents for these filters.")
        return
    long = df.melt("date", var_name="type", value_name=unit)
    long["date"] = pd.to_datetime(long["date"])
    bars = alt.Chart(long).mark_bar().encode(
        # dates as the slider and the Regions page write them, never a bare "Tue 21" without month or year
        x=alt.X("date:T", title=None, axis=alt.Axis(format="%d %b %Y", labelOverlap=True)),
        y=alt.Y(f"{unit}:Q", title=f"{unit} per day", stack=True, axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("type:N", scale=alt.Scale(domain=["strike", "interception"],
                        range=[metrics.TYPE_COLOURS["strike"], metrics.TYPE_COLOURS["interception"]]),
                        legend=alt.Legend(orient="top", title=None)),
        tooltip=[alt.Tooltip("date:T", format="%d %b %Y"), "type:N", f"{unit}:Q"])
    layers = [bars]
    avg = rolling_average(daily, unit)
    if not avg.empty:  # the week's trend through the daily noise (geo.trends: from the 7th day on)
        avg["date"] = pd.to_datetime(avg["date"])
        layers.append(alt.Chart(avg).mark_line(color="#222", strokeWidth=2).encode(
            x="date:T", y=alt.Y("rolling:Q", title=f"{unit} per day"),
            tooltip=[alt.Tooltip("date:T", format="%d %b %Y"),
                     alt.Tooltip("rolling:Q", title="7-day average", format=".1f")]))
    if chosen:
        band = pd.DataFrame({"start": [pd.Timestamp(chosen[0])], "end": [pd.Timestamp(chosen[1]) + pd.Timedelta(hours=23)]})
        layers.insert(0, alt.Chart(band).mark_rect(opacity=0.12, color="#1f3a93").encode(x="start:T", x2="end:T"))
    st.altair_chart(alt.layer(*layers).properties(height=160), width="stretch")
    if not avg.empty:
        st.caption("The dark line is the 7-day average (strikes and interceptions together).")


@st.cache_data(max_entries=16, ttl=CACHE_TTL_S, show_spinner=False)
def load_place(url: str, fkey: tuple, place: tuple, _store) -> pd.DataFrame:
    return place_table(_store, Filters.from_query(dict(fkey)), place)


def place_details(store, f: Filters, place: tuple | None) -> None:
    """The incidents at the clicked point, newest first (the popups keep only a few)."""
    if place is None:
        return
    table = load_place(store.url, _filters_key(f), place, store)
    if table.empty:
        return
    st.subheader(md_escape(f"Incidents at {isolate(table.attrs['place'])}"))
    st.caption(md_escape(table.attrs["caption"]))
    st.dataframe(table, hide_index=True, placeholder=shell.MISSING, height=min(38 + 35 * len(table), 320),
                 column_config=shell.column_config(
                     list(table.columns), evidence=st.column_config.TextColumn(
                         helptext.field_label("evidence"), width="large", help=helptext.FIELDS["evidence"][1])))


def snapshot_buttons(store, f: Filters, metric: str) -> None:
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d-%H%M")
    cols = st.columns(len(SNAPSHOT_FORMATS))
    for col, fmt in zip(cols, SNAPSHOT_FORMATS):
        module, ext, mime = exports.FORMATS[fmt]
        if importlib.util.find_spec(module) is None:
            col.button(fmt.upper(), disabled=True, help="not available in this build", key=f"dl_{fmt}")
            continue
        options = {"metric": metric} if fmt in ("html", "png") else {}

        def make(fmt=fmt, options=options) -> bytes:
            buf = io.BytesIO()
            exports.write(fmt, store, f, buf, **options)
            return buf.getvalue()

        col.download_button(f"⬇ {fmt.upper()}", data=make, file_name=f"drone-incidents-{stamp}{ext}",
                            mime=mime, key=f"dl_{fmt}", on_click="ignore", width="stretch")


def main() -> None:
    store = shell.store()
    span = store.date_span()
    init_state_from_url(span)
    apply_pending(span)
    unit, tiles = sidebar_filters()
    st.html(f"<style>{MAP_PAGE_CSS}</style>")
    st.title("Drone-incident atlas")
    shell.how_to_read("Map")
    daily = load_daily(store.url, _filters_key(current_filters(span, None)), store)
    # the map first on screen (its top within 300 px at 1440x900): the date slider is drawn under
    # it, the map reads the dates the slider holds (in containers drawn later, the map was re-mounted)
    chosen = selected_dates(span)
    f = current_filters(span, chosen)
    metric = metrics.metric_for(st.session_state["f_what"], unit)
    query = view_state.view_to_query(f, unit, tiles)
    if query != shell.url_query():
        st.query_params.from_dict(query)

    view = load_view(store.url, _filters_key(f), metric, store)
    kpi_row(view)
    layer = map_view.data_layer(view.region_counts, view.points, metric, selected=f.regions, tiles=tiles)
    value = st_folium(map_view.base_map(), key=MAP_KEY, feature_group_to_add=layer, height=MAP_HEIGHT,
                      use_container_width=True, returned_objects=RETURNED)
    timeline_controls(span, timeline.active_days(daily))
    code, st.session_state["_click_seen"] = map_click(value, st.session_state.get("_click_seen"))
    if not view.summary["incidents"]:  # why the map is blank; under it, so the map never jumps under the mouse
        st.info(helptext.NOTHING_ON_MAP.format(filters=md_escape(f.describe())) if f != Filters()
                else helptext.EMPTY_STORE)
    st.caption("Regions are shaded by the chosen count; dots are settlement-level incidents "
               "(region-level ones are counted in the shading only). Click a region to add or remove it; "
               "click a dot to list its incidents below the map.")
    undrawn_note(view)  # under the map: the map stays the first thing on screen
    undated_note(store, f)
    # the map forgets its last click when its layer is redrawn, so the clicked point is remembered here
    ss = st.session_state
    ss["_place"] = clicked_place(value) or (None if code else ss.get("_place"))
    place_details(store, f, ss["_place"])
    timeline_chart(daily, unit, chosen)
    st.subheader("Snapshot of this view")
    snapshot_buttons(store, f, metric)
    st.caption("Share this view: copy the page address; the filters are in it.")

    if code:
        st.session_state["_pending_region"] = code
        st.rerun()
    if st.session_state.get("play_on"):
        time.sleep(PLAY_DELAY_S)
        ss = st.session_state
        nxt = timeline.next_play_start(ss["play_range"], ss["play_start"], timeline.PLAY_STEPS[ss["play_step"]],
                                       timeline.active_days(daily))
        if nxt is None:
            stop_play()
        else:
            ss["play_start"] = nxt
        st.rerun()


def map_page() -> None:
    shell.run_page("Map", main)


navigation.navigation(map_page).run()
