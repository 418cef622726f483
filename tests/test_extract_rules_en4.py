"""English phrasings of real news the extractor reads right (issue 14, fourth round): the night
named with its date ("overnight into Friday, May 10"), ...

Every sentence here is written for this file; none is taken from a published article."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 3, 14)


def read(text: str, published: dt.date | None = DAY):
    return extract(text, published=published, language="en")


def test_overnight_into_a_dated_day_is_that_day():
    [inc] = read("Overnight into Monday, March 3, drones hit an oil depot in the Bryansk region.")
    assert inc.date == "2025-03-03"
    [inc] = read("Overnight into March 2, a drone struck a warehouse in the Kursk region.")
    assert inc.date == "2025-03-02"
    [inc] = read("Overnight, a drone struck a warehouse in the Kursk region.")
    assert inc.date == "2025-03-14"


def test_a_lead_attack_on_a_region_told_as_debris_damage_is_one_interception():
    text = ("A Russian drone attack on the Chernihiv region on Tuesday left one person dead and three injured, "
            "the regional governor said. In one district, debris from a downed drone hit a car, killing its driver. "
            "In another district, falling debris damaged a private house and injured three residents.")
    [inc] = read(text)
    assert (inc.event_type, inc.region, inc.killed, inc.injured) == ("interception", "UA-74", 1, 3)


def test_a_headline_region_the_body_tells_no_incident_of_is_dropped():
    text = ("Drones hit a fuel depot in Russia's Voronezh region, alerts in the Lipetsk region as well\n"
            "Drones attacked a fuel depot in the Voronezh region overnight, causing a fire, local channels said. "
            "In the Lipetsk region, residents also reported hearing drones, but no damage.")
    incs = read(text)
    assert [(i.event_type, i.region) for i in incs] == [("strike", "RU-VOR")]
    [inc] = read("Drone hits a fuel depot in Russia's Lipetsk region\nA fire broke out at the site, officials said.")
    assert inc.region == "RU-LIP"


def test_of_two_regions_attacked_the_one_with_a_fire_at_a_facility_is_the_incident():
    text = ("Overnight into March 9, drones attacked the Tambov and Lipetsk regions. "
            "Meanwhile, after several explosions there was a fire at the Lipetsk oil depot.")
    [inc] = read(text)
    assert (inc.event_type, inc.region, inc.target, inc.date) == ("strike", "RU-LIP", "oil depot", "2025-03-09")
    # a fire spreading is no new target
    text = ("A drone hit a school in the Sumy region on Friday. In addition, the strike damaged a shop nearby. "
            "The fire spread to a garage.")
    assert "outbuilding" not in [i.target for i in read(text)]


def test_strikes_counted_as_hits_per_facility():
    text = ("On Friday morning Russian drones attacked Chernihiv, the mayor said. "
            "Drones targeted two industrial plants in the city. One plant took four hits, while the other was hit twice.")
    [inc] = read(text)
    assert (inc.region, inc.settlement, inc.count) == ("UA-74", "Chernihiv", 6)


def test_explosions_and_times_count_a_strike_but_not_another_weapon():
    [inc] = read("On Friday Russian troops carried out a series of drone strikes on Poltava, with at least six explosions reported.")
    assert (inc.count, inc.count_qualifier) == (6, "at_least")
    text = ("Russian forces attacked the village of Marhanets in the Dnipropetrovsk region on Friday. "
            "They used FPV drones three times and fired artillery twice, damaging a shop.")
    assert [i.count for i in read(text)] == [3]


def test_a_numbered_airbase_is_its_town():
    text = ("Drones attacked the Kursk region on Friday. On March 2, drones damaged two bombers at the Engels-2 "
            "airfield, killing two servicemen.")
    incs = read(text)
    assert ("RU-SAR", "Engels") in [(i.region, i.settlement) for i in incs]
