"""Put incidents on the map: settlement -> point, with an honest precision.

:func:`place` fills ``lat``, ``lon`` and ``geo_precision`` of an incident:

====  =====================================================================
1     the settlement itself (a gazetteer point, or a validated online answer)
2     "near" a settlement, a settlement known only by a placeholder postal
      point, or only the district known (a settlement in the district's middle)
3     only the region known, the settlement not found, or several places of
      that name in the region and nothing to choose between them: the
      region's representative point (inside its polygon); the name is kept
4     only the country known: the representative point of the country's
      polygons (never a city, so it is not mistaken for one)
====  =====================================================================

The region the text names always wins: a candidate outside it is never
chosen, and if a placed point's polygon still disagrees (a village on a
border, within the tolerance) the text's region is kept, the conflict
logged (logger ``geo.geocode``) and recorded in ``extras["region_conflict"]``.
When the text names no region, the point's polygon supplies it.

Working data left in ``extras`` for reviewers: ``geocode_source`` (which
source and row type answered, or ``region``/``country``), ``place_name`` (the
entry chosen), ``place_alternatives`` (how many different places of that name
fit, when more than one did), ``place_fuzzy_score`` (when the name matched
only approximately) and ``region_conflict``; ``place_settled_by`` when
:mod:`geo.geocode.context` chose among namesakes by the article's other places.

Online geocoding (Nominatim through geopy) is off unless ``GEO_NOMINATIM_URL``
(a self-hosted server) or ``GEO_ONLINE=1`` (the public server) is set.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import cast

from geo.errors import GeocoderUnavailable
from geo.geocode.base import Geocoder, Location, within
from geo.geocode.chain import ChainGeocoder
from geo.geocode.gazetteer import GazetteerGeocoder, bundled_geocoder, district_point
from geo.places.names import latin_spelling
from geo.places.polygons import region_at, region_frame, representative_point
from geo.places.regions import COUNTRY_NAMES, country_of, get_region, region_name
from geo.record import Extras, Incident

__all__ = ["Geocoder", "Location", "ChainGeocoder", "GazetteerGeocoder", "place",
           "default_geocoder", "online_settings", "country_point"]

log = logging.getLogger("geo.geocode")

#: Working data that :func:`place` writes, dropped before it places an incident again.
STALE_EXTRAS = ("geocode_source", "place_name", "place_alternatives", "place_fuzzy_score",
                "region_conflict", "place_settled_by", "place_rivals")

#: Sources whose ``place_name`` is the settlement itself (not a district's middle): its Latin spelling wins.
SETTLEMENT_SOURCES = ("gazetteer:geonames", "gazetteer:ambiguous")

PUBLIC_NOMINATIM = "https://nominatim.openstreetmap.org"


def online_settings(environ: dict | None = None) -> str | None:
    """The Nominatim URL to use, or None when online geocoding is off (the default)."""
    env = os.environ if environ is None else environ
    url = (env.get("GEO_NOMINATIM_URL") or "").strip()
    if url:
        return url
    if (env.get("GEO_ONLINE") or "").strip().lower() in ("1", "true", "yes", "on"):
        return PUBLIC_NOMINATIM
    return None


def default_geocoder(online: bool | None = None, db: str | None = None) -> Geocoder:
    """The offline gazetteer, followed by a cached Nominatim when it is configured.

    ``online=False`` forces offline; ``online=True`` uses the public server when
    no URL is set.  ``db`` is the store whose ``geocode_cache`` table keeps
    online answers (default: ``GEO_DB``).
    """
    url = online_settings()
    if online is False or (online is None and url is None):
        return bundled_geocoder()
    from geo.geocode.cache import db_path

    return _online_chain(url or PUBLIC_NOMINATIM, str(db_path(db).resolve()))


@lru_cache(maxsize=8)
def _online_chain(url: str, db: str) -> ChainGeocoder:
    """One chain per server and store, so the rate limit and the cache connection are shared."""
    from geo.geocode.cache import CachedGeocoder, GeocodeCache
    from geo.geocode.nominatim import NominatimGeocoder

    nominatim = CachedGeocoder(NominatimGeocoder(url), GeocodeCache(db))
    return ChainGeocoder([bundled_geocoder(), nominatim])


@lru_cache(maxsize=None)
def country_point(country: str) -> tuple[float, float] | None:
    """A fixed (lat, lon) inside the country: representative point of its regions' union."""
    import shapely

    gdf = region_frame()
    geoms = gdf[gdf["country"] == country].geometry.values
    if len(geoms) == 0:
        return None
    p = shapely.union_all(shapely.make_valid(geoms)).representative_point()
    return (round(p.y, 5), round(p.x, 5))


def _set_point(inc: Incident, point: tuple[float, float], precision: int, source: str) -> None:
    inc.lat, inc.lon = float(point[0]), float(point[1])
    inc.geo_precision = precision
    inc.extras["geocode_source"] = source


def _lookup(geocoder: Geocoder, name: str | None, region: str | None,
            district: str | None) -> Location | None:
    """The geocoder's answer, if it lies inside the region (any plugged-in source is checked)."""
    if not name:
        return None
    try:
        loc = geocoder.geocode(name, region=region, district=district)
    except GeocoderUnavailable as exc:
        log.warning("%s", exc)
        return None
    if loc is not None and not within(loc.latitude, loc.longitude, region):
        log.info("%s: %r at %.4f,%.4f is outside %s; ignored", geocoder.name, name,
                 loc.latitude, loc.longitude, region)
        return None
    return loc


def _district_location(region: str, district: str) -> Location | None:
    """The middle of a district named in the text (precision 2), if the gazetteer knows it."""
    pt = district_point(bundled_geocoder().gazetteer, region, district)
    if pt is None:
        return None
    return Location(name=district, latitude=pt[0], longitude=pt[1], precision=2,
                    source="gazetteer:district", region=region)


def place(incident: Incident, geocoder: Geocoder | None = None) -> Incident:
    """Fill the incident's point and precision (and its region, when the text gave none).

    Returns the same incident.  Nothing known -> the point stays empty.
    """
    geocoder = geocoder or default_geocoder()
    inc = incident
    # without what an earlier placing of the same incident left
    inc.extras = extras = cast(Extras, {k: v for k, v in inc.extras.items() if k not in STALE_EXTRAS})
    text_region = inc.region if get_region(inc.region) else None
    country = inc.country or country_of(text_region)
    district = extras.get("district") or None
    loc = _lookup(geocoder, inc.settlement, text_region or country, district)
    if loc is not None and loc.source == "gazetteer:ambiguous" and district and text_region:
        # an ambiguous name: a district named in the text still narrows it down
        loc = _district_location(text_region, district) or loc
    elif loc is None and district and text_region:
        loc = _district_location(text_region, district)
    if loc is not None:
        precision = max(loc.precision, 2 if extras.get("near") else 1)
        _set_point(inc, loc.point, precision, loc.source)
        if loc.name:
            extras["place_name"] = loc.name
        if loc.raw.get("alternatives", 1) > 1:
            extras["place_alternatives"] = loc.raw["alternatives"]
        if loc.source == "gazetteer:ambiguous" and loc.raw.get("rivals"):
            extras["place_rivals"] = loc.raw["rivals"]  # for geo.geocode.context, dropped there
        if loc.raw.get("exact") is False:
            extras["place_fuzzy_score"] = loc.raw["score"]
        found = region_at(loc.latitude, loc.longitude, prefer=text_region)
        if text_region and found != text_region:
            log.info("%s placed at %.4f,%.4f in %s, but the text says %s; keeping %s",
                     inc.settlement, loc.latitude, loc.longitude, found, text_region, text_region)
            extras["region_conflict"] = found
        if not text_region and found and (country is None or country_of(found) == country):
            text_region = found
    elif text_region and (pt := representative_point(text_region)):
        _set_point(inc, pt, 3, "region")
    elif country and (pt := country_point(country)):
        _set_point(inc, pt, 4, "country")
    else:
        inc.lat = inc.lon = inc.geo_precision = None
        extras["geocode_source"] = None
    if text_region:
        inc.region = text_region
        inc.region_name = region_name(text_region)
        country = country_of(text_region)
    if country in COUNTRY_NAMES:
        inc.country = country
    matched = extras.get("place_name") if str(extras.get("geocode_source")).startswith(SETTLEMENT_SOURCES) else None
    extras["settlement_latin"] = latin_spelling(inc.settlement, extras.get("language"), matched, inc.country)
    return inc
