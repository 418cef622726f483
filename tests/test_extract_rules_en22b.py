"""English phrasings pinned by the en22b accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def facts(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count) for i in extract(text, published=DAY)]


def test_a_khutor_translated_as_farm_is_the_settlement():
    text = ("A drone attacked the Kozinka farm in the Belgorod region on Monday, the governor said. "
            "A tractor driver was wounded.")
    assert facts(text) == [("strike", "RU-BEL", "Kozinka", 1)]


def test_farm_workers_are_no_farm_name():
    text = "A drone hit a barn in the Kursk region. Two Kozinka farm workers were wounded."
    assert [f[2] for f in facts(text)] == [None]


def test_the_attack_of_the_fpv_drone_is_one_drone():
    text = ("Drones struck the Sumy region again. A resident of Krasne, Sumy region, was wounded "
            "because of the attack of the FPV drone and is in hospital.")
    assert [f[3] for f in facts(text)] == [1]


def test_a_downing_retold_near_the_regional_capital_is_the_same_one():
    text = ("On Monday air defence shot down a drone above the village of Dubki in the Bryansk region. "
            "'Air defence downed a drone near Bryansk. Debris fell in Dubki, nobody was hurt,' the governor said.")
    assert facts(text) == [("interception", "RU-BRY", "Dubki", 1)]


def test_another_drone_near_the_capital_is_a_second_downing():
    text = ("On Monday air defence shot down a drone above the village of Dubki in the Bryansk region. "
            "Another drone was downed near Bryansk, the governor said.")
    assert [f[2] for f in facts(text)] == ["Dubki", "Bryansk"]


def test_destroyed_in_the_sky_over_a_region_is_an_interception():
    text = ("Drones again tried to reach the capital on Monday. Two were destroyed in the sky "
            "over the Moscow region, in the Istra district.")
    assert facts(text) == [("interception", "RU-MOS", None, 2)]


def test_it_was_destroyed_by_air_defence_is_an_interception():
    text = "A drone approached Kaluga on Monday. It was destroyed by air defence forces, the governor said."
    assert [f[0] for f in facts(text)] == ["interception"]


def test_comma_another_opens_a_clause_of_its_own():
    text = ("Two drones were destroyed over the Kaluga region on Monday, another was suppressed "
            "and fell on a business centre in Tula.")
    assert facts(text) == [("interception", "RU-KLU", None, 2), ("interception", "RU-TUL", "Tula", None)]


def tolls(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.count, i.injured) for i in extract(text, published=DAY)]


def test_an_attack_in_a_district_after_a_regional_downing_is_a_strike():
    text = ("Air defence forces worked over the Poltava region at night: four drones were shot down over the region. "
            "As a result of the enemy attack in the Myrhorod district, a woman was injured.")
    assert tolls(text) == [("interception", "UA-53", 4, None), ("strike", "UA-53", None, 1)]


def test_the_samara_district_of_dnipropetrovsk_is_no_russian_region():
    text = ("Drones attacked the Dnipropetrovsk region overnight, the governor said. "
            "In the Samara district, a private house burned and one man was injured in the attack.")
    assert [(i.region, i.country) for i in extract(text, published=DAY)] == [("UA-12", "UA")]


def test_a_new_total_in_hospital_and_a_toll_after_a_list_of_victims():
    text = ('Drones struck Poltava overnight, the governor said. "A man was killed, a woman was injured." '
            'Later he said that the toll had risen. "There are now three victims in hospital:\n'
            '- a 70-year-old woman in serious condition.\n'
            '- a 40-year-old man in moderate condition.\n'
            '- a 12-year-old boy with light wounds.\n'
            'Two people, a woman and a man, were killed," he said.')
    assert [(i.killed, i.injured) for i in extract(text, published=DAY)] == [(2, 3)]


def test_the_number_of_injured_rose_to_replaces_the_toll():
    text = ("A drone hit a shop in Sumy on Monday; a woman was injured. "
            "The number of injured has risen to four, the mayor said later.")
    assert [i.injured for i in extract(text, published=DAY)] == [4]


def test_a_dateline_city_without_an_agency_is_no_place():
    text = "Moscow, May 25 – Two drones hit houses in the center of Kursk, the governor said."
    assert [(f[1], f[2]) for f in facts(text)] == [("RU-KRS", "Kursk")]


def test_another_drone_crashed_in_a_district_is_an_incident_of_its_own():
    text = ("Several houses in the centre of Kursk were damaged by drones, the governor said. No one was injured. "
            "Another drone crashed in the Kursk district, damaging a private house, he added.")
    assert facts(text) == [("strike", "RU-KRS", "Kursk", None), ("strike", "RU-KRS", None, 1)]


def test_the_third_drone_crashed_is_no_new_strike_word():
    text = ("Two drones were suppressed by electronic warfare over the Moscow region on Monday. "
            "The third drone crashed in a district of Khimki.")
    assert [f[0] for f in facts(text)] == ["interception"] * len(facts(text))


def test_a_found_debris_lead_places_the_downing_told_later():
    text = ("Emergency services said drone debris has been found near the village of Lopatino in the Kaluga region. "
            "Witnesses said the drone itself was downed by air defence. No one was injured.")
    assert [f[:3] for f in facts(text)] == [("interception", "RU-KLU", "Lopatino")]


def test_managed_to_shoot_down_is_an_interception():
    text = "Air defence managed to shoot down eight Shahed drones over the Mykolaiv region overnight, the governor said."
    assert facts(text) == [("interception", "UA-48", None, 8)]


def test_a_victim_given_by_year_of_birth_is_counted():
    text = ("A drone hit a house in Sumy on Monday. A woman born in 1950 was injured in the attack. "
            "A man born in 1961 was killed.")
    assert [(i.killed, i.injured) for i in extract(text, published=DAY)] == [(1, 1)]
