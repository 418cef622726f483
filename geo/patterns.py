"""Regular expressions compiled so that searching them skips what cannot start a match.

Python's regex engine skips ahead quickly only when a pattern starts with a literal or a set of
characters.  Most lexicon patterns start with ``\\b`` or a look-behind (``(?<![\\w.,:-])``), or are
long alternations of such: the engine then tries the whole pattern at every position of the span,
which made searching most of the extractor's time.  :func:`compile_pattern` gives the engine the
characters a match can start with (past zero-width assertions, into groups, alternatives and
optional parts) as the pattern's start set, the table it builds itself for ``[abc]...``; first
:func:`_sink` puts the cheap zero-width tests at the start of alternatives first, and alternatives that
open with a group are said out (:mod:`geo.spread_alternatives`) and grouped by their first character.  Matches are
unchanged: only positions where no match can start are skipped.  Uses the standard library's own
compiler (``re._parser``, ``re._compiler``); where its internals differ, plain ``re.compile``.
"""
from __future__ import annotations

import importlib
import re
from array import array
from functools import lru_cache
from typing import Any

from geo.pattern_cache import kept
from geo.spread_alternatives import opened, spread

try:  # CPython 3.11+: the standard library's regex parser and compiler
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
    _ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
    _REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
    _BEGINNINGS = (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    _CHARSET_FLAGS = _c.SRE_FLAG_ASCII | _c.SRE_FLAG_LOCALE | _c.SRE_FLAG_UNICODE
except (ImportError, AttributeError):  # pragma: no cover - another Python: plain re.compile
    _compiler = None


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, told which characters a match can start with (same matches).
    The engine's code is kept for the next process (:mod:`geo.pattern_cache`)."""
    if _compiler is None:
        return re.compile(pattern, flags)
    try:
        return _built(kept(("compile", pattern, int(flags)), lambda: _code(pattern, flags)), pattern, flags)
    except Exception:  # noqa: BLE001 - internals changed: the plain pattern matches the same
        return re.compile(pattern, flags)


def _code(pattern: str, flags: int) -> tuple | None:
    """What :func:`_built` makes the pattern from (None: compile it plainly)."""
    if not _works():
        return None
    return _compiled_code(_parser.parse(pattern, flags), flags)


#: Patterns of every kind the rewrites touch, with a text where each matches several times.
_PROBES = (r"(?<!\bfrom\s)\b(?:shot|taken)\s+down", r"(?:\bhit)|(?:\bstruck)|(?<!\w\w)on\b",
           r"\b(?:jan|jun|jul)\b", r"(?P<q>more\s+than\s+)?(?P<n>(?<![\w.])\d+)", r"(?i)\bkelvin|(?-i:[A-Z])\w+",
           r"(?:(?:shot|taken)\s+)?down|(?P<a>j)?\w(?:(?P<b>u)\w)??|(?:h|t)\w+")
_PROBE_TEXT = "from shot down; Taken down, taken down, shot down: hit on jul jun jan struck more than 5, 7 KELVIN \u212aelvin"


@lru_cache(maxsize=1)
def _works() -> bool:
    """Whether this Python's regex internals are the ones :func:`_compile_with_start_set` was written for:
    the probes must find what ``re.compile`` finds, else every pattern is compiled plainly."""
    try:
        return all([(m.span(), m.groups()) for m in _compile_with_start_set(p, 0).finditer(_PROBE_TEXT, 3)]
                   == [(m.span(), m.groups()) for m in re.compile(p).finditer(_PROBE_TEXT, 3)] for p in _PROBES)
    except Exception:  # noqa: BLE001 - internals changed
        return False


def _compile_with_start_set(pattern: str, flags: int) -> re.Pattern:
    return _compile_parsed(_parser.parse(pattern, flags), flags, pattern)


def _compile_parsed(parsed: Any, flags: int, pattern: str) -> re.Pattern:
    return _built(_compiled_code(parsed, flags), pattern, flags)


def _built(code: tuple | None, pattern: str, flags: int) -> re.Pattern:
    """The pattern object of :func:`_compiled_code`'s answer (None: ``re.compile(pattern, flags)``)."""
    if code is None:
        return re.compile(pattern, flags)
    all_flags, words, groups, groupindex, indexgroup = code
    return _sre.compile(pattern, all_flags, array("I", words).tolist(), groups, groupindex, indexgroup)


def _compiled_code(parsed: Any, flags: int) -> tuple:
    """(flags, the engine's code as bytes, groups, group index, index group) of a parsed pattern."""
    flags = parsed.state.flags | flags
    if not flags & (_c.SRE_FLAG_ASCII | _c.SRE_FLAG_LOCALE):
        ignore_case = bool(flags & _c.SRE_FLAG_IGNORECASE)
        sunk = _sink(parsed.state, list(parsed.data), ignore_case)
        parsed.data = _regrouped(parsed.state, sunk if ignore_case else opened(parsed.state, sunk), ignore_case)
    code: list[int] = []
    _compiler._compile_info(code, parsed, flags)
    # code: INFO, skip, mask, min, max, [prefix or charset]; the engine skips ahead only with one
    mask, lo = code[2], code[3]
    first = parsed.data[0] if parsed.data else None
    begins = first is not None and first[0] is _c.AT and first[1] in _BEGINNINGS
    if not mask & (_c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET) and lo > 0 and not begins:
        start, nullable = _first_chars(parsed.data, bool(flags & _c.SRE_FLAG_IGNORECASE))
        if start is not None and not nullable:
            charset, _ = _compiler._optimize_charset(start)
            code = [_c.INFO, 0, _c.SRE_INFO_CHARSET, lo, code[4]]
            _compiler._compile_charset(charset, flags, code)
            code[1] = len(code) - 1
    _compiler._compile(code, parsed.data, flags)
    code.append(_c.SUCCESS)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags), array("I", code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _cased(ch: int) -> bool:
    return _sre.unicode_iscased(ch)


def _first_chars(items: Any, ignore_case: bool) -> tuple[list | None, bool]:
    """(the set items a match of ``items`` can start with, or None for "any character"; whether
    ``items`` can match the empty string).  Under IGNORECASE a letter stands for more characters
    than it spells: all of those."""
    out: list = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # \b, look-arounds: they consume nothing, the next item starts the match
        if op is _c.LITERAL:
            return out + _literal(av, ignore_case), False
        if op is _c.IN:
            chars = _set_first(av, ignore_case)
            return (None if chars is None else out + chars), False
        if op is _c.SUBPATTERN or op is _c.ATOMIC_GROUP:
            if op is _c.SUBPATTERN:
                _, add, remove, sub = av
                if (add | remove) & _CHARSET_FLAGS:  # a scoped (?u:...) or (?a:...): \w differs inside
                    return None, False
                case = (ignore_case or bool(add & _c.SRE_FLAG_IGNORECASE)) and not remove & _c.SRE_FLAG_IGNORECASE
            else:
                sub, case = av, ignore_case
            start, nullable = _first_chars(sub.data, case)
        elif op is _c.BRANCH:
            start, nullable = _branch_first(av[1], ignore_case)
        elif op in _REPEATS:
            least, most, sub = av
            if most == 0:
                continue
            start, nullable = _first_chars(sub.data, ignore_case)
            nullable = nullable or least == 0
        else:
            return None, False  # any character, a back-reference, ...
        if start is None:
            return None, False
        out += start
        if not nullable:
            return out, False
    return out, True


def _set_first(items: Any, ignore_case: bool) -> list | None:
    """The characters a set ``[...]`` matches, as start-set items (None: too many to list)."""
    if any(o is _c.NEGATE for o, _ in items):
        return None
    if not ignore_case or _uncased_set(items):
        return list(items)
    if any(o is not _c.LITERAL for o, _ in items):
        return None
    return [x for _, ch in items for x in _literal(ch, True)]


def _branch_first(alternatives: Any, ignore_case: bool) -> tuple[list | None, bool]:
    out: list = []
    empty = False
    for alt in alternatives:
        start, nullable = _first_chars(alt.data, ignore_case)
        if start is None:
            return None, False
        out += start
        empty = empty or nullable
    return out, empty


def _literal(ch: int, ignore_case: bool) -> list:
    """The set items of the characters a literal matches: under IGNORECASE, every character whose
    lower case is the literal's or one of its special equivalents (the compiler's own rule)."""
    if not ignore_case or not _cased(ch):
        return [(_c.LITERAL, ch)]
    low = _sre.unicode_tolower(ch)
    same = (low,) + _casefix()[0].get(low, ())
    return [(_c.LITERAL, x) for x in dict.fromkeys(same + tuple(u for s in same for u in _casefix()[1].get(s, ())))]


@lru_cache(maxsize=1)
def _casefix() -> tuple[dict[int, tuple[int, ...]], dict[int, list[int]]]:
    """(the compiler's extra case equivalents, every character by its lower case): one pass over
    Unicode, about 0.1 s, on the first case-insensitive pattern that starts with a letter."""
    extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    upper: dict[int, list[int]] = {}
    tolower = _sre.unicode_tolower
    for cp in range(0x110000):
        low = tolower(cp)
        if low != cp:
            upper.setdefault(low, []).append(cp)
    return extra, upper


def _uncased_set(av: Any) -> bool:
    """A set whose members no case change turns into others (digits, spaces, punctuation)."""
    for op, value in av:
        if op is _c.LITERAL and _cased(value):
            return False
        if op is _c.RANGE and any(_cased(c) for c in range(value[0], value[1] + 1)):
            return False
    return True


def _sink(state: Any, items: list, ignore_case: bool) -> list:
    """``items`` with the longer look-behinds before the first character moved after it, and the word
    boundaries that open every alternative of a run said once before the run.

    ``(?<!\\bfrom\\s)\\b(?:shot|taken)`` becomes ``\\b(?:s(?<!\\bfrom\\ss)hot|t(?<!\\bfrom\\st)aken)`` and
    ``(?:\\bhit)|(?:\\bstruck)`` becomes ``\\b(?:hit|struck)``: the engine tests the cheap things first
    (one boundary, the first character of each alternative) instead of evaluating every
    look-behind and alternative at every position.  Zero-width tests at one position give the
    same answer in any order, so matches are unchanged."""
    k = 0
    while k < len(items) and _movable(items[k]):
        k += 1
    if k == len(items):
        return items
    lead, (op, av), rest = items[:k], items[k], items[k + 1:]
    # \b and one-character look-behinds ("(?<![\w.,:-])") stay first: cheap, and they fail inside words
    bounds = [z for z in lead if z[0] is _c.AT or z[1][1].getwidth()[0] <= 1]
    behind = [z for z in lead if z not in bounds]
    if op is _c.LITERAL:
        if not behind or (ignore_case and _cased(av) and not chr(av).isalpha()):
            return items
        return bounds + [(op, av)] + [_shifted(state, z, av) for z in behind] + rest
    if op is _c.BRANCH:
        alternatives = [_parser.SubPattern(state, _sink(state, behind + list(alt.data), ignore_case)) for alt in av[1]]
        return bounds + _factored(state, alternatives) + rest
    if op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flag
        group, _, _, sub = av
        inner = _parser.SubPattern(state, _sink(state, behind + list(sub.data), ignore_case))
        return bounds + [(op, (group, 0, 0, inner))] + rest
    return items


def _movable(item: tuple) -> bool:
    op, av = item
    if op is _c.AT:
        return av is _c.AT_BOUNDARY or av is _c.AT_NON_BOUNDARY
    return (op is _c.ASSERT or op is _c.ASSERT_NOT) and av[0] == -1


def _shifted(state: Any, item: tuple, ch: int) -> tuple:
    """Look-behind ``item`` at a position holding ``ch``, said one character later (after ``ch``)."""
    op, av = item
    return (op, (-1, _parser.SubPattern(state, list(av[1].data) + [(_c.LITERAL, ch)])))


def _factored(state: Any, alternatives: list) -> list:
    """The items of a branch, each run of alternatives that open with ``\\b`` under one ``\\b``."""
    out: list = []
    run: list = []

    def flush() -> None:
        if len(run) < 2:
            out.extend(run)
        else:
            inner = _parser.SubPattern(state, [(_c.BRANCH, (None, [_unbounded(state, a) for a in run]))])
            out.append(_parser.SubPattern(state, [(_c.AT, _c.AT_BOUNDARY), (_c.SUBPATTERN, (None, 0, 0, inner))]))
        run.clear()

    for alt in alternatives:
        if _unbounded(state, alt) is not None:
            run.append(alt)
        else:
            flush()
            out.append(alt)
    flush()
    if len(out) == 1:
        return list(out[0].data)
    return [(_c.BRANCH, (None, out))]


def _unbounded(state: Any, alt: Any) -> Any:
    """``alt`` without the ``\\b`` it opens with (also inside a plain group), else None."""
    data = list(alt.data)
    if not data:
        return None
    op, av = data[0]
    if op is _c.AT and av is _c.AT_BOUNDARY:
        return _parser.SubPattern(state, data[1:])
    if op is _c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        inner = _unbounded(state, av[3])
        if inner is not None:
            return _parser.SubPattern(state, [(op, (None, 0, 0, inner))] + data[1:])
    return None


def _regrouped(state: Any, items: list, ignore_case: bool) -> list:
    """``items`` with the alternatives of every branch that start with the same character put under
    it: ``(?:jan|feb|jun|jul)`` is tried as ``(?:jan|feb|ju(?:n|l))``.  The engine skips an
    alternative whose first character does not match, but tries each in turn: a list of 40 words
    cost 40 tests at every word.  Alternatives that start with different characters never both
    match at one position, and those that share it keep their order, so the first that matches is
    the same; only a run of alternatives that start with a character is regrouped (not across
    others, which might match at the same position)."""
    out = []
    for op, av in items:
        if op is _c.BRANCH:
            alternatives = [_regrouped(state, list(a.data), ignore_case) for a in av[1]]
            merged = alternatives if ignore_case else _by_first_character(state, spread(alternatives))
            av = (None, [_parser.SubPattern(state, a) for a in merged])
        elif op is _c.SUBPATTERN:
            case = (ignore_case or bool(av[1] & _c.SRE_FLAG_IGNORECASE)) and not av[2] & _c.SRE_FLAG_IGNORECASE
            av = (av[0], av[1], av[2], _parser.SubPattern(state, _regrouped(state, list(av[3].data), case)))
        elif op in _REPEATS:
            av = (av[0], av[1], _parser.SubPattern(state, _regrouped(state, list(av[2].data), ignore_case)))
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            av = (av[0], _parser.SubPattern(state, _regrouped(state, list(av[1].data), ignore_case)))
        out.append((op, av))
    return out


def _by_first_character(state: Any, alternatives: list[list]) -> list[list]:
    """Runs of alternatives that open with a literal character, grouped by it (see :func:`_regrouped`)."""
    out: list[list] = []
    run: dict[int, list[list]] = {}

    def flush() -> None:
        for ch, group in run.items():
            if len(group) == 1:
                out.append(group[0])
            else:
                rests = _by_first_character(state, [a[1:] for a in group])  # (an empty rest ends a run)
                out.append([(_c.LITERAL, ch), (_c.BRANCH, (None, [_parser.SubPattern(state, r) for r in rests]))])
        run.clear()

    for alt in alternatives:
        if alt and alt[0][0] is _c.LITERAL:
            run.setdefault(alt[0][1], []).append(alt)
        else:
            flush()
            out.append(alt)
    flush()
    return out
