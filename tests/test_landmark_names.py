""""В районе Учкуевского пляжа": a name before a beach, park or embankment is the landmark's, not a town."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 6, 2)
DOWNED = "Ночью над Севастополем сбиты шесть беспилотников. "


def test_a_beach_name_is_no_settlement() -> None:
    text = DOWNED + "В районе Учкуевского пляжа обломками повреждено кафе."
    assert figure_rows(text, "ru", DAY) == [("interception", "UA-40", "Севастополь", 6, None, None)]


def test_a_park_name_is_no_settlement() -> None:
    text = DOWNED + "В районе Центрального парка от сбитого БПЛА загорелась трава."
    assert figure_rows(text, "ru", DAY) == [("interception", "UA-40", "Севастополь", 6, None, None)]
