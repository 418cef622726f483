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

    python bench/corpus.py --n 10000 --seed 1 --out /tmp/corpus.jsonl [--truth /tmp/truth.jsonl]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIRST_DAY = dt.date(2023, 1, 1)
YEARS = 3
#: Share of events that a second source reports again, re-worded.
DUPLICATE_SHARE = 0.2
SIZE_RANGE = (2000, 4000)  # bytes of text per article

#: Region code -> weight (how often events happen there).  Border regions dominate, as in the news.
RU_WEIGHTS = {
    "RU-BEL": 14, "RU-KRS": 10, "RU-BRY": 10, "RU-VOR": 5, "RU-ORL": 3, "RU-KLU": 2, "RU-TUL": 2,
    "RU-RYA": 2, "RU-LIP": 2, "RU-SMO": 2, "RU-MOS": 3, "RU-ROS": 4, "RU-KDA": 3, "RU-TAM": 1,
    "RU-TVE": 1, "RU-VGG": 2, "RU-SAR": 1, "RU-TA": 1, "RU-NIZ": 1, "RU-YAR": 1, "RU-LEN": 1,
    "RU-PSK": 1, "RU-KGD": 1, "RU-AST": 1, "RU-PNZ": 1,
}
UA_WEIGHTS = {
    "UA-63": 8, "UA-59": 8, "UA-74": 4, "UA-12": 4, "UA-23": 4, "UA-51": 4, "UA-65": 4, "UA-32": 3,
    "UA-48": 2, "UA-53": 2, "UA-14": 3, "UA-05": 1, "UA-46": 1, "UA-18": 1, "UA-71": 1, "UA-35": 1,
    "UA-56": 1, "UA-07": 1,
}
_SINGLE_NAME = re.compile(r"^[A-Z][a-z]{3,}(?:-[A-Z][a-z]{2,})?$")

# ---------------------------------------------------------------------------
# Places: regions as the news names them, villages and cities from the gazetteer
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Settlement:
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Place:
    """A region: how the text names it, and settlements in it that can be named unambiguously."""

    code: str
    country: str
    phrase: str  # "the Belgorod region"
    villages: tuple[Settlement, ...]
    cities: tuple[Settlement, ...]


def _stem(name_en: str) -> str:
    return re.sub(r"\s+(?:Oblast|oblast|Krai|Republic)$", "", name_en)


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """The regions used, each with villages (cities500 and accuracy-4 postal rows) and cities."""
    import pandas as pd
    import shapely

    from geo.data.paths import GAZETTEER_PATH
    from geo.places.mentions import find_region_mentions
    from geo.places.polygons import region_frame
    from geo.places.regions import regions

    lex_words = _lexicon_words()
    gaz = pd.read_parquet(GAZETTEER_PATH,
                          columns=["asciiname", "lat", "lon", "region", "population", "source", "accuracy"])
    gaz = gaz[gaz["source"].astype(str).str.contains("cities500") | (gaz["accuracy"] == 4)]
    gaz = gaz.assign(region=gaz["region"].astype(str))
    frame = region_frame()
    out: dict[str, Place] = {}
    for code in sorted({**RU_WEIGHTS, **UA_WEIGHTS}):
        phrase = f"the {_stem(regions()[code].name_en)} region"
        if [m.code for m in find_region_mentions(f"Drones flew over {phrase} at night.")] != [code]:
            continue
        rows = gaz[gaz["region"] == code]
        key = rows["asciiname"].str.casefold()
        rows = rows[~key.duplicated(keep=False)]  # namesakes in one region: nothing tells them apart
        good = rows[rows["asciiname"].map(lambda n: bool(_SINGLE_NAME.match(n)) and n not in lex_words)]
        # only points inside their region's polygon (a few postal rows sit across the border)
        good = good[shapely.contains_xy(frame.loc[code, "geometry"], good["lon"].to_numpy(), good["lat"].to_numpy())]
        good = good.sort_values(["asciiname"])
        villages = tuple(Settlement(r.asciiname, round(float(r.lat), 5), round(float(r.lon), 5))
                         for r in good.itertuples() if r.population < 20000)
        cities = tuple(Settlement(r.asciiname, round(float(r.lat), 5), round(float(r.lon), 5))
                       for r in good.itertuples() if r.population >= 20000)
        if villages:
            out[code] = Place(code, code[:2], phrase, villages, cities)
    return out


@lru_cache(maxsize=None)
def region_like(name: str) -> bool:
    """Whether the region finder reads the name as a region (checked when a name is first used)."""
    from geo.places.mentions import find_region_mentions

    return bool(find_region_mentions(f"The village of {name}."))


def _lexicon_words() -> set[str]:
    """Capitalised words the extractor treats specially (never settlements, region capitals)."""
    import tomllib

    from geo.data.paths import LEXICON_DIR

    data = tomllib.loads((LEXICON_DIR / "en.toml").read_text(encoding="utf-8"))
    words = set(data["places"]["not_places"]) | set(data["places"]["capitals"])
    words |= {w.capitalize() for w in data["dates"]["months"]} | {w.capitalize() for w in data["dates"]["weekdays"]}
    return words | set(data["officials"]["names"])


# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SOURCES = ("wire-a", "wire-b", "daily-c", "monitor-d")

#: What a drone hit: the phrase written, the schema's normalised target.
STRIKE_TARGETS = [("a private house", "private house"), ("a car", "car"), ("a truck", "truck"),
                  ("a power substation", "power substation"), ("a warehouse", "warehouse"),
                  ("an administrative building", "administrative building"), ("a shop", "shop"),
                  ("a tractor", "car"), ("a garage", "outbuilding")]
INFRA_TARGETS = [("an oil depot", "oil depot"), ("an oil refinery", "oil refinery"),
                 ("a power substation", "power substation"), ("a railway station", "railway station"),
                 ("an industrial enterprise", "industrial enterprise"), ("a fuel storage facility", "oil depot")]
#: Casualty sentence after a strike: text, killed, injured.
CASUALTIES = [("", None, None), ("There were no casualties.", 0, 0), ("A woman was injured.", None, 1),
              ("Two people were injured.", None, 2), ("Three civilians were injured.", None, 3),
              ("One man was killed.", 1, None), ("No one was hurt.", 0, 0)]


def count_text(n: int, rng: random.Random) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) and rng.random() < 0.4 else str(n)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def when(event: dt.date, published: dt.date, rng: random.Random) -> str:
    """A date expression that the extractor resolves to ``event`` given ``published``."""
    gap = (published - event).days
    day = f"on {MONTHS[event.month - 1]} {event.day}"
    if gap == 0:
        return rng.choice(["overnight", "overnight", day, "early on " + WEEKDAYS[event.weekday()]])
    if gap == 1:
        return rng.choice(["yesterday", "on " + WEEKDAYS[event.weekday()], day])
    return rng.choice(["on " + WEEKDAYS[event.weekday()], day]) if gap < 7 else day


# ---------------------------------------------------------------------------
# Events and how each kind is written
# ---------------------------------------------------------------------------


@dataclass
class Event:
    """Something that happened on one day: its incidents' facts and what the text needs to name them."""

    kind: str
    date: dt.date
    facts: list[dict[str, Any]]
    words: dict[str, Any] = field(default_factory=dict)


def _fact(event_type: str, place: Place | None, settlement: Settlement | None = None, country: str | None = None,
          **values: Any) -> dict[str, Any]:
    from geo.places.regions import region_name

    f: dict[str, Any] = {"event_type": event_type, "country": place.country if place else country,
         "region": place.code if place else None, "region_name": region_name(place.code) if place else None,
         "settlement": settlement.name if settlement else None, "count": None, "killed": None,
         "injured": None, "target": None, "near": False}
    f.update(values)
    if settlement:
        f["lat"], f["lon"] = settlement.lat, settlement.lon
    return f


class World:
    """Random choices of regions and settlements, weighted like the news."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.places = places()
        self.ru = [c for c in RU_WEIGHTS if c in self.places]
        self.ua = [c for c in UA_WEIGHTS if c in self.places]
        self.ua_cities = [c for c in self.ua if self.places[c].cities]

    def region(self, pool: list[str], weights: dict[str, int]) -> Place:
        return self.places[self.rng.choices(pool, [weights[c] for c in pool])[0]]

    def any_region(self) -> Place:
        return self.region(self.ru, RU_WEIGHTS) if self.rng.random() < 0.6 else self.region(self.ua, UA_WEIGHTS)

    def village(self, place: Place) -> Settlement:
        # a few villages get most of the attacks, as near the border
        v = place.villages
        i = int(len(v) * self.rng.random() ** 3)
        while region_like(v[i].name):
            i = (i + 1) % len(v)
        return v[i]


def new_roundup(w: World, day: dt.date) -> Event:
    k = w.rng.choice([1, 2, 3, 3, 4, 5])
    regions = w.rng.sample(w.ru, k)
    facts = [_fact("interception", w.places[c], count=w.rng.choice([1, 2, 3, 4, 5, 6, 8, 11, 14, 17, 22, 29]))
             for c in regions]
    return Event("roundup", day, facts)


def new_village_strike(w: World, day: dt.date) -> Event:
    place = w.any_region()
    target = w.rng.choice(STRIKE_TARGETS)
    cas = w.rng.choice(CASUALTIES)
    fact = _fact("strike", place, w.village(place), count=1, target=target[1], killed=cas[1], injured=cas[2])
    return Event("village_strike", day, [fact], {"target": target[0], "casualties": cas[0]})


def new_infrastructure(w: World, day: dt.date) -> Event:
    place = w.any_region()
    target = w.rng.choice(INFRA_TARGETS)
    fact = _fact("strike", place, count=1, target=target[1], killed=0, injured=0)
    return Event("infrastructure", day, [fact], {"target": target[0]})


def new_city_strike(w: World, day: dt.date) -> Event:
    place = w.places[w.rng.choice(w.ua_cities)]
    killed, injured = w.rng.choice([0, 1, 2, 3]), w.rng.choice([1, 2, 4, 5, 7, 9, 12, 21])
    city = w.rng.choice([c for c in place.cities if not region_like(c.name)] or place.villages[:1])
    fact = _fact("strike", place, city, killed=killed or None, injured=injured, target="apartment building")
    return Event("city_strike", day, [fact])


def new_airforce(w: World, day: dt.date) -> Event:
    launched = w.rng.randrange(20, 140)
    downed = launched - w.rng.randrange(1, max(2, launched // 4))
    facts = [_fact("interception", None, country="UA", count=downed),
             _fact("strike", None, country="UA", count=launched - downed)]
    return Event("airforce", day, facts, {"launched": launched, "locations": w.rng.randrange(2, 12)})


def new_near_village(w: World, day: dt.date) -> Event:
    place = w.region(w.ru, RU_WEIGHTS)
    fact = _fact("interception", place, w.village(place), count=w.rng.choice([2, 3, 4, 5, 6, 7]), near=True)
    return Event("near_village", day, [fact])


#: kind -> (maker, weight)
EVENT_KINDS: dict[str, tuple[Callable[[World, dt.date], Event], int]] = {
    "roundup": (new_roundup, 5), "village_strike": (new_village_strike, 6),
    "infrastructure": (new_infrastructure, 2), "city_strike": (new_city_strike, 2),
    "airforce": (new_airforce, 2), "near_village": (new_near_village, 2),
}


def _roundup_list(facts: list[dict[str, Any]], rng: random.Random, noun: bool) -> str:
    pl = places()
    parts = [f"{count_text(f['count'], rng)} {'drones were destroyed ' if noun and i == 0 else ''}over "
             f"{pl[f['region']].phrase}" for i, f in enumerate(facts)]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def write_event(e: Event, style: int, published: dt.date, rng: random.Random) -> tuple[list[str], list[int]]:
    """The event's sentences in one of two wordings, and for each fact the index of its sentence."""
    pl = places()
    t = when(e.date, published, rng)
    f0 = e.facts[0]
    place = pl.get(f0["region"]) if f0["region"] else None
    here = place.phrase if place else ""  # every kind but the Air Force's names its region
    if e.kind == "roundup":
        total = sum(f["count"] for f in e.facts)
        if len(e.facts) == 1:
            s = (f"Air defence forces intercepted and destroyed {count_text(total, rng)} Ukrainian unmanned aerial "
                 f"vehicles over the territory of {here} {t}, the Ministry of Defence reported."
                 if style == 0 else
                 f"{cap(t)}, duty air defence systems shot down {count_text(total, rng)} Ukrainian drones over "
                 f"{here}, the Russian Defence Ministry said.")
            return [s], [0]
        if style == 0:
            return [f"Russian air defence systems destroyed {total} Ukrainian UAVs over Russian regions {t}, the Russian Defence "
                    f"Ministry said.", f"According to the ministry, {_roundup_list(e.facts, rng, True)}."],\
                   [1] * len(e.facts)
        return [f"{cap(t)}, duty air defence systems intercepted and destroyed a total of {total} Ukrainian aircraft-type "
                f"UAVs: {_roundup_list(e.facts, rng, False)}."], [0] * len(e.facts)
    if e.kind == "village_strike":
        attacker = "Ukrainian" if f0["country"] == "RU" else "Russian"
        v, target = f0["settlement"], e.words["target"]
        s = (f"In {here}, a {attacker} drone struck {target} in the village of {v} {t}, the regional "
             f"governor said." if style == 0 else
             f"A {attacker} drone hit {target} in the village of {v} in {here} {t}, local authorities "
             f"reported.")
        return ([s, e.words["casualties"]] if e.words["casualties"] else [s]), [0]
    if e.kind == "infrastructure":
        target = e.words["target"]
        s = (f"A drone struck {target} in {here} {t}, setting it on fire, local authorities said."
             if style == 0 else
             f"A drone attack on {target} in {here} {t} caused a fire, the regional governor said.")
        return [s, rng.choice(["No one was injured.", "There were no casualties."])], [0]
    if e.kind == "city_strike":
        killed = f"killing {count_text(f0['killed'], rng)} people and " if f0["killed"] else ""
        s = (f"Russian drones struck the city of {f0['settlement']} in {here} {t}, damaging apartment "
             f"buildings, {killed}injuring "
             f"{count_text(f0['injured'], rng)}, the regional military administration said." if style == 0 else
             f"Russian drone attacks hit apartment buildings in the city of {f0['settlement']} in "
             f"{here} {t}, {killed}injuring {count_text(f0['injured'], rng)}, officials said.")
        return [s], [0]
    if e.kind == "airforce":
        n, down, hits = e.words["launched"], f0["count"], e.facts[1]["count"]
        first = (f"Russia attacked Ukraine {t} with {n} Shahed-type attack drones and decoy drones, the Ukrainian "
                 f"Air Force said." if style == 0 else
                 f"Russian forces launched {n} Shahed-type drones against Ukraine {t}, the Ukrainian Air Force said.")
        return [first, f"Of the {n} drones launched, {down} were shot down or suppressed by electronic warfare.",
                f"Hits by {hits} drones were recorded at {e.words['locations']} locations."], [1, 2]
    if e.kind == "near_village":
        s = (f"Air defences destroyed {count_text(f0['count'], rng)} drones near the village of {f0['settlement']} "
             f"in {here} {t}, the governor said." if style == 0 else
             f"{cap(t)}, {count_text(f0['count'], rng)} drones were shot down near the village of "
             f"{f0['settlement']} in {here}, the regional administration said.")
        return [s], [0]
    raise ValueError(f"unknown event kind {e.kind!r}")


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


# ---------------------------------------------------------------------------
# Paragraphs that state no incident
# ---------------------------------------------------------------------------

#: Sentences about the war that a careful reader lists no incident for ({P}: a region, {V}: a village).
NON_EVENTS = [
    "Air raid alerts were declared in {P} for several hours, and residents were urged to stay indoors.",
    "Explosions were heard near {V}, residents wrote on social media.",
    "The governor of {P} said that lessons would move online as a precaution.",
    "Ukraine plans to produce more long-range drones and expand its drone industry, officials said.",
    "Russian forces shelled the outskirts of {V} with artillery, the regional governor said.",
    "Analysts said that drones could soon be able to reach targets far beyond the border.",
    "A missile struck an industrial area of a city in {P}, the regional administration said.",
    "The ministry did not comment on the report about new drone deliveries.",
    "Officials in {P} opened new shelters and tested the warning sirens.",
]

#: Background sentences with no event, place, date or casualty words.
FILLER = [
    "The situation in border areas remains tense, according to local officials.",
    "Residents have grown used to the sound of sirens and often spend evenings in basements.",
    "Experts say the use of unmanned aircraft has changed the character of the conflict.",
    "Both sides are investing heavily in electronic warfare and in cheap mass-produced aircraft.",
    "Regional authorities have asked people to report suspicious objects to the police.",
    "Insurance companies say claims for property losses have risen sharply.",
    "Farmers near the frontier say they now work their fields only in daylight.",
    "Military bloggers have published photographs that could not be independently verified.",
    "The information could not be verified independently by this outlet.",
    "Emergency services said they were working at the scene and asked people to keep away.",
    "Local volunteers collect money for protective nets over roads.",
    "Officials gave no details about the type of equipment used by the air defence units.",
    "Observers note that the number of reported launches tends to rise before major holidays.",
    "Many families have moved away from settlements close to the frontier.",
    "Classes in the area are often held online, and parents are asked to keep children indoors.",
    "A spokesman for the regional administration declined to give further details.",
    "Some analysts believe the campaign is meant to stretch air defences over a wide area.",
    "Road traffic was restricted for a while, and public transport ran with changes.",
    "Mobile internet was slowed in the area, a measure that officials describe as a precaution.",
    "The authorities promised compensation to residents whose property suffered.",
    "Independent monitoring groups keep their own tallies, which often differ from official figures.",
    "The press service of the regional government published a short statement with photographs.",
    "Repair crews restored electricity and water supply to the affected streets by the evening.",
    "Some residents said they heard the buzzing of engines for several minutes.",
    "Questions remain about how warnings reach people in small villages without sirens.",
    "The regional parliament discussed additional funding for civil protection.",
]


# ---------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------


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
