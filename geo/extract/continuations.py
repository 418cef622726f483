"""Clauses that continue the incident before them instead of stating one: debris right after drones
downed over the same region, a clause with nothing of its own ("The car was badly damaged"), an attack
repelled "again" (split from clause.py, which reads the clause and calls these)."""
from __future__ import annotations

from geo.extract.clause_regions import ClauseRegions
from geo.extract.draft import FOLLOWUP_SENTENCES, Count, Draft
from geo.extract.places import Mention
from geo.extract.tolls import Tolls
from geo.record import EventType


class Continuations(Tolls, ClauseRegions):
    """The questions :class:`~geo.extract.clause.Reader` asks before it makes a new draft of a clause."""

    toll_told = -1  # the last sentence whose victims were added to the incident before it

    def debris_of_downed(self, i: int, cs: int, ce: int, at: int, event: EventType, count: Count | None,
                         mentions: list[Mention], settlement: str | None, near: bool) -> bool:
        """Damage right after drones downed over the same region is their debris: it goes to them."""
        downed = self.last_draft(i - 1)
        same_town = False
        if downed is None and settlement and (near_one := self.last_draft(i - 1 - FOLLOWUP_SENTENCES)) \
                and self.lex.debris.search(self.low, *near_one.span) and near_one.settlement == settlement:
            downed, same_town = near_one, True  # "падение сбитого дрона в центре Воронежа. ... В Воронеже повреждены"
        if not (event == "strike" and count is None and downed and downed.event_type == "interception"
                and downed.region and (downed.count or downed.sentence == i or same_town)
                and not self.lex.drone.search(self.low, cs, ce)
                and all(m.code == downed.region for m in mentions) and self.damage_only(cs, ce)
                and not self.partly_hit(downed)):
            return False
        # "над Орловской областью уничтожены пять беспилотников. В Мценске повреждены окна": debris
        if downed.count and downed.settlement is None:
            downed.settlement, downed.near = settlement, near
        downed.target = downed.target or self.target(at, ce)
        return True

    def goes_on(self, i: int, cs: int, ce: int, core: int, event: EventType, count: Count | None,
                mentions: list[Mention], settlement: str | None, also: bool) -> bool:
        """A clause with nothing of its own ("The car was badly damaged", "Windows were damaged
        nearby") continues the last incident."""
        # naming the region in focus again, or the region of a settlement named without one, is no new
        # place ("..., сообщил глава Чувашии", "..., повідомили в Сумській ОВА")
        last = self.drafts[-1] if self.drafts else None
        new_place = bool(mentions) and not (last and last.settlement and last.region is None) and \
            any(m.code != (last.region if last else None) for m in mentions)
        lex, text = self.lex, self.low
        return not new_place and not settlement and count is None and not also \
            and (self.damage_only(cs, ce) and not self.community_part(i, cs, core, self.district(cs, ce), last) or not self.district(cs, ce)) \
            and self.last_draft(i - FOLLOWUP_SENTENCES - (self.toll_told == i - 1)) is not None and (  # (a toll between: one more)
                bool(lex.followup.match(text, cs, core)) or (event == "strike" and not lex.drone.search(text, cs, ce))
                or self.repelled_again(event, last, cs, ce))

    def repelled_again(self, event: EventType, last: Draft | None, cs: int, ce: int) -> bool:
        """"Силы ПВО отражали атаку всю ночь" after drones downed there: the same attack told again, no
        new interception (with no figure, place or drone of its own: checked by the caller and here)."""
        return event == "interception" and last is not None and last.event_type == "interception" \
            and bool(self.lex.repelled.search(self.low, cs, ce)) and not self.lex.drone.search(self.low, cs, ce)
