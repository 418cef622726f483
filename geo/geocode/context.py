"""Namesakes settled by the article's other places.

"Drones hit Shebekino, Novaya Tavolzhanka and Krasnoye" names a Krasnoye of
which the Belgorod region has several; alone the name is a guess (the most
populous one, precision 2).  Villages a report lists together lie together, so
the namesake nearest to the places of the same article and region that *are*
known for certain is the one meant — when it is clearly the nearest.
"""
from __future__ import annotations

from geo.geocode.base import distance_km
from geo.record import Incident

#: A namesake this close (km) to a place the article names for certain is taken as the one meant ...
NEAR_KM = 60.0
#: ... when every other namesake is at least this many times farther away.
CLEARLY = 2.0
def _anchors(incidents: list[Incident], region: str) -> list[tuple[float, float, str]]:
    """Points of the article's settlements in ``region`` known without a guess."""
    return [(inc.lat, inc.lon, inc.settlement or "") for inc in incidents
            if inc.region == region and inc.geo_precision == 1 and inc.lat is not None and inc.lon is not None
            and "place_rivals" not in inc.extras]


def _nearest(rivals: list[list], anchors: list[tuple[float, float, str]]) -> tuple[list, str] | None:
    """The rival clearly nearest to an anchor, with that anchor's name; None when none is."""
    scored = sorted((min((distance_km(r[0], r[1], a[0], a[1]), a[2]) for a in anchors), i)
                    for i, r in enumerate(rivals))
    (best_km, anchor), i = scored[0]
    runner_up = scored[1][0][0] if len(scored) > 1 else float("inf")
    if best_km <= NEAR_KM and runner_up >= CLEARLY * max(best_km, 1.0):
        return rivals[i], anchor
    return None


def settle_namesakes(incidents: list[Incident]) -> list[Incident]:
    """Move each guessed namesake to the one beside the article's certain places (same list back).

    The point stays precision 2 (still an inference); ``extras["place_settled_by"]``
    names the place that decided it.  The working list of namesakes is dropped.
    """
    for inc in incidents:
        rivals = inc.extras.get("place_rivals")  # [[lat, lon, name], ...] left by geo.geocode.place
        if not rivals or not inc.region:
            continue
        anchors = _anchors(incidents, inc.region)
        found = _nearest(rivals, anchors) if anchors else None
        if found is not None:
            (lat, lon, name), anchor = found
            inc.lat, inc.lon = float(lat), float(lon)
            inc.extras.update({"place_name": name, "place_settled_by": anchor, "geocode_source": "gazetteer:context"})
    for inc in incidents:
        inc.extras.pop("place_rivals", None)
    return incidents
