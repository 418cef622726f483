"""A night told by the clock across two dates ("between 11 p.m. on June 3 and 7 a.m. on June 4") is the
night into the second day, as "the night of June 3 to 4" is; sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

PUBLISHED = dt.date(2025, 6, 10)  # days after the night, so the publication date cannot decide


@pytest.mark.parametrize("text", [
    "Air units brought down 12 UAVs over two regions between 10:30 p.m. Moscow time on June 3 and 6:30 a.m. Moscow time on June 4.",
    "Air defences destroyed 12 drones between 11 p.m. on June 3 and 6 a.m. on June 4 over the Kursk region.",
    "Air defences destroyed 12 drones from 8 p.m. (Moscow time) on June 3 to 7 a.m. on June 4 over the Kursk region.",
])
def test_a_clock_range_over_two_dates_is_the_night_into_the_second(text):
    assert [r.date for r in extract(text, published=PUBLISHED)] == ["2025-06-04"]


def test_a_single_clock_time_keeps_its_own_date():
    got = extract("A drone hit a warehouse at 11 p.m. on June 3 in the Kursk region.", published=PUBLISHED)
    assert [r.date for r in got] == ["2025-06-03"]
