"""Small partitions for cluster tests, and the partitions a run really sent, counted (in the client)."""
from __future__ import annotations

from typing import Any

import geo.cluster

#: Documents per partition in the tests: several partitions per worker, even for 40 articles.
SMALL = 4


def small_partitions(monkeypatch: Any) -> list[int]:
    """Sets ``geo.cluster.PARTITION`` to :data:`SMALL`; returns the size of each partition submitted
    from then on (a partition run again item by item counts as one per item)."""
    monkeypatch.setattr(geo.cluster, "PARTITION", SMALL)
    sent: list[int] = []
    submit = geo.cluster._Run.submit

    def counted(self: Any, chunk: list[Any]) -> Any:
        sent.append(len(chunk))
        return submit(self, chunk)

    monkeypatch.setattr(geo.cluster._Run, "submit", counted)
    return sent
