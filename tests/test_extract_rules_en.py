"""English phrasings of real news the extractor reads right (issue 14): capitals that act for their
governments, cities that are regions, launch directions, counts that are not downed drones.

Every sentence here is written for this file; none is taken from a published article."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 3, 14)


def places(text: str, published: dt.date | None = DAY) -> list[tuple[str, str | None, str | None]]:
    return [(i.event_type, i.region, i.settlement) for i in extract(text, published=published, language="en")]


@pytest.mark.parametrize("text", [
    "Moscow said its air defences downed 12 drones over the Bryansk region, blaming the Kyiv regime.",
    "Moscow said its air defences downed 12 drones over the Bryansk region that Kyiv fired overnight.",
    "Moscow said all of Kiev's drone attacks were repelled: 12 drones were downed over the Bryansk region.",
    "A source in Kyiv said that 12 drones were downed over the Bryansk region overnight.",
])
def test_kyiv_acting_for_its_government_is_no_place(text):
    assert {r for _, r, _ in places(text)} == {"RU-BRY"}


@pytest.mark.parametrize("text, region, city", [
    ("Debris of a downed drone fell in the Darnytskyi district of Kyiv, damaging a garage.", "UA-30", "Kyiv"),
    ("A drone was shot down over Sevastopol on Thursday night, the governor said.", "UA-40", "Sevastopol"),
    ("Air defences downed two drones approaching Moscow, the mayor said.", "RU-MOW", "Moscow"),
])
def test_a_city_that_is_a_region_is_also_the_settlement(text, region, city):
    assert [(r, s) for _, r, s in places(text)] == [(region, city)]


def test_a_city_administration_is_no_settlement():
    text = ("Air defence destroyed nine drones over the capital, the Kyiv City Military Administration said. "
            "Debris fell on a car park in the Obolonskyi district.")
    assert {s for _, _, s in places(text)} == {"Kyiv"}


def test_debris_of_a_drone_does_not_count_the_drones_downed():
    [inc] = extract("Debris of a downed drone fell on a warehouse in Brovary, Kyiv Oblast, overnight.",
                    published=DAY, language="en")
    assert (inc.event_type, inc.settlement, inc.count) == ("interception", "Brovary", None)


@pytest.mark.parametrize("text, regions", [
    ("Russia launched 30 drones from the Kursk and Bryansk regions overnight; air defence shot down 25 of "
     "them over the Sumy and Chernihiv regions.", {"UA-59", "UA-74"}),
    ("Ukraine's air force said it shot down 40 of 52 drones overnight (launch areas: Kursk, Oryol, "
     "Primorsko-Akhtarsk).", {None}),
    ("The drones took off from sites in the Bryansk region and were downed over the Sumy region.", {"UA-59"}),
])
def test_where_drones_were_launched_from_is_no_incident_place(text, regions):
    assert {r for _, r, _ in places(text)} == regions


def test_casualties_later_in_the_paragraph_are_the_incidents():
    text = ("Russian drones attacked the city of Kherson overnight, the regional governor said. "
            "Several buildings were damaged in the Dniprovskyi district. Firefighters put out a blaze at a shop. "
            "Later the governor said two people had been killed and four were injured.")
    [inc] = extract(text, published=DAY, language="en")
    assert (inc.settlement, inc.killed, inc.injured) == ("Kherson", 2, 4)


def test_casualties_after_a_blank_line_or_opening_another_report_stay_apart():
    text = ("Russian drones attacked the city of Kherson overnight, the regional governor said. "
            "Several buildings were damaged. Firefighters put out a blaze at a shop. Another window was broken."
            "\n\nTwo people were killed in Nikopol on Friday, officials said.")
    [inc] = extract(text, published=DAY, language="en")
    assert (inc.killed, inc.injured) == (None, None)


def test_the_day_of_a_date_counts_no_drones():
    text = ("A Russian drone hit a high-rise building in Zaporizhzhia, injuring a woman.\n\n"
            "Recall: Russian troops attacked Zaporizhzhia with Shahed drones on March 12 in the evening.")
    [inc] = extract(text, published=DAY, language="en")
    assert (inc.settlement, inc.count, inc.date, inc.injured) == ("Zaporizhzhia", 1, "2025-03-12", 1)


@pytest.mark.parametrize("text, count", [
    ("Air defence shot down 14 of the 16 attack drones over the Sumy region overnight.", 14),
    ("On the night of 3 March, 20 drones were launched at the Sumy region, with air defence downing 18 of them.", 18),
    ("A Lutyi-type drone struck a warehouse in Kursk overnight.", 1),
])
def test_counts_of_downed_and_striking_drones(text, count):
    assert [i.count for i in extract(text, published=DAY, language="en")] == [count]


def test_drones_of_two_kinds_add_up_and_over_the_past_day_has_no_date():
    [inc] = extract("Over the past day, Ukrainian forces shot down five reconnaissance drones and one Lancet.",
                    published=DAY, language="en")
    assert (inc.count, inc.date) == (6, None)


def test_a_roundup_over_the_territories_of_regions():
    text = ("Nine drones were reportedly shot down over the territory of the Bryansk region, 3 more over "
            "the territory of the Kursk region and 2 each over the territories of the Tula and Belgorod regions, "
            "plus one each over the territories of the Ryazan and Oryol regions.")
    got = {i.region: i.count for i in extract(text, published=DAY, language="en")}
    assert got == {"RU-BRY": 9, "RU-KRS": 3, "RU-BEL": 2, "RU-TUL": 2, "RU-ORL": 1, "RU-RYA": 1}


def test_a_drone_flying_to_moscow_is_downed_somewhere_unsaid():
    text = ("Air defence destroyed another drone that was heading towards Moscow, Mayor Sergei Sobyanin said. "
            "\"Air defence shot down a drone flying to Moscow,\" he wrote.")
    [inc] = extract(text, published=DAY, language="en")
    assert (inc.region, inc.settlement, inc.count) == (None, None, 1)


def test_the_headline_toll_goes_to_the_one_incident_of_the_body():
    text = ("Seven Injured, Including Two Children, In Russian Drone Strike On Sumy\n"
            "\"Three people have been hurt so far,\" the mayor said at first.\n"
            "Rescuers are working at the scene. Emergency crews put out a fire.\n"
            "Russian forces struck Sumy with an attack drone, the regional administration reported.")
    [inc] = extract(text, published=DAY, language="en")
    assert (inc.settlement, inc.injured) == ("Sumy", 7)


def test_an_air_force_figure_after_a_regional_report_is_national():
    text = ("Russia attacked ports in Odesa Oblast with 30 drones overnight. "
            "Ukraine's Air Force said 26 of those were shot down. The rest hit a warehouse.")
    got = {(i.event_type, i.region) for i in extract(text, published=DAY, language="en")}
    assert ("interception", None) in got and ("interception", "UA-51") not in got


def test_no_casualties_reaches_an_incident_placed_later():
    text = ("Overnight, a Shahed drone hit an enterprise in the region.\n\n"
            "There were no casualties.\n\n"
            "The head of the Poltava Oblast administration reported it. "
            "\"One drone hit a private enterprise in Poltava,\" he said.")
    [inc] = extract(text, published=DAY, language="en")
    assert (inc.region, inc.settlement, inc.killed, inc.injured) == ("UA-53", "Poltava", 0, 0)


def test_a_remark_on_the_series_of_attacks_is_no_incident():
    text = ("Overnight a drone hit an oil depot in the village of Volna, Krasnodar region. "
            "This is the third drone attack on a fuel facility in Krasnodar this month.")
    assert [s for _, _, s in places(text)] == ["Volna"]


def test_a_ministry_list_one_region_a_line():
    text = ("Russian Ministry of Defence:\n"
            "Overnight, air defence forces intercepted and destroyed 12 Ukrainian UAVs:\n"
            "6 – over the territory of Kursk region,\n"
            "4 – over the territory of the Belgorod region,\n"
            "2 – over the territory of Lipetsk region.")
    got = {i.region: i.count for i in extract(text, published=DAY, language="en")}
    assert got == {"RU-KRS": 6, "RU-BEL": 4, "RU-LIP": 2}


def test_in_the_neighbouring_region_is_a_place():
    text = ("Air defence shot down eight drones over the Mykolaiv region overnight. "
            "One more drone was downed in the neighbouring Kirovohrad region.")
    assert {r for _, r, _ in places(text)} == {"UA-48", "UA-35"}
