"""An extraction as the rows a rule test compares: what the map shows of each incident."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract


def figure_rows(text: str, language: str, published: dt.date) -> list[tuple]:
    """(type, region, settlement, count, killed, injured) of each incident found, in order."""
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=published, language=language)]


def place_counts(text: str, published: dt.date) -> list[tuple]:
    """Sorted (type, region, settlement, count) of each incident, "" and 0 for unknown: where and how many."""
    return sorted(((i.event_type, i.region or "", i.settlement or "", i.count or 0)
                   for i in extract(text, published=published)))
