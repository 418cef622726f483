"""The geocoder interface: one small shape, as in geopy.

A geocoder answers ``geocode(query, region=None, district=None)`` with a
:class:`Location` or None.  ``region`` is an ISO 3166-2 code ("RU-BEL") or a
country code ("RU"); an answer must lie inside it.  ``district`` is a hint
that sources without districts may ignore.  Anything with that method can be
put in a :class:`geo.geocode.chain.ChainGeocoder`.

Sources, one module each: ``gazetteer`` (offline, the bundled or a bigger
gazetteer file), ``nominatim`` (online, optional), ``adapter`` (any geopy
geocoder); ``cache`` keeps online answers in the store.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Protocol

from geo.places.polygons import point_in_region, region_at
from geo.places.regions import country_of, regions

#: How far (km) outside a region's polygon an answer may lie and still count as inside:
#: the bundled polygons are simplified, and villages sit on borders.
REGION_TOLERANCE_KM = 3.0


@dataclass(frozen=True)
class Location:
    """One answer: where a name is, and how much the answer can be trusted.

    ``precision`` is the best ``geo_precision`` this answer supports: 1 for a
    settlement's own point, 2 for an approximate one (a postal placeholder).
    """

    name: str
    latitude: float
    longitude: float
    precision: int = 1
    source: str = ""
    region: str | None = None
    address: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def point(self) -> tuple[float, float]:
        return (self.latitude, self.longitude)


class Geocoder(Protocol):
    """Anything that turns a settlement name into a :class:`Location`."""

    name: str

    def geocode(self, query: str, region: str | None = None,
                district: str | None = None) -> Location | None: ...


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km; good enough for telling villages apart."""
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def within(lat: float, lon: float, region: str | None) -> bool:
    """Whether a point satisfies a region constraint (region code, country code or None)."""
    if not region:
        return True
    if region in regions():
        return point_in_region(lat, lon, region, REGION_TOLERANCE_KM)
    return country_of(region_at(lat, lon)) == region.upper()
