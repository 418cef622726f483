"""place() and the region constraint: an answer is inside the region the text names or not taken,
fallbacks to the region's or the country's point, the text's region against the polygon's, border
slivers, and any text whatever placed inside its region or not at all."""
from __future__ import annotations

import logging

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.geocode import country_point, default_geocoder, place
from geo.geocode.base import Location, distance_km
from geo.geocode.gazetteer import GazetteerGeocoder, bundled_geocoder
from geo.places.gazetteer import load_gazetteer
from geo.places.polygons import point_in_region, region_at, region_frame, regions_at, representative_point
from geo.places.regions import get_region
from geo.record import validate
from support.placing import placed


class FixedGeocoder:
    """A plugged-in source that always answers one point (to test what place() does with it)."""

    name = "fixed"

    def __init__(self, lat, lon, precision=1):
        self.loc = Location("Fixed", lat, lon, precision, source="fixed")
        self.calls = []

    def geocode(self, query, region=None, district=None):
        self.calls.append((query, region, district))
        return self.loc


def test_a_village_is_never_placed_outside_the_region_named():
    # Shchetinovka exists only in the Belgorod region: named with Kursk, it stays a Kursk incident
    inc = placed("Shchetinovka", "RU-KRS")
    assert inc.region == "RU-KRS" and inc.geo_precision == 3
    assert (inc.lat, inc.lon) == representative_point("RU-KRS")
    assert inc.settlement == "Shchetinovka"


def test_answers_are_inside_the_region_for_many_names_and_regions():
    g = load_gazetteer()
    names = [g.entry(r).name for r in range(0, len(g), 997)][:40]
    for code in ("RU-BEL", "RU-KRS", "UA-63", "BY-HO"):
        for n in names:
            loc = bundled_geocoder().geocode(n, region=code)
            if loc is not None:
                assert point_in_region(loc.latitude, loc.longitude, code, tolerance_km=3), (n, code)


def test_a_name_the_gazetteer_lacks_falls_back_to_the_region_point():
    inc = placed("Togobievka", "RU-BEL")
    assert inc.geo_precision == 3
    assert (inc.lat, inc.lon) == representative_point("RU-BEL")
    assert point_in_region(inc.lat, inc.lon, "RU-BEL")
    assert inc.settlement == "Togobievka" and inc.region_name == get_region("RU-BEL").name_en
    assert inc.extras["geocode_source"] == "region"


def test_only_a_country_gives_precision_4_inside_that_country():
    for country in ("RU", "UA", "BY"):
        inc = placed(country=country)
        assert inc.geo_precision == 4 and inc.region is None
        assert (inc.lat, inc.lon) == country_point(country)
        assert region_at(inc.lat, inc.lon).startswith(country + "-")


def test_nothing_known_leaves_the_point_empty():
    inc = placed()
    assert inc.lat is None and inc.lon is None and inc.geo_precision is None


def test_no_region_in_the_text_takes_the_region_of_the_point():
    inc = placed("Shchetinovka")
    assert inc.region == "RU-BEL" and inc.country == "RU"
    assert inc.region_name == get_region("RU-BEL").name_en and inc.geo_precision == 1


def _border_point(inside: str, outside: str, km: float = 1.0) -> tuple[float, float]:
    """A point about ``km`` outside ``inside``'s polygon, in ``outside``."""
    gdf = region_frame()
    a, b = gdf.loc[inside, "geometry"], gdf.loc[outside, "geometry"]
    target = b.representative_point()
    edge = a.boundary.interpolate(a.boundary.project(target))
    dx, dy = target.x - edge.x, target.y - edge.y
    step = km / 111.0 / (dx * dx + dy * dy) ** 0.5
    return edge.y + dy * step, edge.x + dx * step


def test_text_region_wins_a_disagreement_with_the_polygon_and_it_is_logged(caplog):
    lat, lon = _border_point("RU-BEL", "UA-63")
    assert region_at(lat, lon) == "UA-63" and point_in_region(lat, lon, "RU-BEL", 3)
    with caplog.at_level(logging.INFO, logger="geo.geocode"):
        inc = placed("Somewhere", "RU-BEL", geocoder=FixedGeocoder(lat, lon))
    assert inc.region == "RU-BEL" and inc.country == "RU" and inc.geo_precision == 1
    assert inc.extras["region_conflict"] == "UA-63"
    assert any("UA-63" in r.getMessage() and "RU-BEL" in r.getMessage() for r in caplog.records)


def test_a_plugged_in_answer_far_outside_the_region_is_refused():
    lat, lon = representative_point("UA-63")
    inc = placed("Somewhere", "RU-BEL", geocoder=FixedGeocoder(lat, lon))
    assert inc.geo_precision == 3 and (inc.lat, inc.lon) == representative_point("RU-BEL")


def test_border_slivers_resolve_deterministically():
    gdf = region_frame()
    by = gdf[gdf["country"] == "BY"].geometry.union_all()
    others = gdf[gdf["country"] != "BY"]
    sliver = None
    for code, geom in others.geometry.items():
        overlap = geom.intersection(by)
        if not overlap.is_empty and overlap.area > 0:
            sliver = (code, overlap.representative_point())
            break
    assert sliver, "the bundled polygons overlap along the Belarus border"
    code, pt = sliver
    codes = regions_at(pt.y, pt.x)
    assert len(codes) >= 2 and code in codes
    answers = {placed("Borderville", geocoder=FixedGeocoder(pt.y, pt.x)).region for _ in range(3)}
    assert answers == {codes[0]}
    for wanted in codes:  # whichever region the text names is kept, with no conflict
        inc = placed("Borderville", wanted, geocoder=FixedGeocoder(pt.y, pt.x))
        assert inc.region == wanted and "region_conflict" not in inc.extras


def test_placing_again_drops_stale_working_data():
    inc = placed("Shchetinovka", "RU-BEL")
    inc.extras["region_conflict"] = "UA-63"
    inc.settlement, inc.region = "Togobievka", "RU-BEL"
    place(inc, bundled_geocoder())
    assert "region_conflict" not in inc.extras and "place_name" not in inc.extras
    assert inc.geo_precision == 3


def test_default_geocoder_is_offline_unless_configured():
    assert isinstance(default_geocoder(), GazetteerGeocoder)


def test_country_points_are_not_cities():
    cities = load_gazetteer().frame
    cities = cities[cities["population"] > 500_000]
    assert len(cities) > 10
    for c in ("RU", "UA", "BY"):
        lat, lon = country_point(c)
        assert all(distance_km(lat, lon, a, b) > 20 for a, b in zip(cities["lat"], cities["lon"]))


@settings(max_examples=40, deadline=None)
@given(name=st.text(max_size=25), region=st.sampled_from(["RU-BEL", "RU-KRS", "UA-63", "BY-HO", None]))
def test_any_settlement_text_is_placed_inside_the_region_or_not_at_all(name, region):
    inc = placed(name, region)
    if region:
        assert inc.region == region and inc.geo_precision in (1, 2, 3)
        assert point_in_region(inc.lat, inc.lon, region, tolerance_km=3)
    else:
        assert inc.geo_precision in (None, 1, 2)
        assert (inc.lat is None) == (inc.geo_precision is None)
    assert validate(inc.to_dict()) == []
