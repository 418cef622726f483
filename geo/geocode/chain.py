"""Several geocoders asked in turn; every answer is checked against the region.

The offline gazetteer goes first; online services only answer what it could
not.  An answer outside the region the text names is refused whatever its
source, so a confident online result can never move an incident to another
region.
"""
from __future__ import annotations

import logging
from typing import Iterable

from geo.errors import GeocoderUnavailable
from geo.geocode.base import Geocoder, Location, within

log = logging.getLogger("geo.geocode")


class ChainGeocoder:
    """Ask each geocoder in order; return the first answer inside the region."""

    def __init__(self, geocoders: Iterable[Geocoder]):
        self.geocoders = list(geocoders)
        self.name = "+".join(g.name for g in self.geocoders)

    def geocode(self, query: str, region: str | None = None,
                district: str | None = None) -> Location | None:
        for g in self.geocoders:
            try:
                loc = g.geocode(query, region=region, district=district)
            except GeocoderUnavailable as exc:
                log.warning("%s", exc)
                continue
            if loc is None:
                continue
            if within(loc.latitude, loc.longitude, region):
                return loc
            log.info("%s: %r at %.4f,%.4f is outside %s; ignored", g.name, query,
                     loc.latitude, loc.longitude, region)
        return None
