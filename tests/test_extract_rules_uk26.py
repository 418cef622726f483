"""Rules of the session-26 accuracy round on Ukrainian reports (issue 14: causes that recur across the pooled
held-out batches), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 12, 3)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_breakdown_sentence_of_regions_and_dashed_figures_follows_the_total():
    # the breakdown has no verb of its own: region, dash, figure, after the total's sentence
    text = ("Над півночю країни сили ППО збили 12 шахедів. У Чернігівській області – 6, у Сумській – 4, "
            "в Житомирській – 2.")
    assert rows(text) == [("interception", "UA-74", None, 6, None, None),
                          ("interception", "UA-59", None, 4, None, None),
                          ("interception", "UA-18", None, 2, None, None)]


def test_uk_one_of_the_wounded_men_died_later_moves_to_the_killed():
    text = ("Окупанти вдарили дроном по Широкому на Запоріжжі. Поранені 47-річний та 61-річний чоловіки. "
            "Увечері староста повідомив, що один із чоловіків помер у лікарні.")
    assert rows(text) == [("strike", "UA-23", "Широке", 1, 1, 1)]
    pronoun = "Окупанти вдарили дроном по Широкому на Запоріжжі. Поранено двох жінок. Згодом одна з них померла."
    assert rows(pronoun) == [("strike", "UA-23", "Широке", 1, 1, 1)]


def test_uk_a_drone_that_fell_told_verb_first_in_the_singular_is_one():
    text = "Уночі на город у Борисполі впав російський безпілотний літальний апарат, вибуху не було."
    assert rows(text) == [("strike", "UA-32", "Бориспіль", 1, None, None)]
    assert rows("На подвір'я школи в Ічні упав ворожий БпЛА.")[0][3] == 1


def test_uk_the_titles_town_goes_to_the_body_past_a_recap_of_another_town():
    # the body names no town; a "Нагадаємо" paragraph about another village of the region is another story
    text = ("Окупанти скинули вибухівку з дрона на маршрутку в Скадовську\n"
            "Про це повідомила обласна військова адміністрація Херсонщини.\n"
            "Через скидання вибухівки з БпЛА постраждали 61-річний чоловік та 58-річна жінка.\n"
            "Нагадаємо, у селі Тягинка Херсонської області російський дрон атакував трактор. Тракторист дістав травми.")
    assert rows(text) == [("strike", "UA-65", "Скадовськ", 1, None, 2),
                          ("strike", "UA-65", "Тягинка", 1, None, 1)]


def test_uk_all_of_them_destroyed_over_a_list_of_oblasts_is_an_interception_each():
    text = ("Минулої ночі ворог запустив по Україні 9 ударних дронів із Брянської області РФ. "
            "Усі вони були знищені зенітними підрозділами у межах Сумської, Чернігівської та Полтавської областей.")
    assert rows(text) == [("interception", "UA-59", None, None, None, None),
                          ("interception", "UA-74", None, None, None, None),
                          ("interception", "UA-53", None, None, None, None)]


def test_uk_hromadas_merged_across_the_capitals_district_stay_apart_from_the_capital():
    # the two hromadas' strikes are one incident (no settlement); the capital's district sentence between them
    # is the capital's own incident, not a place for theirs
    text = ("Ворожі дрони знову атакували громади Сумщини. У Хотінській громаді через удар дрона поранено чоловіка. "
            "Також безпілотник влучив у склад у Зарічному районі Сум, ніхто не постраждав. "
            "У Краснопільській громаді дрон атакував трактор, поранено тракториста.")
    got = rows(text)
    assert ("strike", "UA-59", "Суми", 1, 0, 0) in got
    assert ("strike", "UA-59", None, 2, None, 2) in got


def test_uk_a_person_who_was_hurt_told_in_a_relative_clause_is_one_injured():
    text = ("Сьогодні до лікарні звернулася 58-річна жителька Ромен, яка напередодні постраждала "
            "від удару ворожого дрона.")
    assert rows(text)[0][5] == 1


def test_uk_a_region_of_a_roundup_list_stays_beside_the_debris_in_one_of_its_towns():
    text = ("Повітряні сили підтвердили збиття 19 ворожих дронів у Житомирській, Рівненській, Волинській та "
            "Черкаській областях. Внаслідок падіння уламків збитого шахеда у Сарнах пошкоджено склад.")
    got = rows(text)
    assert ("interception", "UA-56", None, None, None, None) in got
    assert [r for r in got if r[2] == "Сарни"] == [("interception", "UA-56", "Сарни", 1, None, None)]


def test_uk_the_slang_prileteli_po_is_a_strike_on_the_place_it_names():
    text = ("За добу по області били ударні дрони. У Золочеві пошкоджено склад. "
            "А у Богодухівському районі “прилетіло” по трактору.")
    got = rows(text)
    assert ("strike", "UA-63", None, None, None, None) in got
    assert ("strike", "UA-63", "Золочів", None, None, None) in got


def test_uk_a_drones_fall_recorded_with_no_shoot_down_is_a_strike():
    text = ("Уночі на Черкащині зафіксовано падіння ворожого безпілотника у Звенигородському районі. "
            "Пошкоджено дах складу, обійшлося без постраждалих.")
    assert rows(text) == [("strike", "UA-71", None, 1, 0, 0)]
    downed = "Уночі на Черкащині зафіксовано падіння збитого безпілотника у Звенигородському районі."
    assert rows(downed)[0][0] == "interception"
