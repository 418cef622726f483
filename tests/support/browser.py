"""What the browser tests share: starting the app on a store, an offline browser, map helpers.

Every request the browser makes is checked; any to a host other than
127.0.0.1/localhost is blocked and recorded, so a test can fail on it.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator
from urllib.parse import urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from support.processes import stop

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(db: str, workdir: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """``streamlit run app.py`` on the store ``db`` (``env``: more settings); yields its base URL."""
    port = _free_port()
    log_path = workdir / "streamlit.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                                 "--server.headless", "true"], cwd=ROOT, env={**os.environ, **(env or {}), "GEO_DB": db},
                                stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        try:
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the app did not start: {log_path.read_text()[-2000:]}")
                time.sleep(0.2)
            yield url
        finally:
            stop(proc)


@contextlib.contextmanager
def offline_context(browser, width: int = 1400, height: int = 1100) -> Iterator[tuple]:
    """A fresh browser context that blocks and records every request leaving the machine."""
    ctx = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    outside: list[str] = []

    def guard(route):
        u = urlparse(route.request.url)
        if u.scheme in ("data", "blob", "about", "file") or u.hostname in LOCAL_HOSTS:
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    ctx.route("**/*", guard)
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        yield ctx, outside
    finally:
        ctx.close()


def map_of(page):
    """The map's frame and its region polygons, once drawn."""
    polys = page.frame_locator(MAP_FRAME).locator("path.leaflet-interactive")
    expect(polys.first).to_be_attached(timeout=30_000)
    return page.locator(MAP_FRAME).element_handle().content_frame(), polys


IDLE_APP = "[data-testid='stApp'][data-test-script-state='notRunning']"


def idle(page) -> None:
    """Wait for the script run to finish and stay finished a moment: the map's first report back
    triggers one more run, and on a busy machine a run may start well after what caused it."""
    page.wait_for_timeout(400)
    for _ in range(10):
        page.wait_for_selector(IDLE_APP, timeout=30_000)
        page.wait_for_timeout(250)
        if page.locator(IDLE_APP).count():
            return


def download(page, label: str, target_dir: Path, stem: str = "snapshot") -> Path:
    """Click a download button and save the file; retried once if a rerun swallowed the click."""
    for attempt in (1, 2):
        idle(page)
        try:
            with page.expect_download(timeout=20_000) as dl:
                page.get_by_role("button", name=label).click()
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    path = target_dir / f"{stem}{Path(dl.value.suggested_filename).suffix}"
    dl.value.save_as(path)
    return path


def map_point(page, frame, latlon) -> tuple[float, float]:
    """Page coordinates of (lat, lon) on the map."""
    x, y = frame.evaluate("(ll) => { const p = window.map.latLngToContainerPoint(ll); return [p.x, p.y]; }",
                          list(latlon))
    box = page.locator(MAP_FRAME).bounding_box()
    return box["x"] + x, box["y"] + y


def click_map(page, frame, latlon) -> None:
    """A real mouse click on the map at (lat, lon)."""
    page.mouse.click(*map_point(page, frame, latlon))


#: Requests Streamlit itself makes that fail harmlessly: opening a page's own address (/Incidents) first
#: probes /Incidents/_stcore/health and /host-config to find the app's base path, then uses /_stcore/.
BASE_PATH_PROBES = ("/_stcore/health", "/_stcore/host-config")


@contextlib.contextmanager
def watched_page(ctx) -> Iterator:
    """A page whose script errors, failed requests and console errors are collected in ``page.problems``."""
    page = ctx.new_page()
    page.problems = []

    def on_response(r):
        path = urlparse(r.url).path
        if r.status >= 400 and not (path.endswith(BASE_PATH_PROBES) and path.count("/") > 2):
            page.problems.append(f"HTTP {r.status} {r.url}")

    def on_console(m):
        if m.type == "error" and not m.text.startswith("Failed to load resource"):  # those come as responses
            page.problems.append(f"console: {m.text}")

    page.on("response", on_response)
    page.on("console", on_console)
    page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
    yield page
    page.close()


def open_page(page, name: str) -> None:
    """Click a page's link in the sidebar as a user would: open the folded sidebar first (narrow windows)."""
    sidebar = page.locator("[data-testid='stSidebar']")
    if sidebar.get_attribute("data-collapsed") == "true" or sidebar.get_attribute("aria-expanded") == "false":
        page.locator("[data-testid='stExpandSidebarButton'], [data-testid='stSidebarCollapsedControl'] button").first.click()
    page.get_by_role("link", name=name).click()


def assert_clean(page) -> None:
    """No traceback, no "Something went wrong", no browser error on the page."""
    assert page.locator("[data-testid='stException']").count() == 0
    assert "Something went wrong" not in page.locator("[data-testid='stMain']").inner_text()
    assert page.problems == []


#: Texts an element cuts off ("Intercept…", "▸ P…", a select showing "Strikes + i"): wider than their
#: box, overflow hidden or clipped.
_CUT = """(els) => els.flatMap(root => [root, ...root.querySelectorAll('*')])
  .map(e => [e, (e.tagName === 'INPUT' ? e.value : e.innerText) || ''])
  .filter(([e, text]) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'
                         && text.trim()).map(([e, text]) => text.trim())"""


def cut_texts(locator) -> list[str]:
    """The texts inside the located elements that do not fit their box (empty when all are whole)."""
    return locator.evaluate_all(_CUT)


def screenshot(page, name: str) -> None:
    """The whole page, scrolled part included (Streamlit scrolls inside its main block), in test-artifacts/."""
    size = page.viewport_size
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": max(height, size["height"])})
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    page.set_viewport_size(size)


def click_grid(page, grid, row: int, x: float) -> None:
    """Click a table's data row ``row`` (0 = first) at ``x`` px from its left edge.

    Tables are drawn on a canvas: rows are 35 px high under a 35 px header.  The
    row-marker checkbox of a selectable table is at x≈15; in a data editor the
    clicked cell is selected, and Space then flips a checkbox cell.
    """
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(200)  # the grid lays out after it scrolls into view
    box = grid.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + 35 * (row + 1) + 17)


def table_rows(page, grid, target_dir: Path) -> list[dict[str, str]]:
    """The rows a table shows, as its own "Download as CSV" button saves them (headers as shown)."""
    import csv

    page.evaluate("window.showSaveFilePicker = undefined")  # else chromium asks where to save instead
    grid.hover()
    with page.expect_download(timeout=15_000) as dl:
        grid.get_by_role("button", name="Download as CSV").click()
    path = target_dir / dl.value.suggested_filename
    dl.value.save_as(path)
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def edit_cell(page, grid, row: int, x: float, value: str) -> None:
    """Type ``value`` into a data editor's cell (opened with Enter; its editor floats in #portal)."""
    cell = page.locator("#portal textarea, #portal input").first
    for attempt in range(3):  # a click during the grid's first layout can miss
        click_grid(page, grid, row, x)
        page.keyboard.press("Enter")
        try:
            cell.wait_for(timeout=3_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    cell.fill(value)
    cell.press("Enter")
