"""Place-name variants real news uses: colloquial oblast names, spellings of one city, the Kremlin."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract
from geo.places.mentions import find_region_mentions

PUBLISHED = dt.date(2025, 5, 1)


def codes(text: str) -> list[str]:
    return [m.code for m in find_region_mentions(text, english=False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Дрон упал на Одесщине", ["UA-51"]),
    ("обстрел Одесчины продолжается", ["UA-51"]),
    ("удар по Николаевщине", ["UA-48"]),
    ("над Днепропетровщиной сбиты дроны", ["UA-12"]),
    ("атака на Полтавщину", ["UA-53"]),
    ("в Закарпатье и Приморье", ["UA-21", "RU-PRI"]),
    ("в Ленобласти сбит дрон", ["RU-LEN"]),
    ("на Ростовщине и Смоленщине", ["RU-ROS", "RU-SMO"]),
    ("над Закарпаттям", ["UA-21"]),
])
def test_russian_colloquial_oblast_names_are_regions(text, expected):
    assert codes(text) == expected


def test_colloquial_name_places_the_incident_and_is_no_settlement():
    [inc] = extract("Ночью беспилотник атаковал Николаевщину, повреждён склад.", PUBLISHED, language="ru")
    assert (inc.region, inc.settlement) == ("UA-48", None)


@pytest.mark.parametrize(("variant", "official"), [
    ("Nikolaev", "Mykolaiv"), ("Odessa", "Odesa"), ("Zaporozhye", "Zaporizhzhia"), ("Kharkov", "Kharkiv"),
])
def test_russian_derived_spelling_of_a_city_is_given_its_official_one(variant, official):
    [inc] = extract(f"A drone hit an apartment block in {variant} on Monday, killing one person.", PUBLISHED,
                    language="en")
    assert inc.settlement == official


def test_two_spellings_of_one_city_make_one_incident():
    text = ("Russian drones struck Kharkov on Sunday night, injuring two people. "
            "A drone also hit a warehouse in Kharkiv, the mayor said.")
    incidents = extract(text, PUBLISHED, language="en")
    assert [(i.region, i.settlement, i.injured) for i in incidents] == [("UA-63", "Kharkiv", 2)]


@pytest.mark.parametrize(("district", "region"), [
    ("Suzemsky", "RU-BRY"), ("Krasnoyaruzhsky", "RU-BEL"), ("Glushkovsky", "RU-KRS"),
])
def test_a_district_named_without_its_region_is_placed_by_the_gazetteer(district, region):
    [inc] = extract(f"A Ukrainian drone attacked a car in the {district} district, injuring a man.", PUBLISHED,
                    language="en")
    assert (inc.region, inc.settlement) == (region, None)


@pytest.mark.parametrize(("language", "text", "city"), [
    ("en", "Two drones attacked the Kremlin overnight, officials said.", "Moscow"),
    ("ru", "Ночью два беспилотника атаковали Кремль.", "Москва"),
    ("uk", "Уночі два дрони атакували Кремль.", "Москва"),
])
def test_the_kremlin_attacked_is_moscow_city(language, text, city):
    [inc] = extract(text, PUBLISHED, language=language)
    assert (inc.region, inc.settlement) == ("RU-MOW", city)


def test_the_kremlin_as_the_government_places_nothing():
    [inc] = extract("Kremlin-backed officials said a drone struck a building in Sevastopol on Friday.", PUBLISHED,
                    language="en")
    assert (inc.region, inc.settlement) == ("UA-40", "Sevastopol")


def test_a_datelines_city_is_not_where_the_incident_happened():
    text = "Moscow, March 12 – Several houses in Bryansk were damaged by Ukrainian drones, the governor said."
    incidents = extract(text, PUBLISHED, language="en")
    assert [(i.region, i.settlement) for i in incidents] == [("RU-BRY", "Bryansk")]


@pytest.mark.parametrize(("text", "expected"), [
    ("над Хотинщиною збили дрон", ["UA-77"]),
    ("удар по Конотопщині", ["UA-59"]),
    ("на Нікопольщині", ["UA-12"]),
])
def test_colloquial_district_names_give_their_region(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "region"), [
    ("Russian drones attacked the Nikopol region overnight, injuring two people.", "UA-12"),
    ("In the Konotop region, a drone hit a farm.", "UA-59"),
])
def test_a_district_town_with_a_region_word_is_its_oblast(text, region):
    [inc] = extract(text, PUBLISHED, language="en")
    assert (inc.region, inc.settlement) == (region, None)


def test_a_district_town_alone_stays_a_town():
    [inc] = extract("A drone struck a house in Nikopol, injuring one woman.", PUBLISHED, language="en")
    assert (inc.region, inc.settlement) == ("UA-12", "Nikopol")


def test_region_search_window_of_a_district_town_keeps_the_oblast_after_it():
    from geo.extract.lexicon import load_lexicon
    from geo.extract.places import region_mentions
    from geo.extract.text import sentences

    text = "A drone hit a house in the Kupiansk district of Kharkiv Oblast on Monday morning, injuring two."
    spans = sentences(text, load_lexicon("en"))
    assert [(text[m.start:m.end], m.explicit) for m in region_mentions(text, spans)] == [("Kharkiv Oblast", True)]
