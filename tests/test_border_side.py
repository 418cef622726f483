"""A drone downed "on the border of the X and Y regions" in X's official's report: X's incident only."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 4, 2)


def _where(text: str, language: str) -> list[tuple]:
    """(type, region) of each incident found."""
    return [r[:2] for r in figure_rows(text, language, DAY)]


def test_the_officials_side_of_the_border_is_the_place() -> None:
    text = "Беспилотник уничтожен на самой границе Курской и Белгородской областей, сообщил Александр Хинштейн."
    assert _where(text, "ru") == [("interception", "RU-KRS")]


def test_the_governors_title_before_the_border_keeps_his_side() -> None:
    text = "Kaluga Governor Vladislav Shapsha said a drone was destroyed on the border between the Kaluga and Tula regions."
    assert _where(text, "en") == [("interception", "RU-KLU")]


def test_a_border_with_no_official_keeps_both_regions() -> None:
    text = "Беспилотник сбит на границе Калужской и Тульской областей."
    assert _where(text, "ru") == [("interception", "RU-KLU"), ("interception", "RU-TUL")]
