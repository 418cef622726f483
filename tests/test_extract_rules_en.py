"""English phrasings of real news the extractor reads right (issue 14): capitals that act for their
governments, cities that are regions, launch directions, counts that are not downed drones.

Every sentence here is written for this file; none is taken from a published article."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 3, 14)


def places(text: str, published: dt.date | None = DAY) -> list[tuple[str, str | None, str | None]]:
    return [(i.event_type, i.region, i.settlement) for i in extract(text, published=published, language="en")]


@pytest.mark.parametrize("text", [
    "Moscow said its air defences downed 12 drones over the Bryansk region, blaming the Kyiv regime.",
    "Moscow said its air defences downed 12 drones over the Bryansk region that Kyiv fired overnight.",
    "Moscow said all of Kiev's drone attacks were repelled: 12 drones were downed over the Bryansk region.",
    "A source in Kyiv said that 12 drones were downed over the Bryansk region overnight.",
])
def test_kyiv_acting_for_its_government_is_no_place(text):
    assert {r for _, r, _ in places(text)} == {"RU-BRY"}
