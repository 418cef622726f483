"""English phrasings of real news the extractor reads right (issue 14, third round): where a report
places its incident in a later sentence, hromadas named after their centre, ...

Every sentence here is written for this file; none is taken from a published article."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 3, 14)


def read(text: str, published: dt.date | None = DAY):
    return extract(text, published=published, language="en")


def test_a_hromada_named_after_its_village_is_the_village():
    [inc] = read("A Russian drone struck a barn in the Myropillia community of the Sumy region on Friday.")
    assert (inc.region, inc.settlement) == ("UA-59", "Myropillia")
    [inc] = read("A Russian drone struck a barn in the Krasnopilska hromada of the Sumy region on Friday.")
    assert inc.settlement is None


def test_a_later_sentence_says_where_the_attack_was():
    text = ("A Ukrainian drone attack on Friday damaged a school in the Kursk region, the governor said. "
            "He added that the incident took place in the village of Tetkino.")
    [inc] = read(text)
    assert (inc.region, inc.settlement) == ("RU-KRS", "Tetkino")


def test_the_region_named_like_its_capital_gives_way_to_the_village():
    text = ("Officials said two people were injured on Thursday in an enemy drone attack in Ukraine's Kharkiv. "
            "The attack occurred in the Zolochiv community shortly after midnight. "
            "Russian forces used two drones to strike a private house. Two people were injured in the attack.")
    [inc] = read(text)
    assert (inc.region, inc.settlement, inc.count, inc.injured) == ("UA-63", "Zolochiv", 2, 2)


def test_residents_suffering_wounds():
    [inc] = read("A drone exploded in the village of Bessonovka, with three residents suffering shrapnel wounds.")
    assert inc.injured == 3


def test_a_toll_after_a_quoted_paragraph_that_refers_back():
    text = ("Debris of a downed drone hit a high-rise in Kyiv's Obolonskyi district, the mayor said.\n\n"
            "\"Firefighters are at the scene. The blaze is spreading,\" he wrote.\n\n"
            "A man was injured and taken to hospital as a result of the incident.")
    [inc] = read(text)
    assert inc.injured == 1


def test_another_victim_of_the_same_strike():
    text = ("A drone struck a house in Kherson on Friday. A man was killed, the governor said.\n\n"
            "Related: other news\n\n"
            "\"Another woman was injured in the strike,\" he added.")
    [inc] = read(text)
    assert (inc.killed, inc.injured) == (1, 1)


def test_a_toll_in_a_later_paragraph_without_reference_stays_apart():
    text = ("Debris of a downed drone hit a high-rise in Kyiv's Obolonskyi district, the mayor said.\n\n"
            "\"Firefighters are at the scene. The blaze is spreading,\" he wrote.\n\n"
            "Two people were injured in Odesa on Thursday.")
    assert [i.injured for i in read(text)] == [None]


def test_a_recap_that_names_no_drone_is_no_drone_incident():
    text = ("A drone struck a barn in the village of Krasne in the Kherson region on Friday, injuring a farmer. "
            "The governor reminded that on Thursday Russian troops struck the centre of Beryslav.")
    assert [(i.settlement, i.injured) for i in read(text)] == [("Krasne", 1)]


def test_a_crimea_report_that_the_next_sentence_places_in_sevastopol():
    text = ("Four people were hurt in annexed Crimea when a downed drone fell on a car park, officials said on Friday. "
            "Sevastopol Governor Mikhail Razvozhayev said the injured were taken to hospital.")
    [inc] = read(text)
    assert (inc.event_type, inc.region, inc.settlement, inc.injured) == ("interception", "UA-40", "Sevastopol", 4)


def test_drones_downed_over_crimea_and_the_sea_have_no_region():
    [inc] = read("Air defences shot down 40 drones over Crimea and the Black Sea overnight, the ministry said.")
    assert (inc.region, inc.count) == (None, 40)
    found = read("Air defences shot down 20 drones over Crimea and 6 over the Black Sea overnight, the ministry said.")
    assert [(i.region, i.count) for i in found] == [("UA-43", 20)]


def test_between_one_night_and_the_next_morning():
    [inc] = read("Air defences destroyed 12 drones over the Belgorod region between Thursday night and Friday morning.")
    assert inc.date == "2025-03-14"


def test_a_fire_after_a_strike_by_a_drone():
    [inc] = read("A fire broke out at a grain warehouse in the town of Izium following a strike by a Russian drone.")
    assert (inc.event_type, inc.settlement) == ("strike", "Izium")
    [inc] = read("As a result of a UAV attack, the Syzran oil refinery in the Samara region caught fire.")
    assert (inc.event_type, inc.region, inc.settlement) == ("strike", "RU-SAM", "Syzran")


def test_a_hedged_drone_strike_with_drone_fragments_found():
    text = ("The Afipsky oil refinery in Russia's Krasnodar region halted work on Tuesday after what appeared to be "
            "a drone strike, the governor said. He said fragments of three drones had been found at the plant.")
    [inc] = read(text)
    assert (inc.event_type, inc.region, inc.settlement, inc.count) == ("strike", "RU-KDA", "Afipsky", 3)


def test_a_large_scale_fire_caused_at_a_refinery():
    text = ("Drones attacked southern Russia overnight. A series of blasts caused a large-scale fire at the "
            "Tuapse refinery in the Krasnodar region.")
    found = [(i.event_type, i.region, i.settlement) for i in read(text)]
    assert ("strike", "RU-KDA", "Tuapse") in found


def test_a_later_sentence_names_the_struck_refinery_after_its_town():
    text = ("Drones attacked an oil refinery in the Samara region overnight, the governor said. "
            "Flashes were seen above the industrial zone, and four drones were shot down. "
            "The Novokuibyshevsk refinery is one of the largest in the region.")
    found = [(i.event_type, i.settlement) for i in read(text)]
    assert ("strike", "Novokuibyshevsk") in found


def test_a_city_as_the_subject_of_the_attack():
    [inc] = read("On Friday morning, Sumy came under attack by Russian drones; a school was damaged.")
    assert (inc.event_type, inc.region, inc.settlement) == ("strike", "UA-59", "Sumy")
