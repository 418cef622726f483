"""The "Correct the place" box of the Incidents and Add articles pages: search the gazetteer within a
region, see the candidates on a small offline map, pick one.

The look-ups are :func:`geo.corrections.place_candidates` (what ``python -m geo geocode`` ranks);
saving the pick is the page's business (the store keeps it as a correction).  Streamlit here.
"""
from __future__ import annotations

from typing import Any

import folium
import streamlit as st
from streamlit_folium import st_folium

from geo.corrections import PlaceFix, place_candidates
from geo.maps import assets
from ui import view_state
from ui.evidence import md_escape

#: The small map: height in px, the candidates' colour, the current place's.
MAP_HEIGHT = 280
PICK_COLOUR, OTHER_COLOUR, NOW_COLOUR = "#c0392b", "#1f3a93", "#777777"
#: How far (degrees) the polygon of the region is simplified for the small map.
SIMPLIFY = 0.01


@st.cache_data(max_entries=64, show_spinner=False)
def _candidates(name: str, region: str | None) -> list[dict[str, Any]]:
    return place_candidates(name, region)


@st.cache_data(max_entries=128, show_spinner=False)
def _outline(region: str) -> dict | None:
    """The region's polygon as GeoJSON, simplified for a small map (None for a country or no region)."""
    from shapely.geometry import mapping

    from geo.places.polygons import region_frame

    frame = region_frame()
    if region not in frame.index:
        return None
    return dict(mapping(frame.loc[region, "geometry"].simplify(SIMPLIFY)))


def candidates_map(cands: list[dict[str, Any]], picked: int, region: str | None,
                   now: tuple[float, float] | None) -> folium.Map:
    """A small map (no tiles: offline) of the region, the numbered candidates, the chosen one in red
    and the incident's current point in grey."""
    m = folium.Map(tiles=None, control_scale=True, zoom_control=True, prefer_canvas=False)
    m.default_js, m.default_css = assets.js_links(), assets.css_links()
    outline = _outline(region) if region else None
    if outline:
        folium.GeoJson(outline, style_function=lambda _: {"color": "#555", "weight": 1, "fillColor": "#eee8d5",
                                                          "fillOpacity": 0.6}, interactive=False).add_to(m)
    points = []
    if now is not None:
        folium.CircleMarker(now, radius=6, color=NOW_COLOUR, fill=True, fill_opacity=0.5,
                            tooltip="now: the incident's current point").add_to(m)
        points.append(now)
    for i, c in enumerate(cands):
        chosen = i == picked
        folium.CircleMarker((c["lat"], c["lon"]), radius=8 if chosen else 5, weight=2,
                            color=PICK_COLOUR if chosen else OTHER_COLOUR, fill=True, fill_opacity=0.9,
                            tooltip=folium.Tooltip(f"{i + 1}. {c['label']}", permanent=chosen)).add_to(m)
        points.append((c["lat"], c["lon"]))
    if points:
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        pad = 0.05
        m.fit_bounds([(min(lats) - pad, min(lons) - pad), (max(lats) + pad, max(lons) + pad)], max_zoom=11)
    return m


def region_choice(key: str, region: str | None) -> str | None:
    """The region to search in (the incident's own by default; "" means anywhere)."""
    options = ["", *view_state.region_options()]
    chosen = st.selectbox("Within", options, key=f"{key}_region", index=options.index(region) if region in options else 0,
                          format_func=lambda c: view_state.region_label(c) if c else "anywhere (no region)")
    return chosen or None


def pick_place(key: str, name: str | None, region: str | None,
               now: tuple[float, float] | None = None) -> PlaceFix | None:
    """Search box, candidates and map; the candidate picked (None when nothing is found)."""
    if f"{key}_name" not in st.session_state:
        st.session_state[f"{key}_name"] = name or ""
    with st.container(horizontal=True):
        query = st.text_input("Settlement", key=f"{key}_name", max_chars=100,
                              help="The name as the gazetteer knows it, in Latin or Cyrillic letters, or its "
                                   "first letters; press Enter.")
        within = region_choice(key, region)
    cands = _candidates(query.strip(), within) if query.strip() else []
    if not cands:
        where = view_state.region_label(within) if within else "the gazetteer"
        st.caption(md_escape(f"No settlement called “{query.strip()}” in {where}: try another spelling, its "
                             "first letters, or another region.") if query.strip() else "Type a settlement's name.")
        return None
    labels = [f"{i + 1}. {c['label']}" for i, c in enumerate(cands)]
    picked = st.radio(f"{len(cands)} candidate{'s' if len(cands) > 1 else ''}", range(len(cands)),
                      format_func=labels.__getitem__, key=f"{key}_pick_{within}_{query.strip()}")
    st_folium(candidates_map(cands, picked, within, now), key=f"{key}_map", height=MAP_HEIGHT,
              use_container_width=True, returned_objects=[])
    st.caption("Red: the candidate chosen; blue: the others; grey: where the incident is now.")
    return cands[picked]["fix"]
