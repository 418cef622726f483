"""The CLI progress reporter: quiet on short runs, a bar on a terminal, lines in a log."""
from __future__ import annotations

import io

from geo.progress import Progress


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_short_runs_print_nothing():
    out, clock = io.StringIO(), Clock()
    p = Progress(stream=out, tty=False, clock=clock)
    for i in range(1, 4):
        clock.now += 0.1
        p(i, 3, f"doc{i}")
    assert out.getvalue() == ""


def test_log_lines_every_interval_and_at_the_end():
    out, clock = io.StringIO(), Clock()
    p = Progress(stream=out, tty=False, clock=clock, interval=5.0)
    for i in range(1, 101):
        clock.now += 0.5  # 50 s in all
        p(i, 100, f"doc{i}")
    lines = out.getvalue().splitlines()
    assert lines[0] == "2/100 documents (2%) doc2"
    assert lines[-1] == "100/100 documents (100%) doc100"
    assert 9 <= len(lines) <= 12


def test_terminal_bar_redraws_one_line_and_ends_it():
    out, clock = io.StringIO(), Clock()
    p = Progress(stream=out, tty=True, clock=clock, width=10)
    clock.now = 2.0
    p(5, 10, "a.txt")
    assert out.getvalue() == "\r\x1b[2K[#####-----] 5/10 documents  50%  a.txt"
    clock.now = 3.0
    p(10, 10, "b.txt")
    assert out.getvalue().endswith("[##########] 10/10 documents 100%  b.txt\n")
    p.close()
    assert out.getvalue().endswith("b.txt\n")


def test_close_ends_an_unfinished_bar():
    out, clock = io.StringIO(), Clock()
    p = Progress(stream=out, tty=True, clock=clock)
    clock.now = 5.0
    p(1, 10, "x")
    p.close()
    assert out.getvalue().endswith("x\n")
