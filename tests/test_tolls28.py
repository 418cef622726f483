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


def test_more_victims_with_no_place_after_go_on_with_the_toll_ru_uk_en() -> None:
    ru = ("Беспилотник атаковал частный дом в селе Глотово Белгородской области. Погиб мужчина. Губернатор выразил "
          "соболезнования. Дом сгорел. Еще четыре человека получили ранения. Их доставили в больницу.")
    assert figure_rows(ru, "ru", DAY) == [("strike", "RU-BEL", "Глотово", 1, 1, 4)]
    uk = ("Дрон влучив у приватний будинок у Черкасах. Загинула жінка.\n\nЇї тіло дістали з-під завалів.\n\n"
          "Ще троє людей дістали поранення.")
    assert figure_rows(uk, "uk", DAY) == [("strike", "UA-71", "Черкаси", 1, 1, 3)]
    en = ("A drone struck a private house in Cherkasy. A man was killed. Rescuers worked through the night. "
          "The house burned down. Four more people were wounded.")
    assert figure_rows(en, "en", DAY) == [("strike", "UA-71", "Cherkasy", 1, 1, 4)]


def test_more_victims_before_another_place_are_its_own_uk() -> None:
    uk = ("Дрон влучив у приватний будинок у Черкасах. Загинула жінка. Рятувальники працювали до ранку. "
          "Будинок згорів. Ще троє людей дістали поранення. У Смілі дрон влучив у склад.")
    rows = figure_rows(uk, "uk", DAY)
    assert rows[0] == ("strike", "UA-71", "Черкаси", 1, 1, None)


def test_victims_more_or_others_are_no_drone_count_en() -> None:
    en = "A man was killed and 12 more were wounded as drones struck the town of Bilozerka in Kherson region."
    assert figure_rows(en, "en", DAY) == [("strike", "UA-65", "Bilozerka", None, 1, 12)]
    en2 = "Rescuers freed two people, and almost 90 others were evacuated after a Shahed drone hit a barn in the Sumy region."
    assert [r[3] for r in figure_rows(en2, "en", DAY)] == [1]


def test_minor_bodily_harm_and_wounded_more_by_the_blast_uk_ru() -> None:
    uk = "Дрон влучив у гараж у Смілі на Черкащині. Троє людей отримали легкі ушкодження, їм надали допомогу."
    assert figure_rows(uk, "uk", DAY) == [("strike", "UA-71", "Сміла", 1, None, 3)]
    ru = ("Дрон сбросил гранату на двор в селе Глотово Белгородской области. Погиб мужчина. Губернатор уточнил, "
          "что взрывом ранило еще трех человек.")
    assert figure_rows(ru, "ru", DAY) == [("strike", "RU-BEL", "Глотово", 1, 1, 3)]
