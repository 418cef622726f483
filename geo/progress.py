"""Progress of long CLI jobs on standard error: a bar on a terminal, periodic lines in logs.

A reporter is a plain callable ``(done, total, label)`` so the core
(:mod:`geo.ingest`) never knows how, or whether, progress is shown.  Short runs
print nothing: output starts only after :attr:`Progress.delay` seconds.
"""
from __future__ import annotations

import sys
import time
from typing import Callable, TextIO

ProgressFn = Callable[[int, int, str], None]


class Progress:
    """Shows ``done/total`` as a bar (TTY) or as a line every ``interval`` seconds (not a TTY)."""

    def __init__(self, what: str = "documents", stream: TextIO | None = None, delay: float = 1.0,
                 interval: float = 5.0, width: int = 30, tty: bool | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.what = what
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.delay, self.width, self.clock = delay, width, clock
        self.interval = 0.1 if self.tty else interval
        self.started = clock()
        self.last_shown: float | None = None
        self.open_line = False

    def _line(self, done: int, total: int, label: str) -> str:
        if total > 0:
            pct = min(100, done * 100 // total)
            if self.tty:
                filled = self.width * min(done, total) // total
                bar = "#" * filled + "-" * (self.width - filled)
                return f"[{bar}] {done}/{total} {self.what} {pct:3d}%  {label[-40:]}"
            return f"{done}/{total} {self.what} ({pct}%) {label}"
        return f"{done} {self.what} {label}"

    def __call__(self, done: int, total: int, label: str = "") -> None:
        now = self.clock()
        finished = total > 0 and done >= total
        if now - self.started < self.delay and not (finished and self.last_shown is not None):
            return
        if not finished and self.last_shown is not None and now - self.last_shown < self.interval:
            return
        self.last_shown = now
        line = self._line(done, total, label)
        if self.tty:
            self.stream.write("\r\x1b[2K" + line)
            self.open_line = not finished
            if finished:
                self.stream.write("\n")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End a bar left open (e.g. the job stopped early)."""
        if self.open_line:
            self.stream.write("\n")
            self.stream.flush()
            self.open_line = False
