"""Rules learnt from the released x25-uk batch (session 25, issue 14), each checked on sentences written for
this file."""
from __future__ import annotations

import datetime as dt
from functools import partial

from support.figures import figure_rows

rows = partial(figure_rows, language="uk", published=dt.date(2025, 11, 20))


def test_uk_no_casualties_before_a_list_of_villages_is_each_ones_toll():
    text = ("За минулу добу ударів ворога зазнали 6 населених пунктів Дніпропетровської області.\n"
            "Про це повідомив голова обласної військової адміністрації.\n"
            "Унаслідок атак немає постраждалих.\n"
            "Ворог застосував проти Дніпропетровщини дрон \u201cЛанцет\u201d і три дрони \u201cШахед\u201d.\n"
            "Пошкоджено:\n"
            "- у Нікопольському районі пошкоджено гараж (м. Марганець);\n"
            "- у Синельниківському районі пошкоджено будинок (с. Шахтарське);\n"
            "- у Криворізькому районі пошкоджено лінію електропередач (с. Карпівка).")
    assert [r[2] for r in rows(text)] == ["Марганець", "Шахтарське", "Карпівка"]
    assert {r[4:] for r in rows(text)} == {(0, 0)}
    # a victim told for one of them: the blanket line is no toll of the others
    hurt = text.replace("пошкоджено будинок", "поранено жінку")
    assert [r[4:] for r in rows(hurt)] == [(None, None), (None, 1), (None, None)]


def test_uk_a_number_of_police_officers_or_medics_is_the_toll():
    text = "На Донеччині троє поліцейських загинули після удару дрона по службовому автобусу."
    assert rows(text) == [("strike", "UA-14", None, 1, 3, None)]
    medics = "У Херсоні російський дрон атакував карету швидкої: двоє медиків дістали поранення."
    assert rows(medics)[0][4:] == (None, 2)


def test_uk_a_drone_model_between_a_figure_and_its_region_keeps_the_figure():
    text = 'Вночі силами ППО збито 4 дрони-камікадзе типу "Shahed-136" над Херсонщиною і ще 2 над Запоріжжям.'
    assert rows(text) == [("interception", "UA-65", None, 4, None, None),
                          ("interception", "UA-23", None, 2, None, None)]


def test_uk_drones_that_did_not_reach_their_target_are_downed():
    text = "Над Черкащиною три ворожі дрони не досягли цілі завдяки роботі мобільних груп."
    assert rows(text) == [("interception", "UA-71", None, 3, None, None)]


def test_uk_an_attack_total_told_again_then_split_into_hits_and_downed():
    text = ("Ворог атакував Черкащину сімома дронами.\n"
            "Вранці 3 березня росіяни атакували Черкаську громаду сімома дронами.\n"
            "Про це повідомив очільник ОВА.\n"
            "\"Після 06:00 Черкаську громаду атакували сім російських дронів. Чотири з них влучили в склади. "
            "Постраждалих немає\", - сказано у повідомленні.\n"
            "Завдяки роботі наших захисників ще три дрони не досягли своєї мети.")
    assert rows(text) == [("strike", "UA-71", None, 4, 0, 0), ("interception", "UA-71", None, 3, None, None)]


def test_uk_more_hits_after_a_dash_add_to_the_count():
    text = "Вночі ворог атакував Полтаву дронами. За словами міського голови, два удари прийшлися по складах, ще один - по школі."
    assert rows(text) == [("strike", "UA-53", "Полтава", 3, None, None)]
    # the attack's number told before stays: the hits break it down
    counted = "Вночі ворог атакував Полтаву трьома дронами. Два удари прийшлися по складах, ще один - по школі."
    assert rows(counted)[0][3] == 3


def test_uk_a_running_total_since_the_weapon_came_is_no_incident():
    text = ("Вночі над Херсонщиною збили два дрони. Загалом від початку використання ворогом ударних дронів на півдні "
            "їх знищено понад 900.")
    assert rows(text) == [("interception", "UA-65", None, 2, None, None)]


def test_uk_debris_that_kept_falling_is_a_downing():
    assert rows("У Львові уламки дронів падали на житлові будинки.") == [
        ("interception", "UA-46", "Львів", None, None, None)]
