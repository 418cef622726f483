"""Rules of the second session-21 Ukrainian round (issue 14), each checked on sentences written for this
file: wounds "incompatible with life" are a death, a life taken is one killed."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract
from support.figures import figure_rows

DAY = dt.date(2025, 11, 12)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_wounds_incompatible_with_life_are_one_killed_not_injured():
    text = ("Близько 10:00 окупанти атакували з дрона велосипедиста у Білозерці на Херсонщині. "
            "Внаслідок удару 63-річний чоловік отримав травми, несумісні з життям.")
    assert rows(text) == [("strike", "UA-65", "Білозерка", 1, 1, None)]


def test_injuries_incompatible_with_life_before_the_victim():
    text = ("Увечері ворожий безпілотник атакував Корабельний район Херсона. "
            "Поранення, несумісні з життям, дістала 70-річна жінка.")
    assert rows(text) == [("strike", "UA-65", "Херсон", 1, 1, None)]


def test_a_life_taken_by_a_drone_is_one_killed():
    text = "Удар російського дрона по Нікополю забрав життя ще одного мешканця міста."
    assert rows(text) == [("strike", "UA-12", "Нікополь", 1, 1, None)]


def test_lives_of_two_people_taken():
    text = "Атака ворожого БпЛА на Білопілля Сумської області обірвала життя двох людей."
    assert rows(text) == [("strike", "UA-59", "Білопілля", 1, 2, None)]


def test_a_restatement_gives_its_full_date_when_the_report_has_no_publication_day():
    text = ("У Бериславі ворожий дрон атакував людей біля магазину, поранено жінку.\n\n"
            "За даними поліції, 3 березня 2025 року близько 09:40 окупанти скинули вибухівку з дрона біля "
            "магазину в Бериславі.")
    found = extract(text, published=None, language="uk")
    assert [(i.settlement, i.date) for i in found] == [("Берислав", "2025-03-03")]


def test_a_recap_does_not_take_the_toll_told_just_before_it():
    text = ("Вранці у селі Кушугум на Запоріжжі через удар ворожого дрона загинув 50-річний чоловік, повідомив "
            "голова ОВА.\n\n"
            "Співчуття рідним висловив і міський голова.\n\n"
            "Упродовж доби під дроновими ударами, авіабомбами та артилерійськими обстрілами були 18 населених "
            "пунктів області. "
            "Унаслідок обстрілів одна людина загинула, двоє дістали поранення.\n\n"
            "Нагадаємо, 5 листопада у Запоріжжі ворожий FPV-дрон влучив у вантажівку. На щастя, люди не постраждали.")
    assert rows(text) == [("strike", "UA-23", "Кушугум", 1, 1, None), ("strike", "UA-23", "Запоріжжя", 1, 0, 0)]


def test_a_risen_toll_restated_with_the_place_replaces_the_first_count():
    text = ("О 10:05 голова ОВА повідомив про двох поранених жителів Нікополя через атаку дрона.\n\n"
            "Пізніше він написав, що до трьох зросла кількість поранених внаслідок атаки на Нікополь.")
    assert rows(text) == [("strike", "UA-12", "Нікополь", 1, None, 3)]


def test_a_road_toward_a_village_is_no_settlement():
    text = "На Харківщині ворожий дрон атакував вантажівку, яка їхала дорогою на Липці. Водій поранений."
    assert rows(text) == [("strike", "UA-63", None, 1, None, 1)]


def test_one_victim_per_verb_joined_by_and_are_two():
    text = ("У Золочівській громаді Харківської області ворожий дрон атакував автомобіль. Травми дістав "
            "60-річний чоловік і постраждала 12-річна дівчинка.")
    assert rows(text) == [("strike", "UA-63", None, 1, None, 2)]


def test_also_after_a_toll_goes_on_with_that_toll():
    text = ("У Золочівській громаді Харківської області ворожий дрон атакував автомобіль. Загинув 50-річний "
            "водій. Також травми дістав 60-річний пасажир.")
    assert rows(text) == [("strike", "UA-63", None, 1, 1, 1)]


def test_also_with_a_toll_still_leads_into_the_next_place():
    text = ("Ворожий дрон атакував автомобіль у Золочеві на Харківщині, загинув водій. Також поранено двох людей. "
            "На Сумщині дрон влучив у будинок.")
    assert rows(text) == [("strike", "UA-63", "Золочів", 1, 1, None), ("strike", "UA-59", None, 1, None, 2)]


def test_also_with_a_toll_leads_into_the_next_village():
    text = ("Ворожий дрон атакував автомобіль у Золочеві на Харківщині, загинув водій. Також поранено двох людей. "
            "У селі Писарівка дрон влучив у будинок.")
    assert rows(text) == [("strike", "UA-63", "Золочів", 1, 1, None), ("strike", "UA-63", "Писарівка", 1, None, 2)]


def test_a_drone_sent_at_a_hromada_told_first_is_one_strike():
    text = "На Апостолівську громаду Нікопольщини ворог скерував FPV-дрон. Пошкоджено лінію електропередач."
    assert rows(text) == [("strike", "UA-12", None, 1, None, None)]


def test_a_drone_sent_at_a_city_in_the_singular_is_one():
    text = "Окупанти скерували на Херсон ударний дрон, поранено жінку."
    assert rows(text) == [("strike", "UA-65", "Херсон", 1, None, 1)]
