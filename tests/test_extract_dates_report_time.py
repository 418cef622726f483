"""A date told with the reporting verb or an "as of" is when the report was made: the event's own date told in the
same sentence wins ("said on Tuesday that ... on Monday"). Alone, the report's date still dates the incident.
Sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

WEDNESDAY = dt.date(2025, 5, 14)


@pytest.mark.parametrize(("text", "date"), [
    ("The governor said on Tuesday that a drone had struck a depot in Kursk on Monday.", "2025-05-12"),
    ("Губернатор в среду сообщил, что беспилотник атаковал склад в Курске в понедельник.", "2025-05-12"),
    ("Голова ОВА у середу повідомив, що дрон атакував склад у Сумах у понеділок.", "2025-05-12"),
    ("По состоянию на 9:00 14 мая известно, что беспилотник атаковал склад в Курске 12 мая.", "2025-05-12"),
    ("Станом на 08:00 14 травня відомо, що дрон атакував склад у Сумах 12 травня.", "2025-05-12"),
    ("As of 8 a.m. on May 14, a drone had hit a depot in Sumy on May 12.", "2025-05-12"),
])
def test_event_date_wins_over_report_date(text: str, date: str) -> None:
    assert [r.date for r in extract(text, published=WEDNESDAY)] == [date]


@pytest.mark.parametrize("text", [
    "The governor said on Tuesday that a drone had struck a depot in Kursk.",
    "По состоянию на 9:00 13 мая беспилотник атаковал склад в Курске.",
])
def test_report_date_alone_still_dates(text: str) -> None:
    assert [r.date for r in extract(text, published=WEDNESDAY)] == ["2025-05-13"]
