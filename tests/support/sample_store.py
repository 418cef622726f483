"""A small real store for the dashboard and export tests (no extractor needed).

Incidents are written through ``Store.add_document`` like ingest does, so the
tests read back what the store really computes.  One article carries hostile
text (HTML, a ``javascript:`` URL) to prove every view escapes it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from geo.documents.model import Document
from geo.record import Incident
from geo.store import open_store

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'

#: (day offset, type, region, settlement, lat, lon, precision, count, killed, target)
ROWS = [
    (0, "strike", "RU-BEL", "Valuyki", 50.2117, 38.0983, 1, 1, 0, "private house"),
    (0, "interception", "RU-BEL", None, 50.6, 36.6, 3, 12, None, None),
    (1, "interception", "RU-KRS", None, 51.7, 36.2, 3, 8, None, None),
    (2, "strike", "RU-KRS", "Rylsk", 51.5681, 34.6802, 1, 2, 1, "power line"),
    (3, "strike", "UA-63", "Kupiansk", 49.7106, 37.6156, 1, 3, 2, "railway station"),
    (4, "interception", "RU-MOS", None, 55.5, 37.5, 3, 20, None, None),
    (5, "strike", "RU-BRY", "Klintsy", 52.7529, 32.2360, 1, None, None, "warehouse"),
    (6, "interception", "RU-BRY", None, 53.0, 33.4, 3, 5, None, None),
]
START = dt.date(2025, 5, 1)


def build(path: str | Path) -> str:
    """Create the sample store at ``path``; returns its url (a path)."""
    store = open_store(str(path))
    try:
        for i, (off, kind, region, settlement, lat, lon, prec, count, killed, target) in enumerate(ROWS):
            day = START + dt.timedelta(days=off)
            evidence = f"Report {i}: a drone {kind} near {settlement or region}."
            if i == 0:
                evidence += " " + HOSTILE
            text = f"Some context. {evidence} More text after."
            doc = Document(text=text, id=f"doc{i}", published=day,
                           title=("Attack " + HOSTILE) if i == 0 else f"Article {i}",
                           url="javascript:alert(1)" if i == 0 else f"https://news.example/{i}")
            start = text.index(evidence)
            inc = Incident(event_type=kind, country=region.split("-")[0], region=region,
                           settlement=settlement, lat=lat, lon=lon, geo_precision=prec, count=count,
                           count_qualifier="exact" if count else None, date=day.isoformat(),
                           date_precision="day", killed=killed, target=target, evidence=evidence,
                           extras={"evidence_spans": [[start, start + len(evidence)]]})
            store.add_document(doc, [inc])
    finally:
        store.close()
    return str(path)
