"""Russian phrasings seen on fresh news in session 23 (seas spelt with 'ё' or as the Black Sea region in a
roundup, ...), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=DAY, language="ru")]


def test_a_sea_spelt_with_yo_is_open_water_in_a_roundup():
    text = ("Минобороны сообщило, что ночью сбиты 20 беспилотников. Из них 12 — над Курской областью, "
            "восемь — над акваторией Чёрного моря.")
    got = rows(text)
    assert ("interception", "RU-KRS", None, 12, None, None) in got
    assert ("interception", None, None, 8, None, None) in got
    assert len(got) == 2


def test_the_black_sea_region_in_a_distributive_list_is_open_water():
    text = ("ПВО за ночь уничтожила 9 дронов над тремя регионами и морем. Шесть сбиты в Брянской области, "
            "по одному БПЛА в Орловской, Тульской областях и Черноморском регионе.")
    got = rows(text)
    assert ("interception", "RU-BRY", None, 6, None, None) in got
    assert ("interception", "RU-ORL", None, 1, None, None) in got
    assert ("interception", "RU-TUL", None, 1, None, None) in got
    assert ("interception", None, None, 1, None, None) in got
    assert len(got) == 4


def test_a_channel_in_the_max_messenger_is_no_settlement():
    text = "Губернатор Тамбовской области написал в своём канале в Мах, что над областью сбиты два беспилотника."
    assert rows(text) == [("interception", "RU-TAM", None, 2, None, None)]


def test_the_shoot_down_told_as_a_noun_counts_its_drones():
    text = "Глава региона сообщил о ликвидации шести украинских беспилотных летательных аппаратов над Липецкой областью."
    assert rows(text) == [("interception", "RU-LIP", None, 6, None, None)]


def test_a_number_before_a_downed_participle_counts_the_drones():
    assert rows("Ведомство отчиталось об одном сбитом дроне в Смоленской области.") == [
        ("interception", "RU-SMO", None, 1, None, None)]
    assert rows("Военные сообщили о трех сбитых беспилотниках над Псковской областью.") == [
        ("interception", "RU-PSK", None, 3, None, None)]


def test_nobody_wounded_is_no_injured_and_leaves_deaths_untold():
    assert rows("Дрон попал в гараж в Брянске. Никто не получил ранений.") == [
        ("strike", "RU-BRY", "Брянск", 1, None, 0)]
    assert rows("Беспилотник упал на склад в Брянске, никто не был ранен.") == [
        ("strike", "RU-BRY", "Брянск", 1, None, 0)]


def test_debris_of_a_drone_downed_by_air_defence_is_one_drone():
    text = "Обломки сбитого силами ПВО беспилотника повредили крышу магазина в Брянске."
    assert rows(text) == [("interception", "RU-BRY", "Брянск", 1, None, None)]


def test_a_region_adjective_before_a_town_names_the_town():
    assert rows("Обломки беспилотника упали в подмосковном Красногорске.") == [
        ("interception", "RU-MOS", "Красногорск", 1, None, None)]
    assert rows("Дрон атаковал автомобиль в курском Льгове.") == [("strike", "RU-KRS", "Льгов", 1, None, None)]


def test_a_drone_that_made_an_attack_struck():
    text = "В Курской области днем у деревни Глушково на дороге вражеский FPV-дрон совершил атаку на грузовик."
    assert rows(text) == [("strike", "RU-KRS", "Глушково", 1, None, None)]


def test_a_drone_that_flew_into_a_bus_struck():
    text = "Днем в Белгородской области дрон налетел на рейсовый автобус в селе Головчино."
    assert rows(text) == [("strike", "RU-BEL", "Головчино", 1, None, None)]


def test_a_drone_that_collided_with_a_building_struck():
    text = "В Ленинском районе Курска беспилотник столкнулся с многоэтажкой."
    assert rows(text) == [("strike", "RU-KRS", "Курск", 1, None, None)]


def test_drones_flying_to_the_capital_are_downed_at_no_stated_place():
    text = ("ПВО сбила один дрон на подлете к Москве. "
            "Ночью были сбиты еще пять дронов, летевших к столице, сообщил ранее Собянин.")
    assert rows(text) == [("interception", None, None, 1, None, None), ("interception", None, None, 5, None, None)]


def test_the_largest_share_of_a_total_makes_it_a_partial_list():
    text = ("Всего за ночь силы ПВО уничтожили 40 беспилотников над регионами России. "
            "Больше всего из них -9 БПЛА - сбиты над Курской областью.")
    assert rows(text) == [("interception", "RU-KRS", None, 9, None, None)]


def test_after_a_repelled_attack_its_sighting_over_towns_is_no_strike():
    text = ("Военные отразили атаку беспилотников на Ростовскую область, сообщил губернатор. "
            "Атака дронов была зафиксирована над Шахтами и Зверево. "
            "Поврежден частный дом в хуторе Лихой, никто не пострадал.")
    got = rows(text)
    assert not [r for r in got if r[0] == "strike"]
    assert ("interception", "RU-ROS", "Шахты", None, None, None) in got


def test_after_a_repelled_attack_a_drone_fall_on_a_village_is_debris():
    text = ("Ночью атака беспилотников была отражена в трех районах Ростовской области. "
            "Из-за падения БПЛА в хуторе Лихой повреждена крыша сарая.")
    got = rows(text)
    assert ("interception", "RU-ROS", "Лихой", None, None, None) in got
    assert not [r for r in got if r[0] == "strike"]


def test_a_region_called_by_its_own_name_gives_no_city():
    assert rows("На Брянщине дрон атаковал трактор.") == [("strike", "RU-BRY", None, 1, None, None)]
    assert rows("На Кубани обломки сбитого беспилотника упали на склад.") == [
        ("interception", "RU-KDA", None, 1, None, None)]


def test_the_mayors_first_name_is_no_town_and_the_approach_to_the_capital_no_region():
    text = "По словам мэра города Сергея Собянина, военные уничтожили на подлете к столице 9 БПЛА."
    assert rows(text) == [("interception", None, None, 9, None, None)]


def test_a_sloboda_is_a_settlement():
    text = "В Ростовской области в слободе Красная Поляна обломки беспилотника повредили сарай."
    assert rows(text)[0][:3] == ("interception", "RU-ROS", "Красная Поляна")


def test_a_town_that_suffered_a_drone_attack_named_after_the_verb():
    text = "Ночью нападению вражеских беспилотников подвергся Курск. Поврежден жилой дом."
    assert rows(text)[0][:3] == ("strike", "RU-KRS", "Курск")


def test_one_of_several_people_hurt_counts_one():
    text = "Беспилотник атаковал колонну грузовиков в Курске. Один из водителей получил осколочные ранения."
    assert rows(text) == [("strike", "RU-KRS", "Курск", 1, None, 1)]


def test_the_parents_of_the_victim_hurt_count_two():
    text = "Дрон сбросил взрывчатку на дом в Курске. Погиб подросток, его родители пострадали."
    assert rows(text) == [("strike", "RU-KRS", "Курск", 1, 1, 2)]


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it():
    text = "Дрон атаковал машину в Курске, никто не пострадал, сообщил он.Ночью БПЛА атаковали Самарскую область."
    got = rows(text)
    assert ("strike", "RU-KRS", "Курск", 1, 0, 0) in got
    assert ("strike", "RU-SAM", None, None, None, None) in got


def test_and_then_a_drone_opens_another_strike():
    text = "В Белгородской области дрон атаковал трактор в селе Графовка, и беспилотник сбросил гранату в поселке Ракитное."
    got = rows(text)
    assert [r[2] for r in got] == ["Графовка", "Ракитное"]


def test_a_person_killed_as_a_bare_noun_counts_one():
    text = "На трассе в Ростовской области после атаки БПЛА загорелся автомобиль, погиб человек."
    assert rows(text) == [("strike", "RU-ROS", None, None, 1, None)]


def test_a_hit_of_drone_debris_on_houses_is_its_own_incident():
    text = ("Утром в Твери беспилотник попал в жилой дом. Днем ранее в городе Елец Липецкой области произошло "
            "попадание обломков БПЛА в несколько домов. Одна женщина получила баротравму.")
    got = rows(text)
    assert ("strike", "RU-TVE", "Тверь", 1, None, None) in got
    assert ("interception", "RU-LIP", "Елец", None, None, 1) in got


def test_an_attack_that_hit_nothing_is_no_strike():
    text = "Над Тверской областью сбиты два дрона. Ночью регион подвергся атаке украинских БПЛА, повреждений не зафиксировано."
    assert rows(text) == [("interception", "RU-TVE", None, 2, None, None)]


def test_debris_on_the_grounds_of_a_town_named_plant_names_the_town():
    text = "Губернатор Московской области сообщил о падении обломков БПЛА на территорию Каширской ГРЭС."
    assert rows(text)[0][:3] == ("interception", "RU-MOS", "Кашира")


def test_a_background_hit_on_the_day_before_is_not_summed_up_by_todays_report():
    text = ("В Тамбовской области после падения беспилотника на промышленном объекте в Мичуринском округе начался "
            "пожар, пострадавших нет. Накануне, в ночь на 9 июня, в городе Моршанск после падения дрона загорелся склад.")
    got = [(r[0], r[2], r[4], r[5]) for r in rows(text)]
    assert ("strike", None, 0, 0) in got
    assert ("strike", "Моршанск", None, None) in got


def test_a_town_in_the_genitive_after_a_part_of_it():
    assert rows("В Ленинском районе Таганрога беспилотник попал в дом.")[0][:3] == ("strike", "RU-ROS", "Таганрог")
    assert rows("В жилом комплексе Ростова-на-Дону беспилотник попал в дом.")[0][:3] == (
        "strike", "RU-ROS", "Ростов-на-Дону")
    assert rows("В Курском районе Курской области беспилотник попал в дом.")[0][:3] == ("strike", "RU-KRS", None)


def test_the_cause_of_a_blast_told_before_places_the_strike_there():
    text = ("В жилом квартале Таганрога ночью прогремел взрыв. По словам губернатора Ростовской области, "
            "причиной инцидента стала атака беспилотника.")
    assert rows(text) == [("strike", "RU-ROS", "Таганрог", 1, None, None)]
