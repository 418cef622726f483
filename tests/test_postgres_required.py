"""CI sets GEO_REQUIRE_POSTGRES=1: a store test's PostgreSQL run with no server then fails, saying why,
instead of skipping (half the store tests skipping in silence would look like a green run)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = "tests/test_store_order.py"


def _run_without_server(tmp_path: Path, require: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GEO_REQUIRE_POSTGRES", "PYTEST_ADDOPTS")}
    env["GEO_TEST_POSTGRES"] = f"postgresql://nobody@/none?host={tmp_path}/no-socket-here"
    if require is not None:
        env["GEO_REQUIRE_POSTGRES"] = require
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", PROBE, "-k", "postgresql",
                           "-x"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_no_server_skips_by_default_and_fails_when_required(tmp_path):
    skipped = _run_without_server(tmp_path, None)
    assert skipped.returncode == 0, skipped.stdout[-2000:]
    summary = skipped.stdout.strip().splitlines()[-1]
    assert "skipped" in summary and "failed" not in summary
    required = _run_without_server(tmp_path, "1")
    assert required.returncode != 0, required.stdout[-2000:]
    assert "error" in required.stdout.strip().splitlines()[-1]  # (the fixture fails: an error)
    assert "GEO_REQUIRE_POSTGRES=1 but no PostgreSQL server could be started" in required.stdout
    assert "cannot be used" in required.stdout  # the reason is told
