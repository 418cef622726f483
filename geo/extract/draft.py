"""The incident being built while a text is read (:class:`Draft`) and a stated figure (:class:`Count`).

Drafts become :class:`geo.record.Incident` records at the end (:mod:`geo.extract.engine`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

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
    at_sea: bool = False  # a roundup's figure for open water: no region, yet no total either
    new_total: bool = False  # its sentence tells a risen toll ("кількість поранених зросла до трьох")
    added_victims: bool = False  # its sentence opens as more victims ("Ще одна людина постраждала ...")
    died_wounded: bool = False  # its sentence tells a wounded victim who died ("помер у лікарні")
    recapped: bool = False  # told in a recap of an earlier report ("As X reported, ...")
    extra_spans: list[tuple[int, int]] = field(default_factory=list)

    def take_missing(self, other: Draft, names: tuple[str, ...] = ("target", "killed", "injured")) -> None:
        """What ``other``, merged into this draft, said and this one did not (by default the damage)."""
        for name in names:
            if getattr(self, name) is None:
                setattr(self, name, getattr(other, name))

    def widen(self, other: Draft) -> None:
        """Make the evidence span cover ``other``'s too (``other``, merged into this draft, may come first)."""
        self.span = (min(self.span[0], other.span[0]), max(self.span[1], other.span[1]))

    def extend_to(self, other: Draft) -> None:
        """Make the evidence span reach the end of ``other``'s, a later sentence merged into this draft
        (not back to an earlier one: the text between would become evidence)."""
        self.span = (self.span[0], max(self.span[1], other.span[1]))


_FIELDS = frozenset(f.name for f in fields(Draft))


def replace(draft: Draft, **changes: Any) -> Draft:
    """:func:`dataclasses.replace` for a draft: the same copy (what is not changed is shared, as there),
    without its walk over the fields and its ``__init__`` call (a clause copies its draft per region)."""
    if not changes.keys() <= _FIELDS:
        raise TypeError(f"Draft has no field {sorted(changes.keys() - _FIELDS)}")
    new = object.__new__(draft.__class__)
    new.__dict__.update(draft.__dict__)
    new.__dict__.update(changes)
    return new


@dataclass(frozen=True)
class Count:
    n: int | None
    qualifier: str | None
    kind: str = "plain"
    total: int | None = None
    national: bool = False

