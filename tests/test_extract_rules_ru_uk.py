"""Rules for Russian and Ukrainian phrasings real news uses (ministry roundups, governors' posts,
air-force reports), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 3, 10)


def rows(text: str, language: str) -> list[tuple]:
    return sorted(((i.event_type, i.region, i.settlement, i.count)
                   for i in extract(text, published=DAY, language=language)), key=str)


def test_object_first_roundup_with_region_adjectives_alone():
    text = ("Ночью над российскими регионами сбили 40 беспилотников. 15 БПЛА уничтожили над "
            "территорией Орловской области, 12 — над Курской, по пять — над Тульской и Липецкой "
            "областями, три — над Калужской.")
    assert rows(text, "ru") == [
        ("interception", "RU-KLU", None, 3), ("interception", "RU-KRS", None, 12),
        ("interception", "RU-LIP", None, 5), ("interception", "RU-ORL", None, 15),
        ("interception", "RU-TUL", None, 5)]


def test_region_adjective_alone_before_and_or_full_stop():
    text = ("Дежурные средства ПВО сбили 20 беспилотников над Смоленской областью, восемь — над "
            "Брянской и шесть — над Тверской. По два дрона перехватили в Псковской и Новгородской "
            "областях, по одному — в Рязанской и Ярославской.")
    assert rows(text, "ru") == [
        ("interception", "RU-BRY", None, 8), ("interception", "RU-NGR", None, 2),
        ("interception", "RU-PSK", None, 2), ("interception", "RU-RYA", None, 1),
        ("interception", "RU-SMO", None, 20), ("interception", "RU-TVE", None, 6),
        ("interception", "RU-YAR", None, 1)]


def test_drones_that_destroy_something_are_a_strike():
    text = "Два дрона уничтожили склад на окраине Брянска, сообщил губернатор."
    assert [r[0] for r in rows(text, "ru")] == ["strike"]


def test_ukrainian_object_first_interception():
    text = "Сім безпілотників знищили над Сумщиною сили ППО, повідомили в обласній військовій адміністрації."
    assert [r[0] for r in rows(text, "uk")] == ["interception"]


def test_one_region_per_line_after_a_colon():
    text = ("Вечером дежурные средства ПВО перехватили 9 беспилотников, сообщило Минобороны:\n"
            "5 БПЛА – над территорией Курской области;\n"
            "3 БПЛА – над территорией Орловской области;\n"
            "1 БПЛА – над территорией Липецкой области.")
    assert rows(text, "ru") == [
        ("interception", "RU-KRS", None, 5), ("interception", "RU-LIP", None, 1),
        ("interception", "RU-ORL", None, 3)]


def test_breakdown_over_two_sentences_drops_the_national_total():
    text = ("Над Россией за вечер сбили 30 дронов, сообщило Минобороны. Больше всего беспилотников — 12 — "
            "уничтожили в Курской области. Десять — в Брянской, восемь — над Орловской областью.")
    assert rows(text, "ru") == [
        ("interception", "RU-BRY", None, 10), ("interception", "RU-KRS", None, 12),
        ("interception", "RU-ORL", None, 8)]


def test_drones_flying_toward_a_city_are_not_placed_there():
    text = "Силы ПВО уничтожили пять беспилотников, летевших на Москву, сообщил Собянин."
    assert rows(text, "ru") == [("interception", None, None, 5)]
    text = "Сили ППО збили чотири дрони, що летіли на Київ, повідомив Кличко."
    assert [r[1] for r in rows(text, "uk")] == [None]


def places(text: str, language: str) -> list[tuple]:
    return [(i.event_type, i.settlement, i.killed, i.injured) for i in extract(text, published=DAY, language=language)]


def test_an_adjective_and_the_name_after_it_are_one_place():
    text = "Уночі FPV-дрон атакував с. Лісна Стінка Куп'янського району, пошкоджено гараж."
    assert [p[1] for p in places(text, "uk")] == ["Лісна Стінка"]
    text = "Беспилотник атаковал село Стальной Конь Орловской области, повреждена подстанция."
    assert [p[1] for p in places(text, "ru")] == ["Стальной Конь"]


def test_a_building_that_suffered_is_a_strike_and_no_victims_covers_the_report():
    text = ("Ворог атакував область ударними дронами. У Мостовому пошкоджено автомобіль. "
            "У Прудянці Харківського району постраждав приватний будинок.\n"
            "Внаслідок обстрілів немає постраждалих, повідомив Синєгубов.")
    assert places(text, "uk") == [("strike", "Мостове", 0, 0), ("strike", "Прудянка", 0, 0)]


def test_launch_directions_are_not_places():
    text = ("Уночі противник атакував 40 ударними БпЛА із напрямків: Брянськ, Міллерово. "
            "Сили ППО знешкодили 31 дрон.")
    assert [(i.event_type, i.region) for i in extract(text, published=DAY, language="uk")] == [("interception", None)]
    text = ("Пуски 20 дронів зафіксовано у напрямку Полтавської, Черкаської та Київської областей. "
            "Протиповітряна оборона знищила 18 ворожих БпЛА.")
    assert [(i.event_type, i.region) for i in extract(text, published=DAY, language="uk")] == [("interception", None)]


def test_n_of_them_destroyed_and_a_closing_no_victims_line():
    text = ("Уночі ворог атакував Полтавську область дронами. Оборонці неба ліквідували 9 з них. "
            "У Кременчуці уламки пошкодили склад.\n\nЗагиблих і постраждалих станом на ранок не зафіксовано.")
    found = [(i.event_type, i.count, i.killed, i.injured) for i in extract(text, published=DAY, language="uk")]
    assert ("interception", 9, 0, 0) in found
    assert all(f[2:] == (0, 0) for f in found)


def test_one_downed_drone_counts_one_and_an_attribution_is_no_national_total():
    text = ("Вражеский беспилотник сбили над Липецкой областью. Об этом сообщило Минобороны. "
            "Летательный аппарат был перехвачен дежурными средствами ПВО утром. "
            "Целью беспилотника было атаковать объект в регионе.")
    assert rows(text, "ru") == [("interception", "RU-LIP", None, 1)]
    text = "Ворожий безпілотник збили над Черкащиною, повідомили в ОВА."
    assert [r[3] for r in rows(text, "uk")] == [1]


def test_a_drone_named_with_its_owner_in_brackets_counts_one():
    text = "Дрон вооруженных сил Украины (ВСУ) атаковал легковой автомобиль в селе Теткино."
    assert [r[3] for r in rows(text, "ru")] == [1]


def test_damage_after_a_downed_drone_falling_on_the_same_town_is_its_debris():
    text = ("Двое жителей пострадали при падении сбитого беспилотника в Курске, сообщил губернатор.\n"
            "Им оказали помощь.\nВ области также работают экстренные службы.\n"
            "В Курске повреждены окна в двух многоэтажках.")
    assert [(i.event_type, i.settlement) for i in extract(text, published=DAY, language="ru")] == [
        ("interception", "Курск")]


def test_debris_falling_is_an_event_word():
    text = "Повреждения из-за падения обломков БПЛА зафиксированы в Тамбовской области."
    assert [(i.event_type, i.region) for i in extract(text, published=DAY, language="ru")] == [
        ("interception", "RU-TAM")]


def test_a_list_of_villages_with_settlement_words_inside_and_district_interceptions_add_up():
    text = ("Над Ровеньским округом сбит беспилотник. "
            "В Шебекинском округе атакам пяти дронов подверглись поселки Маслова Пристань, Вознесеновка, "
            "села Безлюдовка и Титовка. "
            "В Валуйском округе зафиксировали прилет шести беспилотников, четыре из которых подавлены. "
            "В поселке Уразово поврежден автомобиль.")
    found = [(i.event_type, i.settlement, i.count) for i in extract(text, published=DAY, language="ru")]
    assert ("interception", None, 5) in found
    assert {f[1] for f in found if f[0] == "strike"} == {
        "Маслова Пристань", "Вознесеновка", "Безлюдовка", "Титовка", "Уразово"}


def test_a_village_in_the_nominative_stays_as_written():
    text = "Беспилотник атаковал село Нехотеевка Белгородского района."
    assert [i.settlement for i in extract(text, published=DAY, language="ru")] == ["Нехотеевка"]


def tolls(text: str, language: str) -> list[tuple]:
    return [(i.event_type, i.killed, i.injured) for i in extract(text, published=DAY, language=language)]


def test_russian_injury_phrasings_of_governors():
    text = ("В селе Головчино дрон ударил по легковому автомобилю. "
            "Водителя с осколочными ранениями доставили в больницу.")
    assert tolls(text, "ru") == [("strike", None, 1)]
    text = "Женщина получила баротравму при атаке FPV-дрона на дом в поселке Томаровка."
    assert tolls(text, "ru") == [("strike", None, 1)]
    text = "В селе Тишанка мирный житель стал жертвой детонации FPV-дрона."
    assert tolls(text, "ru") == [("strike", 1, None)]


def test_shelling_after_a_drone_sentence_is_the_drones_and_the_toll_reaches_on():
    text = ("Вночі ворог атакував Миколаїв ударними БпЛА. "
            "Внаслідок обстрілу пошкоджено житлові будинки та магазин. "
            "Постраждало 9 людей. Рятувальники працюють на місцях влучань.")
    assert [(i.event_type, i.settlement, i.injured) for i in extract(text, published=DAY, language="uk")] == [
        ("strike", "Миколаїв", 9)]


def test_a_recap_that_names_drones_is_an_incident_with_its_own_date():
    text = ("Ночью над Курской областью сбиты 6 беспилотников.\n\n"
            "Напомним, 3 марта беспилотники атаковали нефтебазу в Брянске.")
    got = [(i.event_type, i.region, i.settlement, str(i.date)) for i in extract(text, published=DAY, language="ru")]
    assert got == [("interception", "RU-KRS", None, "2025-03-10"), ("strike", "RU-BRY", "Брянск", "2025-03-03")]
    text = ("Ночью над Курской областью сбиты 6 беспилотников.\n\n"
            "Напомним, ранее беспилотники атаковали нефтебазу в Брянске.")
    got = [(i.settlement, i.date) for i in extract(text, published=DAY, language="ru")]
    assert got == [(None, "2025-03-10"), ("Брянск", None)]
    text = ("Вночі над Київщиною збито 5 дронів.\n\n"
            "Нагадаємо, 22 лютого росіяни атакували енергетику Одещини.")  # no drones named: background only
    assert len(extract(text, published=DAY, language="uk")) == 1


def test_a_dash_after_the_drones_and_a_bulleted_list_of_oblasts():
    text = ("Дежурные средства ПВО сбили шесть беспилотников над Брянской областью, три БПЛА — над Курской, "
            "один БПЛА — над территорией Орловской области.")
    assert rows(text, "ru") == [
        ("interception", "RU-BRY", None, 6), ("interception", "RU-KRS", None, 3),
        ("interception", "RU-ORL", None, 1)]
    text = ("Силами протиповітряної оборони знищено 15 дронів-камікадзе:\n"
            "  • 9 на Одещині\n  • 4 на Миколаївщині\n  • 2 на Херсонщині.")
    assert rows(text, "uk") == [
        ("interception", "UA-48", None, 4), ("interception", "UA-51", None, 9),
        ("interception", "UA-65", None, 2)]


def test_the_regions_own_larger_figure_is_kept_beside_a_downed_drone_in_its_city():
    text = ("Один беспилотник сбит над Белгородом, сообщил губернатор. "
            "По данным Минобороны, за вечер над Белгородской областью сбили 12 беспилотников.")
    assert rows(text, "ru") == [("interception", "RU-BEL", "Белгород", 1), ("interception", "RU-BEL", None, 12)]


def test_victims_listed_by_age_and_a_wounded_victim_who_died():
    text = ("На Харківщині троє людей постраждали внаслідок ударів дронів, повідомив Синєгубов. "
            "У с. Козача Лопань постраждали 61-річний чоловік і 58-річна жінка; "
            "у с. Слатине постраждав 40-річний чоловік.")
    got = [(i.settlement, i.injured) for i in extract(text, published=DAY, language="uk") if i.settlement]
    assert got == [("Козача Лопань", 2), ("Слатине", 1)]
    text = ("В селе Старица дрон взорвался у магазина. Пострадавшего мужчину доставили в больницу, "
            "однако он скончался.")
    assert [(i.count, i.killed, i.injured) for i in extract(text, published=DAY, language="ru")] == [(1, 1, None)]


def test_another_victim_is_not_the_last_incidents():
    text = ("В городе Валуйки беспилотник атаковал автомобиль, водитель погиб. "
            "Кроме того, ещё один местный житель получил ранения. "
            "В селе Уразово дрон взорвался, ранив мужчину.")
    assert [(i.settlement, i.killed, i.injured) for i in extract(text, published=DAY, language="ru")] == [
        ("Валуйки", 1, None), ("Уразово", None, 1)]


def test_a_district_adjective_before_a_dash_is_no_settlement():
    text = ("Внаслідок ударів дронів у Куп'янському районі пошкоджено приватний будинок, "
            "у Богодухівському - господарчі споруди.")
    assert [i.settlement for i in extract(text, published=DAY, language="uk")] == [None]


def test_it_happened_in_a_village_places_the_incident_told_before():
    text = ("Мирный житель пострадал при атаке FPV-дрона в Белгородской области. "
            "Все произошло в поселке Головчино Грайворонского округа.")
    assert [(i.region, i.settlement) for i in extract(text, published=DAY, language="ru")] == [("RU-BEL", "Головчино")]


def test_a_drone_that_fell_then_told_as_suppressed_is_one_interception():
    text = ("В Брянске беспилотник упал на жилой дом, сообщил губернатор. "
            "«На окраине Брянска подавленный беспилотник упал на частный дом. Жители не пострадали».")
    assert [(i.event_type, i.settlement, i.count) for i in extract(text, published=DAY, language="ru")] == [
        ("interception", "Брянск", 1)]


def test_a_ministry_total_over_regions_is_not_the_region_in_focus():
    text = ("В Калужской области дрон упал на гараж. "
            "Утром министерство обороны сообщило, что силы ПВО перехватили 90 БПЛА над регионами.")
    assert ("interception", None, None, 90) in rows(text, "ru")


def test_settlements_in_brackets_after_what_was_hit_each_get_an_incident():
    text = ("Ворог атакував область ударними БпЛА. Наслідки ударів у Харківському районі:\n"
            "- пошкоджено приватний будинок (с. Циркуни), гараж (с. Слатине), автомобіль (с. Липці).")
    got = {i.settlement for i in extract(text, published=DAY, language="uk")}
    assert {"Циркуни", "Слатине", "Липці"} <= got


def test_the_district_a_victim_lives_in_is_not_the_incidents():
    text = "В селе Теткино дрон атаковал машину, погиб пассажир, житель Глушковского района."
    assert [i.extras["district"] for i in extract(text, published=DAY, language="ru")] == [None]


def test_no_victims_in_all_cases_covers_every_incident_of_the_report():
    text = ("Вночі Черкащину атакували ворожі БпЛА.\n\n"
            "Унаслідок падіння уламків пошкоджено склад. Також пошкоджено приватний будинок у Смілі.\n\n"
            "На щастя, у всіх випадках обійшлося без постраждалих.")
    assert all((i.killed, i.injured) == (0, 0) for i in extract(text, published=DAY, language="uk"))
