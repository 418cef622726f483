"""Real small or read-only file systems for fault tests: a tmpfs mounted in a test's folder.

Mounting needs root (the test machines run as root); without it the helpers skip the one
test that needs them, saying so.  Every mount is taken down again, even when the test fails.
"""
from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path
from typing import Iterator

import pytest


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True)


@contextlib.contextmanager
def tmpfs(folder: Path, size: str = "64k") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (created): a disk that really fills up."""
    folder.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs for this test (needs root): {done.stderr.strip()}")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(folder: Path) -> None:
    """Fill the disk under ``folder`` to the last byte."""
    with open(folder / "filler", "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass


def make_read_only(folder: Path) -> None:
    """Remount the tmpfs on ``folder`` read-only: nobody, not even root, may write there."""
    done = _run("mount", "-o", "remount,ro", str(folder))
    assert done.returncode == 0, done.stderr
