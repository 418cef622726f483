"""Any geopy geocoder (Photon, Pelias, ArcGIS, ...) as a source for the chain.

geopy geocoders answer ``geocode(query)`` with a geopy Location; this adapter
adds the region as text ("Shchetinovka, Belgorod Oblast, Russia"), keeps the
first answer inside the region and converts it.  A source that does not say
what kind of place it found may answer a village with a region's centre, so
its answers count as precision 2 unless the user vouches for it
(``precision=1``).  Rate limits and API keys are the plugged geocoder's
business.
"""
from __future__ import annotations

from typing import Any

from geo.errors import GeocoderUnavailable
from geo.geocode.base import Location, within
from geo.places.polygons import region_at
from geo.places.regions import COUNTRY_NAMES, country_of, get_region, regions


class GeopyAdapter:
    """Wrap a geopy geocoder instance so it speaks this project's interface."""

    def __init__(self, geocoder: Any, name: str | None = None, precision: int = 2, limit: int = 5):
        self.geocoder = geocoder
        self.name = name or type(geocoder).__name__.lower()
        self.precision = precision
        self.limit = limit

    def _ask(self, text: str):
        try:
            return self.geocoder.geocode(text, exactly_one=False, limit=self.limit)
        except TypeError:  # geocoders without a ``limit`` argument
            return self.geocoder.geocode(text, exactly_one=False)

    def geocode(self, query: str, region: str | None = None,
                district: str | None = None) -> Location | None:
        from geopy.exc import GeopyError

        r = get_region(region)
        country = (country_of(region) or "") if r else (region or "").upper()
        text = ", ".join(x for x in (query, district, r.name_en if r else None,
                                     COUNTRY_NAMES.get(country)) if x)
        try:
            found = self._ask(text)
        except GeopyError as exc:
            raise GeocoderUnavailable(f"{self.name} failed for {query!r}: {exc}") from exc
        for loc in found or []:
            if within(loc.latitude, loc.longitude, region):
                prefer = region if region in regions() else None
                return Location(name=(loc.address or query).split(",")[0],
                                latitude=round(loc.latitude, 5), longitude=round(loc.longitude, 5),
                                precision=self.precision, source=self.name,
                                region=region_at(loc.latitude, loc.longitude, prefer=prefer),
                                address=loc.address or "", raw=dict(loc.raw or {}))
        return None
