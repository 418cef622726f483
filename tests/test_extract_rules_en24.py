"""English phrasings pinned by the en24 accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt
from functools import partial

from support.figures import place_counts

DAY = dt.date(2025, 6, 10)


facts = partial(place_counts, published=DAY)


def test_a_ministry_that_claimed_to_have_destroyed_drones_reports_a_downing():
    got = facts("On June 8, the defence ministry claimed to have destroyed 140 drones.")
    assert got == [("interception", "", "", 140)]


def test_a_plan_to_destroy_drones_is_still_no_downing():
    assert facts("The ministry plans to destroy 140 drones a night with new interceptors.") == []
