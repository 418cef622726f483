"""Russian phrasings seen on fresh news in session 22 (shoot-downs told with the time or the sky first,
launch directions, Air Force totals, restated strikes), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=DAY, language="ru")]


def test_destroyed_overnight_then_the_number_is_a_shoot_down():
    text = "Губернатор сообщил о пожаре на складе. Напомним, над Липецкой областью уничтожили за ночь 9 БПЛА."
    assert ("interception", "RU-LIP", None, 9, None, None) in rows(text)
    assert not [r for r in rows(text) if r[0] == "strike" and r[3] == 9]


def test_destroyed_in_the_sky_of_the_country_is_a_national_total():
    text = "Силы ПВО утром 5 июня уничтожили в небе Украины 11 ударных беспилотников."
    assert rows(text) == [("interception", None, None, 11, None, None)]


def test_launch_directions_are_no_places_of_the_attack():
    text = ("В ночь на 5 июня противник атаковал Украину дронами с трех направлений - Брянская область "
            "и Курская область. Воздушные силы сообщили, что уничтожено 20 беспилотников.")
    assert rows(text) == [("interception", None, None, 20, None, None)]


def test_the_aim_of_the_strikes_does_not_place_the_air_force_total():
    text = ("Ночью российские военные атаковали страну 12 дронами. Направлением для ударов были Херсонщина и "
            "Николаевщина. Силы и средства ПВО Воздушных сил уничтожили 10 дронов.")
    assert [r for r in rows(text) if r[0] == "interception"] == [("interception", None, None, 10, None, None)]


def test_a_strike_told_again_with_the_same_toll_is_one_incident():
    text = ("В селе Ольховка Курской области в результате удара беспилотника погиб мужчина. "
            "Об этом сообщил губернатор. По словам губернатора, дрон поразил трактор, которым управлял 60-летний житель. Он погиб на месте.")
    assert rows(text) == [("strike", "RU-KRS", "Ольховка", 1, 1, None)]


def test_another_attack_with_its_own_victim_stays_apart():
    text = ("В селе Ольховка Курской области дрон атаковал автомобиль, ранен водитель. "
            "Ещё один дрон атаковал грузовик, ранен мужчина.")
    assert len(rows(text)) == 2


def test_a_national_total_then_of_them_one_region_is_a_partial_breakdown():
    text = ("Минобороны сообщило об уничтожении 40 беспилотников над российскими регионами за ночь. "
            "Из них пять БПЛА перехватили над Курской областью.")
    assert rows(text) == [("interception", "RU-KRS", None, 5, None, None)]


def test_attacked_with_the_help_of_a_drone_is_one_drone():
    text = "Вечером село Ивановка Белгородской области атаковано с помощью дрона-камикадзе, люди не пострадали."
    assert rows(text) == [("strike", "RU-BEL", "Ивановка", 1, 0, 0)]


def test_an_attack_repelled_with_the_abbreviation_in_brackets():
    text = "Атака беспилотников (БПЛА) была отражена в трех районах Ростовской области, пострадавших нет."
    assert rows(text) == [("interception", "RU-ROS", None, None, 0, 0)]


def test_where_it_happened_after_a_source_line_and_a_quote_places_the_strike():
    text = ("В Брянской области при атаке беспилотника погиб мирный житель. "
            "Об этом сообщил губернатор региона в своем Telegram-канале. "
            "«Это очередное преступление», — написал глава региона. "
            "Инцидент произошел в селе Сосновка Климовского района.")
    assert rows(text) == [("strike", "RU-BRY", "Сосновка", 1, 1, None)]


def test_a_fire_told_after_a_repelled_attack_is_the_downed_drones_damage():
    text = ("Силы ПВО отразили атаку беспилотников в трех районах Ростовской области. "
            "В хуторе Липовый обломками беспилотника повреждена крыша сарая. "
            "В станице Вешенская загорелся гараж.")
    got = rows(text)
    assert ("interception", "RU-ROS", "Вешенская", None, None, None) in got
    assert not [r for r in got if r[0] == "strike"]


def test_a_fire_after_drones_attacked_a_village_stays_a_strike():
    text = "Дрон атаковал хутор Липовый Ростовской области. В станице Вешенская загорелся гараж."
    assert [r[0] for r in rows(text)].count("strike") >= 1


def test_nobody_hurt_in_the_summary_covers_each_place_it_sums_up():
    text = ("Атака БПЛА отражена в двух районах Ростовской области, пострадавших нет. "
            "В хуторе Липовый обломками беспилотника повреждена крыша сарая. "
            "В станице Вешенская обломками дрона повреждён забор.")
    got = rows(text)
    # (the attack repelled over the districts stays an incident of its own: session 24, as the b22-b23 golds)
    assert {r[2] for r in got} == {None, "Липовый", "Вешенская"}
    assert all(r[4] == 0 and r[5] == 0 for r in got)


def test_a_drone_that_dropped_an_explosive_struck():
    text = "Взрывное устройство беспилотник скинул в селе Кирилловка Брянской области, погиб мужчина."
    assert rows(text) == [("strike", "RU-BRY", "Кирилловка", 1, 1, None)]


def test_suppression_systems_in_readiness_tell_no_shoot_down():
    text = ("В Липецкой области беспилотник упал рядом с частным домом в селе Ратчино, пострадавших нет. "
            "По словам губернатора, системы обнаружения и подавления сейчас находятся в состоянии готовности.")
    assert rows(text) == [("strike", "RU-LIP", "Ратчино", 1, 0, 0)]


def test_reports_of_possible_falling_debris_tell_no_event():
    text = ("В Ельце после падения беспилотника загорелся склад, никто не пострадал. "
            "«Проверяем сообщения о возможном падении обломков беспилотников», — написал губернатор. "
            "Минобороны заявило, что за ночь над Россией уничтожен 41 дрон. Из них четыре сбиты над Липецкой областью.")
    got = rows(text)
    assert ("interception", "RU-LIP", None, 4, None, None) in got
    assert not [r for r in got if r[0] == "interception" and r[3] != 4]


def test_shelled_with_drones_is_a_drone_attack_on_the_city():
    text = ("Ночью оккупанты обстреляли Одессу ударными дронами. "
            "В результате падения обломков сбитых дронов повреждена школа.")
    got = rows(text)
    assert ("UA-51", "Одесса") in {(r[1], r[2]) for r in got}


def test_one_of_the_downed_drones_fell_on_a_plant_is_one_drone_not_a_place_named_forces():
    text = ("По данным Сил обороны юга Украины, днем один из сбитых дронов упал на территорию "
            "предприятия в Херсоне, ранены два человека.")
    assert rows(text) == [("interception", "UA-65", "Херсон", 1, None, 2)]


def test_a_strike_between_two_villages_or_on_a_road_segment_names_no_settlement():
    for text in ("Дрон нанес удар между деревней Сосновка и селом Ольховка Курской области, ранен мужчина.",
                 "Дрон атаковал автомобиль на трассе Сосновка – Ольховка Курской области, ранен водитель."):
        assert rows(text) == [("strike", "RU-KRS", None, 1, None, 1)], text
    assert rows("Дрон атаковал автомобиль в селе Ольховка Курской области, ранен водитель.")[0][2] == "Ольховка"


def test_the_governor_also_said_damage_from_the_dropped_explosive_is_the_same_strike():
    text = ("В Климовском районе Брянской области украинские военные ударили дронами-камикадзе по территории деревни Сосновка, "
            "сообщил в телеграм-канале губернатор Александр Богомаз.\n\n"
            "Пострадала местная жительница, у нее легкие ранения. Женщину отвезли в больницу.\n\n"
            "Врачи оказали ей всю необходимую помощь. Глава региона пожелал ей скорейшего выздоровления.\n\n"
            "По словам Богомаза, от сброса взрывного устройства также поврежден сарай.")
    assert rows(text) == [("strike", "RU-BRY", "Сосновка", None, None, 1)]


def test_two_each_over_a_region_and_the_sea_gives_the_sea_its_share_of_the_total():
    text = ("Ночью силы ПВО уничтожили 12 украинских беспилотников. Восемь сбиты над Брянской областью, "
            "по два — над Черным морем и Орловской областью.")
    got = sorted(rows(text), key=lambda r: r[1] or "")
    assert got == [("interception", None, None, 2, None, None), ("interception", "RU-BRY", None, 8, None, None),
                   ("interception", "RU-ORL", None, 2, None, None)]


def test_a_roundup_told_line_by_line_after_its_total_still_finds_the_sea():
    text = ("Вечером силы ПВО уничтожили 15 беспилотников.\n10 – над территорией Брянской области,\n"
            "По два БПЛА — над Курской областью и Азовским морем.\nОдин — над Тульской областью.")
    got = rows(text)
    assert ("interception", None, None, 2, None, None) in got and len(got) == 4
