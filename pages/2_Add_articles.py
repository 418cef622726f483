"""Add articles: paste or upload, check what was extracted, correct or drop it, then save."""
from __future__ import annotations

import streamlit as st

import app_shell
from geo import dashboard
from geo.documents import Document
from geo.readers import SUPPORTED_SUFFIXES

PREVIEW_KEY = "add_preview"  # session key: list of {"doc", "incidents", "error", "edited"}


@st.cache_resource(show_spinner="Loading the gazetteer…")
def _geocoder(online: bool):
    from geo.geocode import default_geocoder

    return default_geocoder(online=online)


def extract(docs: list[Document], online: bool) -> list[dict]:
    from geo.pipeline import process

    geocoder = _geocoder(online)
    out = []
    bar = st.progress(0.0, text="Extracting…")
    for n, doc in enumerate(docs, 1):
        try:
            out.append({"doc": doc, "incidents": process(doc, geocoder), "error": None})
        except Exception as exc:
            out.append({"doc": doc, "incidents": [], "error": f"{type(exc).__name__}: {exc}"[:300]})
        bar.progress(n / len(docs), text=f"Extracted {n}/{len(docs)}")
    bar.empty()
    return out


def inputs() -> tuple[list[Document], list[str], bool]:
    text = st.text_area("Paste an article", height=180, placeholder="Text of a news report…")
    c1, c2, c3 = st.columns([2, 2, 3])
    title = c1.text_input("Title (optional)")
    published = c2.date_input("Published", value=None, help="Resolves 'yesterday', 'on Sunday' …")
    url = c3.text_input("URL (optional)")
    files = st.file_uploader("…or upload files", accept_multiple_files=True,
                             type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES))
    online = st.toggle("Online geocoding (Nominatim)", value=False,
                       help="Off by default: places are found in the bundled gazetteer, offline.")
    docs, errors = [], []
    if text.strip():
        docs.append(Document(text=text, published=published, title=title or None, url=url or None))
    for up in files or []:
        got, errs = dashboard.read_upload(up.name, up.getvalue(), published)
        docs += got
        errors += errs
    return docs, errors, online


def show_preview(store, online: bool) -> None:
    items = st.session_state.get(PREVIEW_KEY) or []
    for n, item in enumerate(items):
        doc, incidents = item["doc"], item["incidents"]
        with st.container(border=True):
            st.markdown(dashboard.source_block("Article:", doc.title or doc.id, doc.url, published=doc.published),
                        unsafe_allow_html=True)
            if item["error"]:
                st.error(f"Extraction failed: {dashboard.md_escape(item['error'])}")
                continue
            spans = [s for i in incidents for s in (i.extras.get("evidence_spans")
                                                    or dashboard.find_spans(doc.text, i.evidence))]
            st.markdown(dashboard.html_block(dashboard.highlight(doc.text, spans),
                                             "max-height:260px;overflow:auto;font-size:0.9em"), unsafe_allow_html=True)
            if not incidents:
                st.info("No incidents found in this text.")
                continue
            item["edited"] = st.data_editor(
                dashboard.preview_frame(incidents), key=f"edit_{n}_{doc.id}", hide_index=True,
                disabled=["geo_precision", "evidence"], num_rows="fixed",
                column_config={"keep": st.column_config.CheckboxColumn("keep", help="untick to drop"),
                               "event_type": st.column_config.SelectboxColumn(options=["strike", "interception"]),
                               "evidence": st.column_config.TextColumn(width="large")})
    if items and st.button("Save to the store", type="primary"):
        save(store, items, online)


def save(store, items: list[dict], online: bool) -> None:
    new = merged = 0
    for item in items:
        if item["error"]:
            continue
        try:
            kept = (dashboard.apply_edits(item["incidents"], item["edited"], _geocoder(online))
                    if item.get("edited") is not None else [])
            result = store.add_document(item["doc"], kept)
        except ValueError as exc:
            st.error(dashboard.md_escape(f"{item['doc'].title or item['doc'].id}: {exc}"))
            continue
        if not result.new:
            st.info(dashboard.md_escape(f"{item['doc'].title or item['doc'].id}: already in the store, nothing changed."))
        new += result.incidents_new
        merged += result.incidents_merged
    st.cache_data.clear()
    st.session_state.pop(PREVIEW_KEY, None)
    st.success(f"Saved: {new} new incidents, {merged} merged into existing ones.")


def body() -> None:
    store = app_shell.store()
    st.title("Add articles")
    app_shell.how_to_read("Add articles")
    st.caption("Nothing is stored until you press Save. Supported files: "
               + ", ".join(sorted(SUPPORTED_SUFFIXES)))
    docs, errors, online = inputs()
    for err in errors:
        st.error(dashboard.md_escape(f"Could not read {err}"))
    if st.button("Extract incidents", disabled=not docs):
        st.session_state[PREVIEW_KEY] = extract(docs, online)
    show_preview(store, online)


app_shell.run_page("Add articles", body)
