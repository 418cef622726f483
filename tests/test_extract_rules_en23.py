"""English phrasings pinned by the en23 accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt
from functools import partial

from geo.extract import extract
from support.figures import place_counts

DAY = dt.date(2025, 6, 10)


facts = partial(place_counts, published=DAY)


def tolls(text: str) -> list[tuple]:
    return sorted(((i.event_type, i.region or "", i.settlement or "", i.killed, i.injured)
                   for i in extract(text, published=DAY)))


def test_a_roundups_seas_in_one_phrase_are_an_interception_with_no_region():
    text = ("Russian air defences destroyed 40 Ukrainian drones over three regions and two seas last night, the "
            "ministry said. It said 30 were downed over the Bryansk region, five over the Kursk region, and two "
            "over the Oryol region, as well as three drones over the waters of the Caspian and Black Seas.")
    assert facts(text) == [("interception", "", "", 3), ("interception", "RU-BRY", "", 30),
                           ("interception", "RU-KRS", "", 5), ("interception", "RU-ORL", "", 2)]


def test_a_building_partly_destroyed_after_a_drone_strike_is_no_interception():
    text = ("After a Shahed strike on the Shevchenkivskyi district of Kharkiv, a garage was partially destroyed, "
            "the mayor said.")
    assert facts(text) == [("strike", "UA-63", "Kharkiv", 1)]


def test_others_damaged_are_houses_not_drones():
    text = "In the Poltava region one cottage burned down, and 9 others were damaged after a drone strike."
    assert [f[3] for f in facts(text)] == [1]


def test_a_raid_whose_drones_were_detected_and_destroyed_is_their_interception():
    text = ("A large Ukrainian drone attack on Russia's Kursk region has injured two people, the governor said. "
            "In all, 9 drones were detected and destroyed over Kursk, and their remains put out by firefighters.")
    assert tolls(text) == [("interception", "RU-KRS", "Kursk", None, 2)]


def test_a_strike_that_left_a_resident_injured():
    text = "In the Bryansk region, a drone strike on a farm left a local resident injured, the governor said."
    assert tolls(text) == [("strike", "RU-BRY", "", None, 1)]


def test_a_victim_from_a_named_village_places_the_strike():
    text = ("A 61-year-old woman from Tyotkino village in the Kursk region was wounded after a drone attack "
            "by the Ukrainian army, the governor wrote.")
    assert facts(text) == [("strike", "RU-KRS", "Tyotkino", 1)]


def test_an_attack_that_impacted_a_city_with_injuries_to_people():
    text = "A large drone attack by Russian troops has badly impacted Kherson overnight, causing injuries to five people."
    assert tolls(text) == [("strike", "UA-65", "Kherson", None, 5)]


def test_a_strike_on_the_whole_country_is_no_regional_strike():
    text = ("A Shahed drone was shot down over the Vinnytsia region overnight, damaging a barn, the governor said. "
            "The enemy once more attacked the country with missiles and drones. "
            "Nobody was hurt. Still, one of the barns was damaged.")
    assert facts(text) == [("interception", "UA-05", "", 1)]


def test_debris_in_several_city_districts_keeps_the_victims_of_each():
    text = ("Debris of downed drones fell in several districts of Kyiv overnight, the city administration said. "
            "In the Obolonskyi district, drone debris fell on a car park. No casualties were reported. "
            "In the Pecherskyi district, debris hit an office building, injuring one person. "
            "In the Podilskyi district, a nine-storey residential building was partially destroyed. One man was injured. "
            "In the Desnianskyi district, debris fell on a road. In total, two people were injured.")
    got = tolls(text)
    assert [g[0] for g in got] == ["interception"] and got[0][4] == 2


def test_most_drones_downed_over_a_region_is_no_incident_beside_the_total():
    text = ("Ukraine's air force said it shot down 21 of 30 drones launched overnight. "
            "Most of the drones were downed over the northern Chernihiv region, it said.")
    assert facts(text) == [("interception", "", "", 21)]


def test_an_aside_year_on_a_place_does_not_make_the_report_history():
    text = ("Air defences shot down 12 of 15 drones launched from Russia and Crimea, which Moscow annexed in 2014, "
            "the air force said.")
    assert facts(text) == [("interception", "", "", 12)]


def test_at_night_is_the_night_before_the_report():
    got = [i.date for i in extract("At night, the enemy attacked a grain terminal in the Odesa region with drones.",
                                   published=DAY)]
    assert got == ["2025-06-10"]


def test_impacts_despite_the_downing_are_a_strike_with_the_victims():
    text = ("Air defence shot down eight Shahed drones over the Mykolaiv region, but there were still impacts. "
            "In the Bashtanka district, a warehouse was damaged. One man was injured as a result of this attack.")
    assert tolls(text) == [("interception", "UA-48", "", None, None), ("strike", "UA-48", "", None, 1)]


def test_a_city_another_place_is_told_from_is_no_place_of_the_incident():
    text = ("Officials said three drones were shot down over a fuel depot in Tver, northwest of Moscow, "
            "on Monday night.")
    assert [f[1] for f in facts(text)] == ["RU-TVE"]


def test_moscow_waging_war_is_the_government_not_the_place():
    text = ("A drone hit a substation in the Kursk region overnight, the governor said. "
            "For over two years Moscow has waged a full-scale war. "
            "In turn, Ukrainian drones have repeatedly targeted refineries deep inside the country.")
    assert [f[1] for f in facts(text)] == ["RU-KRS"]


def test_injured_in_an_enemy_strike_in_a_community_then_the_drone():
    text = ("Three civilians were injured in an enemy strike on the Krasnopillia community. In the morning, the "
            "Russians attacked the town with a drone, the Sumy regional administration said.")
    assert tolls(text) == [("strike", "UA-59", "Krasnopillia", None, 3)]


def test_a_rural_community_named_after_its_village():
    text = "In the Pavlivka rural community of the Sumy region, a Russian drone hit a tractor."
    assert facts(text) == [("strike", "UA-59", "Pavlivka", 1)]


def test_a_title_case_headline_word_is_no_settlement():
    text = ("Chernihiv Attacked By Enemy Uavs, One Man Wounded\n"
            "Tonight, the Chernihiv community is under attack by enemy strike UAVs. One person was injured, "
            "the regional administration said.")
    got = facts(text)
    assert [g[1] for g in got] == ["UA-74"] and got[0][2] in ("", "Chernihiv")


def test_a_hromada_in_a_named_district_is_not_the_homonym_regional_city():
    text = ("Russian drones attacked the Dnipropetrovsk region overnight. In the Mykolaiv community of "
            "Synelnykove district, a drone hit a barn.")
    assert [f[1] for f in facts(text)] == ["UA-12"]


def test_a_drone_attack_that_forced_a_refinery_to_halt():
    text = "A Ukrainian drone attack last week forced the refinery in Syzran to suspend its operations, the company said."
    assert [(f[0], f[1], f[2]) for f in facts(text)] == [("strike", "RU-SAM", "Syzran")]


def test_one_each_in_two_regions_with_asides_keeps_both():
    text = ("The ministry said air defence units downed one drone each in Kaluga region, also close to Moscow, "
            "and in Tambov region, further east.")
    assert facts(text) == [("interception", "RU-KLU", "", 1), ("interception", "RU-TAM", "", 1)]


def test_the_black_sea_crimean_peninsula_is_crimea():
    text = ("Four drones were destroyed in Kursk region, two in Belgorod region and one in the Black Sea "
            "Crimean peninsula, which Russia annexed in 2014, the ministry said.")
    assert facts(text) == [("interception", "RU-BEL", "", 2), ("interception", "RU-KRS", "", 4),
                           ("interception", "UA-43", "", 1)]


def test_drones_that_caused_fires_and_dropped_ammunition():
    text = ("Drones launched by Russian troops in the Poltava region caused fires at two warehouses, the governor said. "
            "Later the enemy dropped ammunition from drones onto the village of Hadiach.")
    assert [(f[0], f[1]) for f in facts(text)] == [("strike", "UA-53"), ("strike", "UA-53")]


def test_an_attempted_attack_with_counted_drones_that_was_stopped_is_their_interception():
    text = ('"Overnight, an attempt by the Kiev regime to stage a terrorist attack using 12 aircraft-type drones '
            'on facilities in Russia was stopped. Air defence systems intercepted and destroyed over the territories '
            'of the Tula (seven drones) and Oryol (five drones) regions," the ministry said.')
    assert facts(text) == [("interception", "RU-ORL", "", 5), ("interception", "RU-TUL", "", 7)]
