"""Rules of the session-22 accuracy round on Ukrainian reports (issue 14), each checked on sentences
written for this file: casualty phrasings of fresh regional news (no victims, two named dead, animals)."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 10, 30)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_no_victims_said_with_poterpili_is_zero_killed_and_injured():
    assert rows("У Херсоні дрон влучив у будинок. Потерпілих немає.") == [("strike", "UA-65", "Херсон", 1, 0, 0)]
    assert rows("Над Черкащиною збили ворожий шахед. Уламки пошкодили будинок. Повсюди минулося без потерпілих.") == [
        ("interception", "UA-71", None, 1, 0, 0)]


def test_uk_two_persons_named_after_died_are_two_killed():
    text = "Уночі ворог атакував дронами Бучанську громаду Київської області. Унаслідок удару загинули чоловік і жінка."
    assert rows(text) == [("strike", "UA-32", None, None, 2, None)]


def test_uk_animals_not_hurt_are_no_toll_of_people():
    assert rows("У Сумах дрон влучив у ветеринарну клініку. Тварини не постраждали.") == [
        ("strike", "UA-59", "Суми", 1, None, None)]
    assert rows("У Сумах дрон влучив у будинок. Люди не постраждали.") == [("strike", "UA-59", "Суми", 1, 0, 0)]


def test_uk_a_singular_drone_right_before_the_attack_verb_is_one():
    text = "Окупанти FPV-дроном атакували вантажівку у Донецькій області. Внаслідок цього поранений водій."
    assert rows(text) == [("strike", "UA-14", None, 1, None, 1)]


def test_uk_minusuvaly_is_slang_for_downed():
    assert rows("Надвечір захисники відмінусували ворожий дрон над Дніпропетровщиною.") == [
        ("interception", "UA-12", None, 1, None, None)]
    assert rows("За ніч над Черкащиною мінуснули 7 БпЛА.") == [("interception", "UA-71", None, 7, None, None)]


def test_uk_hit_of_a_singular_adjective_bpla_is_one():
    assert rows("Сталося влучання ворожого БпЛА в склад у місті Богодухів.") == [
        ("strike", "UA-63", "Богодухів", 1, None, None)]


def test_uk_a_fire_that_destroyed_a_house_after_debris_is_the_debris_damage():
    text = ("Над Черкащиною мобільні вогневі групи збили 12 ударних дронів, уламки яких упали на житлові будинки. "
            "У Черкаському районі спалахнула пожежа, що повністю знищила житловий будинок. Обійшлося без жертв.")
    assert rows(text) == [("interception", "UA-71", None, 12, 0, 0)]


def test_uk_the_enemy_destroying_a_car_is_still_an_attack():
    text = "Прицільним ударом окупанти знищили авто рятувальників у Краснопіллі на Сумщині. Вранці ворог атакував транспорт дроном."
    assert [r[:3] for r in rows(text)] == [("strike", "UA-59", "Краснопілля")]


def test_uk_damage_told_as_caused_by_the_attack_is_the_debris_of_the_drone_downed_later():
    text = ("На Полтавщині внаслідок атаки російського шахеда пошкоджено дах школи. Про це повідомив голова ОВА. "
            "Вночі лунали тривоги. Сили ППО збили шахед. Уламками збитого безпілотника пошкоджено дах школи. Потерпілих немає.")
    assert rows(text) == [("interception", "UA-53", None, 1, 0, 0)]


def test_uk_a_drone_that_hit_is_a_strike_beside_the_one_downed():
    text = ("На Полтавщині дрон влучив у школу. Про це повідомив голова ОВА. "
            "Сили ППО збили шахед. Уламками збитого безпілотника пошкоджено вікна будинку.")
    assert [r[0] for r in rows(text)] == ["strike", "interception"]


def test_uk_consequences_recorded_in_listed_oblasts_are_a_strike_in_each():
    text = ("Вночі ворог атакував Україну 80 ударними БпЛА. Збито 50 дронів. "
            "Наслідки атаки зафіксовані у Київській, Харківській та Сумській областях.")
    assert rows(text) == [("interception", None, None, 50, None, None), ("strike", "UA-32", None, None, None, None),
                          ("strike", "UA-63", None, None, None, None), ("strike", "UA-59", None, None, None, None)]


def test_uk_victims_told_over_several_sentences_add_up():
    text = ("За даними ОВА, сталося влучання БпЛА в магазин у місті Куп'янськ. Крім того, пошкоджено житловий будинок.\n"
            "Спершу повідомили, що постраждали 40-річна та 63-річна жінки, а також 12-річний хлопчик. "
            "Вони отримали гостру реакцію на стрес. Також 50-річний чоловік отримав вибухову травму.\n"
            "Пізніше стало відомо, що кількість постраждалих зросла. За допомогою до лікарів звернувся 20-річний хлопець.")
    assert rows(text) == [("strike", "UA-63", "Куп'янськ", 1, None, 5)]  # one hit by a drone on one shop: one


def test_uk_also_injured_after_a_toll_adds_one():
    text = "У Херсоні дрон влучив у маршрутку. Поранено двох пасажирів. Також травмовано водія."
    assert rows(text) == [("strike", "UA-65", "Херсон", 1, None, 3)]


def test_uk_one_town_told_in_two_paragraphs_keeps_the_larger_toll_not_the_first():
    # one incident per settlement and day (the gold's key): the larger toll told, as for the count
    text = ("Вранці у місті Ізюм дрон влучив у склад, поранено людину.\n\n"
            "Увечері у місті Ізюм також дрон влучив у гараж. Поранено трьох людей.")
    assert rows(text) == [("strike", "UA-63", "Ізюм", 1, None, 3)]


def test_uk_attacked_the_town_from_a_drone_is_one():
    assert rows("Окупанти атакували Берислав із безпілотника.") == [("strike", "UA-65", "Берислав", 1, None, None)]


def test_uk_a_toll_sentence_naming_the_drone_but_no_place_is_the_toll_of_the_strike_before():
    text = "Окупанти атакували Берислав дроном. Через скидання вибухівки з дрона загинула жінка."
    assert rows(text) == [("strike", "UA-65", "Берислав", 1, 1, None)]


def test_uk_a_community_told_after_its_district_is_the_same_strike_told_closer():
    text = ("Двоє людей поранені внаслідок атаки дрона окупантів у Пологівському районі. "
            "У Молочанській громаді росіяни fpv-дроном атакували легковий автомобіль.")
    assert rows(text) == [("strike", "UA-23", None, 1, None, 2)]


def test_uk_two_communities_after_their_districts_still_add_up():
    text = ("Сьогодні росіяни атакували Шосткинський та Конотопський райони. Ворожий дрон вдарив по Дружбівській громаді. "
            "Пізніше росіяни атакували Путивльську громаду двома ударними БпЛА.")
    assert rows(text) == [("strike", "UA-59", None, 3, None, None)]


def test_uk_one_more_victim_with_an_aside_in_commas_is_one_injured():
    text = ("У місті Марганець загинула 60-річна жінка від влучання FPV-дрона. "
            "Ще одна жінка, 40-річна місцева мешканка, отримала поранення від осколків.")
    assert rows(text) == [("strike", "UA-12", "Марганець", 1, 1, 1)]


def test_uk_known_about_one_dead_and_two_injured():
    assert rows("Вранці дрони атакували Суми. Попередньо відомо про одного загиблого.") == [
        ("strike", "UA-59", "Суми", None, 1, None)]
    assert rows("Вранці дрон атакував Суми. Наразі відомо про двох постраждалих.") == [
        ("strike", "UA-59", "Суми", 1, None, 2)]


def test_uk_an_official_named_before_a_reporting_verb_places_an_unplaced_strike():
    text = ("\"Вночі росіяни атакували обласний центр безпілотником. Виникла пожежа у багатоповерхівці\".\n\n"
            "Федоров додав: наразі відомо про двох постраждалих.")
    assert [r[:2] for r in rows(text)] == [("strike", "UA-23")]


def test_uk_the_regional_centre_is_the_capital_of_the_region():
    text = "На Полтавщині вночі росіяни атакували обласний центр безпілотником. Пошкоджено гуртожиток."
    assert [r[:3] for r in rows(text)] == [("strike", "UA-53", "Полтава")]
