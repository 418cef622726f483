"""Reads that PostgreSQL answers in its own SQL, where the shared one (geo/store/queries.py) costs
it a statement per item: each statement on PostgreSQL is a round trip, a plan and a transaction
(about 0.5 ms), against a few microseconds in SQLite's library.

The map's popups read the newest incidents of up to 250 places: one statement for all of them
here (a LATERAL join over the places), with the same rows in the same order as SQLite's
statement a place (bench/README.md, "PostgreSQL").
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geo.store.queries import PLACE_ORDER, QUERY_COLUMNS

if TYPE_CHECKING:
    from geo.store.queries import StoreQueries

    _Base = StoreQueries
else:
    _Base = object


class PostgresQueries(_Base):
    """Mixed in before :class:`geo.store.queries.StoreQueries` by the PostgreSQL store."""

    def _place_rows(self, where: str, params: list[Any], places: list[tuple[float, float]],
                    per_place: int | None) -> list[Any]:
        """QUERY_COLUMNS and the place of each place's incidents: the places as two arrays, each one's
        ids found by the shared subquery (its coordinates p.lat, p.lon), in the places' order."""
        if not places:
            return []
        ids = self._place_ids(where, per_place, lat=("p.lat - 0.0001", "p.lat + 0.0001", "p.lat"),
                              lon=("p.lon - 0.0001", "p.lon + 0.0001", "p.lon"))
        columns = ", ".join(QUERY_COLUMNS)
        sql = (f"SELECT i.*, p.lat, p.lon FROM unnest(?::float8[], ?::float8[]) WITH ORDINALITY AS p(lat, lon, n)"
               f" CROSS JOIN LATERAL (SELECT {columns} FROM incidents WHERE id IN ({ids})) AS i"
               f" {PLACE_ORDER.replace('ORDER BY', 'ORDER BY p.n,')}")
        return self._rows(sql, [[lat for lat, _ in places], [lon for _, lon in places], *params])
