"""English phrasings pinned by the second en25 pass (released batches); every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

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


@pytest.mark.parametrize("text, want", [
    # a quoted "no destructions or casualties" is a zero toll
    ("Air defence destroyed 5 drones over the Mykolaiv region overnight. A fire started after debris fell "
     "in the Mykolaiv district.\n\n\"There were no destructions or casualties,\" the governor said.",
     ("UA-48", None, 5, 0, 0)),
    # a village named after "near" the regional capital is the place
    ("Near Kursk, air defence shot down a drone near the village of Selikhovy Dvory, the governor said.",
     ("RU-KRS", "Selikhovy Dvory", 1, None, None)),
])
def test_one_interception_read_whole(text, want):
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.count, inc.killed, inc.injured) == want


def test_undated_lead_takes_the_full_date_told_right_after_it():
    text = ("Air defence shot down 9 drones over the Poltava and Sumy regions.\n"
            "The Air Force reported this on Telegram.\n"
            "\"Overnight into March 4, 2025, the enemy launched 12 attack drones from the Kursk area,\" the post said.")
    assert [(i.region, i.date) for i in extract(text, published=None)] == [("UA-53", "2025-03-04"),
                                                                         ("UA-59", "2025-03-04")]


def test_a_later_date_of_another_incident_is_not_the_lead_s():
    text = ("Air defence shot down 9 drones over the Poltava region.\n"
            "On March 2, 2025, a drone hit a shop in the Sumy region.")
    found = {i.region: i.date for i in extract(text, published=None)}
    assert found["UA-53"] is None


@pytest.mark.parametrize("text, toll", [
    ("A drone hit Balakliia overnight. Women aged 31, 64 and 80 were injured there.", (None, 3)),
    ("A drone hit Balakliia overnight. Men aged 52 and 67 were killed.", (2, None)),
])
def test_a_list_of_ages_counts_one_person_each(text, toll):
    [inc] = extract(text, published=DAY)
    assert (inc.killed, inc.injured) == toll


def test_the_same_figure_of_drones_told_again_later_is_the_same_strike():
    text = ("Russia struck an apartment block in Poltava. Four drones hit the city before dawn.\n\n"
            "The mayor posted a video of the attack.\n\n"
            "He said the city would rebuild.\n\n"
            "Rescuers worked at the scene all morning.\n\n"
            "According to the mayor, four drones flew at the house from several directions and struck it, "
            "killing three people and injuring 11.")
    [inc] = extract(text, published=DAY)
    assert (inc.settlement, inc.count, inc.killed, inc.injured) == ("Poltava", 4, 3, 11)
