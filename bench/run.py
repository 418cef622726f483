"""Benchmarks of the whole atlas: extraction, ingest, dashboard queries, map size, exports, memory.

Prints a table and writes ``bench/results/bench-<UTC time>.json`` (git-ignored).
Nothing here runs in the test suite.

    python bench/run.py                                   # default: stores of 10k and 100k incidents
    python bench/run.py --sizes 10000,100000,1000000      # add the 1M store (builds 4.4 GB under /tmp)
    python bench/run.py --quick                           # small numbers, to check the harness

What is measured, and how:

- extraction: ``geo.extract.extract`` over the synthetic corpus (bench/corpus.py), CPU time of
  one process (one core), articles/s; plus how many planted incidents it read back exactly.
- ingest: ``python -m geo ingest <folder of JSONL files> --db fresh.db --workers N`` as a
  subprocess, wall time and articles/s, for each N of ``--workers`` (default 1 and every core);
  and an in-process split of one worker's time into extraction, geocoding and store writes.
- stores of 10k / 100k / 1M incidents are built by bulk insertion with the store's schema (the
  store creates the file, then one executemany transaction per table fills it): documents are the
  corpus articles, incidents the planted events (an event told by two sources is one incident
  with two sources), fields merged with ``geo.store.dedup.merged_fields`` and keyed with
  ``geo.store.dedup.dedup_key`` exactly as ``SQLiteStore`` does.  The write path is not used because it
  would take hours at 1M; tests/test_bench_corpus.py checks that both give the same incidents.
- dashboard, per size, in a fresh subprocess (what one Streamlit server process does, without
  the browser): open the store, the first view (all incidents: ``geo.maps.view.load``, KPIs, the
  map's data layer rendered to HTML, the daily timeline), then two filter changes (the date
  slider to the last 30 days; one region and the last 90 days), each timed per step; the map
  HTML size for each; the HTML and PNG exports of the whole store; and the process's peak
  memory (ru_maxrss).
- the real dashboard, per size (skip with ``--skip browser``; needs /usr/bin/chromium): ``streamlit
  run app.py`` on the store, the page opened in Debian's chromium (offline) twice: seconds until
  the first region polygon is drawn and until the script run ends, on a fresh server and on a
  second visit; and the Streamlit process's peak memory (VmHWM).
- the cluster (``--cluster-articles``, default 100,000; part ``cluster``): the same corpus ingested
  with ``--workers 2`` and with ``--scheduler local:2``, wall time and articles/s, and whether both
  stores hold the same rows (bench/cluster_bench.py).
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import cluster_bench  # noqa: E402
import corpus  # noqa: E402

PYTHON = sys.executable
RESULTS = ROOT / "bench" / "results"
WORK = Path(tempfile.gettempdir()) / "geo-bench"
TODAY = dt.date(2030, 1, 1)
#: The in-process split of ingest time reads at most this many articles.
SPLIT_ARTICLES = 10_000


# ---------------------------------------------------------------------------
# Machine
# ---------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """Where the numbers were measured."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=False).stdout.strip()
    except OSError:
        commit = ""
    return {"cores": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem / 1024 ** 2, 1),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "os": platform.platform(), "commit": commit,
            "load_average": [round(x, 2) for x in os.getloadavg()]}


# ---------------------------------------------------------------------------
# Extraction and ingest
# ---------------------------------------------------------------------------


def bench_extraction(articles: list[corpus.Article]) -> dict[str, Any]:
    """Articles per second of geo.extract.extract on one core (CPU time), and planted incidents read back."""
    from geo.extract import extract

    extract(articles[0].text, published=articles[0].published, today=TODAY)  # lexicon loaded once
    keys = ("event_type", "region", "settlement", "count", "date", "killed", "injured", "target")
    exact = found = 0
    start = time.process_time()
    results = [extract(a.text, published=a.published, document=a.id, today=TODAY) for a in articles]
    cpu = time.process_time() - start
    for a, got in zip(articles, results):
        want = sorted(str({k: i[k] for k in keys}) for i in a.incidents)
        exact += sorted(str({k: getattr(i, k) for k in keys}) for i in got) == want
        found += len(got)
    sizes = [len(a.text.encode("utf-8")) for a in articles]
    return {"articles": len(articles), "mean_bytes": round(sum(sizes) / len(sizes)),
            "cpu_s": round(cpu, 3), "articles_per_s": round(len(articles) / cpu, 1),
            "ms_per_article": round(1000 * cpu / len(articles), 3),
            "incidents_planted": sum(len(a.incidents) for a in articles), "incidents_found": found,
            "articles_read_exactly": exact}


#: Articles per JSONL file given to ingest (files are kept well under its size limit).
FILE_ARTICLES = 10_000


def write_jsonl(articles: list[corpus.Article], folder: Path) -> Path:
    """The articles as JSONL files of FILE_ARTICLES each in ``folder`` (as daily exports come)."""
    folder.mkdir(parents=True, exist_ok=True)
    for part in range(0, len(articles), FILE_ARTICLES):
        with (folder / f"part-{part // FILE_ARTICLES:04d}.jsonl").open("w", encoding="utf-8") as fh:
            for a in articles[part:part + FILE_ARTICLES]:
                fh.write(json.dumps(a.record(), ensure_ascii=False) + "\n")
    return folder


def run_timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    """(wall seconds, stdout) of a subprocess run from the project's root; raises if it fails."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env={**os.environ, **(env or {})})
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[-3000:]}")
    return wall, proc.stdout


def ingest_accepts_workers() -> bool:
    out = subprocess.run([PYTHON, "-m", "geo", "ingest", "--help"], capture_output=True, text=True, cwd=ROOT).stdout
    return "--workers" in out


def bench_ingest(articles: list[corpus.Article], work: Path, workers: list[int]) -> dict[str, Any]:
    """End-to-end ingest of the corpus into a fresh SQLite store, as the CLI does it, once per
    number of workers (only 1 when ``ingest`` has no ``--workers``)."""
    src = write_jsonl(articles, work / "articles")
    runs = []
    if not ingest_accepts_workers():
        workers = [1]
    for n in workers:
        db = work / f"ingest-{n}.db"
        for p in work.glob(f"ingest-{n}.db*"):
            p.unlink()
        cmd = [PYTHON, "-m", "geo", "ingest", str(src), "--db", str(db), "--quiet"]
        if ingest_accepts_workers():
            cmd += ["--workers", str(n)]
        wall, out = run_timed(cmd)
        with sqlite3.connect(db) as con:
            stored = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
        runs.append({"workers": n, "wall_s": round(wall, 2), "articles_per_s": round(len(articles) / wall, 1),
                     "minutes_per_100k": round(100_000 / (len(articles) / wall) / 60, 1),
                     "incidents_stored": stored, "summary": out.strip().splitlines()[-1] if out.strip() else ""})
    return {"articles": len(articles), "workers_option": ingest_accepts_workers(), "runs": runs,
            "split_one_worker": ingest_split(articles[:SPLIT_ARTICLES], work)}


def ingest_split(articles: list[corpus.Article], work: Path) -> dict[str, Any]:
    """Where one worker's time goes: extraction, geocoding, and store writes (in process); store
    writes are timed for each half, since they grow as the store fills."""
    from geo.documents.model import Document
    from geo.extract import extract
    from geo.geocode import default_geocoder, place
    from geo.store import open_store

    docs = [Document(a.text, id=a.id, published=a.published, title=a.title, language="en") for a in articles]
    geocoder = default_geocoder(online=False)
    t0 = time.perf_counter()
    extracted = [extract(d.text, published=d.published, document=d.id, language="en", today=TODAY) for d in docs]
    t1 = time.perf_counter()
    placed = [[place(i, geocoder) for i in incs] for incs in extracted]
    t2 = time.perf_counter()
    db = work / "split.db"
    for p in work.glob("split.db*"):
        p.unlink()
    store = open_store(str(db))
    first_half = len(docs) // 2
    t3 = time.perf_counter()
    for d, incs in zip(docs[:first_half], placed[:first_half]):
        store.add_document(d, incs)
    t4 = time.perf_counter()
    for d, incs in zip(docs[first_half:], placed[first_half:]):
        store.add_document(d, incs)
    t5 = time.perf_counter()
    store.close()
    n = len(docs)
    return {"extract_ms_per_article": round(1000 * (t1 - t0) / n, 3),
            "geocode_ms_per_article": round(1000 * (t2 - t1) / n, 3),
            "store_ms_per_article": round(1000 * (t5 - t3) / n, 3),
            "store_ms_first_half": round(1000 * (t4 - t3) / max(first_half, 1), 3),
            "store_ms_second_half": round(1000 * (t5 - t4) / max(n - first_half, 1), 3)}


# ---------------------------------------------------------------------------
# Stores of a given size, by bulk insertion
# ---------------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _search_text(values: dict[str, Any]) -> str:
    """The incidents.search column as SQLiteStore._refresh writes it."""
    from geo.store import regroup as backend

    searched = getattr(backend, "_SEARCHED", ("settlement", "target", "evidence", "region_name"))
    return "\n".join(str(values[k]) for k in searched if values.get(k)).casefold()


class BulkWriter:
    """Rows for the store's three tables, written in batches inside one transaction."""

    BATCH = 20_000

    def __init__(self, path: Path):
        from geo.store import open_store

        open_store(str(path)).close()  # the store makes the file and its schema
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = DELETE")  # no WAL as big as the store; back to WAL at the end
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute("BEGIN")
        self.docs: list[tuple] = []
        self.incidents: list[tuple] = []
        self.sources: list[tuple] = []
        self.next_id = 1
        self.stamp = _now()

    def document(self, a: corpus.Article) -> None:
        from geo.documents.model import Document

        doc = Document(a.text, id=a.id, published=a.published, title=a.title, language="en",
                       url=a.record()["url"])
        self.docs.append((doc.id, doc.content_hash, doc.title, doc.url, a.published.isoformat(), "en", doc.text,
                          None, None, self.stamp))

    def incident(self, reports: list[Any]) -> None:
        """One incident from its reports (geo.store.dedup.SourceRecord), as SQLiteStore stores it."""
        from geo.record import SCHEMA_FIELDS
        from geo.store import dedup

        values = dedup.merged_fields(reports)
        columns = [*SCHEMA_FIELDS, "n_sources"]
        key = dedup.dedup_key(values)
        iid = self.next_id
        self.next_id += 1
        self.incidents.append((iid, *[values[c] for c in columns], key, _search_text(values), self.stamp))
        for rec in reports:
            anchor = dedup.time_anchor(rec)
            self.sources.append((iid, rec.document, rec.ordinal, rec.key,
                                 anchor[0].isoformat() if anchor else None, anchor[1].isoformat() if anchor else None,
                                 rec.fields.get("evidence") or "", json.dumps(rec.fields, ensure_ascii=False),
                                 json.dumps(rec.extras, ensure_ascii=False) if rec.extras else None,
                                 rec.fields.get("date"), rec.fields.get("date_end")))
        if len(self.sources) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        from geo.record import SCHEMA_FIELDS

        cols = ", ".join(["id", *SCHEMA_FIELDS, "n_sources", "dedup_key", "search", "updated_at"])
        self.db.executemany("INSERT INTO documents (id, content_hash, title, url, published, language, text, path,"
                            " meta, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)", self.docs)
        self.db.executemany(f"INSERT INTO incidents ({cols}) VALUES ({','.join('?' * (len(SCHEMA_FIELDS) + 5))})",
                            self.incidents)
        self.db.executemany("INSERT INTO incident_sources (incident_id, document_id, ordinal, dedup_key, anchor_lo,"
                            " anchor_hi, evidence, fields, extras, event_date, event_date_end)"
                            " VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.sources)
        self.docs, self.incidents, self.sources = [], [], []

    def close(self) -> None:
        self.flush()
        self.db.execute("COMMIT")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.close()


def bulk_store(path: Path, articles: Iterable[corpus.Article], incidents: int | None = None) -> int:
    """Fill a new store at ``path`` with the articles' planted incidents; stop after ``incidents``.

    Reports of the same event (the original and its re-worded duplicate, which the corpus
    yields next to each other) become one incident with two sources.  Returns the incidents stored.
    """
    from geo.store import dedup

    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    writer = BulkWriter(path)
    open_events: dict[tuple[int, int], list[dedup.SourceRecord]] = {}
    stored = 0

    def close_events(keep: set[tuple[int, int]]) -> None:
        nonlocal stored
        for key in [k for k in open_events if k not in keep]:
            writer.incident(open_events.pop(key))
            stored += 1

    for a in articles:
        if incidents is not None and stored + len(open_events) >= incidents:
            break
        writer.document(a)
        keys = []
        for ordinal, inc in enumerate(a.incidents):
            key = (inc["event"], inc["fact"])
            fields = corpus.schema_record(inc, a.id)
            rec = dedup.SourceRecord(a.id, ordinal, fields, a.published, {"near": True} if inc.get("near") else {})
            open_events.setdefault(key, []).append(rec)
            keys.append(key)
        close_events(set(keys))  # a duplicate only ever follows its original directly
    close_events(set())
    writer.close()
    return stored


# ---------------------------------------------------------------------------
# The dashboard, in a fresh process per store
# ---------------------------------------------------------------------------


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


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


def articles_for(incidents: int, seed: int) -> int:
    """How many articles hold about ``incidents`` distinct planted incidents (a little more, so
    that the store fills up while the dates still spread over the corpus's years)."""
    sample = list(corpus.generate(2000, seed))
    distinct = len({(i["event"], i["fact"]) for a in sample for i in a.incidents})
    return int(incidents * len(sample) / distinct * 1.02) + 10


def bench_store_size(size: int, seed: int, rebuild: bool, browser: bool = False) -> dict[str, Any]:
    """Build (or reuse) a store of ``size`` incidents and probe it in a fresh process."""
    db = WORK / f"store-{size}-seed{seed}.db"
    built = None
    if rebuild or not db.exists() or not (WORK / (db.name + ".done")).exists():
        start = time.perf_counter()
        stored = bulk_store(db, corpus.generate(articles_for(size, seed), seed), incidents=size)
        built = {"s": round(time.perf_counter() - start, 1), "incidents": stored}
        (WORK / (db.name + ".done")).write_text(json.dumps(built))
    else:
        built = json.loads((WORK / (db.name + ".done")).read_text())
        built["reused"] = True
    wall, out = run_timed([PYTHON, str(Path(__file__).resolve()), "--probe", str(db)], {"GEO_DB": str(db)})
    result = json.loads(out.strip().splitlines()[-1])
    result["probe_wall_s"] = round(wall, 1)
    result["build"] = built
    result["db_mb"] = round(db.stat().st_size / 1e6, 1)
    if browser:
        result["browser"] = bench_browser(db)
    return result


# ---------------------------------------------------------------------------
# The real dashboard: streamlit run app.py, loaded in Debian's chromium
# ---------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def _vm_hwm_mb(pid: int) -> int | None:
    """Peak resident memory of a running process (VmHWM in /proc/<pid>/status)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def _visit(browser: Any, url: str, timeout_s: float) -> tuple[float, float]:
    """Seconds from opening the page to the first drawn region, and to the end of the script run."""
    from support.browser import MAP_FRAME

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        (url, "data:", "blob:", "about:")) else route.abort())
    t0 = time.perf_counter()
    page.goto(url)
    page.frame_locator(MAP_FRAME).locator("path.leaflet-interactive").first.wait_for(
        state="attached", timeout=timeout_s * 1000)
    first_map = time.perf_counter() - t0
    page.wait_for_selector(IDLE, timeout=timeout_s * 1000)
    done = time.perf_counter() - t0
    page.close()
    return round(first_map, 2), round(done, 2)


def _streamlit_child() -> int | None:
    """The pid of the ``streamlit run`` process this process started."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == os.getpid() and \
                    b"streamlit" in (stat.parent / "cmdline").read_bytes():
                return int(stat.parent.name)
        except (OSError, ValueError, IndexError):
            continue
    return None


def bench_browser(db: Path, timeout_s: float = 180) -> dict[str, Any]:
    """Open the dashboard on ``db`` in chromium twice (the browser tests' own app start and
    offline launch): seconds to the first drawn region and to the end of the script run, and
    the Streamlit process's peak memory.  Requests to anything but 127.0.0.1 are blocked."""
    sys.path.insert(0, str(ROOT / "tests"))
    from playwright.sync_api import sync_playwright

    from support.browser import ARGS, running_app

    with running_app(str(db), WORK) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        visits = [_visit(browser, url, timeout_s) for _ in range(2)]
        browser.close()
        peak = _vm_hwm_mb(_streamlit_child() or -1)
    return {"first_map_s": visits[0][0], "first_run_done_s": visits[0][1],
            "again_map_s": visits[1][0], "again_run_done_s": visits[1][1], "streamlit_peak_rss_mb": peak}


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def table(results: dict[str, Any]) -> str:
    """The printed summary: one row per number, with the target when the issue sets one."""
    rows: list[tuple[str, str, str]] = []

    def add(name: str, value: Any, target: str = "") -> None:
        rows.append((name, str(value), target))

    ex = results.get("extraction")
    if ex:
        add("extraction, articles/s (1 core)", ex["articles_per_s"], ">= 500")
        add("  ms per article (mean size bytes)", f"{ex['ms_per_article']} ({ex['mean_bytes']})")
        add("  articles read exactly as planted", f"{ex['articles_read_exactly']}/{ex['articles']}")
    ing = results.get("ingest")
    if ing:
        for run in ing["runs"]:
            add(f"ingest, articles/s ({run['workers']} worker{'s' if run['workers'] > 1 else ''})",
                run["articles_per_s"])
            add("  minutes per 100k articles", run["minutes_per_100k"], "< 10 (all cores)")
        if not ing["workers_option"]:
            add("  ingest --workers", "missing (1 worker only)")
        sp = ing["split_one_worker"]
        add("  ms/article: extract | geocode | store",
            f"{sp['extract_ms_per_article']} | {sp['geocode_ms_per_article']} | {sp['store_ms_per_article']}")
    if results.get("cluster"):
        for name, value in cluster_bench.rows(results["cluster"]):
            add(name, value)
    for size, r in results.get("stores", {}).items():
        fv, sl, rg = r["first_view"], r["slider_30_days"], r["region_90_days"]
        add(f"store {int(size):,} incidents ({r['db_mb']} MB)", f"built in {r['build']['s']} s")
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
            add("  chromium, new server: map drawn | run done, s", f"{b['first_map_s']} | {b['first_run_done_s']}",
                "< 3")
            add("  chromium, second visit: map drawn | run done, s", f"{b['again_map_s']} | {b['again_run_done_s']}")
            add("  streamlit process peak memory, MB", b["streamlit_peak_rss_mb"])
    width = max(len(r[0]) for r in rows) + 2
    vwidth = max(len(r[1]) for r in rows) + 2
    lines = [f"{'measure'.ljust(width)}{'value'.ljust(vwidth)}target", "-" * (width + vwidth + 16)]
    lines += [f"{n.ljust(width)}{v.ljust(vwidth)}{t}" for n, v, t in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000, help="corpus size for extraction (default 3000)")
    parser.add_argument("--ingest-articles", type=int, default=5000, help="corpus size for ingest (default 5000)")
    parser.add_argument("--workers", default="1,all", help="ingest runs: numbers of workers ('all': every core)")
    parser.add_argument("--sizes", default="10000,100000", help="store sizes in incidents, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cluster-articles", type=int, default=100_000,
                        help="corpus size for --scheduler local:2 against --workers 2 (default 100000)")
    parser.add_argument("--skip", default="",
                        help="comma-separated parts to skip: extraction,ingest,cluster,stores,browser")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the stores even if cached in " + str(WORK))
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the harness")
    parser.add_argument("--out", default=str(RESULTS), help="folder for the JSON results")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        print(json.dumps(probe(args.probe)))
        return 0
    if args.quick:
        args.articles, args.ingest_articles, args.cluster_articles, args.sizes = 300, 100, 200, "2000"
    skip = set(filter(None, args.skip.split(",")))
    WORK.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"started": _now(), "machine": machine(), "seed": args.seed}
    if "extraction" not in skip:
        print(f"extraction: {args.articles} articles ...", file=sys.stderr)
        results["extraction"] = bench_extraction(list(corpus.generate(args.articles, args.seed)))
    if "ingest" not in skip:
        print(f"ingest: {args.ingest_articles} articles ...", file=sys.stderr)
        work = Path(tempfile.mkdtemp(prefix="ingest-", dir=WORK))
        try:
            workers = [os.cpu_count() or 1 if w == "all" else int(w) for w in args.workers.split(",")]
            results["ingest"] = bench_ingest(list(corpus.generate(args.ingest_articles, args.seed + 1)), work,
                                             list(dict.fromkeys(workers)))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if "cluster" not in skip:
        print(f"cluster: {args.cluster_articles} articles ...", file=sys.stderr)
        work = Path(tempfile.mkdtemp(prefix="cluster-", dir=WORK))
        try:
            src = write_jsonl(list(corpus.generate(args.cluster_articles, args.seed + 1)), work / "articles")
            results["cluster"] = cluster_bench.bench_cluster(src, args.cluster_articles, work, 2, run_timed)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if "stores" not in skip:
        results["stores"] = {}
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            print(f"store of {size:,} incidents ...", file=sys.stderr)
            results["stores"][str(size)] = bench_store_size(size, args.seed, args.rebuild,
                                                            browser="browser" not in skip and CHROMIUM.exists())
    results["finished"] = _now()
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"bench-{dt.datetime.now(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_text(json.dumps(results, indent=2), encoding="utf-8")
    m = results["machine"]
    print(f"{m['cores']} cores, {m['cpu']}, {m['ram_gb']} GB RAM, Python {m['python']}, SQLite {m['sqlite']}, "
          f"commit {m['commit']}, load {m['load_average']}")
    print(table(results))
    print(f"\nwritten: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
