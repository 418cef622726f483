""""Об атаках дронов также сообщали в X": who else told of attacks, with nothing hit or downed, is no incident."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 6, 2)
DOWNED = "Ночью над Тамбовской областью уничтожены пять беспилотников. "


def test_others_reporting_attacks_is_no_incident() -> None:
    text = DOWNED + "Об атаках дронов также сообщали в Курской области."
    assert figure_rows(text, "ru", DAY) == [("interception", "RU-TAM", None, 5, None, None)]


def test_a_report_with_damage_stays_an_incident() -> None:
    text = DOWNED + "Об атаке дронов ранее сообщили в Курской области, где повреждены два дома."
    assert ("strike", "RU-KRS", None, None, None, None) in figure_rows(text, "ru", DAY)
