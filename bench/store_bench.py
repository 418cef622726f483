"""The dashboard's work on a store of a given size, in a fresh process per store: the first view,
two filter changes, a second view and the exports, each store call timed (``TimedStore``).

``python bench/store_bench.py STORE`` runs the probe on STORE and prints its JSON (bench/run.py
calls it so, in a subprocess, for each size)."""
from __future__ import annotations

import datetime as dt
import io
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

import corpus
import pg_bench
from browser_bench import bench_browser
from bulk_store import articles_for, bulk_store
from harness import PYTHON, WORK, run_timed, timed


class TimedStore:
    """A store whose method calls are timed (seconds summed per method name)."""

    def __init__(self, store: Any):
        self._store = store
        self.seconds: dict[str, float] = {}

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._store, name)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            result, secs = timed(lambda: value(*args, **kwargs))
            self.seconds[name] = self.seconds.get(name, 0.0) + secs
            return result
        return call


def dashboard_view(store: Any, filters: Any, metric: str = "both", daily: bool = True) -> dict[str, Any]:
    """What app.py computes for one view with Streamlit's caches missing: geo.maps.view.load (the KPIs,
    region counts, places and the popups' incidents), the map's data layer on the base map
    rendered to HTML, the daily counts and timeline.  Store calls are timed one by one;
    "load_other" is that load's own work.  ``daily=False`` leaves out the timeline's daily
    counts, which ignore the dates: app.py caches them by the other filters, so moving the date
    slider reuses them."""
    from geo.maps import view as map_view
    from ui import map_clicks, timeline

    timed_store = TimedStore(store)
    view, load_s = timed(lambda: map_view.load(timed_store, filters, metric))
    steps = dict(timed_store.seconds)
    steps["load_other"] = load_s - sum(steps.values())

    def render() -> str:
        m = map_view.base_map()
        map_view.data_layer(view.region_counts, view.points, metric, selected=filters.regions).add_to(m)
        return m.get_root().render()

    page, steps["map"] = timed(render)
    if daily:
        per_day, steps["daily_counts"] = timed(lambda: store.daily_counts(filters.with_(date_from=None, date_to=None)))
        _, steps["timeline"] = timed(lambda: timeline.timeline(per_day))
    busiest = view.points.places.sort_values("n").tail(1)
    if not busiest.empty:  # a click on the busiest point lists its incidents below the map (not in the total)
        place = (float(busiest["lat"].iloc[0]), float(busiest["lon"].iloc[0]))
        _, clicked = timed(lambda: map_clicks.place_table(store, filters, place))
    return {"incidents": view.summary["incidents"], "map_bytes": len(page.encode("utf-8")),
            "steps_s": {k: round(v, 4) for k, v in steps.items()}, "total_s": round(sum(steps.values()), 4),
            "clicked_place_s": round(clicked, 4) if not busiest.empty else None}


def probe(db: str) -> dict[str, Any]:
    """Run in a subprocess: one dashboard process's work on the store ``db``."""
    t0 = time.perf_counter()
    from geo import exports
    from geo.filters import Filters
    from geo.store import open_store

    imports = time.perf_counter() - t0
    store, opened = timed(lambda: open_store(db))
    (lo, hi), span_s = timed(store.date_span)
    out: dict[str, Any] = {"imports_s": round(imports, 3), "open_s": round(opened + span_s, 4),
                           "incidents": store.count(Filters(include_undated=True))}
    out["first_view"] = dashboard_view(store, Filters())
    out["first_view_s"] = round(imports + opened + span_s + out["first_view"]["total_s"], 3)
    slider = Filters(date_from=hi - dt.timedelta(days=29), date_to=hi)
    region = Filters(date_from=hi - dt.timedelta(days=89), date_to=hi, regions=("RU-BEL",))
    out["slider_30_days"] = dashboard_view(store, slider, daily=False)
    out["region_90_days"] = dashboard_view(store, region)
    out["second_view_same_filters"] = dashboard_view(store, region)  # SQLite page cache warm
    for fmt in ("html", "png"):
        buf = io.BytesIO()
        _, secs = timed(lambda: exports.write(fmt, store, Filters(), buf))
        out[f"{fmt}_export"] = {"s": round(secs, 3), "bytes": len(buf.getvalue())}
        buf = io.BytesIO()
        _, secs = timed(lambda: exports.write(fmt, store, region, buf))
        out[f"{fmt}_export_filtered"] = {"s": round(secs, 3), "bytes": len(buf.getvalue())}
    store.close()
    out["peak_rss_mb"] = int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def sqlite_store(size: int, seed: int, rebuild: bool) -> tuple[Path, dict[str, Any]]:
    """The SQLite store of ``size`` incidents, built unless a finished one is cached in WORK."""
    db = WORK / f"store-{size}-seed{seed}.db"
    if rebuild or not db.exists() or not (WORK / (db.name + ".done")).exists():
        start = time.perf_counter()
        stored = bulk_store(db, corpus.generate(articles_for(size, seed), seed), incidents=size)
        built = {"s": round(time.perf_counter() - start, 1), "incidents": stored}
        (WORK / (db.name + ".done")).write_text(json.dumps(built))
    else:
        built = json.loads((WORK / (db.name + ".done")).read_text())
        built["reused"] = True
    return db, built


def run_probe(store: str) -> dict[str, Any]:
    """:func:`probe` on ``store`` (a SQLite path or a postgresql:// URL) in a fresh process."""
    wall, out = run_timed([PYTHON, str(Path(__file__).resolve()), store], {"GEO_DB": store})
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    result["probe_wall_s"] = round(wall, 1)
    return result


def bench_store_size(size: int, seed: int, rebuild: bool, browser: bool = False, repeat: int = 1,
                     backends: tuple[str, ...] = ("sqlite",), server: Any = None) -> dict[str, Any]:
    """Build (or reuse) a store of ``size`` incidents and probe it in a fresh process, ``repeat``
    times per backend (PostgreSQL on a copy made on ``server``: bench/pg_bench.py)."""
    db, built = sqlite_store(size, seed, rebuild)
    runs = pg_bench.compare(db, server, backends, repeat, run_probe)
    result: dict[str, Any] = dict(runs["sqlite"][0]) if runs.get("sqlite") else {}
    result["backends"] = runs
    result["build"] = built
    result["db_mb"] = round(db.stat().st_size / 1e6, 1)
    if browser:
        result["browser"] = bench_browser(db)
    return result


def rows(size: str, r: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The printed rows of one store size: (measure, value, target)."""
    out: list[tuple[str, str, str]] = []

    def add(name: str, value: Any, target: str = "") -> None:
        out.append((name, str(value), target))

    add(f"store {int(size):,} incidents ({r['db_mb']} MB)", f"built in {r['build']['s']} s")
    if "first_view" in r:
        fv, sl, rg = r["first_view"], r["slider_30_days"], r["region_90_days"]
        add("  first view, server s (imports+open+view)", r["first_view_s"], "< 3")
        steps = ("summary", "region_counts", "places", "place_incidents", "sources", "map", "daily_counts")
        add(f"    {' | '.join(steps)}", " | ".join(str(fv["steps_s"].get(k, "-")) for k in steps))
        add("  clicked point's list, s (all | 30 days | region)",
            " | ".join(str(v.get("clicked_place_s", "-")) for v in (fv, sl, rg)))
        add("  filter change: slider 30 days, s", sl["total_s"], "< 0.3")
        add("  filter change: region + 90 days, s", rg["total_s"], "< 0.3")
        add("  map HTML MB: all | 30 days | region",
            " | ".join(f"{v['map_bytes'] / 1e6:.2f}" for v in (fv, sl, rg)), "< 2")
        add("  HTML export s (all | region)", f"{r['html_export']['s']} | {r['html_export_filtered']['s']}", "< 1")
        add("  PNG export s (all | region)", f"{r['png_export']['s']} | {r['png_export_filtered']['s']}", "< 2")
        add("  peak memory of the process, MB", r["peak_rss_mb"])
    if "browser" in r:
        b = r["browser"]
        add("  chromium, new server: map drawn | run done, s", f"{b['first_map_s']} | {b['first_run_done_s']}", "< 3")
        add("  chromium, second visit: map drawn | run done, s", f"{b['again_map_s']} | {b['again_run_done_s']}")
        add("  streamlit process peak memory, MB", b["streamlit_peak_rss_mb"])
    return out + pg_bench.rows(r)


if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1])))
