"""English phrasings pinned by the second en25 pass (released batches); every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 3, 4)


def _all(text: str) -> list[tuple[str, str | None, int | None]]:
    return sorted((i.event_type, i.region or "", i.count) for i in extract(text, published=DAY))


def test_total_whose_regions_come_paragraphs_later_is_no_incident():
    text = ("Air defence units downed 25 of the 27 drones Russia sent overnight, the Air Force said.\n\n"
            "The launches came from the Bryansk area, it added.\n\n"
            "Sirens sounded in many places before dawn.\n\n"
            "Repair crews were sent out early in the morning.\n\n"
            "Nine drones were shot down over the Poltava region, its governor said.\n\n"
            "Two more were downed over the Sumy region.\n\n"
            "Drones were also shot down over the Kirovohrad and Cherkasy regions.")
    assert _all(text) == [("interception", "UA-35", None), ("interception", "UA-53", 9),
                          ("interception", "UA-59", 2), ("interception", "UA-71", None)]


def test_total_beside_one_later_region_stays():
    text = ("Air defence units downed 25 of the 27 drones Russia sent overnight, the Air Force said.\n\n"
            "The launches came from the Bryansk area, it added.\n\n"
            "Sirens sounded in many places before dawn.\n\n"
            "Repair crews were sent out early in the morning.\n\n"
            "Nine drones were shot down over the Poltava region, its governor said.")
    assert ("interception", "", 25) in _all(text)


def test_bulleted_region_lines_after_a_total_are_its_regions():
    text = ("Sirens sounded in many places overnight, the Air Force said.\n\n"
            "By the morning, air defence had destroyed nine attack drones in three regions, as follows:\n\n"
            "  • Kirovohrad region,\n"
            "  • Poltava region,\n"
            "  • Cherkasy region.\n")
    assert _all(text) == [("interception", "UA-35", None), ("interception", "UA-53", None),
                          ("interception", "UA-71", None)]


def test_evening_and_overnight_into_the_next_day_is_the_night_s_second_day():
    text = ("On the evening of Monday, March 3, and overnight into Tuesday, March 4, drones flew over the "
            "Poltava region. Air defence shot down two drones over the Poltava region.")
    found = extract(text, published=DAY)
    assert [(i.region, i.count, i.date) for i in found] == [("UA-53", 2, "2025-03-04")]


def test_quoted_no_destructions_or_casualties_is_a_zero_toll():
    text = ("Air defence destroyed 5 drones over the Mykolaiv region overnight. A fire started after debris fell "
            "in the Mykolaiv district.\n\n\"There were no destructions or casualties,\" the governor said.")
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.count, inc.killed, inc.injured) == ("UA-48", 5, 0, 0)


def test_a_village_named_after_near_the_capital_is_the_place():
    text = "Near Kursk, air defence shot down a drone near the village of Selikhovy Dvory, the governor said."
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.count) == ("RU-KRS", "Selikhovy Dvory", 1)
