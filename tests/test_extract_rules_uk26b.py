"""Rules of the session-26 second Ukrainian round (general reading structures, not phrasings), each checked on
sentences written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 12, 4)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_the_town_after_a_singular_drone_instrument_is_the_place_attacked():
    # "атакували дроном X": the instrument in the singular, then the town (the plural already read)
    assert rows("Ворог атакував дроном Ромни на Сумщині.") == [("strike", "UA-59", "Ромни", 1, None, None)]
    assert rows("Окупанти атакували FPV-дроном Великий Бурлук.")[0][:3] == ("strike", "UA-63", "Великий Бурлук")
    assert rows("Росіяни атакували ударним безпілотником Ічню.")[0][:3] == ("strike", "UA-74", "Ічня")


def test_uk_a_toll_told_before_the_speakers_words_stays_the_drones_past_another_weapon_after_them():
    # the sentence goes on, after "— сказав він", with a guided-bomb attack elsewhere: the toll before is the drone's
    text = ("Російський дрон поцілив у вантажівку на Павлоградщині. «Загинув водій. Ще двоє людей поранені», — сказав "
            "він і розповів про вечірній удар КАБами по Вербківській громаді.")
    assert rows(text) == [("strike", "UA-12", None, 1, 1, 2)]
    # no place after the other weapon: the drone's strike is kept with its toll (it was dropped as a mixed attack)
    bare = "Російський дрон поцілив у вантажівку на Павлоградщині. Двоє людей поранені, — сказав він і згадав удар КАБами."
    assert rows(bare) == [("strike", "UA-12", None, 1, None, 2)]


def test_uk_ages_listed_before_a_plural_died_count_one_each():
    text = "Ворожий дрон вдарив по мікроавтобусу біля Лозової. 61-річний водій та 33-річна пасажирка загинули."
    assert rows(text) == [("strike", "UA-63", "Лозова", 1, 2, None)]


def test_uk_one_person_taken_to_hospital_with_wounds_is_one_injured():
    text = "Дрон атакував подвір'я у Краснограді. Пенсіонерку з травмами доставили до лікарні."
    assert rows(text)[0][4:] == (None, 1)
    aged = "Дрон атакував подвір'я у Краснограді.\n- 70-річна сусідка господаря з пораненнями госпіталізована"
    assert rows(aged)[0][4:] == (None, 1)
