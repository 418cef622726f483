"""Whether two drafts can be one incident: figures that agree (one unknown, or both the same), targets
that may name the same thing ("an industrial facility" and the refinery), the same day, a toll within another."""
from __future__ import annotations

import datetime as dt

from geo.extract.draft import Draft

#: Targets that name a kind of place, not the place: "an industrial facility" may be the refinery named before.
GENERIC_TARGETS = frozenset({"industrial enterprise", "infrastructure"})


def compatible(x, y) -> bool:
    """Both known and different is the only disagreement."""
    return x is None or y is None or x == y


#: Targets no generic "facility" word stands for: a house is not "an industrial enterprise" named again.
DWELLINGS_AND_VEHICLES = frozenset({"private house", "apartment building", "car", "truck", "school", "hospital",
                                    "shop", "outbuilding", "administrative building", "residential buildings"})


#: Parts of a building ("windows were blown out"): the damage to whatever was hit, no target of their own.
BUILDING_PARTS = frozenset({"roof", "windows", "fence", "facade"})


#: "residential buildings" in a summary: the houses or the blocks of flats its towns name
RESIDENTIAL = frozenset({"residential buildings", "private house", "apartment building"})


def compatible_target(x: str | None, y: str | None) -> bool:
    """Two targets that may be one thing hit, told twice."""
    if compatible(x, y) or x in BUILDING_PARTS or y in BUILDING_PARTS:
        return True
    if "residential buildings" in (x, y) and x in RESIDENTIAL and y in RESIDENTIAL:
        return True
    return (x in GENERIC_TARGETS and y not in DWELLINGS_AND_VEHICLES) or \
        (y in GENERIC_TARGETS and x not in DWELLINGS_AND_VEHICLES)


def other_days(a: Draft, b: Draft) -> bool:
    """Both drafts state a day, and not the same one ("on January 1 ... Kyiv" after today's oblast report)."""
    return bool(a.date and b.date and a.date.stated and b.date.stated and a.date.date and b.date.date
                and a.date.date != b.date.date)


def restated_next_day(a: Draft, b: Draft) -> bool:
    """``b`` restates ``a`` a day apart: the same town, damage and victims ("tonight a drone hit a shop in X, two
    hurt. ... Yesterday's attack on X hurt two"), the restatement's relative day counted from another moment."""
    if not (a.date and b.date and a.date.date and b.date.date and a.settlement and (a.killed or a.injured)
            and a.target and b.target):
        return False
    days = abs(dt.date.fromisoformat(a.date.date) - dt.date.fromisoformat(b.date.date)).days
    return days == 1 and (a.killed, a.injured) == (b.killed, b.injured)


def earlier_day_toll(k: Draft, d: Draft) -> bool:
    """``d`` tells a day before ``k``'s assumed publication day, with victims of its own ("a man was hurt
    today. ... On the eve three women were hurt near the same village"): another attack, no restatement."""
    return bool(k.date and not k.date.stated and k.date.date and d.date and d.date.stated and d.date.date
                and d.date.date < k.date.date and (k.killed or k.injured) and (d.killed or d.injured)
                and (k.killed, k.injured) != (d.killed, d.injured))


def toll_within(d: Draft, a: Draft) -> bool:
    """``d``'s casualties are some of ``a``'s ("Five were injured. ... A woman was injured in the attack")."""
    return (d.killed or 0) <= (a.killed or 0) and (d.injured or 0) <= (a.injured or 0)


def larger(x: int | None, y: int | None) -> int | None:
    """The larger of two figures, either unknown."""
    return y if x is None else x if y is None else max(x, y)


def same_day(a: Draft, b: Draft) -> bool:
    """Both on the same day, or both with no day known (the gold's key pairs on the date as given)."""
    return (a.date.date if a.date else None) == (b.date.date if b.date else None)
