"""Tolls of session 28: a toll told paragraphs after its incident, referring back to it ("унаслідок атаки"),
or adding more victims to the one incident ("ще двоє")."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)


def test_toll_referring_back_a_paragraph_on_uk_ru() -> None:
    uk = ("Безпілотник влучив у склад у Черкасах.\n\nНа місце прямують рятувальники.\n\n"
          "Про це повідомив голова ОВА.\n\nУнаслідок ворожої атаки постраждали троє людей.")
    assert figure_rows(uk, "uk", DAY) == [("strike", "UA-71", "Черкаси", 1, None, 3)]
    ru = ("Беспилотник ударил по складу в Брянске.\n\nНа место едут спасатели.\n\n"
          "Об этом сообщил губернатор.\n\nВ результате удара пострадали три человека.")
    assert figure_rows(ru, "ru", DAY) == [("strike", "RU-BRY", "Брянск", 1, None, 3)]



def test_toll_referring_back_after_another_place_is_not_the_first_ru() -> None:
    ru = ("Беспилотник ударил по складу в Брянске.\n\nТакже дрон атаковал Белгород.\n\n"
          "Об этом сообщил губернатор.\n\nВ результате удара пострадали три человека.")
    rows = figure_rows(ru, "ru", DAY)
    assert ("strike", "RU-BRY", "Брянск", 1, None, None) in rows
