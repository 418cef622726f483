"""Rules of the second session-22 accuracy round on Ukrainian reports (issue 14), each checked on
sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract
from geo.places.including_lists import including_list_mentions
from support.figures import figure_rows

DAY = dt.date(2025, 10, 30)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_regions_listed_after_zokrema_without_the_region_word_are_each_a_region():
    text = "Удари зачепили кілька областей, зокрема у Полтавській, Чернігівській та Одеській."
    assert [m.code for m in including_list_mentions(text, set())] == ["UA-53", "UA-74", "UA-51"]
    assert including_list_mentions("Удари зачепили кілька міст, зокрема Полтаву.", set()) == []


def test_uk_roundup_consequences_in_oblasts_named_after_zokrema_are_a_strike_in_each():
    text = ("Вночі ворог атакував Україну 70 ударними БпЛА. Збито 40 дронів. "
            "Наслідки атаки зафіксовані у кількох областях країни, зокрема у Полтавській, Чернігівській та Одеській.")
    assert rows(text) == [("interception", None, None, 40, None, None), ("strike", "UA-53", None, None, None, None),
                          ("strike", "UA-74", None, None, None, None), ("strike", "UA-51", None, None, None, None)]


def test_uk_toll_after_ye_and_a_victims_diagnosis_and_hospital_are_one_injured():
    assert rows("У Полтаві дрон влучив у склад. На жаль, є один постраждалий.") == [
        ("strike", "UA-53", "Полтава", 1, None, 1)]
    assert rows("У Полтаві росіяни скинули вибухівку з дрона на жителя міста. У чоловіка мінно-вибухова травма. "
                "Медики оглянули його. У потерпілого – контузія.") == [("strike", "UA-53", "Полтава", 1, None, 1)]
    assert rows("У Полтаві FPV-дрон поцілив у 60-річну жінку. Її госпіталізували з пораненнями.") == [
        ("strike", "UA-53", "Полтава", 1, None, 1)]


def test_uk_recap_as_an_outlet_reported_with_no_drone_is_background():
    text = ("У Полтаві дрон атакував склад, поранено чоловіка. "
            "Як повідомляла агенція, минулої доби в області внаслідок ворожих ударів загинули двоє людей і ще 9 зазнали поранень.")
    assert rows(text) == [("strike", "UA-53", "Полтава", 1, None, 1)]


def test_uk_recap_sentence_with_no_date_takes_the_date_its_recap_paragraph_stated():
    text = ("Вночі над Полтавщиною збили 5 дронів.\n"
            "Як повідомляла агенція, в ніч на 20 жовтня ворог запустив 40 шахедів. Сили ППО тоді збили 25 БпЛА.")
    dates = [r.date for r in extract(text, published=DAY, language="uk") if r.count == 25]
    assert dates == ["2025-10-20"]


def test_uk_toll_in_a_sentence_with_no_drone_event_goes_to_the_later_hit_on_that_village():
    text = ("Протягом доби ворожих ударів зазнали чотири населені пункти Полтавської області. "
            "Внаслідок обстрілів у селі Вербівка постраждала 50-річна жінка. Область атакували два ударні БпЛА. "
            "Руйнування є у двох районах:\n- у Полтавському районі пошкоджено приватний будинок (с. Вербівка);\n"
            "- у Лубенському районі пошкоджено автомобіль (с. Грушівка).")
    got = {r[2]: r[5] for r in rows(text)}
    assert got.get("Вербівка") == 1 and got.get("Грушівка") is None


def test_uk_toll_told_after_site_lines_reaches_a_strike_placed_only_by_the_official_named_later():
    text = ("Під ранок росіяни вдарили по обласному центру безпілотником. Через удар шахеда у багатоповерхівці сталася пожежа. "
            "Наразі на місці працюють рятувальники. Мешканців виводять з будинку.\n\n"
            "Федоров додав, що наразі відомо про двох постраждалих: чоловік отримав поранення, "
            "жінка отруїлася димом.")
    assert [(r[0], r[1], r[5]) for r in rows(text)] == [("strike", "UA-23", 2)]


def test_uk_figure_after_destroyed_that_counts_cars_is_no_drone_count():
    assert rows("Внаслідок атаки ударних дронів на Полтаву одна людина загинула. "
                "У місті пошкоджено будинок та знищено 2 машини.") == [("strike", "UA-53", "Полтава", None, 1, None)]


def test_uk_hromada_named_like_its_capital_joins_the_capitals_strike():
    text = ("Протягом дня ворог атакував Полтавську громаду ударними дронами. "
            "Увечері в Полтаві дрон влучив у склад, поранено чоловіка.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows(text)] == [("strike", "UA-53", "Полтава", 1)]


def test_uk_hromada_named_like_its_capital_alone_stays_a_hromada():
    assert [(r[1], r[2]) for r in rows("На Полтавщині вночі ворог атакував Полтавську громаду ударним дроном.")] == [("UA-53", None)]


def test_uk_yesterday_evening_and_overnight_is_the_reports_day():
    day = dt.date(2024, 3, 9)
    got = [r.date for r in extract("Вчора ввечері та вночі над Полтавщиною збито 4 шахеди.", published=day, language="uk")]
    assert got == ["2024-03-09"]
    got = [r.date for r in extract("Вчора ввечері над Полтавщиною збито 4 шахеди.", published=day, language="uk")]
    assert got == ["2024-03-08"]


def test_uk_the_victim_taken_to_hospital_named_poterpilyi_is_one_injured():
    assert rows("У Полтаві дрон скинув вибухівку на чоловіка. Потерпілого доправили до лікарні.") == [
        ("strike", "UA-53", "Полтава", 1, None, 1)]
