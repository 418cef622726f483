"""The bundled settlement gazetteer and its name index.

``gazetteer.parquet`` (built by ``python -m geo.data build``) holds about 66k
settlements with Cyrillic names, a machine transliteration and, for GeoNames
cities, many alternate spellings.  The index maps every folded name key
(:func:`geo.names.name_key`) to the rows that carry that name.  It is built
lazily, once per process, because the CLI and the dashboard start with it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from geo.names import district_key, mixed_junk, name_key, script_ok, simple_form

GAZETTEER_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.parquet"

#: How far to trust a row's coordinates, by source (higher is better).  Postal
#: rows with accuracy 1 are shared placeholder points: good for a region only.
SOURCE_QUALITY: list[tuple[str, int, int]] = [
    # (source prefix, accuracy, quality)
    ("geonames_dump", -1, 4),
    ("geonames_cities", -1, 4),
    ("geonames_postal", 4, 3),
    ("geonames_postal", 1, 1),
]
DEFAULT_QUALITY = 2


@dataclass(frozen=True)
class Entry:
    """One gazetteer row, as the geocoder needs it."""

    row: int
    name: str
    asciiname: str
    lat: float
    lon: float
    country: str
    region: str
    district: str
    population: int
    source: str
    accuracy: int
    quality: int

    @property
    def approximate(self) -> bool:
        """A placeholder point: may place an incident in a region, never as a settlement."""
        return self.source.startswith("geonames_postal") and self.accuracy == 1


def _quality(source: str, accuracy: int) -> int:
    for prefix, acc, q in SOURCE_QUALITY:
        if source.startswith(prefix) and acc in (-1, accuracy):
            return q
    return DEFAULT_QUALITY


class Gazetteer:
    """Rows of the gazetteer plus a key index over their Latin and Cyrillic names."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame.reset_index(drop=True)
        self._index: dict[str, list[tuple[int, str]]] | None = None
        self._district_keys: list[str] | None = None
        self._pairs: tuple[list[str], np.ndarray, list[str]] | None = None
        self.lat = self.frame["lat"].to_numpy(dtype="float64")
        self.lon = self.frame["lon"].to_numpy(dtype="float64")

    @classmethod
    def load(cls, path: Path | str = GAZETTEER_PATH) -> "Gazetteer":
        """Read a gazetteer parquet file (the bundled one by default)."""
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"gazetteer not found: {path} (run: python -m geo.data build)")
        return cls(pd.read_parquet(path))

    def __len__(self) -> int:
        return len(self.frame)

    # -- names -------------------------------------------------------------

    def names_of(self, row: int) -> list[str]:
        """Every usable name of a row: name, ascii name, Latin/Cyrillic alternate names."""
        r = self.frame.iloc[row]
        return _row_names(r["name"], r["asciiname"], r["alternatenames"], r["source"])

    @property
    def index(self) -> dict[str, list[tuple[int, str]]]:
        """Name key -> [(row, the name as the gazetteer writes it)], built on first use."""
        if self._index is None:
            self._index = self._build_index()
        return self._index

    def _build_index(self) -> dict[str, list[tuple[int, str]]]:
        f = self.frame
        index: dict[str, list[tuple[int, str]]] = {}
        columns = zip(f["name"], f["asciiname"], f["alternatenames"], f["source"].astype(str))
        for row, (name, ascii_, alts, source) in enumerate(columns):
            seen: set[str] = set()
            for n in _row_names(name, ascii_, alts, source):
                k = name_key(n)
                if k and k not in seen:
                    seen.add(k)
                    index.setdefault(k, []).append((row, n))
        return index

    @property
    def pairs(self) -> tuple[list[str], np.ndarray, list[str]]:
        """Every (key, row, name) of the index as parallel sequences, for fuzzy search."""
        if self._pairs is None:
            keys, rows, names = [], [], []
            for k, items in self.index.items():
                for row, n in items:
                    keys.append(k)
                    rows.append(row)
                    names.append(n)
            self._pairs = (keys, np.asarray(rows, dtype=np.int64), names)
        return self._pairs

    @property
    def district_keys(self) -> list[str]:
        """Folded district name of every row ("" when the row has none); computed once."""
        if self._district_keys is None:
            self._district_keys = [district_key(d) if d else "" for d in self.frame["district"]]
        return self._district_keys

    def lookup(self, key: str) -> list[tuple[int, str]]:
        """Rows whose names fold to ``key`` (exact key match)."""
        return self.index.get(key, [])

    def rows_in_box(self, lat0: float, lat1: float, lon0: float, lon1: float) -> np.ndarray:
        """Row numbers inside a bounding box (a cheap pre-filter before polygons)."""
        m = (self.lat >= lat0) & (self.lat <= lat1) & (self.lon >= lon0) & (self.lon <= lon1)
        return np.flatnonzero(m)

    def entry(self, row: int) -> Entry:
        r = self.frame.iloc[row]
        source, acc = str(r["source"]), int(r["accuracy"])
        return Entry(row, r["name"], r["asciiname"], float(r["lat"]), float(r["lon"]),
                     str(r["country"]), str(r["region"]), r["district"] or "",
                     int(r["population"]), source, acc, _quality(source, acc))


def _row_names(name: str, ascii_: str, alts: str, source: str) -> list[str]:
    """Names worth indexing: Latin or Cyrillic script, no post-office junk."""
    out = [name, ascii_]
    if alts:
        out.extend(a.strip() for a in alts.split(","))
    postal = source.startswith("geonames_postal")
    keep = []
    for n in out:
        if not n or not script_ok(n):
            continue
        if postal and (mixed_junk(n) or mixed_junk(name)):
            continue
        if n not in keep:
            keep.append(n)
    return keep


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer, loaded once per process (the bundled file unless ``path`` is given)."""
    return Gazetteer.load(path or GAZETTEER_PATH)


def fine_similarity(a: str, b: str) -> float:
    """0-100 similarity of two spellings after transliteration (ranks same-key candidates)."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(simple_form(a), simple_form(b)))
