"""Places corrected by hand: the settlements a user may pick, and how a pick changes an incident.

The extractor and the geocoder sometimes put an incident in the wrong village (a namesake, a
misread name).  The analyst then picks the right settlement from the gazetteer, within the
incident's region, and the store keeps that pick as a correction of the document's report
(:mod:`geo.store.corrections`), so the same document read again lands in the same place.
Pure functions: no store, no Streamlit.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Iterable, cast

from geo.record import Extras, Incident

#: What a hand-picked place sets in the incident (its schema fields).
PLACE_FIELDS = ("settlement", "region", "region_name", "country", "lat", "lon", "geo_precision")
#: The geocoder's notes that a hand-picked place makes stale.
STALE_EXTRAS = ("place_alternatives", "place_fuzzy_score", "region_conflict", "place_rivals", "place_settled_by")
#: ``extras["geocode_source"]`` of a place picked by hand.
SOURCE = "correction"
#: Candidates offered at most.
CANDIDATES = 12


@dataclass(frozen=True)
class PlaceFix:
    """A settlement picked by hand: what the incident's place becomes."""

    settlement: str
    lat: float
    lon: float
    region: str | None = None
    region_name: str | None = None
    country: str | None = None
    geo_precision: int = 1
    settlement_latin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "PlaceFix":
        """From :meth:`to_dict` (as stored); unknown keys are ignored, so older rows still read."""
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    def apply_fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        """A report's fields (schema field -> value) with this place."""
        return {**fields, **{k: getattr(self, k) for k in PLACE_FIELDS}}

    def apply_extras(self, extras: dict[str, Any] | None) -> dict[str, Any]:
        """A report's working data with this place: the geocoder's doubts about the old one dropped."""
        out = {k: v for k, v in (extras or {}).items() if k not in STALE_EXTRAS}
        out.update(geocode_source=SOURCE, place_name=self.settlement, settlement_latin=self.settlement_latin)
        return out


def corrected(incident: Incident, fix: PlaceFix) -> Incident:
    """A copy of ``incident`` placed where ``fix`` says."""
    extras = cast(Extras, fix.apply_extras(dict(incident.extras)))
    return replace(incident, **{k: getattr(fix, k) for k in PLACE_FIELDS}, extras=extras)


def place_candidates(name: str, region: str | None, limit: int = CANDIDATES) -> list[dict[str, Any]]:
    """The gazetteer's settlements called ``name``, spelt close to it, or whose name starts with it,
    inside ``region`` (a region code; a country code, or None, searches wider): first as
    ``python -m geo geocode`` ranks them, then the most populous of those that start so.
    Each: label, name, district, region, lat, lon, population, approximate, fix."""
    from geo.geocode.gazetteer import bundled_geocoder
    from geo.places.polygons import region_at
    from geo.places.regions import regions

    if not name.strip():
        return []
    geocoder = bundled_geocoder()
    found = [(c.entry, c.region) for c in geocoder.candidates(name.strip(), region or None, limit=limit)]
    if len(found) < limit:
        prefer = region if region in regions() else None
        seen = {e.row for e, _ in found}
        more = [e for e in _starting_with(geocoder.gazetteer, name, region) if e.row not in seen]
        more.sort(key=lambda e: (-e.population, e.name))
        found += [(e, region_at(e.lat, e.lon, prefer=prefer)) for e in more[:limit - len(found)]]
    if region in regions():  # within the region: not a namesake just over its border
        found = [(e, code) for e, code in found if code == region]
    return [_candidate(e, code) for e, code in found]


def _starting_with(gazetteer: Any, name: str, region: str | None) -> list[Any]:
    """Rows (as entries) with a name whose folded key starts with the query's, inside ``region``."""
    from geo.geocode.base import within
    from geo.places.names import name_key
    from geo.places.polygons import region_frame
    from geo.places.regions import regions

    key = name_key(name)
    if len(key) < 3:  # two letters start thousands of names
        return []
    keys, rows, _ = gazetteer.pairs
    box = None
    if region in regions():
        x0, y0, x1, y1 = region_frame().loc[region, "geometry"].bounds
        box = set(gazetteer.rows_in_box(y0, y1, x0, x1).tolist())
    hits = {int(rows[i]) for i, k in enumerate(keys) if k.startswith(key) and (box is None or int(rows[i]) in box)}
    entries = [gazetteer.entry(r) for r in sorted(hits)[:500]]
    return [e for e in entries if within(e.lat, e.lon, region)]


def _candidate(e: Any, code: str | None) -> dict[str, Any]:
    from geo.places.names import latin_spelling
    from geo.places.regions import country_of, region_name

    country = country_of(code) if code else (e.country or None)
    latin = latin_spelling(e.name, None, e.name, country)
    fix = PlaceFix(settlement=e.name, lat=round(e.lat, 5), lon=round(e.lon, 5), region=code,
                   region_name=region_name(code), country=country, geo_precision=2 if e.approximate else 1,
                   settlement_latin=latin)
    return {"label": candidate_label(e.name, latin, e.district, region_name(code), e.population, e.approximate),
            "name": e.name, "district": e.district or None, "region": code, "lat": fix.lat, "lon": fix.lon,
            "population": e.population or None, "approximate": e.approximate, "fix": fix}


def candidate_label(name: str, latin: str | None, district: str | None, region: str | None,
                    population: int | None, approximate: bool) -> str:
    """One line per candidate: "Білопілля (Bilopillia), Sumskyi district, Sumy Oblast · pop. 16,000"."""
    shown = f"{name} ({latin})" if latin and latin != name else name
    where = ", ".join(x for x in (district, region) if x)
    extra = [f"pop. {population:,}"] if population else []
    if approximate:
        extra.append("approximate point")
    return " · ".join([shown + (f", {where}" if where else ""), *extra])


def match_corrections(keys: list[str], corrections: Iterable[dict[str, Any]]) -> dict[int, PlaceFix]:
    """Which report (index into ``keys``, the reports' dedup keys in the document's order) each stored
    correction is for: the one at its ordinal when that report still has the key it had when it was
    corrected, else the only report left with that key; a correction that fits no report, or several,
    is not applied (a different extraction must not move a different incident).

    Each correction: ``ordinal``, ``original_key``, ``fix`` (a :class:`PlaceFix` or its dict)."""
    out: dict[int, PlaceFix] = {}
    for c in corrections:
        fix = c["fix"] if isinstance(c["fix"], PlaceFix) else PlaceFix.from_dict(c["fix"])
        at, key = int(c["ordinal"]), c["original_key"]
        if 0 <= at < len(keys) and keys[at] == key and at not in out:
            out[at] = fix
            continue
        free = [i for i, k in enumerate(keys) if k == key and i not in out]
        if len(free) == 1:
            out[free[0]] = fix
    return out


def apply_places(kept: list[tuple[int, Incident]], places: dict[int, PlaceFix] | None) -> tuple[list, list]:
    """The kept incidents with the places picked for their rows (row index -> place), and the
    corrections for the store: (ordinal among the kept, key before the pick, place) each."""
    from geo.store.dedup import dedup_key

    out, fixes = [], []
    for ordinal, (row, inc) in enumerate(kept):
        fix = (places or {}).get(row)
        if fix is not None:
            fixes.append((ordinal, dedup_key(inc.to_dict()), fix))
            inc = corrected(inc, fix)
        out.append(inc)
    return out, fixes
