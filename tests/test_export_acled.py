"""The ACLED-style CSV: ACLED's 31 columns in its order, its codes, from a real store."""
from __future__ import annotations

import csv
import io

import pytest

from geo.documents.model import Document
from geo.exports import csv_export
from geo.exports.acled import ACLED_COLUMNS
from geo.filters import Filters
from geo.geocode import place
from geo.record import Incident
from geo.store import open_store

#: ACLED's columns as its codebook lists them (written out here, not imported, so a reorder fails)
CODEBOOK_ORDER = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
    "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities "
    "tags timestamp").split()


def incidents() -> list[Incident]:
    bel = dict(country="RU", region="RU-BEL", region_name="Belgorod Oblast")
    kyiv = dict(country="UA", region="UA-32", region_name="Kyiv Oblast")
    return [
        Incident("strike", **bel, settlement="Shebekino", lat=50.4, lon=36.9, geo_precision=1, date="2024-07-21",
                 date_precision="day", killed=2, evidence="A drone hit a car in Shebekino."),
        Incident("interception", **kyiv, lat=50.3, lon=30.5, geo_precision=3, date="2024-07-22",
                 date_precision="year_assumed", count=6, count_qualifier="at_least",
                 evidence="More than six drones were downed over Kyiv Oblast on July 22."),
        # a village the gazetteer does not know: drawn at the region's point, named only in the tags
        place(Incident("strike", **kyiv, settlement="Невідомівка", date="2024-07-10", date_end="2024-07-12",
                       date_precision="range", evidence="Невідомівку атакували дрони.", extras={"language": "uk"})),
        Incident("strike", country="UA", region="UA-43", region_name="Autonomous Republic of Crimea",
                 lat=45.0, lon=34.0, geo_precision=3, date="2024-07-01", date_end="2024-07-25",
                 date_precision="range", evidence="Drones attacked Crimea over the month."),
        # named in Ukrainian, matched to GeoNames: exported as GeoNames and Ukraine spell it
        place(Incident("strike", **kyiv, settlement="Гостомель", date="2024-07-23", date_precision="day",
                       evidence="Дрон влучив у Гостомель.", extras={"language": "uk"})),
    ]


@pytest.fixture
def rows(tmp_path) -> list[dict[str, str]]:
    with open_store(str(tmp_path / "a.db")) as s:
        for i, inc in enumerate(incidents()):
            s.add_document(Document(f"text {i}", id=f"d{i}.txt", title=f"Article {i}", published="2024-07-25"), [inc])
        text = csv_export.render(s, Filters(), "acled")
    return list(csv.DictReader(io.StringIO(text)))


def test_columns_are_acleds_in_its_order(rows):
    assert list(rows[0]) == CODEBOOK_ORDER == list(ACLED_COLUMNS)


def by_evidence(rows, word: str) -> dict[str, str]:
    return next(r for r in rows if word in r["notes"])


def test_a_strike_in_russia_has_ukraines_forces_as_sole_actor(rows):
    r = by_evidence(rows, "Shebekino")
    assert (r["disorder_type"], r["event_type"], r["sub_event_type"]) == (
        "Political violence", "Explosions/Remote violence", "Air/drone strike")
    assert (r["actor1"], r["inter1"], r["actor2"], r["inter2"], r["interaction"]) == (
        "Military Forces of Ukraine (2019-)", "8", "", "", "80")
    assert (r["iso"], r["country"], r["region"], r["admin1"]) == ("643", "Russia", "Europe", "Belgorod Oblast")
    assert (r["event_date"], r["year"], r["time_precision"], r["fatalities"]) == ("2024-07-21", "2024", "1", "2")
    assert r["event_id_cnty"].startswith("RUS-atlas-") and r["location"] == "Shebekino"
    assert int(r["timestamp"]) > 1_700_000_000


def test_an_interception_is_disrupted_weapons_use_by_the_defender(rows):
    r = by_evidence(rows, "More than six")
    assert (r["disorder_type"], r["event_type"], r["sub_event_type"]) == (
        "Strategic developments", "Strategic developments", "Disrupted weapons use")
    assert (r["actor1"], r["inter1"], r["actor2"], r["inter2"], r["interaction"]) == (
        "Military Forces of Ukraine (2019-)", "1", "Military Forces of Russia (2000-)", "8", "18")
    assert (r["iso"], r["country"]) == ("804", "Ukraine")
    # the day came from the text, the year was assumed: not ACLED's "actual date"
    assert r["time_precision"] == "3" and "year assumed" in r["tags"]
    assert "drones: 6 (at_least)" in r["tags"] and r["location"] == "Kyiv Oblast"


def test_a_region_level_incident_is_located_at_its_region_not_its_unplaced_village(rows):
    r = by_evidence(rows, "Невідомівку")
    assert r["location"] == "Kyiv Oblast" and r["geo_precision"] == "3"
    assert "settlement not placed: Nevidomivka" in r["tags"]
    assert r["time_precision"] == "2"  # three days: within a week


def test_contested_regions_get_no_guessed_actor_and_a_long_span_is_precision_3(rows):
    r = by_evidence(rows, "Crimea")
    assert (r["actor1"], r["inter1"], r["interaction"]) == ("", "", "")
    assert r["time_precision"] == "3"


def test_a_matched_ukrainian_place_uses_its_official_latin_name(rows):
    r = by_evidence(rows, "Гостомель")
    assert r["location"] == "Hostomel" and r["geo_precision"] == "1"
