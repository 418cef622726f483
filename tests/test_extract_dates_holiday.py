"""A day named by the holiday it falls on: the New Year's night is the night into January 1 (the date of a night
is its second day); its eve and "minutes before the New Year" are December 31, the latest one before the report.
Sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

SECOND_OF_JANUARY = dt.date(2026, 1, 2)


@pytest.mark.parametrize(("text", "date"), [
    ("В новогоднюю ночь беспилотник атаковал дом в Курске.", "2026-01-01"),
    ("За несколько минут до Нового года беспилотник атаковал дом в Курске.", "2025-12-31"),
    ("У новорічну ніч дрон атакував будинок у Херсоні.", "2026-01-01"),
    ("Напередодні Нового року дрон атакував будинок у Херсоні.", "2025-12-31"),
    ("Minutes before the New Year, a drone hit a house in Kherson.", "2025-12-31"),
])
def test_new_year_dates(text: str, date: str) -> None:
    assert [r.date for r in extract(text, published=SECOND_OF_JANUARY)] == [date]


def test_new_year_on_its_own_morning_is_that_day() -> None:
    got = extract("У новорічну ніч дрон атакував будинок у Херсоні.", published=dt.date(2026, 1, 1))
    assert [r.date for r in got] == ["2026-01-01"]


def test_new_year_without_publication_date_gives_no_date() -> None:
    got = extract("В новогоднюю ночь беспилотник атаковал дом в Курске.", today=dt.date(2026, 3, 1))
    assert [r.date for r in got] == [None]


@pytest.mark.parametrize(("text", "settlement"), [
    ("On New Year's Eve a drone struck a garage in Mykolaiv, the governor said.", "Mykolaiv"),
    ("On New Year's Day, two drones hit a shop in Sumy, regional officials said.", "Sumy"),
])
def test_holiday_name_is_no_place(text: str, settlement: str) -> None:
    """"New Year" is a village's name too: inside the holiday's words it names a day, never a place."""
    assert [r.settlement for r in extract(text, published=SECOND_OF_JANUARY)] == [settlement]
