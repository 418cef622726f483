"""Extraction and ingest, as bench/run.py's parts ``extraction`` and ``ingest`` measure them:
the extractor's speed on one core, ``geo ingest`` end to end per number of workers, and where
one worker's time goes."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import corpus
from harness import PYTHON, ROOT, TODAY, run_timed

#: The in-process split of ingest time reads at most this many articles.
SPLIT_ARTICLES = 10_000


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

