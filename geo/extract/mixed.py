"""A drone attack told in one sentence and other weapons for it in the next ("... бив FPV-дронами.
Застосував по району й артилерію"): one mixed-weapon attack, whose damage and victims are not known to be
the drones', so no drone incident (the gold convention on mixed-weapon reports)."""
from __future__ import annotations

from functools import cached_property

from geo.extract.reading import Text


class MixedAttacks(Text):
    """Sentences about other weapons: off-topic ones, and the strike just read when the next sentence adds
    other weapons to the same attack."""

    mixed_sentence = -1  # the last sentence that told other weapons for the attack being read

    def mixed_attack(self, i: int, s: int, e: int) -> None:
        """Sentence ``i`` (s..e), skipped as off-topic, names a weapon that is no drone and no place of
        its own: the region-level strike of the sentence before it was a mixed attack."""
        lex, text = self.lex, self.low
        other = any(not lex.generic_weapons.fullmatch(m.group(0)) for m in lex.other_weapons.finditer(text, s, e))
        if self.continues_mixed(i, s, e, other):
            self.mixed_sentence = i
            return
        if self.mentions_in(s, e) or not other:
            return
        self.mixed_sentence = i
        last = self.drafts[-1] if self.drafts else None
        if last is not None and last.event_type == "strike" and last.region and not last.settlement \
                and last.sentence == i - 1:
            self.drafts.pop()

    def speech_head(self, i: int, s: int, e: int) -> int | None:
        """"Ще двоє поранені», — сказав він і розповів про удар КАБами": a toll told before the speaker's words,
        another weapon only after them; the toll is the drones' story's (where the speaker's words start, else None)."""
        lex, text = self.lex, self.low
        tail = lex.speech_tail.search(text, s, e)
        if tail is None or lex.other_weapons.search(text, s, tail.start()) \
                or not lex.other_weapons.search(text, tail.end(), e):
            return None
        self.mixed_sentence = i  # (what follows with no drone goes on with the other weapon's attack)
        return tail.start()

    def continues_mixed(self, i: int, s: int, e: int, other: bool) -> bool:
        """Sentence ``i`` tells drones and other weapons together ("атакував безпілотниками та артилерією",
        at a place or not), or goes on with the mixed attack just told, naming no drone ("Гатив по самому
        Нікополю ... Пошкоджені 2 будинки"): what follows is not known to be the drones'."""
        drone = bool(self.lex.drone.search(self.low, s, e))
        if drone and other:
            return bool(self.mentions_in(s, e))  # (with no place: the attack popped below, as before)
        return 0 <= self.mixed_sentence == i - 1 and not drone and not self.lex.debris.search(self.low, s, e)

    def after_mixed(self, s: int, e: int) -> bool:
        """"Бив по селу FPV-дронами та артилерією. Зруйновано 2 сараї. Обстріляв Марганець": a
        sentence right after a mixed attack, naming no drone, is not known to be the drones'."""
        return 0 <= self.mixed_sentence == self.sentence_of(s) - 1 and not self.lex.drone.search(self.low, s, e) \
            and not self.lex.debris.search(self.low, s, e)

    def off_topic(self, s: int, e: int, skip_searched: bool = False) -> bool:
        """A sentence about something else: alerts, sanctions, history, other weapons only (``skip_searched``:
        the caller found no ``skip_sentence`` words in it already, a search of about 10 µs not made again)."""
        lex, text = self.lex, self.low
        return (not skip_searched and bool(lex.skip_sentence.search(text, s, e))) or self.history(s, e) \
            or bool(lex.other_weapons.search(text, s, e) and not lex.drone.search(text, s, e)
                    and not self.generic_shelling(s, e)) or self.mixed_damage(s, e) or self.after_mixed(s, e) \
            or self.after_other_weapon(s, e) or self.after_mixed_lead(s, e)

    def after_other_weapon(self, s: int, e: int) -> bool:
        """"Troops also fired mortars at the farm. One worker later died in hospital": a sentence naming
        no drone right after one about another weapon only tells that attack."""
        lex, text = self.lex, self.low
        i = self.sentence_of(s)
        if i == 0 or lex.drone.search(text, s, e) or lex.debris.search(text, s, e):
            return False
        ps, pe = self.sentences[i - 1]
        return not lex.drone.search(text, ps, pe) and (any(
            not lex.generic_weapons.fullmatch(m.group(0)) for m in lex.other_weapons.finditer(text, ps, pe))
            or self.other_shelling(ps, pe))

    def other_shelling(self, s: int, e: int) -> bool:
        """"Також під обстріл потрапила школа": shelling told as one more attack after the
        drones' (no drone named), by a weapon not said, so not known to be a drone."""
        lex, text = self.lex, self.low
        return bool(lex.also.match(text, s, e) and lex.other_weapons.search(text, s, e)
                    and not lex.drone.search(text, s, e) and not lex.debris.search(text, s, e))

    @cached_property
    def mixed_lead(self) -> int:
        """The sentence of the text's first drone, when it tells drones and other weapons as one attack ("Eight killed
        in drone and missile attacks overnight"), else -1 (once per text: most have none, and then no clause searches)."""
        first = self.lex.drone.search(self.low)
        k = self.sentence_of(first.start()) if first else -1
        return k if first is not None and self.lex.mixed_lead.search(self.low, *self.sentences[k]) else -1

    def after_mixed_lead(self, s: int, e: int) -> bool:
        """"Eight killed in drone and missile attacks overnight. ... Houses burned after the strikes": in a report
        whose lead tells drones and other weapons as one attack, damage told with no drone is not known to be
        the drones' (a downing, debris or a drone named still is)."""
        if not 0 <= self.mixed_lead < self.sentence_of(s):
            return False
        lex, text = self.lex, self.low
        # (a toll told after a drone's hit still goes to it)
        return not (not lex.strike.search(text, s, e) or lex.drone.search(text, s, e) or lex.debris.search(text, s, e)
                    or lex.interception.search(text, s, e))
