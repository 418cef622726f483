"""English phrasings pinned by the en22 accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def tolls(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.killed, i.injured) for i in extract(text, published=DAY)]


def facts(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count) for i in extract(text, published=DAY)]


def test_none_of_the_residents_hurt_is_no_injured():
    text = ("A drone dropped a charge on a water pumping station in a village of the Kursk region on Monday. "
            "None of the residents were hurt, the governor wrote.")
    assert tolls(text) == [("strike", "RU-KRS", 0, 0)]


def test_a_relative_named_by_his_kin_word_is_a_casualty():
    text = ("A drone struck a sheep pen in the village of Lozova in the Sumy region. "
            "A farmer was killed and his brother was wounded, the regional administration said.")
    assert tolls(text) == [("strike", "UA-59", 1, 1)]


def test_a_diagnosis_is_an_injury():
    text = ("A kamikaze drone attacked a van in the village of Ivanovka, Belgorod governor Gladkov said. "
            "The van burned out. The driver was diagnosed with a closed head injury.")
    assert tolls(text) == [("strike", "RU-BEL", None, 1)]


def test_a_roundup_that_counts_of_them_per_region():
    text = ("Air defence destroyed 60 Ukrainian drones over Russian territory overnight, the Defence Ministry said. "
            "The ministry added that 31 of them were intercepted above the Kursk region, 20 above Oryol and nine above Tula.")
    assert facts(text) == [("interception", "RU-KRS", None, 31), ("interception", "RU-ORL", None, 20),
                           ("interception", "RU-TUL", None, 9)]


def test_a_known_village_as_the_subject_of_the_hit_is_the_settlement():
    text = "Shortly after noon Tsyrkuny was struck by a Shahed, a barn burned down, Syniehubov said."
    assert facts(text) == [("strike", "UA-63", "Tsyrkuny", 1)]


def test_an_unknown_capitalised_subject_is_no_settlement():
    text = "Shortly after noon Everything was struck by a Shahed in the Kharkiv region, Syniehubov said."
    assert facts(text) == [("strike", "UA-63", None, 1)]


def test_strikes_made_with_drones_are_a_strike_with_their_number():
    text = "Overnight the enemy made at least five strikes using attack drones in Nikopol, the governor said."
    got = extract(text, published=DAY)
    assert [(i.event_type, i.region, i.settlement, i.count, i.count_qualifier, i.target) for i in got] == \
        [("strike", "UA-12", "Nikopol", 5, "at_least", None)]


def test_debris_with_the_blast_wave_is_the_hit_not_a_shoot_down():
    text = ("Drones struck Nikopol overnight, the governor said. "
            "Windows of a shop were shattered by the blast wave and debris, and a shed burned down.")
    assert facts(text) == [("strike", "UA-12", "Nikopol", None)]


def test_a_victim_of_an_attack_by_a_drone_is_a_strike():
    text = "In the Bilopillia community of the Sumy region, a farmer was hurt after an attack by an enemy FPV drone."
    assert tolls(text) == [("strike", "UA-59", None, 1)]


def test_a_capital_after_the_country_possessive_is_the_city():
    text = "Falling debris from downed drones started a fire at a warehouse in Russia's Voronezh, the governor said."
    assert facts(text) == [("interception", "RU-VOR", "Voronezh", None)]


def test_a_paragraph_on_recent_weeks_is_background():
    text = ("Air defence destroyed a drone over the Lipetsk region overnight, the governor said.\n\n"
            "In recent weeks, several depots in the Kursk region were struck by drones.")
    assert facts(text) == [("interception", "RU-LIP", None, 1)]


def test_a_victim_named_with_a_long_apposition_is_injured():
    text = ("A kamikaze drone struck a brick plant in Shebekino, Gladkov said. "
            "A worker of the plant, Pavel Orlov, its chief power engineer, was wounded.")
    assert tolls(text) == [("strike", "RU-BEL", None, 1)]


def test_a_victim_from_a_village_hospitalised_is_injured():
    text = ("A drone dropped explosives on a shop in the village of Ripky, Chernihiv region. "
            "A pensioner from Ripky, aged 80, has been hospitalised, Chaus wrote.")
    assert tolls(text) == [("strike", "UA-74", None, 1)]


def test_damage_told_after_a_toll_sentence_goes_on_with_the_strike():
    text = ("Overnight the enemy made at least four strikes using drones on Marhanets, Dnipropetrovsk region.\n"
            "The regional governor wrote about it on Telegram.\n"
            "\"A woman was killed, two men were wounded.\n"
            "A barn burned down; the blast wave damaged several private houses.\n"
            "Later, the governor said that more victims were found.\n"
            "\"Three people are in hospital:\n"
            "- a 40-year-old man in serious condition.\n"
            "Two people, a woman and a man, were killed,\" the post said.")
    got = extract(text, published=DAY)
    assert [(i.event_type, i.settlement, i.count) for i in got] == [("strike", "Marhanets", 4)]


def test_another_injured_person_is_one_more_injured():
    text = ("A drone dropped explosives on a greenhouse in a village of the Kherson region. "
            "The blast killed a 60-year-old man. Another wounded woman was taken to hospital.")
    assert tolls(text) == [("strike", "UA-65", 1, 1)]


def test_no_one_sought_medical_help_is_no_injured():
    text = ("Debris of a downed drone fell on a garage in the Obolonskyi district of Kyiv. "
            "No one had sought medical care by morning, the mayor said.")
    assert [(i.injured,) for i in extract(text, published=DAY)] == [(0,)]


def test_wreckage_seen_falling_is_an_interception():
    text = "Fragments of a drone were seen falling near a school in the Desnianskyi district of Kyiv, the mayor said."
    assert facts(text) == [("interception", "UA-30", "Kyiv", None)]


def test_two_spellings_of_one_village_are_one_strike():
    text = ("A drone dropped a grenade on a yard in the village of Kozachky, Kherson region, and a woman was hurt. "
            "Later the regional administration added that the drone attack on Kozachki also damaged a shed.")
    assert [(i.settlement, i.injured) for i in extract(text, published=DAY)] == [("Kozachky", 1)]


def test_a_larger_toll_told_later_on_its_own_replaces_the_first():
    text = ("A drone hit a bus stop in Kherson, the regional administration said. A woman was injured. "
            "Windows of nearby shops were shattered. Three people were injured, doctors later said.")
    assert tolls(text) == [("strike", "UA-65", None, 3)]


def test_a_toll_at_another_place_does_not_replace_the_first():
    text = ("A drone hit a bus stop in Kherson, the regional administration said. A woman was injured. "
            "In Bilozerka, three people were injured.")
    assert [(i.settlement, i.injured) for i in extract(text, published=DAY)][0] == ("Kherson", 1)


def test_a_building_that_caught_fire_where_debris_fell_is_the_debris_damage():
    text = ("Debris of downed drones fell in three districts of Kyiv overnight, the city administration said.\n\n"
            "In the Obolonskyi district, debris damaged a garage.\n\n"
            "A house caught fire in the Desnianskyi district. The fire was put out.")
    assert facts(text) == [("interception", "UA-30", "Kyiv", None)]


def test_a_city_that_was_attacked_is_the_city_named_before():
    text = ("Loud blasts rang out over Sumy at night, the regional administration said. "
            "The city was hit by Shahed drones, two people were injured.")
    assert facts(text) == [("strike", "UA-59", "Sumy", None)]


def test_fighters_are_persons():
    text = "Two volunteer fighters were wounded when a kamikaze drone attacked their car in the Belgorod region, Gladkov said."
    assert tolls(text) == [("strike", "RU-BEL", None, 2)]
