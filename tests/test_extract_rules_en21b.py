"""English phrasings met on a sixth fresh batch of real news (session 21, second round, issue 14):
national totals told as a part of a launch figure, downings, titles that are no places.

Every sentence here is written for this file; none is taken from a published article."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 3, 14)


def read(text: str, published: dt.date | None = DAY):
    return extract(text, published=published, language="en")


def events(text: str) -> set[tuple]:
    return {(i.event_type, i.region, i.count) for i in read(text)}


@pytest.mark.parametrize("sentence", [
    "The air force said it destroyed 41 out of 55 drones launched overnight.",
    "The air force reported destroying 41 of the 55 drones launched overnight.",
    "Overnight the enemy attacked Ukraine with 55 Shaheds, 41 of which were shot down by our Defense Forces.",
])
def test_a_part_of_a_launch_figure_is_a_national_interception(sentence):
    text = "A drone hit a grain store in the Mykolaiv region overnight, the governor said. " + sentence
    assert ("interception", None, 41) in events(text)


def test_houses_of_which_some_were_destroyed_are_no_downed_drones():
    text = "A drone struck the village of Ivanivka in the Kharkiv region; nine houses were damaged, 4 of which were destroyed."
    assert {e[0] for e in events(text)} == {"strike"}


def test_attempted_drone_attacks_in_listed_regions_were_thwarted_in_each():
    text = ("Eleven drones were downed over the Tula region overnight. Officials in the Kaluga and Tver regions "
            "said nobody was hurt after attempted drone attacks there.")
    assert {(e[0], e[1]) for e in events(text)} == {
        ("interception", "RU-TUL"), ("interception", "RU-KLU"), ("interception", "RU-TVE")}


def test_a_region_that_said_nothing_of_its_drone_downings_still_had_them():
    text = ("Eleven drones were downed over the Tula region overnight. In the Pskov and Tver regions, "
            "governors have not commented on the drone downings.")
    assert {(e[0], e[1]) for e in events(text)} == {
        ("interception", "RU-TUL"), ("interception", "RU-PSK"), ("interception", "RU-TVE")}


def test_a_capital_that_speaks_is_still_no_place():
    assert {(e[0], e[1]) for e in events("Kyiv said its drones hit an airfield in the Saratov region overnight.")} \
        == {("strike", "RU-SAR")}


def test_downed_drones_and_others_intercepted_add_up():
    [inc] = read("Over the Lipetsk region, air defence destroyed four drones and intercepted two others overnight.")
    assert (inc.event_type, inc.region, inc.count) == ("interception", "RU-LIP", 6)


def test_others_who_were_hurt_are_no_drones():
    [inc] = read("Two drones were shot down over the Kursk region, and two others were injured by debris.")
    assert inc.count == 2


def test_debris_from_several_downed_drones_counts_them_but_one_downed_drone_says_where_debris_fell():
    [inc] = read("Debris from six downed drones set fire to a barn in the village of Glushkovo in the Kursk region.")
    assert (inc.event_type, inc.count) == ("interception", 6)
    [inc] = read("Debris from a downed drone damaged three houses in the Uman district of the Cherkasy region.")
    assert (inc.event_type, inc.count) == ("interception", None)


def test_the_toll_of_an_attack_after_a_shelling_sentence_is_no_drone_strike():
    text = ("Drones hit a depot in the Mykolaiv region overnight, the governor said. Separately, Russian artillery "
            "shelled the village of Tiahynka in the Kherson region on Friday. A woman died of wounds sustained in "
            "the attack.")
    assert {(e[0], e[1]) for e in events(text)} == {("strike", "UA-48")}


def test_a_drone_sentence_after_a_shelling_one_is_still_read():
    text = ("Russian artillery shelled the village of Tiahynka in the Kherson region on Friday. Later a drone "
            "dropped explosives on a car in the village of Lvove, injuring the driver.")
    assert {(e[0], e[1], e[2]) for e in events(text)} == {("strike", "UA-65", 1)}


def test_a_village_in_an_officials_title_is_not_where_the_drone_struck():
    text = ("Ivan Petrenko, head of the Novoselivka village military administration, was wounded in a drone "
            "attack in the Kherson region.")
    [inc] = read(text)
    assert (inc.region, inc.settlement) == ("UA-65", None)


def test_a_village_council_that_was_hit_is_the_place():
    [inc] = read("A drone hit the Novoselivka village council building in the Kherson region.")
    assert inc.settlement == "Novoselivka"


def test_explosives_dropped_from_a_drone_on_a_village():
    [inc] = read("Russian soldiers dropped explosives from a drone onto the village of Tiahynka in the Kherson region.")
    assert (inc.event_type, inc.region, inc.settlement, inc.count) == ("strike", "UA-65", "Tiahynka", 1)


def test_drones_that_struck_a_number_of_locations_across_the_country_are_a_national_strike():
    text = ("Overnight Russia launched 80 drones at Ukraine, the Air Force said. A total of 61 were shot down, "
            "while 19 drones struck 11 locations across Ukraine.")
    assert ("strike", None, 19) in events(text)


def test_drones_that_hit_refineries_across_a_country_in_general_are_no_incident():
    assert events("Drones have hit refineries across Russia, the ministry said.") == set()


def test_two_clauses_joined_by_and_each_naming_a_village_are_two_strikes():
    text = ("Russian drones attacked the Synelnykove district overnight. A barn was damaged in Mezhova and "
            "a tractor was destroyed in the village of Slavianka.")
    assert {(i.settlement, i.target is not None) for i in read(text)} == {("Mezhova", True), ("Slavianka", True)}


def test_damage_joined_by_and_without_a_new_place_stays_one_strike():
    [inc] = read("Drones hit a school in Marhanets and two cars were burned in the yard.")
    assert inc.settlement == "Marhanets"


def test_a_region_summary_of_residential_buildings_is_told_again_by_its_towns_houses():
    text = ("In the Sumy region, drones damaged residential buildings overnight. In Krolevets, three houses "
            "and a garage were damaged.")
    assert {(i.region, i.settlement) for i in read(text)} == {("UA-59", "Krolevets")}


def test_a_region_summary_of_residential_buildings_is_no_summary_of_a_hit_plant():
    text = ("In the Sumy region, drones damaged residential buildings overnight. In Krolevets, a drone hit "
            "an industrial enterprise.")
    assert {(i.region, i.settlement) for i in read(text)} == {("UA-59", None), ("UA-59", "Krolevets")}


def test_a_village_of_a_named_community_is_unnamed():
    text = "In the Sumy region, in a village of the Krasnopillia community, a drone hit a barn; in the village of Nedryhailiv community a shop burned after a drone strike."
    assert {i.settlement for i in read(text)} <= {None}


def test_explosions_counted_next_to_shellings_are_no_drone_hits():
    text = ("In the Sumy region, a drone hit a barn in the village of Myropillia. During the day there were "
            "12 shellings. 20 explosions.")
    [inc] = read(text)
    assert (inc.settlement, inc.count) == ("Myropillia", 1)
