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


def test_explosions_recorded_in_two_regions_are_no_place_of_the_downed_drones() -> None:
    text = "Russian air defence downed 41 drones during the night. Loud blasts were recorded in the Tver and Pskov regions."
    assert _where(text, "en") == [("interception", None, 41)]


def test_russian_blasts_recorded_keep_the_national_shoot_down() -> None:
    text = "За ночь средства ПВО сбили 41 беспилотник. Громкие взрывы были зафиксированы в Тверской и Псковской областях."
    assert _where(text, "ru") == [("interception", None, 41)]


def test_ukrainian_blasts_recorded_keep_the_national_shoot_down() -> None:
    text = "Протягом ночі збито 41 ворожий дрон. Потужні вибухи зафіксували на Полтавщині та Черкащині."
    assert _where(text, "uk") == [("interception", None, 41)]


def test_the_ukrainian_pronoun_for_the_downed_drones_gives_their_regions() -> None:
    text = "Протягом ночі збито 41 ворожий дрон. Їх виявили над Полтавською та Черкаською областями."
    assert _where(text, "uk") == [("interception", "UA-53", None), ("interception", "UA-71", None)]
