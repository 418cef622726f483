"""English phrasings pinned by the en25 accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def _strikes(text: str) -> list[tuple[str | None, str | None]]:
    return sorted((i.region or "", i.settlement or "") for i in extract(text, published=DAY) if i.event_type == "strike")


def test_two_communities_listed_are_two_villages():
    text = ("Overnight, Russian drones struck the Kamianske district of Dnipropetrovsk region. "
            "They hit barns in the Vilnohirsk and Verkhivtseve communities, starting fires.")
    assert _strikes(text) == [("UA-12", "Verkhivtseve"), ("UA-12", "Vilnohirsk")]


def test_adjective_communities_listed_stay_unplaced():
    text = "A drone attacked the Bilopilska and Krasnopilska communities of Sumy region in the morning."
    assert _strikes(text) == [("UA-59", "")]


def test_recap_sentence_after_a_district_strike_places_it_in_the_towns_it_names():
    text = ("A man was hurt in Marhanets by an FPV drone, the governor said.\n\n"
            "As reported by Ukrinform, the Russian army attacked the Kamianske district with drones at night. "
            "It targeted barns in the Vilnohirsk and Verkhivtseve communities, causing fires.")
    assert ("UA-12", "Vilnohirsk") in _strikes(text)
    assert ("UA-12", "Verkhivtseve") in _strikes(text)


def _all(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return sorted((i.event_type, i.region, i.settlement, i.count) for i in extract(text, published=DAY))


def test_the_rest_in_the_next_sentence_is_the_remainder_of_the_part_before():
    text = ("Air defence downed 7 of 11 drones over Chernihiv region before dawn. The rest hit the Nizhyn "
            "community, cutting power lines.")
    assert _all(text) == [("interception", "UA-74", None, 7), ("strike", "UA-74", "Nizhyn", 4)]


def test_drones_then_some_of_which_downed_gives_the_part_its_total():
    text = ("The enemy sent 11 drones against Chernihiv region before dawn, seven of which were downed, "
            "and the rest hit the Nizhyn community.")
    assert _all(text) == [("interception", "UA-74", None, 7), ("strike", "UA-74", "Nizhyn", 4)]


def test_a_helicopter_strike_is_no_drone_incident():
    text = ("Drones were shot down over the Oryol region overnight. In the Kursk region, a helicopter struck a "
            "warehouse near Lgov, wounding a guard, the governor said.")
    assert [i.region for i in extract(text, published=DAY) if i.event_type == "strike"] == []


def test_a_country_s_military_figure_after_a_region_story_is_national():
    text = ("In the Lipetsk region, a drone fell on a barn, the governor said. "
            "Ukraine's military said on Tuesday it destroyed six Russian reconnaissance drones.")
    assert ("interception", None, None, 6) in _all(text)


def test_an_attack_with_artillery_and_drones_is_mixed():
    text = "The governor said troops hit the Marhanets community with mortars and FPV drones, damaging a school."
    assert _all(text) == []
    text = "The governor said troops hit the Marhanets community with FPV drones and artillery, damaging a school."
    assert _all(text) == []


def test_missiles_and_drones_together_are_still_read():
    text = "Air defence destroyed 3 missiles and 40 drones over the Kyiv region overnight."
    assert [i.count for i in extract(text, published=DAY) if i.event_type == "interception"] == [40]


def test_drones_heading_for_the_capital_named_by_the_mayor_are_unplaced():
    text = "Moscow Mayor Sergei Sobyanin wrote that air defence destroyed five drones flying towards the capital."
    assert _all(text) == [("interception", None, None, 5)]


# A follow-up sentence that says where the strike just told was: "is located in", "it happened in",
# "The strike hit ... in the village of X"; and damage told as a noun ("reported destruction in X").
PLACED_LATER = [
    (
        "A Russian drone struck an apartment block in Kharkiv region overnight. The building is located in "
        "Lozova, officials said. Two residents were hurt.",
        ("UA-63", "Lozova"),
    ),
    (
        "Enemy drones attacked Poltava region before dawn, damaging a grain silo. It happened in the village of Pisky.",
        ("UA-53", "Pisky"),
    ),
    (
        "Enemy drones attacked a farm in Poltava region before dawn. The attack damaged a silo in the village of Pisky.",
        ("UA-53", "Pisky"),
    ),
    (
        "In the Voronezh region, officials reported destruction in the village of Petino after a drone "
        "attack. A barn and a tractor were damaged, but nobody was hurt.",
        ("RU-VOR", "Petino"),
    ),
]


@pytest.mark.parametrize(("text", "place"), PLACED_LATER)
def test_a_strike_is_placed_where_the_report_says_it_was(text: str, place: tuple[str, str]) -> None:
    assert _strikes(text) == [place]


@pytest.mark.parametrize(("text", "killed"), [
    ("In Kherson, the body of an elderly woman was recovered from a house hit by a drone.", 1),
    ("Rescuers pulled out the bodies of two men from a garage struck by a Russian drone in Izium, Kharkiv region.", 2),
])
def test_bodies_recovered_are_the_dead(text: str, killed: int) -> None:
    assert [i.killed for i in extract(text, published=DAY)] == [killed]


def test_flight_restrictions_after_a_drone_raid_are_no_strike():
    text = "The overnight drone raid led to a temporary suspension of flights at Kaluga airport."
    assert _all(text) == []


def test_damage_without_a_drone_in_a_drone_and_missile_report_is_not_the_drones():
    lead = "Russia hit Ukraine in a missile and drone attack before dawn. In Poltava, a drone hit a school. "
    assert _strikes(lead + "In Kremenchuk, two houses were destroyed and three people were injured.") == [("UA-53", "Poltava")]
    assert [i.injured for i in extract(lead + "Two people were injured.", published=DAY)] == [2]


@pytest.mark.parametrize(("text", "injured"), [
    ("A drone hit a dormitory in Sumy at night. Four students, aged 18 to 20, were taken to hospital.", 4),
    ("A drone hit a dormitory in Sumy at night. Two students, including a foreigner, were rushed to hospital.", 2),
    ("A drone struck Nikopol in the evening. A man was wounded near the market, and a woman was hurt at home.", 2),
    ("A drone hit a minibus in Kupiansk, killing the driver and injuring another, the police said.", 1),
    ("A drone hit a van near Shebekino; the driver was badly injured and his wife received light wounds.", 2),
])
def test_victims_told_with_an_aside_or_one_by_one(text: str, injured: int) -> None:
    assert [i.injured for i in extract(text, published=DAY)] == [injured]


@pytest.mark.parametrize(("text", "counts"), [
    ("Air defence downed one drone over each of the Kaluga, Tver and Oryol regions before dawn.", [1, 1, 1]),
    ("One UAV was destroyed over the Kaluga, Tver and Oryol regions, respectively.", [1, 1, 1]),
    ("Air defence destroyed five drones and intercepted three others over the Tver region at night.", [8]),
])
def test_distributive_and_added_counts(text: str, counts: list[int]) -> None:
    assert [i.count for i in extract(text, published=DAY) if i.event_type == "interception"] == counts
