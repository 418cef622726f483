"""``python -m geo geocode``: look settlements up the way incidents are placed.

One name (``NAME --region CODE``) prints the ranked gazetteer candidates and
the choice; ``--file`` reads tab-separated lines (name, region or empty).
``--format json`` prints one object per query: query, region, name, lat, lon,
geo_precision, source — the same answer :func:`geo.geocode.place` gives an
incident (a name not found falls back to the region's point, precision 3).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Iterator

from geo.documents.limits import printable
from geo.errors import UserError
from geo.geocode import default_geocoder, place
from geo.geocode.gazetteer import bundled_geocoder
from geo.places.mentions import resolve_region
from geo.places.regions import COUNTRY_NAMES
from geo.record import Incident

JSON_FIELDS = ("query", "region", "name", "lat", "lon", "geo_precision", "source")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", nargs="?", help="settlement name as written (Latin or Cyrillic)")
    parser.add_argument("--region", help="region code or name (RU-BEL, 'Belgorod region'), or a country code")
    parser.add_argument("--district", help="district named in the text (e.g. Valuysky)")
    parser.add_argument("--file", help="tab-separated lines: name, region (or empty); '-' for stdin")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--online", action="store_true",
                        help="also ask Nominatim (GEO_NOMINATIM_URL, else the public server)")
    parser.add_argument("--db", help="store holding the online-answer cache (default: GEO_DB)")


def parse_region(value: str | None) -> tuple[str | None, str | None]:
    """(region code, country code) from what a user typed; ValueError if unknown."""
    value = (value or "").strip()
    if not value:
        return None, None
    if value.upper() in COUNTRY_NAMES:
        return None, value.upper()
    code = resolve_region(value)
    if code is None:
        raise ValueError(f"unknown region: {value!r} "
                         "(use a code like RU-BEL or a name like 'Belgorod region')")
    return code, code.split("-", 1)[0]


def lookup(name: str, region: str | None, geocoder, district: str | None = None) -> dict[str, Any]:
    """One query answered as :func:`place` would place an incident naming it.

    The keys are :data:`JSON_FIELDS`, plus ``alternatives`` when several places
    of that name fit (the answer is then the region's point).
    """
    code, country = parse_region(region)
    inc = Incident("strike", settlement=name, region=code, country=country,
                   extras={"district": district} if district else {})
    place(inc, geocoder)
    result = {"query": name, "region": inc.region, "name": inc.extras.get("place_name"),
              "lat": inc.lat, "lon": inc.lon, "geo_precision": inc.geo_precision,
              "source": inc.extras.get("geocode_source")}
    if inc.extras.get("place_alternatives"):
        result["alternatives"] = inc.extras["place_alternatives"]
    return result


def _read_queries(path: str) -> Iterator[tuple[int, str, str]]:
    fh = sys.stdin if path == "-" else open(path, encoding="utf-8")
    try:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            name, _, region = line.partition("\t")
            yield n, name.strip(), region.strip()
    finally:
        if fh is not sys.stdin:
            fh.close()


def _print_candidates(name: str, region: str | None, district: str | None) -> None:
    code, country = parse_region(region)
    cands = bundled_geocoder().candidates(name, code or country, district)
    if not cands:
        print(f"no gazetteer candidates for {name!r}" + (f" in {code or country}" if region else ""))
        return
    print(f"{'#':>2}  {'name':<24} {'district':<24} {'region':<7} {'lat':>9} {'lon':>10}  score  source")
    for i, c in enumerate(cands, 1):
        e = c.entry
        flag = "" if c.exact else " (fuzzy)"
        print(f"{i:>2}  {e.name[:24]:<24} {e.district[:24]:<24} {c.region or '-':<7} "
              f"{e.lat:>9.4f} {e.lon:>10.4f}  {c.score:>5.1f}  {e.source}{flag}")


def run(args: argparse.Namespace) -> int:
    if bool(args.name) == bool(args.file):
        raise UserError("give either a NAME or --file FILE")
    geocoder = default_geocoder(online=True if args.online else None, db=args.db)
    if args.name:
        result = lookup(args.name, args.region, geocoder, args.district)
        if args.format == "json":
            print(_json(result))
            return 0
        _print_candidates(args.name, args.region, args.district)
        print(_describe(result))
        return 0
    failed = 0
    for n, name, region in _read_queries(args.file):
        try:
            result = lookup(name, region or None, geocoder)
        except ValueError as exc:
            failed += 1
            print(printable(f"{args.file}:{n}: {exc}"), file=sys.stderr)
            result = {k: None for k in JSON_FIELDS} | {"query": name, "region": region,
                                                       "error": str(exc)}
        print(_json(result) if args.format == "json" else _describe(result))
    return 1 if failed else 0


def _json(r: dict[str, Any]) -> str:
    """The documented fields only (plus ``error`` for a line that could not be read)."""
    keys = JSON_FIELDS + (("error",) if "error" in r else ())
    return json.dumps({k: r.get(k) for k in keys}, ensure_ascii=False)


def _describe(r: dict[str, Any]) -> str:
    if r.get("error"):
        return f"{r['query']}: error: {r['error']}"
    if r["lat"] is None:
        return (f"{r['query']}: not placed (unknown, or a name several regions share; "
                f"give --region)")
    where = r["name"] or r["region"] or "country"
    note = (f"; {r['alternatives']} places of that name fit, give --district"
            if (r.get("alternatives") or 1) > 1 else "")
    return (f"{r['query']} -> {where} ({r['region'] or '-'}) at {r['lat']:.5f}, {r['lon']:.5f}, "
            f"geo_precision {r['geo_precision']} [{r['source']}]{note}")
