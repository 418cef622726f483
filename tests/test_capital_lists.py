"""A bare region capital listed beside a region named with its region word is the city (capital_lists.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from support.figures import figure_rows

DAY = dt.date(2025, 3, 3)


@pytest.mark.parametrize(("text", "rows"), [
    ("On the night of March 2, Russian forces launched another drone attack on Chernihiv and the Poltava region, "
     "causing fires there.",
     [("strike", "UA-74", "Chernihiv", None, None, None), ("strike", "UA-53", None, None, None, None)]),
    ("Overnight, Russian drones struck the Poltava region and Kharkiv, damaging homes.",
     [("strike", "UA-53", None, None, None, None), ("strike", "UA-63", "Kharkiv", None, None, None)]),
    # regions sharing one plural region word: all regions, no city
    ("Overnight, drones attacked Kursk, Voronezh and Belgorod regions, damaging homes.",
     [("strike", "RU-KRS", None, None, None, None), ("strike", "RU-VOR", None, None, None, None),
      ("strike", "RU-BEL", None, None, None, None)]),
])
def test_capital_beside_region(text: str, rows: list) -> None:
    assert figure_rows(text, "en", DAY) == rows
