"""Rules of the third session-22 accuracy round on Ukrainian reports (issue 14), each checked on
sentences written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 10, 30)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_a_companion_or_a_citys_demonym_is_one_victim():
    assert rows("У Бериславі дрон атакував легковик. Загинув 50-річний чоловік, а його 48-річний товариш "
                "дістав поранення.") == [("strike", "UA-65", "Берислав", 1, 1, 1)]
    assert rows("Вранці окупанти скинули вибухівку з дрона на жителя Херсона. Херсонець дістав "
                "осколкове поранення.") == [("strike", "UA-65", "Херсон", 1, None, 1)]


def test_uk_another_victim_at_the_same_place_adds_to_the_toll():
    assert rows("Вранці окупанти атакували дроном Полтаву. Через скид вибухівки поранено чоловіка. "
                "Ще одна людина постраждала через скид вибухівки у Полтаві.") == [
        ("strike", "UA-53", "Полтава", 1, None, 2)]
    # the same victim told again ("крім того" is no new one by itself) stays one
    assert rows("У Полтаві дрон атакував авто, поранено чоловіка. Крім того, у Полтаві дрон поранив чоловіка.") \
        == [("strike", "UA-53", "Полтава", 1, None, 1)]


def test_uk_one_taken_to_hospital_and_another_victim_later_in_the_sentence():
    assert rows("У Полтаві вранці дрон скинув вибухівку на 40-річного чоловіка, його госпіталізовано. "
                "Згодом з'ясувалося, що ще одна людина постраждала через скид вибухівки з дрона у Полтаві.") == [
        ("strike", "UA-53", "Полтава", 1, None, 2)]


def test_uk_most_targets_destroyed_is_an_interception_and_the_later_toll_is_the_hits():
    assert rows("Вночі ворог атакував Полтавщину ударними дронами. Сили ППО знищили більшість ворожих цілей.") == [
        ("interception", "UA-53", None, None, None, None)]
    text = ("На півночі Полтавської області вночі дрони атакували об'єкт енергетики. Сили протиповітряної оборони "
            "знищили більшість ворожих цілей, проте зафіксовано пошкодження. Внаслідок атаки на енергетичний об'єкт "
            "виникла пожежа. На жаль, є один постраждалий.")
    assert sorted(rows(text)) == [("interception", "UA-53", None, None, None, None),
                                  ("strike", "UA-53", None, None, None, 1)]


def test_uk_fragments_of_the_drone_that_hit_are_the_strikes_damage_not_a_downing():
    text = ("У Полтавській області в одному із сіл дрон влучив у легковик. Поранено водія. "
            "Уламками також пошкоджено сусідній гараж.")
    assert rows(text) == [("strike", "UA-53", None, 1, None, 1)]
    # debris in another district is its own (downed drones') incident
    other = ("У Полтавській області дрон влучив у склад у громаді Миргородського району. "
             "У Лубенському районі уламками дрона пошкоджено будинок.")
    assert [r[0] for r in rows(other)] == ["strike", "interception"]


def test_uk_an_attack_whose_report_says_hits_are_absent_a_few_sentences_on_is_no_strike():
    text = ("На Полтавщині вночі ППО збивала ворожі безпілотники. «Вночі відбулася атака ворожих дронів на "
            "Полтавщину. Працювали сили ППО. Є збиті цілі». Постраждалих немає. Влучання в об’єкти "
            "інфраструктури відсутні. Внаслідок падіння уламків пошкоджено два будинки.")
    assert [r[:2] for r in rows(text)] == [("interception", "UA-53")]
