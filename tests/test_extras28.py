"""Session 28: incidents that are not there (words that look like an event, places that are not the event's)."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 9)


def test_damage_losses_word_downs_nothing_uk() -> None:
    """"збитки" (losses) shares its stem with "збито" (downed) but states no interception."""
    text = ("Росіяни атакували Кременчук двома дронами. Поранено жінку.\n\n"
            "Збитки ще підраховують фахівці міської ради.")
    assert figure_rows(text, "uk", DAY) == [("strike", "UA-53", "Кременчук", 2, None, 1)]


def test_regions_flown_through_are_no_strike_uk() -> None:
    """Drones that flew through two regions on their way attacked only the third one."""
    text = "Уночі Вінниччину атакували дрони, що летіли через Хмельницьку та Тернопільську області."
    assert [r[1] for r in figure_rows(text, "uk", DAY)] == ["UA-05"]


def test_launch_list_with_abbreviation_stop_uk() -> None:
    """"з районів Брянськ – рф., мис Чауда – Крим": the stop of "рф." ends no launch list."""
    text = ("Ворог атакував 30 ударними БпЛА з районів Брянськ – рф., мис Чауда – Крим. "
            "У Вінниці влучання у промисловий обʼєкт, поранено двох людей.")
    rows = figure_rows(text, "uk", DAY)
    assert {r[1] for r in rows} == {"UA-05"}


def test_sentence_opening_with_no_hits_is_no_strike_uk() -> None:
    """"Влучань в об'єкти ... не допущено": the infrastructure named is what was not hit, so the attack told
    before it hit nothing; a warehouse damaged in the attack's own sentence stays a strike."""
    text = "Дрони атакували Рівненщину. Влучань в об’єкти енергетичної інфраструктури не допущено."
    assert figure_rows(text, "uk", DAY) == []
    text = "Дрони атакували склад на Рівненщині. Влучань в об’єкти енергетичної інфраструктури не допущено."
    assert [r[0] for r in figure_rows(text, "uk", DAY)] == ["strike"]


def test_region_word_after_recap_is_the_recap_region_uk() -> None:
    """A recap names a region; "у регіоні" in the next sentence is that region's, not the country's."""
    text = ("Вночі сили ППО збили 20 дронів над кількома областями.\n\n"
            "Нагадаємо, Волинська область також зазнала атаки дронів цієї ж ночі. Сирени лунали годину. "
            "У регіоні було знищено два дрони, уламки пошкодили гараж.")
    rows = figure_rows(text, "uk", DAY)
    assert rows[-1][:4] == ("interception", "UA-07", None, 2)
    assert not any(r[0] == "strike" for r in rows)


def test_no_hits_with_nemaie_uk() -> None:
    text = "Вночі дрони атакували регіон: Черкаська область. Влучань в об’єкти енергетики немає."
    assert figure_rows(text, "uk", DAY) == []


def test_consequence_of_the_hit_is_the_same_strike_uk() -> None:
    """"Унаслідок влучання дрона загорівся автобус" two sentences on, no place of its own: the hit just told."""
    text = ("Уночі ворог атакував дроном Луцьк. Влучання зафіксовано у складське приміщення. "
            "Про це повідомив очільник ОВА. Внаслідок удару безпілотника загорівся автобус.")
    assert figure_rows(text, "uk", DAY) == [("strike", "UA-07", "Луцьк", 1, None, None)]


def test_day_tally_naming_no_drone_is_no_drone_strike_uk() -> None:
    """A drone strike on a town, then the oblast's day of shelling with its own toll in paragraphs that name no
    drone: one incident, the town's."""
    text = ("Уночі ворог атакував дроном Вінницю, поранено двох людей.\n\n"
            "Як повідомив голова ОВА, минулої доби ворог обстріляв 37 населених пунктів області.\n\n"
            "За його словами, окупанти били по житлових кварталах. Унаслідок атак пошкоджено дев'ять будинків. "
            "Поранення отримали п'ятеро людей.")
    assert figure_rows(text, "uk", DAY) == [("strike", "UA-05", "Вінниця", 1, None, 2)]
