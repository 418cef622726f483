"""More English phrasings of real news the extractor reads right (issue 14, second round): restated
incidents on other days, casualty nouns, counts, verbs after "used drones to", summaries.

Every sentence here is written for this file; none is taken from a published article."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 3, 14)


def read(text: str, published: dt.date | None = DAY):
    return extract(text, published=published, language="en")


def test_the_same_attack_on_another_day_is_no_restatement():
    text = ("A drone struck a private house in the Kharkiv region on Friday, the governor said.\n"
            "- On March 10, a drone struck a private house in the Kharkiv region, killing one person.")
    found = [(i.event_type, i.region, i.date, i.killed) for i in read(text)]
    assert found == [("strike", "UA-63", "2025-03-14", None), ("strike", "UA-63", "2025-03-10", 1)]


def test_casualty_nouns():
    [inc] = read("A drone strike on the town of Hlukhiv resulted in two fatalities and five injuries.")
    assert (inc.killed, inc.injured) == (2, 5)
    [inc] = read("A drone hit a lorry in the village of Dobre, resulting in the death of the driver.")
    assert inc.killed == 1
    [inc] = read("A drone struck a shop in the town of Hlukhiv; four individuals sustained light injuries.")
    assert inc.injured == 4


def test_district_reports_of_one_region_are_one_incident():
    text = ("Drones attacked the Chernihiv region overnight, the regional administration said.\n\n"
            "In the Nizhyn district, debris of a downed drone damaged a barn. "
            "In the Koriukivka district, falling debris wounded a man.")
    found = [i for i in read(text) if i.event_type == "interception"]
    assert [(i.region, i.settlement, i.injured) for i in found] == [("UA-74", None, 1)]


def test_the_governor_and_the_ministry_give_one_interception_the_larger_figure():
    text = ("The governor said more than 10 drones were shot down over the Krasnodar region overnight.\n\n"
            "The Defence Ministry said air defences destroyed 40 drones over the Krasnodar region overnight.")
    assert [(i.region, i.count) for i in read(text)] == [("RU-KDA", 40)]


def test_every_single_one_of_a_figure_is_the_figure_and_a_country_speaking_is_national():
    text = ("Drones hit a warehouse in Kyiv on Friday.\n\n"
            "Over the weekend, Ukraine says, its air defences downed every single one of about 60 drones "
            "that Russia sent the country's way.")
    found = [(i.event_type, i.region, i.count) for i in read(text)]
    assert ("interception", None, 60) in found


def test_drones_used_to_strike_are_a_strike_but_drones_used_in_general_are_not():
    [inc] = read("On Tuesday, Russian troops used four unmanned aerial vehicles (UAVs) to strike houses "
                 "in the village of Dobre in the Sumy region.")
    assert (inc.event_type, inc.region, inc.settlement, inc.count) == ("strike", "UA-59", "Dobre", 4)
    [inc] = read("On March 2, Russia used Shahed drones for the first time to attack Kherson, injuring one man.")
    assert (inc.event_type, inc.settlement, inc.injured) == ("strike", "Kherson", 1)
    assert read("Such drones have been used to attack power plants across Ukraine for months.") == []


def test_a_refinery_named_after_a_company_names_no_settlement():
    [inc] = read("Drones struck the Nordneftekhimprom Oil Refinery in the Samara region overnight.")
    assert (inc.region, inc.settlement) == ("RU-SAM", None)
    [inc] = read("Drones struck the Syzran Oil Refinery in the Samara region overnight.")
    assert (inc.region, inc.settlement) == ("RU-SAM", "Syzran")


def test_a_city_region_in_its_surrounding_region_is_the_city_only():
    [inc] = read("A drone was shot down over the city of Sevastopol in annexed Crimea on Friday.")
    assert (inc.region, inc.settlement) == ("UA-40", "Sevastopol")


def test_over_a_named_northern_place_is_no_national_figure():
    text = ("A drone was shot down over Sevastopol on Friday, the governor said. "
            "\"Air defence shot down a drone over the Northern Bay,\" he wrote.")
    assert {i.region for i in read(text)} == {"UA-40"}


def test_a_settlement_reported_on_another_day_does_not_swallow_todays_regional_report():
    text = ("A drone was shot down over the Sevastopol region early on Friday, the governor said.\n\n"
            "On Tuesday, two drones were shot down near the village of Orlivka in the Sevastopol region.")
    found = sorted((i.date, i.settlement or "") for i in read(text))
    assert found == [("2025-03-11", "Orlivka"), ("2025-03-14", "Sevastopol")]


def test_a_drone_attack_counts_one_unless_the_number_is_stated_elsewhere():
    [inc] = read("A Ukrainian drone attack on Friday damaged the roof of a school in the town of Sevsk "
                 "in the Bryansk region, the governor said.")
    assert inc.count == 1
    text = ("A Russian drone attack on the city of Sumy on Friday injured two people.\n"
            "Russian forces used three drones to strike private houses in Sumy, officials said.")
    [inc] = read(text)
    assert inc.count == 3
    [inc] = read("An allegedly Ukrainian drone was shot down over the Belgorod region on Friday.")
    assert inc.count == 1


def test_a_running_total_since_a_date_is_no_incident_and_gives_no_date():
    text = ("Drones hit port infrastructure in the Mykolaiv region overnight, the military said.\n"
            "Since March 2, Russian troops have sent dozens of missiles and drones against ports in the region.\n"
            "As a result of the attack, the port caught fire.")
    assert [(i.event_type, i.region, i.date) for i in read(text)] == [("strike", "UA-48", "2025-03-14")]
