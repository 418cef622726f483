"""The bundled settlement gazetteer and its name index.

``gazetteer.parquet`` (built by ``python -m geo.data build``) holds about 66k
settlements with Cyrillic names, a machine transliteration and, for GeoNames
cities, many alternate spellings.  The index maps every folded name key
(:func:`geo.places.names.name_key`) to the rows that carry that name.  It is built
lazily, once per process, because the CLI and the dashboard start with it.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from geo.data.paths import GAZETTEER_PATH, NAME_KEYS_PATH
from geo.places.names import KEY_RULES_DIGEST, district_key, mixed_junk, name_key, script_ok

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

    def __init__(self, frame: pd.DataFrame, keys: pd.DataFrame | None = None):
        self.frame = frame.reset_index(drop=True)
        self._keys = keys
        self._index: dict[str, list[tuple[int, str]]] | None = None
        self._district_keys: list[str] | None = None
        self._pairs: tuple[list[str], np.ndarray, list[str]] | None = None
        self.lat = self.frame["lat"].to_numpy(dtype="float64")
        self.lon = self.frame["lon"].to_numpy(dtype="float64")

    @classmethod
    def load(cls, path: Path | str = GAZETTEER_PATH) -> "Gazetteer":
        """Read a gazetteer parquet file (the bundled one by default).

        Its name keys come from the precomputed file next to it when that file
        is fresh (same gazetteer bytes, same folding rules), else they are
        computed on first use.
        """
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"gazetteer not found: {path} (run: python -m geo.data build)")
        return cls(pd.read_parquet(path), read_name_keys(path))

    def __len__(self) -> int:
        return len(self.frame)

    # -- names -------------------------------------------------------------

    @property
    def pairs(self) -> tuple[list[str], np.ndarray, list[str]]:
        """Every (key, row, name) as parallel sequences (the fuzzy search runs over them)."""
        if self._pairs is None:
            if self._keys is None:
                self._keys = name_key_table(self.frame)
            k = self._keys
            self._pairs = (k["key"].tolist(), k["row"].to_numpy(dtype=np.int64), k["name"].tolist())
        return self._pairs

    @property
    def index(self) -> dict[str, list[tuple[int, str]]]:
        """Name key -> [(row, the name as the gazetteer writes it)], built on first use."""
        if self._index is None:
            index: dict[str, list[tuple[int, str]]] = {}
            keys, rows, names = self.pairs
            for k, row, n in zip(keys, rows.tolist(), names):
                index.setdefault(k, []).append((row, n))
            self._index = index
        return self._index

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


def name_key_table(frame: pd.DataFrame) -> pd.DataFrame:
    """(key, row, name) for every usable name of every row; one key per row at most once."""
    keys, rows, names = [], [], []
    columns = zip(frame["name"], frame["asciiname"], frame["alternatenames"], frame["source"].astype(str))
    for row, (name, ascii_, alts, source) in enumerate(columns):
        seen: set[str] = set()
        for n in _row_names(name, ascii_, alts, source):
            k = name_key(n)
            if k and k not in seen:
                seen.add(k)
                keys.append(k)
                rows.append(row)
                names.append(n)
    return pd.DataFrame({"key": keys, "row": np.asarray(rows, dtype=np.int32), "name": names})


#: Bump when the choice of names to index changes (the folding rules are hashed on their own).
INDEX_VERSION = "1"


def name_keys_path(gazetteer_path: Path | str) -> Path:
    """Where the precomputed keys of a gazetteer live (``name_keys.parquet`` for the bundled one)."""
    p = Path(gazetteer_path)
    return p.with_name(NAME_KEYS_PATH.name if p.stem == GAZETTEER_PATH.stem else f"{p.stem}_name_keys.parquet")


def _fingerprint(gazetteer_path: Path) -> str:
    h = hashlib.sha1(gazetteer_path.read_bytes())
    h.update(f"{INDEX_VERSION}:{KEY_RULES_DIGEST}".encode())
    return h.hexdigest()


def write_name_keys(gazetteer_path: Path | str = GAZETTEER_PATH, out: Path | str | None = None) -> Path:
    """Precompute the name keys of a gazetteer (call after rebuilding ``gazetteer.parquet``).

    Saves about a second at every start of the CLI and the dashboard; the file
    records which gazetteer and which folding rules it was made from, so a
    stale copy is ignored rather than trusted.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    gazetteer_path = Path(gazetteer_path)
    out = Path(out) if out else name_keys_path(gazetteer_path)
    table = pa.Table.from_pandas(name_key_table(pd.read_parquet(gazetteer_path)), preserve_index=False)
    table = table.replace_schema_metadata({"fingerprint": _fingerprint(gazetteer_path)})
    pq.write_table(table, out, compression="zstd")
    return out


def read_name_keys(gazetteer_path: Path | str) -> pd.DataFrame | None:
    """The precomputed keys of a gazetteer, or None when missing or stale."""
    import pyarrow.parquet as pq

    gazetteer_path = Path(gazetteer_path)
    path = name_keys_path(gazetteer_path)
    if not path.exists():
        return None
    try:
        meta = pq.read_schema(path).metadata or {}
        if meta.get(b"fingerprint", b"").decode() != _fingerprint(gazetteer_path):
            return None
        return pq.read_table(path).to_pandas()
    except (OSError, ValueError):
        return None


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
