"""A downing told as a noun ("об уничтожении вражеского БПЛА") with its drone in the singular counts one."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 6, 2)


def test_noun_downing_of_a_singular_drone_counts_one() -> None:
    text = "Накануне военные доложили об уничтожении вражеского БПЛА над Пензенской областью."
    assert figure_rows(text, "ru", DAY) == [("interception", "RU-PNZ", None, 1, None, None)]


def test_noun_downing_of_a_drone_noun_counts_one() -> None:
    text = "Вечером министерство сообщило о перехвате беспилотника в небе над Пензенской областью."
    assert figure_rows(text, "ru", DAY) == [("interception", "RU-PNZ", None, 1, None, None)]


def test_plural_drones_stay_uncounted() -> None:
    text = "Накануне военные доложили об уничтожении вражеских БПЛА над Пензенской областью."
    assert figure_rows(text, "ru", DAY) == [("interception", "RU-PNZ", None, None, None, None)]
