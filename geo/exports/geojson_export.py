"""Incidents as GeoJSON: one feature per de-duplicated incident, with its sources.

Properties are every schema field plus ``id``, ``n_sources``, ``sources``
(``[{document, title, url, published, evidence, site, outlet, claimant}]``, the claimant as its
label), ``settlement_latin`` (the Latin spelling of a settlement named in Cyrillic, else null),
``claimants`` (who the evidence names: "RU MoD (claim), media", "" when nobody) and
``claimant_keys`` (the same as keys of geo.claimants.CATEGORIES); an incident that could not
be placed has a null geometry rather than being dropped.  The credits travel in
a top-level ``attribution`` member.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO

from geo import claimants
from geo.data.credits import attribution
from geo.exports.common import selection, title, write_bytes
from geo.filters import Filters
from geo.record import SCHEMA_FIELDS


def feature(incident: dict[str, Any], sources: list[dict[str, Any]]) -> dict[str, Any]:
    lat, lon = incident.get("lat"), incident.get("lon")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    properties = {"id": incident["id"], **{k: incident.get(k) for k in SCHEMA_FIELDS},
                  "n_sources": incident.get("n_sources"),
                  "sources": [{**s, "claimant": claimants.label(s.get("claimant")) or None} for s in sources],
                  "settlement_latin": incident.get("settlement_latin"),
                  "claimants": claimants.describe(incident.get("claimants")),
                  "claimant_keys": claimants.split(incident.get("claimants"))}
    return {"type": "Feature", "id": incident["id"], "geometry": geometry, "properties": properties}


def collection(store: Any, filters: Filters) -> dict[str, Any]:
    """The FeatureCollection for ``filters``."""
    rows, sources = selection(store, filters)
    return {"type": "FeatureCollection", "title": title(filters), "filters": filters.to_query(),
            "attribution": attribution(),
            "features": [feature(r, sources[int(r["id"])]) for r in rows]}


def write(store: Any, filters: Filters, out: str | Path | BinaryIO, fmt: str = "geojson", **_: Any) -> None:
    """Write the GeoJSON (UTF-8) of ``filters`` to a path or binary file."""
    text = json.dumps(collection(store, filters), ensure_ascii=False, indent=1)
    write_bytes(out, (text + "\n").encode("utf-8"))
