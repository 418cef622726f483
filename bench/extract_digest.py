"""One md5 over everything the extractor returns, to prove a speed change changes no output.

Runs :func:`geo.extract.extract` over the real articles of ``../shared/realnews`` (read there at
run time, never copied; each alone with its publication date, and joined into the 3 KB documents
of ``extract_bench.py --real``), the hand-written corpus articles and the seeds, and prints an md5
of the JSON of every incident (schema fields and extras).  Compare the digest before and after an
optimisation: it must not move.

    python bench/extract_digest.py [--verbose]
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract_bench import REALNEWS, articles, real_articles  # noqa: E402
from geo.extract import extract  # noqa: E402

TODAY = dt.date(2025, 9, 10)


def inputs() -> list[tuple[str, str, str | None]]:
    """(name, text, published) for every text the digest covers."""
    out: list[tuple[str, str, str | None]] = []
    for path in sorted(REALNEWS.glob("*.json")):
        art = json.loads(path.read_text(encoding="utf-8"))
        out.append((f"real/{path.stem}", art["text"], art.get("published")))
    out += [(f"real-doc/{i}", d, None) for i, d in enumerate(real_articles())]
    out += [(f"bench-doc/{i}", d, None) for i, d in enumerate(articles())]
    for path in sorted((ROOT / "tests" / "corpus").rglob("articles_*.toml")):
        for art in tomllib.loads(path.read_text(encoding="utf-8"))["article"]:
            out.append((f"corpus/{art['id']}", art["text"], art.get("published")))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        out.append((f"seed/{path.name}", path.read_text(encoding="utf-8"), None))
    return out


def output(name: str, text: str, published: str | None) -> str:
    """The JSON of the incidents found in one text."""
    day = dt.date.fromisoformat(published[:10]) if published else None
    found = extract(text, published=day, document=name, today=TODAY)
    return json.dumps([{**inc.to_dict(), "extras": inc.extras} for inc in found],
                      sort_keys=True, ensure_ascii=False, default=str)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="one md5 per input too")
    args = parser.parse_args()
    items = inputs()
    blobs = [output(*item) for item in items]
    # A second pass in reverse order, in the same process: caches must not make output depend on
    # what was read before.
    again = [output(*item) for item in reversed(items)][::-1]
    moved = [item[0] for item, a, b in zip(items, blobs, again) if a != b]
    whole = hashlib.md5()
    for (name, _, _), blob in zip(items, blobs):
        whole.update(f"{name}\n{blob}\n".encode())
        if args.verbose:
            print(hashlib.md5(blob.encode()).hexdigest(), name)
    n_inc = sum(len(json.loads(b)) for b in blobs)
    print(f"{whole.hexdigest()}  {len(items)} texts, {n_inc} incidents")
    if moved:
        print(f"output depends on order for {len(moved)} texts: {moved[:5]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
