"""English phrasings pinned by the session-26 pool pass (released held-out batches); every sentence here is
written for the test."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 6, 9)


def test_the_fall_of_the_drone_is_one_drone():
    text = "Early today the fall of the drone damaged a garage in Pidlisne village, Poltava region."
    assert figure_rows(text, "en", DAY) == [("strike", "UA-53", "Pidlisne", 1, None, None)]


def test_the_drone_fell_is_one_drone():
    text = "Overnight the enemy drone fell on a farm in the village of Zarichne in the Chernihiv region and damaged a shed."
    assert figure_rows(text, "en", DAY) == [("strike", "UA-74", "Zarichne", 1, None, None)]


def test_the_drones_fell_says_nothing_of_how_many():
    text = "Overnight the drones fell on farms in the village of Zarichne in the Chernihiv region and damaged sheds."
    assert figure_rows(text, "en", DAY) == [("strike", "UA-74", "Zarichne", None, None, None)]


def test_territorial_is_no_part_of_a_community_name():
    text = "Overnight a drone hit a garage in the Pisochyn Territorial Community of the Kharkiv region, two people were injured."
    assert figure_rows(text, "en", DAY) == [("strike", "UA-63", "Pisochyn", 1, None, 2)]


def test_a_city_district_named_alone_is_that_city():
    text = ("Overnight a drone hit a garage in the Industrialnyi district of Kharkiv, the governor said. "
            "Later another drone damaged a shop in the Shevchenkivskyi district, a woman was injured.")
    assert [row[:3] + row[5:] for row in figure_rows(text, "en", DAY)] == [("strike", "UA-63", "Kharkiv", 1)]


def test_an_oblast_district_stays_no_settlement():
    text = "Overnight a drone hit a farm in the Chuhuiv district of the Kharkiv region, the governor said."
    assert [row[:3] for row in figure_rows(text, "en", DAY)] == [("strike", "UA-63", None)]


def _places(text: str) -> list[tuple[str, int | None]]:
    return sorted((row[1] or "", row[3]) for row in figure_rows(text, "en", DAY))


def test_one_each_respectively_after_an_opening_adverb_and_the_sea_apart():
    text = ("Air defences destroyed 20 drones overnight, the ministry said. Nine were shot down over the Tula "
            "region and five over Oryol. Additionally, one drone was intercepted over Lipetsk, Tambov, and Penza, "
            "respectively, while three were destroyed over the Black Sea.")
    assert _places(text) == [("", 3), ("RU-LIP", 1), ("RU-ORL", 5), ("RU-PNZ", 1), ("RU-TAM", 1), ("RU-TUL", 9)]


def test_another_closing_a_roundup_is_one_drone_more():
    text = "The ministry said it downed four drones overnight - two in Tula, one in the Oryol region and another in Lipetsk."
    assert _places(text) == [("RU-LIP", 1), ("RU-ORL", 1), ("RU-TUL", 2)]


def test_downed_while_approaching_moscow_is_not_said_where():
    text = "Since the morning, 12 drones were shot down while approaching Moscow, the mayor wrote."
    assert _places(text) == [("", 12)]


def test_downed_over_a_region_while_approaching_a_base_stays_in_the_region():
    text = "A drone was shot down over the Saratov region while approaching an air base, the governor said."
    assert _places(text) == [("RU-SAR", 1)]


def test_the_known_town_an_area_is_named_after():
    text = "This morning air defence downed a drone flying towards Moscow in the Balashikha area, the mayor wrote."
    assert [row[:4] for row in figure_rows(text, "en", DAY)] == [("interception", "RU-MOS", "Balashikha", 1)]


def test_a_title_of_drones_heading_for_moscow_beside_debris_in_a_town():
    text = ("Another 4 drones flying to Moscow were destroyed\n"
            "Rescue crews are at the scene, the mayor said.\n"
            "A drone fragment had earlier fallen on a garage roof in Khimki, the town's head wrote. There were no casualties.")
    assert [(region, n) for region, n in _places(text) if not region] == [("", 4)]
    assert [row[1:3] for row in figure_rows(text, "en", DAY) if row[1]] == [("RU-MOS", "Khimki")]


def test_the_falling_drone_after_a_repelled_raid_is_the_one_downed():
    text = ("Overnight the raid on the Penza region was repelled by air defence, the governor said. "
            "However, the falling drone exploded and started a fire at a warehouse. No one was hurt.")
    assert figure_rows(text, "en", DAY) == [("interception", "RU-PNZ", None, 1, 0, 0)]


def test_officials_in_two_capitals_each_in_its_own_region():
    text = "Officials in Tula and Lipetsk said there was no damage from the downed drones."
    assert [row[:3] for row in figure_rows(text, "en", DAY)] == [("interception", "RU-TUL", "Tula"),
                                                                  ("interception", "RU-LIP", "Lipetsk")]


def test_a_street_named_after_a_city_is_no_place_of_it():
    text = ("Overnight a falling drone hit a shop on Moscow Avenue, the Voronezh governor said. "
            "Several other drones were shot down on the outskirts of the city.")
    assert {row[1] for row in figure_rows(text, "en", DAY)} == {"RU-VOR"}


def test_earlier_in_a_month_opens_background():
    text = ("Overnight a drone hit a fuel depot in the Tula region, the governor said. "
            "Earlier in March, three fuel tanks caught fire in the town of Aleksin.")
    assert [row[1:3] for row in figure_rows(text, "en", DAY)] == [("RU-TUL", None)]
