"""The region registry: first-level regions of Russia, Ukraine and Belarus by code, and their aliases.

The region table comes from the bundled ``regions.geojson`` (its properties
only, so no polygon is loaded); the ways texts name a region come from
``region_aliases.tsv`` (data, not code), read once by :func:`region_aliases`.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache

from geo.data.paths import ALIASES_PATH, REGIONS_PATH

COUNTRY_NAMES = {"RU": "Russia", "UA": "Ukraine", "BY": "Belarus"}


@dataclass(frozen=True)
class Region:
    """One first-level region, keyed by its ISO 3166-2 code."""

    code: str
    country: str
    name_en: str
    name_ru: str
    name_uk: str
    kind: str


@dataclass(frozen=True)
class RegionAlias:
    """One line of ``region_aliases.tsv``: a name of region ``code`` in language ``lang``.

    ``bare`` is the file's last column as written (stripped): empty for the same
    region, "-" for "only with a region word", else the code meant without one.
    """

    code: str
    lang: str
    alias: str
    bare: str


@lru_cache(maxsize=1)
def regions() -> dict[str, Region]:
    """All regions by code (read from the bundled GeoJSON properties)."""
    data = json.loads(REGIONS_PATH.read_text(encoding="utf-8"))
    out: dict[str, Region] = {}
    for feat in data["features"]:
        p = feat["properties"]
        out[p["code"]] = Region(p["code"], p["country"], p["name_en"], p["name_ru"],
                                p["name_uk"], p.get("type") or "")
    return dict(sorted(out.items()))


def get_region(code: str | None) -> Region | None:
    """The region for ``code`` or None (unknown codes are not an error)."""
    return regions().get(code) if code else None


def region_name(code: str | None) -> str | None:
    """English name of a region code, or None."""
    r = get_region(code)
    return r.name_en if r else None


def country_of(code: str | None) -> str | None:
    """Country (``RU``/``UA``/``BY``) of a region code."""
    return code.split("-", 1)[0] if code and "-" in code else None


@lru_cache(maxsize=1)
def region_aliases() -> tuple[RegionAlias, ...]:
    """Every alias of ``region_aliases.tsv``, in file order (comment and blank lines skipped)."""
    with open(ALIASES_PATH, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return tuple(RegionAlias(row["code"], row["lang"], row["alias"].strip(), (row.get("bare") or "").strip())
                 for row in csv.DictReader(lines, delimiter="\t"))
