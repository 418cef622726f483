"""Hostile articles in a real browser: nothing they carry runs, loads or links; it shows as text.

A hostile source controls a document's title, URL and text, and through the
extractor (or a crafted record) an incident's settlement, target, evidence and
region name.  The store gets both: one article ingested through geo.ingest
(the extractor quotes its markup as evidence) and one written with crafted
incident fields.  Then the map, a point's popup and tooltip, a region's
tooltip, the Incidents page with both incidents' details, the Add-articles
preview and the downloaded HTML snapshot (opened from file://) are checked:
no script ran (``window.__pwned`` unset in every frame, no dialog), no
injected element exists, no ``javascript:``/``data:`` link, no request left
127.0.0.1, no traceback, and the hostile strings are on screen as literal text.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from playwright.sync_api import expect

from geo.documents.model import Document
from geo.filters import Filters
from geo.ingest import ingest_documents
from geo.places.polygons import representative_point
from geo.record import Incident
from geo.store import open_store
from support.browser import (
    ARTIFACTS,
    MAP_FRAME,
    click_map,
    download,
    idle,
    map_of,
    map_point,
    offline_context,
    running_app,
)

pytestmark = pytest.mark.browser

#: Every markup trick carries class "pwn" so a test can look for the element it would create.
SCRIPT = "<script>window.__pwned=1;alert(1)</script>"
TRICKS = (SCRIPT + '<img class=pwn src=x onerror="window.__pwned=2;alert(2)">'
          '<svg class=pwn onload="window.__pwned=3"></svg>'
          '<iframe class=pwn src="javascript:parent.__pwned=4"></iframe>'
          '<a class=pwn href="javascript:window.__pwned=5">click</a>'
          '<style class=pwn>body{display:none}</style>'
          '<div class=pwn style="position:fixed;inset:0;background:red;z-index:99999">cover</div>'
          " [md link](javascript:window.__pwned=6) ![pixel](http://evil.example/p.png) {{7*7}} ${7*7} **bold**")
#: A lone carriage return ends a line for Markdown: text after a blank line must not turn into markup.
BREAKOUT = "\r\r![cr](http://evil.example/cr.png)\r\r<img class=pwn src=x onerror=window.__pwned=7>"
TITLE = 'Title <b class=pwn>bold</b> [x](javascript:window.__pwned=8) ![t](http://evil.example/t.png)'
SETTLEMENT = "<img class=pwn src=x onerror=window.__pwned=9>Valuyki"
CRAFTED_AT = (50.2117, 38.0983)
ARTICLE = ("On 3 May 2025 a drone struck a warehouse <img class=pwn src=x onerror=window.__pwned=10> in the "
           "village of Shebekino in the Belgorod region, injuring two people " + SCRIPT + ". "
           "Air defence destroyed 12 drones over the Kursk region [link](javascript:window.__pwned=11) "
           "overnight, the governor said." + BREAKOUT)
ARTICLE_URL = "  JaVaScRiPt:window.__pwned=12"

#: What any hostile markup would leave in a page, checked in every frame.
PAGE_STATE = """() => ({
  pwned: typeof window.__pwned,
  injected: document.querySelectorAll('.pwn, [class~=pwn]').length,
  bad_links: [...document.querySelectorAll('a[href], area[href]')].map(a => a.href)
             .filter(h => !/^(https?|file):/.test(h) || h.includes('evil.example')),
  tracebacks: document.querySelectorAll("[data-testid='stException']").length,
})"""


def build(path: Path) -> tuple[str, dict[str, int]]:
    """The hostile store; returns its path and the ids of the crafted and the extracted strike."""
    store = open_store(str(path))
    try:
        evidence = f"A drone hit a house in Valuyki {TRICKS}."
        text = f"Context first. {evidence} More text.{BREAKOUT}"
        at = text.index(evidence)
        crafted = Incident(event_type="strike", country="RU", region="RU-BEL", region_name=f"Belgorod {TRICKS}",
                           settlement=SETTLEMENT, lat=CRAFTED_AT[0], lon=CRAFTED_AT[1], geo_precision=1,
                           count=1, count_qualifier="exact", date="2025-05-02", date_precision="day",
                           target=f"house {TRICKS}", evidence=evidence,
                           extras={"evidence_spans": [[at, at + len(evidence)]]})
        store.add_document(Document(text=text, id="crafted", published=dt.date(2025, 5, 2), title=TITLE,
                                    url="javascript:window.__pwned=13"), [crafted])
        summary = ingest_documents([Document(text=ARTICLE, id="hostile-article", published=dt.date(2025, 5, 3),
                                             title=TITLE, url=ARTICLE_URL)], store)
        assert summary.incidents_new >= 2, summary
        df = store.query(Filters())
        ids = {"crafted": int(df[df["settlement"] == SETTLEMENT]["id"].iloc[0]),
               "extracted": int(df[df["settlement"] == "Shebekino"]["id"].iloc[0])}
        assert SCRIPT in df[df["id"] == ids["extracted"]]["evidence"].iloc[0]  # the extractor quoted the markup
    finally:
        store.close()
    return str(path), ids


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile_app")
    db, ids = build(tmp / "hostile.db")
    with running_app(db, tmp) as url:
        yield url, ids


@pytest.fixture
def watched(browser):
    """(context, requests that tried to leave, dialogs opened): a dialog means a script ran."""
    with offline_context(browser) as (ctx, outside):
        dialogs: list[str] = []
        ctx.on("page", lambda page: page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss())))
        yield ctx, outside, dialogs


def assert_harmless(page, outside: list[str], dialogs: list[str]) -> None:
    page.wait_for_timeout(300)  # let any onerror/onload fire first
    for frame in page.frames:
        state = frame.evaluate(PAGE_STATE)
        assert state == {"pwned": "undefined", "injected": 0, "bad_links": [], "tracebacks": 0}, (frame.url, state)
    assert dialogs == [], f"a dialog opened: {dialogs}"
    assert outside == [], f"requests left the machine: {outside}"


def test_map_popup_and_tooltips_show_hostile_text_as_text(app, watched, tmp_path):
    url, _ = app
    ctx, outside, dialogs = watched
    page = ctx.new_page()
    page.goto(url)
    frame, _ = map_of(page)
    idle(page)
    tip = page.frame_locator(MAP_FRAME).locator(".leaflet-tooltip")
    page.mouse.move(*map_point(page, frame, representative_point("RU-KRS")))
    expect(tip.last).to_contain_text("Kursk Oblast", timeout=10_000)
    page.mouse.move(*map_point(page, frame, CRAFTED_AT))
    expect(tip.last).to_contain_text(f"Incidents at {SETTLEMENT}", timeout=10_000)
    click_map(page, frame, CRAFTED_AT)
    popup = page.frame_locator(MAP_FRAME).locator(".leaflet-popup-content")
    expect(popup).to_contain_text(SCRIPT, timeout=10_000)
    expect(popup).to_contain_text(TITLE)  # the source's title, not a link: its URL is javascript:
    expect(popup).to_contain_text("{{7*7}} ${7*7} **bold**")
    page.screenshot(path=str(ARTIFACTS / "hostile-map.png"))
    assert_harmless(page, outside, dialogs)

    saved = download(page, "⬇ HTML", tmp_path)
    snap = ctx.new_page()
    snap.goto(saved.as_uri())
    expect(snap.locator("path.leaflet-interactive").first).to_be_attached(timeout=15_000)
    x, y = snap.evaluate("(ll) => { const m = window[Object.keys(window).find(k => /^map_\\w+$/.test(k))];"
                         " const p = m.latLngToContainerPoint(ll); return [p.x, p.y]; }", list(CRAFTED_AT))
    snap.mouse.click(x, y)
    expect(snap.locator(".leaflet-popup-content")).to_contain_text(SCRIPT, timeout=10_000)
    assert_harmless(snap, outside, dialogs)


def test_incident_details_show_hostile_text_as_text(app, watched):
    url, ids = app
    ctx, outside, dialogs = watched
    page = ctx.new_page()
    for key in ("crafted", "extracted"):
        page.goto(f"{url}/Incidents?id={ids[key]}")
        main = page.locator("[data-testid='stMain']")
        expect(main).to_contain_text(f"Incident {ids[key]}", timeout=20_000)
        idle(page)
        expect(main).to_contain_text(TITLE)
        expect(main).to_contain_text(SCRIPT)
        expect(main.locator("mark").first).to_contain_text("<script>" if key == "extracted" else "<img class=pwn")
        assert_harmless(page, outside, dialogs)
    expect(page.locator("[data-testid='stMain']")).to_contain_text("![cr](http://evil.example/cr.png)")
    page.screenshot(path=str(ARTIFACTS / "hostile-incident.png"), full_page=True)


def test_add_articles_preview_shows_hostile_text_as_text(app, watched):
    url, _ = app
    ctx, outside, dialogs = watched
    page = ctx.new_page()
    page.goto(f"{url}/Add_articles")
    main = page.locator("[data-testid='stMain']")
    area = main.locator("textarea").first
    expect(area).to_be_visible(timeout=20_000)
    idle(page)  # a page opened first on a fresh server reruns once (ui.shell.run_page): type after it
    area.fill(ARTICLE + "\n" + TRICKS)
    for label, value in (("Title (optional)", TITLE), ("URL (optional)", ARTICLE_URL)):
        box = main.get_by_label(label)
        for _ in range(3):  # a rerun still drawing (the text area's, on a loaded machine) may reset the box
            box.fill(value)
            box.press("Enter")  # commit each box and let its rerun end
            idle(page)
            if box.input_value() == value:
                break
        expect(box).to_have_value(value)
    main.get_by_role("button", name="Extract incidents").click()
    expect(main.locator("mark").first).to_be_visible(timeout=30_000)
    idle(page)
    expect(main).to_contain_text(TITLE)
    expect(main.locator("mark").first).to_contain_text("<img class=pwn")
    expect(main).to_contain_text("[md link](javascript:window.__pwned=6)")
    page.screenshot(path=str(ARTIFACTS / "hostile-add.png"), full_page=True)
    assert_harmless(page, outside, dialogs)


def test_a_hostile_shared_link_is_harmless(app, watched):
    """Query values are user input too: bad ones fall back, text ones are shown as text."""
    url, _ = app
    ctx, outside, dialogs = watched
    page = ctx.new_page()
    bad = "q=%3Cimg%20class%3Dpwn%20src%3Dx%20onerror%3Dwindow.__pwned%3D20%3E&from=bogus&region=%3Cscript%3E" \
          "&precision=x&unit=%3Cb%3E&tiles=javascript:x"
    page.goto(f"{url}/?{bad}")
    map_of(page)
    idle(page)
    expect(page.locator("[data-testid='stSidebar'] input[type='text']").last).to_have_value(
        "<img class=pwn src=x onerror=window.__pwned=20>")
    assert_harmless(page, outside, dialogs)
    page.goto(f"{url}/Incidents?{bad}&id=%3Cscript%3E")
    expect(page.locator("[data-testid='stMain']")).to_contain_text(  # the empty result says why, as text
        'No incidents match these filters (all dates; strikes and interceptions; text "<img class=pwn',
        timeout=20_000)
    idle(page)
    assert_harmless(page, outside, dialogs)
