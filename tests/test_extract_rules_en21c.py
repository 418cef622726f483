"""English phrasings pinned by the en21c accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def facts(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count) for i in extract(text, published=DAY)]


def test_a_district_of_the_city_is_in_the_city_named_before():
    text = ("A woman was hurt in a drone attack on Kharkiv overnight, mayor Ihor Terekhov reported.\n\n"
            "Overnight Kharkiv was hit by six drones. The strikes fell on the Slobidskyi district.\n\n"
            "The enemy carried out three UAV strikes on a warehouse in the Slobidskyi district of the city, "
            "the governor said.")
    assert facts(text) == [("strike", "UA-63", "Kharkiv", 6)]


def test_the_city_of_a_name_is_not_the_city_named_before():
    text = ("Five drones attacked Dnipro overnight.\n"
            "Later a drone struck a depot in a district of the city of Pavlohrad.")
    assert any(f[2] == "Pavlohrad" for f in facts(text))


def test_our_region_is_the_region_of_the_official_who_speaks_later():
    text = ("Overnight air defence worked hard. In all, 14 enemy drones were shot down over our region. "
            "Nobody was hurt, Taburets wrote.")
    assert facts(text) == [("interception", "UA-71", None, 14)]


def test_an_untitled_name_alone_places_nothing():
    text = ("Overnight air defence worked hard. In all, 14 enemy drones were shot down over the country. "
            "Nobody was hurt, Taburets wrote.")
    assert facts(text) == [("interception", None, None, 14)]


def test_destroyed_several_drones_is_an_interception():
    text = "The ministry said it had destroyed several Ukrainian drones over the Kaluga region overnight."
    assert facts(text) == [("interception", "RU-KLU", None, None)]


def test_regions_whose_governors_report_no_hits_each_had_drones_downed():
    text = ("The air force said it shot down all 40 drones launched overnight.\n\n"
            "A drone fell on a barn in the Vinnytsia region, while the governors of the Sumy and Chernihiv "
            "regions reported no hits to infrastructure and no casualties.")
    got = [(f[0], f[1]) for f in facts(text)]
    assert ("interception", "UA-59") in got and ("interception", "UA-74") in got, got
    tolls = {i.region: (i.killed, i.injured) for i in extract(text, published=DAY)}
    assert tolls["UA-59"] == (0, 0) and tolls["UA-74"] == (0, 0)


def test_the_habitual_share_shot_down_is_no_event():
    text = ("A drone hit a shop in Nizhyn on Sunday night, the governor said.\n\n"
            "\"Our air defence meets the drones every night. Most of them are shot down, but not all,\" he said.")
    assert [f[0] for f in facts(text)] == ["strike"]


def test_orlov_region_is_the_oryol_region_but_orlov_alone_is_no_place():
    assert facts("Two drones were shot down over the Orlov region overnight.") == [
        ("interception", "RU-ORL", None, 2)]
    assert all(f[1] != "RU-ORL" for f in facts(
        "Two drones were shot down over the Kursk region overnight, Mr Orlov said."))


def test_an_earlier_attack_dated_by_a_bare_month_is_background():
    text = ("Air defence shot down four drones over the Tula region overnight, the governor said.\n"
            "The town of Aleksin was also struck by a drone in February.")
    assert facts(text) == [("interception", "RU-TUL", None, 4)]
    assert ("strike", "RU-TUL", "Aleksin", 1) in facts(
        "The town of Aleksin was struck by a drone on February 3, the governor said.")
