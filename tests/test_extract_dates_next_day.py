"""An evening report may name the night into tomorrow ("overnight into March 9", "в ночь на 9 марта"): a day and
month one day after publication is that date of the same year, not of the year before.  Sentences written for
the test."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

EVENING = dt.date(2025, 3, 8)


@pytest.mark.parametrize("text", [
    "Air defences shot down four drones over the Tula region overnight into March 9.",
    "В ночь на 9 марта силы ПВО сбили четыре беспилотника над Тульской областью.",
    "У ніч на 9 березня сили ППО збили чотири безпілотники над Полтавщиною.",
])
def test_the_day_after_publication_is_this_years(text):
    assert [r.date for r in extract(text, published=EVENING)] == ["2025-03-09"]


def test_a_date_two_days_after_publication_is_still_last_years():
    got = extract("Air defences shot down four drones over the Tula region on March 10.", published=EVENING)
    assert [r.date for r in got] == ["2024-03-10"]


def test_the_publication_date_itself_is_unchanged():
    got = extract("Air defences shot down four drones over the Tula region on March 8.", published=EVENING)
    assert [r.date for r in got] == ["2025-03-08"]
