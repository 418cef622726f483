"""Who says so, in Debian's chromium: a link with ``claimant=`` lists only the incidents a source
attributes to that claimant, the table's "Claimed by" column marks an official's word as a claim,
and an opened incident shows each source's outlet and claimant."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from geo.documents.model import Document
from geo.filters import Filters
from geo.record import Incident
from geo.store import open_store
from support.browser import assert_clean, idle, offline_context, running_app, table_rows, watched_page

pytestmark = pytest.mark.browser

REPORTS = [  # (document, url, claimant, region, evidence)
    ("mod", "https://mil.example/news/1", "ru_mod", "RU-BRY",
     "Air defences destroyed 12 drones over the Bryansk region, the Russian Defence Ministry said."),
    ("gov", "https://belgorod.example/2", "ru_regional", "RU-BEL",
     "A drone hit a truck in the Belgorod region, Governor Gladkov wrote."),
    ("plain", None, None, "RU-KRS", "A drone hit a house in the Kursk region."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("claimant_store") / "store.db")
    with open_store(path) as s:
        for doc_id, url, who, region, text in REPORTS:
            inc = Incident("interception", country="RU", region=region, count=3, date="2025-07-21",
                           date_precision="day", evidence=text,
                           extras={"claimant": who, "language": "en", "evidence_spans": [[0, len(text)]]})
            s.add_document(Document(text, id=doc_id, title=f"Report {doc_id}", url=url, published="2025-07-21"),
                           [inc])
    return path


def test_a_claimant_link_lists_its_incidents_with_the_claim_marked(browser, db, tmp_path_factory, tmp_path):
    with open_store(db) as s:
        wanted = s.query(Filters(claimants=("ru_mod",)))
    assert len(wanted) == 1
    chosen = int(wanted.iloc[0]["id"])
    with running_app(db, tmp_path_factory.mktemp("claimant_app")) as url, \
            offline_context(browser) as (ctx, outside), watched_page(ctx) as page:
        page.goto(f"{url}/Incidents?claimant=ru_mod&id={chosen}")
        idle(page)
        expect(page.get_by_text("claimed by RU MoD (claim)").first).to_be_visible()
        shown = table_rows(page, page.locator("[data-testid='stDataFrame']").first, tmp_path)
        assert [int(r["id"]) for r in shown] == [chosen]
        assert shown[0]["claimants"] == "RU MoD (claim)"  # the download names columns by field
        expect(page.get_by_text("outlet: mil.example · claimed by: RU MoD (claim)")).to_be_visible()
        assert_clean(page)
        assert outside == []
