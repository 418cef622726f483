"""The filters a user sets (dashboard, URL, CLI export), in one value object.

The dashboard, ``python -m geo export`` and ``python -m geo incidents`` all
build a :class:`Filters` and hand it to the store, so the same filters always
give the same incidents, whichever door a user came in by.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from geo.record import EVENT_TYPES


def _as_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class Filters:
    """Which incidents to show. Empty tuples mean "all"."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    regions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    precisions: tuple[int, ...] = ()
    text: str = ""
    include_undated: bool = field(default=True)

    def __post_init__(self) -> None:
        object.__setattr__(self, "date_from", _as_date(self.date_from))
        object.__setattr__(self, "date_to", _as_date(self.date_to))
        object.__setattr__(self, "regions", tuple(sorted({r.upper() for r in self.regions if r})))
        object.__setattr__(self, "countries", tuple(sorted({c.upper() for c in self.countries if c})))
        object.__setattr__(self, "types", tuple(t for t in EVENT_TYPES if t in set(self.types)))
        object.__setattr__(self, "precisions", tuple(sorted({int(p) for p in self.precisions})))
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError(f"date range is reversed: {self.date_from} > {self.date_to}")

    def with_(self, **changes: Any) -> "Filters":
        """A copy with some fields changed."""
        return replace(self, **changes)

    def describe(self) -> str:
        """A one-line human description, used in export titles."""
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'} to {self.date_to or '…'}")
        else:
            parts.append("all dates")
        parts.append(", ".join(self.types) + " only" if self.types else "strikes and interceptions")
        if self.regions:
            parts.append("regions " + ", ".join(self.regions))
        if self.countries:
            parts.append("countries " + ", ".join(self.countries))
        if self.precisions:
            parts.append("precision " + ", ".join(map(str, self.precisions)))
        if self.text:
            parts.append(f'text "{self.text}"')
        return "; ".join(parts)

    def to_query(self) -> dict[str, str]:
        """Flat string mapping for URL query strings (dashboard share links)."""
        q: dict[str, str] = {}
        if self.date_from:
            q["from"] = self.date_from.isoformat()
        if self.date_to:
            q["to"] = self.date_to.isoformat()
        if self.regions:
            q["region"] = ",".join(self.regions)
        if self.countries:
            q["country"] = ",".join(self.countries)
        if self.types:
            q["type"] = ",".join(self.types)
        if self.precisions:
            q["precision"] = ",".join(map(str, self.precisions))
        if self.text:
            q["q"] = self.text
        return q

    @classmethod
    def from_query(cls, query: dict[str, Any]) -> "Filters":
        """Parse a URL query mapping; malformed values are ignored, not fatal."""

        def split(key: str) -> list[str]:
            raw = query.get(key) or ""
            if isinstance(raw, (list, tuple)):
                raw = ",".join(map(str, raw))
            return [p.strip() for p in str(raw).split(",") if p.strip()]

        def date(key: str) -> dt.date | None:
            try:
                return _as_date(query.get(key))
            except ValueError:
                return None

        precisions: list[int] = [int(p) for p in split("precision") if p in {"1", "2", "3", "4"}]
        d_from, d_to = date("from"), date("to")
        if d_from and d_to and d_to < d_from:
            d_from, d_to = d_to, d_from
        return cls(date_from=d_from, date_to=d_to, regions=tuple(split("region")),
                   countries=tuple(split("country")), types=tuple(split("type")),
                   precisions=tuple(precisions), text=str(query.get("q") or ""))


def parse_cli(date_from: str | None, date_to: str | None, regions: Iterable[str] | None,
              types: Iterable[str] | None, countries: Iterable[str] | None = None) -> Filters:
    """Filters from CLI options; raises ValueError with a readable message."""
    from geo.places.mentions import resolve_region

    codes = []
    for r in regions or ():
        code = resolve_region(r)
        if code is None:
            raise ValueError(f"unknown region: {r!r} (use an ISO 3166-2 code such as RU-BEL)")
        codes.append(code)
    try:
        return Filters(date_from=_as_date(date_from), date_to=_as_date(date_to), regions=tuple(codes),
                       countries=tuple(countries or ()), types=tuple(types or ()))
    except ValueError as exc:
        raise ValueError(f"bad date filter: {exc}") from None
