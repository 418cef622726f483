"""End to end in Debian's chromium: the dashboard draws, filters, clicks, exports, all offline.

One app start for the module (tests/support/browser.py); every request the
browser makes is checked and any to a host other than 127.0.0.1/localhost fails the test.  Screenshots go
to test-artifacts/ (git-ignored).
"""
from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

from geo.maps import metrics
from geo.places.polygons import representative_point
from support import sample_store
from support.browser import (
    ARTIFACTS,
    MAP_FRAME,
    assert_clean,
    click_map,
    cut_texts,
    download,
    idle,
    map_of,
    map_point,
    offline_context,
    running_app,
    table_rows,
    watched_page,
)

pytestmark = pytest.mark.browser
START_DAY = sample_store.START


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser_app")
    with running_app(sample_store.build(tmp / "sample.db"), tmp) as url:
        yield url


@pytest.fixture
def session(browser):
    with offline_context(browser) as got:
        yield got


def _open_map(ctx, url: str):
    """A new page on the map at ``url``, drawn and idle."""
    page = ctx.new_page()
    page.goto(url)
    map_of(page)
    idle(page)
    return page


def _kpi(page, label: str):
    return page.locator("[data-testid='stMetric']").filter(has_text=label).first.locator(
        "[data-testid='stMetricValue']")


def test_dashboard_draws_filters_and_clicks_offline(app_url, session):
    ctx, outside = session
    page = ctx.new_page()
    page.goto(app_url)
    nav = page.locator("[data-testid='stSidebarNav'] a")
    expect(nav.first).to_contain_text("Map")  # from the first paint on, never "app"
    frame, polys = map_of(page)
    assert polys.count() > 100  # every region polygon, from our own GeoJSON
    assert page.frame_locator(MAP_FRAME).locator(".leaflet-control-attribution a[href^='http']").count() == 0
    titles = [" ".join(t.split()) for t in nav.all_inner_texts()]  # no icons: no emoji boxes without a font
    assert titles == ["Map", "Incidents", "Add articles", "Regions", "Sources", "About"]
    expect(_kpi(page, "Incidents")).to_have_text(str(len(sample_store.ROWS)))
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    # the hostile article's popup shows its text as text: no element, no javascript: link
    idle(page)
    click_map(page, frame, sample_store.ROWS[0][4:6])
    popup = page.frame_locator(MAP_FRAME).locator(".leaflet-popup-content")
    expect(popup).to_contain_text('<script>alert("x")</script>', timeout=10_000)
    assert popup.locator("script, img").count() == 0 and popup.locator("a[href^='javascript']").count() == 0
    idle(page)
    assert "region=" not in page.url  # clicking a point is not a region click

    # move the start of the date slider one day on: the two 1 May incidents drop out
    idle(page)
    page.locator("[data-testid='stSlider'] input[type='range']").first.focus()
    page.keyboard.press("ArrowRight")
    expect(_kpi(page, "Incidents")).to_have_text(str(len(sample_store.ROWS) - 2), timeout=15_000)
    page.wait_for_url(lambda u: "from=2025-05-02" in u, timeout=10_000)

    # pan, then click Kursk region: it joins the filter, the URL, and the map fits to it
    frame.evaluate("window.map.setView([51.6, 36.0], 6, {animate: false})")
    click_map(page, frame, representative_point("RU-KRS"))
    page.wait_for_url(lambda u: "region=RU-KRS" in u, timeout=15_000)
    expect(page.locator("[data-testid='stSidebar']")).to_contain_text("Kursk Oblast (RU-KRS)")
    expect(_kpi(page, "Regions")).to_have_text("1", timeout=15_000)
    frame.wait_for_function("() => window.map.getZoom() > 6", timeout=15_000)
    center = frame.evaluate("[window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]")
    assert frame.evaluate("(ll) => window.map.getBounds().contains(ll)", list(representative_point("RU-KRS")))
    page.screenshot(path=str(ARTIFACTS / "dashboard-kursk.png"), full_page=True)
    assert outside == [], f"requests left the machine: {outside}"

    # switching the (online) tiles on swaps only the data layer: the map keeps its place
    idle(page)
    page.locator("[data-testid='stSidebar']").get_by_text("OpenStreetMap tiles (online)").click()
    page.wait_for_url(lambda u: "tiles=osm" in u, timeout=15_000)
    expect(page.frame_locator(MAP_FRAME).locator("img.leaflet-tile").first).to_be_attached(timeout=15_000)
    assert frame.evaluate("[window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]") == center
    assert outside and all(u.startswith("https://tile.openstreetmap.org/") for u in outside)  # blocked here


def test_snapshots_download_and_open_offline(app_url, session, tmp_path):
    ctx, outside = session
    page = ctx.new_page()
    page.goto(app_url)
    map_of(page)
    saved = {fmt: download(page, f"⬇ {fmt}", ARTIFACTS) for fmt in ("HTML", "PNG")}
    assert saved["PNG"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    snap = ctx.new_page()
    snap.goto(saved["HTML"].as_uri())
    expect(snap.locator("path.leaflet-interactive").first).to_be_attached(timeout=15_000)
    assert snap.locator("path.leaflet-interactive").count() > 100
    sea = snap.locator(".leaflet-container").evaluate("e => getComputedStyle(e).backgroundColor")
    assert sea == "rgb({}, {}, {})".format(*bytes.fromhex(metrics.BACKGROUND[1:]))  # as on the dashboard
    expect(snap.locator("#geo-title")).to_contain_text("Exported")
    credits = snap.locator(".leaflet-control-attribution")
    expect(credits).to_contain_text("Leaflet")
    assert credits.locator("a[href^='http']").count() == 0  # no link to leave the file by
    snap.screenshot(path=str(ARTIFACTS / "snapshot-html.png"))
    assert outside == [], f"requests left the machine: {outside}"


def test_play_steps_through_the_days_then_stops(app_url, browser):
    with offline_context(browser, width=1024) as (ctx, outside):  # a small laptop: nothing is cut short
        _play_and_check(ctx, outside, app_url)


def _play_and_check(ctx, outside, app_url):
    page = _open_map(ctx, f"{app_url}/?type=strike")
    assert cut_texts(page.locator("[data-testid='stMetric'], [data-testid='stButton'], [data-testid='stSelectbox']")) == []
    page.get_by_role("button", name="Play").click()
    strike_days = sorted({START_DAY + dt.timedelta(days=r[0]) for r in sample_store.ROWS if r[1] == "strike"})
    for day in strike_days:  # every day with a strike, one step each, in order; the days without are skipped
        page.wait_for_url(lambda u, d=day: f"from={d}&to={d}" in u, timeout=15_000)
    expect(page.get_by_role("button", name="Play")).to_be_visible(timeout=15_000)  # stopped at the end
    idle(page)
    assert "from=" not in page.url  # the whole range chosen before Play is back
    expect(_kpi(page, "Incidents")).to_have_text(str(sum(1 for r in sample_store.ROWS if r[1] == "strike")))
    assert outside == []


def test_csv_and_geojson_snapshots_hold_the_kpis_numbers(app_url, session):
    import csv
    import json

    ctx, outside = session
    page = _open_map(ctx, f"{app_url}/?type=interception&unit=drones")
    kpi = {label: int(_kpi(page, label).inner_text()) for label in ("Incidents", "Drones", "Regions")}
    saved = {fmt: download(page, f"⬇ {fmt}", ARTIFACTS, "snapshot-interceptions") for fmt in ("CSV", "GEOJSON")}
    with open(saved["CSV"], encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    features = json.loads(saved["GEOJSON"].read_text())["features"]
    assert len(rows) == len(features) == kpi["Incidents"]
    assert sum(int(r["count"] or 1) for r in rows) == kpi["Drones"]
    assert len({r["region"] for r in rows}) == kpi["Regions"]
    assert {r["event_type"] for r in rows} == {"interception"}
    assert outside == []


def test_a_point_half_below_the_window_opens_its_popup_and_list(app_url, browser, tmp_path):
    """A laptop window: the map runs past the bottom edge.  Leaflet focused the map on the press, the
    browser scrolled it into view, and the release landed elsewhere: the click did nothing."""
    with offline_context(browser, width=1400, height=800) as (ctx, outside), watched_page(ctx) as page:
        page.goto(app_url)
        frame, _ = map_of(page)
        idle(page)
        box = page.locator(MAP_FRAME).bounding_box()
        assert box["y"] + box["height"] > 800  # the map's bottom is out of the window
        row = next(r for r in sample_store.ROWS if r[3] == "Rylsk")
        page.mouse.move(*map_point(page, frame, row[4:6]))
        page.mouse.click(*map_point(page, frame, row[4:6]))
        popup = page.frame_locator(MAP_FRAME).locator(".leaflet-popup-content")
        expect(popup).to_contain_text("Rylsk", timeout=10_000)
        expect(popup).to_contain_text(row[9])  # its target
        expect(page.get_by_role("heading", name="Incidents at Rylsk")).to_be_visible(timeout=15_000)
        idle(page)
        listed = table_rows(page, page.locator("[data-testid='stDataFrame']").first, tmp_path)
        assert [(r["settlement"], r["event_type"], r["target"]) for r in listed] == [("Rylsk", "strike", row[9])]
        assert_clean(page)
        assert outside == []


def test_a_region_without_incidents_is_clicked_on_then_off(app_url, session):
    """The blank result is explained under the map, so the map stays under the mouse for the second click."""
    ctx, outside = session
    page = _open_map(ctx, app_url)
    frame, _ = map_of(page)
    top = page.locator(MAP_FRAME).bounding_box()["y"]
    assert "RU-ORL" not in {r[2] for r in sample_store.ROWS}
    click_map(page, frame, representative_point("RU-ORL"))
    page.wait_for_url(lambda u: "region=RU-ORL" in u, timeout=15_000)
    expect(_kpi(page, "Incidents")).to_have_text("0", timeout=15_000)
    expect(page.get_by_text("No incidents match these filters")).to_be_visible()
    idle(page)
    assert page.locator(MAP_FRAME).bounding_box()["y"] == top
    click_map(page, frame, representative_point("RU-ORL"))
    page.wait_for_url(lambda u: "region=" not in u, timeout=15_000)
    expect(_kpi(page, "Incidents")).to_have_text(str(len(sample_store.ROWS)), timeout=15_000)
    assert outside == []


def test_a_hand_written_link_naming_two_regions_keeps_both(app_url, session):
    ctx, outside = session
    page = _open_map(ctx, f"{app_url}/?region=RU-BEL&region=RU-KRS")
    both = sum(1 for r in sample_store.ROWS if r[2] in ("RU-BEL", "RU-KRS"))
    expect(_kpi(page, "Incidents")).to_have_text(str(both))
    expect(_kpi(page, "Regions")).to_have_text("2")
    page.wait_for_url(lambda u: "region=RU-BEL%2CRU-KRS" in u, timeout=10_000)  # rewritten as the app writes it
    page.goto(f"{app_url}/Incidents?region=RU-BEL&region=RU-KRS")
    idle(page)
    expect(page.locator("[data-testid='stCaptionContainer']").filter(has_text="incidents ·").first).to_contain_text(
        f"{both} incidents")
    assert outside == []
