"""Issue 15 in Debian's chromium: undated incidents said plainly (the Map's note, the Add articles
warning), a place corrected by hand on Add articles and on the Incidents page (kept in the store),
and tables that keep Date, Place and Evidence in view at 800 px.

One app start for the module over the sample store plus national and undated incidents.  Every
request leaving 127.0.0.1 is blocked and recorded.  Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import re
import sqlite3

import pytest
from playwright.sync_api import expect

from geo.filters import Filters
from geo.store import open_store
from support import sample_store, undated_store
from support.browser import (
    ARTIFACTS,
    assert_clean,
    click_map,
    idle,
    map_of,
    offline_context,
    running_app,
    screenshot,
    watched_page,
)

pytestmark = pytest.mark.browser

VALUYKI = ("On 12 July 2025 a drone struck a house in Valuyki, Belgorod region, the governor said. "
           "Two people were injured.")
UNDATED = "A drone struck a warehouse in Lgov, Kursk region, the governor said. Nobody was hurt."
#: The columns that must stay in view of a narrow table, in this order.
FIRST = ["Date", "Place", "Evidence"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """(url, store path)."""
    tmp = tmp_path_factory.mktemp("places_dates_app")
    db = sample_store.build(tmp / "sample.db")
    sample_store.add_national(db)
    undated_store.add_undated(db)
    with running_app(db, tmp) as url:
        yield url, db


def _watched(browser, width: int, height: int = 900):
    return offline_context(browser, width, height)


def _undated_in_store(db: str) -> int:
    with open_store(db) as store:
        return store.count(Filters(include_undated=True)) - store.count(Filters(include_undated=False))


def _headers(table) -> list[str]:
    """The column headers a table draws (its grid renders only the columns in view)."""
    return [t.strip() for t in table.locator("[role='columnheader']").all_inner_texts() if t.strip()]


def _open(page, label: str) -> None:
    """Open an expander by its label (the help box quotes the same words)."""
    page.locator("[data-testid='stExpander'] summary").filter(has_text=label).click()


def _paste(page, text: str) -> None:
    box = page.get_by_role("textbox", name="Paste an article")
    box.fill(text)
    box.press("Control+Enter")
    idle(page)
    page.get_by_role("button", name="Extract incidents").click()
    idle(page)


def test_the_map_says_how_many_incidents_have_no_date_and_what_a_date_range_does(app, browser):
    url, db = app
    n = _undated_in_store(db)
    assert n == len(undated_store.UNDATED)
    with _watched(browser, 1366) as (ctx, outside), watched_page(ctx) as page:
        page.goto(url)
        idle(page)
        note = page.get_by_text(re.compile(rf"^{n} incidents have no date: they are counted above"))
        expect(note).to_be_visible(timeout=20_000)
        expect(note).to_contain_text("left out as soon as you narrow them")
        page.goto(f"{url}/?from=2025-05-02&to=2025-05-05")
        idle(page)
        narrowed = page.get_by_text(re.compile(rf"^{n} incidents have no date and are outside any date range"))
        expect(narrowed).to_be_visible(timeout=20_000)
        map_of(page)
        idle(page)  # the map's first report back reruns the page once
        expect(narrowed).to_be_visible()
        narrowed.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "map-undated-note.png"))
        assert_clean(page)
        assert outside == []


def test_add_articles_warns_before_saving_an_incident_without_a_date(app, browser):
    url, db = app
    with _watched(browser, 1366) as (ctx, outside), watched_page(ctx) as page:
        page.goto(f"{url}/Add_articles")
        idle(page)
        _paste(page, UNDATED)
        warning = page.locator("[data-testid='stAlert']").filter(has_text="No date for 1 incident")
        expect(warning).to_be_visible(timeout=20_000)
        expect(warning).to_contain_text("the article has no publication date")
        expect(warning).to_contain_text("left out of any date range")
        screenshot(page, "add-articles-undated-warning")
        # with a publication date the incident is dated, and the warning goes
        page.get_by_role("spinbutton", name="year, Published").click()
        page.keyboard.type("20250714")  # year, month, day: each part moves on to the next when full
        page.keyboard.press("Tab")
        idle(page)
        page.get_by_role("button", name="Extract incidents").click()
        idle(page)
        expect(page.get_by_role("button", name="Save to the store")).to_be_visible()
        assert page.get_by_text("No date for").count() == 0
        assert_clean(page)
        assert outside == []


def test_a_place_picked_on_add_articles_is_saved_and_kept_for_the_document(app, browser):
    url, db = app
    with _watched(browser, 1366) as (ctx, outside), watched_page(ctx) as page:
        page.goto(f"{url}/Add_articles")
        idle(page)
        _paste(page, VALUYKI)
        _open(page, "Correct a place")
        idle(page)
        search = page.get_by_role("textbox", name="Settlement")
        expect(search).to_have_value("Valuyki")
        search.fill("Urazovo")
        search.press("Enter")
        idle(page)
        expect(page.get_by_text(re.compile(r"^1\. Urazovo, Belgorod Oblast"))).to_be_visible()
        small_map = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
        expect(small_map.locator("path.leaflet-interactive").first).to_be_attached(timeout=20_000)
        options = page.locator("[data-testid='stRadio'] input[type='radio']").count()
        # each candidate and the incident's current point, over the region's outline
        assert small_map.locator("path.leaflet-interactive").count() == options + 1
        assert small_map.locator("path:not(.leaflet-interactive)").count() >= 1
        screenshot(page, "add-articles-correct-place")
        page.get_by_role("button", name="Use this place").click()
        idle(page)
        expect(page.get_by_text(re.compile(r"Row 1 will be saved at Urazovo, Belgorod Oblast"))).to_be_visible()
        page.get_by_role("button", name="Save to the store").click()
        expect(page.get_by_text(re.compile(r"Saved 1 article"))).to_be_visible(timeout=15_000)
        assert_clean(page)
        assert outside == []
    with open_store(db) as store:
        rows = store.query(Filters(text="Urazovo"))
        assert list(rows["settlement"]) == ["Urazovo"] and rows.iloc[0]["injured"] == 2
        assert store.query(Filters(text="Valuyki", date_from="2025-07-12")).empty or \
            set(store.query(Filters(text="Valuyki", date_from="2025-07-12"))["settlement"]) == {"Urazovo"}
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT count(*) FROM place_corrections WHERE fix LIKE '%Urazovo%'").fetchone()[0] == 1


def test_an_incidents_place_is_corrected_on_the_incidents_page(app, browser):
    url, db = app
    with open_store(db) as store:
        rylsk = int(store.query(Filters(text="Rylsk")).iloc[0]["id"])
    with _watched(browser, 1366) as (ctx, outside), watched_page(ctx) as page:
        page.goto(f"{url}/Incidents?id={rylsk}")
        idle(page)
        _open(page, "Correct the place")
        idle(page)
        search = page.get_by_role("textbox", name="Settlement")
        search.fill("Lgov")
        search.press("Enter")
        idle(page)
        expect(page.get_by_text(re.compile(r"^1\. L.?gov, Kursk Oblast"))).to_be_visible()
        page.get_by_role("button", name="Save this place").click()
        idle(page)
        expect(page.get_by_text(re.compile(r"Incident \d+ is now at L.?gov"))).to_be_visible(timeout=15_000)
        expect(page.get_by_text("Place picked by hand")).to_be_visible()
        screenshot(page, "incidents-place-corrected")
        assert "id=" in page.url
        assert_clean(page)
        assert outside == []
    with open_store(db) as store:
        row = store.incident(int(re.search(r"id=(\d+)", page.url).group(1)))
        assert row is not None and re.fullmatch(r"L.?gov", row["settlement"]) and row["region"] == "RU-KRS"
        assert abs(row["lat"] - 51.66) < 0.05 and abs(row["lon"] - 35.26) < 0.05


def test_tables_keep_date_place_and_evidence_in_view_at_800_px(app, browser):
    url, db = app
    with _watched(browser, 800) as (ctx, outside), watched_page(ctx) as page:
        page.goto(f"{url}/Incidents")  # opened directly: the page's sidebar is open, the table narrowest
        idle(page)
        table = page.locator("[data-testid='stDataFrame']").first
        expect(table.locator("[role='columnheader']").first).to_be_attached(timeout=20_000)
        shown = _headers(table)
        assert shown[:3] == FIRST, shown
        box = table.bounding_box()
        assert box["x"] + box["width"] <= 800  # the table itself fits the window
        screenshot(page, "incidents-800px")

        page.goto(url)  # the place list under the map, after a click on a dot
        idle(page)
        frame, _ = map_of(page)
        click_map(page, frame, sample_store.ROWS[6][4:6])  # Klintsy
        idle(page)
        listed = page.locator("[data-testid='stDataFrame']").first
        expect(listed.locator("[role='columnheader']").first).to_be_attached(timeout=20_000)
        assert _headers(listed)[:3] == FIRST, _headers(listed)
        screenshot(page, "map-place-list-800px")
        assert_clean(page)
        assert outside == []
