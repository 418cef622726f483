"""Russian phrasings seen on a fresh news batch in session 23 (ru23b): Sobyanin's 'беспилотное средство',
a roundup whose last item keeps the plural region word, ...; each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=DAY, language="ru")]


def test_a_drone_called_an_unmanned_means_is_a_drone():
    text = ("Силами ПВО сбито ещё одно беспилотное средство, летевшее к Москве. "
            "До этого ночью были отражены атаки ещё трёх беспилотников, летевших на Москву.")
    got = sorted(rows(text), key=lambda r: r[3])
    assert got == [("interception", None, None, 1, None, None), ("interception", None, None, 3, None, None)]


def test_the_last_item_of_a_roundup_keeps_the_plural_region_word():
    text = ("Военные за сутки сбили 30 беспилотников, из них 15 — над Тверской областью, "
            "10 — над Смоленской, пять — над Псковской областями.")
    assert sorted(rows(text)) == sorted([("interception", "RU-TVE", None, 15, None, None),
                                         ("interception", "RU-SMO", None, 10, None, None),
                                         ("interception", "RU-PSK", None, 5, None, None)])


def test_every_item_elided_before_the_plural_region_word():
    text = "Ночью сбиты 21 беспилотник: 11 — над Тверской, шесть — над Смоленской и четыре — над Псковской областями."
    assert sorted(rows(text)) == sorted([("interception", "RU-TVE", None, 11, None, None),
                                         ("interception", "RU-SMO", None, 6, None, None),
                                         ("interception", "RU-PSK", None, 4, None, None)])


def test_regions_listed_without_figures_after_a_national_total():
    text = ("Минобороны сообщило, что ночью сбиты 25 беспилотников над регионами России. "
            "Дроны уничтожали над Тверской и Псковской областями.")
    assert sorted(rows(text)) == [("interception", "RU-PSK", None, None, None, None),
                                  ("interception", "RU-TVE", None, None, None, None)]


def test_a_sea_in_a_list_without_figures_leaves_each_region_its_incident():
    text = ("Минобороны сообщило, что ночью сбиты 25 беспилотников над регионами России. "
            "Их перехватывали над Тверской и Псковской областями, акваторией Черного моря и Краснодарским краем.")
    assert sorted(rows(text)) == [("interception", "RU-KDA", None, None, None, None),
                                  ("interception", "RU-PSK", None, None, None, None),
                                  ("interception", "RU-TVE", None, None, None, None)]


def test_more_drones_downed_over_districts_are_not_the_towns_debris():
    text = ("Ночью в Клину обломки сбитого беспилотника упали на жилой дом, пострадали двое. "
            "Еще три беспилотника сбили над Рузским и Истринским городскими округами.")
    got = sorted(rows(text), key=lambda r: r[3] or 0)
    assert [(r[1], r[2], r[3]) for r in got] == [("RU-MOS", "Клин", 1), ("RU-MOS", None, 3)]
    assert got[0][5] == 2


def test_a_stopped_attempt_to_attack_is_drones_downed():
    assert rows("Дежурные средства ПВО пресекли попытку противника атаковать Тверскую область пятью беспилотниками.") == [
        ("interception", "RU-TVE", None, 5, None, None)]


def test_an_attack_on_moscow_names_where_the_drones_were_sent_not_where_downed():
    assert rows("Силы ПВО пресекли попытку атаковать Москву четырьмя беспилотниками.") == [
        ("interception", None, None, 4, None, None)]
    text = ("Ночью обломки беспилотника повредили крышу дома в Клину. "
            "Ранее военные отразили атаку беспилотников на Москву.")
    assert [r for r in rows(text) if r[1] == "RU-MOW"] == []


def test_two_people_wounded_with_the_severity_between_wounds_and_verb():
    text = "Дрон атаковал машину в селе Ивановка Рыльского района. Ранения средней степени тяжести получили женщина и мужчина."
    assert [r[5] for r in rows(text)] == [2]


def test_a_victims_home_town_is_the_place_when_no_other_is_named():
    text = "Губернатор Курской области сообщил о гибели жителя Рыльска из-за взрыва беспилотника."
    assert rows(text) == [("strike", "RU-KRS", "Рыльск", 1, 1, None)]


def test_the_home_town_gives_way_to_the_place_named_and_needs_a_victim():
    got = rows("В селе Ивановка Курской области дрон атаковал автомобиль, ранен житель Рыльска.")
    assert [r[2] for r in got] == ["Ивановка"]
    assert all(r[2] is None for r in rows(
        "Ранее жительницу Рыльска осудили за одобрение атаки беспилотников на Курскую область."))


def test_the_fall_of_a_drone_downed_just_before_is_its_damage():
    text = ("Беспилотник подавлен на окраине Курска силами РЭБ. При падении беспилотника произошла детонация. "
            "Падение аппарата вызвало возгорание на складе в Курске.")
    assert rows(text) == [("interception", "RU-KRS", "Курск", 1, None, None)]


def test_another_drone_that_fell_is_not_the_downed_one():
    text = ("Беспилотник подавлен на окраине Курска силами РЭБ. "
            "Ещё один беспилотник упал на склад в Курске.")
    assert len(rows(text)) == 2
