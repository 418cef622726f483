"""Incidents without a date: how many a view has, and what a date range does to them, in words.

A date range keeps the incidents whose days overlap it, so an incident with no date falls
outside every range: it is counted only while the dates cover the whole span (the store's
``Filters.include_undated`` then keeps it; a chosen range always leaves it out).  The Map says
how many there are so its numbers can be trusted, and the Add articles page warns before such
an incident is saved.  No streamlit import.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from geo.filters import Filters
from geo.maps.popups import count_noun
from geo.values import is_blank


def undated_count(store: Any, filters: Filters) -> int:
    """How many incidents match ``filters`` but their dates and have no date (two aggregate counts)."""
    every_day = filters.with_(date_from=None, date_to=None)
    return store.count(every_day.with_(include_undated=True)) - store.count(every_day.with_(include_undated=False))


def undated_line(n: int, filters: Filters) -> str:
    """The Map's sentence about its undated incidents ("" when there are none)."""
    if not n:
        return ""
    they = count_noun(n, "incident") + (" has" if n == 1 else " have")
    if filters.date_from or filters.date_to:
        return (f"{they} no date and {'is' if n == 1 else 'are'} outside any date range, so the chosen dates "
                "leave them out of the numbers, the map and the timeline. Move the slider back to the whole "
                "span to count them.")
    return (f"{they} no date: {'it is' if n == 1 else 'they are'} counted above and on the map while the dates "
            "cover the whole span, left out as soon as you narrow them, and never on the timeline.")


def undated_rows(edited: pd.DataFrame | None) -> list[int]:
    """The rows (1-based, as the preview numbers them) the user keeps that have no date."""
    if edited is None or edited.empty:
        return []
    return [n for n, row in enumerate(edited.to_dict("records"), 1) if row.get("keep") and is_blank(row.get("date"))]


def undated_warning(rows: list[int], published: Any) -> str:
    """The Add articles page's warning before saving incidents without a date ("" when every kept one has one)."""
    if not rows:
        return ""
    which = ", ".join(map(str, rows))
    why = ("the text states no date and the article has no publication date" if is_blank(published)
           else "the text states no date this reader could resolve")
    fix = ("Set Published above and press Extract incidents again, or type the day in the Date cell."
           if is_blank(published) else "Type the day in the Date cell if you know it.")
    return (f"No date for {count_noun(len(rows), 'incident')} (row{'s' if len(rows) > 1 else ''} {which}): {why}. "
            "Saved without one, it is counted only while the Map's dates cover the whole span, left out of any "
            f"date range and off the timeline. {fix}")
