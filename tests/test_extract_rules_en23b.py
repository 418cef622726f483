"""English phrasings pinned by the en23b accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt
from functools import partial

from geo.extract import extract
from support.figures import place_counts

DAY = dt.date(2025, 6, 10)


facts = partial(place_counts, published=DAY)


def test_an_outlets_earlier_story_keeps_its_national_figure_off_the_region():
    text = ("Overnight, air defence destroyed all the drones that attacked the Poltava region, the governor said. "
            "Nobody was hurt. As Ukrinform reported, overnight air defence shot down 31 Shahed drones.")
    assert facts(text) == [("interception", "", "", 31), ("interception", "UA-53", "", 0)]


def test_a_news_agency_named_in_several_words_is_an_outlet_too():
    text = ("Overnight, air defence destroyed all the drones that attacked the Poltava region, the governor said. "
            "As the Ukrainian News agency reported earlier, air defence shot down 31 Shahed drones overnight.")
    assert facts(text) == [("interception", "", "", 31), ("interception", "UA-53", "", 0)]


def test_an_official_who_reports_is_still_this_reports_news():
    text = ("Air defence shot down two drones over the Poltava region. "
            "As the governor reported, one more drone was shot down near Lubny.")
    assert ("interception", "UA-53", "Lubny", 1) in facts(text)


def test_counts_given_as_the_region_of_a_name_pair_with_their_regions():
    text = "Overnight, air defence downed six drones over the western region of Lviv and two more over the central Vinnytsia region."
    assert facts(text) == [("interception", "UA-05", "", 2), ("interception", "UA-46", "", 6)]


def tolls(text: str) -> list[tuple]:
    return sorted(((i.event_type, i.region or "", i.killed, i.injured) for i in extract(text, published=DAY)))


def test_the_attack_told_in_a_region_with_no_incident_yet_is_that_regions_strike():
    text = ("Air defence downed 31 of 40 drones launched at Ukraine overnight, the air force said. "
            "The attack damaged a grain terminal and injured three people in the region of Mykolaiv, officials said.")
    assert tolls(text) == [("interception", "", None, None), ("strike", "UA-48", None, 3)]


def test_the_attack_in_the_region_already_told_still_adds_to_it():
    text = ("Russian drones struck the Sumy region overnight, the governor said. "
            "The attack damaged a warehouse and injured two people in the Sumy region.")
    assert tolls(text) == [("strike", "UA-59", None, 2)]


def targets(text: str) -> list[tuple]:
    return sorted(((i.event_type, i.region or "", i.target or "") for i in extract(text, published=DAY)))


def test_a_crash_told_after_every_drone_was_downed_is_the_interceptions_debris():
    text = ("Drones attacked the Rivne region overnight, and air defence shot down all targets. "
            "A barn was damaged due to the drone's crash, the regional authorities said.")
    found = targets(text)
    assert [t[:2] for t in found] == [("interception", "UA-56")] and found[0][2]


def test_a_crash_beside_a_counted_shoot_down_stays_a_strike():
    text = "Air defence shot down two drones over the Rivne region overnight. Another drone crashed into a barn."
    assert [t[:2] for t in targets(text)] == [("interception", "UA-56"), ("strike", "UA-56")]


def test_ukrainian_forces_downing_drones_is_the_countrys_figure_in_a_one_oblast_story():
    text = ("Debris of downed drones damaged two houses in the Zhytomyr region overnight, the governor said. "
            "There were no casualties. Overnight, Ukrainian forces shot down 27 Russian drones.")
    assert facts(text) == [("interception", "", "", 27), ("interception", "UA-18", "", 0)]


def test_annexed_before_a_region_in_a_roundup_keeps_its_figure():
    text = ("The ministry said it destroyed 30 drones overnight, including 15 over the Oryol region, "
            "eight over Tambov, three over annexed Crimea and four over the Black Sea.")
    assert ("interception", "UA-43", "", 3) in facts(text)
