"""A seeded synthetic news corpus for the benchmarks, with the incidents planted in it.

Articles of 2-4 KB in English, written from templates in the phrasings the
extractor reads (ministry roundups with per-region counts, governors'
reports naming villages, Ukrainian Air Force statements, strikes on
infrastructure and cities, drones shot down near a village), mixed with
non-events (alerts, missiles, plans, "explosions were heard") and filler
paragraphs.  Regions are weighted towards the border; villages come from the
bundled gazetteer (GeoNames cities500 rows and postal rows geocoded to the
settlement), each unique in its region.  Publication dates spread over
several years; a share of events is reported again, re-worded, by a second
source on the same or the next day (the store should merge those).

Every article carries the incidents planted in it (``Article.incidents``,
schema fields plus where the gazetteer puts them), so the corpus is also an
extractor regression test and the ground truth for stores built without
running the extractor (``bench/run.py``).

The places are in ``corpus_places``, the words in ``corpus_phrases``, the
events and their wordings in ``corpus_events``; this module puts them into
articles.

    python bench/corpus.py --n 10000 --seed 1 --out /tmp/corpus.jsonl [--truth /tmp/truth.jsonl]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus_events import EVENT_KINDS, Event, write_event  # noqa: E402
from corpus_phrases import FILLER, NON_EVENTS  # noqa: E402
from corpus_places import World  # noqa: E402

FIRST_DAY = dt.date(2023, 1, 1)
YEARS = 3
#: Share of events that a second source reports again, re-worded.
DUPLICATE_SHARE = 0.2
SIZE_RANGE = (2000, 4000)  # bytes of text per article
SOURCES = ("wire-a", "wire-b", "daily-c", "monitor-d")


@dataclass
class Article:
    """One generated article: the JSONL record and the incidents planted in it."""

    id: str
    published: dt.date
    title: str
    source: str
    text: str
    incidents: list[dict[str, Any]]
    events: list[int]  # event numbers (an event reported twice shares its number)

    def record(self) -> dict[str, Any]:
        """The JSON object that ``python -m geo ingest``/``extract`` read."""
        return {"id": self.id, "published": self.published.isoformat(), "title": self.title,
                "url": f"https://{self.source}.example/news/{self.id}", "language": "en", "text": self.text}

    def truth(self) -> dict[str, Any]:
        return {"id": self.id, "events": self.events, "incidents": self.incidents}


def _filler(rng: random.Random, n: int) -> str:
    return " ".join(rng.sample(FILLER, n))


def _non_event(rng: random.Random, w: World) -> str:
    place = w.any_region()
    return rng.choice(NON_EVENTS).format(P=place.phrase, V=w.village(place).name)


def _planted(number: int, e: Event, sentences: list[str], where: list[int]) -> list[dict[str, Any]]:
    out = []
    for n, (f, i) in enumerate(zip(e.facts, where)):
        f = dict(f)
        f.update(date=e.date.isoformat(), date_end=None, date_precision="day", evidence=sentences[i],
                 count_qualifier="exact" if f["count"] is not None else None, event=number, fact=n)
        out.append(f)
    return out


def can_share(a: Event, b: Event) -> bool:
    """Whether two events may be told in one article without one hiding the other.

    The extractor reads one article as one report: a region-level incident gives way to a
    settlement-level one of the same type and region, and a national total to a per-region
    breakdown that follows it.  Both are right within one report, so articles that tell two
    events keep them apart: different types or regions, and no national totals.
    """
    if "airforce" in (a.kind, b.kind):
        return False
    return not {(f["event_type"], f["region"]) for f in a.facts} & {(f["event_type"], f["region"]) for f in b.facts}


def compose(w: World, rng: random.Random, doc_id: str, source: str, published: dt.date,
            reports: list[tuple[int, Event, int]]) -> Article:
    """An article reporting ``reports`` (event number, event, wording), padded with non-events and filler."""
    paragraphs: list[str] = []
    incidents: list[dict[str, Any]] = []
    for number, e, style in reports:
        sentences, where = write_event(e, style, published, rng)
        incidents += _planted(number, e, sentences, where)
        paragraphs.append(" ".join(sentences))
        paragraphs.append(_filler(rng, rng.randint(1, 2)))
    if rng.random() < 0.35 or not reports:
        paragraphs.append(_non_event(rng, w) + " " + _filler(rng, 1))
    target = rng.randint(*SIZE_RANGE)
    while len("\n\n".join(paragraphs).encode("utf-8")) < target - 150:
        paragraphs.append(_filler(rng, rng.randint(2, 4)))
    first = reports[0][1] if reports else None
    title = (f"Drone report: {first.kind.replace('_', ' ')} ({source})" if first else f"Regional news ({source})")
    return Article(doc_id, published, title, source, "\n\n".join(paragraphs), incidents,
                   [n for n, _, _ in reports])


def generate(n: int, seed: int = 1, first_day: dt.date = FIRST_DAY, years: int = YEARS,
             duplicate_share: float = DUPLICATE_SHARE) -> Iterator[Article]:
    """``n`` articles, the same for the same arguments, in publication order within each day's batch."""
    rng = random.Random(seed)
    w = World(rng)
    kinds = list(EVENT_KINDS)
    weights = [EVENT_KINDS[k][1] for k in kinds]
    days = years * 365
    made = event_no = 0
    while made < n:
        published = first_day + dt.timedelta(days=int(days * made / max(n, 1)))
        reports: list[tuple[int, Event, int]] = []
        if rng.random() > 0.06:  # a few articles report nothing at all
            for _ in range(1 if rng.random() < 0.7 else 2):
                kind = rng.choices(kinds, weights)[0]
                day = published - dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
                e = EVENT_KINDS[kind][0](w, day)
                if reports and not can_share(reports[0][1], e):
                    continue
                event_no += 1
                reports.append((event_no, e, rng.randrange(2)))
        source = rng.choice(SOURCES)
        art = compose(w, rng, f"{source}-{made:07d}", source, published, reports)
        made += 1
        yield art
        if made < n and reports and rng.random() < duplicate_share:
            # the same event from another source, re-worded, on the same or the next day
            number, e, style = reports[0]
            other = rng.choice([s for s in SOURCES if s != source])
            later = max(published, e.date) + dt.timedelta(days=rng.choice([0, 1]))
            yield compose(w, rng, f"{other}-{made:07d}", other, later, [(number, e, 1 - style)])
            made += 1


@lru_cache(maxsize=None)
def _area_point(code: str) -> tuple[float, float] | None:
    """The point the geocoder gives a region (precision 3) or a country (precision 4)."""
    from geo.geocode import country_point
    from geo.places.polygons import representative_point

    return representative_point(code) if "-" in code else country_point(code)


def schema_record(incident: dict[str, Any], document: str) -> dict[str, Any]:
    """A planted incident as the schema's record, placed the way geo.geocode.place places it:
    the settlement's gazetteer point (precision 1, or 2 "near" it), else the region's point (3),
    else the country's (4)."""
    from geo.record import SCHEMA_FIELDS

    rec = {k: incident.get(k) for k in SCHEMA_FIELDS}
    rec["document"] = document
    if incident.get("settlement"):
        rec["geo_precision"] = 2 if incident.get("near") else 1
    else:
        point = _area_point(incident["region"] or incident["country"])
        rec["lat"], rec["lon"] = point or (None, None)
        rec["geo_precision"] = (3 if incident["region"] else 4) if point else None
    return rec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default="-", help="JSONL file of articles (default: standard output)")
    parser.add_argument("--truth", help="also write the planted incidents, one JSON object per article")
    args = parser.parse_args(argv)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    truth = open(args.truth, "w", encoding="utf-8") if args.truth else None
    try:
        for art in generate(args.n, args.seed):
            out.write(json.dumps(art.record(), ensure_ascii=False) + "\n")
            if truth:
                truth.write(json.dumps(art.truth(), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
        if truth:
            truth.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
