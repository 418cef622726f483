"""English phrasings pinned by the acc-en5 accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def facts(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count) for i in extract(text, published=DAY)]


def test_a_recap_heading_starts_another_story_with_no_region_of_its_own():
    text = ("A drone hit a warehouse in Chernihiv on Monday, the regional governor said.\n"
            "Recall\n"
            "Air defence forces shot down 250 drones during the large attack on May 30.")
    got = facts(text)
    assert ("strike", "UA-74", "Chernihiv", 1) in got
    assert ("interception", None, None, 250) in got
    assert not any(f[0] == "interception" and f[1] == "UA-74" for f in got)


def test_a_recap_that_names_no_drone_is_skipped():
    text = ("A drone hit a warehouse in Chernihiv on Monday, the regional governor said.\n"
            "Recall\n"
            "Two residents of the Sumy region were hurt in enemy shelling on Sunday.")
    assert facts(text) == [("strike", "UA-74", "Chernihiv", 1)]


def test_a_quoted_drone_name_takes_the_number_before_it():
    assert facts('Air defences shot down 35 "Shaheds" over the Odesa region overnight.') == [
        ("interception", "UA-51", None, 35)]


def test_shot_down_describing_drones_after_a_preposition_is_no_interception():
    text = ("A drone hit a depot in the Zhytomyr region on Monday.\n"
            "Engineers say the parts of shot down drones show foreign chips.")
    assert [f[0] for f in facts(text)] == ["strike"]
    assert facts("Air defences shot down 12 drones over the Zhytomyr region on Monday.") == [
        ("interception", "UA-18", None, 12)]


def test_a_number_that_were_damaged_counts_no_drones():
    got = facts("A drone attack on an airfield in the Kursk region destroyed two helicopters and another three "
                "were damaged, a source said on Monday.")
    assert got and all(f[3] != 3 for f in got)
