"""Accuracy on real published news: the maintainers' gold set in ``../shared/realnews``.

Runs ``python -m geo extract --format jsonl`` once over the gold articles and scores it with the
realnews scorer's own pairing and name matching (imported from ``score.py`` there, not copied),
per language: precision, recall, F1, strict F1 (every field the gold fills agrees) and per-field
accuracy on matched pairs; then lists the misses grouped by cause.

    python bench/real_news.py                        # all languages, causes summarised
    python bench/real_news.py --lang ru --details    # one language, every miss listed
    python bench/real_news.py --json out.json

The texts stay in ``../shared/realnews``: nothing of them is copied into the project.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REALNEWS = Path(os.environ.get("GEO_REALNEWS", ROOT.parent / "shared" / "realnews"))
FIELDS = ("count", "date", "settlement", "injured", "killed")
#: Language groups reported; "ru+uk" is the figure the issues quote.
GROUPS = {"en": {"en"}, "ru": {"ru"}, "uk": {"uk"}, "ru+uk": {"ru", "uk"}}


def scorer(folder: Path = REALNEWS) -> ModuleType:
    """The realnews ``score.py`` as a module (its ``match`` and ``similar``)."""
    spec = importlib.util.spec_from_file_location("realnews_score", folder / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(folder / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_articles(folder: Path = REALNEWS) -> dict[str, dict[str, Any]]:
    """Gold articles by path."""
    return {str(f): json.loads(f.read_text(encoding="utf-8")) for f in sorted((folder / "articles").glob("*.json"))}


def predict(paths: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Incidents per article path, from the command line exactly as the scorer runs it."""
    proc = subprocess.run([sys.executable, "-m", "geo", "extract", "--format", "jsonl", *paths],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    out: dict[str, list[dict[str, Any]]] = {p: [] for p in paths}
    for line in proc.stdout.splitlines():
        if line.strip():
            inc = json.loads(line)
            out[inc["document"]].append(inc)
    return out


def field_ok(score: ModuleType, field: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if field == "settlement":
        return bool(score.similar(gold["settlement"], pred.get("settlement"), prefix=False))
    return pred.get(field) == gold[field]


def _cause_of_miss(g: dict[str, Any], others: list[dict[str, Any]]) -> str:
    if any(p.get("event_type") == g["event_type"] for p in others):
        return "missed: that type found in another region" if g.get("region") else "missed: national total given a region"
    if any((p.get("region") or None) == (g.get("region") or None) for p in others):
        return "missed: read as the other type"
    return "missed: not found"


def _cause_of_extra(p: dict[str, Any], gold: list[dict[str, Any]]) -> str:
    if not gold:
        return "extra: article has no incident"
    if any(g["event_type"] == p.get("event_type") for g in gold):
        return "extra: region not in gold" if p.get("region") else "extra: national total where gold has regions"
    return "extra: type not in gold"


def evaluate(articles: dict[str, dict[str, Any]], preds: dict[str, list[dict[str, Any]]],
             score: ModuleType) -> dict[str, Any]:
    """Scores and misses for one set of articles."""
    tp = fp = fn = strict = 0
    fields = {f: [0, 0] for f in FIELDS}
    causes: dict[str, list[str]] = defaultdict(list)
    for path, art in articles.items():
        gold, pred = art["incidents"], preds.get(path, [])
        pairs = score.match(gold, pred)
        tp, fp, fn = tp + len(pairs), fp + len(pred) - len(pairs), fn + len(gold) - len(pairs)
        for i, j in pairs:
            g, p, ok = gold[i], pred[j], True
            for f in FIELDS:
                if g.get(f) is None or (f == "settlement" and not g.get(f)):
                    continue
                good = field_ok(score, f, g, p)
                fields[f][0] += good
                fields[f][1] += 1
                ok = ok and good
                if not good:
                    causes[f"field: {f}"].append(f"{art['id']}: {g['event_type']} {g.get('region')} "
                                                 f"gold={g.get(f)!r} got={p.get(f)!r}")
            strict += ok
        matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
        unmatched_p = [p for j, p in enumerate(pred) if j not in matched_p]
        for i, g in enumerate(gold):
            if i not in matched_g:
                causes[_cause_of_miss(g, unmatched_p)].append(
                    f"{art['id']}: {g['event_type']} {g.get('region')} {g.get('settlement')} count={g.get('count')}")
        for p in unmatched_p:
            causes[_cause_of_extra(p, gold)].append(
                f"{art['id']}: {p.get('event_type')} {p.get('region')} {p.get('settlement')} count={p.get('count')}")
    return {**figures(tp, fp, fn, strict), "articles": len(articles), "gold": tp + fn, "predicted": tp + fp,
            "fields": {f: (round(a / n, 3) if n else None, n) for f, (a, n) in fields.items()},
            "causes": dict(causes)}


def figures(tp: int, fp: int, fn: int, strict: int) -> dict[str, float]:
    """Precision, recall, F1 and strict F1 from the pair counts."""
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0
    p, r = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
    sp, sr = (strict / (tp + fp) if tp + fp else 0.0), (strict / (tp + fn) if tp + fn else 0.0)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1(p, r), 3), "strict_f1": round(f1(sp, sr), 3)}


def run(folder: Path = REALNEWS, groups: dict[str, set[str]] = GROUPS) -> dict[str, dict[str, Any]]:
    """Scores per language group (extraction runs once for all)."""
    articles = load_articles(folder)
    preds = predict(list(articles))
    score = scorer(folder)
    return {name: evaluate({k: a for k, a in articles.items() if a["language"] in langs}, preds, score)
            for name, langs in groups.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", help="one group: en, ru, uk or ru+uk (default: all)")
    ap.add_argument("--details", action="store_true", help="list every miss under its cause")
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("--table", action="store_true", help="print the rows of bench/README.md's figures table")
    args = ap.parse_args(argv)
    if not (REALNEWS / "articles").is_dir():
        print(f"no gold set at {REALNEWS} (set GEO_REALNEWS)", file=sys.stderr)
        return 2
    groups = {args.lang: GROUPS[args.lang]} if args.lang else GROUPS
    results = run(REALNEWS, groups)
    if args.table:
        for name, r in results.items():
            print(f"| {name} | {r['articles']} | {r['gold']} | {r['precision']:.3f} | {r['recall']:.3f} | "
                  f"{r['f1']:.3f} | {r['strict_f1']:.3f} |")
        return 0
    print(f"{'lang':6} {'n':>4} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'strict':>7}  " + "  ".join(FIELDS))
    for name, r in results.items():
        cells = "  ".join(f"{r['fields'][f][0] if r['fields'][f][0] is not None else '-':>{len(f)}}" for f in FIELDS)
        print(f"{name:6} {r['articles']:>4} {r['gold']:>5} {r['precision']:>6} {r['recall']:>6} {r['f1']:>6} "
              f"{r['strict_f1']:>7}  {cells}")
    for name, r in results.items():
        if name == "ru+uk" and not args.lang:
            continue
        print(f"\n== {name}: misses by cause")
        for cause, items in sorted(r["causes"].items(), key=lambda kv: -len(kv[1])):
            print(f"{len(items):4}  {cause}")
            if args.details:
                print("\n".join(f"        {x}" for x in items))
    if args.json:
        Path(args.json).write_text(json.dumps({k: {x: v for x, v in r.items() if x != "causes"}
                                               for k, r in results.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
