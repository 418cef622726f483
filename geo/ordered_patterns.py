"""Several patterns that share group names, searched as one: the earliest match, the first listed.

The lexicon's absolute date patterns name their groups alike (day, month, year) so the code reading
a match does not care which pattern found it; a regex cannot hold one group name twice, so they
cannot be one alternation.  :class:`OrderedPatterns` finds where the earliest of them matches with
one joined search (their groups dropped), then asks each in order at that position.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from geo.pattern_cache import kept
from geo.patterns import _REPEATS, _built, _c, _compiled_code, _compiler, _parser, _works


class OrderedPatterns:
    """Several patterns that stand for one (they reuse group names): the earliest match of any, the
    first listed when several start at one position.

    One search of all of them at once (their groups dropped) finds where the earliest match starts;
    there the first pattern that matches is the answer, as searching each in turn would find.
    """

    def __init__(self, patterns: tuple[re.Pattern, ...]):
        self.patterns = patterns
        self._where = _anywhere(patterns)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        if self._where is not None:
            first = self._where.search(text, pos, end)
            if first is None:
                return None
            at = first.start()
            for p in self.patterns:
                if (m := p.match(text, at, end)) is not None:
                    return m
        best = None  # (not reached with a joined search; without one, each pattern in turn)
        for p in self.patterns:
            m = p.search(text, pos, end)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        while pos <= end:  # past the end (after an empty match there) nothing more can match
            m = self.search(text, pos, end)
            if not m:
                return
            yield m
            pos = max(m.end(), pos + 1)


def _anywhere(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """One pattern matching where any of ``patterns`` does, groups dropped (None: flags differ).
    The engine's code is kept for the next process (:mod:`geo.pattern_cache`)."""
    flags = {p.flags for p in patterns}
    if _compiler is None or len(flags) != 1:
        return None
    flag = flags.pop()
    try:
        code = kept(("anywhere", tuple(p.pattern for p in patterns), int(flag)), lambda: _anywhere_code(patterns, flag))
        return None if code is None else _built(code, "|".join(f"(?:{p.pattern})" for p in patterns), 0)
    except Exception:  # noqa: BLE001 - internals changed: search each
        return None


def _anywhere_code(patterns: tuple[re.Pattern, ...], flags: int) -> tuple | None:
    """The engine's code of :func:`_anywhere`'s pattern (None: there is none)."""
    if not _works():
        return None
    try:
        state = _parser.State()
        state.flags = flags
        trees = [_parser.parse(p.pattern, state.flags & ~re.UNICODE) for p in patterns]
        if any(t.state.flags != state.flags for t in trees):
            return None
        alternatives = [_parser.SubPattern(state, _no_groups(state, list(t.data))) for t in trees]
        joined = _parser.SubPattern(state, [(_c.BRANCH, (None, alternatives))])
        return _compiled_code(joined, 0)
    except Exception:  # noqa: BLE001 - a back-reference (_GroupReference), or internals changed: search each
        return None


class _GroupReference(Exception):
    """A pattern refers back to a group: its groups cannot be dropped."""


def _no_groups(state: Any, items: list) -> list:
    """``items`` with every capturing group made a plain one."""
    out = []
    for op, av in items:
        if op is _c.GROUPREF or op is _c.GROUPREF_EXISTS:
            raise _GroupReference
        if op is _c.SUBPATTERN:
            av = (None, av[1], av[2], _parser.SubPattern(state, _no_groups(state, list(av[3].data))))
        elif op is _c.BRANCH:
            av = (None, [_parser.SubPattern(state, _no_groups(state, list(a.data))) for a in av[1]])
        elif op in _REPEATS:
            av = (av[0], av[1], _parser.SubPattern(state, _no_groups(state, list(av[2].data))))
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            av = (av[0], _parser.SubPattern(state, _no_groups(state, list(av[1].data))))
        elif op is _c.ATOMIC_GROUP:
            av = _parser.SubPattern(state, _no_groups(state, list(av.data)))
        out.append((op, av))
    return out

