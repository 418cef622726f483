"""Train a keep/drop model over predicted incidents and measure it leave-one-batch-out.

    python bench/train_keep.py read OUT.jsonl FOLDER... [--tree DIR]
    python bench/train_keep.py lobo READINGS.jsonl... [--test READINGS.jsonl...] [--features all] [--write OUT.toml]

``read`` runs the extractor (this checkout's, or the one in ``--tree DIR``: an older commit's, to
read a batch as it was when no rule had seen it) once, in this process, over the gold articles of
each FOLDER (realnews format; folders ``NAME-en/-ru/-uk`` are one batch NAME, the realnews
``articles`` folder is ``dev``) and writes one line per article: batch, language, the gold and
predicted records' matching fields and each predicted record's features (bench/keep_features.py).
Keep OUT outside the project: it holds the gold records.  ``lobo``: for each batch B, fit an
L2 logistic model on the other batches' readings, choose the threshold on them, and print B's F1
and strict F1 without and with the filter, per language (the realnews scorer's matching is rerun on
the kept records).  ``--write`` fits on every reading and writes the weights (numbers only).
Deterministic (no sampling; Newton steps).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from keep_features import DEFAULT_FEATURES, features  # noqa: E402
from real_news import REALNEWS, scorer  # noqa: E402

THRESHOLDS = [round(0.02 * i, 2) for i in range(1, 31)]


@lru_cache(maxsize=1)
def score_module() -> Any:
    """The realnews scorer (its ``match`` and ``similar``), read when first needed."""
    return scorer(REALNEWS)


@dataclass
class Article:
    """One gold article's records: schema dicts, their features, and what the scorer says of them."""

    batch: str
    lang: str
    gold: list[dict[str, Any]]
    preds: list[dict[str, Any]]
    feats: list[dict[str, float]]
    labels: list[int]
    strict: list[int]


def batch_name(folder: Path) -> str:
    name = folder.name
    if name == "articles":
        return "dev"
    return name.rsplit("-", 1)[0] if name.rsplit("-", 1)[-1] in {"en", "ru", "uk"} else name


def strictly_right(g: dict[str, Any], p: dict[str, Any]) -> bool:
    """Every field the gold fills agrees (the scorer's strict test)."""
    same = all(p.get(f) == g[f] for f in ("count", "date", "injured", "killed") if g.get(f) is not None)
    return same and (not g.get("settlement") or score_module().similar(g["settlement"], p.get("settlement"), prefix=False))


def tally(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> tuple[int, int, list[int], list[int]]:
    """(pairs, strict pairs, per-record label, per-record strict) under the scorer's matching."""
    pairs = score_module().match(gold, preds)
    labels, strict = [0] * len(preds), [0] * len(preds)
    for i, j in pairs:
        labels[j] = 1
        strict[j] = int(strictly_right(gold[i], preds[j]))
    return len(pairs), sum(strict), labels, strict


#: The gold and predicted fields the scorer's matching and strict test read.
MATCH_FIELDS = ("event_type", "region", "settlement", "count", "date", "killed", "injured")


def read(out: Path, folders: list[Path], tree: Path | None = None) -> None:
    """Write the readings of every article in ``folders`` (see the module docstring)."""
    sys.path.insert(0, str(tree or ROOT))
    from geo.documents.readers import read_path
    from geo.pipeline import process

    with out.open("w", encoding="utf-8") as sink:
        for folder in folders:
            for path in sorted(folder.glob("*.json")):
                gold = json.loads(path.read_text(encoding="utf-8"))
                for doc in read_path(str(path)):
                    if not hasattr(doc, "text"):
                        continue
                    incs = process(doc)  # type: ignore[arg-type]
                    line = {"batch": batch_name(folder), "lang": gold["language"],
                            "gold": [{k: g.get(k) for k in MATCH_FIELDS} for g in gold["incidents"]],
                            "preds": [{k: getattr(i, k) for k in MATCH_FIELDS} for i in incs],
                            "feats": [features(i, doc.text, incs) for i in incs]}
                    sink.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")


def load(files: list[Path]) -> list[Article]:
    """Articles from reading files, each predicted record labelled by the scorer's matching."""
    arts = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            _, _, labels, strict = tally(d["gold"], d["preds"])
            arts.append(Article(d["batch"], d["lang"], d["gold"], d["preds"], d["feats"], labels, strict))
    return arts


def fit(arts: list[Article], names: list[str], l2: float) -> np.ndarray:
    """L2-regularised logistic regression by Newton steps (the bias is not penalised)."""
    x = np.array([[f[n] for n in names] for a in arts for f in a.feats])
    y = np.array([lab for a in arts for lab in a.labels], dtype=float)
    w = np.zeros(len(names))
    pen = np.full(len(names), l2)
    pen[names.index("bias")] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        step = np.linalg.solve((x * (p * (1 - p))[:, None]).T @ x + np.diag(pen + 1e-9), x.T @ (p - y) + pen * w)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def scores(a: Article, names: list[str], w: np.ndarray) -> list[float]:
    return [float(1 / (1 + np.exp(-sum(w[k] * f[n] for k, n in enumerate(names))))) for f in a.feats]


def evaluate(arts: list[Article], keep: list[list[bool]] | None = None) -> dict[str, list[int]]:
    """Per language (and "all"): [pairs, strict pairs, predicted, gold] after dropping, rematched."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for n, a in enumerate(arts):
        kept = [p for k, p in enumerate(a.preds) if keep is None or keep[n][k]]
        tp, st, _, _ = tally(a.gold, kept)
        for key in (a.lang, "all"):
            row = out[key]
            row[0] += tp
            row[1] += st
            row[2] += len(kept)
            row[3] += len(a.gold)
    return out


def f1s(row: list[int]) -> tuple[float, float]:
    """(F1, strict F1) from [pairs, strict pairs, predicted, gold]."""
    tp, st, pred, gold = row
    return (2 * tp / (pred + gold), 2 * st / (pred + gold)) if pred + gold else (1.0, 1.0)


def choose_threshold(arts: list[Article], probs: list[list[float]]) -> float:
    """The threshold with the best F1 (then strict F1, then the lowest) on the training batches."""
    best = (f1s(evaluate(arts)["all"]), 0.0)
    for t in THRESHOLDS:
        got = f1s(evaluate(arts, [[p >= t for p in ps] for ps in probs])["all"])
        if got > best[0]:
            best = (got, t)
    return best[1]


@dataclass
class Setup:
    """What one run fits: the features, the L2 weight, and a fixed threshold (None: chosen on the training set)."""

    names: list[str]
    l2: float = 5.0
    threshold: float | None = None


def train(arts: list[Article], setup: Setup) -> tuple[np.ndarray, float]:
    w = fit(arts, setup.names, setup.l2)
    if setup.threshold is not None:
        return w, setup.threshold
    return w, choose_threshold(arts, [scores(a, setup.names, w) for a in arts])


Row = tuple[str, str, tuple[float, float], tuple[float, float], float]


def leave_one_batch_out(arts: list[Article], tests: list[Article], setup: Setup) -> list[Row]:
    """Per batch of ``tests`` and language: (F1, strict) without and with the model fitted on the other batches."""
    rows = []
    for b in dict.fromkeys(a.batch for a in tests):
        test = [a for a in tests if a.batch == b]
        w, t = train([a for a in arts if a.batch != b], setup)
        before = evaluate(test)
        after = evaluate(test, [[p >= t for p in scores(a, setup.names, w)] for a in test])
        rows += [(b, lang, f1s(before[lang]), f1s(after[lang]), t) for lang in sorted(before)]
    return rows


def print_table(rows: list[Row], languages: bool = True) -> None:
    """The table (one row per batch, and per language with ``languages``) and its summary line."""
    print("| batch | lang | F1 without | with | strict without | with | threshold |")
    print("|---|---|---|---|---|---|---|")
    for b, lang, (f0, s0), (f1, s1), t in (r for r in rows if languages or r[1] == "all"):
        flag = " (F1 down > 0.01)" if f1 < f0 - 0.0101 else ""
        print(f"| {b} | {lang} | {f0:.3f} | {f1:.3f} | {s0:.3f} | {s1:.3f} | {t:.2f}{flag} |")
    alls = [r for r in rows if r[1] == "all"]
    up = sum(r[3][0] > r[2][0] + 1e-9 for r in alls)
    down = sum(r[3][0] < r[2][0] - 1e-9 for r in alls)
    cells = sum(r[3][0] < r[2][0] - 0.0101 for r in rows if r[1] != "all")
    print(f"batches: F1 up {up}, down {down}, same {len(alls) - up - down}; language cells down > 0.01: {cells}")


def write_weights(path: Path, names: list[str], w: np.ndarray, threshold: float) -> None:
    lines = ["# Keep/drop model (bench/keep_features.py), written by bench/train_keep.py: numbers only.",
             "# A record whose logistic score is below the threshold is dropped.",
             f"threshold = {threshold:.2f}", "", "[weights]"]
    lines += [f"{n} = {w[k]:.4f}" for k, n in enumerate(names)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = ap.add_subparsers(dest="command", required=True)
    rd = sub.add_parser("read", help="run the extractor over gold folders and write the readings")
    rd.add_argument("out", type=Path)
    rd.add_argument("folders", nargs="+", type=Path)
    rd.add_argument("--tree", type=Path, help="another checkout whose extractor reads (default: this one)")
    lb = sub.add_parser("lobo", help="leave-one-batch-out table from readings")
    lb.add_argument("readings", nargs="+", type=Path)
    lb.add_argument("--test", nargs="+", type=Path, help="readings to test on (default: the training ones)")
    lb.add_argument("--features", default=",".join(DEFAULT_FEATURES), help="comma-separated, or 'all'")
    lb.add_argument("--l2", type=float, default=5.0)
    lb.add_argument("--threshold", type=float, help="fixed threshold (default: the best F1 on the training batches)")
    lb.add_argument("--all-languages", action="store_true", help="one row per language too")
    lb.add_argument("--write", type=Path, help="fit on every reading and write the weights here (TOML)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    a = parse(argv)
    if a.command == "read":
        read(a.out, a.folders, a.tree)
        return 0
    arts = load(a.readings)
    every = list(next(f for art in arts for f in art.feats))
    setup = Setup(every if a.features == "all" else ["bias", *(n for n in a.features.split(",") if n != "bias")],
                  a.l2, a.threshold)
    rows = leave_one_batch_out(arts, load(a.test) if a.test else arts, setup)
    print_table(rows, a.all_languages)
    if a.write:
        w, t = train(arts, setup)
        write_weights(a.write, setup.names, w, t)
        print(f"threshold {t:.2f}; " + ", ".join(f"{n} {w[k]:+.2f}" for k, n in enumerate(setup.names)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
