"""English phrasings pinned by the en24b accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def _tolls(text: str) -> list[tuple[str, str | None, int | None, int | None]]:
    return [(i.event_type, i.settlement, i.killed, i.injured) for i in extract(text, published=DAY)]


def test_no_fatalities_or_injuries_is_a_no_casualty_statement():
    got = _tolls("Drones struck Marhanets in the evening, damaging a shop. There were no fatalities or injuries, "
                 "the governor added.")
    assert got == [("strike", "Marhanets", 0, 0)]


def test_no_civilian_casualties_is_a_no_casualty_statement():
    got = _tolls("A drone hit a farm in Pokrovske, but there were no civilian casualties.")
    assert got == [("strike", "Pokrovske", 0, 0)]


def test_casualties_still_count_when_some_were_hurt():
    assert _tolls("A drone hit a farm in Pokrovske, injuring two civilians.") == [("strike", "Pokrovske", None, 2)]


def test_the_regional_centre_is_the_capital_of_the_region():
    text = "A drone struck a warehouse in the regional center, the head of the Poltava regional administration said."
    assert [(i.region, i.settlement) for i in extract(text, published=DAY)] == [("UA-53", "Poltava")]


def test_a_regional_centre_in_a_region_without_a_known_capital_stays_region_level():
    text = "A drone struck a warehouse in the regional center, the head of the Donetsk regional administration said."
    assert all(i.settlement is None for i in extract(text, published=DAY))


def _places(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(i.event_type, i.region, i.settlement) for i in extract(text, published=DAY)]


def test_a_refinery_named_after_its_town_in_a_later_paragraph_places_the_strike():
    text = ("A drone struck an oil refinery in the Rostov region on Monday, starting a fire, the governor said.\n"
            "Firefighters put the blaze out within two hours.\n"
            "Officials gave no details on the damage.\n"
            "The Novoshakhtinsk oil refinery is one of the largest in the south.")
    assert _places(text) == [("strike", "RU-ROS", "Novoshakhtinsk")]


def test_a_refinery_named_after_a_town_of_another_region_does_not_move_the_strike():
    text = ("A drone struck an oil refinery in the Rostov region on Monday, starting a fire, the governor said.\n"
            "Firefighters put the blaze out within two hours.\n"
            "Officials gave no details on the damage.\n"
            "In the north, the Kirishi oil refinery ranks among the biggest plants.")
    assert _places(text) == [("strike", "RU-ROS", None)]


def test_two_refineries_of_the_region_named_leave_the_strike_unplaced():
    text = ("A drone struck an oil refinery in the Krasnodar region on Monday, starting a fire, the governor said.\n"
            "Firefighters put the blaze out within two hours.\n"
            "Officials gave no details on the damage.\n"
            "Residents were asked to stay calm.\n"
            "Both the Ilsky oil refinery and the Afipsky oil refinery lie near the coast.")
    assert _places(text) == [("strike", "RU-KDA", None)]


def test_the_victim_taken_to_hospital_is_one_injured():
    assert _tolls("A drone hit a car near Marhanets. The victim was taken to hospital.") == \
        [("strike", "Marhanets", None, 1)]


def test_the_driver_transported_to_hospital_is_one_injured():
    assert _tolls("A drone hit a van near Marhanets. The driver was transported to the regional hospital.") == \
        [("strike", "Marhanets", None, 1)]


def test_the_victim_after_a_stated_toll_is_no_new_person():
    assert _tolls("A drone hit a bus near Marhanets, injuring three people. The victim was taken to hospital.") == \
        [("strike", "Marhanets", None, 3)]


def test_a_drone_that_hit_a_hospital_hurts_no_one_by_that_word():
    assert _tolls("A drone hit the hospital in Marhanets.") == [("strike", "Marhanets", None, None)]


def test_people_known_to_have_died_are_killed():
    assert _tolls("A drone hit a shop in Marhanets. Three people are known to have died and five were injured.") == \
        [("strike", "Marhanets", 3, 5)]


def test_a_person_killed_by_a_drone_is_a_strike():
    assert _tolls("A man was killed in Marhanets by a Russian drone.") == [("strike", "Marhanets", 1, None)]


def test_a_person_hurt_by_an_explosive_dropped_from_a_drone_is_a_strike():
    assert _tolls("In Marhanets a woman was wounded as a result of an explosive drop by a hostile drone.") == \
        [("strike", "Marhanets", None, 1)]


def test_nobody_hurt_by_the_drones_is_no_strike():
    got = _tolls("Air defence shot down five drones over the Poltava region. Nobody was injured by the drones.")
    assert got == [("interception", None, 0, 0)]


def test_regions_also_targeted_with_no_outcome_are_no_strikes():
    text = ("Air defence shot down seven drones over the Poltava region. The regions of Chernihiv in the north and "
            "Kherson in the south were also targeted in the attack, the ministry said.")
    assert _places(text) == [("interception", "UA-53", None)]


def test_a_region_also_targeted_with_no_details_is_no_strike():
    text = ("Air defence shot down seven drones over the Poltava region. The attack also targeted the Chernihiv "
            "region, with no details reported by local officials.")
    assert _places(text) == [("interception", "UA-53", None)]


def test_a_region_also_targeted_where_a_house_was_damaged_is_a_strike():
    text = ("Air defence shot down seven drones over the Poltava region. The attack also targeted the Chernihiv "
            "region, where a house was damaged.")
    assert ("strike", "UA-74", None) in _places(text)


def test_damage_reported_in_two_bare_capitals_is_a_strike_in_each_city():
    text = ("Russian drones hit a warehouse in the Kyiv region overnight. "
            "Damage was also reported in Poltava and Chernihiv.")
    got = _places(text)
    assert ("strike", "UA-53", "Poltava") in got and ("strike", "UA-74", "Chernihiv") in got


def test_drones_downed_over_two_bare_capitals_stay_region_level():
    got = _places("Air defences destroyed drones over Bryansk and Kursk overnight, the ministry said.")
    assert all(p[2] is None for p in got)


def test_regions_named_with_a_region_word_stay_region_level():
    got = _places("Russian drones struck the Poltava and Chernihiv regions overnight.")
    assert all(p[2] is None for p in got)
