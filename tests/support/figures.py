"""An extraction as the rows a rule test compares: what the map shows of each incident."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract


def figure_rows(text: str, language: str, published: dt.date) -> list[tuple]:
    """(type, region, settlement, count, killed, injured) of each incident found, in order."""
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=published, language=language)]
