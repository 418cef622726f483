"""Benchmarks of the whole atlas: extraction, ingest, dashboard queries, map size, exports, memory.

Prints a table and writes ``bench/results/bench-<UTC time>.json`` (git-ignored).
Nothing here runs in the test suite.

    python bench/run.py                                   # default: stores of 10k and 100k incidents
    python bench/run.py --sizes 10000,100000,1000000      # add the 1M store (builds 4.4 GB under /tmp)
    python bench/run.py --quick                           # small numbers, to check the harness
    python bench/run.py --skip extraction,ingest,cluster,browser --sizes 100000,1000000 --repeat 3
                                                          # SQLite against PostgreSQL, 3 runs each

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
- PostgreSQL beside SQLite (``--backends``, default both when a server can be had: ``--postgres URL``
  or a throwaway cluster started as the tests start theirs): each SQLite store copied with ``geo
  migrate`` (timed), the same probe on both, ``--repeat`` times each, alternately; each view's
  seconds side by side and PostgreSQL/SQLite (bench/pg_bench.py).
- the real dashboard, per size (skip with ``--skip browser``; needs /usr/bin/chromium): ``streamlit
  run app.py`` on the store, the page opened in Debian's chromium (offline) twice: seconds until
  the first region polygon is drawn and until the script run ends, on a fresh server and on a
  second visit; and the Streamlit process's peak memory (VmHWM).
- the cluster (``--cluster-articles``, default 100,000; part ``cluster``): the same corpus ingested
  with ``--workers 2`` and with ``--scheduler local:2``, wall time and articles/s, and whether both
  stores hold the same rows (bench/cluster_bench.py); with ``--cluster-postgres`` also
  ``--scheduler local:2`` into PostgreSQL, the client writing and the workers writing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cluster_bench  # noqa: E402
import corpus  # noqa: E402
import pg_bench  # noqa: E402
from browser_bench import CHROMIUM  # noqa: E402
from harness import RESULTS, ROOT, WORK, now, run_timed  # noqa: E402
from ingest_bench import bench_extraction, bench_ingest, write_jsonl  # noqa: E402
from store_bench import bench_store_size, probe  # noqa: E402
from store_bench import rows as store_rows  # noqa: E402

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
        rows += store_rows(size, r)
    width = max(len(r[0]) for r in rows) + 2
    vwidth = max(len(r[1]) for r in rows) + 2
    lines = [f"{'measure'.ljust(width)}{'value'.ljust(vwidth)}target", "-" * (width + vwidth + 16)]
    lines += [f"{n.ljust(width)}{v.ljust(vwidth)}{t}" for n, v, t in rows]
    return "\n".join(lines)


def bench_stores(args: argparse.Namespace, browser: bool) -> dict[str, Any]:
    """The stores part, on each backend asked for (PostgreSQL only when a server can be had)."""
    backends = tuple(filter(None, (args.backends or ",".join(pg_bench.BACKENDS)).split(",")))
    unknown = set(backends) - set(pg_bench.BACKENDS)
    if unknown:
        raise SystemExit(f"--backends: unknown {', '.join(sorted(unknown))} (sqlite, postgresql)")
    server, skipped = None, ""
    if "postgresql" in backends:
        try:
            server = pg_bench.server(args.postgres)
        except pg_bench.NoServer as exc:
            if args.backends:
                raise SystemExit(f"--backends postgresql: no PostgreSQL server: {exc}") from None
            backends, skipped = ("sqlite",), "not measured: no server (the reason is on standard error)"
            print(f"PostgreSQL not measured, SQLite only: no server ({exc})", file=sys.stderr)
    stores: dict[str, Any] = {}
    try:
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            print(f"store of {size:,} incidents ({', '.join(backends)}) ...", file=sys.stderr)
            stores[str(size)] = bench_store_size(size, args.seed, args.rebuild, browser, args.repeat, backends, server)
            if skipped:
                stores[str(size)]["postgresql_skipped"] = skipped
    finally:
        if server is not None:
            server.stop()
    return stores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000, help="corpus size for extraction (default 3000)")
    parser.add_argument("--ingest-articles", type=int, default=5000, help="corpus size for ingest (default 5000)")
    parser.add_argument("--workers", default="1,all", help="ingest runs: numbers of workers ('all': every core)")
    parser.add_argument("--sizes", default="10000,100000", help="store sizes in incidents, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cluster-articles", type=int, default=100_000,
                        help="corpus size for --scheduler local:2 against --workers 2 (default 100000)")
    parser.add_argument("--cluster-postgres", action="store_true",
                        help="cluster part: also local:2 into PostgreSQL, the client writing and the workers writing "
                             "(a throwaway server, or --postgres)")
    parser.add_argument("--skip", default="",
                        help="comma-separated parts to skip: extraction,ingest,cluster,stores,browser")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the stores even if cached in " + str(WORK))
    parser.add_argument("--backends", help="stores part: comma-separated, of sqlite,postgresql (default both when a "
                        "PostgreSQL server can be had, else sqlite, saying so)")
    parser.add_argument("--postgres", metavar="URL", help="PostgreSQL server whose user may create databases (default: "
                        "a throwaway cluster, started as the tests start theirs)")
    parser.add_argument("--repeat", type=int, default=1, help="probes of each store per backend (default 1)")
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
    results: dict[str, Any] = {"started": now(), "machine": machine(), "seed": args.seed}
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
            if args.cluster_postgres:
                try:
                    server = pg_bench.server(args.postgres)
                except pg_bench.NoServer as exc:
                    raise SystemExit(f"--cluster-postgres: no PostgreSQL server: {exc}") from None
                try:
                    results["cluster"]["postgres"] = cluster_bench.bench_cluster_postgres(
                        src, args.cluster_articles, server, 2, run_timed)
                finally:
                    server.stop()
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if "stores" not in skip:
        results["stores"] = bench_stores(args, browser="browser" not in skip and CHROMIUM.exists())
    results["finished"] = now()
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
