"""Counts when the verb comes before its drone ("на ангар рухнул дрон"), and the verb "рухнул" itself."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 9, 14)


@pytest.mark.parametrize(("text", "lang", "kind", "region", "count"), [
    ("На ангар в Брянской области рухнул беспилотник.", "ru", "strike", "RU-BRY", 1),
    ("По котельной в Орловской области ударил ударный БПЛА.", "ru", "strike", "RU-ORL", 1),
    ("На гараж в Тульской области упал шахед.", "ru", "strike", "RU-TUL", 1),
    ("Три дрона рухнули на ферму в Брянской области.", "ru", "strike", "RU-BRY", 3),
    ("На ферму в Брянской области рухнула пара дронов.", "ru", "strike", "RU-BRY", 2),
    ("Дроны рухнули на ферму в Брянской области.", "ru", "strike", "RU-BRY", None),
    ("Над Орловской областью сбит шахед.", "ru", "interception", "RU-ORL", 1),
    ("По элеватору в Полтавській області вдарив безпілотник.", "uk", "strike", "UA-53", 1),
    ("Ангар у Полтавській області уразив ударний БпЛА.", "uk", "strike", "UA-53", 1),
    ("На ангар у Полтавській області впав дрон.", "uk", "strike", "UA-53", 1),
])
def test_count_of_verb_first_drone(text: str, lang: str, kind: str, region: str, count: int | None) -> None:
    found = [(i.event_type, i.count) for i in extract(text, DAY, language=lang) if i.region == region]
    assert found[:1] == [(kind, count)]


def test_plural_verb_first_keeps_no_count() -> None:
    """Plural verb and noun: no number is told, so no count."""
    found = extract("По элеватору в Полтавській області вдарили безпілотники.", DAY, language="uk")
    assert [(i.region, i.count) for i in found] == [("UA-53", None)]


@pytest.mark.parametrize(("text", "lang", "region", "count"), [
    ("Из 20 беспилотников над Брянской областью сбиты 17.", "ru", "RU-BRY", 17),
    ("Із 35 шахедів над Полтавщиною збито 31.", "uk", "UA-53", 31),
])
def test_total_first_then_part_downed(text: str, lang: str, region: str, count: int) -> None:
    """"из 20 ... сбиты 17": the downed part, not the total."""
    found = [(i.event_type, i.count) for i in extract(text, DAY, language=lang) if i.region == region]
    assert found[:1] == [("interception", count)]


@pytest.mark.parametrize(("text", "lang", "region"), [
    ("Дроны атаковали четыре села в Орловской области.", "ru", "RU-ORL"),
    ("Беспилотники атаковали 6 населённых пунктов в Брянской области.", "ru", "RU-BRY"),
    ("Дрони атакували чотири села в Полтавській області.", "uk", "UA-53"),
    ("Безпілотники атакували дві громади в Полтавській області.", "uk", "UA-53"),
])
def test_number_of_places_is_no_count(text: str, lang: str, region: str) -> None:
    """How many villages were hit says nothing of how many drones."""
    found = [(i.event_type, i.count) for i in extract(text, DAY, language=lang) if i.region == region]
    assert found[:1] == [("strike", None)]


@pytest.mark.parametrize(("text", "lang", "region", "count"), [
    ("Дрон поразил ангар в Орловской области. Ещё один попал в котельную.", "ru", "RU-ORL", 2),
    ("Три дрона атаковали ферму в Брянской области, а потом ещё один врезался в сарай.", "ru", "RU-BRY", 4),
    ("Дрон уразив ангар у Полтавській області. Ще один влучив у котельню.", "uk", "UA-53", 2),
])
def test_one_more_without_its_noun_adds_up(text: str, lang: str, region: str, count: int) -> None:
    """"Ещё один попал в ...": one more drone, told without the noun, adds to the count before it."""
    found = [(i.event_type, i.count) for i in extract(text, DAY, language=lang) if i.region == region]
    assert found[:1] == [("strike", count)]


def test_one_more_person_adds_no_drone() -> None:
    found = extract("Дрон поразил ангар в Орловской области. Ещё один пострадавший доставлен в больницу.", DAY,
                    language="ru")
    assert [(i.region, i.count) for i in found] == [("RU-ORL", 1)]


def test_region_after_preposition_before_attacked_is_the_place() -> None:
    """"Ангар в Орловской области атаковал дрон": the region is where, not who attacked."""
    found = extract("Ангар в Орловской области атаковал дрон.", DAY, language="ru")
    assert [(i.event_type, i.region, i.count) for i in found] == [("strike", "RU-ORL", 1)]


def test_destroyed_pair_is_downed() -> None:
    """"уничтожена пара дронов": the pair was downed (as "уничтожены два дрона"), not a strike."""
    found = extract("Над Тульской областью уничтожена пара дронов.", DAY, language="ru")
    assert [(i.event_type, i.region, i.count) for i in found] == [("interception", "RU-TUL", 2)]


def test_destroyed_pair_is_downed_uk() -> None:
    found = extract("Над Полтавською областю знищено пару дронів.", DAY, language="uk")
    assert [(i.event_type, i.region, i.count) for i in found] == [("interception", "UA-53", 2)]
