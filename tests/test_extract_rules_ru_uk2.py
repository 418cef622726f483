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


# -- one drone --------------------------------------------------------------------------------
def test_a_single_drone_downed_or_its_debris_counts_one():
    for text in ("Над Полтавщиною чергова ППО збила ворожий дрон.",
                 "На Київщині уламки безпілотника пошкодили дах складу.",
                 "На Черкащині уламки одного з дронів впали на подвір'я."):
        assert [i.count for i in incidents(text, "uk")] == [1], text
    for text in ("Над Тверской областью ПВО сбила беспилотник.",
                 "В Ростовской области обломки дрона упали на крышу гаража.",
                 "В Краснодарском крае обломки одного из беспилотников упали на ангар."):
        assert [i.count for i in incidents(text, "ru")] == [1], text


def test_a_quote_restating_the_fall_with_broken_windows_is_the_same_incident():
    text = ("В Тверской области при падении беспилотника повреждены три дачных дома, сообщил губернатор. "
            "«В результате падения БПЛА на территории Кимрского района пострадавших нет. У домов выбиты окна», "
            "— сказал он.")
    [inc] = incidents(text, "ru")
    assert (inc.event_type, inc.count, inc.killed, inc.injured) == ("strike", 1, 0, 0)


def test_debris_after_drones_downed_over_the_region_is_the_towns_own_interception():
    # the gold's key: the region's count (settlement null), and the town where one drone's debris fell
    for text, language, town, count in (
            ("Уночі над Вінниччиною сили ППО знищили сім ворожих БпЛА. Уламки дрона пошкодили два "
             "автомобілі у Гнівані. Постраждалих немає.", "uk", "Гнівань", 7),
            ("Над Воронежской областью сбили шесть беспилотников. Обломки дрона повредили навес "
             "в Лисках, пострадавших нет.", "ru", "Лиски", 6)):
        region, place = incidents(text, language)
        assert (region.event_type, region.settlement, region.count) == ("interception", None, count)
        # "обломки дрона": one drone's debris, so the town's count is that one (never the region's)
        assert (place.event_type, place.settlement, place.count, place.killed, place.injured) == (
            "interception", town, 1, 0, 0)


# -- casualties -------------------------------------------------------------------------------
def toll(text: str, language: str) -> tuple:
    [inc] = incidents(text, language)
    return inc.killed, inc.injured


def test_listed_victims_count_each_one():
    assert toll("Дрон атаковал легковушку в Судже. Пострадали женщина и двое ее внуков.", "ru") == (None, 3)
    assert toll("Дрон атакував авто у Краснопіллі. Чоловік і троє його колег дістали поранень.", "uk") == (None, 4)
    assert toll("Дрон атаковал грузовик в Обояни. Ранены водитель и пассажир.", "ru") == (None, 2)


def test_no_victims_with_words_between():
    assert toll("Беспилотник атаковал гараж в Льгове. Пострадавших и разрушений, по уточненным данным, нет.",
                "ru") == (0, 0)
    assert toll("Дрон атакував склад у Ромнах. Загиблих і постраждалих, за уточненими даними, немає.",
                "uk") == (0, 0)


def test_victims_reported_in_a_later_sentence():
    assert toll("Дрон атаковал автобус в Рыльске. Позднее стало известно о ранении пенсионерки.", "ru") == (None, 1)
    assert toll("Дрон атакував автобус у Глухові. Пізніше надійшла інформація про поранення водія.", "uk") == (None, 1)
    assert toll("Дрон атаковал автомобиль в Грайвороне. Раненого водителя доставили в больницу.", "ru")[1] == 1


def test_no_one_hurt_elsewhere_keeps_the_incidents_toll():
    text = "Дрон атаковал маршрутку в Шебекино, ранены три человека. В соседнем хуторе никто не пострадал."
    assert toll(text, "ru") == (None, 3)
    text = "Дрон атакував автомобіль у Ворожбі, ніхто не постраждав. Згодом стало відомо про поранення чоловіка."
    assert toll(text, "uk")[1] == 1


# -- counts across sentences ------------------------------------------------------------------
def test_one_more_drone_downed_at_the_same_place_adds_to_its_count():
    text = "Над Полтавщиною збито два безпілотники. Ще один ворожий дрон знищили над Полтавщиною пізніше."
    assert [(i.event_type, i.count) for i in incidents(text, "uk")] == [("interception", 3)]
    text = "Над Липецкой областью сбили четыре беспилотника. Ещё один дрон уничтожили над Липецкой областью утром."
    assert [(i.event_type, i.count) for i in incidents(text, "ru")] == [("interception", 5)]
    text = "Над Липецкой областью сбили четыре беспилотника. Ещё два дрона сбили над Тамбовской областью."
    assert sorted((i.region, i.count) for i in incidents(text, "ru")) == [("RU-LIP", 4), ("RU-TAM", 2)]
