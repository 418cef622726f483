"""Misses an audit of the extractor found, each fixed as a general rule and pinned here."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 8, 15)


def facts(text: str, **kw) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.target) for i in extract(text, published=DAY, **kw)]


@pytest.mark.parametrize("text, target", [
    ("22 of 25 drones were downed over the Krasnodar region; the rest hit port infrastructure.", "port infrastructure"),
    ("Of the 25 drones launched at the Krasnodar region, 22 were shot down, and the rest hit an oil depot.",
     "oil depot"),
    ("22 из 25 беспилотников сбиты над Краснодарским краем, остальные попали в нефтебазу.", "oil depot"),
])
def test_the_rest_of_a_part_count_hit_where_the_drones_flew(text, target):
    assert facts(text) == [("interception", "RU-KDA", None, 22, None), ("strike", "RU-KDA", None, 3, target)]


def test_a_count_over_a_region_with_no_total_is_that_count():
    assert facts("Air defences destroyed 14 drones over the Kursk region.") == [
        ("interception", "RU-KRS", None, 14, None)]


@pytest.mark.parametrize("text", [
    "Ukraine launched drones at Russia overnight. Air defences shot down two each over the Kaluga and Tula regions.",
    "Ukraine launched drones at Russia overnight. Two each were downed in the Kaluga and Tula regions.",
])
def test_two_each_over_a_list_of_regions(text):
    assert facts(text) == [("interception", "RU-KLU", None, 2, None), ("interception", "RU-TUL", None, 2, None)]


def test_a_text_that_never_names_a_drone_is_no_drone_report():
    assert facts("Air defences shot down two each over the Kaluga and Tula regions.") == []


def test_of_them_breaks_a_total_down_by_region():
    text = ("Air defence forces intercepted 40 drones. "
            "Of them, 20 were over the Kursk region and 20 over the Bryansk region.")
    assert facts(text) == [("interception", "RU-KRS", None, 20, None), ("interception", "RU-BRY", None, 20, None)]


@pytest.mark.parametrize("text, first, second", [
    ("Над Белгородской областью сбиты 5 беспилотников, над Курской — 3.", "RU-BEL", "RU-KRS"),
    ("Над Харківською областю збито 5 дронів, над Сумською — 3.", "UA-63", "UA-59"),
])
def test_a_region_word_left_out_after_its_first_use(text, first, second):
    assert facts(text) == [("interception", first, None, 5, None), ("interception", second, None, 3, None)]


@pytest.mark.parametrize("text", ["Ночью в Курской сбиты 3 беспилотника.", "Вночі на Сумській збито 3 дрони."])
def test_a_region_adjective_is_never_a_settlement(text):
    assert [i.settlement for i in extract(text, published=DAY)] == [None]


@pytest.mark.parametrize("text, region, place", [
    ("Двумя беспилотниками атакован Рыльск Курской области.", "RU-KRS", "Рыльск"),
    ("Внаслідок атаки дрона на Конотоп Сумської області пошкоджено будинок.", "UA-59", "Конотоп"),
])
def test_a_name_right_before_a_region_in_the_genitive_is_its_town(text, region, place):
    assert [(i.region, i.settlement) for i in extract(text, published=DAY)] == [(region, place)]


@pytest.mark.parametrize("text", [
    "Губернатор Курской области сообщил, что беспилотник сбит над регионом.",
    "Губернатора Брянської області повідомив, що дрон збито над регіоном.",
])
def test_a_title_before_a_region_is_no_town(text):
    assert [i.settlement for i in extract(text, published=DAY)] == [None]


@pytest.mark.parametrize("text", [
    "Вчора ворожий дрон уразив автомобіль у Херсоні",
    "Вчера вражеский дрон поразил автомобиль в Херсоне.",
])
def test_a_singular_drone_that_hit_something_counts_one(text):
    assert [(i.region, i.count, i.target) for i in extract(text, published=DAY)] == [("UA-65", 1, "car")]


@pytest.mark.parametrize("text, country", [
    ("Russian air defences destroyed 45 Ukrainian drones", "RU"),
    ("Russia's air defenses shot down 12 drones overnight.", "RU"),
    ("Ukrainian air defences destroyed 45 Russian drones", "UA"),
    ("Российские средства ПВО уничтожили 45 беспилотников.", "RU"),
    ("Російська ППО знищила 45 дронів.", "RU"),
    ("Українська ППО знищила 45 дронів.", "UA"),
])
def test_whose_air_defence_downed_them_is_the_country(text, country):
    assert [(i.country, i.region, i.count) for i in extract(text, published=DAY)] == [(country, None, 45 if "45" in text else 12)]


def test_a_count_beyond_any_attack_is_unknown_and_the_incident_kept():
    [inc] = extract("Air defences destroyed 45000 drones over the Bryansk region.", published=DAY)
    assert (inc.event_type, inc.region, inc.count, inc.count_qualifier) == ("interception", "RU-BRY", None, None)


@pytest.mark.parametrize("text", [
    "On July 21, 3025 a drone hit a warehouse in Bryansk",
    "On July 21, 1999 a drone hit a warehouse in Bryansk",
    "21.07.3025 дрон атаковал склад в Брянске.",
])
def test_a_year_out_of_range_is_read_as_no_date(text):
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.target, inc.date) == ("RU-BRY", "warehouse", DAY.isoformat())


def test_a_publication_date_out_of_range_gives_no_date_but_keeps_the_incident():
    [inc] = extract("A drone hit a warehouse in Bryansk.", published=dt.date(1900, 1, 2))
    assert (inc.region, inc.date, inc.date_precision) == ("RU-BRY", None, None)


@pytest.mark.parametrize("text, region", [
    ("Над территорией Московского региона сбиты 3 беспилотника.", "RU-MOS"),
    ("Уночі дрон атакував нафтобазу у Краснодарському краї.", "RU-KDA"),
])
def test_a_region_said_as_region_or_in_the_ukrainian_locative(text, region):
    assert [(i.region, i.settlement) for i in extract(text, published=DAY)] == [(region, None)]


def test_a_placeless_follow_up_tells_what_the_attack_on_the_town_hit():
    text = ("Russian forces attacked the city of Sumy with Shahed-type drones overnight on Aug. 14, injuring three "
            "people, the regional military administration said. A drone hit a five-storey residential building, "
            "damaging 12 apartments.")
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.target, inc.injured, inc.date) == \
        ("UA-59", "Sumy", "apartment building", 3, "2025-08-14")


@pytest.mark.parametrize("second", ["In Konotop, a drone hit a house.", "A drone hit a car, killing the driver."])
def test_a_follow_up_in_another_town_or_with_its_own_toll_is_another_strike(second):
    got = extract("Russian drones attacked Sumy overnight, injuring three people. " + second, published=DAY)
    assert [(i.settlement, i.injured) for i in got][0] == ("Sumy", 3) and len(got) == 2


@pytest.mark.parametrize("text, language, place", [
    ("У Сумах дрон влучив у будинок.", "uk", "Суми"),  # no і/ї/є: the words tell it is Ukrainian
    ("В Курске дрон попал в дом.", "ru", "Курск"),
])
def test_a_short_report_without_telltale_letters_is_read_in_its_language(text, language, place):
    from geo.extract.language import detect

    assert detect(text) == language
    assert [(i.settlement, i.count) for i in extract(text, published=DAY)] == [(place, 1)]


def test_destroyed_over_a_region_is_downed_not_a_strike():
    text = ("Air defence forces intercepted 40 drones. "
            "Of them, 30 were over the Kursk region and 10 were destroyed over the Bryansk region.")
    assert facts(text) == [("interception", "RU-KRS", None, 30, None), ("interception", "RU-BRY", None, 10, None)]
