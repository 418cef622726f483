"""Namesakes settled by the other places an article names (geo.geocode.context)."""
from __future__ import annotations

import datetime as dt

from geo.documents.model import Document
from geo.geocode.base import distance_km
from geo.geocode.context import settle_namesakes
from geo.pipeline import process
from geo.record import Incident

ROMNY_AND_MYKOLAIVKA = ("On July 20, Russian drones struck a grain elevator in Romny, Sumy Oblast. Another drone "
                        "hit a house in the village of Mykolaivka in the Sumy region, injuring two people.")
MYKOLAIVKA_ALONE = "On July 20, a drone hit a house in the village of Mykolaivka in the Sumy region, injuring two people."


def _placed(text: str) -> dict[str, Incident]:
    return {inc.settlement: inc for inc in process(Document(text=text, id="a", published=dt.date(2025, 7, 21)))}


def test_a_namesake_is_the_one_beside_the_articles_certain_place():
    alone = _placed(MYKOLAIVKA_ALONE)["Mykolaivka"]
    together = _placed(ROMNY_AND_MYKOLAIVKA)
    romny, village = together["Romny"], together["Mykolaivka"]
    assert alone.extras["place_alternatives"] > 1 and alone.geo_precision == 2  # Sumy oblast has several
    assert distance_km(romny.lat, romny.lon, village.lat, village.lon) < 15
    assert distance_km(alone.lat, alone.lon, village.lat, village.lon) > 50  # not the lone guess
    assert village.geo_precision == 2 and village.extras["place_settled_by"] == "Romny"
    assert "place_rivals" not in village.extras and "place_settled_by" not in alone.extras


def _guess(rivals, region="UA-59") -> Incident:
    lat, lon, name = rivals[0]
    return Incident("strike", region=region, settlement=name, lat=lat, lon=lon, geo_precision=2,
                    evidence="x", extras={"place_rivals": rivals})


def _certain(lat, lon, region="UA-59", name="Anchor") -> Incident:
    return Incident("strike", region=region, settlement=name, lat=lat, lon=lon, geo_precision=1, evidence="x")


RIVALS = [[50.0, 34.0, "A"], [51.0, 35.0, "B"], [50.5, 33.0, "C"]]


def test_the_clearly_nearest_namesake_wins_and_the_rest_stay_guesses():
    moved = _guess(RIVALS)
    settle_namesakes([moved, _certain(51.05, 35.05)])
    assert (moved.lat, moved.lon) == (51.0, 35.0) and moved.extras["geocode_source"] == "gazetteer:context"


def test_no_choice_when_two_namesakes_are_about_as_near():
    rivals = [[50.0, 34.0, "A"], [50.2, 34.0, "B"]]
    kept = _guess(rivals)
    settle_namesakes([kept, _certain(50.1, 34.0)])
    assert (kept.lat, kept.lon) == (50.0, 34.0) and "place_settled_by" not in kept.extras


def test_places_of_other_regions_far_away_or_guessed_decide_nothing():
    for anchor in (_certain(51.05, 35.05, region="RU-BEL"),   # another region
                   _certain(55.0, 40.0),                         # too far from every namesake
                   _guess([[51.05, 35.05, "D"], [45.0, 30.0, "E"]])):  # itself a guess
        kept = _guess(RIVALS)
        settle_namesakes([kept, anchor])
        assert (kept.lat, kept.lon) == (50.0, 34.0), anchor
