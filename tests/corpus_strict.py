"""The strict corpus score the held-out batches are reported with (shared by the round tests)."""
from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from geo.extract import extract

CORPUS = Path(__file__).resolve().parent / "corpus"


def strict_score(batches: list[str]) -> tuple[float, list[str]]:
    """F1 of incidents matching on type, region, settlement, and the count and date the annotation
    states, over the named batch files; with the annotated incidents that were missed."""
    right = found = wanted = 0
    wrong = []
    for name in batches:
        for art in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["article"]:
            got = extract(art["text"], published=dt.date.fromisoformat(art["published"]), document=art["id"])
            want = art.get("expect", [])
            found, wanted = found + len(got), wanted + len(want)
            left = list(got)
            for row in want:
                match = next((g for g in left if (g.event_type, g.region, g.settlement) ==
                              (row["type"], row.get("region"), row.get("settlement"))
                              and all(getattr(g, k) == row[k] for k in ("count", "date") if k in row)), None)
                if match:
                    left.remove(match)
                    right += 1
                else:
                    wrong.append(f"{art['id']}: {row}")
    return 2 * right / (found + wanted), wrong
