"""Extraction speed: articles per second on one core (target >= 500 for 2-4 KB articles).

The articles are the two seeds (about 3.3 KB each) and the hand-written
corpus articles joined into 2-4 KB documents, so both incident-dense and
quiet texts are timed.  Extraction only (no geocoding, no store).  CPU time
of this process (time.process_time), so other jobs on the machine do not
distort it.

    python bench/extract_bench.py [--rounds 20]
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.extract import extract  # noqa: E402
from geo.extract.lexicon import load_lexicon  # noqa: E402
from geo.extract.places import region_mentions  # noqa: E402
from geo.extract.text import sentences  # noqa: E402

TODAY = dt.date(2025, 9, 10)


def articles() -> list[str]:
    """The seeds plus corpus articles joined into documents of 2-4 KB."""
    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts = []
    for path in sorted((ROOT / "tests" / "corpus").glob("articles_*.toml")):
        texts += [a["text"].strip() for a in tomllib.loads(path.read_text(encoding="utf-8"))["article"]]
    current = ""
    for t in texts:
        current = f"{current}\n\n{t}" if current else t
        if len(current.encode("utf-8")) >= 2500:
            docs.append(current)
            current = ""
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    docs = articles()
    sizes = [len(d.encode("utf-8")) for d in docs]
    extract(docs[0], today=TODAY)  # load and compile the lexicon once
    start = time.process_time()
    found = 0
    for _ in range(args.rounds):
        for d in docs:
            found += len(extract(d, today=TODAY))
    elapsed = time.process_time() - start
    n = args.rounds * len(docs)
    print(f"{len(docs)} articles of {min(sizes)}-{max(sizes)} bytes (mean {sum(sizes) // len(sizes)}), "
          f"{args.rounds} rounds: {n / elapsed:.0f} articles/s, {1000 * elapsed / n:.2f} ms per article, "
          f"{found // args.rounds} incidents per round")
    # The share of geo.regions.find_region_mentions (which scans for Cyrillic names too):
    lex = load_lexicon("en")
    spans = [sentences(d, lex) for d in docs]
    start = time.process_time()
    for _ in range(args.rounds):
        for d, s in zip(docs, spans):
            region_mentions(d, s)
    region = time.process_time() - start
    print(f"of which region search: {1000 * region / n:.2f} ms per article ({100 * region / elapsed:.0f}%)")
    punctuation_runs(lex)
    return 0


#: 50 KB runs of punctuation and spaces (pasted tables, "!!!!!" comments) that end no sentence: each
#: must cost milliseconds, where backtracking regexes take seconds to minutes (quadratic in the run).
RUNS = {
    "'!' x 50k": "Drones attacked the Kursk region" + "!" * 50_000 + " and two drones were shot down.",
    "'.' x 50k": "Drones attacked the Kursk region" + "." * 50_000 + " and two drones were shot down.",
    "'?!' x 25k": "Was it a drone" + "?!" * 25_000 + " two drones were shot down over the Kursk region.",
    "'…' x 50k": "Drones" + "…" * 50_000 + " two drones were shot down over the Kursk region.",
    "'.' x 25k + ' ' x 25k": "Drones attacked" + "." * 25_000 + " " * 25_000 + "and more.",
}


def punctuation_runs(lex) -> None:
    """Time sentence splitting and the whole extraction on each of ``RUNS``."""
    for name, text in RUNS.items():
        start = time.process_time()
        n = len(sentences(text, lex))
        split = time.process_time() - start
        start = time.process_time()
        extract(text, today=TODAY)
        whole = time.process_time() - start
        print(f"{name:>22}: sentences {1000 * split:7.1f} ms ({n}), extract {1000 * whole:8.1f} ms")


if __name__ == "__main__":
    raise SystemExit(main())
