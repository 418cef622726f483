"""Extraction speed: articles per second on one core (target >= 500 for 2-4 KB articles).

The articles are the two seeds (about 3.3 KB each) and the hand-written
corpus articles joined into 2-4 KB documents, so both incident-dense and
quiet texts are timed; with ``--real``, the real published articles of
``../shared/realnews`` (English, Russian and Ukrainian, read from there at run
time, never copied), cut or joined into documents of about 3 KB.  Extraction
only (no geocoding, no store).  CPU time of this process
(time.process_time), so other jobs on the machine do not distort it.
``--profile`` adds where the time goes (morphology, regular expressions,
language detection, the rest), from cProfile.

    python bench/extract_bench.py [--rounds 20] [--real] [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import pstats
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


REALNEWS = ROOT.parent / "shared" / "realnews" / "articles"
REAL_SIZE = 3000  # bytes: the size of a typical news article


def real_articles(folder: Path = REALNEWS, size: int = REAL_SIZE) -> list[str]:
    """The real articles as documents of about ``size`` bytes: long ones cut at a paragraph, short
    ones of the same language joined, so every document is a plausible 3 KB article."""
    by_lang: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.json")):
        art = json.loads(path.read_text(encoding="utf-8"))
        by_lang.setdefault(art["language"], []).append(art["text"].strip())
    docs = []
    for texts in by_lang.values():
        current = ""
        for t in texts:
            for para in t.split("\n"):
                current = f"{current}\n{para}" if current else para
                if len(current.encode("utf-8")) >= size:
                    docs.append(current)
                    current = ""
    return docs


#: Where the time goes: (label, test on a profile entry's file and function name), first match wins.
AREAS = (
    ("morphology (pymorphy3, geo/extract/morph.py)", lambda f, fn: "pymorphy" in f or "dawg" in f or f.endswith("morph.py")),
    ("language detection", lambda f, fn: f.endswith("language.py")),
    ("regular expressions", lambda f, fn: "method 'finditer'" in fn or "method 'search'" in fn
     or "method 'match'" in fn or "method 'fullmatch'" in fn or "method 'sub'" in fn or f.endswith(("re/__init__.py", "_compiler.py", "_parser.py"))),
    ("gazetteer look-ups", lambda f, fn: "gazetteer" in f or "names.py" in f),
)


def profile(docs: list[str], rounds: int = 3) -> None:
    """Own time per area over ``rounds`` passes (cProfile slows everything alike)."""
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(rounds):
        for d in docs:
            extract(d, today=TODAY)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]  # the documented raw table
    shares: dict[str, float] = {}
    total = 0.0
    for (file, _, name), (_, _, own, _, _) in stats.items():
        total += own
        label = next((lbl for lbl, test in AREAS if test(file, name)), "the rules (geo/extract) and the rest")
        shares[label] = shares.get(label, 0.0) + own
    for label, own in sorted(shares.items(), key=lambda kv: -kv[1]):
        print(f"  {100 * own / total:5.1f}%  {label}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--real", action="store_true", help="real articles from ../shared/realnews")
    parser.add_argument("--profile", action="store_true", help="also say where the time goes")
    args = parser.parse_args()
    docs = real_articles() if args.real else articles()
    if not docs:
        print(f"no articles (is {REALNEWS} there?)", file=sys.stderr)
        return 2
    sizes = [len(d.encode("utf-8")) for d in docs]
    for d in docs:  # load and compile each language's lexicon, the gazetteer and morphology once
        extract(d, today=TODAY)
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
    # The share of geo.places.mentions.find_region_mentions (which scans for Cyrillic names too):
    lex = load_lexicon("en")
    spans = [sentences(d, lex) for d in docs]
    start = time.process_time()
    for _ in range(args.rounds):
        for d, s in zip(docs, spans):
            region_mentions(d, s)
    region = time.process_time() - start
    print(f"of which region search: {1000 * region / n:.2f} ms per article ({100 * region / elapsed:.0f}%)")
    if args.profile:
        print("where the time goes (own time, cProfile):")
        profile(docs)
    punctuation_runs(lex)
    return 0


#: 50 KB runs of punctuation and spaces (pasted tables, "!!!!!" comments) that end no sentence, and a list
#: broken over lines: each must cost milliseconds, where backtracking regexes take seconds to minutes (quadratic
#: in the run, or exponential).
RUNS = {
    "'!' x 50k": "Drones attacked the Kursk region" + "!" * 50_000 + " and two drones were shot down.",
    "'.' x 50k": "Drones attacked the Kursk region" + "." * 50_000 + " and two drones were shot down.",
    "'?!' x 25k": "Was it a drone" + "?!" * 25_000 + " two drones were shot down over the Kursk region.",
    "'…' x 50k": "Drones" + "…" * 50_000 + " two drones were shot down over the Kursk region.",
    "'.' x 25k + ' ' x 25k": "Drones attacked" + "." * 25_000 + " " * 25_000 + "and more.",
    # a region list whose items and conjunctions stand on lines of their own: exponential once
    "'X\\nи\\n' x 5k": "Дроны сбиты над Курской и Брянской областями.\n" + "Курской\nи\n" * 5_000 + "конец.",
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
