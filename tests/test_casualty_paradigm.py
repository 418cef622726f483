"""Casualty phrasing across the paradigm (ru, uk): every case of the number, gender and number of the
verb, the predicate before or after its subject. A sample of the forms a generated sweep found unread."""
from __future__ import annotations

import datetime as dt

import pytest

from support.figures import figure_rows

PUB = dt.date(2025, 6, 14)
RU_EVENT = "14 июня беспилотник атаковал село Кокино Брянской области. Повреждены жилой дом и сарай. "
UK_EVENT = "Увечері 14 червня дрон атакував селище Білозерка Херсонської області. Пошкоджено гараж. "


@pytest.mark.parametrize(("toll", "killed", "injured"), [
    ("Получили травмы трое подростков.", None, 3),
    ("Два водителя получили осколочные ранения.", None, 2),
    ("Местная жительница получила травмы.", None, 1),
    ("Скончались шесть человек.", 6, None),
    ("Также скончались двое мирных жителей.", 2, None),
    ("Пенсионер был убит.", 1, None),
    ("Дрон ранил местного жителя.", None, 1),
    ("Ещё дрон убил пятерых мирных жителей.", 5, None),
    ("Травмировалась пенсионерка.", None, 1),
    ("Четверо детей травмировались.", None, 4),
    ("Получил баротравму водитель.", None, 1),
    ("Баротравмы получили семь человек.", None, 7),
    ("Получили ранения разной степени тяжести девять человек.", None, 9),
    ("Пострадали тридцать три человека.", None, 33),
    ("Погибли сорок четыре человека.", 44, None),
    ("31 человек был госпитализирован.", None, 31),
    ("Была ранена 41 женщина.", None, 41),
    ("Погиб 21 мирный житель.", 21, None),
    ("По данным оперштаба, никто не погиб.", 0, None),
    ("Никто не пострадал.", 0, 0),
])
def test_ru_casualty_forms(toll: str, killed: int | None, injured: int | None) -> None:
    rows = figure_rows(RU_EVENT + toll, "ru", PUB)
    assert [(r[4], r[5]) for r in rows] == [(killed, injured)]


@pytest.mark.parametrize(("toll", "killed", "injured"), [
    ("Зазнали травм четверо підлітків.", None, 4),
    ("Двоє водіїв отримали травми.", None, 2),
    ("Отримала травми одна людина.", None, 1),
    ("Померли троє цивільних.", 3, None),
    ("Були вбиті дві людини.", 2, None),
    ("Також був убитий водій.", 1, None),
    ("Дрон вбив п’ятьох мешканців.", 5, None),
    ("Травмувався підліток.", None, 1),
    ("Шестеро мешканців травмувалися.", None, 6),
    ("Водійка отримала баротравму.", None, 1),
    ("Зазнали поранень різного ступеня тяжкості вісім осіб.", None, 8),
    ("Дрон травмував пенсіонерку.", None, 1),
    ("Постраждали тридцять три особи.", None, 33),
    ("31 людина зазнала травм.", None, 31),
    ("Загинула 41 людина.", 41, None),
    ("Дрон поранив 51 людину.", None, 51),
    ("Як повідомила ОВА, ніхто не загинув.", 0, None),
    ("Ніхто не постраждав.", 0, 0),
])
def test_uk_casualty_forms(toll: str, killed: int | None, injured: int | None) -> None:
    rows = figure_rows(UK_EVENT + toll, "uk", PUB)
    assert [(r[4], r[5]) for r in rows] == [(killed, injured)]
