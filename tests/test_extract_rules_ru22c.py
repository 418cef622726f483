"""Russian phrasings seen on the third fresh batch of session 22 (city microdistricts, a fall told before
its shoot-down), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=DAY, language="ru")]


def test_a_microdistrict_is_no_settlement():
    text = ("Ночью над Курской областью сбиты два беспилотника, "
            "их обломки упали на крышу дома в микрорайоне Сосновый.")
    assert all(r[2] is None for r in rows(text))
