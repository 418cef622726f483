"""Date expressions in a span, resolved against the publication date.

Returns a :class:`DateRef`: the resolved day (or span) and its precision, or
an "unknown" marker for words like "earlier" that deliberately give no date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from geo.extract.lexicon import Lexicon
from geo.ordered_patterns import OrderedPatterns
from geo.patterns import compile_pattern
from geo.record import FIRST_YEAR


@dataclass(frozen=True)
class DateRef:
    """A resolved date expression; ``date`` None with ``known`` False = "earlier"."""

    date: str | None
    date_end: str | None
    precision: str | None
    known: bool = True
    stated: bool = True  # False: no date in the text yet, the publication day assumed


UNKNOWN = DateRef(None, None, None, known=False)
NO_ANCHOR = DateRef(None, None, None, known=True)


def _before(day: dt.date, days: int) -> dt.date | None:
    """``day`` minus ``days``, or None at the edge of the calendar."""
    try:
        return day - dt.timedelta(days=days)
    except OverflowError:
        return None


def _day(day: dt.date | None, precision: str = "day") -> DateRef:
    return DateRef(day.isoformat(), None, precision) if day else NO_ANCHOR


def _latest(month: int, day: int, not_after: dt.date) -> dt.date | None:
    """The latest ``month``/``day`` that is not after ``not_after``."""
    for year in range(not_after.year, not_after.year - 9, -1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d <= not_after:
            return d
    return None


def _absolute(m, lex: Lexicon, published: dt.date | None, today: dt.date) -> DateRef | None:
    g = m.groupdict()
    month_text = g.get("m2") or g.get("m")
    month = lex.months.get(month_text.lower().rstrip(".")) if month_text else None
    if month is None and g.get("mnum"):
        month = int(g["mnum"])
    day_text = g.get("d2") or g.get("d")
    if not month or not day_text:
        return None
    day = int(day_text) if day_text.isdigit() else lex.ordinal_days.get(" ".join(day_text.lower().split()), 0)
    if not day:
        return None
    anchor = published or today
    if g.get("y"):
        if not FIRST_YEAR <= int(g["y"]) <= anchor.year + 1:
            return None  # "July 21, 3025": a misread number, read as if no date were written
        try:
            return DateRef(dt.date(int(g["y"]), month, day).isoformat(), None, "day")
        except ValueError:
            return None
    # an evening report tells of "the night into" tomorrow's date: that day is this year's, not last year's
    d = _latest(month, day, anchor + dt.timedelta(days=1) if published and anchor < dt.date.max else anchor)
    if d is None:
        return None
    return DateRef(d.isoformat(), None, "day" if published else "year_assumed")


def weekday_year(text: str, lex: Lexicon, today: dt.date) -> dt.date | None:
    """With no publication date and no full date, "Thursday, October 12" still tells its year: the latest one,
    not after ``today``, in which that day is that weekday (None when the text pairs no weekday with a day)."""
    for m in lex.weekday.finditer(text):
        a = lex.absolute_dates.search(text, m.end(), m.end() + 40)
        ref = _absolute(a, lex, None, today) if a and a.start() - m.end() <= 2 else None
        if ref is None or not ref.date:
            continue
        want, day = lex.weekdays.get(m.group("wd").lower()), dt.date.fromisoformat(ref.date)
        for year in range(day.year, max(FIRST_YEAR, day.year - 28) - 1, -1):
            try:
                found = day.replace(year=year)
            except ValueError:
                continue  # (February 29)
            if found.weekday() == want:
                return found
    return None


def _holiday(m: re.Match, published: dt.date | None) -> DateRef:
    """A day named by a holiday ("в новогоднюю ночь"): the lexicon's group name m<month>d<day> gives it, the latest
    one not after the day after publication (an evening report on the night into January 1); no year without one."""
    month, _, day = (m.lastgroup or "m0d0")[1:].partition("d")
    if published is None or published >= dt.date.max:
        return NO_ANCHOR
    return _day(_latest(int(month), int(day), published + dt.timedelta(days=1)))


def find_date(text: str, start: int, end: int, lex: Lexicon, published: dt.date | None,
              today: dt.date) -> DateRef | None:
    """The first date expression in ``text[start:end]``, resolved; None if there is none."""
    if not lex.date_cue.search(text, start, end):
        return None
    found: list[tuple[int, DateRef, int]] = []  # (where, date, EVENT_DAY / RELATIVE / REPORT_DAY)
    m, report = _event_match(lex.absolute_dates, text, start, end, lex)
    absolute = m
    if m:
        ref = _absolute(m, lex, published, today)
        if ref:
            found.append((m.start(), ref, REPORT_DAY if report else EVENT_DAY))
    m = lex.holiday_dates.search(text, start, end)
    if m:
        found.append((m.start(), _holiday(m, published), EVENT_DAY))
    rows, patterns = _rows(lex.relative_dates, lex.range_dates)
    for k, m in _first_matches(patterns, text, start, end):
        days = rows[k][1]
        if k < len(lex.relative_dates):
            ref = _day(_before(published, days)) if published else NO_ANCHOR
        else:
            first = _before(published, days - 1) if published else None
            ref = DateRef(first.isoformat(), published.isoformat(), "range") if first and published else NO_ANCHOR
        found.append((m.start(), ref, RELATIVE))
    m, report = _event_match(lex.weekday, text, start, end, lex)
    kind = REPORT_DAY if report else EVENT_DAY
    if m and absolute and 0 <= absolute.start() - m.end() <= 2:
        m = None  # "into Monday, March 3": the date the weekday names
    if m:
        if published:
            want = lex.weekdays[m.group("wd").lower()]
            found.append((m.start(), _day(_before(published, (published.weekday() - want) % 7)), kind))
        else:
            found.append((m.start(), NO_ANCHOR, kind))
    if not found:
        # "earlier", "previously" only count when no date is given with them ("earlier on Sunday").
        return UNKNOWN if lex.unknown_date.search(text, start, end) else None
    if any(f[2] == EVENT_DAY for f in found):
        found = [f for f in found if f[2] != REPORT_DAY]
    # (at one place, a stated day over a relative word its match begins with: "увечері неділі" is Sunday evening)
    return min(found, key=lambda item: (item[0], item[2] == RELATIVE))[1]


EVENT_DAY, RELATIVE, REPORT_DAY = range(3)  # what a date found in a span tells: a stated day, one counted back, the report's


def _event_match(rx: re.Pattern, text: str, start: int, end: int, lex: Lexicon) -> tuple[re.Match | None, bool]:
    """The first match of ``rx`` in the span that does not date the report, else the first one; and whether the one
    given dates the report ("said on Tuesday that ... on Monday": Monday is the event's day)."""
    m = rx.search(text, start, end)
    if m is None or not _dates_report(m, text, start, end, lex):
        return m, False
    later = rx.search(text, m.end(), end)
    return (later, False) if later else (m, True)


def _dates_report(m: re.Match, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A date told with the reporting verb or an "as of" ("said on Tuesday", "в среду сообщил", "станом на 08:00
    14 травня") is when the report was made, not the event."""
    return bool(lex.report_time.search(text, max(start, m.start() - 40), m.start())
                or lex.official_speaks.match(text, m.end(), end))


#: id of a lexicon's relative-date rows -> (those rows, its range rows, both joined, their patterns);
#: the rows are held so their ids stay theirs.
_ROWS: dict[int, tuple[tuple, tuple, tuple, tuple[re.Pattern, ...]]] = {}


def _rows(relative: tuple, ranges: tuple) -> tuple[tuple, tuple[re.Pattern, ...]]:
    """The relative and range rows joined, and their patterns: made once per lexicon, not per call."""
    got = _ROWS.get(id(relative))
    if got is None or got[1] is not ranges:
        rows = relative + ranges
        got = _ROWS[id(relative)] = (relative, ranges, rows, tuple(rx for rx, _ in rows))
    return got[2], got[3]


def _first_matches(patterns: tuple[re.Pattern, ...], text: str, start: int, end: int) -> list[tuple[int, re.Match]]:
    """(index, first match) of the patterns that match in the span; when they can be searched as one
    alternation, only the one that comes first (the earliest, the first listed at one position),
    which is the only one :func:`find_date` can pick: one search instead of one per pattern."""
    joined = _joined(patterns)
    if joined is None:
        return [(k, m) for k, rx in enumerate(patterns) if (m := rx.search(text, start, end))]
    m = joined.search(text, start, end)
    return [(int(m.lastgroup[1:]), m)] if m and m.lastgroup else []


@lru_cache(maxsize=16)
def _joined(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """``patterns`` as one alternation, each alternative a named group; None when they have groups
    of their own or differ in flags."""
    flags = {rx.flags for rx in patterns}
    if len(flags) != 1 or any(rx.groups for rx in patterns):
        return None
    joined = compile_pattern("|".join(f"(?P<_{k}>{rx.pattern})" for k, rx in enumerate(patterns)),
                             flags.pop() & ~re.UNICODE)
    # located without the groups: the alternatives are then tried by their first letter, not each in turn
    return OrderedPatterns((joined,))  # type: ignore[return-value]

