"""Incidents without a date, added to a store the way ingest adds them (for the undated notes' tests)."""
from __future__ import annotations

from pathlib import Path

from geo.documents.model import Document
from geo.record import Incident
from geo.store import open_store

#: (type, region, settlement, lat, lon, precision, evidence): no date, no publication date.
UNDATED = [
    ("strike", "RU-KRS", "Lgov", 51.6597, 35.2642, 1, "A drone hit a warehouse in Lgov, the governor said."),
    ("interception", "RU-ORL", None, 52.8, 36.3, 3, "Air defence shot down four drones over Oryol region."),
]


def add_undated(path: str | Path) -> int:
    """Add the UNDATED incidents to the store at ``path``; returns how many."""
    store = open_store(str(path))
    try:
        for i, (kind, region, settlement, lat, lon, prec, evidence) in enumerate(UNDATED):
            store.add_document(Document(text=f"Undated report. {evidence}", id=f"undated{i}", title=f"Undated {i}"),
                               [Incident(event_type=kind, country="RU", region=region, settlement=settlement, lat=lat,
                                         lon=lon, geo_precision=prec, evidence=evidence)])
        return len(UNDATED)
    finally:
        store.close()
