"""Casualty tolls told over several sentences (session 25): our own sentences, other places and numbers."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)


def test_died_in_hospital_leaves_the_wounded_uk() -> None:
    text = ("Увечері російський дрон атакував село Великий Бурлук на Харківщині. Поранення дістали четверо людей.\n"
            "Вранці стало відомо, що один чоловік помер у лікарні.")
    assert figure_rows(text, "uk", DAY) == [("strike", "UA-63", "Великий Бурлук", 1, 1, 3)]


def test_died_in_hospital_leaves_the_wounded_ru() -> None:
    text = ("Беспилотник атаковал автомобиль в селе Тёткино Курской области. Ранены три человека. "
            "Позже один из раненых скончался в больнице.")
    assert figure_rows(text, "ru", DAY) == [("strike", "RU-KRS", "Тёткино", 1, 1, 2)]


def test_died_in_hospital_leaves_the_wounded_en() -> None:
    text = ("A Russian drone struck a bus in Kupiansk, Kharkiv Oblast, on Monday, injuring five people. "
            "One of the wounded later died in hospital, the governor said.")
    assert figure_rows(text, "en", DAY) == [("strike", "UA-63", "Kupiansk", 1, 1, 4)]


def test_wound_named_first_then_victims_by_age_uk() -> None:
    text = ("Удень ворожий дрон скинув вибухівку на село Золочів Харківської області. "
            "Поранення дістали 71-річний чоловік, його 69-річна дружина та 40-річна сусідка.")
    assert figure_rows(text, "uk", DAY) == [("strike", "UA-63", "Золочів", 1, None, 3)]


def test_wound_named_first_then_two_victims_uk() -> None:
    text = "Дрон атакував автівку в місті Краснопілля на Сумщині. Травми отримали водій та його дружина."
    assert figure_rows(text, "uk", DAY) == [("strike", "UA-59", "Краснопілля", 1, None, 2)]
