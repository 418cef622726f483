"""Session 28 (places28): place words that are not the incident's place. Sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from support.figures import figure_rows

PUBLISHED = dt.date(2025, 4, 3)


def places(text: str, language: str = "en") -> list[tuple]:
    """(type, region, settlement) of each incident found."""
    return [row[:3] for row in figure_rows(text, language, PUBLISHED)]


@pytest.mark.parametrize("blame", [
    "The Kremlin has accused Kyiv of stepping up its raids on Russian soil.",
    "Moscow blamed Kyiv for the raid and promised a response.",
])
def test_capital_blamed_is_its_government(blame: str) -> None:
    """"accused Kyiv of", "blamed Kyiv for": the government, not a place; the strike stays in its own region."""
    text = "A drone hit a fuel depot in the Bryansk region on Wednesday, the governor said. " + blame + (
        " Ukrainian officials have not confirmed drone strikes on Russian territory.")
    assert ("strike", "UA-30", "Kyiv") not in places(text)
    assert places(text)[0][:2] == ("strike", "RU-BRY")


def test_capital_setting_its_sights_is_its_government() -> None:
    text = ("The attack on Lutsk, where a drone hit a warehouse, came as Kyiv sets its sights on new air defence "
            "deliveries. Several drones were shot down, officials said.")
    rows = places(text)
    assert rows and all(row[1] != "UA-30" for row in rows)  # the downed drones are not put in Kyiv


def test_long_distance_from_a_capital_is_only_a_measure() -> None:
    """"the Tambov region, several hundred kilometres south-east of Moscow": Moscow only says how far."""
    text = ("Air defences destroyed four drones over the Tambov region, several hundred kilometres south-east of "
            "Moscow, the ministry said.")
    assert places(text) == [("interception", "RU-TAM", None)]


def test_short_distance_from_a_capital_is_its_region() -> None:
    text = "A drone was shot down over a village 40 km south of Moscow, the mayor said."
    assert places(text)[0][:2] == ("interception", "RU-MOS")


def test_dateline_with_two_cities_is_no_place() -> None:
    text = ("Kyiv/Warsaw, March 4,(AFP) – Drones struck a power substation in the Kursk region overnight, the governor "
            "said.")
    assert [row[1] for row in places(text)] == ["RU-KRS"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # regions the drones flew over on their way are no places
    ("Вночі шахеди, які летіли через Полтавську та Черкаську області, атакували Вінниччину.", "uk",
     ("strike", "UA-05", None)),
    ("Беспилотники, летевшие через Курскую и Орловскую области, атаковали Липецкую область.", "ru",
     ("strike", "RU-LIP", None)),
    # "на подлёте к X": downed near the city, in its region, the city itself not the place
    ("Вчера вечером силы ПВО уничтожили беспилотник на подлете к Курску. Пострадавших нет.", "ru",
     ("interception", "RU-KRS", None)),
    ("Увечері сили ППО збили дрон на підльоті до Полтави, постраждалих немає.", "uk", ("interception", "UA-53", None)),
])
def test_cities_and_regions_passed_by_are_no_places(text: str, language: str, expected: tuple) -> None:
    assert places(text, language) == [expected]


def test_launch_areas_after_an_abbreviation_stay_launch_areas() -> None:
    """"з районів Брянськ – рф., мис Чауда – Крим": the stop of "рф." does not end the list of launch areas."""
    text = ("Ворог атакував 15 ударними БпЛА із районів Брянськ – рф., мис Чауда – Крим. Над Житомирщиною "
            "збито 12 дронів.")
    assert places(text, "uk") == [("interception", "UA-18", None)]


def test_approach_to_a_city_that_is_a_region_is_that_city() -> None:
    """"на підльоті до Києва": the capital's own air defence ring, the city is the place."""
    text = "Увечері сили ППО знищили 12 дронів на підльоті до Києва, постраждалих немає."
    assert places(text, "uk") == [("interception", "UA-30", "Київ")]


@pytest.mark.parametrize(("text", "language", "region"), [
    ("Moscow has repeatedly blamed Kyiv for such raids. A fire broke out after the drone attack. Air defences "
     "downed three drones over the Penza region.", "en", "RU-PNZ"),
    ("Москва обвинила Киев в новых атаках. После атаки дрона возник пожар. Над Тверской областью сбиты три "
     "беспилотника.", "ru", "RU-TVE"),
    ("Київ заявив, що відповідь буде. Після атаки дрона виникла пожежа. Над Рівненщиною збили три шахеди.", "uk",
     "UA-56"),
])
def test_capital_speaking_for_its_government_lends_no_place_to_the_next_sentences(
        text: str, language: str, region: str) -> None:
    """The capital that blames or says is its government: the fire told next is no incident in that capital."""
    assert {row[1] for row in places(text, language)} == {region}


def test_a_capital_after_a_preposition_is_still_a_place() -> None:
    text = "У Києві заявили, що вночі дрон влучив у склад."
    assert places(text, "uk") == [("strike", "UA-30", "Київ")]


def test_in_and_around_a_capital_is_the_capital() -> None:
    """"in and around Kyiv": the city first of all, not the region around it (as "around Kyiv" alone is)."""
    text = "Air defences were active in and around Kyiv overnight, and debris of a downed drone hit a house."
    assert places(text)[0][:2] == ("interception", "UA-30")
