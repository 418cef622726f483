"""End to end in Debian's chromium: the dashboard draws, filters, clicks, exports, all offline.

One app start for the module; every request the browser makes is checked and
any to a host other than 127.0.0.1/localhost fails the test.  Screenshots go
to test-artifacts/ (git-ignored).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

import sample_store
from geo.regions import representative_point

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed at /usr/bin/chromium", allow_module_level=True)

from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser_app")
    db = sample_store.build(tmp / "sample.db")
    port = _free_port()
    log = open(tmp / "streamlit.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                             "--server.headless", "true"], cwd=ROOT, env={**os.environ, "GEO_DB": db},
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the app did not start: {(tmp / 'streamlit.log').read_text()[-2000:]}")
        time.sleep(0.2)
    yield url
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def session(browser):
    """A fresh browser context that blocks and records every request leaving the machine."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
    outside: list[str] = []

    def guard(route):
        u = urlparse(route.request.url)
        if u.scheme in ("data", "blob", "about", "file") or u.hostname in LOCAL_HOSTS:
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    ctx.route("**/*", guard)
    ARTIFACTS.mkdir(exist_ok=True)
    yield ctx, outside
    ctx.close()


def _map(page):
    frame = page.frame_locator(MAP_FRAME)
    polys = frame.locator("path.leaflet-interactive")
    expect(polys.first).to_be_attached(timeout=30_000)
    return page.locator(MAP_FRAME).element_handle().content_frame(), polys


def _idle(page) -> None:
    """Wait for the script run to finish (the map's first report back triggers one more run)."""
    page.wait_for_timeout(400)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=30_000)


def _download(page, label: str, target_dir: Path) -> Path:
    """Click a download button and save the file; retried once if a rerun swallowed the click."""
    for attempt in (1, 2):
        _idle(page)
        try:
            with page.expect_download(timeout=20_000) as dl:
                page.get_by_role("button", name=label).click()
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    path = target_dir / f"snapshot{Path(dl.value.suggested_filename).suffix}"
    dl.value.save_as(path)
    return path


def _click_map(page, frame, latlon) -> None:
    """A real mouse click on the map at (lat, lon)."""
    x, y = frame.evaluate("(ll) => { const p = window.map.latLngToContainerPoint(ll); return [p.x, p.y]; }",
                          list(latlon))
    box = page.locator(MAP_FRAME).bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)


def _kpi(page, label: str):
    return page.locator("[data-testid='stMetric']").filter(has_text=label).first.locator(
        "[data-testid='stMetricValue']")


def test_dashboard_draws_filters_and_clicks_offline(app_url, session):
    ctx, outside = session
    page = ctx.new_page()
    page.goto(app_url)
    frame, polys = _map(page)
    assert polys.count() > 100  # every region polygon, from our own GeoJSON
    expect(_kpi(page, "Incidents")).to_have_text(str(len(sample_store.ROWS)))
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    # the hostile article's popup shows its text as text: no element, no javascript: link
    _idle(page)
    _click_map(page, frame, sample_store.ROWS[0][4:6])
    popup = page.frame_locator(MAP_FRAME).locator(".leaflet-popup-content")
    expect(popup).to_contain_text('<script>alert("x")</script>', timeout=10_000)
    assert popup.locator("script, img").count() == 0 and popup.locator("a[href^='javascript']").count() == 0
    _idle(page)
    assert "region=" not in page.url  # clicking a point is not a region click

    # move the start of the date slider one day on: the two 1 May incidents drop out
    _idle(page)
    page.locator("[data-testid='stSlider'] input[type='range']").first.focus()
    page.keyboard.press("ArrowRight")
    expect(_kpi(page, "Incidents")).to_have_text(str(len(sample_store.ROWS) - 2), timeout=15_000)
    page.wait_for_url(lambda u: "from=2025-05-02" in u, timeout=10_000)

    # pan, then click Kursk region: it joins the filter, the URL, and the map keeps its place
    frame.evaluate("window.map.setView([51.6, 36.0], 6, {animate: false})")
    _click_map(page, frame, representative_point("RU-KRS"))
    page.wait_for_url(lambda u: "region=RU-KRS" in u, timeout=15_000)
    expect(page.locator("[data-testid='stSidebar']")).to_contain_text("Kursk Oblast (RU-KRS)")
    expect(_kpi(page, "Regions")).to_have_text("1", timeout=15_000)
    page.wait_for_timeout(500)
    center = frame.evaluate("[window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]")
    assert abs(center[0] - 51.6) < 0.01 and abs(center[1] - 36.0) < 0.01 and center[2] == 6
    page.screenshot(path=str(ARTIFACTS / "dashboard-kursk.png"), full_page=True)
    assert outside == [], f"requests left the machine: {outside}"


def test_snapshots_download_and_open_offline(app_url, session, tmp_path):
    ctx, outside = session
    page = ctx.new_page()
    page.goto(app_url)
    _map(page)
    saved = {fmt: _download(page, f"⬇ {fmt}", ARTIFACTS) for fmt in ("HTML", "PNG")}
    assert saved["PNG"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    snap = ctx.new_page()
    snap.goto(saved["HTML"].as_uri())
    expect(snap.locator("path.leaflet-interactive").first).to_be_attached(timeout=15_000)
    assert snap.locator("path.leaflet-interactive").count() > 100
    expect(snap.locator("#geo-title")).to_contain_text("Exported")
    snap.screenshot(path=str(ARTIFACTS / "snapshot-html.png"))
    assert outside == [], f"requests left the machine: {outside}"
