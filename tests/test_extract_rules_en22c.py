"""English phrasings pinned by the en22c accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def facts(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count) for i in extract(text, published=DAY)]


def test_a_model_number_is_no_count():
    text = ("Overnight, air defence destroyed five Shahed-131/136 attack drones over the Mykolaiv region. "
            "A Shahed-136 drone hit a grain elevator in the Odesa region.")
    assert sorted(facts(text)) == [("interception", "UA-48", None, 5), ("strike", "UA-51", None, 1)]


def test_part_of_an_approximate_total_is_the_part():
    text = "Ukraine's air force said on Tuesday its air defences shot down 21 out of about 40 drones launched overnight."
    assert facts(text) == [("interception", None, None, 21)]


def test_a_drone_dropped_on_a_car_is_a_strike():
    text = "In Kupiansk, Russian troops dropped an FPV drone on a delivery van on Monday, the regional head said."
    assert facts(text) == [("strike", "UA-63", "Kupiansk", 1)]


def test_drones_that_tried_to_attack_are_an_interception():
    text = "The Kursk governor said on Monday that three drones tried to attack a power plant in the region."
    assert facts(text) == [("interception", "RU-KRS", None, 3)]


def test_a_distance_from_moscow_is_the_moscow_region():
    text = "A drone was shot down over Kolomna, 100 kilometres south-east of Moscow, on Monday, the governor said."
    assert facts(text) == [("interception", "RU-MOS", "Kolomna", 1)]


def test_without_causing_any_casualties_is_none():
    text = "Air defences downed a drone over the Bryansk region on Monday without causing any casualties."
    assert [(i.killed, i.injured) for i in extract(text, published=DAY)] == [(0, 0)]


def test_moscow_in_a_clause_of_its_own_is_the_city():
    text = ("Two drones were destroyed over the Moscow region on Monday, "
            "another was suppressed and fell in Moscow.")
    assert sorted(facts(text)) == [("interception", "RU-MOS", None, 2), ("interception", "RU-MOW", "Moscow", None)]


def test_moscow_beside_its_region_in_one_clause_is_the_region():
    text = "On Monday two drones were downed over the Moscow region near Moscow."
    assert facts(text) == [("interception", "RU-MOS", None, 2)]


def test_breaking_through_to_moscow_is_a_destination():
    text = ("Air defence forces destroyed a drone trying to break through to Moscow on Monday, "
            "Mayor Sergei Sobyanin said.")
    assert facts(text) == [("interception", None, None, 1)]


def test_a_national_figure_of_aerial_targets_is_no_drone_incident():
    text = ("A drone hit a warehouse in the Izmail district of the Odesa region on Monday. "
            "Overnight, Ukrainian air defence destroyed 30 out of 41 enemy aerial targets.")
    assert facts(text) == [("strike", "UA-51", None, 1)]


def test_a_bracketed_city_of_still_names_the_town():
    text = "On Monday drones attacked the Cherkasy region: there were hits on a grain store in (the city of) Uman."
    assert [(i.region, i.settlement) for i in extract(text, published=DAY)] == [("UA-71", "Uman")]


def test_an_unharmed_driver_is_no_injured():
    text = "On Monday a drone struck a lorry at a factory in Zaporizhzhia. The driver was unharmed."
    assert [(i.killed, i.injured) for i in extract(text, published=DAY)] == [(None, 0)]
