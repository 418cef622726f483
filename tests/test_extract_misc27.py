"""Session 27 (misc27): event typing across sentences. Sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract


def rows(text: str) -> list[tuple]:
    return [(r.event_type, r.region) for r in extract(text)]


@pytest.mark.parametrize("second", [
    "The drone assault continued in the northern Sumy region, causing injuries and damage to homes.",
    "This raid then spread to the Sumy region, where a school was damaged.",
])
def test_attack_carried_into_a_new_region_is_its_strike(second: str) -> None:
    """The attack told before, carried on into another region, is a strike of that region."""
    text = "Russian drones struck the Poltava region overnight, injuring four people. " + second
    assert rows(text) == [("strike", "UA-53"), ("strike", "UA-59")]


def test_attack_continuing_in_the_same_region_adds_nothing() -> None:
    text = ("Russian drones struck the Poltava region overnight, injuring four people. The drone attack continued "
            "in the Poltava region until dawn.")
    assert rows(text) == [("strike", "UA-53")]


PUBLISHED = dt.date(2025, 6, 10)


def dated(text: str) -> list[tuple]:
    return [(r.settlement, r.date, r.injured) for r in extract(text, published=PUBLISHED)]


def test_restatement_a_day_apart_is_the_same_strike() -> None:
    """The same town, damage and victims told again with "yesterday's attack": one strike, the first day."""
    text = ("Сьогодні вночі ворожий дрон влучив у склад у Кременчуці, поранено двох працівників. Нагадаємо, "
            "вчорашня атака дрона на Кременчук пошкодила склад, поранено двох працівників.")
    assert dated(text) == [("Кременчук", "2025-06-10", 2)]


def test_other_victims_a_day_apart_stay_two_strikes() -> None:
    text = ("Сьогодні вночі ворожий дрон влучив у склад у Кременчуці, поранено двох працівників. Вчора ввечері "
            "інший дрон пошкодив склад у Кременчуці, поранено п'ятьох людей.")
    assert len(dated(text)) == 2


@pytest.mark.parametrize(("text", "city"), [
    ("Russian drones attacked Zaporizhzhia overnight, the governor said. Blasts were heard across the city. Local "
     "officials said a drone hit a high-rise building in the Shevchenkivskyi district, injuring three residents.",
     "Zaporizhzhia"),
    ("Вночі дрони атакували Полтаву. Вибухи лунали по всьому місту. У Київському районі пошкоджено "
     "багатоповерхівку, поранено трьох людей.", "Полтава"),
])
def test_district_name_several_capitals_share_is_each_ones(text: str, city: str) -> None:
    """A city district named alone whose name another capital's district also bears is in its own region's capital."""
    assert [(r.settlement, r.injured) for r in extract(text)] == [(city, 3)]


@pytest.mark.parametrize("text", [
    "Overnight the enemy attacked Ukraine with attack drones from Cape Chauda (Crimea). Air defence destroyed 25 of them.",
    "From 10 p.m. to 4 a.m. the enemy attacked Ukraine with two groups of strike UAVs from Cape Chauda - Crimea "
    "and from Kursk. Air defence destroyed 25 of them.",
])
def test_where_the_weapons_came_from_is_no_place_hit(text: str) -> None:
    """"attacked the country with drones from X": X is where they were launched, neither hit nor a downing place."""
    assert [(r.event_type, r.region, r.count) for r in extract(text)] == [("interception", None, 25)]


def test_earlier_smaller_total_of_the_same_town_is_no_incident() -> None:
    """"Earlier the governor told of two downed over X" after six downed over X: the running total's first figure."""
    text = ("Утром над Брянском средства ПВО сбили шесть беспилотников. Пострадавших нет. Ранее губернатор сообщал "
            "о двух сбитых над Брянском дронах.")
    assert [(r.event_type, r.settlement, r.count) for r in extract(text)] == [("interception", "Брянск", 6)]


def test_earlier_strike_in_the_same_town_stays() -> None:
    text = "Утром над Брянском средства ПВО сбили шесть беспилотников. Ранее дрон атаковал склад в Брянске."
    assert [r.event_type for r in extract(text)] == ["interception", "strike"]
