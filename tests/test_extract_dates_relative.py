"""Relative days told other ways than "yesterday": as an adjective ("вчерашней атаки", "учорашньої атаки"),
"the day before yesterday" as an adjective, and "last evening" (the evening before a morning report; "last night"
is the night into it). Sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

WEDNESDAY = dt.date(2025, 5, 14)


@pytest.mark.parametrize(("text", "date"), [
    ("Последствия вчерашней атаки беспилотника в Курске устраняют.", "2025-05-13"),
    ("Наслідки учорашньої атаки дрона у Сумах ліквідовують.", "2025-05-13"),
    ("Внаслідок вчорашньої атаки безпілотника на Харків поранено двох людей.", "2025-05-13"),
    ("Позавчерашний удар дрона по Курску повредил дом.", "2025-05-12"),
    ("Минувшим вечером беспилотник атаковал склад в Курске.", "2025-05-13"),
    ("Минулого вечора дрон атакував склад у Сумах.", "2025-05-13"),
    ("Last evening a drone hit a shed in Kursk.", "2025-05-13"),
    ("After yesterday's drone attack on Tula, three people were hurt.", "2025-05-13"),
])
def test_relative_day_as_adjective_or_evening(text: str, date: str) -> None:
    assert [r.date for r in extract(text, published=WEDNESDAY)] == [date]


@pytest.mark.parametrize("text", [
    "Минувшей ночью беспилотник атаковал дом в Курске.",
    "Last night a drone hit a shed in Kursk.",
])
def test_last_night_stays_the_report_day(text: str) -> None:
    assert [r.date for r in extract(text, published=WEDNESDAY)] == ["2025-05-14"]


def test_since_last_evening_is_a_span_not_the_day_before() -> None:
    got = extract("Since last evening drones have struck the town of Sumy five times.", published=WEDNESDAY)
    assert got and "2025-05-13" not in [r.date for r in got]


@pytest.mark.parametrize("text", [
    "С вчерашнего вечера беспилотники трижды атаковали Курск.",
    "З учорашнього вечора дрони тричі атакували Суми.",
])
def test_since_yesterday_evening_is_a_span(text: str) -> None:
    got = extract(text, published=WEDNESDAY)
    assert got and "2025-05-13" not in [r.date for r in got]
