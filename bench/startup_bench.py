"""Start-up cost: CPU seconds a fresh process spends before and on its first extraction.

Every CLI call and every test process pays it: importing the extractor, compiling a language's
lexicon (kept on disk between processes by :mod:`geo.pattern_cache`), loading morphology and the
gazetteer.  Each case runs in a new process and reports its own CPU time (time.process_time), so
other jobs on the machine do not distort it; "cold" starts from an empty pattern cache, "warm"
from the one the cold run left.  The text is one real article per language from
``../shared/realnews`` (read at run time, never copied).

    python bench/startup_bench.py [--root OTHER_WORKTREE] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALNEWS = ROOT.parent / "shared" / "realnews" / "articles"

CHILD = """
import json, sys, time
start = time.process_time()
from geo.extract import extract
imported = time.process_time()
texts = json.loads(sys.stdin.read())
for text in texts:
    extract(text)
print(json.dumps([imported - start, time.process_time() - start]))
"""


def texts_by_language() -> dict[str, str]:
    """One real article per language (the first of each, by file name)."""
    out: dict[str, str] = {}
    for path in sorted(REALNEWS.glob("*.json")):
        art = json.loads(path.read_text(encoding="utf-8"))
        out.setdefault(art["language"], art["text"])
    return out


def run(root: Path, texts: list[str], cache: str) -> tuple[float, float]:
    """(import seconds, total seconds) of a fresh process extracting ``texts`` with code at ``root``."""
    env = {**os.environ, "GEO_PATTERN_CACHE": cache, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(texts), capture_output=True,
                          text=True, cwd=root, env=env, check=True)
    imported, total = json.loads(done.stdout.strip().splitlines()[-1])
    return imported, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the worktree whose code runs (default: this one)")
    parser.add_argument("--repeat", type=int, default=3, help="warm runs per case (the least is shown)")
    args = parser.parse_args()
    by_lang = texts_by_language()
    if not by_lang:
        print(f"no articles (is {REALNEWS} there?)", file=sys.stderr)
        return 2
    cases = {**{lang: [text] for lang, text in by_lang.items()}, "all": list(by_lang.values())}
    print(f"code: {args.root}")
    for name, texts in cases.items():
        with tempfile.TemporaryDirectory() as cache:
            imported, cold = run(args.root, texts, cache)
            warm = min(run(args.root, texts, cache)[1] for _ in range(args.repeat))
        print(f"{name:>4}: import {imported:5.2f} s, first extraction done at {cold:5.2f} s cold, {warm:5.2f} s warm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
