"""The events the synthetic corpus plants (a ministry roundup, a village or city strike, a strike on
infrastructure, an Air Force statement, drones downed near a village): how each is drawn at random,
the incidents it stands for, and the two wordings each kind is written in."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any, Callable

from corpus_phrases import CASUALTIES, INFRA_TARGETS, STRIKE_TARGETS, cap, count_text, when
from corpus_places import RU_WEIGHTS, Place, Settlement, World, places, region_like


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
