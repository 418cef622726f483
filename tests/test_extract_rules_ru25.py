"""Rules of session 25 on Russian reports, each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract
from geo.extract.clause import Reader
from geo.extract.draft import Draft
from geo.extract.hit_tolls import tolls_to_hits
from geo.extract.lexicon import load_lexicon
from geo.extract.lowering import lower_text
from support.figures import figure_rows

DAY = dt.date(2025, 8, 14)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "ru", DAY)


def test_did_not_survive_is_a_death():
    text = "Над Новороссийском ночью сбиты девять беспилотников. В результате падения обломков не выжил 62-летний водитель."
    assert rows(text) == [("interception", "RU-KDA", "Новороссийск", 9, 1, None)]
    # "не выжил бы" is no death
    text = "Над Новороссийском ночью сбиты девять беспилотников. Без укрытия водитель не выжил бы, сказал мэр."
    assert rows(text) == [("interception", "RU-KDA", "Новороссийск", 9, None, None)]


def test_air_defence_repelling_the_attack_again_is_the_same_interception():
    text = ("В Ейске этой ночью уничтожены 14 беспилотников. Средства ПВО отражали атаку до утра. "
            "Обломками ранена пожилая женщина.")
    assert rows(text) == [("interception", "RU-KDA", "Ейск", 14, None, 1)]


def test_sevastopol_is_the_city_as_well_as_its_region():
    text = "Вечером над Севастополем уничтожены четыре беспилотника, обломки повредили гараж."
    assert rows(text) == [("interception", "UA-40", "Севастополь", 4, None, None)]


def test_a_figure_of_damaged_things_before_the_place_is_no_drone_count():
    text = "Днем беспилотники ВСУ повредили шесть частных домов и 9 автомобилей в Шебекино."
    assert rows(text) == [("strike", "RU-BEL", "Шебекино", None, None, None)]


def test_a_strike_on_a_road_is_no_summary_of_the_village_strikes_told_after_it():
    text = ("Дрон ВСУ атаковал грузовик в Брянской области, ранен водитель. Удар пришелся на участок трассы "
            "Климово — Новозыбков. Ранее днем беспилотник ударил по дому в селе Сушаны, погибла пенсионерка. "
            "Еще один дрон атаковал трактор в поселке Мирный, ранен тракторист.")
    got = rows(text)
    assert ("strike", "RU-BRY", None, 1, None, 1) in got
    assert sorted(r[2] for r in got if r[2]) == ["Мирный", "Сушаны"]


def test_a_region_level_report_of_the_village_strikes_is_still_their_summary():
    text = ("Дроны ВСУ атаковали два села Брянской области, пострадали два человека. В селе Сушаны ранена "
            "пенсионерка. В поселке Мирный ранен тракторист.")
    assert sorted(r[2] for r in rows(text)) == ["Мирный", "Сушаны"]


def test_a_regional_capital_named_like_a_town_of_the_region_in_focus_is_that_town():
    text = ("Утром в Ростовской области силы ПВО отразили атаку. Беспилотники сбили над Донецком, Гуково и Зверево. "
            "Пострадавших нет.")
    got = rows(text)
    assert {r[1] for r in got} == {"RU-ROS"}
    assert "Донецк" in {r[2] for r in got}


def test_the_capital_stays_the_capital_with_no_such_town_in_focus():
    text = "Утром в Курской области отражена атака. Позже беспилотник атаковал Донецк, ранен мужчина."
    assert ("strike", "UA-14") in {(r[0], r[1]) for r in rows(text)}


def test_a_resident_of_a_region_gives_no_settlement_named_like_its_adjective():
    text = ("Врио губернатора сообщил о ранении жительницы Брянской области. Дрон ударил по легковому автомобилю "
            "у села Кистёр Брянской области, пострадала женщина.")
    assert {r[2] for r in rows(text)} <= {"Кистёр", "Кистер", None}
    assert "Брянская" not in {r[2] for r in rows(text)}


def test_the_period_a_ministry_figure_covers_gives_its_day():
    text = ("Средства ПВО уничтожили 23 беспилотника над регионами России. По данным министерства, перехваты "
            "шли с 20:00 до 23:30 12 августа.")
    assert [(r[0], r[3]) for r in rows(text)] == [("interception", 23)]
    [inc] = extract(text, published=DAY, language="ru")
    assert inc.date == "2025-08-12"


def test_hamlets_left_without_power_are_no_places_of_a_hit():
    text = ("Вечером над Боковским и Тарасовским районами Ростовской области уничтожены беспилотники. Никто не "
            "пострадал. Из-за повреждения ЛЭП обесточены хутора Грачев и Красный Яр.")
    assert [(r[0], r[2]) for r in rows(text)] == [("interception", None)]


def test_a_governor_named_first_in_the_text_gives_the_region():
    text = "Слюсарь в своем канале сообщил, что ночью над Гуково и Зверево сбиты беспилотники. Люди не пострадали."
    assert {r[1] for r in rows(text)} == {"RU-ROS"}


def test_nobody_hurt_stays_with_the_interception_when_given_to_its_hit():
    lex = load_lexicon("ru")
    text = "ПВО работали над областью. Дрон атаковал склад."
    doc = Reader(text, lex, DAY, DAY, lower_text(text))
    downed = Draft("interception", (0, 26), 0, region="RU-LIP", killed=0, injured=0)
    hit = Draft("strike", (27, len(text)), 1, region="RU-LIP", target="warehouse")
    tolls_to_hits([downed, hit], doc)
    assert (downed.killed, downed.injured, hit.killed, hit.injured) == (0, 0, 0, 0)
    downed.injured, hit.injured = 2, None
    downed.killed = hit.killed = None
    tolls_to_hits([downed, hit], doc)
    assert (downed.injured, hit.injured) == (None, 2)


def test_the_victim_named_after_became_a_victim_is_a_death():
    text = "Вечером в поселке Суземка дрон атаковал микроавтобус. Жертвой удара стал водитель, еще три человека ранены."
    assert rows(text) == [("strike", "RU-BRY", "Суземка", 1, 1, 3)]


def test_both_of_them_hospitalised_are_two_injured():
    text = "Днем дрон ударил по автомобилю в поселке Суземка. В машине ехали отец и сын. Обоих с ранениями доставили в больницу."
    assert rows(text) == [("strike", "RU-BRY", "Суземка", 1, None, 2)]


def test_drones_that_tried_to_attack_objects_keep_their_figure_before_a_distributive_list():
    # "объекты" is what drones attack, not a figure of what was hit: the six stay Tula's
    text = ("Ещё шесть украинских беспилотников пытались атаковать объекты в Тульской области, "
            "по три дрона были перехвачены над Орловской, Калужской и Смоленской областями.")
    got = {r.region: r.count for r in extract(text, published=dt.date(2025, 4, 24))}
    assert got == {"RU-TUL": 6, "RU-ORL": 3, "RU-KLU": 3, "RU-SMO": 3}


def test_a_capitals_own_district_stays_in_the_capitals_region():
    # a town named like the capital may lie in the region in focus, but "X district" is the capital's own
    text = ("Ворог атакував Запоріжжя дронами. Хмельницька обласна військова адміністрація повідомила, "
            "що уламки збитого дрона впали в Хмельницькому районі.")
    got = {(r.event_type, r.region) for r in extract(text, published=dt.date(2025, 5, 3))}
    assert ("interception", "UA-68") in got
