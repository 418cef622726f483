"""A shoot-down told with no place and no figure beside drones downed in named regions: no incident of its own."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 5, 6)


def _where(text: str, language: str) -> list[tuple]:
    """(type, region) of each incident found."""
    return [r[:2] for r in figure_rows(text, language, DAY)]


def test_a_pronoun_shoot_down_after_a_region_list_adds_no_national_incident() -> None:
    text = "Drones were destroyed over the Oryol and Tula regions. Nobody was hurt. All of them were intercepted by air defences."
    assert _where(text, "en") == [("interception", "RU-ORL"), ("interception", "RU-TUL")]


def test_the_ministrys_quote_after_a_governors_lead_gives_its_toll_to_the_region() -> None:
    text = ("Губернатор Орловской области сообщил, что ПВО уничтожила дрон над регионом. "
            "«Воздушная цель была ликвидирована силами ПВО Минобороны, пострадавших нет», — говорится в сообщении.")
    assert figure_rows(text, "ru", DAY) == [("interception", "RU-ORL", None, 1, 0, 0)]


def test_a_placeless_shoot_down_of_another_day_stays() -> None:
    text = ("On May 4 two drones were downed over the Kursk region. "
            "On May 6 air defences destroyed drones over Russian territory, the ministry said.")
    assert _where(text, "en") == [("interception", "RU-KRS"), ("interception", None)]
