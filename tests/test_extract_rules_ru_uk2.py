"""More Russian and Ukrainian phrasings of real news (places, single drones, tolls, restatements),
each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 3, 10)


def incidents(text: str, language: str) -> list:
    return extract(text, published=DAY, language=language)


def places(text: str, language: str) -> list[tuple]:
    return sorted(((i.event_type, i.region, i.settlement) for i in incidents(text, language)), key=str)


def figures(text: str, language: str) -> list[tuple]:
    return sorted(((i.event_type, i.settlement, i.count, i.killed, i.injured)
                   for i in incidents(text, language)), key=str)


# -- places -------------------------------------------------------------------------------
def test_kyiv_in_any_case_is_the_city():
    assert places("Уночі ворожий дрон влучив у офісну будівлю в Києві.", "uk") == [
        ("strike", "UA-30", "Київ")]
    assert places("Уламки збитого дрона впали у Дніпровському районі Києва.", "uk") == [
        ("interception", "UA-30", "Київ")]
    assert places("Вечером беспилотник атаковал склад в Киеве.", "ru") == [("strike", "UA-30", "Киев")]


def test_oblast_centres_after_prepositions():
    for phrase, city in (("у районі Сум", "Суми"), ("в Одесі", "Одеса"), ("у Харкові", "Харків"),
                         ("у Миколаєві", "Миколаїв")):
        text = f"Безпілотник влучив у склад {phrase}, виникла пожежа."
        assert [i.settlement for i in incidents(text, "uk")] == [city], phrase


def test_reporting_bodies_are_no_settlements():
    for text in ("На Полтавщині дрон пошкодив лінію електропередачі, повідомили в Укренерго.",
                 "На Чернігівщині дрон атакував легковик, повідомили у Нацполіції.",
                 "На Запоріжжі безпілотник атакував ферму, повідомили у Генштабі."):
        assert [i.settlement for i in incidents(text, "uk")] == [None], text
    text = "В Курской области беспилотник атаковал гараж, сообщили в Росгвардии."
    assert [i.settlement for i in incidents(text, "ru")] == [None]


def test_institution_named_after_a_town_is_no_incident_of_its_own():
    text = "Дрон атаковал грузовик в Валуйках. Водителя доставили в Валуйскую ЦРБ."
    assert places(text, "ru") == [("strike", "RU-BEL", "Валуйки")]
    text = "Дрон атаковал машину в Курской области, раненого доставили в Рыльскую больницу."
    assert places(text, "ru") == [("strike", "RU-KRS", None)]


def test_settlement_as_the_subject():
    text = "Велика Чернеччина вкотре зазнала атаки ворожого БпЛА, пошкоджено сарай."
    assert [i.settlement for i in incidents(text, "uk")] == ["Велика Чернеччина"]
    text = "Новая Таволжанка подверглась атаке дрона, поврежден забор."
    assert [i.settlement for i in incidents(text, "ru")] == ["Новая Таволжанка"]
