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


def test_the_capital_named_by_its_country_is_the_city():
    assert facts("Russia attacked Ukraine's capital with drones overnight, injuring two people.") == [
        ("strike", "UA-30", "Kyiv", 0)]
    assert facts("A drone attack on the Ukrainian capital injured three people.") == [
        ("strike", "UA-30", "Kyiv", 1)]
    assert facts("Drones struck the Russian capital overnight, damaging two office towers.") == [
        ("strike", "RU-MOW", "Moscow", 0)]
