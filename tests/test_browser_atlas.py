"""In chromium: the map reads as an atlas (region names, cities, bold state borders), it is the first
thing on screen, it fits to the selected regions and back, and a narrow window keeps it usable.

One app start for the module (tests/support/browser.py), every request checked to stay on the machine.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from geo.maps import view
from geo.places.polygons import representative_point
from support import sample_store
from support.browser import ARTIFACTS, MAP_FRAME, assert_clean, idle, map_of, offline_context, running_app, watched_page

pytestmark = pytest.mark.browser

#: Bounding boxes of the map's labels, in page pixels.
LABEL_BOXES = """() => [...document.querySelectorAll('.geo-label')].map(e => {
  const r = e.getBoundingClientRect(); return [e.innerText, r.left, r.top, r.right, r.bottom]; })"""
#: The drawn width of the state borders and of the region edges (SVG stroke widths).
STROKES = """() => [
  [...document.querySelectorAll('.leaflet-geo-borders-pane path')].map(p => +p.getAttribute('stroke-width')),
  [...document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive')].map(p => +p.getAttribute('stroke-width'))]"""


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser_atlas")
    with running_app(sample_store.build(tmp / "sample.db"), tmp) as url:
        yield url


def _bounds(frame) -> list[float]:
    return frame.evaluate("() => { const b = window.map.getBounds(); return [b.getSouth(), b.getWest(), "
                          "b.getNorth(), b.getEast(), window.map.getZoom()]; }")


def test_map_is_first_on_screen_with_names_cities_and_state_borders(app_url, browser):
    with offline_context(browser, 1440, 900) as (ctx, outside), watched_page(ctx) as page:
        page.goto(app_url)
        frame, _ = map_of(page)
        idle(page)
        assert page.locator(MAP_FRAME).bounding_box()["y"] < 300  # was ~470 under the slider and KPIs

        boxes = frame.evaluate(LABEL_BOXES)
        names = {b[0] for b in boxes}
        assert {"Belgorod", "Kursk", "Kharkiv", "Sumy", "Bryansk", "Crimea", "Minsk"} <= names
        assert len([b for b in boxes if b[0]]) > 40
        assert frame.locator(".geo-city-label").filter(has_text="Kyiv").count() == 1
        overlaps = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                    if a[1] < b[3] - 1 and b[1] < a[3] - 1 and a[2] < b[4] - 1 and b[2] < a[4] - 1]
        assert overlaps == []

        borders, edges = frame.evaluate(STROKES)
        assert len(borders) == 3 and len(edges) > 100
        assert min(borders) > 2 * max(edges)  # the state border is drawn bolder than any region's
        land = frame.locator(".leaflet-geo-land-pane path")
        assert land.count() > 0 and land.first.get_attribute("fill") != frame.evaluate(
            "getComputedStyle(document.querySelector('.leaflet-container')).backgroundColor")

        # more cities come as the user zooms in
        cities = frame.locator(".geo-city-label").count()
        frame.evaluate("window.map.setView([50.5, 36.5], 8, {animate: false})")
        expect(frame.locator(".geo-city-label")).not_to_have_count(0)
        page.wait_for_timeout(300)
        assert frame.locator(".geo-city-label").count() > cities
        page.screenshot(path=str(ARTIFACTS / "atlas-1440.png"))
        assert_clean(page)
        assert outside == []


def test_selecting_regions_fits_the_map_and_clearing_returns_to_the_whole_view(app_url, browser):
    with offline_context(browser, 1440, 900) as (ctx, outside), watched_page(ctx) as page:
        page.goto(app_url)
        frame, _ = map_of(page)
        idle(page)
        whole = _bounds(frame)
        assert whole[4] == view.ZOOM

        # the sidebar finds a region by its Russian name
        box = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
        box.click()
        page.keyboard.type("Белгородская")
        page.get_by_role("option", name="Belgorod Oblast (RU-BEL)").click()
        page.keyboard.press("Escape")
        page.wait_for_url(lambda u: "region=RU-BEL" in u, timeout=15_000)
        frame.wait_for_function(f"() => window.map.getZoom() > {view.ZOOM}", timeout=15_000)
        s, w, n, e, zoom = _bounds(frame)
        lat, lon = representative_point("RU-BEL")
        assert s < lat < n and w < lon < e
        assert (n - s) < (whole[2] - whole[0]) / 2  # it zoomed in on the region

        # clearing the selection goes back to the whole view
        idle(page)
        box.locator("input").click()
        page.keyboard.press("Backspace")  # removes the last chosen region
        page.keyboard.press("Escape")
        page.wait_for_url(lambda u: "region=" not in u, timeout=15_000)
        frame.wait_for_function(f"() => window.map.getZoom() === {view.ZOOM}", timeout=15_000)
        centre = frame.evaluate("[window.map.getCenter().lat, window.map.getCenter().lng]")
        assert abs(centre[0] - view.CENTER[0]) < 0.01 and abs(centre[1] - view.CENTER[1]) < 0.01
        assert_clean(page)
        assert outside == []


def test_a_narrow_window_folds_the_sidebar_and_keeps_the_legend_small(app_url, browser):
    with offline_context(browser, 800, 900) as (ctx, outside), watched_page(ctx) as page:
        page.goto(app_url)
        map_of(page)
        idle(page)
        expect(page.locator("[data-testid='stSidebar']")).to_have_attribute("data-collapsed", "true")
        frame_box = page.locator(MAP_FRAME).bounding_box()
        assert frame_box["width"] > 700 and frame_box["y"] < 300
        legend = page.frame_locator(MAP_FRAME).locator(".geo-legend").bounding_box()
        assert legend["width"] * legend["height"] < frame_box["width"] * frame_box["height"] / 6
        page.screenshot(path=str(ARTIFACTS / "atlas-800.png"))
        # the user can open it again
        page.locator("[data-testid='stExpandSidebarButton'], [data-testid='stSidebarCollapsedControl'] button").first.click()
        expect(page.locator("[data-testid='stSidebar']")).to_have_attribute("data-collapsed", "false")
        assert_clean(page)
        assert outside == []
