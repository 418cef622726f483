"""The incident being built while a text is read (:class:`Draft`) and a stated figure (:class:`Count`).

Drafts become :class:`geo.record.Incident` records at the end (:mod:`geo.extract.engine`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from geo.extract.dates import DateRef
from geo.record import EventType

LOOKBACK = 60  # characters searched before a match for blockers and roundup counts
FOLLOWUP_SENTENCES = 2  # a casualty sentence attaches to an incident at most this far back


@dataclass
class Draft:
    """An incident being built; becomes an :class:`Incident` at the end."""

    event_type: EventType
    span: tuple[int, int]
    sentence: int
    region: str | None = None
    settlement: str | None = None
    count: int | None = None
    qualifier: str | None = None
    date: DateRef | None = None
    killed: int | None = None
    injured: int | None = None
    target: str | None = None
    district: str | None = None
    near: bool = False
    fire: bool = False
    total: int | None = None
    national: bool = False
    inherited: bool = False  # region taken from an earlier sentence, not named in the clause
    unplaced: bool = False  # no region named or implied yet, and no national total either
    told_victims: bool = False  # a later sentence told victims of it ("У Х громаді поранено двох")
    one_attack: bool = False  # "a drone attack": count 1 when no other sentence gives the number
    extra_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Count:
    n: int | None
    qualifier: str | None
    kind: str = "plain"
    total: int | None = None
    national: bool = False

