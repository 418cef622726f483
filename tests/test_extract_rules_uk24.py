"""Rules of the session-24 accuracy round on Ukrainian reports (issue 14), each checked on sentences
written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def sorted_rows(text: str) -> list[tuple]:
    return sorted(rows(text), key=repr)


def test_uk_a_district_of_the_capital_named_alone_is_the_capital():
    text = ("Вночі ворожий безпілотник влучив у Зарічному районі, пошкоджено гараж. "
            "Про це написав голова Сумської ОВА.")
    assert rows(text) == [("strike", "UA-59", "Суми", 1, None, None)]
    # a district of the oblast (not of its capital) stays region-level
    oblast = ("Вночі ворожий безпілотник влучив у Конотопському районі, пошкоджено гараж. "
              "Про це написав голова Сумської ОВА.")
    assert rows(oblast) == [("strike", "UA-59", None, 1, None, None)]
    # the same district name in another region's report is not that capital's
    other = ("Вночі ворожий безпілотник влучив у Корабельному районі, пошкоджено склад. "
             "Про це написав голова Херсонської ОВА.")
    assert rows(other) == [("strike", "UA-65", "Херсон", 1, None, None)]


def test_uk_where_air_defence_fought_off_the_attack_lists_the_regions():
    text = ("Цієї ночі сили ППО знищили всі 9 ворожих безпілотників.\n\n"
            "Для відбиття атаки залучалися зенітні ракетні війська й мобільні групи ППО на території "
            "Черкаської, Полтавської та Сумської областей.")
    assert sorted(rows(text)) == [("interception", r, None, None, None, None) for r in ("UA-53", "UA-59", "UA-71")]


def test_uk_an_explosion_heard_after_a_drone_downed_is_that_interception():
    text = "Над громадою на Сумщині захисники неба збили один дрон – вибух було чути у кількох селах."
    assert rows(text) == [("interception", "UA-59", None, 1, None, None)]
    heard = "Увечері на Сумщині мешканці чули вибухи, причини з'ясовують. Дрони над областю."
    assert rows(heard) == []


def test_uk_a_single_drone_in_the_genitive_variant_or_after_z_boku_counts_one():
    assert rows("Уночі в Миколаєві внаслідок влучання ворожого дрону в гараж постраждав чоловік.") == [
        ("strike", "UA-48", "Миколаїв", 1, None, 1)]
    assert rows("Увечері Херсон зазнав атаки з боку російського безпілотника, поранено чоловіка.") == [
        ("strike", "UA-65", "Херсон", 1, None, 1)]


def test_uk_a_drone_strike_told_by_the_adjective_is_one_strike():
    text = "Зранку окупанти здійснили дроновий удар по Корабельному району Херсона. Поранено жінку."
    assert rows(text) == [("strike", "UA-65", "Херсон", 1, None, 1)]


def test_uk_drones_named_before_the_defenders_who_downed_them_are_an_interception():
    text = ("Увечері ворожий дрон влучив у склад у Кривому Розі. "
            "Ще три безпілотники знищили бійці повітряного командування над Дніпропетровщиною.")
    assert sorted(rows(text)) == [("interception", "UA-12", None, 3, None, None),
                                  ("strike", "UA-12", "Кривий Ріг", 1, None, None)]
    # the drones as the subject that destroyed something stay a strike
    assert rows("Вночі дрони знищили склад у Кривому Розі.")[0][0] == "strike"


def test_uk_a_relative_clause_between_the_number_of_people_and_the_toll():
    text = "Вранці дрон атакував Миколаїв. Двоє людей, які чекали на зупинці, постраждали."
    assert rows(text) == [("strike", "UA-48", "Миколаїв", 1, None, 2)]


def test_uk_a_starostat_hit_after_the_city_is_a_place_of_its_own():
    text = ("Уночі ворожий безпілотник поцілив у будинок у Сумах, поранено чоловіка. "
            "Також зафіксовано влучання у Бездрицькому старостаті. Там пошкоджено склад.")
    # (one hit told in the singular counts one: uk24b)
    assert sorted_rows(text) == sorted([("strike", "UA-59", None, 1, None, None),
                                        ("strike", "UA-59", "Суми", 1, None, 1)], key=repr)


def test_uk_a_hromada_named_after_a_same_and_after_the_city_is_its_own_strike():
    text = ("Уночі ворог атакував Дніпропетровщину. У Дніпрі дрон поцілив по складу. "
            "Також FPV-дроном окупанти вдарили по Нікопольщині, а саме – Марганецькій громаді.")
    assert sorted_rows(text) == sorted([("strike", "UA-12", None, 1, None, None),
                                        ("strike", "UA-12", "Дніпро", 1, None, None)], key=repr)


def test_uk_no_wounds_suffered_is_no_one_injured():
    text = "Вночі дрон поцілив у хату в Золочеві на Харківщині. Її власники, на щастя, поранень не зазнали."
    assert rows(text) == [("strike", "UA-63", "Золочів", 1, None, 0)]


def test_uk_an_attack_by_two_drones_one_downed_one_hit_is_one_strike():
    text = ("Увечері окупанти атакували двома ударними дронами Конотопську громаду на Сумщині. "
            "Один дрон збили зенітники. Ще один безпілотник поцілив у склад, постраждалих немає.")
    assert sorted_rows(text) == sorted([("interception", "UA-59", None, 1, None, None),
                                        ("strike", "UA-59", None, 1, 0, 0)], key=repr)
    # the parts do not add up to the attack's figure: no total to split
    more = ("Увечері окупанти атакували п'ятьма ударними дронами Конотопську громаду на Сумщині. "
            "Один дрон збили зенітники. Ще один безпілотник поцілив у склад.")
    assert ("strike", "UA-59", None, 1, None, None) not in rows(more)


def test_uk_part_of_the_drones_downed_and_some_that_got_through_hit_the_city():
    text = ("Цієї ночі ворог атакував Миколаїв ударними дронами. Частина була знищена на підльоті, "
            "проте деякі поцілили у житлові будинки. Одна жінка загинула, ще троє отримали поранення.")
    assert sorted_rows(text) == sorted([("interception", "UA-48", None, None, None, None),
                                        ("strike", "UA-48", "Миколаїв", None, 1, 3)], key=repr)


def test_uk_the_city_attacked_is_the_one_just_named():
    text = "Наслідки атаки на Херсон. Вранці ворог атакував місто дроном, поранено чоловіка."
    assert rows(text) == [("strike", "UA-65", "Херсон", 1, None, 1)]


def test_uk_the_hit_of_a_named_drone_confirmed_later_counts_one():
    later = "Вночі на Сумщині влучання БпЛА «Молнія» по Зарічному району підтверджено. Пошкоджено гараж."
    assert rows(later) == [("strike", "UA-59", "Суми", 1, None, None)]


def test_uk_strikes_made_on_a_place_and_the_debris_sites_examined_after():
    text = ("Увечері Сумська громада знову зазнала атаки дронів. Ворог здійснив шість ударів по території громади, "
            "усі влучання зафіксовані у Зарічному районі міста Суми. "
            "Рятувальники обстежують місця падіння уламків.")
    assert rows(text) == [("strike", "UA-59", "Суми", 6, None, None)]


def test_uk_a_strike_of_the_undeclined_drone_noun_in_the_singular_is_one():
    text = "У Конотопі на Сумщині вдень зафіксовано удар БпЛА по складу. Люди не постраждали."
    assert rows(text) == [("strike", "UA-59", "Конотоп", 1, 0, 0)]


def test_uk_the_capitals_hromada_is_the_city_when_the_city_is_told_past_a_source_line():
    text = ("Ударні БпЛА атакували Сумську громаду, пошкоджено інфраструктуру.\n"
            "Про це написав у Telegram голова Сумської ОВА.\n"
            "Після удару в місті зникло світло.")
    assert rows(text) == [("strike", "UA-59", "Суми", None, None, None)]


def test_uk_air_targets_downed_and_most_of_the_targets_destroyed_are_interceptions():
    downed = ("Вранці російські дрони атакували Вінниччину. На території області знищили 5 повітряних цілей. "
              "Постраждалих немає.")
    assert rows(downed) == [("interception", "UA-05", None, 5, 0, 0)]
    text = ("Вночі ворог атакував Миколаївщину ударними безпілотниками, пошкоджено склад. "
            "Більшість ворожих цілей знищена, повідомили в ОВА.")
    assert sorted_rows(text) == sorted([("interception", "UA-48", None, None, None, None),
                                        ("strike", "UA-48", None, None, None, None)], key=repr)


def test_uk_an_attack_from_missiles_and_drones_is_no_drone_incident():
    text = "Увечері росіяни били по Миколаївщині з ракет і дронів, пошкоджено склади."
    assert rows(text) == []


def test_uk_no_information_about_victims_with_a_fortunately_between():
    text = "Вночі дрони атакували порт на Миколаївщині. Інформація щодо поранених, на щастя, не надходила."
    assert rows(text) == [("strike", "UA-48", None, None, 0, 0)]
