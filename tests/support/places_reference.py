"""What the store's map queries must answer, computed with pandas from every incident row.

The reference the aggregate tests hold :meth:`geo.store.Store.places` and the map view's popup
rows to; the atlas itself only asks the store.
"""
from __future__ import annotations

import json
import sqlite3

import pandas as pd

from geo.maps.points import MAX_POINTS, POPUP_ROWS

COLUMNS = ["lat", "lon", "n", "strikes", "first", "last", "settlement", "settlement_latin", "region_name", "total"]


def round4(values) -> list[float]:
    """Coordinates rounded to 4 decimals exactly as the store's SQL rounds them (SQLite's round()
    and numpy's differ on halves such as 48.11725)."""
    with sqlite3.connect(":memory:") as db:
        return [r[0] for r in db.execute("SELECT round(value, 4) FROM json_each(?) ORDER BY key",
                                         (json.dumps([float(v) for v in values]),))]


def _settlement_level(incidents: pd.DataFrame) -> pd.DataFrame:
    df = incidents[incidents["lat"].notna() & incidents["lon"].notna() & incidents["geo_precision"].isin([1, 2])]
    return df.assign(place_lat=round4(df["lat"]), place_lon=round4(df["lon"]))


def group_places(incidents: pd.DataFrame) -> pd.DataFrame:
    """Settlement-level incidents (precision 1-2) grouped by place, newest place first."""
    df = _settlement_level(incidents)
    if df.empty:
        return pd.DataFrame(columns=COLUMNS)
    df = df.assign(_newest=df["date"].fillna("").astype(str) + "|" + df["id"].map("{:012d}".format),
                   _strike=(df["event_type"] == "strike").astype(int), _last=df["date_end"].fillna(df["date"]))
    df = df.sort_values("_newest", ascending=False)
    out = df.groupby(["place_lat", "place_lon"], sort=False).agg(
        n=("_newest", "size"), strikes=("_strike", "sum"), first=("date", "min"), last=("_last", "max"),
    ).reset_index().rename(columns={"place_lat": "lat", "place_lon": "lon"})
    newest = df.drop_duplicates(["place_lat", "place_lon"])  # the newest incident's own names
    for c in ("settlement", "settlement_latin", "region_name"):
        out[c] = newest[c].to_numpy()
    out["total"] = int(out["n"].sum())
    return out[COLUMNS]


def popup_ids(incidents: pd.DataFrame, max_points: int = MAX_POINTS) -> list[int]:
    """Ids of the incidents the popups list: the newest POPUP_ROWS at each drawn place."""
    drawn = set(map(tuple, group_places(incidents).head(max_points)[["lat", "lon"]].to_numpy().tolist()))
    df = _settlement_level(incidents)
    df = df[[k in drawn for k in zip(df["place_lat"], df["place_lon"])]]
    shown = df.sort_values(["date", "id"], ascending=False, na_position="last").groupby(
        ["place_lat", "place_lon"], sort=False).head(POPUP_ROWS)
    return [int(i) for i in shown["id"]]
