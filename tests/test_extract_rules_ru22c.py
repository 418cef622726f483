"""Russian phrasings seen on the third fresh batch of session 22 (city microdistricts, a fall told before
its shoot-down), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=DAY, language="ru")]


def test_a_microdistrict_is_no_settlement():
    text = ("Ночью над Курской областью сбиты два беспилотника, "
            "их обломки упали на крышу дома в микрорайоне Сосновый.")
    assert all(r[2] is None for r in rows(text))


def test_a_fall_told_before_its_shoot_down_is_one_interception():
    text = ("В Чертковском районе Ростовской области при падении беспилотника повреждена крыша сарая. "
            "По словам губернатора, ПВО сбили БПЛА над этим районом. Никто не пострадал.")
    assert rows(text) == [("interception", "RU-ROS", None, 1, 0, 0)]


def test_a_fall_and_a_later_larger_shoot_down_stay_apart():
    text = ("В Брянской области беспилотник упал на поле у фермы. "
            "Позже над Брянской областью сбиты пять БПЛА.")
    kinds = {(r[0], r[3]) for r in rows(text)}
    assert ("interception", 5) in kinds and ("strike", 1) in kinds


def test_one_of_the_drones_at_a_town_counts_one_there():
    text = "В Курской области ночью упали два беспилотника, один из них — на крышу дома в Рыльске."
    assert ("strike", "RU-KRS", "Рыльск", 1, None, None) in rows(text)
    assert not [r for r in rows(text) if r[2] == "Рыльск" and r[3] == 2]


def test_drones_sent_at_a_city_are_an_attack_on_it():
    text = "Вечером противник направил свыше 15 ударных беспилотников на Брянск."
    assert [(r[0], r[1], r[3]) for r in rows(text)] == [("strike", "RU-BRY", 15)]


def test_remains_of_one_unmanned_aerial_vehicle_count_one():
    text = "Остатки сбитого беспилотного летательного аппарата повредили забор частного дома в Липецке."
    assert [(r[0], r[2], r[3]) for r in rows(text)] == [("interception", "Липецк", 1)]


def test_a_strike_told_before_others_told_as_another_stays_its_own():
    text = ("В Шебекинском округе Белгородской области FPV-дрон атаковал легковой автомобиль, ранен водитель. "
            "Ещё один беспилотник ударил по автомобилю в Новой Таволжанке.")
    got = rows(text)
    assert ("strike", "RU-BEL", None, 1, None, 1) in got
    assert [r for r in got if r[2] == "Новая Таволжанка" and r[5] is None]
