"""The real dashboard: ``streamlit run app.py`` on a store, opened in Debian's chromium (offline)."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from harness import ROOT, WORK

CHROMIUM = Path("/usr/bin/chromium")
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def _vm_hwm_mb(pid: int) -> int | None:
    """Peak resident memory of a running process (VmHWM in /proc/<pid>/status)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def _visit(browser: Any, url: str, timeout_s: float) -> tuple[float, float]:
    """Seconds from opening the page to the first drawn region, and to the end of the script run."""
    from support.browser import MAP_FRAME

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        (url, "data:", "blob:", "about:")) else route.abort())
    t0 = time.perf_counter()
    page.goto(url)
    page.frame_locator(MAP_FRAME).locator("path.leaflet-interactive").first.wait_for(
        state="attached", timeout=timeout_s * 1000)
    first_map = time.perf_counter() - t0
    page.wait_for_selector(IDLE, timeout=timeout_s * 1000)
    done = time.perf_counter() - t0
    page.close()
    return round(first_map, 2), round(done, 2)


def _streamlit_child() -> int | None:
    """The pid of the ``streamlit run`` process this process started."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == os.getpid() and \
                    b"streamlit" in (stat.parent / "cmdline").read_bytes():
                return int(stat.parent.name)
        except (OSError, ValueError, IndexError):
            continue
    return None


def bench_browser(db: Path, timeout_s: float = 180) -> dict[str, Any]:
    """Open the dashboard on ``db`` in chromium twice (the browser tests' own app start and
    offline launch): seconds to the first drawn region and to the end of the script run, and
    the Streamlit process's peak memory.  Requests to anything but 127.0.0.1 are blocked."""
    sys.path.insert(0, str(ROOT / "tests"))
    from playwright.sync_api import sync_playwright

    from support.browser import ARGS, running_app

    with running_app(str(db), WORK) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        visits = [_visit(browser, url, timeout_s) for _ in range(2)]
        browser.close()
        peak = _vm_hwm_mb(_streamlit_child() or -1)
    return {"first_map_s": visits[0][0], "first_run_done_s": visits[0][1],
            "again_map_s": visits[1][0], "again_run_done_s": visits[1][1], "streamlit_peak_rss_mb": peak}

