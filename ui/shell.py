"""What app.py and every page share on the Streamlit side: set-up, the store, errors, help boxes.

Kept out of ``geo/`` because it imports streamlit; kept out of ``pages/``
because it is not a page.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Callable, Literal

import streamlit as st

from geo.maps import assets
from geo.store import default_url, open_store
from ui import helptext, navigation
from ui.evidence import md_escape
from ui.seeding import seed_if_empty

ROOT = Path(__file__).resolve().parent.parent
#: The browser tab's icon (our own drawing; page icons are left out, see ui.navigation.PAGES).
FAVICON = ROOT / "static" / "favicon.png"
log = logging.getLogger("geo.dashboard")


@st.cache_resource(show_spinner=False)
def _static_assets() -> str:
    return str(assets.install_static(ROOT / "static"))


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Any:
    return open_store(url)


def store() -> Any:
    """The store named by GEO_DB (or data/incidents.db), opened once per process."""
    return _store(os.path.abspath(default_url()) if "://" not in default_url() else default_url())


def run_page(title: str, body: Callable[[], None], layout: Literal["centered", "wide"] = "wide") -> None:
    """Set the page up and run ``body``; any failure becomes a short message, never a traceback."""
    navigation.leave_pages_directory_mode()
    st.set_page_config(page_title=f"{title} · Drone-incident atlas", page_icon=str(FAVICON), layout=layout)
    try:
        _static_assets()
        seed_on_first_start(store())  # whichever page a newcomer opens first
        body()
    except Exception as exc:  # the UI never shows a traceback; the log keeps it
        log.exception("page %s failed", title)
        st.error(f"Something went wrong on this page: {short_error(exc)}")


def url_query() -> dict[str, Any]:
    """The page address's query; a key given twice ("region=RU-BEL&region=RU-KRS", as people write
    links by hand) keeps every value (Streamlit's to_dict keeps only the last)."""
    return {k: (v if len(v) > 1 else v[0]) for k in st.query_params for v in [st.query_params.get_all(k)] if v}


def how_to_read(page: str) -> None:
    """The page's "How to read this" box (ui.helptext), closed until asked for."""
    with st.expander("How to read this", icon=":material/help:"):
        st.markdown(helptext.page_help(page))


def column_config(fields: list[str], **override: Any) -> dict[str, Any]:
    """Streamlit column settings that label each field in words, with its help (ui.helptext.FIELDS)."""
    config: dict[str, Any] = {}
    for field in fields:
        label, help_ = helptext.FIELDS.get(field, (field, ""))
        config[field] = st.column_config.Column(label, help=help_ or None)
    return {**config, **override}


def short_error(exc: BaseException) -> str:
    """One line a user can act on (escaped: messages may quote file names or article text)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return md_escape(text[:300])


def seed_on_first_start(store_: Any) -> None:
    """Ingest seeds/ when the store is empty, with a progress bar; failures are reported, not fatal."""
    if st.session_state.get("_seed_checked"):
        return
    st.session_state["_seed_checked"] = True
    bar = st.empty()

    def progress(done: int, total: int, label: str) -> None:
        bar.progress(done / max(total, 1), text=f"First start: reading the seed articles ({done}/{total}) {label}")

    try:
        summary = seed_if_empty(store_, progress)
    except Exception as exc:
        log.exception("seeding failed")
        st.warning(f"Could not load the seed articles: {short_error(exc)}. The map shows what the store holds.")
        summary = None
    bar.empty()
    if summary is not None:
        # stays until closed: a newcomer must learn these are sample articles, not their data
        st.toast(f"First start: the store was empty, so the {summary.documents_new} sample articles in seeds/ "
                 f"were read: {summary.incidents_new} incidents.", duration="infinite")
        for err in summary.errors[:5]:
            st.warning(md_escape(err))
        st.cache_data.clear()
