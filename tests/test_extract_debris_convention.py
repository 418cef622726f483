"""The debris convention of the gold (one incident per type, region, settlement and day): a region's count of
drones downed and the debris damage in a named town of it are two interceptions; one stays one when the count is
the town's own or the region is one city (geo/extract/debris_places.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 9, 1)


def rows(text: str) -> list[tuple]:
    return sorted(((i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
                   for i in extract(text, published=DAY)), key=str)


@pytest.mark.parametrize("text, region, count, town, injured", [
    ("Air defence units destroyed twelve drones over the Bryansk region overnight. In the town of Klintsy, debris "
     "damaged a shop and two cars; one woman was injured.", "RU-BRY", 12, "Klintsy", 1),
    ("Над Орловской областью ночью сбиты восемь беспилотников. В Мценске обломки повредили крышу гаража. "
     "Пострадавших нет.", "RU-ORL", 8, "Мценск", 0),
    ("Уночі над Київщиною знищено 20 ворожих БпЛА. У Броварах уламки пошкодили приватний будинок.",
     "UA-32", 20, "Бровари", None),
    # (the oblast named after its capital is not the capital named: "над Миколаївщиною")
    ("Вночі над Миколаївщиною збито 9 шахедів. У Миколаєві уламки пошкодили приватний будинок.",
     "UA-48", 9, "Миколаїв", None),
])
def test_the_regions_count_and_the_towns_debris_are_two_interceptions(text, region, count, town, injured):
    found = {i.settlement: i for i in extract(text, published=DAY)}
    assert set(found) == {None, town}
    assert (found[None].event_type, found[None].region, found[None].count) == ("interception", region, count)
    place = found[town]
    assert (place.event_type, place.region, place.count, place.injured) == ("interception", region, None, injured)
    assert place.target is not None and found[None].target is None  # the damage is the town's


def test_each_town_with_debris_is_its_own_interception():
    text = ("Вночі над Полтавщиною сили ППО збили 11 шахедів. У Кременчуці уламки пошкодили склад. "
            "У Лубнах уламки впали на подвір'я, постраждалих немає.")
    assert rows(text) == [("interception", "UA-53", "Кременчук", None, None, None),
                          ("interception", "UA-53", "Лубни", None, 0, 0),
                          ("interception", "UA-53", None, 11, None, None)]


def test_the_one_drone_downed_is_the_one_whose_debris_fell_on_the_village():
    text = "Air defence shot down one drone over the Kursk region. Its debris damaged a roof in the village of Glushkovo."
    assert rows(text) == [("interception", "RU-KRS", "Glushkovo", 1, None, None)]


def test_a_region_that_is_one_city_keeps_its_count_with_the_debris():
    text = "Уночі сили ППО знищили 15 ворожих дронів над Києвом. У Дарницькому районі уламки пошкодили автомобіль."
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.count, inc.target) == ("UA-30", "Київ", 15, "car")


def test_drones_counted_on_approach_to_the_town_are_the_towns():
    text = ("Debris of a downed UAV damaged the roof of a shop in Kursk overnight, the governor said. Earlier he reported "
            "that air defence had downed two drones on approach to Kursk.")
    assert rows(text) == [("interception", "RU-KRS", "Kursk", 2, None, None)]


def test_the_count_after_an_attack_on_the_town_is_the_towns_unless_told_of_the_region():
    opening = ("Губернатор Ростовской области сообщил, что ночью отражена атака беспилотников на Новочеркасск. "
               "Обломки повредили кровлю склада. ")
    assert rows(opening + "Уничтожены пять БПЛА.") == [("interception", "RU-ROS", "Новочеркасск", 5, None, None)]
    assert rows(opening + "Всего над областью уничтожены пять БПЛА.") == [
        ("interception", "RU-ROS", "Новочеркасск", None, None, None), ("interception", "RU-ROS", None, 5, None, None)]


@pytest.mark.parametrize("text, target", [
    ("В селе Ивановка Курской области упавшие обломки БПЛА посекли автомобиль.", "car"),
    ("Обломки беспилотника вызвали возгорание склада в Тверской области, никто не пострадал.",
     "warehouse"),
])
def test_russian_debris_that_cut_up_or_set_fire_to_something_is_read(text, target):
    [inc] = extract(text, published=DAY)
    assert (inc.event_type, inc.target) == ("interception", target)


def test_fall_of_one_of_several_downed_is_their_interception() -> None:
    """The fall of one drone, told with no town right after several were downed in its region, is their debris."""
    got = rows("Вечером над Белгородской областью средствами ПВО сбиты четыре беспилотника. В результате падения "
               "дрона в одном из сёл Шебекинского округа повреждены крыша сарая и легковой автомобиль. Никто не пострадал.")
    assert got == [("interception", "RU-BEL", None, 4, 0, 0)]


def test_another_drone_after_several_downed_stays_a_strike() -> None:
    got = rows("Вечером над Белгородской областью средствами ПВО сбиты четыре беспилотника. Ещё один дрон атаковал "
               "автомобиль в Шебекино.")
    assert [g[0] for g in got] == ["interception", "strike"]
