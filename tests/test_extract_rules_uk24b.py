"""Rules of the second session-24 accuracy round on Ukrainian reports (issue 14), each checked on
sentences written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 11, 20)


def injured(text: str) -> list[int | None]:
    return [row[5] for row in figure_rows(text, "uk", DAY)]


def test_uk_help_sought_before_the_number_counts_the_wounded():
    text = ("Уночі дрони атакували Полтавську область, уламками пошкоджено склад у Лубенському районі. "
            "По медичну допомогу звернулися двоє людей.")
    assert injured(text) == [2]


def test_uk_an_acute_stress_reaction_is_an_injury():
    many = "Уночі дрон атакував Бровари, пошкоджено гараж. Троє людей зазнали гострої реакції на стрес."
    assert injured(many) == [3]
    after = "Уночі дрон атакував Бровари, пошкоджено гараж. Гостру реакцію на стрес отримали двоє людей."
    assert injured(after) == [2]
    one = "Уночі дрон атакував Бровари, пошкоджено гараж. Гостру реакцію на стрес отримала 70-річна жінка."
    assert injured(one) == [1]
    # more people with stress add to the wounded; some of the wounded with stress do not
    more = "Уночі дрон атакував Бровари, пошкоджено гараж. Поранено двох людей. Ще троє зазнали гострої реакції на стрес."
    assert injured(more) == [5]
    among = "Уночі дрон атакував Бровари, поранено трьох людей. Двоє з них зазнали гострої реакції на стрес."
    assert injured(among) == [3]


def test_uk_a_stress_reaction_after_no_victims_is_one_injured():
    text = ("Уночі уламки дрона впали на гараж у Броварах. "
            "Постраждалих немає, але сторож відчув гостру реакцію на стрес.")
    assert injured(text) == [1]
    # without it, nobody
    plain = "Уночі уламки дрона впали на гараж у Броварах. Постраждалих немає."
    assert injured(plain) == [0]


def counts(text: str) -> list[int | None]:
    return [row[3] for row in figure_rows(text, "uk", DAY)]


def test_uk_one_hit_told_without_a_drone_noun_is_one():
    text = "Уночі дрони атакували Полтавщину. У Лубенському районі зафіксовано влучання по складу одного з підприємств."
    assert counts(text) == [1]
    # hits in several places are no one hit
    several = "Уночі дрони атакували Полтавщину. У Лубенському районі зафіксовано влучання у трьох селах."
    assert counts(several) == [None]


def test_uk_a_lead_figure_told_after_a_community_part_is_that_part_again():
    text = ("Окупанти атакували безпілотниками Конотопську громаду на Сумщині, пошкоджено об'єкти інфраструктури. "
            "Також зафіксовано влучання у Соснівському старостаті. "
            "Там ворог поцілив безпілотником в інфраструктурний об'єкт.")
    assert counts(text) == [1]
