"""English phrasings pinned by the en23d accuracy pass; every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt
from functools import partial

from support.figures import place_counts

DAY = dt.date(2025, 6, 10)


facts = partial(place_counts, published=DAY)


def test_a_national_shoot_down_keeps_no_city_of_the_attack_that_damaged_it():
    text = ("Air defence forces downed 31 of 35 Shahed drones launched by Russia in a night attack that damaged "
            "houses in Odesa, the air force said. Drones hit a warehouse in Odesa, injuring one worker.")
    got = facts(text)
    assert ("interception", "", "", 31) in got
    assert not any(f[0] == "interception" and f[1] for f in got)
    assert any(f[0] == "strike" and f[2] == "Odesa" for f in got)


def test_a_bare_attack_on_a_region_beside_its_shoot_down_is_no_strike():
    text = ("On the night of June 9, Russian drones attacked the Sumy region, and air defence shot down all "
            "targets. The regional administration reported this.\n"
            "On the night of June 9, Russia attacked using only unmanned aerial vehicles.")
    assert facts(text) == [("interception", "UA-59", "", 0)]


def test_an_attack_with_damage_beside_a_shoot_down_stays_a_strike():
    text = ("Overnight, air defence shot down nine drones over the Poltava region, the governor said. "
            "Drones also attacked the Poltava region, damaging a warehouse.")
    assert any(f[0] == "strike" and f[1] == "UA-53" for f in facts(text))
