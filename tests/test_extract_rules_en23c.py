"""English phrasings pinned by the en23c accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt
from functools import partial

from geo.extract import extract
from support.figures import place_counts

DAY = dt.date(2025, 6, 10)


facts = partial(place_counts, published=DAY)


def test_multiples_of_a_dozen_count_their_product():
    assert facts("Air defences shot down over three dozen drones over the Bryansk region overnight.") == [
        ("interception", "RU-BRY", "", 36)]
    assert facts("Two dozen drones were destroyed over the Oryol region, the ministry said.") == [
        ("interception", "RU-ORL", "", 24)]
    assert facts("Air defences destroyed half a dozen drones over the Kursk region.") == [
        ("interception", "RU-KRS", "", 6)]


def test_the_capital_named_by_its_country_is_the_city():
    assert facts("Russia attacked Ukraine's capital with drones overnight, injuring two people.") == [
        ("strike", "UA-30", "Kyiv", 0)]
    assert facts("A drone attack on the Ukrainian capital injured three people.") == [
        ("strike", "UA-30", "Kyiv", 1)]
    assert facts("Drones struck the Russian capital overnight, damaging two office towers.") == [
        ("strike", "RU-MOW", "Moscow", 0)]


def test_an_attack_told_after_its_drones_were_all_downed_is_no_strike():
    text = ("Air defence shot down all enemy drones over the Poltava region overnight, the governor said. "
            "He thanked the air defence crews. Last night the Poltava region was attacked by enemy drones. "
            "The targets were destroyed.")
    assert [f[0] for f in facts(text)] == ["interception"]


def test_an_attack_with_drones_downed_before_it_on_another_day_stays_a_strike():
    text = ("Air defence shot down all enemy drones over the Poltava region on Monday, the governor said. "
            "On Friday, the Poltava region was attacked by enemy drones, and two were destroyed.")
    assert sorted(f[0] for f in facts(text)) != ["interception"]


def test_a_title_cased_headline_word_for_settlements_is_no_settlement():
    text = ("Wreckage Of Downed Drones Fell Outside Settlements In Sumy Region\n"
            "Air defence shot down all drones over the Sumy region overnight.")
    assert facts(text) == [("interception", "UA-59", "", 0)]


def test_no_casualty_reports_is_a_toll_of_none():
    text = ("In the Industrialnyi district of Kharkiv, a drone hit an apartment block's roof. "
            "So far, the mayor said, no casualty reports have been confirmed.")
    assert [(i.killed, i.injured) for i in extract(text, published=DAY)] == [(0, 0)]


def test_a_roundup_with_a_participle_and_a_region_told_before_its_count():
    text = ("Air defences destroyed 25 drones overnight. In the Kursk region alone, 14 UAVs were downed, with an "
            "additional six intercepted over the region of Bryansk, three over Crimea and two over the Rostov region.")
    assert facts(text) == [("interception", "RU-BRY", "", 6), ("interception", "RU-KRS", "", 14),
                           ("interception", "RU-ROS", "", 2), ("interception", "UA-43", "", 3)]
