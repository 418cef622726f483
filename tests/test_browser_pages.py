"""The pages an analyst uses after the map, in Debian's chromium: Incidents, Add articles, Regions, About.

Each test walks one journey the way a newcomer would (search, sort, tick a
row, open a shared link, upload bad files, drop an extracted incident, save,
compare regions) on a real app over a real store, and checks the numbers
against the store, that the URL keeps the view, and that no traceback,
browser error or request leaving 127.0.0.1 happens.  Screenshots go to
test-artifacts/ (git-ignored).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from geo.documents.model import Document
from geo.documents.uploads import pasted_title
from geo.filters import Filters
from geo.store import open_store
from support import sample_store
from support.browser import (
    assert_clean,
    click_grid,
    cut_texts,
    edit_cell,
    idle,
    map_of,
    offline_context,
    open_page,
    running_app,
    screenshot,
    table_rows,
    watched_page,
)

pytestmark = pytest.mark.browser

#: Small enough that a test file can be "huge" without moving megabytes around.
DOC_LIMIT = 50_000
PASTED = ("On 3 May 2025 air defence forces destroyed 12 drones over the Kursk region, the governor said. "
          "A drone struck a private house in the village of Shebekino in the Belgorod region, injuring two people.")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return sample_store.build(tmp_path_factory.mktemp("pages_store") / "sample.db")


@pytest.fixture(scope="module")
def app_url(db, tmp_path_factory):
    with running_app(db, tmp_path_factory.mktemp("pages_app"), env={"GEO_MAX_DOC_BYTES": str(DOC_LIMIT)}) as url:
        yield url


@pytest.fixture(scope="module")
def fresh_app(tmp_path_factory):
    """The app on a store that does not exist yet (it loads seeds/ on first start): (url, store path)."""
    tmp = tmp_path_factory.mktemp("fresh_app")
    with running_app(str(tmp / "fresh.db"), tmp) as url:
        yield url, str(tmp / "fresh.db")


@pytest.fixture
def page(browser):
    with offline_context(browser, 1366, 768) as (ctx, outside):
        with watched_page(ctx) as got:
            yield got
            assert_clean(got)
        assert outside == [], f"requests left the machine: {outside}"


def _caption(page) -> str:
    return page.locator("[data-testid='stCaptionContainer']").filter(
        has_text=re.compile(r"incidents? ·")).first.inner_text()


def _search(page):
    return page.get_by_role("textbox", name="Search (place, target, evidence…)")


def test_incidents_search_tick_detail_and_link(app_url, db, page, tmp_path):
    page.goto(f"{app_url}/Incidents?region=RU-KRS")
    idle(page)
    kursk = open_store(db).query(Filters(regions=("RU-KRS",)))
    assert _caption(page).startswith(f"{len(kursk)} incidents")
    shown = table_rows(page, page.locator("[data-testid='stDataFrame']").first, tmp_path)
    assert [int(r["id"]) for r in shown] == kursk["id"].astype(int).tolist()
    assert [r["count"] for r in shown] == [str(c) for c in kursk["count"]]
    expect(page.get_by_text("Kursk Oblast (RU-KRS)")).to_be_visible()

    # tick the first row: its sources open, the evidence is marked, the link names it
    click_grid(page, page.locator("[data-testid='stDataFrame']").first, 0, 15)
    page.wait_for_url(lambda u: "id=" in u, timeout=15_000)
    first = int(kursk.iloc[0]["id"])
    assert f"id={first}" in page.url and "region=RU-KRS" in page.url
    expect(page.get_by_role("heading", name=f"Incident {first}:")).to_be_visible()
    expect(page.get_by_text("Evidence:").first).to_be_visible()
    expect(page.locator("mark")).to_have_count(2)  # the evidence line, and its place in the text
    screenshot(page, "incidents-detail")

    # a search that finds nothing says so (it was a crash when a row was ticked), and goes to the URL
    _search(page).fill("zzzz")
    _search(page).press("Enter")
    expect(page.get_by_text("No incidents match these filters")).to_be_visible(timeout=15_000)
    page.wait_for_url(lambda u: "q=zzzz" in u, timeout=15_000)
    expect(page.get_by_text("not in the table shown above")).to_be_visible()
    screenshot(page, "incidents-nothing-matches")

    # the link reopens the same view: search text, region, incident
    page.goto(page.url)
    idle(page)
    expect(_search(page)).to_have_value("zzzz")
    expect(page.get_by_role("heading", name=f"Incident {first}:")).to_be_visible()


def test_incidents_sorted_table_opens_the_row_shown(app_url, db, page):
    page.goto(f"{app_url}/Incidents")
    idle(page)
    grid = page.locator("[data-testid='stDataFrame']").first
    box = grid.bounding_box()
    for _ in range(2):  # the ID header (right of the row markers): ascending, then descending
        page.mouse.click(box["x"] + 50, box["y"] + 17)
        page.wait_for_timeout(300)
    click_grid(page, grid, 0, 15)
    last = int(open_store(db).query(Filters())["id"].max())
    page.wait_for_url(lambda u: f"id={last}" in u, timeout=15_000)
    expect(page.get_by_role("heading", name=f"Incident {last}:")).to_be_visible()
    # a new search starts a new table: the ticked row never jumps to another incident
    _search(page).fill("Rylsk")
    _search(page).press("Enter")
    expect(page.locator("[data-testid='stCaptionContainer']").filter(has_text="1 incident ·")).to_be_visible()
    assert f"id={last}" in page.url


def test_add_articles_refuses_bad_files_by_name(app_url, page, tmp_path):
    files = {"binary.txt": b"\x00\x01\x02\xff\xfe\x00 binary \x00\x00" * 10,
             "empty.txt": b"",
             "huge.txt": b"Drones attacked Kursk. " * (DOC_LIMIT // 20),
             "broken.json": b'{"text": "ok"\n{bad',
             "cyrillic.txt": "Беспилотник атаковал Белгород 3 мая 2025 года.".encode("cp1251"),
             "no_year.txt": b"On 14 August a drone struck a private house in the village of Shebekino.",
             "emoji.json": b'{"title": "Broken emoji", "text": "On 3 May 2025 a drone hit Sumy \\ud83d, the '
                           b'mayor said. Another post \\ud83d\\udca5 is whole."}'}
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    page.goto(f"{app_url}/Add_articles")
    idle(page)
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files([str(tmp_path / n) for n in files])
    errors = page.locator("[data-testid='stAlertContentError']")
    expect(errors).to_have_count(4, timeout=15_000)
    shown = errors.all_inner_texts()
    for name, why in [("binary.txt", "binary"), ("empty.txt", "empty"), ("huge.txt", "too large"),
                      ("broken.json", "invalid JSON")]:
        assert any(name in e and why in e for e in shown), (name, shown)
    assert any("GEO_MAX_DOC_BYTES" in e for e in shown)  # says how to raise the limit
    page.get_by_role("button", name="Extract incidents").click()
    idle(page)
    expect(page.get_by_text("Беспилотник атаковал Белгород").first).to_be_visible()  # a Windows-1251 file reads
    # a day without a year, no publication date: the guessed year is said, once (the dated file has none)
    expect(page.get_by_text("1 date below had no year in the text")).to_have_count(1)
    # the JSON file's half emoji: said once, in that file's box (the whole emoji is not counted)
    note = page.locator("[data-testid='stAlertContentInfo']").filter(has_text="invalid character")
    expect(note).to_have_count(1)
    assert "1 invalid character replaced with \ufffd (lone halves" in note.inner_text()
    box = page.locator("[data-testid='stVerticalBlock']").filter(has_text="invalid character").last  # innermost
    assert "Broken emoji" in box.inner_text() and "Беспилотник" not in box.inner_text()
    screenshot(page, "add-articles-bad-files")


def test_add_articles_drop_one_then_save(app_url, db, page, tmp_path):
    from geo.geocode import default_geocoder
    from geo.pipeline import process

    found = process(Document(text=PASTED), default_geocoder())
    assert len(found) >= 2  # the journey needs something to drop and something to keep
    store = open_store(db)
    before = store.count()
    page.goto(f"{app_url}/Add_articles")
    idle(page)
    box = page.get_by_role("textbox", name="Paste an article")
    box.fill(PASTED)
    box.press("Control+Enter")
    idle(page)
    page.get_by_role("button", name="Extract incidents").click()
    idle(page)
    expect(page.get_by_text(pasted_title(PASTED))).to_be_visible()  # its first words, not a hash
    editor = page.locator("[data-testid='stDataFrame']").first
    for _ in range(5):  # a busy machine may lay the grid out again under the click: check, and retry
        click_grid(page, editor, 0, 8)  # the first row's Keep box
        page.keyboard.press("Space")
        idle(page)
        if table_rows(page, editor, tmp_path)[0]["keep"].lower() == "false":  # the CSV has field names
            break
    else:
        pytest.fail("the first row's Keep box could not be unticked")
    screenshot(page, "add-articles-preview")
    assert store.count() == before  # nothing stored before Save
    page.get_by_role("button", name="Save to the store").click()
    kept = len(found) - 1
    expect(page.get_by_text(f"Saved 1 article: {kept} new incidents")).to_be_visible(timeout=15_000)
    assert store.count() == before + kept
    assert page.get_by_role("button", name="Save to the store").count() == 0  # the preview is gone
    expect(box).to_have_value("")  # and the saved text, so Extract is not offered for it again
    expect(page.get_by_role("button", name="Extract incidents")).to_be_disabled()
    dropped = found[0]
    rows = store.query(Filters(text=dropped.evidence[:40].rsplit(" ", 1)[0]))  # whole words
    assert not ((rows["event_type"] == dropped.event_type) & (rows["region"] == dropped.region)).any()

    # the saved incidents are on the Incidents page at once
    page.goto(f"{app_url}/Incidents?q=Shebekino")
    idle(page)
    n = len(store.query(Filters(text="Shebekino")))
    assert _caption(page).startswith(f"{n} incident{'' if n == 1 else 's'} ·")


def test_regions_totals_and_compare(app_url, db, page, tmp_path):
    page.goto(f"{app_url}/Regions")
    idle(page)
    counts = open_store(db).region_counts(Filters()).set_index("region")
    shown = table_rows(page, page.locator("[data-testid='stDataFrame']").first, tmp_path)
    assert {r["region"] for r in shown} == set(counts.index)  # only regions with incidents
    for r in shown:
        c = counts.loc[r["region"]]
        assert (int(r["strikes"]), int(r["interceptions"]), int(r["drones_interception"])) == (
            c["strikes"], c["interceptions"], c["drones_interception"])
        assert r["country"] in ("Russia", "Ukraine", "Belarus")
    chart = page.locator("[data-testid='stVegaLiteChart']")
    expect(chart).to_have_count(1)
    expect(chart.locator("canvas, svg").first).to_be_attached()
    assert page.get_by_text("No dated incidents").count() == 0
    # a region without incidents is named, not left as an empty chart
    page.get_by_role("combobox").last.click()
    page.keyboard.type("Voronezh")
    page.keyboard.press("Enter")
    expect(page.get_by_text("No dated incidents in Voronezh Oblast (RU-VOR).")).to_be_visible(timeout=15_000)
    screenshot(page, "regions")


@pytest.mark.parametrize("width,height", [(1366, 768), (800, 900)], ids=["laptop", "narrow"])
def test_first_start_every_page_at_a_width(browser, fresh_app, width, height):
    """A newcomer's first visit on an empty store: the seeds load, every page draws and agrees on the count."""
    url, db = fresh_app
    with offline_context(browser, width, height) as (ctx, outside), watched_page(ctx) as page:
        nav = page.locator("[data-testid='stSidebarNav'] a")
        if not Path(db).exists():  # a fresh server and store, opened at a shared link to a page, not the map
            page.goto(f"{url}/Incidents?q=drone")
            idle(page)
            expect(page.get_by_text("the 2 sample articles in seeds/ were read")).to_be_visible(timeout=30_000)
            n = open_store(db).count()
            assert n > 0  # the seed articles went in on first start
            assert _caption(page).startswith(f"{open_store(db).count(Filters(text='drone'))} incidents")
            assert "q=drone" in page.url
            # the sidebar is app.py's, not Streamlit's own listing of pages/ (which put "app" on top)
            assert [" ".join(t.split()) for t in nav.all_inner_texts()][0] == "Map"
            page.wait_for_timeout(5_000)  # a short toast is gone after 4 s; this note stays until closed
            expect(page.get_by_text(f"the 2 sample articles in seeds/ were read: {n} incidents")).to_be_visible()
            nav.first.click()
        else:
            page.goto(url)
        map_of(page)
        idle(page)
        n = open_store(db).count()
        expect(page.locator("[data-testid='stMetric']").filter(has_text="Incidents").first
               .locator("[data-testid='stMetricValue']")).to_have_text(str(n))
        assert cut_texts(page.locator("[data-testid='stMetric']")) == []  # no "Incide…" at 800 px
        screenshot(page, f"first-start-map-{width}")
        whole = lambda: cut_texts(page.locator("[data-testid='stMain'] [data-testid='stSelectbox']")) == []  # noqa: E731
        for name, check in [("Incidents", lambda: _caption(page).startswith(f"{n} incidents") and whole()),
                            ("Regions", lambda: page.locator("[data-testid='stDataFrame']").count() == 2),  # totals, hot regions
                            ("About", lambda: "Location precision codes" in page.inner_text("body"))]:
            open_page(page, name)
            page.wait_for_url(lambda u, name=name: u.rstrip("/").endswith(name), timeout=15_000)
            idle(page)
            expect(page.get_by_role("heading", level=1)).to_be_visible()
            assert check(), name
            screenshot(page, f"first-start-{name.lower()}-{width}")
        assert_clean(page)
        assert outside == [], f"requests left the machine: {outside}"


def test_add_articles_a_bad_correction_keeps_the_article_and_the_edit(app_url, db, page):
    store = open_store(db)
    before = store.count()
    page.goto(f"{app_url}/Add_articles")
    idle(page)
    box = page.get_by_role("textbox", name="Paste an article")
    box.fill(PASTED.replace("Shebekino", "Grayvoron"))  # another article than the other test's
    box.press("Control+Enter")
    idle(page)
    page.get_by_role("button", name="Extract incidents").click()
    idle(page)
    editor = page.locator("[data-testid='stDataFrame']").first
    edit_cell(page, editor, 0, 200, "Atlantis")  # the first row's region code
    idle(page)
    for _ in range(2):  # the second Save fails the same way: the correction was kept, not reset
        page.get_by_role("button", name="Save to the store").click()
        expect(page.get_by_text(f"Not saved: {pasted_title(PASTED)}: unknown region")).to_be_visible(timeout=15_000)
        assert "Atlantis" in page.locator("[data-testid='stAlertContentError']").first.inner_text()
        assert page.locator("[data-testid='stAlertContentSuccess']").count() == 0  # nothing was saved
        idle(page)
    assert store.count() == before
    screenshot(page, "add-articles-bad-correction")
