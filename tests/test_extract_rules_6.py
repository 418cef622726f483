"""Rules of the sixth accuracy round, each pinned with sentences written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 8, 15)


def facts(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.killed, i.injured, i.target) for i in extract(text, published=DAY)]


def test_a_regionless_strike_after_a_list_of_regions_takes_none_of_them():
    text = ("Air defences downed drones over the Sumy, Chernihiv and Kharkiv oblasts overnight. "
            "A substation was hit by a drone.")
    strikes = [f for f in facts(text) if f[0] == "strike"]
    assert all(f[1] != "UA-63" for f in strikes)


def test_a_regionless_strike_after_one_region_still_takes_it():
    text = "Air defences downed drones over the Kharkiv oblast overnight. A substation was hit by a drone."
    assert [f[1] for f in facts(text) if f[0] == "strike"] == ["UA-63"]


def test_an_unplaced_strike_is_the_one_the_next_sentence_places():
    text = ("Air defences downed drones over the Sumy, Chernihiv and Kharkiv oblasts overnight. "
            "The grid operator said a power facility was hit by a drone, with no casualties. "
            "The Poltava Oblast governor said a power facility was damaged in one district of the region.")
    strikes = [f for f in facts(text) if f[0] == "strike"]
    assert len(strikes) == 1
    assert strikes[0][1] == "UA-53" and strikes[0][3:5] == (0, 0)
