"""A regex searched only in spans holding one of the words every match of it must contain.

Many lexicon patterns start with a number, an optional quote or ``\\w+``, so the engine tries them at
almost every position of a clause, yet they can only match where one of a few words occurs
("(?P<n>{NUMX})\\s+times" needs "times"; the settlement cues need "village", "town", ...).  A search
for those words alone is a plain literal scan: :class:`GatedPattern` runs it first and the pattern
only where it finds one.  The words are read from the parsed pattern (:func:`required_literals`): a
set of strings of which every match contains at least one, so a span without any of them holds no
match, and the answers are those of the pattern itself.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from geo.ordered_patterns import OrderedPatterns
from geo.pattern_cache import kept
from geo.patterns import _REPEATS, _c, _compiler, _first_chars, _literal, _parser, _works, compile_pattern

Literals = frozenset[str]

MIN_LENGTH = 4  # shorter words ("in", "на", "the") are everywhere: a gate of them skips nothing
MAX_WORDS = 40  # more alternatives than this make the gate's scan cost as much as the pattern's


@lru_cache(maxsize=None)  # (a lexicon's rows are read for their gates, then again for RowGates)
def required_literals(pattern: str, flags: int = 0) -> Literals | None:
    """Strings one of which every match of ``pattern`` contains (as written, before any case
    folding the flags do), or None when no useful set is known (kept for the next process)."""
    if _compiler is None:
        return None
    return kept(("required", pattern, int(flags)), lambda: _required(pattern, flags))


def _required(pattern: str, flags: int) -> Literals | None:
    if not _works():
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & (re.ASCII | re.LOCALE):
        return None
    return _sequence(list(parsed.data), bool(parsed.state.flags & re.IGNORECASE))


def _sequence(items: list, ignore_case: bool) -> Literals | None:
    """The best set among the parts of a sequence (every part is in every match)."""
    best: Literals | None = None
    run: list[str] = []

    def consider(found: Literals | None) -> None:
        nonlocal best
        if found is not None and (best is None or _rank(found) > _rank(best)):
            best = found

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset(["".join(run)]))
            run = []
        consider(_item(op, av, ignore_case))
    if run:
        consider(frozenset(["".join(run)]))
    return best


def _item(op: Any, av: Any, ignore_case: bool) -> Literals | None:
    if op is _c.SUBPATTERN:
        _, add, _, sub = av
        if add & re.IGNORECASE and not ignore_case:
            return None  # (?i:...) inside a case-sensitive pattern: its words may be written otherwise
        return _sequence(list(sub.data), ignore_case)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av.data), ignore_case)
    if op in _REPEATS:
        least, _, sub = av
        return _sequence(list(sub.data), ignore_case) if least >= 1 else None
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _sequence(list(alt.data), ignore_case)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    return None  # a set, any character, an assertion (it may look outside the span), a back-reference


def _rank(found: Literals) -> tuple[bool, int, int]:
    """Better sets are usable, then have longer shortest words, then fewer words."""
    shortest = min((len(w) for w in found), default=0)
    return _usable(found), min(shortest, 8), -len(found)


def _usable(found: Literals | None) -> bool:
    """A set worth a gate: few words, none short, but for numbers (digits are rare in text: "19", "20"
    of a year gate as well as a long word)."""
    return found is not None and 0 < len(found) <= MAX_WORDS \
        and all(len(w) >= MIN_LENGTH or (len(w) >= 2 and w.isdigit()) for w in found)


def _trimmed(found: Literals) -> Literals:
    """The set without the words that hold another of its words (that one is found anyway)."""
    return frozenset(w for w in found if not any(o != w and o in w for o in found))


class GatedPattern:
    """A compiled pattern searched only in spans that hold one of its required words.

    Offers what the extractor calls on lexicon patterns (``search``, ``match``, ``fullmatch``,
    ``finditer``, ``findall``); anything else goes to the pattern itself."""

    __slots__ = ("pattern_object", "gate", "_find", "match", "fullmatch", "_searched")

    def __init__(self, rx: re.Pattern, gate: re.Pattern, single: str | None, searched: Any = None):
        self.pattern_object = rx
        self.gate = gate
        self._find = single  # one word (and case-sensitive): str.find, faster than a search
        # a match is tried at one position: the pattern's own test is as cheap as the gate's scan
        self.match = rx.match
        self.fullmatch = rx.fullmatch
        self._searched = searched or rx  # what searches past the gate: rx, or rx located (see gated)

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        if self._find is not None:
            return text.find(self._find, pos, endpos) < 0
        return self.gate.search(text, pos, endpos) is None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        # (the gate's test said here, not through _absent: the extractor's most frequent call, one frame less)
        if self._find is not None:
            if text.find(self._find, pos, endpos) < 0:
                return None
        elif self.gate.search(text, pos, endpos) is None:
            return None
        return self._searched.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if self._absent(text, pos, endpos):
            return iter(())
        return self._searched.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if self._absent(text, pos, endpos):
            return []
        return self.pattern_object.findall(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)


class RowGates:
    """Which rows of a list may match in a span, from one scan of the span for all their required words.

    A rule that tries many rows on one span ("killed ...", "injured ...", one row each) pays a gate search
    per row (:class:`GatedPattern`), most of them finding nothing.  Here every case-sensitive row's words
    (:func:`required_literals`) are searched together once; a row none of whose words occurs in the span
    cannot match there, and the others are searched as before.  Each occurrence is found: the scan goes
    on one character after where the last one started, and the longest word is tried first at each
    position, where every shorter one that starts there is a prefix of it (and is found with it)."""

    def __init__(self, rows: tuple[re.Pattern, ...]):
        self.words = tuple(_row_words(rx) for rx in rows)  # per row: its words, or None (always searched)
        every = sorted(set().union(*(w for w in self.words if w)), key=lambda w: (-len(w), w))
        self._scan = compile_pattern("|".join(re.escape(w) for w in every)) if every else None
        # per scanned word, the rows it opens (its own and those of every word it starts with)
        known = set(every)
        self._opens = {w: self._rows_opened(w, known) for w in every}
        self._closed = [w is None for w in self.words]  # (a span without any word opens only these)

    def _rows_opened(self, word: str, every: set[str]) -> tuple[int, ...]:
        """The rows that hold ``word`` or a word it starts with (one of ``every``)."""
        starts = {word[:k] for k in range(1, len(word) + 1)} & every
        return tuple(i for i, row in enumerate(self.words) if row and not row.isdisjoint(starts))

    def open(self, text: str, pos: int, endpos: int) -> list[bool]:
        """Per row, whether it may match in ``text[pos:endpos]`` (False: it cannot)."""
        out = self._closed.copy()
        scan, opens = self._scan, self._opens
        while scan is not None and (m := scan.search(text, pos, endpos)) is not None:
            for i in opens[m.group()]:
                out[i] = True
            pos = m.start() + 1
        return out


def _row_words(row: Any) -> Literals | None:
    """The words one of which every match of a row (a pattern, gated or located) holds, when the row is
    case-sensitive and has a usable set (see :func:`_usable`); else None."""
    rx = getattr(row, "pattern_object", None) or (row.patterns[0] if isinstance(row, OrderedPatterns) else row)
    if isinstance(row, OrderedPatterns) and len(row.patterns) != 1 or rx.flags & re.IGNORECASE:
        return None
    found = required_literals(rx.pattern, rx.flags & ~re.UNICODE)
    return _trimmed(found) if found is not None and _usable(found) else None


_ROW_GATES: dict[int, tuple[tuple, RowGates]] = {}  # id(rows) -> (rows, kept alive; their gates)


def row_gates(rows: tuple, column: int) -> RowGates:
    """The :class:`RowGates` of a lexicon's rows, whose patterns are in ``column`` (built once per tuple)."""
    found = _ROW_GATES.get(id(rows))
    if found is None or found[0] is not rows:
        found = _ROW_GATES[id(rows)] = (rows, RowGates(tuple(row[column] for row in rows)))
    return found[1]


def gated(rx: re.Pattern, located: bool = False) -> re.Pattern:
    """``rx`` behind a gate of its required words, or ``rx`` itself when it has no useful set.

    ``located``: searched as :class:`geo.ordered_patterns.OrderedPatterns` of one pattern, where a
    copy without its groups finds where the match starts (a pattern whose alternatives sit in named
    groups, as the count and casualty patterns do, is then tried by first letter, not each in turn).
    """
    found = required_literals(rx.pattern, rx.flags & ~re.UNICODE)
    searched = OrderedPatterns((rx,)) if located else None
    if not _usable(found):
        return rx if searched is None else searched  # type: ignore[return-value]
    words = sorted(_trimmed(found), key=lambda w: (-len(w), w))  # type: ignore[arg-type]
    ignore_case = bool(rx.flags & re.IGNORECASE)
    if _starts_as_narrow(rx, words, ignore_case):
        return rx if searched is None else searched  # type: ignore[return-value]
    single = words[0] if len(words) == 1 and not ignore_case else None
    gate = compile_pattern(_trie(words), rx.flags & re.IGNORECASE)
    return GatedPattern(rx, gate, single, searched)  # type: ignore[return-value]


def _starts_as_narrow(rx: re.Pattern, words: list[str], ignore_case: bool) -> bool:
    """Whether every character a match of ``rx`` can start with also starts one of ``words``: the engine
    then skips to the same places the gate's scan would ("village|town ... of NAME"), and the gate only
    adds its own scan; it pays where the pattern starts anywhere (a name, a number) and its words come later."""
    return kept(("narrow", rx.pattern, int(rx.flags), tuple(words), ignore_case),
                lambda: _narrow(rx, words, ignore_case))


def _narrow(rx: re.Pattern, words: list[str], ignore_case: bool) -> bool:
    try:
        start, nullable = _first_chars(_parser.parse(rx.pattern, rx.flags & ~re.UNICODE).data, ignore_case)
    except re.error:
        return False
    if start is None or nullable or any(op is not _c.LITERAL for op, _ in start):
        return False
    heads = {ch for w in words for _, ch in _literal(ord(w[0]), ignore_case)}
    return all(ch in heads for _, ch in start)


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` with shared beginnings said once ("vill(?:age|a)"): the gate's scan
    tests each position against a few first characters, not every word (no word holds another)."""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[0], []).append(w[1:])
    parts = []
    for head, rests in heads.items():
        if "" in rests:  # a word that ends here: what follows it does not matter
            parts.append(re.escape(head))
        elif len(rests) == 1:
            parts.append(re.escape(head + rests[0]))
        else:
            parts.append(re.escape(head) + "(?:" + _trie(rests) + ")")
    return parts[0] if len(parts) == 1 else "|".join(parts)


def gated_fields(obj: Any, names: frozenset[str], located: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The pattern fields ``names`` of a frozen dataclass ``obj`` (also inside tuples) put behind gates,
    those in ``located`` also searched located (see :func:`gated`), by field name."""
    out: dict[str, Any] = {}
    for name, value in vars(obj).items():
        if name in names or name in located:
            new = _gate_value(value, name in names, name in located)
            if new is not value:
                out[name] = new
    return out


def _gate_value(value: Any, gate: bool, located: bool) -> Any:
    if isinstance(value, re.Pattern):
        if not gate:
            return OrderedPatterns((value,))
        return gated(value, located)
    if isinstance(value, tuple):
        items = tuple(_gate_value(v, gate, located) for v in value)
        return value if all(a is b for a, b in zip(items, value)) else items
    return value


@lru_cache(maxsize=64)
def never_spans_space(rx: re.Pattern) -> bool:
    """Whether no match of ``rx`` can hold a whitespace character (only literals that are not spaces,
    word boundaries, groups, alternatives and repeats of those): such a match never runs from one
    sentence into the next, whose gap is whitespace."""
    if _compiler is None or not _works():
        return False
    try:
        return _no_space(list(_parser.parse(getattr(rx, "pattern_object", rx).pattern, rx.flags & ~re.UNICODE).data))
    except re.error:
        return False


def _no_space(items: list) -> bool:
    for op, av in items:
        if op is _c.LITERAL:
            if chr(av).isspace():
                return False
        elif op is _c.AT:
            continue
        elif op is _c.IN:
            if not all(_set_item_no_space(o, a) for o, a in av):
                return False
        elif op is _c.SUBPATTERN:
            if not _no_space(list(av[3].data)):
                return False
        elif op is _c.BRANCH:
            if not all(_no_space(list(alt.data)) for alt in av[1]):
                return False
        elif op in _REPEATS:
            if not _no_space(list(av[2].data)):
                return False
        else:
            return False  # a set, any character, an assertion, ...: may read a space
    return True


def _set_item_no_space(op: Any, av: Any) -> bool:
    if op is _c.LITERAL:
        return not chr(av).isspace()
    if op is _c.RANGE:
        return not any(chr(c).isspace() for c in range(av[0], av[1] + 1))
    return op is _c.CATEGORY and av in (_c.CATEGORY_DIGIT, _c.CATEGORY_WORD)


def group_literals(rx: re.Pattern) -> dict[int, Literals | None]:
    """By group number, strings one of which every match of that group of ``rx`` contains (None: no set
    known), for the groups found where :func:`required_literals` reads (not inside a lookaround)."""
    if _compiler is None or not _works():
        return {}
    try:
        parsed = _parser.parse(rx.pattern, rx.flags & ~re.UNICODE)
    except re.error:
        return {}
    if parsed.state.flags & (re.ASCII | re.LOCALE):
        return {}
    out: dict[int, Literals | None] = {}
    _collect_groups(list(parsed.data), bool(parsed.state.flags & re.IGNORECASE), out)
    return out


def _collect_groups(items: list, ignore_case: bool, out: dict[int, Literals | None]) -> None:
    for op, av in items:
        if op is _c.SUBPATTERN:
            if av[0] is not None:
                out[av[0]] = _item(op, av, ignore_case)
            _collect_groups(list(av[3].data), ignore_case, out)
        elif op is _c.BRANCH:
            for alt in av[1]:
                _collect_groups(list(alt.data), ignore_case, out)
        elif op in _REPEATS:
            _collect_groups(list(av[2].data), ignore_case, out)
        elif op is _c.ATOMIC_GROUP:
            _collect_groups(list(av.data), ignore_case, out)


def literal_scan(words: Literals, flags: int = 0) -> re.Pattern:
    """A search for any of ``words`` (an alternation with shared beginnings said once)."""
    return compile_pattern(_trie(sorted(_trimmed(words), key=lambda w: (-len(w), w))), flags)
