"""English phrasings pinned by the en23c accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def facts(text: str) -> list[tuple]:
    return sorted(((i.event_type, i.region or "", i.settlement or "", i.count or 0)
                   for i in extract(text, published=DAY)))


def test_multiples_of_a_dozen_count_their_product():
    assert facts("Air defences shot down over three dozen drones over the Bryansk region overnight.") == [
        ("interception", "RU-BRY", "", 36)]
    assert facts("Two dozen drones were destroyed over the Oryol region, the ministry said.") == [
        ("interception", "RU-ORL", "", 24)]
    assert facts("Air defences destroyed half a dozen drones over the Kursk region.") == [
        ("interception", "RU-KRS", "", 6)]
