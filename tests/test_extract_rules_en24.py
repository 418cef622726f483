"""English phrasings pinned by the en24 accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt
from functools import partial

from geo.extract import extract
from geo.extract.lexicon_gates import gated_lexicon
from geo.extract.text import sentences
from support.figures import place_counts

DAY = dt.date(2025, 6, 10)


facts = partial(place_counts, published=DAY)


def test_a_ministry_that_claimed_to_have_destroyed_drones_reports_a_downing():
    got = facts("On June 8, the defence ministry claimed to have destroyed 140 drones.")
    assert got == [("interception", "", "", 140)]


def test_a_plan_to_destroy_drones_is_still_no_downing():
    assert facts("The ministry plans to destroy 140 drones a night with new interceptors.") == []


def test_the_capitals_air_force_is_a_claimant_not_a_place():
    got = facts("Air defence destroyed 12 drones over the Poltava region overnight, Kyiv's Air Force said.")
    assert got == [("interception", "UA-53", "", 12)]


def test_an_agency_dateline_with_a_bullet_names_no_place():
    got = facts("Kyiv • Newsroom\nA Russian drone hit a warehouse overnight, the governor said.")
    assert not any(f[1] == "UA-30" for f in got)


def test_a_strike_on_the_capital_after_its_dateline_stays_there():
    got = facts("Kyiv • Newsroom\nA Russian drone hit a house in Kyiv overnight, the mayor said.")
    assert got == [("strike", "UA-30", "Kyiv", 1)]


def test_a_tank_for_the_storage_of_fuel_is_the_depot_a_regional_sentence_restates():
    text = ("A drone struck a tank for the storage of fuel near the town of Lgov in the Kursk region on Tuesday, the "
            "governor wrote. Nobody was hurt. Local channels said two drones struck an oil depot in the Kursk region, "
            "where a tank burned.")
    assert facts(text) == [("strike", "RU-KRS", "Lgov", 1)]


def test_drones_that_attacked_but_were_shot_down_are_an_interception():
    got = facts("The governor said three drones attacked a power plant in the Kursk region overnight, but they were "
                "shot down.")
    assert got == [("interception", "RU-KRS", "", 3)]


def test_a_downed_drone_that_crashed_into_a_depot_is_the_interception_with_that_damage():
    text = ("A UAV struck a fuel depot in the Lipetsk region before dawn on June 10 and started a blaze. The governor "
            "said air defence downed the incoming UAVs, and one of them crashed into the fuel depot's grounds.")
    got = extract(text, published=DAY)
    assert [(i.event_type, i.region, i.count, i.target) for i in got] == [
        ("interception", "RU-LIP", None, "oil depot")]
    assert got[0].extras["evidence_spans"] == [[0, len(text)]]  # (the strike's sentence told the hit and its fire)


def test_a_strike_on_another_target_beside_a_downing_stays_a_strike():
    text = ("A drone attacked a substation in the Kursk region overnight. The governor said air defence later shot "
            "down two drones near the town of Lgov.")
    got = facts(text)
    assert ("strike", "RU-KRS", "", 1) in got and ("interception", "RU-KRS", "Lgov", 2) in got


def test_a_ministry_total_is_no_incident_when_its_breakdown_restates_a_towns_downing():
    text = ("The Rostov region's governor wrote that a drone attack near Novoshakhtinsk overnight on June 10 had "
            "started a fire. Local channels say the drone's wreckage came down beside a power line.\n"
            "More\n"
            "The governor said 6 drones had been downed near Novoshakhtinsk in the night.\n"
            "\"Dry grass caught fire where the debris fell. Nobody was hurt,\" he wrote.\n"
            "The defence ministry said that overnight air defence downed nine drones: six of them above the Rostov "
            "region and three above the Belgorod region.")
    got = facts(text)
    assert got == [("interception", "RU-BEL", "", 3), ("interception", "RU-ROS", "Novoshakhtinsk", 6)]


def _tolls(text: str) -> list[tuple]:
    return [(i.killed, i.injured) for i in extract(text, published=DAY)]


def test_civilians_taken_to_a_medical_centre_with_injuries_are_injured():
    assert _tolls("A drone hit a depot in the town of Lgov overnight. Four workers were taken to a medical "
                  "centre with injuries.") == [(None, 4)]


def test_residents_who_sought_medical_help_are_injured():
    assert _tolls("A drone hit a depot in the town of Lgov overnight. Two residents sought medical help.") == [(None, 2)]


def test_no_one_has_been_harmed_is_no_victim():
    assert _tolls("A drone hit a depot in the town of Lgov overnight. No one has been harmed, the mayor said.") == [(0, 0)]


def test_the_victims_of_killing_one_and_injuring_nine_more_are_no_drone_count():
    got = extract("On Monday a drone struck a minibus in Kherson city, killing one passenger and injuring four more, "
                  "the governor said.", published=DAY)
    assert [(i.count, i.killed, i.injured) for i in got] == [(1, 1, 4)]


def test_people_there_who_were_not_injured_are_no_victims():
    assert _tolls("A drone dropped a grenade on a truck in Kherson. The driver and his passenger were not "
                  "injured.") == [(None, 0)]
    assert _tolls("A drone hit a house in the village of Oleshky. Its owners were in the garden at the time and "
                  "were not injured.") == [(None, 0)]
    assert _tolls("A drone struck a van in Kherson once more; neither the van driver nor its passengers were "
                  "hurt.") == [(None, 0)]
    assert _tolls("A drone struck a tractor near Kherson. Neither the driver nor the farmer was injured.") == [(None, 0)]


def test_an_agency_after_a_city_dateline_names_no_place():
    got = facts("Moscow, SANA- Three drones were downed above the Kursk region overnight, the ministry said.")
    assert got == [("interception", "RU-KRS", "", 3)]


def test_a_microdistrict_of_a_known_town_places_the_debris_in_that_town():
    got = facts("Drone debris fell on a school in the Severny microdistrict of Domodedovo, the town's head said.")
    assert got == [("interception", "RU-MOS", "Domodedovo", 0)]


def test_a_roundups_no_injuries_and_its_parts_after_a_clock_time_in_moscow_time():
    text = ("Air defence units downed 9 drones over three regions late on Tuesday, the ministry said.\n"
            "No casualties or damage were reported, the ministry added.\n"
            "According to the ministry, four drones were brought down above the Kursk region between 9 p.m. and "
            "10 p.m. Moscow time (1800 and 1900 GMT).\n"
            "Three were destroyed above the Bryansk region and two above the Oryol region.")
    got = extract(text, published=DAY)
    assert sorted((i.region, i.count, i.injured) for i in got) == [
        ("RU-BRY", 3, 0), ("RU-KRS", 4, 0), ("RU-ORL", 2, 0)]


def test_a_clock_time_before_its_time_zone_ends_no_sentence():
    text = "Four drones were downed between 9 p.m. and 10 p.m. Moscow time (1800 GMT). Nobody was hurt at 5 a.m. Later"
    got = [text[s:e] for s, e in sentences(text, gated_lexicon("en"))]
    assert got == ["Four drones were downed between 9 p.m. and 10 p.m. Moscow time (1800 GMT).",
                   "Nobody was hurt at 5 a.m.", "Later"]


def test_a_drone_fired_at_houses_is_a_strike_of_one_drone():
    got = facts("On Sunday evening the occupiers fired a drone at two homes in the village of Oleshky; a barn burned.")
    assert got == [("strike", "UA-65", "Oleshky", 1)]


def test_a_launch_of_many_drones_at_the_country_is_no_strike():
    assert facts("Russia launched 50 drones at Ukraine overnight, the air force said.") == []


def test_the_suburb_an_apposition_describes_is_the_place_named_before_it():
    got = facts("Overnight, Russian troops fired a drone at a shop in Komyshany, a suburb of Kherson, wounding a saleswoman.")
    assert got == [("strike", "UA-65", "Komyshany", 1)]


def test_a_drone_that_dropped_two_grenades_is_one_drone_striking():
    got = facts("In the Kursk region's village of Snagost, a drone dropped two grenades on a tractor.")
    assert got == [("strike", "RU-KRS", "Snagost", 1)]


def test_a_drone_hit_by_air_defence_that_fell_on_a_house_is_an_interception():
    got = facts("A drone hit by air defence came down on a shed in the village of Oleshky, the governor said.")
    assert got == [("interception", "UA-65", "Oleshky", 1)]


def test_a_drone_hit_over_the_water_that_fell_on_a_warehouse_is_an_interception():
    got = facts("Drones attacked the Odesa region overnight. A drone hit over the water fell on a warehouse in Odesa's "
                "port, starting a blaze.")
    assert ("interception", "UA-51", "Odesa", 1) in got and not any(f[0] == "strike" for f in got)


def test_a_watchman_pulled_out_who_was_not_hurt_is_no_victim():
    assert _tolls("A drone hit a warehouse in the village of Oleshky. Firefighters pulled out a night watchman, who "
                  "was not hurt.") == [(None, 0)]
