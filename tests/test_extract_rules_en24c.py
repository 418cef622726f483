"""English phrasings pinned by the en24c accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def _downed(text: str) -> list[tuple[str | None, int | None]]:
    return [(i.region, i.count) for i in extract(text, published=DAY) if i.event_type == "interception"]


def test_of_which_part_keeps_the_region_told_before_it_in_the_sentence():
    text = ("Russia attacked Ukraine's Poltava region with 30 drones overnight, of which 25 were destroyed by "
            "air defences, the Air Force said on Monday.")
    assert _downed(text) == [("UA-53", 25)]


def test_of_which_part_without_a_region_stays_national():
    text = "Russia attacked Ukraine with 30 drones overnight, of which 25 were destroyed by air defences."
    assert _downed(text) == [(None, 25)]


def test_in_total_in_a_one_region_story_is_the_region_total():
    text = ("Enemy forces attacked Poltava Oblast with attack drones before dawn. Sirens sounded for three hours. "
            "In total, the defenders destroyed eleven drones.")
    assert _downed(text) == [("UA-53", 11)]


def test_in_total_after_a_country_wide_attack_stays_national():
    text = ("Enemy forces sent 40 drones at Ukraine before dawn. One of them hit a barn in Poltava Oblast. "
            "In total, the defenders destroyed thirty drones.")
    assert (None, 30) in _downed(text)


def test_in_total_after_two_regions_stays_national():
    text = ("Drones attacked Poltava Oblast and Sumy Oblast before dawn. Sirens sounded for three hours. "
            "In total, the defenders destroyed eleven drones.")
    assert (None, 11) in _downed(text)


def test_the_country_as_the_subject_of_a_downing_is_a_national_figure():
    text = ("Ukraine shot down 15 drones sent at its east overnight, and wreckage damaged a shed in Poltava, "
            "officials said. Air defences downed six drones over the Poltava region, the governor wrote.")
    assert sorted(_downed(text), key=str) == sorted([(None, 15), ("UA-53", None), ("UA-53", 6)], key=str)


def _placed(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(i.event_type, i.region, i.settlement) for i in extract(text, published=DAY)]


def test_the_district_centre_is_the_town_the_district_is_named_after():
    text = ("Drones struck the district centre in the Nikopol district of Dnipropetrovsk Oblast overnight, "
            "damaging a garage and a shop.")
    assert _placed(text) == [("strike", "UA-12", "Nikopol")]


def test_a_district_centre_with_no_district_told_stays_unplaced():
    text = "Drones struck the district centre overnight, damaging a garage, the Dnipropetrovsk Oblast governor said."
    assert all(i.settlement is None for i in extract(text, published=DAY))


def test_a_russian_district_centre_is_not_taken_for_the_districts_namesake():
    text = "Drones struck the district centre in the Belgorod district of the Belgorod region, damaging a garage."
    assert all(i.settlement != "Belgorod" for i in extract(text, published=DAY))
