"""Sentences and clauses as character spans of the original text.

Spans, not copies: evidence must be the exact characters of the input, so
every later step works with ``(start, end)`` offsets into the one text.
"""
from __future__ import annotations

import re

from geo.extract.lexicon import Lexicon
from geo.places.including_lists import lists_regions_at
from geo.places.mentions import find_region_mentions

Span = tuple[int, int]

# A sentence ends at [.!?] (with closing quotes) before whitespace and a capital,
# digit or opening quote; a line break ends one too (headlines, list items), except a hard wrap: a break between
# a word (or a comma) and a lower-case word ("debris of the drone\nfell on a house", also after "\r") goes on with
# the sentence.
# Runs are taken whole (possessive) and only from their first mark (the look-behind after it):
# "!!!!…" or "....   " of any length costs one pass, where trying the run from each of its
# positions and backtracking into it took quadratic time.
# Scraped pages glue some sentences ("добавил он.Этой ночью ..."): a full stop between a lower-case word and a
# capitalised one ends a sentence too (unless it ends an abbreviation: "ул.Ленина"), also one before a
# one-letter word ("областью.В селе ...").
_END = re.compile(r"""[.!?…](?<![.!?…][.!?…])[.!?…]*+["'”’»)\]]*+(?=\s++["'“‘«(\[]?[^\W_a-z])|(?<![\w,])(?<![\w,]\r)\n|\n(?![^\S\n]*[a-zа-яёіїєґ])"""
                  r"""|\.(?<=[a-zа-яёіїєґ]{2}\.)(?=[A-ZА-ЯЁІЇЄҐ](?:[a-zа-яёіїєґ]|\s))""")
_WORD_BEFORE = re.compile(r"([\w.]+)\.*$")
# A capitalised list item after a comma, right before a break ("..., Брянской." / "..., Брянской\n").
_LIST_ITEM_BEFORE = re.compile(r",\s*[^\W\d_a-zа-яёіїєґ][\w'’ʼ-]*\s*$")
_LIST_REACH = 400  # how far after the break the rest of such a list may run


def sentences(text: str, lex: Lexicon) -> list[Span]:
    """Sentence spans, without surrounding whitespace, in order."""
    spans: list[Span] = []
    start = 0
    for m in _END.finditer(text):
        at, end = m.span()
        if text[at] == "\n":
            end = at
        elif text[at] == "." and _after_abbreviation(text, at, lex):
            continue
        if text[at] in ".\n" and _inside_region_list(text, at, m.end(), lex):
            continue
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _after_abbreviation(text: str, dot: int, lex: Lexicon) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation ("Gov.", "St.") or an initial ("A."), or a clock time
    before its time zone ("p.m. Moscow time")."""
    if lex.clock_suffix.match(text, max(0, dot - 3)):  # "at 11 p.m. Moscow time"
        return True
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    token = word.group(1).rstrip(".") if word else ""
    return token in lex.abbreviations or (len(token) == 1 and token.isupper())


def _inside_region_list(text: str, at: int, after: int, lex: Lexicon) -> bool:
    """Whether the break at ``at`` is a stray full stop or line break inside a list of regions: a capitalised
    item after a comma before it, and after it the rest of the list up to its one plural region word
    ("над Курской, Брянской. Орловской областями": one sentence, every region downed)."""
    if _LIST_ITEM_BEFORE.search(text, max(0, at - 40), at) is None:
        return False
    ahead = text[after:after + _LIST_REACH]
    run = lex.list_runs_on.match(ahead.lower())  # (the lexicon's patterns are lower-case)
    return run is not None and bool(find_region_mentions(ahead[:run.end()]))  # "Both regions ...": a new sentence


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    piece = text[start:end]
    body = piece.strip()  # str.strip() drops exactly the characters str.isspace() accepts
    if body:
        start += len(piece) - len(piece.lstrip())
        spans.append((start, start + len(body)))


def clauses(text: str, span: Span, lex: Lexicon) -> list[tuple[int, int, int]]:
    """Clauses of a sentence as ``(start, end, core_end)``.

    ``core_end`` cuts tails such as "including one flying towards Moscow"
    that restate part of a count: they stay in the evidence but add nothing.
    """
    start, end = span
    out: list[tuple[int, int]] = []
    cut = start
    for m in lex.clause_breaks.finditer(text, start, end):
        if m.start() > cut:
            out.append((cut, m.start()))
        cut = m.end()
    if end > cut:
        out.append((cut, end))
    result = []
    for s, e in out:
        tail = lex.subclause_tails.search(text, s, e)
        cut = tail is not None and tail.start() > s and not lists_regions_at(text, s, tail.start())
        result.append((s, e, tail.start() if tail and cut else e))
    return result
