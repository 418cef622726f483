"""Round trip from the seed articles to points on the map (extract -> place)."""
from __future__ import annotations

from geo.documents.readers import read_path
from geo.geocode.base import distance_km
from geo.geocode.gazetteer import bundled_geocoder
from geo.pipeline import process
from geo.places.polygons import point_in_region, representative_point
from geo.record import validate


def _incidents(seed_paths):
    out = []
    for path in seed_paths:
        for doc in read_path(path):
            out.extend(process(doc, bundled_geocoder()))
    return out


def test_seed_villages_land_where_they_are(seed_paths):
    incidents = _incidents(seed_paths)
    by_name: dict[str, list] = {}
    for inc in incidents:
        by_name.setdefault(inc.settlement, []).append(inc)
    shchetinovka = by_name["Shchetinovka"]
    togobievka = by_name["Togobievka"]
    assert len(shchetinovka) == len(seed_paths) == len(togobievka)   # one each per article
    for inc in shchetinovka:
        assert inc.region == "RU-BEL" and inc.geo_precision == 1
        assert distance_km(inc.lat, inc.lon, 50.446, 36.171) < 5
    for inc in togobievka:   # not in the bundled gazetteer: the region's point, name kept
        assert inc.region == "RU-BEL" and inc.geo_precision == 3
        assert (inc.lat, inc.lon) == representative_point("RU-BEL")


def test_every_seed_incident_is_a_valid_record_inside_its_region(seed_paths):
    incidents = _incidents(seed_paths)
    assert incidents
    for inc in incidents:
        assert validate(inc.to_dict()) == [], inc
        assert inc.lat is not None and inc.geo_precision in (1, 2, 3)
        assert point_in_region(inc.lat, inc.lon, inc.region, tolerance_km=3)
        if inc.settlement is None:
            assert inc.geo_precision == 3 and (inc.lat, inc.lon) == representative_point(inc.region)
