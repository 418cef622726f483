"""Region polygons: which region a point lies in, and a point inside each region.

The polygons are loaded only when a spatial question is asked, so the region
registry and finding region mentions in text stay cheap.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geo.data.paths import REGIONS_PATH

if TYPE_CHECKING:
    import geopandas as gpd


@lru_cache(maxsize=1)
def region_frame() -> gpd.GeoDataFrame:
    """The full region polygons as a GeoDataFrame indexed by code (EPSG:4326)."""
    import geopandas as gpd

    gdf = gpd.read_file(REGIONS_PATH)
    return gdf.set_index("code", drop=False).sort_index()


@lru_cache(maxsize=1)
def _tree() -> tuple[Any, list[str]]:
    import shapely

    gdf = region_frame()
    return shapely.STRtree(gdf.geometry.values), list(gdf.index)


@lru_cache(maxsize=None)
def representative_point(code: str) -> tuple[float, float] | None:
    """A (lat, lon) inside the region's polygon, for region-level incidents."""
    gdf = region_frame()
    if code not in gdf.index:
        return None
    p = gdf.loc[code, "geometry"].representative_point()
    return (round(p.y, 5), round(p.x, 5))


def regions_at(lat: float, lon: float) -> list[str]:
    """Codes of every region whose polygon contains the point, sorted."""
    import shapely

    tree, codes = _tree()
    idx = tree.query(shapely.Point(lon, lat), predicate="intersects")
    return sorted(codes[i] for i in idx)


def region_at(lat: float, lon: float, prefer: str | None = None) -> str | None:
    """The region containing a point.

    Along the Belarus border the sources overlap in thin slivers; there a
    point is given to ``prefer`` when it is one of the candidates, else to
    the first code in sort order, so the answer never depends on load order.
    """
    found = regions_at(lat, lon)
    if not found:
        return None
    if prefer in found:
        return prefer
    return found[0]


def point_in_region(lat: float, lon: float, code: str, tolerance_km: float = 0.0) -> bool:
    """Whether the point lies in the region (optionally within a buffer)."""
    import shapely

    gdf = region_frame()
    if code not in gdf.index:
        return False
    geom = gdf.loc[code, "geometry"]
    pt = shapely.Point(lon, lat)
    if tolerance_km <= 0:
        return bool(geom.intersects(pt))
    return bool(geom.distance(pt) <= tolerance_km / 111.0)
