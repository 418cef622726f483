"""The SQL functions of the claimant columns (migration 5 of :mod:`geo.store.schema`).

``geo_claimant(text, extras, country)`` finds the claimant of a report stored before the
extractor recorded one: from the document's text, the evidence offsets and the language the
extractor left in ``extras``; ``geo_claimants(keys)`` orders an incident's claimant keys
(``group_concat`` of its sources) as the incidents.claimants column holds them.
"""
from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from typing import Any

from geo import claimants


@lru_cache(maxsize=8)
def _sentences(text: str, language: str) -> tuple[str, list[tuple[int, int]]]:
    """(lower-cased text, sentence spans) of a document: one document has many reports."""
    from geo.extract.lexicon import load_lexicon, lower_text
    from geo.extract.text import sentences

    return lower_text(text), sentences(text, load_lexicon(language))


def claimant_of(text: Any, extras: Any, country: Any = None) -> str | None:
    """The claimant of a stored report, or None (no text, no evidence offsets, an unknown language)."""
    from geo.extract import claimant
    from geo.extract.lexicon import available_languages

    try:
        data = json.loads(extras) if isinstance(extras, str) else {}
        language = data.get("language")
        start, end = data["evidence_spans"][0]
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    if not isinstance(text, str) or language not in available_languages() or not 0 <= start < end <= len(text):
        return None
    low, spans = _sentences(text, language)
    return claimant.find(low, spans, int(start), int(end), language, country if isinstance(country, str) else None)


def add_claimant_functions(db: sqlite3.Connection) -> None:
    """Give a connection ``geo_claimant`` and ``geo_claimants`` (called once per connection)."""
    db.create_function("geo_claimant", 3, claimant_of, deterministic=True)
    db.create_function("geo_claimants", 1, lambda keys: claimants.join(str(keys or "").split(",")),
                       deterministic=True)
