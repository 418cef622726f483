"""Casualty tolls told over several sentences (session 25): our own sentences, other places and numbers."""
from __future__ import annotations

import datetime as dt

import pytest

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)
NIKOPOL = "A drone struck a car in Nikopol, Dnipropetrovsk Oblast. "

CASES = [
    # died in hospital / one of the wounded died, told after the wounded: the dead leave the injured
    ("uk", "Увечері російський дрон атакував село Великий Бурлук на Харківщині. Поранення дістали четверо людей.\n"
           "Вранці стало відомо, що один чоловік помер у лікарні.",
     ("strike", "UA-63", "Великий Бурлук", 1, 1, 3)),
    ("ru", "Беспилотник атаковал автомобиль в селе Тёткино Курской области. Ранены три человека. "
           "Позже один из раненых скончался в больнице.",
     ("strike", "RU-KRS", "Тёткино", 1, 1, 2)),
    ("en", "A Russian drone struck a bus in Kupiansk, Kharkiv Oblast, on Monday, injuring five people. "
           "One of the wounded later died in hospital, the governor said.",
     ("strike", "UA-63", "Kupiansk", 1, 1, 4)),
    # the wound named first with a plural verb, then the victims: one per age, or the two named
    ("uk", "Удень ворожий дрон скинув вибухівку на село Золочів Харківської області. "
           "Поранення дістали 71-річний чоловік, його 69-річна дружина та 40-річна сусідка.",
     ("strike", "UA-63", "Золочів", 1, None, 3)),
    ("uk", "Дрон атакував автівку в місті Краснопілля на Сумщині. Травми отримали водій та його дружина.",
     ("strike", "UA-59", "Краснопілля", 1, None, 2)),
    # "жертвами удара стали трое": the killed named after, with their number
    ("ru", "Вражеские беспилотники атаковали поселок Красная Яруга. Жертвами удара стали трое мирных жителей.",
     ("strike", "RU-BEL", "Красная Яруга", None, 3, None)),
    # lines on the victims already told (no number, no drone, no region) do not cut the reach of a later toll
    ("ru", "Беспилотник атаковал поселок Красная Яруга Белгородской области. Жертвами удара стали два человека. "
           "Один из них погиб на месте. Второго доставили в больницу, но спасти его не удалось. "
           "Еще четыре жителя поселка ранены.",
     ("strike", "RU-BEL", "Красная Яруга", 1, 2, 4)),
    ("uk", "Ворожий дрон атакував село Ворожба на Сумщині. Загинула жінка. "
           "Її рідним надають психологічну допомогу через загибель. Медики констатували смерть на місці від поранень. "
           "Ще двоє людей дістали поранення.",
     ("strike", "UA-59", "Ворожба", 1, 1, 2)),
    # number words: "N persons and one person" (N + 1), "both", "all three were wounded"
    ("uk", "Дрон влучив у маршрутку в Херсоні. Поранено трьох жінок і чоловіка.", ("strike", "UA-65", "Херсон", 1, None, 4)),
    ("uk", "Дрон атакував авто в селі Томарине Херсонської області. Загинули двоє чоловіків та жінка.",
     ("strike", "UA-65", "Томарине", 1, 3, None)),
    ("uk", "FPV-дрон атакував подружжя у селі Бериславка на Херсонщині. Обоє дістали поранення.",
     ("strike", "UA-65", "Бериславка", 1, None, 2)),
    ("uk", "Дрон атакував автомобіль у місті Нікополь на Дніпропетровщині. Всі четверо були поранені.",
     ("strike", "UA-12", "Нікополь", 1, None, 4)),
    ("ru", "Беспилотник атаковал автобус в городе Шебекино Белгородской области. Ранены две женщины и мужчина.",
     ("strike", "RU-BEL", "Шебекино", 1, None, 3)),
    ("ru", "Дрон атаковал машину в селе Мокрая Орловка Белгородской области. Оба получили ранения.",
     ("strike", "RU-BEL", "Мокрая Орловка", 1, None, 2)),
    ("ru", "Дрон ударил по грузовику в поселке Глушково Курской области. Травмы получили два сотрудника фермы.",
     ("strike", "RU-KRS", "Глушково", 1, None, 2)),
    ("en", NIKOPOL + "Three women and a man were injured.", ("strike", "UA-12", "Nikopol", 1, None, 4)),
    ("en", NIKOPOL + "A man and a woman were killed.", ("strike", "UA-12", "Nikopol", 1, 2, None)),
    ("en", NIKOPOL + "Both were hospitalized.", ("strike", "UA-12", "Nikopol", 1, None, 2)),
    # an age or a year of birth after the victims is no toll; ages listed before one "років/лет" count one each
    ("uk", "Дрон атакував подвір'я в селі Зміївка на Херсонщині. Постраждали чоловік 1971 року народження та його "
           "сусід.", ("strike", "UA-65", "Зміївка", 1, None, None)),
    ("uk", "Дрон атакував подвір'я в селі Зміївка на Херсонщині. Травм зазнали жінки 58 та 61 років.",
     ("strike", "UA-65", "Зміївка", 1, None, 2)),
    ("ru", "Дрон атаковал двор в поселке Теткино Курской области. Ранения получили мужчины 33, 47 и 52 лет.",
     ("strike", "RU-KRS", "Теткино", 1, None, 3)),
    # the toll named first, then its number with no dash; "killed and another injured"
    ("ru", "Дрон атаковал двор в поселке Теткино Курской области. Погибших двое, раненых пятеро.",
     ("strike", "RU-KRS", "Теткино", 1, 2, 5)),
    ("en", NIKOPOL + "One person was killed and another injured.", ("strike", "UA-12", "Nikopol", 1, 1, 1)),
    # two victims told one by one, each with a wound; the victims by age after a dash
    ("ru", "Дрон атаковал машину в селе Мокрая Орловка Белгородской области. Мужчину с ожогами рук и женщину с "
           "ранением ноги увезли в больницу.", ("strike", "RU-BEL", "Мокрая Орловка", 1, None, 2)),
    ("ru", "Дрон атаковал автобус в селе Мокрая Орловка Белгородской области. Пострадали водитель автобуса и "
           "пассажир.", ("strike", "RU-BEL", "Мокрая Орловка", 1, None, 2)),
    ("uk", "Дрон скинув вибухівку на село Бериславка Херсонської області. Поранені двоє пенсіонерів – 71-річний "
           "чоловік і 66-річна жінка.", ("strike", "UA-65", "Бериславка", 1, None, 2)),
    ("uk", "Дрон скинув вибухівку на село Бериславка Херсонської області. Були поранені місцеві мешканці – "
           "39-річна жінка, 41-річний та 70-річний чоловіки.", ("strike", "UA-65", "Бериславка", 1, None, 3)),
    # "він дістав травми": a pronoun and a wound word
    ("uk", "Дрон атакував велосипедиста в селі Бериславка на Херсонщині. Він дістав травми голови.",
     ("strike", "UA-65", "Бериславка", 1, None, 1)),
]


# several places with their own tolls in one strike sentence: a strike at each, the first keeps its own part's
PLACES = [
    ("ru", "Курская область. В селе Тёткино беспилотник повредил гараж, в поселке Глушково ранен мужчина, "
           "в селе Кульбаки пострадавших нет.",
     [("strike", "RU-KRS", "Тёткино", 1, None, None), ("strike", "RU-KRS", "Глушково", None, None, 1),
      ("strike", "RU-KRS", "Кульбаки", None, 0, 0)]),
    ("uk", "Сумщина. У селі Хотінь дрон пошкодив сарай, у селищі Краснопілля поранено двох жінок.",
     [("strike", "UA-59", "Хотінь", 1, None, None), ("strike", "UA-59", "Краснопілля", None, None, 2)]),
    # a later part with no victims: one incident, the sentence's toll
    ("ru", "В селе Тёткино Курской области дрон атаковал автомобиль, ранен водитель, в селе Кульбаки поврежден дом.",
     [("strike", "RU-KRS", "Тёткино", 1, None, 1)]),
]


@pytest.mark.parametrize(("language", "text", "rows"), PLACES)
def test_place_tolls(language: str, text: str, rows: list) -> None:
    assert figure_rows(text, language, DAY) == rows

# a toll told with a city district, before the strike there is placed in the city, beside an older strike
# of the same region: the toll is the one in that district's
DISTRICT_TOLL = ("Drones Strike Kherson Again, Casualties Reported\n"
                 "Early reports say a site in the city's Korabelnyi district was struck. Damage is being assessed.\n"
                 "Officials later said three people were hurt in the Korabelnyi district when a Russian drone hit it.\n"
                 "The regional governor wrote that an enemy drone struck the Korabelnyi district of Kherson and a fire "
                 "broke out.\nAs reported earlier, in the village of Bilozerka, Kherson district, a warehouse caught fire "
                 "on the night of March 4 after a Russian drone strike.")


def test_district_toll_goes_to_the_strike_in_that_district() -> None:
    assert figure_rows(DISTRICT_TOLL, "en", DAY) == [("strike", "UA-65", "Kherson", 1, None, 3),
                                                     ("strike", "UA-65", "Bilozerka", 1, None, None)]


@pytest.mark.parametrize(("language", "text", "row"), CASES)
def test_toll(language: str, text: str, row: tuple) -> None:
    assert figure_rows(text, language, DAY) == [row]
