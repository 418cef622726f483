"""A shoot-down counted with no place, the next sentence naming the regions with a detection verb only: an interception
in each region, no national one."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 2)


def _where(text: str, language: str) -> list[tuple]:
    """(type, region, count) of each incident found."""
    return [(r[0], r[1], r[3]) for r in figure_rows(text, language, DAY)]


def test_the_regions_the_counted_drones_were_detected_over_are_the_incidents() -> None:
    text = "Overnight 23 UAVs were intercepted, the ministry said. The UAVs had been spotted over the Kaluga and Smolensk regions."
    assert _where(text, "en") == [("interception", "RU-KLU", None), ("interception", "RU-SMO", None)]


def test_the_russian_detection_wording_after_the_ministrys_total() -> None:
    text = "За ночь силы ПВО перехватили 23 БПЛА. Воздушные цели выявлены в Калужской и Смоленской областях."
    assert _where(text, "ru") == [("interception", "RU-KLU", None), ("interception", "RU-SMO", None)]


def test_a_detection_with_nothing_downed_before_it_is_no_incident() -> None:
    assert _where("Беспилотники были обнаружены над Калужской и Смоленской областями.", "ru") == []
