"""English phrasings met on fresh real news (session 21, issue 14): social networks that are no places, a
government that acts, "Background:" sections, recaps "as reported earlier", fatal wounds.

Every sentence here is written for this file; none is taken from a published article."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 3, 14)


def read(text: str, published: dt.date | None = DAY):
    return extract(text, published=published, language="en")


@pytest.mark.parametrize("network", ["Facebook", "Instagram", "WhatsApp"])
def test_a_social_network_is_no_settlement(network):
    [inc] = read(f"Air defence destroyed four drones over the Zhytomyr region overnight, the governor wrote on {network}.")
    assert (inc.region, inc.settlement, inc.count) == ("UA-18", None, 4)


def test_a_capital_that_has_struck_is_the_government_not_the_place():
    text = ("Kyiv has struck several Russian refineries in recent weeks. Overnight, debris of downed drones "
            "started a fire at a plant in the Ryazan region, the governor said.")
    assert {(i.event_type, i.region) for i in read(text)} == {("interception", "RU-RYA")}


def test_kyiv_that_was_hit_is_still_a_place():
    assert {i.region for i in read("Kyiv was hit by drones overnight; a warehouse burned.")} == {"UA-30"}


def test_a_background_section_keeps_only_its_drone_incidents_dated_by_what_they_say():
    text = ("A drone dropped explosives on a tractor in the village of Tiahynka, Kherson Oblast, on the night "
            "of 12-13 March. The driver was injured.\n\n"
            "Background:\n\n"
            "Over the past week, Russian troops shelled the oblast's settlements, damaging twelve houses.\n\n"
            "In Kherson, a woman was injured when a Russian drone struck her balcony on 10 March.\n")
    got = sorted((i.settlement or "", i.date, i.injured) for i in read(text))
    assert got == [("Kherson", "2025-03-10", 1), ("Tiahynka", "2025-03-13", 1)]


def test_an_earlier_report_is_an_incident_of_its_own_not_more_of_the_last():
    text = ("A drone hit a shop in Kupiansk in the morning, injuring a woman.\n"
            "As Ukrinform reported earlier, air defence forces destroyed 30 of 45 drones launched at Ukraine.")
    got = {(i.event_type, i.region, i.count) for i in read(text)}
    assert got == {("strike", "UA-63", 1), ("interception", None, 30)}


@pytest.mark.parametrize("toll, killed, injured", [
    ("The old man got fatal injuries and died on the spot.", 1, None),
    ("A 70-year-old woman was fatally wounded.", 1, None),
    ("Two men were injured; one of them later died in hospital.", 1, 1),
    ("Three workers who were at the site were fatally injured.", 3, None),
])
def test_fatal_wounds_are_deaths(toll, killed, injured):
    [inc] = read(f"A drone struck a car in the village of Ivanivka, Kherson Oblast, overnight. {toll}")
    assert (inc.killed, inc.injured) == (killed, injured)


@pytest.mark.parametrize("text, region", [
    ("Ukraine's air force downed 20 drones overnight. The governor of the Cherkasy region said debris "
     "shattered the windows of a shop.", "UA-71"),
    ("Ukraine's air force downed 20 drones overnight. The governor of the central region of Poltava said "
     "wreckage damaged a barn.", "UA-53"),
])
def test_the_governor_of_a_region_places_what_he_reports(text, region):
    assert region in {i.region for i in read(text)}


def test_the_rest_of_a_roundup_goes_to_the_regions_named_after_it():
    text = ("The ministry said 30 drones were destroyed overnight: nine over the Kursk region, eight over the "
            "Bryansk region and the rest over the Tula, Kaluga and Oryol regions.")
    got = {(i.region, i.count) for i in read(text)}
    assert got == {("RU-KRS", 9), ("RU-BRY", 8), ("RU-TUL", None), ("RU-KLU", None), ("RU-ORL", None)}


@pytest.mark.parametrize("second", [
    "According to the ministry, these drones targeted the Voronezh, Lipetsk and Tambov regions.",
    "These drones attacked the Voronezh, Lipetsk and Tambov regions.",
])
def test_regions_named_for_drones_already_counted_are_where_they_were_downed(second):
    got = {(i.event_type, i.region, i.count) for i in read(f"The ministry said 17 drones were intercepted overnight. {second}")}
    assert got == {("interception", r, None) for r in ("RU-VOR", "RU-LIP", "RU-TAM")}


def test_other_drones_that_hit_something_are_still_a_strike():
    text = "Air defences shot down 17 drones over the Kursk region. Other drones hit a substation in the Lipetsk region."
    assert {(i.event_type, i.region) for i in read(text)} == {("interception", "RU-KRS"), ("strike", "RU-LIP")}


def test_air_defence_active_over_listed_regions_engaged_drones_there():
    text = ("Ukraine's air force said 14 of 16 Shahed drones were shot down overnight. Air defenses were activated "
            "in the Poltava and Sumy regions.")
    assert {(i.event_type, i.region) for i in read(text)} == {("interception", "UA-53"), ("interception", "UA-59")}


def test_a_village_in_a_district_of_the_region_in_focus_stays_in_that_region():
    # the gazetteer knows an Osynove in the Luhansk region only; the Kupiansk district is in the Kharkiv region
    text = ("Russian drones attacked Kharkiv Oblast on Tuesday. A drone hit a house in the village "
            "of Osynove (Kupiansk district), injuring a man.")
    assert {(i.region, i.settlement) for i in read(text)} == {("UA-63", "Osynove")}


def test_an_air_raid_warning_issued_twice_is_no_count_of_hits():
    text = ("At night the enemy attacked the Kyiv region with drones. The air-raid warning was issued twice. "
            "Debris of downed drones damaged two houses in the Bucha district.")
    assert [(i.event_type, i.region, i.count) for i in read(text)] == [("interception", "UA-32", None)]


def test_a_lead_then_a_quote_naming_the_city_is_one_strike_there():
    text = ("An overnight drone strike in Russia's Kursk region killed a man and injured a woman, officials "
            "said on Friday.\n“A civilian died and a resident was wounded in an attack on the town of Lgov,” the "
            "governor wrote.")
    got = [(i.event_type, i.region, i.settlement, i.killed, i.injured) for i in read(text)]
    assert got == [("strike", "RU-KRS", "Lgov", 1, 1)]


def test_a_figure_shared_with_unnamed_regions_has_no_region():
    text = ("The ministry said air defences destroyed 40 drones over the Bryansk region overnight, with 9 others "
            "downed over other southern regions and annexed Crimea.")
    assert {(i.region, i.count) for i in read(text)} == {("RU-BRY", 40), (None, 9)}


def test_a_roundup_with_compass_adjectives_and_others():
    text = "Two drones were downed over the northwestern Pskov region and three others over the neighboring Tver region."
    assert {(i.region, i.count) for i in read(text)} == {("RU-PSK", 2), ("RU-TVE", 3)}


def test_an_official_titled_once_places_his_later_words():
    text = ("Source: Ivan Ivanov, mayor; Alexander Bogomaz, Governor of Bryansk Oblast.\n"
            "Bogomaz said three drones had been downed over the Surazh district overnight.")
    assert {(i.event_type, i.region, i.count) for i in read(text)} == {("interception", "RU-BRY", 3)}


def test_a_drone_that_had_fallen_on_a_house_struck_it():
    [inc] = read("The governor said a drone had fallen on a house in the village of Tetkino, Kursk region.")
    assert (inc.event_type, inc.region, inc.settlement) == ("strike", "RU-KRS", "Tetkino")


@pytest.mark.parametrize("text", [
    "Drone attacks on energy facilities inside Russia have become more frequent in recent months.",
    "Kyiv's long-range drone strikes on Russia's oil refineries are meant to cut Moscow's income.",
    "After a failed drone strike on Moscow last year, the UN said it opposed any attacks on civilians.",
])
def test_remarks_on_a_campaign_are_no_incident(text):
    assert read(text) == []


def test_a_count_in_quotes():
    [inc] = read("Kyiv was attacked by drones overnight. The city said “more than ten” had been intercepted.")
    assert (inc.event_type, inc.region, inc.count, inc.count_qualifier) == ("interception", "UA-30", 10, "at_least")


def test_damage_told_a_few_sentences_after_a_town_strike_is_that_strike():
    text = ("Russian troops attacked Kherson with a drone in the evening, the governor said.\n"
            "“The strike was recorded at about nine. Emergency crews are on site. More details will follow,” he wrote.\n"
            "Details\n"
            "A private house was hit and badly damaged. Two residents were injured.")
    got = [(i.settlement, i.injured, i.target) for i in read(text)]
    assert got == [("Kherson", 2, "private house")]


@pytest.mark.parametrize("text", [
    "A drone attack alert was issued for the region.",
    "The governor added that the danger of drone attacks in the area persists.",
])
def test_a_drone_alert_is_no_attack(text):
    assert read("Drones were destroyed over the Kursk region overnight. " + text) == \
        read("Drones were destroyed over the Kursk region overnight.")


def test_fragments_of_an_explosion_are_no_debris_of_a_downed_drone():
    text = ("FPV drones attacked the Nikopol district since morning. The Marhanets community was hit the hardest, "
            "where two men were wounded. In Nikopol, fragments and blasts of drones affected three residents.")
    got = {(i.event_type, i.settlement, i.injured) for i in read(text)}
    assert ("strike", "Marhanets", 2) in got and ("strike", "Nikopol", 3) in got


def test_a_quoted_facility_name_is_its_town():
    [inc] = read('Overnight drones hit the "Kamenolomni" railway junction in the Rostov region of Russia, starting a fire.')
    assert (inc.region, inc.settlement) == ("RU-ROS", "Kamenolomni")


def test_no_reports_of_casualties_is_none():
    [inc] = read("A drone strike damaged a grain elevator in the port of Izmail overnight; there were no reports of casualties.")
    assert (inc.killed, inc.injured) == (0, 0)


@pytest.mark.parametrize("who", ["village chief", "pedestrian", "priest"])
def test_more_persons_are_counted(who):
    [inc] = read(f"A drone hit a car in the village of Bilozerka, Kherson region. A 60-year-old {who} was injured.")
    assert inc.injured == 1


@pytest.mark.parametrize("toll", ["There was no damage or casualties.", "No damage or casualties have been reported."])
def test_no_damage_or_casualties_is_none(toll):
    [inc] = read(f"Air defences destroyed two drones over the Bryansk region overnight. {toll}")
    assert (inc.killed, inc.injured) == (0, 0)


def test_regions_a_place_lies_between_are_no_places():
    text = "Six drones were downed over the Bryansk region, which lies between Kyiv and Moscow."
    assert {(i.region, i.count) for i in read(text)} == {("RU-BRY", 6)}


def test_a_city_district_named_like_a_region_is_no_region():
    text = "A drone hit a shop on the border of the Kyiv and Saltiv districts of Kharkiv, the mayor said."
    assert {i.region for i in read(text)} == {"UA-63"}


def test_uav_with_an_apostrophe_still_counts():
    text = "Air defences destroyed two UAV's over the Voronezh region and one UAV above the Belgorod region."
    assert {(i.region, i.count) for i in read(text)} == {("RU-BEL", 1), ("RU-VOR", 2)}


def test_a_drone_arrival_is_a_hit():
    [inc] = read("We have a UAV arrival in the Kyivskyi district of Kharkiv, the mayor wrote. A private house was damaged.")
    assert (inc.event_type, inc.region) == ("strike", "UA-63")


def test_a_closing_recall_section_keeps_its_other_stories_apart():
    text = ("A drone hit a private house in Kharkiv in the afternoon. There were no casualties.\n"
            "Recall\n"
            "Shelling damaged a hangar in Bohodukhiv in the morning.\n"
            "A boarding school in Pivdenne caught fire. Six people were injured.\n")
    [inc] = read(text)
    assert (inc.settlement, inc.killed, inc.injured) == ("Kharkiv", 0, 0)


def test_the_kyiv_district_of_another_city_is_no_kyiv():
    text = "The mayor of Kharkiv said a Shahed overnight hit a private home in the Kyiv district."
    assert {(i.region, i.settlement) for i in read(text)} == {("UA-63", "Kharkiv")}


def test_an_air_force_command_total_after_a_city_report_is_national():
    text = ("The mayor said eight people were injured in shelling of Kharkiv.\n"
            "Air defences shot down 186 of 194 drones overnight, the Air Force Command of Ukraine said.")
    assert [(i.event_type, i.region, i.count) for i in read(text)] == [("interception", None, 186)]


def test_a_victim_of_a_named_town_places_the_strike_there():
    text = "A 71-year-old resident of Semenivka was killed on Saturday in a drone attack on Chernihiv Oblast."
    [inc] = read(text)
    assert (inc.region, inc.settlement, inc.killed) == ("UA-74", "Semenivka", 1)


def test_our_region_is_the_region_in_focus():
    text = ("Drones attacked the Cherkasy region overnight, the head of the regional administration said. "
            "A total of 20 drones were destroyed within our region.")
    assert {(i.event_type, i.region, i.count) for i in read(text)} >= {("interception", "UA-71", 20)}


def test_an_attack_by_drones_on_a_town_with_victims_is_a_strike_there():
    text = ("As a result of an overnight attack by enemy drones on Novhorod-Siverskyi, Chernihiv region, a "
            "64-year-old man was killed and three more people were injured.")
    [inc] = read(text)
    assert (inc.event_type, inc.settlement, inc.count, inc.killed, inc.injured) == \
        ("strike", "Novhorod-Siverskyi", None, 1, 3)


def test_a_region_of_a_listed_attack_with_only_a_downing_later_is_no_strike():
    text = ("Governors said Ukrainian drones attacked the Kursk and Bryansk regions.\n"
            "In Kursk, windows of two houses were broken by a drone.\n"
            "Two drones were downed over the Surazh district of the Bryansk region overnight.")
    assert {(i.event_type, i.region) for i in read(text)} == {("strike", "RU-KRS"), ("interception", "RU-BRY")}
