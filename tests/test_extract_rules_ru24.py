"""Russian phrasings seen on fresh news in session 24 (drones heading for the capital told over several
sentences, ...), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=DAY, language="ru")]


def test_drones_heading_for_the_capital_told_in_three_sentences_are_one_figure():
    text = ("Мэр Москвы Собянин: ПВО уничтожены четыре беспилотника, летевших на Москву. "
            "Сообщение мэр опубликовал в своём канале. "
            "Где упали обломки, дежурят экстренные службы. "
            "Ещё три дрона сбиты около пяти утра.")
    assert rows(text) == [("interception", None, None, 7, None, None)]


def test_following_the_capital_leaves_no_region_in_focus_for_a_later_figure():
    text = ("Ночью над Тульской областью уничтожены пять беспилотников. "
            "Кроме того, сбит дрон, следовавший в направлении столицы. "
            "Вечером средствами ПВО было уничтожено восемь беспилотников.")
    got = rows(text)
    assert ("interception", "RU-TUL", None, 5, None, None) in got
    assert ("interception", None, None, 1, None, None) in got or ("interception", None, None, 9, None, None) in got
    assert not any(r[1] == "RU-MOW" for r in got)
    assert ("interception", "RU-TUL", None, 8, None, None) not in got


def test_drones_downed_before_the_latest_one_are_not_added_to_it():
    text = ("Уничтожен ещё один беспилотник, летевший на Москву, сообщил Собянин. "
            "До этого ночью были сбиты ещё два дрона, летевших на Москву.")
    got = rows(text)
    assert ("interception", None, None, 3, None, None) not in got


def test_a_roundup_count_before_its_subject_and_verb_pairs_with_the_region():
    text = ("Минобороны: за ночь уничтожены 20 беспилотников. Десять – над Смоленской областью. "
            "Шесть БПЛА наши военные сбили в Тверской области, четыре – в Псковской.")
    got = rows(text)
    assert ("interception", "RU-SMO", None, 10, None, None) in got
    assert ("interception", "RU-TVE", None, 6, None, None) in got
    assert ("interception", "RU-PSK", None, 4, None, None) in got


def test_a_count_in_pieces_between_dashes_pairs_with_the_region():
    text = ("Ночью ПВО уничтожила 30 беспилотников. Основная часть дронов – 18 штук – была сбита над Курской "
            "областью, семь – над Липецкой областью, пять – над Тамбовской.")
    got = rows(text)
    assert ("interception", "RU-KRS", None, 18, None, None) in got
    assert ("interception", "RU-LIP", None, 7, None, None) in got


def test_air_targets_hit_are_drones_downed_in_a_distributive_roundup():
    text = ("Минобороны сообщило о 12 сбитых беспилотниках. Восемь БПЛА сбиты над Белгородской областью. "
            "По две воздушные цели были поражены в Калужской и Тульской областях.")
    got = rows(text)
    assert ("interception", "RU-KLU", None, 2, None, None) in got
    assert ("interception", "RU-TUL", None, 2, None, None) in got
    assert not any(r[0] == "strike" for r in got)


def test_no_human_losses_phrasings_give_a_zero_toll():
    assert rows("Над Курской областью сбиты три беспилотника. Губернатор отметил, что удалось избежать "
                "человеческих жертв.") == [("interception", "RU-KRS", None, 3, 0, 0)]
    got = rows("В Херсоне дрон ударил по аптеке; обошлось без человеческих жертв, уточнили в администрации.")
    assert [(r[4], r[5]) for r in got] == [(0, 0)]
    got = rows("Обломки сбитого беспилотника упали на склад в Николаеве. Пожар потушен, пострадавшие не "
               "зафиксированы.")
    assert [(r[4], r[5]) for r in got] == [(0, 0)]


def test_an_earlier_figure_naming_no_place_is_not_the_last_regions():
    text = ("Ночью над Воронежской областью сбиты 12 беспилотников, над Белгородской – пять. "
            "В Воронежской области повреждена кровля дома. Накануне силы ПВО сбили 90 беспилотников.")
    got = rows(text)
    assert ("interception", "RU-VOR", None, 12, None, None) in got
    assert not any(r[1] == "RU-VOR" and r[3] == 90 for r in got)


def test_an_earlier_figure_over_the_region_keeps_the_region():
    text = "Над Курской областью сбиты три беспилотника. Накануне над регионом сбили ещё пять дронов."
    assert all(r[1] == "RU-KRS" for r in rows(text))


def test_a_regions_damage_after_a_roundup_is_its_downed_drones_damage():
    text = ("Ночью средства ПВО сбили 40 беспилотников над регионами России. 25 БПЛА сбиты над Брянской "
            "областью, 15 – над Смоленской областью. Все дроны – самолетного типа. Спасатели выехали к "
            "местам падения обломков. В Смоленской области обошлось без пострадавших, но повреждены три "
            "частных дома.")
    got = rows(text)
    assert ("interception", "RU-SMO", None, 15, 0, 0) in got
    assert not any(r[0] == "strike" for r in got)


def test_a_drone_attack_on_a_regions_village_beside_its_downed_drones_stays_a_strike():
    text = ("Над Брянской областью сбиты пять беспилотников. Кроме того, дрон атаковал грузовик в селе "
            "Кистер, ранен водитель.")
    got = rows(text)
    assert ("interception", "RU-BRY", None, 5, None, None) in got
    assert any(r[0] == "strike" and r[2] == "Кистер" and r[5] == 1 for r in got)


def test_most_of_the_drones_downed_is_an_interception_with_no_count():
    text = ("Вечером Николаевскую область атаковали ударные дроны: большинство вражеских целей уничтожено, "
            "сообщила ОВА.")
    got = rows(text)
    assert ("interception", "UA-48", None, None, None, None) in got


def test_more_houses_damaged_are_no_count_of_drones():
    text = ("Ночью враг атаковал Николаевскую область ударными беспилотниками. В Николаеве загорелись два "
            "частных дома. Еще 3 частных дома повреждены.")
    assert all(r[3] is None for r in rows(text))


def test_an_attack_repelled_over_districts_stays_beside_the_damage_in_a_village():
    text = ("Ночью над четырьмя районами Воронежской области отражена атака дронов, написал губернатор. "
            "В селе Хлебное из-за падения обломков у частного дома пробита крыша, жильцы не пострадали.")
    got = rows(text)
    assert ("interception", "RU-VOR", None, None, None, None) in got
    assert any(r[0] == "interception" and r[2] == "Хлебное" for r in got)


def test_an_earlier_car_fire_with_a_death_is_no_damage_of_the_downed_drones():
    text = ("Над Ростовской областью отражена атака, сбиты 12 беспилотников. Ранее он сообщил, что на трассе в "
            "Ростовской области после атаки БПЛА сгорел автомобиль, погиб человек.")
    got = rows(text)
    assert ("interception", "RU-ROS", None, 12, None, None) in got
    assert any(r[0] == "strike" and r[4] == 1 for r in got)


def test_an_attempt_on_regions_listed_in_the_accusative_is_one_interception_each():
    text = ("Вечером ВСУ пытались атаковать Крым и ещё три региона России — Орловскую, Курскую и "
            "Тульскую области. За вечер над страной уничтожено 25 беспилотников.")
    got = rows(text)
    assert {r[1] for r in got} == {"UA-43", "RU-ORL", "RU-KRS", "RU-TUL"}
    assert all(r[0] == "interception" and r[3] is None for r in got)


def test_an_attempt_on_a_facility_stays_a_strike():
    text = "Беспилотник пытался атаковать нефтебазу в Курской области, повреждён резервуар."
    assert [r[0] for r in rows(text)] == ["strike"]


def test_the_region_across_the_border_is_not_where_the_drone_was_downed():
    text = "Глава Липецкой области написал, что дрон подавлен на границе с Орловской областью."
    assert rows(text) == [("interception", "RU-LIP", None, 1, None, None)]


def test_the_capitals_air_defence_named_beside_drones_heading_there_places_nothing():
    text = "Система ПВО Москвы уничтожила к утру 12 беспилотников, летевших на Москву, сообщил мэр."
    assert rows(text) == [("interception", None, None, 12, None, None)]


def test_a_region_named_beside_drones_heading_for_the_capital_keeps_its_own():
    text = "Над Калужской областью сбиты три беспилотника, летевших на Москву."
    assert rows(text) == [("interception", "RU-KLU", None, 3, None, None)]


def test_drones_jammed_or_forced_down_by_electronic_warfare_are_downed():
    assert rows("Над Брянской областью три беспилотника заглушены средствами РЭБ.") == [
        ("interception", "RU-BRY", None, 3, None, None)]
    assert rows("В Курской области средствами РЭБ посадили два беспилотника.") == [
        ("interception", "RU-KRS", None, 2, None, None)]
    got = rows("Над Крымом пять беспилотников сбиты силами ПВО, ещё два заглушены и посажены средствами РЭБ.")
    assert got == [("interception", "UA-43", None, 7, None, None)]


def test_one_of_the_drones_forced_down_blowing_up_is_their_interceptions_toll():
    text = ("Средствами РЭБ в Орловской области посадили три беспилотника. Один беспилотник при посадке сдетонировал, "
            "никто не пострадал.")
    assert rows(text) == [("interception", "RU-ORL", None, 3, 0, 0)]


def test_a_single_drone_attack_after_several_downed_stays_a_strike():
    text = ("Над Орловской областью сбиты три беспилотника. Ещё один дрон атаковал грузовик в селе Сосково, "
            "ранен водитель.")
    got = rows(text)
    assert ("interception", "RU-ORL", None, 3, None, None) in got
    assert any(r[0] == "strike" and r[5] == 1 for r in got)


def test_the_mayors_drones_heading_for_the_capital_are_not_added_to_the_ministrys_total():
    text = ("Минобороны: за ночь над территорией России уничтожены 40 беспилотников. "
            "Собянин сообщил, что сбиты три беспилотника, летевших на Москву.")
    got = rows(text)
    assert ("interception", None, None, 40, None, None) in got
    assert ("interception", None, None, 43, None, None) not in got
