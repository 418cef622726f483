"""Where the synthetic corpus's events happen: regions as the news names them, weighted towards
the border, with villages and cities from the bundled gazetteer that the extractor can place
unambiguously (each unique in its region, inside its region's polygon, no lexicon word)."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

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
