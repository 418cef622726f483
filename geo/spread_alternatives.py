"""Alternatives that open with a group or an optional part, said out one by one (same matches).

Python's regex engine skips an alternative whose first character does not match the text only when
the alternative opens with that character (or a set of characters); one that opens with a group, as
``(?:hit|struck)\\b`` or ``(?:kamikaze\\s+)?drones`` does, is entered at every position where the
pattern is tried, and an optional part costs the most to enter.  :func:`spread` says such
alternatives out (``hit\\b|struck\\b``, ``kamikaze\\s+drones|drones``) for :mod:`geo.patterns` to
group by their first character; :func:`opened` does it for a whole pattern that opens with an
optional part ("about 12 drones", "12 drones").  Trying ``(?:a|b)c`` is trying ``ac`` then ``bc``,
``a?c`` is ``ac`` then ``c`` (``a??c`` the other way round): the first match found is the same.
Works on the standard library's parsed patterns (``re._parser``); :mod:`geo.patterns` uses it only
where its probes show that internals are the expected ones.
"""
from __future__ import annotations

import importlib
from typing import Any

try:  # CPython 3.11+: the standard library's regex parser
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
    _ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
    _REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - another Python: geo.patterns compiles plainly
    _parser = _c = None

SPREAD_BUDGET = 400  # items at most that saying out the groups opening one alternative may copy


def opened(state: Any, items: list) -> list:
    """A whole pattern that opens with an optional part or a group, as the branch of the alternatives
    :func:`spread` says out (``(?P<q>about\\s+)?(?P<n>(?<!\\w)\\d+)`` as ``(?P<q>about\\s+)(?P<n>...)|(?P<n>...)``),
    each with the tests that open it cheapest first (:func:`_cheap_first`): the engine tries such a
    pattern at every letter, and entering the optional part cost most of it."""
    alternatives = _spread_one(items, max(SPREAD_BUDGET, 2 * (_size(items) + 1)))  # (the whole pattern twice at most)
    if len(alternatives) < 2:
        return items
    return [(_c.BRANCH, (None, [_parser.SubPattern(state, _cheap_first(state, a)) for a in alternatives]))]


def _cheap_first(state: Any, items: list) -> list:
    """``items`` with the zero-width tests that open it, also those that open a group it opens with,
    put first, one-character look-behinds and word boundaries before the others: "(?!one\\b)(?P<n>(?<!\\w)..."
    is tried as "(?<!\\w)(?!one\\b)(?P<n>...", which fails at once inside a word.  Tests at one position give
    the same answer in any order, and a group that opens with one starts where the test is made (only
    tests that capture no group and refer to none are moved)."""
    k = 0
    while k < len(items) and _plain_test(items[k]):
        k += 1
    lead, rest = list(items[:k]), list(items[k:])
    if rest and rest[0][0] is _c.SUBPATTERN and not rest[0][1][1] and not rest[0][1][2]:
        group, _, _, sub = rest[0][1]
        inner = list(sub.data)
        j = 0
        while j < len(inner) and _plain_test(inner[j]):
            j += 1
        if 0 < j < len(inner):
            lead += inner[:j]
            rest[0] = (_c.SUBPATTERN, (group, 0, 0, _parser.SubPattern(state, inner[j:])))
    if not lead:
        return items
    cheap = [z for z in lead if z[0] is _c.AT or (z[1][0] == -1 and z[1][1].getwidth()[1] <= 1)]
    return cheap + [z for z in lead if z not in cheap] + rest


def _plain_test(item: tuple) -> bool:
    """A zero-width test that captures no group and refers to none: it may move among the others."""
    op, av = item
    if op is _c.AT:
        return True
    return (op is _c.ASSERT or op is _c.ASSERT_NOT) and not _groups_in(list(av[1].data))


def _groups_in(items: list) -> bool:
    """Whether ``items`` capture a group or refer to one."""
    for op, av in items:
        if op is _c.GROUPREF or op is _c.GROUPREF_EXISTS or (op is _c.SUBPATTERN and av[0] is not None):
            return True
        subs = [av[3]] if op is _c.SUBPATTERN else list(av[1]) if op is _c.BRANCH else [av[2]] if op in _REPEATS \
            else [av[1]] if op is _c.ASSERT or op is _c.ASSERT_NOT else [av] if op is _c.ATOMIC_GROUP else []
        if any(_groups_in(list(sub.data)) for sub in subs):
            return True
    return False


def spread(alternatives: list[list]) -> list[list]:
    """The alternatives with a leading plain group said out: ``(?:hit|struck)\\b|downed`` is tried as
    ``hit\\b|struck\\b|downed``, and ``(?:kamikaze\\s+)?drones`` as ``kamikaze\\s+drones|drones``.  The
    engine skips an alternative whose first character does not match only when it opens with that
    character (or a set), and tries one that opens with a group at every position; then
    :func:`_by_first_character` merges them.  Trying ``(?:a|b)c`` is trying ``ac`` then ``bc`` (and
    ``a?c`` is ``ac`` then ``c``, ``a??c`` the other way round), so the matches are the same."""
    out: list[list] = []
    for alt in alternatives:
        out.extend(_spread_one(alt, SPREAD_BUDGET))
    return out


def _spread_one(alt: list, budget: int) -> list[list]:
    """``alt`` as alternatives that open with something other than a plain group or an optional part,
    as far as ``budget`` (items copied) allows."""
    if not alt:
        return [alt]
    op, av = alt[0]
    if op is _c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _spread_one(list(av[3].data) + alt[1:], budget)
    if op is _c.BRANCH:
        options = [list(a.data) for a in av[1]]
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        options = [list(av[2].data), []] if op is _c.MAX_REPEAT else [[], list(av[2].data)]
    else:
        return [alt]
    rest = alt[1:]
    if len(options) * (_size(rest) + 1) > budget:
        return [alt]
    share = budget // len(options)
    return [x for o in options for x in _spread_one(o + rest, share)]


def _size(items: list) -> int:
    """Roughly how many items ``items`` holds, nested ones included."""
    n = 0
    for op, av in items:
        n += 1
        if op is _c.SUBPATTERN:
            n += _size(list(av[3].data))
        elif op is _c.BRANCH:
            n += sum(_size(list(a.data)) for a in av[1])
        elif op in _REPEATS:
            n += _size(list(av[2].data))
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            n += _size(list(av[1].data))
    return n
