"""Text to placed incidents: the one-way flow every entry point shares.

extract (``geo.extract``) -> place on the map (``geo.geocode``).  Storing and
de-duplicating happen in ``geo.ingest``; ``python -m geo extract`` stops here.
"""
from __future__ import annotations

import datetime as dt

from geo.documents.model import Document
from geo.record import Incident


def process(doc: Document, geocoder=None, today: dt.date | None = None) -> list[Incident]:
    """Extract the incidents of one document and place each on the map (namesakes by their neighbours)."""
    from geo.extract import extract
    from geo.geocode import place
    from geo.geocode.context import settle_namesakes

    incidents = extract(doc.text, published=doc.published, document=doc.path or doc.id,
                        language=doc.language, today=today)
    return settle_namesakes([place(inc, geocoder) for inc in incidents])
