"""Russian phrasings from session 23's round c (one more attack told without its drone word, an attempt
that was made), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=DAY, language="ru")]


def test_one_more_attack_without_a_drone_word_is_a_second_strike_with_no_count():
    text = ("Беспилотник ВСУ ударил по машине в селе Ольховка Брянской области, ранен водитель. "
            "Ещё одна атака случилась в деревне Рябиновка Брянской области. Пострадала пенсионерка.")
    got = rows(text)
    assert ("strike", "RU-BRY", "Ольховка", 1, None, 1) in got
    assert ("strike", "RU-BRY", "Рябиновка", None, None, 1) in got
    assert len(got) == 2


def test_one_more_attack_with_its_drone_keeps_the_drone_count():
    text = ("Беспилотник ВСУ ударил по машине в селе Ольховка Брянской области, ранен водитель. "
            "Ещё одна атака дрона случилась в деревне Рябиновка Брянской области. Пострадала пенсионерка.")
    assert ("strike", "RU-BRY", "Рябиновка", 1, None, 1) in rows(text)


def test_an_attempt_made_is_an_attack_but_an_attempt_intended_is_not():
    made = "Вражеский дрон совершил попытку атаковать нефтебазу в городе Новозыбков Брянской области. Пострадавших нет."
    assert rows(made) == [("strike", "RU-BRY", "Новозыбков", 1, 0, 0)]
    planned = "Противник планировал попытку атаковать нефтебазу в городе Новозыбков Брянской области."
    assert not [r for r in rows(planned) if r[0] == "strike"]


def test_a_count_with_a_colon_list_of_as_many_towns_is_one_drone_in_each():
    text = ("Этой ночью три беспилотника были уничтожены над Тульской областью: в Алексине, "
            "в Ефремове у промзоны и над Узловой.")
    got = rows(text)
    assert sorted(got) == [("interception", "RU-TUL", name, 1, None, None)
                           for name in ("Алексин", "Ефремов", "Узловая")]


def test_a_colon_list_of_fewer_towns_than_drones_keeps_the_region_count():
    text = "Этой ночью пять беспилотников были уничтожены над Тульской областью: в Алексине и в Ефремове."
    assert ("interception", "RU-TUL", None, 5, None, None) in rows(text)


def test_no_victims_said_with_was_not_is_a_toll_of_zero():
    text = "Дрон ВСУ атаковал гараж в селе Ивановка Курской области. В результате атаки не было пострадавших."
    assert [r[4:] for r in rows(text)] == [(0, 0)]


def test_the_long_drone_name_in_the_genitive_is_one_drone():
    text = ("Подросток ранен в результате удара украинского беспилотного летательного аппарата "
            "в деревне Ивановка Курской области.")
    assert rows(text) == [("strike", "RU-KRS", "Ивановка", 1, None, 1)]


def test_a_lead_saying_no_damage_after_the_attack_is_no_strike_beside_the_shoot_down():
    text = ("Повреждений после атаки беспилотника на Липецкую область нет. "
            "Ночью над Липецкой областью уничтожен один вражеский БПЛА.")
    assert rows(text) == [("interception", "RU-LIP", None, 1, None, None)]


def test_wounds_the_victims_died_of_are_no_wounded():
    text = "В селе Ивановка Белгородской области дрон ударил по легковому автомобилю. От полученных ранений двое мужчин скончались."
    assert [r[4:] for r in rows(text)] == [(2, None)]


def test_three_who_went_to_hospital_are_three_injured():
    text = "Дрон атаковал служебный автомобиль в городе Шебекино Белгородской области. В больницу обратились трое бойцов."
    assert [r[4:] for r in rows(text)] == [(None, 3)]


def test_a_death_and_a_wound_in_one_phrase_are_one_killed_one_injured():
    text = "Дрон ударил по дому в селе Ивановка Белгородской области. Сообщили о гибели мужчины и ранении подростка."
    assert [r[4:] for r in rows(text)] == [(1, 1)]


def test_a_strike_told_later_as_also_in_a_district_of_its_own_is_no_summary():
    text = ("Дрон ВСУ атаковал служебную машину в городе Шебекино Белгородской области. "
            "В больницу обратились трое бойцов. Также в Валуйском округе дрон атаковал легковушку. "
            "Водитель получил травмы.")
    got = rows(text)
    assert ("strike", "RU-BEL", "Шебекино", 1, None, 3) in got
    assert ("strike", "RU-BEL", None, 1, None, 1) in got
    assert len(got) == 2


def test_no_victims_told_under_the_title_is_the_toll_of_every_incident_of_the_region():
    text = ("В Рязанской области загорелся склад из-за падения обломков БПЛА\n"
            "По данным губернатора, пострадавших нет. Из-за падения обломков загорелся склад одного предприятия. "
            "Над Рязанской областью ночью сбиты два беспилотника.")
    got = rows(text)
    assert got and all(r[4:] == (0, 0) for r in got)
