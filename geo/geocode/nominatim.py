"""Nominatim (OpenStreetMap) through geopy: the optional online geocoder.

Off unless configured (see :func:`geo.geocode.online_settings`).  Queries are
limited to Russia, Ukraine and Belarus, carry the region as a structured
hint, and go through geopy's RateLimiter (one request a second on the public
server, as its usage policy asks).  Answers outside the region are dropped
here and again by the chain; a failing server raises
:class:`~geo.geocode.base.GeocoderUnavailable`, which the chain logs and
skips, so a dead server never stops an ingest and is never cached as "not found".
"""
from __future__ import annotations

from urllib.parse import urlsplit

from geo.errors import GeocoderUnavailable
from geo.geocode.base import Location, within
from geo.places.polygons import region_at
from geo.places.regions import COUNTRY_NAMES, country_of, get_region, regions

USER_AGENT = "drone-incident-atlas"
COUNTRY_CODES = ("ru", "ua", "by")
PUBLIC_DOMAIN = "nominatim.openstreetmap.org"
#: Seconds between requests: the public server's policy; a self-hosted one may go faster.
PUBLIC_DELAY = 1.0
CUSTOM_DELAY = 0.05
#: OSM place types that are a settlement's own point (anything else: precision 2).
SETTLEMENT_TYPES = frozenset({
    "city", "town", "village", "hamlet", "isolated_dwelling", "locality", "suburb",
    "neighbourhood", "quarter", "borough", "farm", "allotments",
})
#: Address keys that may hold the settlement's name in a Nominatim answer.
NAME_KEYS = ("city", "town", "village", "hamlet", "suburb", "locality", "municipality")


def _split_url(url: str) -> tuple[str, str]:
    """(scheme, domain with any path) from a base URL such as ``http://127.0.0.1:8080/nominatim``."""
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    return parts.scheme or "https", (parts.netloc + parts.path).rstrip("/")


class NominatimGeocoder:
    """Nominatim, public or self-hosted, in the project's geocoder shape."""

    name = "nominatim"

    def __init__(self, url: str = "https://" + PUBLIC_DOMAIN, min_delay: float | None = None,
                 timeout: float = 10, user_agent: str = USER_AGENT):
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        scheme, domain = _split_url(url)
        self.url = f"{scheme}://{domain}"
        public = domain == PUBLIC_DOMAIN
        if min_delay is None:
            min_delay = PUBLIC_DELAY if public else CUSTOM_DELAY
        self._geopy = Nominatim(domain=domain, scheme=scheme, user_agent=user_agent, timeout=timeout)
        self._search = RateLimiter(self._geopy.geocode, min_delay_seconds=min_delay,
                                   max_retries=1, error_wait_seconds=min_delay * 2,
                                   swallow_exceptions=False)

    def _queries(self, query: str, region: str | None) -> list[dict | str]:
        """Structured query with the region as ``state`` first, then the bare name."""
        r = get_region(region)
        country = country_of(region) if r else (region.upper() if region else None)
        structured: dict[str, str] = {"city": query}
        if r:
            structured["state"] = r.name_en
        if country in COUNTRY_NAMES:
            structured["country"] = COUNTRY_NAMES[country]
        return [structured, query]

    def geocode(self, query: str, region: str | None = None,
                district: str | None = None) -> Location | None:
        from geopy.exc import GeopyError

        country = (country_of(region) if region in regions() else region) or None
        codes = [country.lower()] if country else list(COUNTRY_CODES)
        for q in self._queries(query, region):
            try:
                found = self._search(q, exactly_one=False, limit=5, country_codes=codes,
                                     addressdetails=True, language="en")
            except GeopyError as exc:
                raise GeocoderUnavailable(f"nominatim ({self.url}) failed for {query!r}: {exc}") from exc
            for loc in found or []:
                if within(loc.latitude, loc.longitude, region):
                    return self._location(loc, region)
        return None

    def _location(self, loc, region: str | None) -> Location:
        raw = dict(loc.raw)
        address = raw.get("address") or {}
        kind = raw.get("addresstype") or raw.get("type") or ""
        name = raw.get("name") or next((address[k] for k in NAME_KEYS if address.get(k)), "") \
            or (loc.address or "").split(",")[0]
        prefer = region if region in regions() else None
        return Location(
            name=name, latitude=round(float(loc.latitude), 5), longitude=round(float(loc.longitude), 5),
            precision=1 if kind in SETTLEMENT_TYPES else 2, source="nominatim",
            region=region_at(loc.latitude, loc.longitude, prefer=prefer),
            address=loc.address or "", raw=raw,
        )
