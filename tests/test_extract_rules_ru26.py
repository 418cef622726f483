"""Rules of session 26 on Russian reports, each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 6, 9)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "ru", DAY)


def test_glued_sentence_before_a_one_letter_word_ends_there():
    # the strike in the next (glued) sentence does not make the downing list a strike
    text = ("Военные перехватили 12 беспилотников. Из них девять сбиты над Липецкой областью и три над Тамбовской "
            "областью.В результате атаки беспилотников в Липецке загорелся склад.")
    assert rows(text) == [("interception", "RU-LIP", None, 9, None, None),
                          ("interception", "RU-TAM", None, 3, None, None),
                          ("strike", "RU-LIP", "Липецк", None, None, None)]


def test_downed_in_a_region_with_its_figure_in_brackets_and_the_next_region_word_left_out():
    text = "Больше всего дронов ликвидировали в Курской области (31) и Орловской (12). Остальные сбиты над морем."
    assert rows(text)[:2] == [("interception", "RU-KRS", None, 31, None, None),
                              ("interception", "RU-ORL", None, 12, None, None)]


def test_part_of_the_total_downed_in_each_region():
    text = ("Военные за ночь сбили 30 беспилотников. По данным ведомства, 21 из них сбили в Тульской области, "
            "семь — в Рязанской, по одному — в Липецкой области и в Московском регионе.")
    assert rows(text) == [("interception", "RU-TUL", None, 21, None, None),
                          ("interception", "RU-RYA", None, 7, None, None),
                          ("interception", "RU-LIP", None, 1, None, None),
                          ("interception", "RU-MOS", None, 1, None, None)]


def test_drone_destroyed_in_an_unnamed_district_is_downed():
    text = "Вражеский беспилотник уничтожили в одном из районов Курской области. Разрушений нет."
    assert rows(text)[0][:4] == ("interception", "RU-KRS", None, 1)


def test_all_the_drones_downed_restates_the_regions_before():
    text = ("По три дрона сбиты над Тверской и Ярославской областями. Все беспилотники уничтожены средствами ПВО, "
            "добавили в министерстве.")
    assert rows(text) == [("interception", "RU-TVE", None, 3, None, None),
                          ("interception", "RU-YAR", None, 3, None, None)]
    text = ("Расчеты ПВО перехватили дроны над Калужской и Смоленской областями. Утром над двумя регионами заметили "
            "беспилотники. Их сбили дежурные расчеты.")
    assert [r[:2] for r in rows(text)] == [("interception", "RU-KLU"), ("interception", "RU-SMO")]


def test_the_second_victim_and_a_person_with_a_bruise_are_injured():
    text = "На дороге Суджа — Обоянь дрон атаковал два автомобиля. Один водитель погиб, второй получил контузию."
    assert rows(text)[0][3:] == (1, 1, 1)
    text = "Над Тамбовской областью сбиты три беспилотника. Один человек получил ушиб от падения обломков."
    assert rows(text) == [("interception", "RU-TAM", None, 3, None, 1)]
    text = "Над Тамбовской областью сбит беспилотник. Пожилая женщина получила ушибы."
    assert rows(text) == [("interception", "RU-TAM", None, 1, None, 1)]


def test_a_title_under_the_page_date_line_sums_up_the_body():
    text = ("3 июня 2025, 11:40\n\n"
            "Гладков: дрон ранил водителя под Белгородом\n\n"
            "В селе Стрелецкое беспилотник атаковал легковой автомобиль. Водитель получил ранения.")
    assert rows(text) == [("strike", "RU-BEL", "Стрелецкое", 1, None, 1)]


def test_the_fall_of_a_ukrainian_uav_abbreviation_is_one_drone():
    text = "В селе Тёткино Курской области при падении украинского БПЛА на гараж ранен мужчина."
    assert rows(text) == [("strike", "RU-KRS", "Тёткино", 1, None, 1)]
    # the plural adjective leaves the number unsaid
    text = "В селе Тёткино Курской области при падении украинских БПЛА на гараж ранен мужчина."
    assert rows(text) == [("strike", "RU-KRS", "Тёткино", None, None, 1)]


def test_the_word_town_opening_a_sentence_is_no_settlement():
    text = "Беспилотник ударил по школе в Горловке, ранен сторож. Город подвергся налету дронов утром."
    assert [r[:3] for r in rows(text)] == [("strike", "UA-14", "Горловка")]


def test_a_warhead_blast_and_a_man_who_came_to_hospital_himself():
    text = "В городе Грайворон женщина получила контузию от взрыва боевой части украинского беспилотника."
    assert rows(text) == [("strike", "RU-BEL", "Грайворон", 1, None, 1)]
    text = "В районную больницу обратился мужчина, получивший ранение при взрыве дрона в городе Грайворон."
    assert rows(text) == [("strike", "RU-BEL", "Грайворон", 1, None, 1)]


def test_damage_in_a_listed_downing_town_after_a_repelled_attack_is_that_towns_incident():
    text = ("Ночью в Воронежской области отразили атаку беспилотников, сообщил губернатор. Дроны сбили в Лисках, "
            "Россоши и Павловске. В результате атаки БПЛА в Россоши на заводе вспыхнул пожар. По предварительным "
            "данным, никто не пострадал.")
    assert rows(text) == [("interception", "RU-VOR", None, None, 0, 0),
                          ("interception", "RU-VOR", "Лиски", None, 0, 0),
                          ("interception", "RU-VOR", "Россошь", None, 0, 0),
                          ("interception", "RU-VOR", "Павловск", None, 0, 0)]


def test_a_car_destroyed_by_repeated_drone_attacks_is_no_downing():
    text = "В городе Грайворон дрон атаковал грузовик, ранен водитель. После повторных атак дронов грузовик был уничтожен."
    assert [r[0] for r in rows(text)] == ["strike"]
    # the drones themselves destroyed stay a downing
    text = "Над Грайвороном три дрона были уничтожены средствами ПВО."
    assert [r[:4] for r in rows(text)] == [("interception", "RU-BEL", "Грайворон", 3)]


def test_a_law_on_the_right_to_down_drones_is_no_event():
    assert rows("Сенаторы одобрили закон о праве полиции сбивать дроны над тюрьмами.") == []
    assert rows("Над тюрьмой в Курске полиция сбила дрон.")[0][:2] == ("interception", "RU-KRS")


def test_a_drone_that_killed_a_resident_tells_the_toll():
    assert rows("Дрон убил мужчину в селе Безымено Белгородской области.") == [
        ("strike", "RU-BEL", "Безымено", 1, 1, None)]
    assert rows("Дрон убил двух жителей села Безымено Белгородской области.") == [
        ("strike", "RU-BEL", "Безымено", 1, 2, None)]


def test_an_earlier_strike_told_after_the_villages_is_not_more_of_the_last_one():
    text = ("Белгородская область снова подверглась атаке беспилотников. В Шебекине и Новой Таволжанке дроны "
            "повредили дома и машины. Ранее губернатор написал, что FPV-дрон убил пенсионера на окраине.")
    # (its one drone is no count of the last village's strike)
    assert rows(text) == [("strike", "RU-BEL", "Шебекино", None, None, None),
                          ("strike", "RU-BEL", "Новая Таволжанка", None, None, None)]


def test_no_casualties_of_the_attack_reach_the_debris_town_told_next():
    text = ("Над Севастополем ночью уничтожены шесть беспилотников, сообщил губернатор. Пострадавших нет.\n\n"
            "В поселке Орловка обломки дрона повредили крышу частного дома.")
    assert rows(text) == [("interception", "UA-40", "Севастополь", 6, 0, 0),
                          ("interception", "UA-40", "Орловка", 1, 0, 0)]
