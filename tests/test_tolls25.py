"""Casualty tolls told over several sentences (session 25): our own sentences, other places and numbers."""
from __future__ import annotations

import datetime as dt

import pytest

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)

CASES = [
    # died in hospital / one of the wounded died, told after the wounded: the dead leave the injured
    ("uk", "Увечері російський дрон атакував село Великий Бурлук на Харківщині. Поранення дістали четверо людей.\n"
           "Вранці стало відомо, що один чоловік помер у лікарні.",
     ("strike", "UA-63", "Великий Бурлук", 1, 1, 3)),
    ("ru", "Беспилотник атаковал автомобиль в селе Тёткино Курской области. Ранены три человека. "
           "Позже один из раненых скончался в больнице.",
     ("strike", "RU-KRS", "Тёткино", 1, 1, 2)),
    ("en", "A Russian drone struck a bus in Kupiansk, Kharkiv Oblast, on Monday, injuring five people. "
           "One of the wounded later died in hospital, the governor said.",
     ("strike", "UA-63", "Kupiansk", 1, 1, 4)),
    # the wound named first with a plural verb, then the victims: one per age, or the two named
    ("uk", "Удень ворожий дрон скинув вибухівку на село Золочів Харківської області. "
           "Поранення дістали 71-річний чоловік, його 69-річна дружина та 40-річна сусідка.",
     ("strike", "UA-63", "Золочів", 1, None, 3)),
    ("uk", "Дрон атакував автівку в місті Краснопілля на Сумщині. Травми отримали водій та його дружина.",
     ("strike", "UA-59", "Краснопілля", 1, None, 2)),
]


@pytest.mark.parametrize(("language", "text", "row"), CASES)
def test_toll(language: str, text: str, row: tuple) -> None:
    assert figure_rows(text, language, DAY) == [row]
