"""Rules of the second session-21 round on Russian reports (issue 14), each checked on sentences written for
this file: an older attack told "earlier" is not summed up by the lead, and two named victims after
"ранения получили" are two."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 10, 2)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "ru", DAY)


def test_an_attack_told_as_earlier_with_more_victims_is_not_summed_up_by_the_lead():
    text = ("Дрон ВСУ ударил по грузовику в Шебекинском округе Белгородской области, ранен водитель. "
            "Ранее беспилотник атаковал микроавтобус в селе Зеленая Поляна. Ранения получили мужчина и женщина.")
    got = rows(text)
    assert [(r[0], r[1], r[2]) for r in got] == [("strike", "RU-BEL", None), ("strike", "RU-BEL", "Зеленая Поляна")]
    assert [r[-1] for r in got] == [1, 2]


def test_a_lead_is_still_the_summary_of_the_same_attack_told_again_as_earlier():
    text = ("Беспилотник атаковал дом в Белгородской области, ранены два человека. "
            "Ранее дрон ударил по дому в селе Зеленая Поляна, ранен мужчина.")
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("strike", "RU-BEL", "Зеленая Поляна")]


def test_two_named_victims_after_ranenia_poluchili_are_two_injured():
    for text in ("Дрон ударил по машине в селе Зеленая Поляна Белгородской области. Ранения получили 9-летний мальчик и его мать.",
                 "Дрон ударил по машине в селе Зеленая Поляна Белгородской области. Травмы получили водитель и пассажир."):
        assert rows(text)[0][-1] == 2, text


def test_a_region_lead_with_a_fire_is_the_damage_of_the_debris_placed_next():
    text = ("В Ростовской области в результате атаки беспилотников загорелась нефтебаза. "
            "Пожар начался в хуторе Ленинский из-за падения обломков сбитого дрона. Пострадавших нет.")
    got = rows(text)
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in got] == [("interception", "RU-ROS", "Ленинский", 0, 0)]


def test_a_region_lead_stays_when_the_debris_after_it_did_other_damage():
    text = ("В Ростовской области беспилотник атаковал нефтебазу, начался пожар. "
            "В хуторе Ленинский обломки сбитого дрона повредили частный дом.")
    assert [r[0] for r in rows(text)] == ["strike", "interception"]


def test_sheds_burning_after_a_drone_fell_by_a_house_are_that_strike():
    text = ("Вечером беспилотник упал у жилого дома в селе Зеленая Поляна Курской области, ранены двое. "
            "Из-за падения дрона загорелись сарай и баня.")
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("strike", "RU-KRS", "Зеленая Поляна")]


def test_another_target_told_after_a_village_strike_stays_its_own():
    text = ("Беспилотник ударил по жилому дому в селе Зеленая Поляна Курской области, ранены двое. "
            "Еще один дрон атаковал грузовик, погиб водитель.")
    assert len(rows(text)) == 2


def test_a_total_broken_down_over_a_region_and_a_sea_is_not_the_regions_figure():
    text = "Ночью силы ПВО уничтожили семь БПЛА: четыре над Брянской областью и три над акваторией Азовского моря."
    got = rows(text)
    assert ("interception", "RU-BRY", None, 4, None, None) in got
    assert all(r[3] != 11 and not (r[1] == "RU-BRY" and r[3] == 7) for r in got)


def test_a_sea_in_a_roundup_that_adds_up_is_an_interception_with_no_region():
    text = ("За ночь дежурные средства ПВО перехватили десять беспилотников: шесть над Брянской областью "
            "и четыре над акваторией Черного моря.")
    assert sorted(rows(text), key=str) == sorted([("interception", "RU-BRY", None, 6, None, None),
                                                  ("interception", None, None, 4, None, None)], key=str)
    text = ("За ночь дежурные средства ПВО перехватили восемь беспилотников: четыре над Крымом "
            "и столько же над акваториями Черного и Азовского морей.")
    assert sorted(rows(text), key=str) == sorted([("interception", "UA-43", None, 4, None, None),
                                                  ("interception", None, None, 4, None, None)], key=str)


def test_a_sea_figure_that_does_not_complete_the_total_leaves_it():
    text = "Ночью ПВО перехватили десять беспилотников: шесть над Брянской областью и два над Азовским морем."
    assert ("interception", None, None, 10, None, None) in rows(text)
