"""How often the offline geocoder puts a settlement within 10 km of its true point.

A sample of gazetteer settlements (exact points that lie in their region's
polygon) is written the way English news writes them: the Cyrillic name
romanised by a BGN/PCGN-like scheme for Russia and Belarus, the Ukrainian
national scheme for Ukraine, then one common variant applied at random
(soft signs as ', ye/e, iy/y, kh/h, -skoye/-skoe, dropped double letters).
Each name is placed with its region given (and district, or a neighbouring
village named in the same article), with a typo, and without a region.  Namesakes in one region that nothing tells apart are
guessed: the most populous one, at precision 2, with the number of places of
that name kept beside it (so a wrong guess shows up as "placed > 10 km away").
A second sample of
invented names (not in the gazetteer) measures false placements, i.e. how
often the fuzzy fallback puts a marker on a wrong village.

    python bench/geocode_accuracy.py [--n 400] [--seed 7]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

VOWELS = "аеёиоуыэюяіїє"

#: Russian (and Belarusian rows, which the gazetteer writes in Russian): BGN/PCGN-like.
RU_SCHEME = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "'", "э": "e", "ю": "yu", "я": "ya", "ў": "w", "і": "i",
}
#: Ukrainian national romanisation (2010).
UA_SCHEME = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
    "ё": "yo", "ы": "y", "э": "e", "ъ": "",
}
#: Word-initial forms of the Ukrainian scheme.
UA_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

#: One of these is applied to each generated spelling (pattern, replacement).
NEWS_VARIANTS = [
    (r"'", ""), (r"ye", "e"), (r"iy\b", "y"), (r"yy\b", "y"), (r"kh", "h"), (r"oye\b", "oe"),
    (r"(.)\1", r"\1"), (r"yi\b", "y"), (r"ts", "tz"), (r"ia", "ya"), (r"", ""),
]


#: Ukrainian spellings rewritten the Russian way, as Russian-sourced news names Ukrainian
#: villages ("Pavlivka" -> "Pavlovka", "Oleksandrivka" -> "Aleksandrovka").  Applied in order.
UA_TO_RU = [
    (r"іївка", "еевка"), (r"ївка", "евка"), (r"івка", "овка"), (r"^Олекс", "Алекс"),
    (r"Олекс", "алекс"), (r"^Мико", "Нико"), (r"ське$", "ское"), (r"цьке$", "цкое"),
    (r"не$", "ное"), (r"ий$", "ый"), (r"і", "и"), (r"ї", "и"), (r"є", "е"),
]


def russian_form(name: str) -> str:
    """A Ukrainian name in a plausible Russian form (the bench's cross-language case)."""
    for pattern, repl in UA_TO_RU:
        name = re.sub(pattern, repl, name)
    return name


def romanise(name: str, country: str, rng: random.Random) -> str:
    """An English-news spelling of a Cyrillic name."""
    out = []
    low = name.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else " "
        if country == "UA":
            s = UA_INITIAL.get(ch) if not prev.isalpha() else None
            s = s if s is not None else UA_SCHEME.get(ch, ch)
        else:
            s = RU_SCHEME.get(ch, ch)
            if ch == "е" and (not prev.isalpha() or prev in VOWELS or prev in "ьъ"):
                s = "ye"
        out.append(s)
    text = "".join(out)
    if country == "UA":
        text = text.replace("zgh", "zgh")  # the scheme's zgh stays
    pattern, repl = rng.choice(NEWS_VARIANTS)
    if pattern:
        text = re.sub(pattern, repl, text, count=1)
    return " ".join(w[:1].upper() + w[1:] for w in re.split(r"\s+", text)).replace("- ", "-")


def sample_rows(gaz, n: int, rng: random.Random) -> list:
    """Settlements with a trustworthy point in their region's polygon, Cyrillic name."""
    from geo.places.polygons import point_in_region

    f = gaz.frame
    ok = [i for i in range(len(f)) if re.search("[а-яіїєґ]", f["name"].iat[i].lower())
          and int(f["accuracy"].iat[i]) != 1 and str(f["region"].iat[i])]
    rng.shuffle(ok)
    out = []
    for i in ok:
        e = gaz.entry(i)
        if point_in_region(e.lat, e.lon, e.region):
            out.append(e)
        if len(out) >= n:
            break
    return out


def invented_names(gaz, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """Plausible village names the gazetteer does not know, each with a region it has."""
    from geo.places.names import name_key

    stems = ["Bor", "Kal", "Mer", "Tog", "Vys", "Zab", "Dub", "Lip", "Sos", "Kras", "Gor", "Pol"]
    mids = ["ob", "ish", "av", "ub", "et", "yan", "or", "ul", "ik", "ez"]
    ends = ["ovka", "ino", "evka", "ivka", "ovo", "skoye", "ichi", "any"]
    regions = sorted({str(r) for r in gaz.frame["region"].unique() if str(r).startswith(("RU", "UA"))})
    out: list[tuple[str, str]] = []
    while len(out) < n:
        name = rng.choice(stems) + rng.choice(mids) + rng.choice(ends)
        if not gaz.lookup(name_key(name)):
            out.append((name, rng.choice(regions)))
    return out


def typo(name: str, rng: random.Random) -> str:
    """One letter dropped or two neighbours swapped, away from the first letter."""
    if len(name) < 6:
        return name
    i = rng.randrange(2, len(name) - 1)
    if rng.random() < 0.5:
        return name[:i] + name[i + 1:]
    return name[:i - 1] + name[i] + name[i - 1] + name[i + 1:]


def district_in_news(district: str, country: str, rng: random.Random) -> str:
    """A district as news writes it: "Belgorodsky district" from "БЕЛГОРОДСКИЙ РАЙОН"."""
    stem = re.sub(r"(?i)\s*(район|raion|rayon)$", "", district).strip().title()
    if re.search("[а-яА-Я]", stem):
        stem = romanise(stem, country, rng)
    return f"{stem} district"


def neighbour_of(gaz, e, geocoder, rng: random.Random) -> str | None:
    """A settlement within 25 km of ``e`` that news could name beside it and the geocoder places for
    certain (precision 1, no namesake): what a report listing several villages gives."""
    from geo.geocode import place
    from geo.geocode.base import distance_km
    from geo.record import Incident

    d = 25 / 111
    rows = [int(r) for r in gaz.rows_in_box(e.lat - d, e.lat + d, e.lon - 2 * d, e.lon + 2 * d) if int(r) != e.row]
    rng.shuffle(rows)
    for r in rows[:40]:
        n = gaz.entry(r)
        if n.name == e.name or n.region != e.region or distance_km(e.lat, e.lon, n.lat, n.lon) > 25:
            continue
        q = romanise(n.name, n.country, rng) if re.search("[а-яА-ЯіїєІЇЄ]", n.name) else n.name
        inc = place(Incident("strike", settlement=q, region=e.region), geocoder)
        if inc.geo_precision == 1 and inc.lat is not None and inc.lon is not None \
                and distance_km(n.lat, n.lon, inc.lat, inc.lon) <= 10:
            return q
    return None


def run(label: str, items, geocoder, show: int) -> None:
    """Place every (query, truth entry, region, district[, neighbour]) and print the shares.

    A neighbour is another settlement the same article names; both go through
    :func:`geo.geocode.context.settle_namesakes`, as in an ingest.
    """
    from geo.geocode import place
    from geo.geocode.base import distance_km
    from geo.geocode.context import settle_namesakes
    from geo.record import Incident

    within = placed = unique = unique_within = 0
    misses = []
    t = time.perf_counter()
    for q, e, region, district, *neighbour in items:
        inc = Incident("strike", settlement=q, region=region,
                       extras={"district": district} if district else {})
        place(inc, geocoder)
        if neighbour and neighbour[0]:
            settle_namesakes([inc, place(Incident("strike", settlement=neighbour[0], region=region), geocoder)])
        homonym = inc.extras.get("place_alternatives", 1) > 1
        ok = False
        if inc.geo_precision in (1, 2) and inc.lat is not None and inc.lon is not None:
            placed += 1
            d = distance_km(e.lat, e.lon, inc.lat, inc.lon)
            ok = d <= 10
            if not ok:
                misses.append(f"  {q!r} ({e.name}, {e.region}) -> {inc.extras.get('place_name')} "
                              f"{d:.0f} km{' (several candidates)' if homonym else ''}")
        else:
            misses.append(f"  {q!r} ({e.name}, {e.region}) -> precision {inc.geo_precision}")
        within += ok
        if not homonym:
            unique += 1
            unique_within += ok
    ms = (time.perf_counter() - t) / len(items) * 1000
    n = len(items)
    print(f"{label}: {n} names, within 10 km {within / n:.1%}, placed > 10 km away "
          f"{(placed - within) / n:.1%}, not placed at a settlement {(n - placed) / n:.1%} "
          f"({ms:.1f} ms/query)\n"
          f"    of the names placed at a settlement, within 10 km: {within / max(placed, 1):.1%}; "
          f"names with no namesake in reach: {unique}, within 10 km {unique_within / max(unique, 1):.1%}")
    for m in misses[:show]:
        print(m)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=5, help="print this many misses per run")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    t0 = time.perf_counter()
    from geo.places.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    t1 = time.perf_counter()
    gaz.index
    t2 = time.perf_counter()
    from geo.geocode import place
    from geo.geocode.gazetteer import bundled_geocoder
    from geo.places.polygons import region_frame
    from geo.record import Incident
    region_frame()
    geocoder = bundled_geocoder()
    print(f"gazetteer load {t1 - t0:.2f} s, name index {t2 - t1:.2f} s "
          f"({len(gaz.index):,} keys over {len(gaz):,} rows)")

    rows = sample_rows(gaz, args.n, rng)
    names = [(romanise(e.name, e.country, rng), e) for e in rows]
    run("region given", [(q, e, e.region, None) for q, e in names], geocoder, args.show)
    with_neighbour = [(q, e, e.region, None, nb) for q, e in names
                      if (nb := neighbour_of(gaz, e, geocoder, rng)) is not None]
    run("region given, and a village within 25 km named in the same article", with_neighbour,
        geocoder, args.show)
    with_district = [(q, e, e.region, district_in_news(e.district, e.country, rng))
                     for q, e in names if e.district]
    run("region and district given", with_district, geocoder, args.show)
    run("region given, one typo", [(typo(q, rng), e, e.region, None) for q, e in names],
        geocoder, args.show)
    run("no region", [(q, e, None, None) for q, e in names], geocoder, args.show)
    ukrainian = [e for e in rows if e.country == "UA"]
    run("Ukrainian villages in Russian form, region given",
        [(romanise(russian_form(e.name), "RU", rng), e, e.region, None) for e in ukrainian],
        geocoder, args.show)

    fake = invented_names(gaz, max(100, args.n // 4), rng)
    false = 0
    for name, region in fake:
        inc = Incident("strike", settlement=name, region=region)
        place(inc, geocoder)
        false += inc.geo_precision in (1, 2)
    print(f"invented names: {len(fake)}, wrongly placed at a settlement {false / len(fake):.1%} "
          f"(the rest at the region's point, precision 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
