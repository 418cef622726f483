"""Bugs a new user met, in Debian's chromium: filter changes that were lost, Play, national incidents
drawn nowhere, bad incident links, a link that switched online tiles on, and bidirectional text
that turned the app's own words backwards (issues 15 and 18).

One app start for the module over the sample store plus three national incidents (no region).
Every request leaving 127.0.0.1 is blocked and recorded.  Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from geo.filters import Filters
from geo.maps.tiles import TILES_FAILED
from geo.store import open_store
from support import sample_store
from support.browser import (
    ARTIFACTS,
    MAP_FRAME,
    assert_clean,
    idle,
    map_of,
    offline_context,
    running_app,
    screenshot,
    watched_page,
)

pytestmark = pytest.mark.browser

#: Where a word's first glyph is drawn, from left, for each of ``words`` found in the element.
_WORD_X = """(el, words) => { const out = {}; const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) { for (const w of words) { const i = n.data.indexOf(w);
    if (i >= 0 && !(w in out)) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + w.length);
      out[w] = r.getBoundingClientRect().left; } } } return out; }"""


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """(url, store path, the streamlit log)."""
    tmp = tmp_path_factory.mktemp("ui_bugs_app")
    db = sample_store.build(tmp / "sample.db")
    sample_store.add_national(db)
    with running_app(db, tmp) as url:
        yield url, db, tmp / "streamlit.log"


@pytest.fixture
def watched(browser):
    """(page, requests that tried to leave the machine); the page must end clean."""
    with offline_context(browser, 1366, 900) as (ctx, outside):
        with watched_page(ctx) as page:
            yield page, outside
            assert_clean(page)


def _query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def _caption(page):
    return page.locator("[data-testid='stCaptionContainer']").filter(has_text=re.compile(r"incidents? ·")).first


def test_incidents_page_keeps_five_filter_changes_in_a_row(app, watched):
    url, db, _ = app
    page, outside = watched
    store = open_store(db)
    page.goto(f"{url}/Incidents")
    idle(page)
    search = page.get_by_role("textbox", name="Search (place, target, evidence…)")
    regions = page.get_by_role("combobox", name="Regions")
    steps = [("text", "Rylsk", Filters(text="Rylsk")),
             ("text", "drone", Filters(text="drone")),
             ("region", "RU-KRS", Filters(text="drone", regions=("RU-KRS",))),
             ("region", "RU-BEL", Filters(text="drone", regions=("RU-KRS", "RU-BEL"))),
             ("text", "", Filters(regions=("RU-KRS", "RU-BEL")))]
    for kind, value, expected in steps:
        if kind == "text":
            search.fill(value)
            search.press("Enter")
        else:
            regions.click()
            page.keyboard.type(value)
            page.keyboard.press("Enter")
            page.keyboard.press("Escape")
        idle(page)
        n = store.count(expected)
        expect(_caption(page)).to_contain_text(f"{n} incident{'' if n == 1 else 's'} ·")
        assert search.input_value() == value if kind == "text" else True
        assert _query(page).get("q", [""])[0] == expected.text
        assert _query(page).get("region", [""])[0] == ",".join(expected.regions)
    assert search.input_value() == ""
    assert outside == []


@pytest.mark.parametrize("bad", ["99999999999999999999999", "²"])
def test_a_bad_incident_number_in_a_link_is_a_clear_message(app, watched, bad):
    url, _, log = app
    page, _ = watched
    before = log.read_text(errors="replace")
    page.goto(f"{url}/Incidents?id={bad}")
    idle(page)
    expect(page.locator("[data-testid='stAlert']").filter(has_text="is not an incident number")).to_be_visible()
    expect(_caption(page)).to_be_visible()  # the table is still there
    assert "Traceback" not in log.read_text(errors="replace")[len(before):]


def test_a_shared_link_never_switches_online_tiles_on(app, browser):
    url, _, _ = app
    with offline_context(browser, 1366, 900) as (ctx, outside):
        with watched_page(ctx) as page:
            page.goto(f"{url}/?tiles=osm&region=RU-BEL")
            map_of(page)
            idle(page)
            page.wait_for_timeout(1500)
            assert outside == [], f"the link made the browser contact: {outside[:3]}"
            sidebar = page.locator("[data-testid='stSidebar']")
            expect(sidebar.get_by_text("stay off until you switch them on")).to_be_visible()
            assert page.frame_locator(MAP_FRAME).locator("img.leaflet-tile").count() == 0
            assert "tiles" not in _query(page)
            # the viewer's own action switches them on; with no network the map says so and stays usable
            sidebar.get_by_text("OpenStreetMap tiles (online)").click()
            idle(page)
            notice = page.frame_locator(MAP_FRAME).locator(".geo-tile-error")
            expect(notice).to_have_text(TILES_FAILED, timeout=20_000)
            assert outside, "switching tiles on should have asked the tile server"
            assert _query(page).get("tiles") == ["osm"]
            screenshot(page, "tiles_failed")
            assert_clean(page)


def _word_x(locator, words: list[str]) -> dict[str, float]:
    return locator.evaluate(_WORD_X, words)


def test_bidi_controls_in_titles_and_search_do_not_reverse_the_apps_words(app, watched):
    url, db, _ = app
    page, _ = watched
    store = open_store(db)
    evil = next(int(r["id"]) for _, r in store.query(Filters(undrawn=True)).iterrows()
                if store.incident(int(r["id"]))["sources"][0]["title"] == "Evil \u202etitle")
    page.goto(f"{url}/Incidents?id={evil}")
    idle(page)
    line = page.locator("[data-testid='stMarkdownContainer']").filter(has_text="published unknown").first
    expect(line).to_be_visible()
    x = _word_x(line, ["Source", "published", "unknown"])
    assert x["Source"] < x["published"] < x["unknown"], x
    # a search holding U+202E: the caption's own words stay in order after it
    search = page.get_by_role("textbox", name="Search (place, target, evidence…)")
    search.fill("drones\u202e")
    search.press("Enter")
    idle(page)
    x = _word_x(_caption(page), ["all dates", "tick a row", "sources"])
    assert x["all dates"] < x["tick a row"] < x["sources"], x


def test_play_runs_within_the_chosen_range_skips_empty_days_and_restores_it(app, watched):
    url, db, _ = app
    page, _ = watched
    page.goto(f"{url}/?type=strike&from=2025-05-02&to=2025-05-06")
    map_of(page)
    idle(page)
    play = page.get_by_role("button", name=re.compile("Play"))
    play.click()
    pause = page.get_by_role("button", name=re.compile("Pause"))
    expect(pause).to_be_visible(timeout=10_000)
    icon = pause.locator("[data-testid='stIconMaterial']")
    font = icon.evaluate("e => getComputedStyle(e).fontFamily")
    assert "Material Symbols" in font and page.evaluate(f"document.fonts.check('16px {font.split(',')[0]}')")
    assert icon.inner_text() == "pause"  # drawn by the icon font's ligature, not an emoji that may be a box
    page.locator("[data-testid='stSlider']").screenshot(path=str(ARTIFACTS / "playing.png"))
    seen: list[str] = []
    for _ in range(40):
        day = _query(page).get("from", [""])[0]
        if day and (not seen or seen[-1] != day):
            seen.append(day)
        assert page.get_by_role("button", name=re.compile("Play")).count() == 0, "a stale Play beside Pause"
        if page.get_by_role("button", name=re.compile("Play")).count() or len(seen) >= 3:
            break
        page.wait_for_timeout(300)
    strike_days = sorted({str(d) for d in open_store(db).query(Filters(types=("strike",)))["date"]})
    assert len(seen) >= 2 and all("2025-05-02" <= d <= "2025-05-06" for d in seen)
    assert set(seen) <= set(strike_days)  # 2025-05-05 has no strike: never shown alone
    page.get_by_role("button", name=re.compile("Pause")).click()
    expect(page.get_by_role("button", name=re.compile("Play"))).to_be_visible(timeout=10_000)
    idle(page)
    assert _query(page).get("from") == ["2025-05-02"] and _query(page).get("to") == ["2025-05-06"]

