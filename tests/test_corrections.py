"""Places corrected by hand (issue 15, "Correct the place"): the gazetteer's candidates within a region,
the correction of a stored incident (real SQLite, real re-grouping), and the correction kept when the
same document is read again (the real extractor and geocoder)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from geo.corrections import PlaceFix, corrected, match_corrections, place_candidates
from geo.documents.model import Document
from geo.errors import StoreError
from geo.filters import Filters
from geo.ingest import ingest_paths
from geo.record import Incident
from geo.store import dedup, open_store

ARTICLE = ("On 12 July 2025 a drone struck a house in Valuyki, Belgorod region, the governor said. "
           "Two people were injured.\n")


def _urazovo() -> PlaceFix:
    cands = place_candidates("Urazovo", "RU-BEL")
    assert cands, "the bundled gazetteer knows Urazovo in Belgorod Oblast"
    return cands[0]["fix"]


def _one(store, **filters) -> dict:
    rows = store.query(Filters(**filters)).to_dict("records")
    assert len(rows) == 1, rows
    return rows[0]


# -- candidates ---------------------------------------------------------------------------------

def test_candidates_stay_inside_the_region_and_lead_with_the_name_searched():
    cands = place_candidates("Valuyki", "RU-BEL")
    assert cands[0]["name"] == "Valuyki" and cands[0]["region"] == "RU-BEL"
    assert abs(cands[0]["lat"] - 50.21) < 0.1 and abs(cands[0]["lon"] - 38.1) < 0.1
    assert {c["region"] for c in cands} == {"RU-BEL"}
    # a Ukrainian namesake across the border (Соснівка, Luhansk Oblast) is not offered for Belgorod
    assert all(c["region"] == "RU-BEL" for c in place_candidates("Сосновка", "RU-BEL"))


def test_candidates_find_a_name_from_its_first_letters():
    names = [c["name"] for c in place_candidates("Shebek", "RU-BEL")]
    assert "Shebekino" in names
    assert place_candidates("", "RU-BEL") == [] and place_candidates("Sh", "RU-BEL") == []


def test_candidate_fix_places_an_incident_and_drops_the_geocoders_doubts():
    fix = _urazovo()
    inc = Incident("strike", country="RU", region="RU-BEL", settlement="Ивановка", lat=50.6, lon=37.2,
                   geo_precision=2, evidence="x",
                   extras={"place_alternatives": 4, "geocode_source": "gazetteer:ambiguous", "language": "ru"})
    out = corrected(inc, fix)
    assert (out.settlement, out.region, out.geo_precision) == ("Urazovo", "RU-BEL", 1)
    assert (out.lat, out.lon) == (fix.lat, fix.lon)
    assert "place_alternatives" not in out.extras and out.extras["geocode_source"] == "correction"
    assert out.extras["language"] == "ru" and inc.settlement == "Ивановка"  # the original is untouched


# -- which report a stored correction is for ---------------------------------------------------

@pytest.mark.parametrize("keys, ordinal, expected", [
    (["a", "b", "c"], 1, {1}),        # same ordinal, same key
    (["x", "a", "b"], 1, {2}),        # an incident found before it: the only report with its key
    (["b", "b"], 0, {0}),             # its ordinal still holds its key
    (["x", "b", "b"], 0, set()),      # two reports with its key, neither at its ordinal: not guessed
    (["a", "c"], 1, set()),           # its key is gone: the text now says something else
])
def test_match_corrections(keys, ordinal, expected):
    fix = PlaceFix("Urazovo", 50.08, 38.04, "RU-BEL")
    assert set(match_corrections(keys, [{"ordinal": ordinal, "original_key": "b", "fix": fix.to_dict()}])) == expected


# -- the store ------------------------------------------------------------------------------------

def _report(settlement: str, lat: float, lon: float, day: str = "2025-07-12", **extra) -> Incident:
    return Incident("strike", country="RU", region="RU-BEL", region_name="Belgorod Oblast", settlement=settlement,
                    lat=lat, lon=lon, geo_precision=1, date=day, date_precision="day",
                    evidence=f"A drone struck {settlement}.", **extra)


def test_correcting_an_incident_moves_it_merges_it_and_keeps_the_numbers_exact(store_url):
    store = open_store(store_url)
    fix = _urazovo()
    store.add_document(Document(text="A drone struck Valuyki.", id="a", published=dt.date(2025, 7, 12)),
                       [_report("Valuyki", 50.2117, 38.0983, injured=2)])
    store.add_document(Document(text="A drone struck Urazovo.", id="b", published=dt.date(2025, 7, 12)),
                       [_report("Urazovo", fix.lat, fix.lon)])
    assert store.count() == 2
    wrong = int(_one(store, text="Valuyki")["id"])
    now = store.correct_incident_place(wrong, fix)
    # one event at Urazovo, reported twice: the two reports are now one incident
    row = _one(store)
    assert int(row["id"]) == now and row["settlement"] == "Urazovo" and row["n_sources"] == 2
    assert (row["lat"], row["lon"]) == (fix.lat, fix.lon) and row["injured"] == 2
    assert store.incident(wrong) is None or wrong == now
    # the aggregates the map and KPIs read agree with the rows
    s = store.summary()
    assert s["incidents"] == 1 and s["injured"] == 2
    assert store.region_counts().set_index("region").loc["RU-BEL", "strikes"] == 1
    assert store.count(Filters(text="Urazovo")) == 1  # the search reads the new place
    kept = store.incident_corrections(now)
    assert [c["fix"].settlement for c in kept] == ["Urazovo"]


def test_correcting_one_report_of_an_incident_splits_it_off(store_url):
    store = open_store(store_url)
    fix = _urazovo()
    a = Document(text="A drone struck Valuyki (a).", id="a", published=dt.date(2025, 7, 12))
    b = Document(text="A drone struck Valuyki (b).", id="b", published=dt.date(2025, 7, 12))
    store.add_document(a, [_report("Valuyki", 50.2117, 38.0983)])
    store.add_document(b, [_report("Valuyki", 50.2117, 38.0983)])
    assert _one(store)["n_sources"] == 2
    key = dedup.dedup_key(_report("Valuyki", 0, 0).to_dict())
    assert store.record_place_corrections(b, [(0, key, fix)]) == 1
    rows = store.query().set_index("settlement")
    assert rows.loc["Valuyki", "n_sources"] == 1 and rows.loc["Urazovo", "n_sources"] == 1
    assert store.summary()["incidents"] == 2 and store.count(Filters(text="Urazovo")) == 1


def test_a_correction_recorded_before_saving_is_applied_when_the_document_is_stored(store_url):
    """The Add articles page: the place is picked in the preview, then the article saved."""
    store = open_store(store_url)
    fix = _urazovo()
    doc = Document(text="A drone struck Valuyki.", id="p", published=dt.date(2025, 7, 12))
    report = _report("Valuyki", 50.2117, 38.0983)
    assert store.record_place_corrections(doc, [(0, dedup.dedup_key(report.to_dict()), fix)]) == 0
    store.add_document(doc, [report])
    row = _one(store)
    assert (row["settlement"], row["lat"], row["lon"]) == ("Urazovo", fix.lat, fix.lon)


def test_the_correction_is_kept_when_the_same_document_is_ingested_again(tmp_path, store_url):
    """Real extraction and geocoding: the file is ingested, its incident corrected, then the file
    (edited: one more sentence) ingested again; its report lands at the corrected place and is
    merged with the corrected incident instead of coming back at the old one."""
    news = tmp_path / "news"
    news.mkdir()
    article = news / "valuyki.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = store_url
    store = open_store(db)
    assert ingest_paths([str(news)], store).incidents_new == 1
    wrong = _one(store)
    assert wrong["settlement"] == "Valuyki"
    fix = _urazovo()
    store.correct_incident_place(int(wrong["id"]), fix)
    article.write_text(ARTICLE + "The region's governor posted photos of the damage.\n", encoding="utf-8")
    summary = ingest_paths([str(news)], store)
    assert summary.documents_new == 1 and summary.incidents_merged == 1 and summary.incidents_new == 0
    row = _one(store)
    assert row["settlement"] == "Urazovo" and row["n_sources"] == 2 and (row["lat"], row["lon"]) == (fix.lat, fix.lon)
    assert len(store.incident_corrections(int(row["id"]))) == 2  # both versions say their place was corrected
    store.close()
    # the corrections outlive the connection: they are rows of the store
    with open_store(db) as again:
        fixes = [json.loads(f)["settlement"] for (f,) in again._rows("SELECT fix FROM place_corrections")]
    assert fixes == ["Urazovo", "Urazovo"]


def test_a_correction_for_an_incident_that_is_gone_says_so(store_url):
    store = open_store(store_url)
    with pytest.raises(StoreError, match="no incident 7"):
        store.correct_incident_place(7, _urazovo())
