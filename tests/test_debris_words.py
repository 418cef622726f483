""""Подбитый" (hit and brought down) tells a downed drone's debris as "сбитый" does."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 6, 2)


def test_one_of_the_drones_hit_and_brought_down_is_the_interceptions_debris() -> None:
    text = ("Ночью над Тамбовской областью уничтожены пять беспилотников. "
            "Один из подбитых дронов при падении повредил крышу котельной.")
    assert figure_rows(text, "ru", DAY) == [("interception", "RU-TAM", None, 5, None, None)]


def test_a_downed_drones_fall_told_as_a_gerund_is_its_debris() -> None:
    text = ("Губернатор сообщил, что над Тамбовской областью сбит беспилотник. "
            "Упав, беспилотник повредил забор склада.")
    assert figure_rows(text, "ru", DAY) == [("interception", "RU-TAM", None, 1, None, None)]
