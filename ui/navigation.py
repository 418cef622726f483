"""The dashboard's pages and their order, for st.navigation, and the way out of Streamlit's pages/ listing.

With a ``pages/`` folder beside app.py, Streamlit starts in its legacy mode: until
some session has run st.navigation, a link straight to a sub-page runs that file
alone, under Streamlit's own listing of pages/ ("app" atop the sidebar).  A page
run that way calls st.navigation itself, which (documented) makes the whole app
ignore pages/ from then on, and reruns through app.py.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import streamlit as st

ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = ROOT / "pages"
#: The pages in the sidebar, in order: (file in pages/ or None for the map in app.py, title).  Calling
#: st.navigation makes Streamlit ignore its own listing of pages/, so this table alone sets names and order.
#: No page icons: emoji show as empty boxes where the machine has no emoji font, and a Material icon
#: becomes the tab's icon, fetched from Google.  The tab's icon is static/favicon.png (ui.shell).
PAGES = [(None, "Map"), ("1_Incidents", "Incidents"), ("2_Add_articles", "Add articles"),
         ("3_Regions", "Regions"), ("5_Sources", "Sources"), ("4_About", "About")]
#: Session key: set once this session's runs go through app.py's st.navigation.
ROUTED = "_routed_by_app"


def pages(map_page: Callable[[], None] | str | Path) -> list[Any]:
    """The st.Page of every entry of PAGES; the map is ``map_page`` (app.py's function, or its file)."""
    return [st.Page(PAGES_DIR / f"{name}.py" if name else map_page, title=title, default=name is None)
            for name, title in PAGES]


def navigation(map_page: Callable[[], None]) -> Any:
    """app.py's st.navigation over PAGES; returns the page to run."""
    st.session_state[ROUTED] = True
    return st.navigation(pages(map_page))


def leave_pages_directory_mode() -> None:
    """Called first on every page: a page that app.py did not route was started by Streamlit's own
    listing of pages/ (a link opened before any session ran app.py).  Switch the app to PAGES with
    st.navigation and run the same address again, now through app.py; once per session."""
    if st.session_state.get(ROUTED):
        return
    st.session_state[ROUTED] = True
    st.navigation(pages(ROOT / "app.py"), position="hidden")
    st.rerun()


def page_path(name: str) -> str:
    """A page of PAGES as st.page_link and st.switch_page name it (its file, relative to app.py)."""
    return f"pages/{name}.py"
