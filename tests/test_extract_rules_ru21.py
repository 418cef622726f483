"""Rules of the session-21 accuracy round on Russian reports (issue 14), each checked on sentences written
for this file: MoD roundups whose lines name the doer between the drones and the verb, a region list
closed by "а также в ...", lines with no verb ("По одному – в ..."), counts set off by hyphens."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract
from support.figures import figure_rows

DAY = dt.date(2025, 11, 3)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "ru", DAY)


def test_drones_the_military_destroyed_are_an_interception_with_a_count_per_region():
    text = ("За ночь над регионами сбили 12 беспилотников. Еще шесть дронов военные уничтожили над "
            "территорией Орловской области и четыре - над московским регионом.")
    assert rows(text) == [("interception", "RU-ORL", None, 6, None, None),
                          ("interception", "RU-MOS", None, 4, None, None)]
    text = "Над Курской областью сбиты 7 дронов. Еще по два БПЛА военные уничтожили над Брянской и Калужской областями."
    assert rows(text)[1:] == [("interception", "RU-BRY", None, 2, None, None),
                              ("interception", "RU-KLU", None, 2, None, None)]


def test_a_roundup_line_with_no_verb_and_a_list_closed_by_a_takzhe():
    text = ("Ночью средства ПВО уничтожили 22 беспилотника. 16 сбиты в Курской области, 3 – в Орловской. "
            "По одному БПЛА – в Тульской и в Самарской областях, а также в Татарстане.")
    assert rows(text) == [("interception", "RU-KRS", None, 16, None, None),
                          ("interception", "RU-ORL", None, 3, None, None),
                          ("interception", "RU-TUL", None, 1, None, None),
                          ("interception", "RU-SAM", None, 1, None, None),
                          ("interception", "RU-TA", None, 1, None, None)]


def test_the_count_between_hyphens_after_the_drone_noun():
    text = ("Всего за ночь сбиты 38 дронов. Больше всего беспилотников - 23 аппарата - перехватили "
            "над Брянской областью. Еще 15 дронов сбиты над Смоленской областью.")
    assert rows(text) == [("interception", "RU-BRY", None, 23, None, None),
                          ("interception", "RU-SMO", None, 15, None, None)]


def test_as_many_over_the_next_region_repeats_the_count_before():
    text = ("За вечер сбиты 16 беспилотников. Шесть дронов ликвидированы над Курской областью, столько же — над "
            "Крымом. По два — над Тульской и Липецкой областями.")
    assert rows(text) == [("interception", "RU-KRS", None, 6, None, None),
                          ("interception", "UA-43", None, 6, None, None),
                          ("interception", "RU-TUL", None, 2, None, None),
                          ("interception", "RU-LIP", None, 2, None, None)]


def test_a_figure_shared_with_a_sea_belongs_to_no_region():
    text = "Минобороны: над Крымом и Черным морем за ночь сбиты 20 беспилотников."
    assert rows(text) == [("interception", None, None, 20, None, None)]


def test_two_people_named_together_who_died_are_two_killed():
    text = ("В Курской области дрон атаковал ферму в селе Липовка. По словам губернатора, мужчина и женщина "
            "скончались на месте, еще один работник ранен.")
    assert rows(text) == [("strike", "RU-KRS", "Липовка", 1, 2, 1)]
    assert rows("В селе Липовка Курской области при атаке дрона погибли мужчина и женщина.")[0][4] == 2


def test_injuries_incompatible_with_life_are_a_death_not_a_wound():
    text = ("Беспилотник атаковал село Озерное Курской области. Один мужчина получил травмы, несовместимые с жизнью, "
            "и скончался до приезда врачей. Второй житель был ранен.")
    assert rows(text) == [("strike", "RU-KRS", "Озерное", 1, 1, 1)]


def test_a_capital_that_launched_drones_is_no_place_of_the_incident():
    text = ("Ночью над Воронежской областью сбиты 20 беспилотников, пострадавших нет. "
            "Ранее сообщалось, что в ночь на 3 октября Киев атаковал Россию 85 беспилотниками.")
    assert rows(text) == [("interception", "RU-VOR", None, 20, 0, 0)]


def test_counts_of_one_drone_told_by_its_instrument_or_its_drops():
    assert rows("В поселке Ракитное Белгородской области дроном атакован магазин.") == [
        ("strike", "RU-BEL", "Ракитное", 1, None, None)]
    assert rows("В селе Вишнёвка Курской области беспилотник нанёс удар по частному дому.")[0][3] == 1
    text = "В селе Вишнёвка Курской области в результате сбросов двух гранат с беспилотника повреждена крыша школы."
    assert rows(text)[0][3] == 1


def test_a_national_total_broken_down_after_two_sentences_of_attribution():
    text = ("Силы ПВО уничтожили восемь беспилотников над российскими регионами. Об этом сообщило Минобороны. "
            "В ведомстве уточнили, что дроны сбиты в период с 9:00 до 13:00. "
            "Так, четыре беспилотника перехвачены над Московским регионом. "
            "Еще по два БПЛА военные уничтожили над Тверской и Калужской областями.")
    assert rows(text) == [("interception", "RU-MOS", None, 4, None, None),
                          ("interception", "RU-TVE", None, 2, None, None),
                          ("interception", "RU-KLU", None, 2, None, None)]


def test_roundup_lines_with_counts_after_a_dash_in_brackets_or_without_a_preposition():
    text = ("За ночь сбиты 25 дронов. Над Тамбовской областью уничтожены четыре БПЛА, над Курской и "
            "Брянской – по три, над Орловской и Тульской – по одному.")
    assert rows(text) == [("interception", "RU-TAM", None, 4, None, None),
                          ("interception", "RU-KRS", None, 3, None, None),
                          ("interception", "RU-BRY", None, 3, None, None),
                          ("interception", "RU-ORL", None, 1, None, None),
                          ("interception", "RU-TUL", None, 1, None, None)]
    text = "За ночь сбиты 9 дронов. Пять аппаратов перехватили над Тверской областью, три — над Курской областью, один — Липецкой областью."
    assert rows(text)[-1] == ("interception", "RU-LIP", None, 1, None, None)
    text = "За ночь сбиты 30 дронов. Наибольшее число дронов (18) сбито над Брянской областью, 12 – над Курской."
    assert rows(text) == [("interception", "RU-BRY", None, 18, None, None),
                          ("interception", "RU-KRS", None, 12, None, None)]


def test_drones_destroyed_over_a_region_are_downed_and_a_list_of_bare_adjectives_joined_by_commas():
    text = ("За ночь сбиты 30 дронов. Так, 14 были уничтожены над Московским регионом, из них 10 летели на Москву. "
            "Еще 10 сбили над Брянской областью, по два — над Орловской, Тульской и Липецкой.")
    assert rows(text) == [("interception", "RU-MOS", None, 14, None, None),
                          ("interception", "RU-BRY", None, 10, None, None),
                          ("interception", "RU-ORL", None, 2, None, None),
                          ("interception", "RU-TUL", None, 2, None, None),
                          ("interception", "RU-LIP", None, 2, None, None)]


def test_the_day_told_in_the_sentence_after_the_attack():
    text = ("Губернатор Курской области сообщил об атаке дрона на машину в Глушковском районе. "
            "Инцидент произошёл вечером накануне вблизи села Кульбаки.")
    found = extract(text, published=dt.date(2025, 10, 2), language="ru")
    assert [(i.settlement, i.date) for i in found] == [("Кульбаки", "2025-10-01")]


def test_a_couple_wounded_and_a_copter_that_dropped_grenades():
    text = "В Белгородской области FPV-дрон атаковал автомобиль в поселке Головчино. Пострадали муж и жена."
    assert rows(text) == [("strike", "RU-BEL", "Головчино", 1, None, 2)]
    assert rows("В Белгородской области коптер сбросил две гранаты на хутор Лозовой.")[0][3] == 1


def test_aid_to_restore_damaged_property_is_no_strike():
    text = ("Ночью над Краснодарским краем сбит один беспилотник, обломки повредили частный дом в станице Отрадной. "
            "Пострадавших нет. Жильцам будет оказана помощь в восстановлении поврежденного имущества.")
    assert [r[0] for r in rows(text)] == ["interception"]


def test_a_total_after_one_regions_figure_is_the_total_of_a_partial_list():
    text = ("Над Курской областью за ночь сбиты 15 беспилотников, сообщил губернатор. "
            "Всего над Россией уничтожены 120 дронов.")
    assert rows(text) == [("interception", "RU-KRS", None, 15, None, None)]
    text = ("По данным Минобороны, ночью над Тверской областью сбиты девять дронов. "
            "В общей сложности за ночь было уничтожено 70 беспилотников над 11 регионами.")
    assert rows(text) == [("interception", "RU-TVE", None, 9, None, None)]


def test_drones_shot_down_on_the_approach_to_moscow_have_no_region():
    assert rows("За вчерашний день на подлете к Москве сбили 19 БПЛА, никто не пострадал.") == [
        ("interception", None, None, 19, 0, 0)]


def test_no_wounded_or_dead_among_the_local_population():
    text = "Сегодня противник атаковал беспилотниками Брянскую область. Повреждены две машины. Раненых и жертв среди местного населения нет."
    assert rows(text) == [("strike", "RU-BRY", None, None, 0, 0)]


def test_a_drone_flying_to_moscow_downed_in_a_named_district_is_in_that_districts_region():
    text = "Ночью силами ПВО в Одинцовском округе отражена атака беспилотника, летевшего на Москву."
    assert rows(text) == [("interception", "RU-MOS", None, 1, None, None)]


def test_more_damage_of_the_attack_told_paragraphs_later_is_no_new_strike():
    text = ("Дроны атаковали село Кистер Брянской области. Об этом сообщил губернатор региона.\n\n"
            "«В результате атаки мужчина получил ранение руки», — написал он. Пострадавший доставлен в больницу.\n\n"
            "Губернатор добавил, что в результате атаки также повреждена кровля магазина.")
    assert rows(text) == [("strike", "RU-BRY", "Кистер", None, None, 1)]
    text = "Дрон атаковал село Кистер Брянской области, ранен мужчина. Также в результате атаки дрона в селе Лопушь повреждена кровля школы."
    assert [r[2] for r in rows(text)] == ["Кистер", "Лопушь"]


def test_a_governors_list_of_villages_each_with_its_own_toll():
    text = ("Ночью дроны атаковали Курскую область. В селе Теткино поврежден дом, пострадавших нет. "
            "В селе Глушково ранен мужчина.")
    assert rows(text) == [("strike", "RU-KRS", "Теткино", None, 0, 0),
                          ("strike", "RU-KRS", "Глушково", None, None, 1)]


def test_a_drone_that_wounded_people_named_as_its_object():
    assert rows("В селе Глушково Курской области дрон ранил мужчину.")[0][5] == 1
    assert rows("В селе Глушково Курской области дрон ранил мужчину и женщину.")[0][5] == 2
    assert rows("В селе Глушково Курской области дрон ранил двух мужчин.")[0][5] == 2


def test_regions_set_aside_before_a_roundup_had_drones_downed_too():
    text = ("За ночь над регионами сбиты 90 беспилотников. Кроме Московской области и Москвы, 30 беспилотников "
            "сбили над Смоленской областью, 25 — над Тверской и 15 — над Калужской.")
    assert rows(text) == [("interception", "RU-MOS", None, None, None, None),
                          ("interception", "RU-MOW", None, None, None, None),
                          ("interception", "RU-SMO", None, 30, None, None),
                          ("interception", "RU-TVE", None, 25, None, None),
                          ("interception", "RU-KLU", None, 15, None, None)]
    assert rows("Кроме того, над Брянской областью сбиты 5 дронов.") == [("interception", "RU-BRY", None, 5, None, None)]


def test_a_village_the_gazetteer_only_half_knows_keeps_the_reports_region():
    text = ("При атаке беспилотника в Глушковском районе Курской области погиб мирный житель. "
            "По словам губернатора, дрон сбросил взрывное устройство во двор жилого дома в деревне Урусы. "
            "В результате мужчина получил смертельные ранения.")
    found = rows(text)
    assert [(r[0], r[1], r[4], r[5]) for r in found] == [("strike", "RU-KRS", 1, None)]


def test_a_roundup_line_in_a_sentence_of_its_own_leaves_out_the_region_word():
    text = ("Минобороны сообщило, что за три часа над регионами сбиты 11 беспилотников. Семь из них уничтожено над "
            "Курской областью. Три — над Орловской. Еще один — над Калмыкией.")
    assert rows(text) == [("interception", "RU-KRS", None, 7, None, None),
                          ("interception", "RU-ORL", None, 3, None, None),
                          ("interception", "RU-KL", None, 1, None, None)]


def test_where_the_wounded_were_taken_is_no_place_of_the_strike():
    text = ("В селе Маслова Пристань Белгородской области дрон ударил по автомобилю. Двое мужчин получили ранения: "
            "один из них позже скончался в больнице, второй госпитализирован в Белгород.")
    assert rows(text) == [("strike", "RU-BEL", "Маслова Пристань", 1, 1, 1)]


def test_a_sea_listed_before_a_region_in_a_distributive_line():
    text = ("За ночь сбиты 20 дронов. Больше всего сбили над Крымом — 12, пять — над Белгородской областью, "
            "по три — над Азовским морем и Курской областью.")
    assert ("interception", "RU-KRS", None, 3, None, None) in rows(text)


def test_the_same_figure_told_again_as_the_total_is_a_restatement():
    text = ("Губернатор сообщил об уничтожении 9 беспилотников над Севастополем.\n«Силы ПВО отражают атаку. "
            "В общей сложности сбито 9 БПЛА», — написал он.")
    assert rows(text) == [("interception", "UA-40", "Севастополь", 9, None, None)]  # (the city: as in en)


def test_also_wounded_at_the_end_of_the_report_is_a_victim_of_the_same_attack():
    text = ("Под ударом оказалось село Марково Курской области: FPV-дрон сдетонировал рядом с частным домом.\n\n"
            "В результате атаки погиб 62-летний мужчина. Также пострадал 33-летний мужчина, у него осколочные ранения.")
    assert rows(text) == [("strike", "RU-KRS", "Марково", 1, 1, 1)]


def test_no_victims_and_no_damage_to_infrastructure_is_no_strike():
    text = ("Губернатор сообщает об очередном беспилотнике, сбитом над Калужской областью. "
            "«Пострадавших и разрушений инфраструктуры, по предварительной информации, нет», — сообщает он.")
    assert rows(text) == [("interception", "RU-KLU", None, 1, 0, 0)]
