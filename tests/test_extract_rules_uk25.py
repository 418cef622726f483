"""Rules of the session-25 accuracy round on Ukrainian reports (issue 14), each checked on sentences
written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract
from support.figures import figure_rows

DAY = dt.date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_a_town_named_after_po_mistu_is_the_settlement():
    text = "Увечері окупанти вдарили трьома дронами по місту Ромни. Пошкоджено склад."
    assert rows(text) == [("strike", "UA-59", "Ромни", 3, None, None)]


def test_uk_victims_absent_is_no_casualties():
    text = ("Уночі Житомирщину атакували ворожі безпілотники, в області працювала ППО. Уламки збитих "
            "дронів пошкодили два гаражі. Постраждалі серед населення відсутні.")
    assert rows(text) == [("interception", "UA-18", None, None, 0, 0)]
    assert rows("Дрон влучив у склад у селі Ворожба на Сумщині. Жертви та постраждалі відсутні.") == [
        ("strike", "UA-59", "Ворожба", 1, 0, 0)]


def test_uk_victims_after_a_dash_take_the_verb_of_the_clause_before():
    text = "Дрони атакували Миколаївщину. У Очакові поранено жінку, у Снігурівці – трьох чоловіків."
    assert rows(text) == [("strike", "UA-48", "Очаків", None, None, 1),
                          ("strike", "UA-48", "Снігурівка", None, None, 3)]
    killed = "Дрони атакували Миколаївщину. У Очакові загинув чоловік, у Снігурівці – двоє."
    assert rows(killed) == [("strike", "UA-48", "Очаків", None, 1, None),
                            ("strike", "UA-48", "Снігурівка", None, 2, None)]
    # damage after the dash is no toll
    damage = "Дрони атакували Миколаївщину. У Очакові поранено жінку, у Снігурівці – склад."
    assert rows(damage)[1] == ("strike", "UA-48", "Снігурівка", None, None, None)


def test_uk_taken_to_hospital_with_ushpytalyty_is_injured():
    base = "Вдень дрон атакував приватний будинок у Ромнах. "
    assert rows(base + "Господиню, 70-річну жінку, ушпиталили.")[0][5] == 1
    assert rows(base + "Ушпиталено трьох людей.")[0][5] == 3
    assert rows(base + "Двох людей ушпиталили з опіками.")[0][5] == 2
    assert rows(base + "Жінку госпіталізували.")[0][5] == 1


def test_uk_victims_of_each_community_add_up_in_the_oblast_incident():
    text = ("Ворожі безпілотники атакували дві громади Полтавщини.\n"
            "У Гадяцькій громаді пошкоджено склад, 60-річного сторожа ушпиталили. "
            "У Зіньківській громаді пошкоджено магазин; поранено чотирьох людей.")
    assert rows(text) == [("strike", "UA-53", None, None, None, 5)]


def test_uk_an_officials_city_title_outranks_the_names_table():
    # the names table puts this official in the Dnipropetrovsk oblast; his title here names Odesa's own administration
    text = ("Увечері безпілотник влучив у склад, вибито вікна в сусідньому будинку. Про це повідомив начальник "
            "Одеської міської військової адміністрації Сергій Лисак.")
    assert [r[1] for r in rows(text)] == ["UA-51"]
    # titled by his oblast, the table's region stands
    oblast = "Голова обласної військової адміністрації Сергій Лисак повідомив, що вночі дрон уразив склад."
    assert [r[1] for r in rows(oblast)] == ["UA-12"]


def test_uk_a_lead_toll_over_community_parts_is_not_added_to_them():
    lead = "За минулу добу через удари дронів на Чернігівщині постраждали п'ятеро людей.\n\n"
    parts = ("У Сосницькій громаді дрон влучив у склад, поранено двох чоловіків. "
             "У Корюківській громаді FPV-дрон атакував трактор, поранено трьох людей.")
    assert [r[5] for r in rows(lead + parts)] == [5]
    # the parts telling more than the lead: their sum
    more = lead.replace("п'ятеро", "четверо")
    assert [r[5] for r in rows(more + parts)] == [5]
    # a partial breakdown keeps the lead's figure
    partial = lead.replace("п'ятеро", "семеро")
    assert [r[5] for r in rows(partial + parts)] == [7]


def test_uk_a_number_of_victims_and_one_more_named_after_it():
    base = "Вранці FPV-дрон атакував маршрутку в Нікополі. "
    assert rows(base + "Постраждали четверо пасажирів і водій.")[0][5] == 5
    assert rows(base + "Двоє пасажирок та водій отримали поранення.")[0][5] == 3
    assert rows(base + "Загинули троє пасажирів та водій.")[0][4] == 4
    assert rows(base + "Постраждали четверо пасажирів.")[0][5] == 4


def test_uk_an_attack_figure_with_drones_downed_is_not_the_count_of_the_hits():
    text = ("Уночі ворог атакував Черкащину 18 дронами. Більшість із них збили сили ППО. "
            "Кілька безпілотників влучили у Смілі, пошкоджено склад.")
    assert sorted(rows(text)) == [("interception", "UA-71", None, None, None, None),
                                  ("strike", "UA-71", "Сміла", None, None, None)]
    # with no drones downed, the figure is the strike's
    hits = "Уночі ворог атакував Черкащину 18 дронами. Кілька безпілотників влучили у Смілі, пошкоджено склад."
    assert rows(hits) == [("strike", "UA-71", "Сміла", 18, None, None)]


def test_uk_the_night_before_a_weekday_in_the_genitive():
    text = "У ніч проти вівторка ворожі дрони атакували Суми, пошкоджено гараж."
    assert [i.date for i in extract(text, published=DAY, language="uk")] == ["2025-11-18"]
    # the genitive alone is no date of the attack
    later = "Відновлення триватиме до вівторка. Вночі дрон влучив у гараж у Сумах."
    assert [i.date for i in extract(later, published=DAY, language="uk")] == ["2025-11-20"]


def test_uk_a_district_named_in_the_locative_places_its_village():
    assert rows("У Пологівському районі FPV-дрон атакував автомобіль, поранено водія.") == [
        ("strike", "UA-23", None, 1, None, 1)]
    assert rows("У Запорізькому районі дрон атакував село Степове, загинула жінка.") == [
        ("strike", "UA-23", "Степове", 1, 1, None)]


def test_uk_a_community_struck_in_a_time_and_place_sentence_is_its_own_incident():
    text = ("Ворог знову бив дронами-камікадзе по Дніпропетровщині. Вдень – по Васильківській громаді. "
            "Увечері – по Синельниковому. Там пошкоджено гараж.")
    assert sorted(rows(text), key=repr) == [("strike", "UA-12", "Синельникове", None, None, None),
                                            ("strike", "UA-12", None, None, None, None)]


def test_uk_the_district_centre_listed_beside_communities_is_its_own_incident():
    text = ("Вдень ворог кілька разів бив FPV-дронами по Шосткинщині – райцентр і Воронізьку громаду. "
            "Обійшлося без постраждалих.")
    assert sorted(rows(text), key=repr) == [("strike", "UA-59", "Шостка", None, 0, 0),
                                            ("strike", "UA-59", None, None, 0, 0)]
    alone = "Вдень ворог кілька разів бив FPV-дронами по Шосткинщині, під ударом був райцентр. Пошкоджено гараж."
    assert rows(alone) == [("strike", "UA-59", "Шостка", None, None, None)]


def test_uk_a_lead_toll_broken_down_victim_by_victim_is_not_added_to():
    text = ("Вранці FPV-дрон влучив у магазин у Марганці, постраждали шестеро людей. Про це повідомив т.в.о. голови "
            "ОВА. 70-річну жінку госпіталізовано. Ще п'ятеро отримали легкі травми. Пошкоджено також два авто.")
    assert rows(text) == [("strike", "UA-12", "Марганець", 1, None, 6)]


def test_uk_attacks_told_as_a_daily_habit_are_no_incident():
    text = ("Увечері дрон влучив у гараж у Марганці. "
            "Обстріли громади тривають щодня, ворог щодня атакує її FPV-дронами.")
    assert rows(text) == [("strike", "UA-12", "Марганець", 1, None, None)]
