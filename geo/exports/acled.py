"""One incident as a row of ACLED's dataset: its 31 columns in its order, its codes, its words.

The mapping is written out, with the reasons, in docs/EXPORTS.md ("ACLED-style CSV").  In short:
a strike is "Explosions/Remote violence" / "Air/drone strike"; an interception is what ACLED itself
codes a downed drone as, "Strategic developments" / "Disrupted weapons use".  Actors are filled only
where the country settles who launched the drones (a drone over Russia is Ukraine's, one over
Ukraine's unoccupied oblasts Russia's); on the front line, in occupied areas and in Belarus they stay
empty rather than guessed.  Nothing here reads the store: :mod:`geo.exports.csv_export` does.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from geo.places.regions import COUNTRY_NAMES

#: ACLED's columns, in the order of its data exports (codebook 2023, "ACLED Data Columns at a Glance").
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

#: our event_type -> (disorder_type, event_type, sub_event_type, word that opens the notes)
ACLED_TYPES = {
    "strike": ("Political violence", "Explosions/Remote violence", "Air/drone strike", "Drone strike"),
    "interception": ("Strategic developments", "Strategic developments", "Disrupted weapons use",
                     "Drone interception"),
}

#: ISO 3166-1: alpha-2 -> (alpha-3 for the event id, numeric for ``iso``); ACLED's world region.
COUNTRY_CODES = {"RU": ("RUS", 643), "UA": ("UKR", 804), "BY": ("BLR", 112)}
WORLD_REGION = "Europe"

#: ACLED's actor names for the two state forces ("Military Forces of <country> (<since>)").
STATE_FORCES = {"RU": "Military Forces of Russia (2000-)", "UA": "Military Forces of Ukraine (2019-)"}
#: Who launches the drones that hit or are downed in a country.
LAUNCHED_BY = {"RU": "UA", "UA": "RU"}
#: Regions where either side's drones fly (occupied or on the front line): no actor is guessed there.
CONTESTED_REGIONS = frozenset({"UA-09", "UA-14", "UA-23", "UA-40", "UA-43", "UA-65"})
#: ACLED inter codes: 1 state forces (in their own country), 8 external/other forces (a foreign state's).
INTER_STATE, INTER_EXTERNAL = 1, 8

#: our date_precision -> ACLED time_precision (1 the actual day, 2 a week or a few days, 3 a month or
#: less certain).  A span is 2 up to a week and 3 beyond; a day whose year was assumed is not exact (3).
TIME_PRECISION = {"day": 1, "year_assumed": 3}
WEEK_DAYS = 7

SOURCE_SEPARATOR = "; "


def time_precision(incident: dict[str, Any]) -> int | None:
    """ACLED's certainty of the date: a guessed year or a long span is never "the actual date"."""
    if not incident.get("date"):
        return None
    precision = incident.get("date_precision")
    if precision == "range" and incident.get("date_end"):
        days = (dt.date.fromisoformat(incident["date_end"]) - dt.date.fromisoformat(incident["date"])).days + 1
        return 2 if days <= WEEK_DAYS else 3
    return TIME_PRECISION.get(precision or "", 2)


def actors(incident: dict[str, Any]) -> dict[str, Any]:
    """actor1/inter1, actor2/inter2 and the interaction code, where the country settles them."""
    country, region = incident.get("country"), incident.get("region")
    empty = {"actor1": "", "inter1": None, "actor2": "", "inter2": None, "interaction": None}
    if country not in LAUNCHED_BY or region in CONTESTED_REGIONS:
        return empty
    launcher = STATE_FORCES[LAUNCHED_BY[country]]
    if incident["event_type"] == "strike":  # the launcher acts alone: ACLED's "sole" interaction (80)
        return {**empty, "actor1": launcher, "inter1": INTER_EXTERNAL, "interaction": INTER_EXTERNAL * 10}
    return {"actor1": STATE_FORCES[country], "inter1": INTER_STATE, "actor2": launcher,
            "inter2": INTER_EXTERNAL, "interaction": INTER_STATE * 10 + INTER_EXTERNAL}


def location(incident: dict[str, Any]) -> str:
    """The settlement where the incident is placed on it (precision 1-2); otherwise the region or country,
    never the name of a village that could not be placed."""
    placed = incident.get("geo_precision") in (1, 2) and incident.get("settlement")
    if placed:
        return incident.get("settlement_latin") or incident["settlement"]
    return incident.get("region_name") or COUNTRY_NAMES.get(incident.get("country") or "", "")


def notes(incident: dict[str, Any]) -> str:
    """A short sentence in ACLED's style: what, how many, what was hit, plus the evidence."""
    parts = [ACLED_TYPES[incident["event_type"]][3]]
    if incident.get("count") is not None:
        qualifier = {"at_least": "at least ", "approximate": "about "}.get(incident.get("count_qualifier") or "", "")
        parts.append(f"{qualifier}{incident['count']} drone(s)")
    if incident.get("target"):
        parts.append(f"target: {incident['target']}")
    if incident.get("injured") is not None:
        parts.append(f"injured: {incident['injured']}")
    if incident.get("date_end"):
        parts.append(f"period {incident['date']} to {incident['date_end']}")
    return " ".join(("; ".join(parts) + f". {incident.get('evidence') or ''}").split())


def tags(incident: dict[str, Any]) -> str:
    """What ACLED's columns cannot hold: the year guessed, a settlement named but not placed, the claim's
    figures (ACLED's tags column is free text, entries separated by "; ")."""
    out = []
    if incident.get("date_precision") == "year_assumed":
        out.append("year assumed")
    if incident.get("settlement") and incident.get("geo_precision") not in (1, 2):
        out.append(f"settlement not placed: {incident.get('settlement_latin') or incident['settlement']}")
    if incident.get("count") is not None:
        out.append(f"drones: {incident['count']} ({incident.get('count_qualifier') or 'exact'})")
    if incident.get("n_sources"):
        out.append(f"sources: {incident['n_sources']}")
    return SOURCE_SEPARATOR.join(out)


def row(incident: dict[str, Any], source_labels: list[str], timestamp: int) -> dict[str, Any]:
    """ACLED's 31 columns for one incident (``timestamp``: Unix seconds when the file was written)."""
    disorder, event_type, sub_event_type, _ = ACLED_TYPES[incident["event_type"]]
    country = incident.get("country") or ""
    alpha3, iso = COUNTRY_CODES.get(country, ("UNK", None))
    precision = incident.get("geo_precision")
    date = incident.get("date") or ""
    return {
        "event_id_cnty": f"{alpha3}-atlas-{incident['id']}",
        "event_date": date, "year": int(date[:4]) if date else None,
        "time_precision": time_precision(incident),
        "disorder_type": disorder, "event_type": event_type, "sub_event_type": sub_event_type,
        **actors(incident), "assoc_actor_1": "", "assoc_actor_2": "", "civilian_targeting": "",
        "iso": iso, "region": WORLD_REGION if country in COUNTRY_CODES else "",
        "country": COUNTRY_NAMES.get(country, ""), "admin1": incident.get("region_name") or "",
        "admin2": "", "admin3": "", "location": location(incident),
        "latitude": incident.get("lat"), "longitude": incident.get("lon"),
        "geo_precision": min(int(precision), 3) if precision is not None else None,
        "source": SOURCE_SEPARATOR.join(source_labels), "source_scale": "",
        "notes": notes(incident), "fatalities": incident.get("killed") or 0,
        "tags": tags(incident), "timestamp": timestamp,
    }
