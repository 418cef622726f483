"""Towns and districts listed together as downing places (district_lists.py, settlements.list_items),
checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 7, 3)


def rows(text: str) -> list[tuple]:
    return sorted(figure_rows(text, "ru", DAY), key=lambda r: (r[0], r[2] or ""))


def test_towns_then_districts_are_each_town_and_one_incident_for_the_districts():
    text = ("Губернатор Юрий Слюсарь сообщил, что этой ночью средства ПВО сбили беспилотники над Азовом, "
            "Таганрогом, Неклиновским и Матвеево-Курганским районами. Никто не пострадал.")
    assert rows(text) == [("interception", "RU-ROS", None, None, 0, 0), ("interception", "RU-ROS", "Азов", None, 0, 0),
                          ("interception", "RU-ROS", "Таганрог", None, 0, 0)]


def test_a_district_then_a_town_is_the_town_and_the_district():
    text = "Минувшей ночью в Ростовской области уничтожены БПЛА в Октябрьском районе и г. Шахтах."
    assert rows(text) == [("interception", "RU-ROS", None, None, None, None),
                          ("interception", "RU-ROS", "Шахты", None, None, None)]


def test_districts_alone_are_no_settlements():
    text = "Днем над Людиновским, Кировским и Спас-Деменским районами Калужской области перехвачены шесть дронов."
    assert rows(text) == [("interception", "RU-KLU", None, 6, None, None)]


def test_a_village_inside_its_district_stays_one_incident():
    text = "В Шебекинском округе в селе Новая Таволжанка беспилотник атаковал легковой автомобиль, ранен водитель."
    assert rows(text) == [("strike", "RU-BEL", "Новая Таволжанка", 1, None, 1)]


def test_a_list_of_towns_where_drones_were_downed_is_one_interception_per_town():
    text = "Утром беспилотники были сбиты над Лисками, Россошью и Бобровом Воронежской области."
    assert [r[2] for r in rows(text)] == ["Бобров", "Лиски", "Россошь"]


def test_a_figure_for_the_whole_list_stays_one_incident_of_the_region():
    text = "Этой ночью над Лисками, Бобровом и Россошанским районом Воронежской области сбиты девять беспилотников."
    assert rows(text) == [("interception", "RU-VOR", None, 9, None, None)]


def test_debris_fallen_on_a_list_of_villages_is_no_list_of_downing_places():
    text = "Над Курской областью ночью сбиты беспилотники. Обломки упали в селах Ивановское и Жеденовка, повреждены сараи."
    assert [(r[0], r[2]) for r in rows(text)] == [("interception", None)]


def test_districts_then_a_town_after_as_well():
    text = ("Вечером силы ПВО предотвратили атаку беспилотников на Ростовскую область: дроны уничтожили в "
            "Тарасовском и Боковском районах, а также в Новошахтинске. Пострадавших нет.")
    assert rows(text) == [("interception", "RU-ROS", None, None, 0, 0),
                          ("interception", "RU-ROS", "Новошахтинск", None, 0, 0)]


def test_three_districts_then_bare_towns_are_each_town_and_the_districts():
    text = "Вечером беспилотники сбиты в Зерноградском, Сальском и Целинском районах, Батайске и Азове."
    assert rows(text) == [("interception", "RU-ROS", None, None, None, None),
                          ("interception", "RU-ROS", "Азов", None, None, None),
                          ("interception", "RU-ROS", "Батайск", None, None, None)]


def test_a_district_with_its_kind_word_inside_the_list_keeps_the_list():
    text = "Вечером беспилотники сбиты в Зерноградском, Сальском городском, Целинском районах, Батайске и Азове."
    assert [r[2] for r in rows(text)] == [None, "Азов", "Батайск"]


def test_abbreviated_settlement_words_keep_a_list_of_struck_villages():
    text = "Днем дроны атаковали с. Кагальник, д. Круглое и х. Займо-Обрыв Ростовской области, повреждены дома."
    assert [r[2] for r in rows(text)] == ["Займо-Обрыв", "Кагальник", "Круглое"]


def test_abbreviated_settlement_words_in_ukrainian():
    text = "Вдень дрони атакували с. Зарічне, с. Лісове та смт Березне на Сумщині, пошкоджено будинки."
    assert sorted(r[2] for r in figure_rows(text, "uk", DAY)) == ["Березне", "Зарічне", "Лісове"]


def test_fragments_fallen_in_a_list_of_villages_after_an_unplaced_downing_are_one_interception_each():
    text = ("Несколько беспилотников сбили сегодня в Заречном округе Подмосковья. Спасатели работают на месте "
            "падения фрагментов в с. Горки, д. Ясенево, д. Лесное. Пострадавших нет.")
    assert rows(text) == [("interception", "RU-MOS", "Горки", None, 0, 0),
                          ("interception", "RU-MOS", "Лесное", None, 0, 0),
                          ("interception", "RU-MOS", "Ясенево", None, 0, 0)]


def test_bracketed_villages_bare_or_with_a_two_word_name_are_each_a_strike():
    text = ("Вдень дрони атакували Харківщину. У Чугуївському районі пошкоджено склад (Нова Водолага), "
            "автомобіль (с. Великий Бурлук), гараж (с. Коробочкине), сарай (ДСНС).")
    assert sorted(r[2] for r in figure_rows(text, "uk", DAY)) == ["Великий Бурлук", "Коробочкине", "Нова Водолага"]


def test_a_ukrainian_community_listed_beside_a_town_is_an_incident_of_its_own():
    text = "Вдень російські дрони атакували Краснопільську, Миропільську громади та місто Суми."
    assert sorted((r[1], r[2] or "") for r in figure_rows(text, "uk", DAY)) == [("UA-59", ""), ("UA-59", "Суми")]


def test_a_village_named_with_its_community_in_the_genitive_is_one_incident():
    text = "Вдень на Сумщині дрон атакував с. Миропілля Краснопільської громади, пошкоджено будинок."
    assert [(r[1], r[2]) for r in figure_rows(text, "uk", DAY)] == [("UA-59", "Миропілля")]


def test_an_english_district_listed_before_a_town_is_an_incident_of_its_own():
    text = "Drones were downed over the Rossoshansky district and the town of Liski, the governor of the Voronezh region said."
    assert sorted((r[1], r[2] or "") for r in figure_rows(text, "en", DAY)) == [("RU-VOR", ""), ("RU-VOR", "Liski")]


def test_an_english_district_named_with_its_oblast_governor_is_no_list():
    text = "A drone hit a house in the Shostka district, Sumy Oblast Governor said."
    assert [(r[1], r[2]) for r in figure_rows(text, "en", DAY)] == [("UA-59", None)]
