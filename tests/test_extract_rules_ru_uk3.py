"""Casualties and counts as Russian and Ukrainian reports state them (victims over several sentences,
totals that grow, ages and roles), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 3, 10)


def tolls(text: str, language: str) -> list[tuple]:
    return [(i.region, i.settlement, i.count, i.count_qualifier, i.killed, i.injured)
            for i in extract(text, published=DAY, language=language)]


def test_uk_one_killed_and_n_more_wounded_without_a_person_noun():
    text = "Вночі дрон атакував село Петрівка на Харківщині. Внаслідок удару загинула жінка, ще 2 отримали поранення."
    assert tolls(text, "uk") == [("UA-63", "Петрівка", 1, "exact", 1, 2)]


def test_uk_toll_named_first_then_its_number_in_dozens():
    text = "Вранці ворожий дрон влучив у будинок у Сумах. Постраждалих – близько двох десятків."
    assert tolls(text, "uk") == [("UA-59", "Суми", 1, "exact", None, 20)]


def test_uk_count_of_injured_rose_to():
    text = "Вранці ворожий дрон влучив у будинок у Сумах. Кількість постраждалих зросла до п'яти."
    assert tolls(text, "uk") == [("UA-59", "Суми", 1, "exact", None, 5)]


def test_uk_ages_in_years_list_the_victims():
    text = "Вранці ворожий дрон влучив у будинок у Сумах. Поранено чоловіка 45 років та жінку 62 років."
    assert tolls(text, "uk") == [("UA-59", "Суми", 1, "exact", None, 2)]


def test_uk_mortally_wounded_is_killed():
    text = "Вранці ворожий дрон влучив у будинок у Сумах. Смертельно поранений 50-річний чоловік."
    assert tolls(text, "uk") == [("UA-59", "Суми", 1, "exact", 1, None)]


def test_uk_role_far_from_was_wounded():
    text = "Вранці ворожий дрон влучив у будинок у Сумах. Голова сільської військової адміністрації був поранений."
    assert tolls(text, "uk") == [("UA-59", "Суми", 1, "exact", None, 1)]


def test_uk_n_strikes_by_drones_count_the_drones():
    text = "Упродовж години окупанти завдали більш як десять ударів дронами FPV по селу Петрівка на Харківщині."
    assert tolls(text, "uk") == [("UA-63", "Петрівка", 10, "at_least", None, None)]


def test_ru_one_killed_and_n_more_wounded_without_a_person_noun():
    text = "Ночью беспилотник атаковал село Ивановка Курской области. В результате удара погибла женщина, еще 2 получили ранения."
    assert tolls(text, "ru") == [("RU-KRS", "Ивановка", 1, "exact", 1, 2)]


def test_ru_toll_named_first_then_its_number_in_dozens():
    text = "Утром дрон ударил по дому в Белгороде. Пострадавших – около двух десятков."
    assert tolls(text, "ru") == [("RU-BEL", "Белгород", 1, "exact", None, 20)]


def test_ru_number_of_injured_rose_to():
    text = "Утром дрон ударил по дому в Белгороде. Число пострадавших выросло до пяти."
    assert tolls(text, "ru") == [("RU-BEL", "Белгород", 1, "exact", None, 5)]


def test_ru_ages_in_years_list_the_victims_not_a_number_of_victims():
    text = "Утром дрон ударил по дому в Белгороде. Ранены мужчина 45 лет и женщина 62 лет."
    assert tolls(text, "ru") == [("RU-BEL", "Белгород", 1, "exact", None, 2)]


def test_ru_mortally_wounded_is_killed():
    text = "Утром дрон ударил по дому в Белгороде. Смертельно ранен 50-летний мужчина."
    assert tolls(text, "ru") == [("RU-BEL", "Белгород", 1, "exact", 1, None)]


def test_ru_role_far_from_was_wounded():
    text = "Утром дрон ударил по дому в Белгороде. Глава сельской территориальной администрации был ранен."
    assert tolls(text, "ru") == [("RU-BEL", "Белгород", 1, "exact", None, 1)]


def test_ru_n_strikes_by_drones_count_the_drones():
    text = "За час ВСУ нанесли более десяти ударов FPV-дронами по селу Ивановка Курской области."
    assert tolls(text, "ru") == [("RU-KRS", "Ивановка", 10, "at_least", None, None)]


def test_ru_victim_in_a_later_quote_outweighs_one_unhurt():
    text = ("Беспилотник атаковал легковой автомобиль в селе Ивановка Курской области. Об этом сообщил "
            "губернатор.\nВ машине были два человека.\n«В результате атаки погиб 30-летний пассажир, житель "
            "района. Водитель не пострадал», – написал он.")
    assert tolls(text, "ru") == [("RU-KRS", "Ивановка", 1, "exact", 1, 0)]


def test_uk_a_new_total_replaces_the_toll_told_before():
    text = "Вранці ворожий дрон влучив у будинок у Сумах. Поранено двох людей. Кількість постраждалих зросла до п'яти."
    assert tolls(text, "uk") == [("UA-59", "Суми", 1, "exact", None, 5)]


def test_ru_a_new_total_replaces_the_toll_told_before():
    text = "Утром дрон ударил по дому в Белгороде. Погибли два человека. Позже число погибших возросло до трех."
    assert tolls(text, "ru") == [("RU-BEL", "Белгород", 1, "exact", 3, None)]


def test_uk_one_more_victim_adds_to_the_toll_told_before():
    text = "Вранці ворожий дрон влучив у будинок у Сумах. Поранено двох людей. Ще одна жінка отримала травми."
    assert tolls(text, "uk") == [("UA-59", "Суми", 1, "exact", None, 3)]


def test_ru_one_more_victim_elsewhere_does_not_add():
    text = "Утром дрон ударил по дому в Белгороде. Ранены два человека. Еще один мужчина ранен в Шебекино."
    assert tolls(text, "ru")[0][-1] == 2


def test_uk_instrumental_numeral_counts_the_drones():
    text = "Росіяни вдарили по п'ятиповерхівці в Харкові п'ятьма БпЛА."
    assert tolls(text, "uk")[0][2] == 5
