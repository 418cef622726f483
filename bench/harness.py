"""What every part of the bench shares: the project's paths, the work folder, subprocess and
call timing, and the UTC stamp; kept apart so that each part's module imports only this."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
for _path in (str(ROOT), str(ROOT / "bench")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

PYTHON = sys.executable
RESULTS = ROOT / "bench" / "results"
WORK = Path(tempfile.gettempdir()) / "geo-bench"
TODAY = dt.date(2030, 1, 1)


def run_timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    """(wall seconds, stdout) of a subprocess run from the project's root; raises if it fails."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env={**os.environ, **(env or {})})
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[-3000:]}")
    return wall, proc.stdout



def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()



def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start

