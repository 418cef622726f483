"""Where the count rows that open with a number can first match in a span: one search for all of them.

Most count rows open with an optional qualifier and a number ("about 20 drones", "5 of 7 ...").
The engine tries each of them at nearly every letter of a clause (number words start with common
letters), and each such search scans the clause from its start.  Every match of such a row starts
where ``(?:QUAL)?NUMX`` (:attr:`CountLead.lead`) matches, so the leftmost match of that lead in the
span is where their searches may start: the answers are the same, with fewer positions tried.  The
lead matches in a span exactly when the lexicon's ``numx`` does, so its one search also says whether
the span holds a written number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from geo.extract.lexicon import Lexicon, _alternation, compile_ci
from geo.patterns import _c, _compiler, _parser, _works


@dataclass(frozen=True)
class CountLead:
    """The lead pattern of a lexicon's count rows and, row by row, whether the row opens with it."""

    lead: re.Pattern
    from_lead: tuple[bool, ...]


_LEADS: dict[int, tuple[Any, CountLead]] = {}  # id(lex.counts) -> (that tuple, kept alive; its lead)


def _assertion_text(opening: str) -> re.Pattern:
    """The text of a look-around that opens with ``opening`` (one level of groups inside it)."""
    return re.compile(rf"\(\?{opening}(?:[^()\\]|\\.|\([^()]*\))*\)")


#: A look-behind written at the start of a row ("(?<!\bin\s)"); checked by the parser after (see _behind).
_LOOKBEHIND = _assertion_text("<[!=]")
#: A negative look-ahead between the qualifier and the number ("(?!one\b)", "(?!(?:один|одна)\b)": the
#: words come from the lexicon's rows, so any is taken; the parser checks it after).
_LOOKAHEAD = _assertion_text("!")


def count_lead(lex: Lexicon) -> CountLead:
    """The :class:`CountLead` of ``lex``'s count rows (built once per lexicon)."""
    rows = lex.counts
    found = _LEADS.get(id(rows))
    if found is None or found[0] is not rows:
        found = _LEADS[id(rows)] = (rows, _build(lex))
    return found[1]


def _build(lex: Lexicon) -> CountLead:
    qual = rf"(?:(?:{_alternation(lex.qualifier_of)})\s+)"
    numx = lex.numx.pattern
    heads = (f"(?P<q>{qual})?", f"(?P<n>{numx})")
    flags = tuple(_opens_with(_source(rx), heads) for _, rx, _ in lex.counts)
    return CountLead(compile_ci(f"(?:{qual})?{numx}"), flags)


def _source(rx: Any) -> re.Pattern | None:
    """The plain compiled pattern of a lexicon row (behind a gate or located, see ``literal_gate.gated``);
    None for several patterns searched as one."""
    if hasattr(rx, "pattern_object"):
        rx = rx.pattern_object
    if hasattr(rx, "patterns"):
        rx = rx.patterns[0] if len(rx.patterns) == 1 else None
    return rx


def _opens_with(rx: re.Pattern | None, heads: tuple[str, str]) -> bool:
    """Whether every match of ``rx`` starts where the lead does: its text opens with look-behinds only,
    then the number group ``heads[1]``, maybe after the optional qualifier group ``heads[0]`` and a
    negative look-ahead, and those groups are neither repeated nor left optional by what follows, nor
    is the row an alternation (the parser says so)."""
    if rx is None:
        return False
    pattern, pos = rx.pattern, 0
    while (m := _LOOKBEHIND.match(pattern, pos)) is not None:
        pos = m.end()
    if not _head_at(pattern, pos, heads) or _compiler is None or not _works():
        return False
    try:
        parsed = _parser.parse(pattern, rx.flags & ~re.UNICODE)
    except re.error:
        return False
    items, groups = list(parsed.data), parsed.state.groupdict
    behind = 0
    while behind < len(items) and _behind(items[behind]):
        behind += 1
    if pos and not _behinds_only(pattern[:pos], rx.flags, behind):
        return False
    rest = items[behind:]
    if rest and _optional_group(rest[0], groups.get("q")):  # (?P<q>QUAL)? and maybe (?!one\b)
        rest = rest[1:]
        if rest and rest[0][0] is _c.ASSERT_NOT and rest[0][1][0] == 1:
            rest = rest[1:]
    return bool(rest) and rest[0][0] is _c.SUBPATTERN and rest[0][1][0] == groups.get("n")


def _head_at(pattern: str, pos: int, heads: tuple[str, str]) -> bool:
    """The text of ``pattern`` at ``pos`` is ``q? (?!...)? n`` (the qualifier, then the look-ahead, optional)."""
    qual, number = heads
    if pattern.startswith(qual, pos):
        pos += len(qual)
        if (m := _LOOKAHEAD.match(pattern, pos)) is not None:
            pos = m.end()
    return pattern.startswith(number, pos)


def _optional_group(item: tuple, gid: int | None) -> bool:
    """``item`` is group ``gid`` made optional: ``(?P<q>...)?``."""
    op, av = item
    if gid is None or op is not _c.MAX_REPEAT or av[:2] != (0, 1):
        return False
    sub = list(av[2].data)
    return len(sub) == 1 and sub[0][0] is _c.SUBPATTERN and sub[0][1][0] == gid


def _behind(item: tuple) -> bool:
    op, av = item
    return op in (_c.ASSERT, _c.ASSERT_NOT) and av[0] == -1


def _behinds_only(text: str, flags: int, count: int) -> bool:
    """``text`` (a row's opening) parses as ``count`` look-behinds and nothing else."""
    try:
        items = list(_parser.parse(text, flags & ~re.UNICODE).data)
    except re.error:
        return False
    return len(items) == count and all(_behind(i) for i in items)
