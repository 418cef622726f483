"""Add articles: paste or upload, check what was extracted, correct or drop it, then save."""
from __future__ import annotations

import logging

import streamlit as st

from geo.corrections import apply_places
from geo.documents.model import Document
from geo.documents.readers import SUPPORTED_SUFFIXES
from geo.documents.uploads import from_pasted_text, read_bytes
from ui import helptext, shell
from ui.editing import SHOWN, doc_name, kept_edits, picked_line, preview_frame, replaced_note, row_label
from ui.evidence import find_spans, highlight, html_block, md_escape, source_block, text_excerpt
from ui.place_picker import pick_place
from ui.undated import undated_rows, undated_warning

log = logging.getLogger("geo.dashboard")

#: session key: list of {"doc", "incidents", "error", "edited", "key"}; "key" names the item's editor
#: for as long as it is in the preview, so corrections survive when other articles are saved.
PREVIEW_KEY = "add_preview"
FLASH_KEY = "add_saved"  # session key: what the last Save did, shown after the page is redrawn


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
            out.append({"doc": doc, "incidents": process(doc, geocoder), "error": None, "key": f"edit_{n}_{doc.id}"})
        except Exception as exc:  # one article's failure must not lose the others; the log keeps the trace
            log.exception("extraction failed for %s", doc.title or doc.id)
            out.append({"doc": doc, "incidents": [], "error": shell.short_error(exc), "key": f"edit_{n}_{doc.id}"})
        bar.progress(n / len(docs), text=f"Extracted {n}/{len(docs)}")
    bar.empty()
    return out


#: session key: set when everything was saved, so the next run starts with empty inputs
#: (else the saved text stays in the box, and Extract again offers what is already stored).
CLEAR_KEY = "add_clear"
EMPTY_INPUTS = {"add_text": "", "add_title": "", "add_published": None, "add_url": "", "add_links": ""}


def clear_saved_inputs() -> None:
    """Empty the inputs after a save that kept nothing back; before the widgets are drawn."""
    ss = st.session_state
    if ss.pop(CLEAR_KEY, False):
        ss.update(EMPTY_INPUTS)
        ss["add_uploads"] = ss.get("add_uploads", 0) + 1  # a new uploader: the saved files go away


def inputs() -> tuple[list[Document], list[str], bool, str]:
    clear_saved_inputs()
    text = st.text_area("Paste an article", height=180, placeholder="Text of a news report…", key="add_text")
    with st.container(horizontal=True):  # the date keeps room for "yyyy/mm/dd" at 800 px
        title = st.text_input("Title (optional)", key="add_title")
        published = st.date_input("Published", value=None, key="add_published", width=170,
                                  help="The day the article came out: 'yesterday', 'on Sunday' and dates "
                                       "without a year are read against it. Leave empty when unknown.")
        url = st.text_input("URL (optional)", key="add_url")
    files = st.file_uploader("…or upload files", accept_multiple_files=True,
                             type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES),
                             key=f"add_files_{st.session_state.get('add_uploads', 0)}")
    links = st.text_area("…or links to articles or feeds, one a line", height=90, key="add_links",
                         placeholder="https://example.org/news/drones-over-kursk",
                         help="Fetched when you press Extract incidents (a feed gives its newest items). "
                              "Links to private or local addresses are refused.")
    online = st.toggle("Online geocoding (Nominatim)", value=False,
                       help="Off by default: places are found in the bundled gazetteer, offline.")
    docs, errors = [], []
    pasted = from_pasted_text(text, title, published, url)
    if pasted is not None:
        docs.append(pasted)
    for up in files or []:
        got, errs = _read_upload(up.name, up.getvalue(), published)
        docs += got
        errors += errs
    return docs, errors, online, links


@st.cache_data(max_entries=32, show_spinner=False)
def _read_upload(name: str, raw: bytes, published) -> tuple[list[Document], list[str]]:
    """An upload read once, not again on every rerun of the page (edits, searches, clicks)."""
    return read_bytes(name, raw, published)


def fetch_links(store, links: str) -> list[Document]:
    """The documents behind the links; failures and links already stored go to the page's messages."""
    from geo.sources.fetch import fetch_links as fetch

    with st.spinner("Fetching the links…"):
        docs, failed, stored = fetch(store, links)
    report = [("error", md_escape(f"Could not fetch {line}")) for line in failed]
    if stored:
        report.append(("info", f"{stored} link{'s' if stored > 1 else ''} already in the store: not fetched again."))
    st.session_state[FLASH_KEY] = report
    return docs


def show_preview(store, online: bool) -> None:
    items = st.session_state.get(PREVIEW_KEY) or []
    for item in items:
        doc, incidents = item["doc"], item["incidents"]
        with st.container(border=True):
            site = doc.meta.get("site_name")  # a fetched page's site, a Telegram channel's name
            name = f"{doc_name(doc)} · {site}" if site and site != doc_name(doc) else doc_name(doc)
            st.markdown(source_block("Article:", name, doc.url, published=doc.published),
                        unsafe_allow_html=True)
            note = replaced_note(doc)
            if note:  # what reading changed in this file's text
                st.info(note, icon=":material/find_replace:")
            if item["error"]:
                st.error(f"Extraction failed: {md_escape(item['error'])}")
                continue
            spans = [s for i in incidents for s in (i.extras.get("evidence_spans")
                                                    or find_spans(doc.text, i.evidence))]
            shown, marks = text_excerpt(doc.text, spans)
            if shown != doc.text:
                st.caption(f"A long text ({len(doc.text):,} characters): the parts around what was found are shown.")
            st.markdown(html_block(highlight(shown, marks),
                                             "max-height:260px;overflow:auto;font-size:0.9em"), unsafe_allow_html=True)
            if not incidents:
                st.info("No drone strikes or interceptions were found in this text; nothing from it will be saved.")
                continue
            st.caption("Double-click a cell to correct it; untick Keep to drop a row.")
            assumed = sum(1 for i in incidents if i.date_precision == "year_assumed")
            if assumed:  # else a guessed year looks as sure as a stated one
                st.warning(helptext.YEAR_ASSUMED.format(n=assumed, s="s" if assumed > 1 else ""))
            item["edited"] = st.data_editor(
                preview_frame(incidents), key=item["key"], hide_index=True,
                disabled=["geo_precision", "evidence"], num_rows="fixed",
                column_config=shell.column_config(
                    SHOWN,
                    keep=st.column_config.CheckboxColumn("Keep", help=helptext.FIELDS["keep"][1]),
                    event_type=st.column_config.SelectboxColumn("Type", options=["strike", "interception"],
                                                                help=helptext.FIELDS["event_type"][1]),
                    evidence=st.column_config.TextColumn("Evidence", width="large",
                                                         help=helptext.FIELDS["evidence"][1])))
            undated = undated_rows(item["edited"])
            if undated:  # before saving: an undated incident drops out of every date range
                st.warning(md_escape(undated_warning(undated, doc.published)), icon=":material/event_busy:")
            place_box(item)
    if items and st.button("Save to the store", type="primary"):
        save(store, items, online)


def place_box(item: dict) -> None:
    """Pick another settlement for a row (the gazetteer within its region, on a small map)."""
    incidents, places = item["incidents"], item.setdefault("places", {})
    for n, fix in sorted(places.items()):
        st.caption(md_escape(picked_line(n, fix)))
    # keyed, so it stays open while the search reruns the page
    with st.expander("Correct a place", icon=":material/edit_location_alt:", key=f"{item['key']}_fix_open",
                     on_change="rerun"):
        n = st.selectbox("Incident", range(len(incidents)), key=f"{item['key']}_fix_row",
                         format_func=lambda i: row_label(i, incidents[i], places.get(i)))
        inc = incidents[n]
        row = item["edited"].iloc[n] if item.get("edited") is not None else {}
        settlement = row.get("settlement") if isinstance(row.get("settlement"), str) else inc.settlement
        region = row.get("region") if isinstance(row.get("region"), str) else inc.region
        fix = pick_place(f"{item['key']}_fix_{n}", settlement, region,
                         (inc.lat, inc.lon) if inc.lat is not None and inc.lon is not None else None)
        with st.container(horizontal=True):
            if fix is not None and st.button("Use this place", key=f"{item['key']}_use_{n}", type="primary",
                                             help="Saved with the article, and kept if it is read again"):
                places[n] = fix
                st.rerun()
            if n in places and st.button("Keep the place found", key=f"{item['key']}_undo_{n}"):
                del places[n]
                st.rerun()


def save(store, items: list[dict], online: bool) -> None:
    """Store every article that can be stored; the ones that fail stay in the preview with their edits."""
    new = merged = saved = 0
    failed, report = [], []
    for item in items:
        name = doc_name(item["doc"])
        if item["error"]:
            continue
        try:
            edits = (kept_edits(item["incidents"], item["edited"], _geocoder(online))
                     if item.get("edited") is not None else [])
            kept, fixes = apply_places(edits, item.get("places"))
            moved = store.record_place_corrections(item["doc"], fixes) if fixes else 0
            result = store.add_document(item["doc"], kept)
        except Exception as exc:  # a bad correction or a busy store: say so, keep the row for another try
            log.warning("saving %s failed: %s", name, exc)
            report.append(("error", f"Not saved: {md_escape(name)}: {shell.short_error(exc)}"))
            failed.append(item)
            continue
        if not result.new:
            report.append(("info", md_escape(f"{name}: already in the store, " + (
                f"{moved} place{'s' if moved > 1 else ''} corrected." if moved else "nothing changed."))))
        new += result.incidents_new
        merged += result.incidents_merged
        saved += 1
    st.cache_data.clear()
    st.session_state[PREVIEW_KEY] = failed
    st.session_state[CLEAR_KEY] = saved > 0 and not failed
    if saved:
        report.insert(0, ("success", f"Saved {saved} article{'s' if saved > 1 else ''}: {new} new incidents, "
                                     f"{merged} merged into existing ones. The Map, Incidents and Regions pages "
                                     "show them now."))
    st.session_state[FLASH_KEY] = report
    st.rerun()  # redraw without the saved articles' preview


def body() -> None:
    store = shell.store()
    st.title("Add articles")
    shell.how_to_read("Add articles")
    st.caption("Nothing is stored until you press Save. Supported files: "
               + ", ".join(sorted(SUPPORTED_SUFFIXES)))
    docs, errors, online, links = inputs()
    for err in errors:
        st.error(md_escape(f"Could not read {err}"))
    if st.button("Extract incidents", disabled=not (docs or links.strip()),
                 help=None if docs or links.strip() else "Paste an article, upload a readable file or give a link first."):
        fetched = fetch_links(store, links) if links.strip() else []
        st.session_state[PREVIEW_KEY] = extract(docs + fetched, online) if docs or fetched else []
    for kind, message in st.session_state.pop(FLASH_KEY, []):
        getattr(st, kind)(message)
    show_preview(store, online)


shell.run_page("Add articles", body)
