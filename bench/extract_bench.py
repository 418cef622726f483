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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
