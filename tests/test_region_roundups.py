"""Interception roundups that list regions: each region with its own figure, every region kind by its
short name (the sweep of session 27; sentences written for the tests)."""
from __future__ import annotations

import pytest

from geo.extract import extract


def pairs(text: str, lang: str) -> list[tuple[str | None, int | None]]:
    got = [(i.region, i.count) for i in extract(text, language=lang) if i.event_type == "interception"]
    return sorted(got, key=str)


@pytest.mark.parametrize("text,lang,expected", [
    # a region-first list whose last item follows a conjunction: the figure after it is its own
    ("Уничтожены 41 беспилотник: над Тверской областью — 12, над Пензенской областью — 20 и над Курганской областью — 9.",
     "ru", [("RU-KGN", 9), ("RU-PNZ", 20), ("RU-TVE", 12)]),
    ("Знищено 30 безпілотників: над Сумською областю — 7, над Полтавською областю — 19 та над Київською областю — 4.",
     "uk", [("UA-32", 4), ("UA-53", 19), ("UA-59", 7)]),
    # a figure in brackets after each region, a total before the list
    ("Сбиты 26 беспилотников над Тамбовской областью (15), Липецкой областью (6) и Саратовской областью (5).",
     "ru", [("RU-LIP", 6), ("RU-SAR", 5), ("RU-TAM", 15)]),
    # a sea among the regions (uk): region null
    ("Знищено 19 безпілотників: 8 — над Курською областю, 6 — над Брянською областю та 5 — над акваторією Азовського моря.",
     "uk", [(None, 5), ("RU-BRY", 6), ("RU-KRS", 8)]),
    # one region a line, in the nominative, a dash figure or none (one incident per region, count null)
    ("Перехвачены 17 беспилотников:\n— Пензенская область — 9;\n— Республика Мордовия — 8.",
     "ru", [("RU-MO", 8), ("RU-PNZ", 9)]),
    ("Перехвачены 12 беспилотников над регионами:\n— Ставропольский край;\n— Чеченская Республика;\n— Астраханская область.",
     "ru", [("RU-AST", None), ("RU-CE", None), ("RU-STA", None)]),
    ("Збито 11 безпілотників:\n— Тверська область;\n— Республіка Татарстан.",
     "uk", [("RU-TA", None), ("RU-TVE", None)]),
    ("The ministry listed 14 downed drones:\nTver Oblast - 6\nPenza Oblast - 8",
     "en", [("RU-PNZ", 8), ("RU-TVE", 6)]),
    # region first, then a bare figure after a comma, item by item
    ("Over the Kaluga region, 7 drones were destroyed; over the Tver region, 4; over the Pskov region, 2.",
     "en", [("RU-KLU", 7), ("RU-PSK", 2), ("RU-TVE", 4)]),
    # figures over regions first, the verb at the end of the list
    ("7 беспилотников над Тверской областью, 5 над Псковской областью и 3 над Республикой Коми были сбиты.",
     "ru", [("RU-KO", 3), ("RU-PSK", 5), ("RU-TVE", 7)]),
    ("4 безпілотники над Пензенською областю, 6 над Тамбовською областю та 2 над Кримом було знищено.",
     "uk", [("RU-PNZ", 4), ("RU-TAM", 6), ("UA-43", 2)]),
    # a total, the regions, then their figures "respectively": each its own, not the total each
    ("Eleven drones were downed over the Tver, Penza and Oryol regions, 5, 4 and 2 respectively.",
     "en", [("RU-ORL", 2), ("RU-PNZ", 4), ("RU-TVE", 5)]),
])
def test_roundup_lists(text: str, lang: str, expected: list[tuple[str | None, int]]) -> None:
    assert pairs(text, lang) == sorted(expected, key=str)


@pytest.mark.parametrize("text,lang,code", [
    ("Над Хакасией сбиты три беспилотника.", "ru", "RU-KK"),
    ("В Кабардино-Балкарии сбиты три беспилотника.", "ru", "RU-KB"),
    ("Над Тывой сбиты три беспилотника.", "ru", "RU-TY"),
    ("Над ЯНАО сбиты три беспилотника.", "ru", "RU-YAN"),
    ("В Санкт-Петербурге сбиты три беспилотника.", "ru", "RU-SPE"),
    ("Над Республикой Саха сбиты три беспилотника.", "ru", "RU-SA"),
    ("Над Бурятією збито три безпілотники.", "uk", "RU-BU"),
    ("У Північній Осетії збито три безпілотники.", "uk", "RU-SE"),
    ("Над Кубанню збито три безпілотники.", "uk", "RU-KDA"),
    ("У Севастополі збито три безпілотники.", "uk", "UA-40"),
    ("Над Республікою Тива збито три безпілотники.", "uk", "RU-TY"),
])
def test_region_short_names(text: str, lang: str, code: str) -> None:
    assert pairs(text, lang) == [(code, 3)]
