"""The filters a user sets (dashboard, URL, CLI export), in one value object.

The dashboard, ``python -m geo export`` and ``python -m geo incidents`` all
build a :class:`Filters` and hand it to the store, so the same filters always
give the same incidents, whichever door a user came in by.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from geo import claimants as claimant_kinds
from geo.errors import UserError
from geo.record import EVENT_TYPES

#: Longest text search, in characters: a search is a few words, and a 100 KB ``q=`` in a link took
#: 16 s to answer.  A longer one from a URL is cut to this; from code or the CLI it is an error.
MAX_TEXT = 200
#: Bidirectional classes of characters that can reorder the text around them: right-to-left letters
#: and Unicode's embeddings, overrides and isolates ("\u202e" draws what follows backwards).
_BIDI_CLASSES = {"R", "AL", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}
_FSI, _PDI = "\u2068", "\u2069"
_ISOLATE_OPENERS = "\u2066\u2067\u2068"


def has_bidi(text: str) -> bool:
    """True when ``text`` holds right-to-left letters or bidirectional controls."""
    return any(unicodedata.bidirectional(c) in _BIDI_CLASSES for c in text)


def isolate(text: object) -> str:
    """User text as a Unicode isolate (FSI … PDI) when it holds right-to-left letters or bidirectional
    controls: they then act inside it only, so a U+202E in a title cannot draw the app's own words
    around it backwards.  Its own PDIs are dropped and its isolates closed before the last PDI, so the
    text cannot end the isolate early.  Plain text (escape it for HTML or Markdown as usual)."""
    inner = str(text).replace(_PDI, "")
    if not has_bidi(inner):
        return inner
    opened = sum(inner.count(c) for c in _ISOLATE_OPENERS)
    return f"{_FSI}{inner}{_PDI * (opened + 1)}"


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
    #: Only the incidents the map cannot draw (no region and no point: national or country-wide figures).
    undrawn: bool = False
    #: Who the evidence names (keys of geo.claimants.CATEGORIES, or "none" for no claimant named):
    #: an incident is kept when one of its sources names one of them.
    claimants: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "date_from", _as_date(self.date_from))
        object.__setattr__(self, "date_to", _as_date(self.date_to))
        object.__setattr__(self, "regions", tuple(sorted({r.upper() for r in self.regions if r})))
        object.__setattr__(self, "countries", tuple(sorted({c.upper() for c in self.countries if c})))
        object.__setattr__(self, "types", tuple(t for t in EVENT_TYPES if t in set(self.types)))
        object.__setattr__(self, "precisions", tuple(sorted({int(p) for p in self.precisions})))
        object.__setattr__(self, "claimants", tuple(claimant_kinds.known(self.claimants)))
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError(f"date range is reversed: {self.date_from} > {self.date_to}")
        if len(self.text) > MAX_TEXT:
            raise UserError(f"the search text is {len(self.text):,} characters long; at most {MAX_TEXT} are read")

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
            parts.append(f'text "{isolate(self.text)}"')
        if self.undrawn:
            parts.append("only incidents not drawn on the map")
        if self.claimants:
            parts.append("claimed by " + " or ".join(claimant_kinds.filter_label(k) for k in self.claimants))
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
        if self.undrawn:
            q["undrawn"] = "1"
        if self.claimants:
            q["claimant"] = ",".join(self.claimants)
        return q

    @classmethod
    def from_query(cls, query: dict[str, Any]) -> "Filters":
        """Parse a URL query mapping; malformed values are ignored, not fatal, and a search longer
        than MAX_TEXT is cut to its first MAX_TEXT characters."""

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
                   precisions=tuple(precisions), text=query_text(query),
                   undrawn=str(query.get("undrawn") or "") == "1", claimants=tuple(split("claimant")))


def query_text(query: dict[str, Any]) -> str:
    """The search of a URL query (``q``), stripped and cut to MAX_TEXT characters."""
    raw = query.get("q") or ""
    if isinstance(raw, (list, tuple)):
        raw = raw[-1] if raw else ""
    return str(raw).strip()[:MAX_TEXT].strip()


def parse_cli(date_from: str | None, date_to: str | None, regions: Iterable[str] | None,
              types: Iterable[str] | None, countries: Iterable[str] | None = None,
              claimants: Iterable[str] | None = None) -> Filters:
    """Filters from CLI options; raises ValueError with a readable message."""
    from geo.places.mentions import resolve_region

    strange = claimant_kinds.unknown(claimants or ())
    if strange:
        raise ValueError(f"unknown claimant: {strange[0]!r} (use one of "
                         f"{', '.join(claimant_kinds.filter_options())})")

    codes = []
    for r in regions or ():
        code = resolve_region(r)
        if code is None:
            raise ValueError(f"unknown region: {r!r} (use an ISO 3166-2 code such as RU-BEL)")
        codes.append(code)
    try:
        return Filters(date_from=_as_date(date_from), date_to=_as_date(date_to), regions=tuple(codes),
                       countries=tuple(countries or ()), types=tuple(types or ()), claimants=tuple(claimants or ()))
    except ValueError as exc:
        raise ValueError(f"bad date filter: {exc}") from None
