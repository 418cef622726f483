"""The first start: an empty embedded (SQLite) store gets the sample articles in seeds/, so the map is
never blank.  A shared PostgreSQL store is never seeded: a team's data must not be mixed with samples,
and an empty one may be waiting for ``geo migrate --to``, which fills only empty stores.

No streamlit import; ui.shell shows the progress and the outcome.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"


def seed_if_empty(store: Any, progress: Callable[[int, int, str], None] | None = None,
                  seeds_dir: Path = SEEDS_DIR) -> Any:
    """On first start (no documents) of an SQLite store, ingest the seed articles; returns the summary or None."""
    from geo.store import is_sqlite

    if not is_sqlite(store.url):
        return None
    empty = (store.document_count() if hasattr(store, "document_count") else store.count()) == 0
    paths = sorted(str(p) for p in Path(seeds_dir).glob("*.txt"))
    if not empty or not paths:
        return None
    from geo.ingest import ingest_paths

    return ingest_paths(paths, store, progress=progress)
