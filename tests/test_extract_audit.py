"""Misses an audit of the extractor found, each fixed as a general rule and pinned here."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 8, 15)


def facts(text: str, **kw) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.target) for i in extract(text, published=DAY, **kw)]


@pytest.mark.parametrize("text, target", [
    ("22 of 25 drones were downed over the Krasnodar region; the rest hit port infrastructure.", "port infrastructure"),
    ("Of the 25 drones launched at the Krasnodar region, 22 were shot down, and the rest hit an oil depot.",
     "oil depot"),
    ("22 из 25 беспилотников сбиты над Краснодарским краем, остальные попали в нефтебазу.", "oil depot"),
])
def test_the_rest_of_a_part_count_hit_where_the_drones_flew(text, target):
    assert facts(text) == [("interception", "RU-KDA", None, 22, None), ("strike", "RU-KDA", None, 3, target)]


def test_a_count_over_a_region_with_no_total_is_that_count():
    assert facts("Air defences destroyed 14 drones over the Kursk region.") == [
        ("interception", "RU-KRS", None, 14, None)]
