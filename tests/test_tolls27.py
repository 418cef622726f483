"""Tolls and counts of session 27: persons named one by one, "one dead and one wounded", a clock time."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)


def test_one_dead_and_one_wounded_after_we_have_uk() -> None:
    text = "Вночі ворожі дрони атакували село Гусарівка на Харківщині. На жаль, маємо загиблу та пораненого."
    assert figure_rows(text, "uk", DAY) == [("strike", "UA-63", "Гусарівка", None, 1, 1)]


def test_one_dead_and_one_wounded_after_there_is_ru() -> None:
    text = "В селе Муром Белгородской области дрон атаковал автомобиль. Есть погибший и раненый."
    assert figure_rows(text, "ru", DAY) == [("strike", "RU-BEL", "Муром", 1, 1, 1)]


def test_an_adult_and_children_counted_ru_uk_en() -> None:
    ru = "Беспилотник ВСУ атаковал жилой дом в селе Новая Таволжанка Белгородской области. Ранены взрослый и трое детей."
    assert figure_rows(ru, "ru", DAY) == [("strike", "RU-BEL", "Новая Таволжанка", 1, None, 4)]
    uk = "Ударний дрон влучив у подвір'я в селищі Козача Лопань на Харківщині. Постраждали доросла та двоє дітей."
    assert figure_rows(uk, "uk", DAY) == [("strike", "UA-63", "Козача Лопань", 1, None, 3)]
    en = "A drone hit a house in Vovchansk, Kharkiv region. An adult and two children were injured."
    assert figure_rows(en, "en", DAY) == [("strike", "UA-63", "Vovchansk", 1, None, 3)]


def test_clock_time_in_words_is_no_count() -> None:
    text = ("At around seven in the evening, Russian forces struck the village of Bilozerka in Kherson region "
            "with a drone. A woman was injured.")
    assert figure_rows(text, "en", DAY) == [("strike", "UA-65", "Bilozerka", 1, None, 1)]


def test_a_drop_from_one_drone_counts_one_drone() -> None:
    uk = ("Житель села Зимівник на Херсонщині зазнав поранень: окупанти скинули гранату біля подвір'я "
          "з ворожого дрона.")
    assert [r[3] for r in figure_rows(uk, "uk", DAY)] == [1]
    uk2 = "У селі Комишани на Херсонщині внаслідок скидання вибухівки з дрона поранено жінку."
    assert [r[3] for r in figure_rows(uk2, "uk", DAY)] == [1]
    ru = "На хутор Лозовой Белгородской области с беспилотника сброшены три гранаты, повреждена крыша сарая."
    assert [r[3] for r in figure_rows(ru, "ru", DAY)] == [1]


def test_wounded_who_died_is_taken_from_the_recapped_wounded() -> None:
    text = ("A woman wounded when a Russian drone hit a minibus in Nikopol has died in hospital, the regional governor said.\n\n"
            "As Ukrinform reported earlier, three people were injured when a Russian drone struck the minibus in Nikopol.")
    assert [r[4:] for r in figure_rows(text, "en", DAY)] == [(1, 2)]


def test_an_alert_sentence_that_tells_drones_downed_by_an_active_verb_is_read() -> None:
    uk = "Голова Житомирської ОВА повідомив, що під час повітряної тривоги сили ППО збили над областю 6 ударних БпЛА."
    assert figure_rows(uk, "uk", DAY) == [("interception", "UA-18", None, 6, None, None)]
    ru = "Губернатор Курской области сообщил, что во время воздушной тревоги силы ПВО сбили над регионом 3 беспилотника."
    assert figure_rows(ru, "ru", DAY) == [("interception", "RU-KRS", None, 3, None, None)]


def test_drones_told_one_by_one_add_up_at_the_place_of_the_strike() -> None:
    en = "A drone hit a garage in Vovchansk, Kharkiv region. Later a second drone struck a car, and a third one damaged a shop."
    assert figure_rows(en, "en", DAY) == [("strike", "UA-63", "Vovchansk", 3, None, None)]
    uk = "Дрон влучив у гараж у Вовчанську на Харківщині. Ще один безпілотник пошкодив автомобіль."
    assert figure_rows(uk, "uk", DAY) == [("strike", "UA-63", "Вовчанськ", 2, None, None)]
    ru = "Беспилотник атаковал гараж в Грайвороне Белгородской области. Второй дрон повредил автомобиль."
    assert figure_rows(ru, "ru", DAY) == [("strike", "RU-BEL", "Грайворон", 2, None, None)]


def test_one_more_drone_at_another_village_is_its_own_strike() -> None:
    uk = "Дрон влучив у гараж у Вовчанську на Харківщині. Ще один дрон влучив у будинок у селі Старий Салтів."
    assert figure_rows(uk, "uk", DAY) == [("strike", "UA-63", "Вовчанськ", 1, None, None),
                                          ("strike", "UA-63", "Старий Салтів", 1, None, None)]


def test_plural_person_nouns_count_their_victims_en() -> None:
    text = "A drone hit a garage in Vovchansk, Kharkiv region. Two boys were wounded and three farmers were killed."
    assert figure_rows(text, "en", DAY) == [("strike", "UA-63", "Vovchansk", 1, 3, 2)]
    text = "A drone hit a garage in Vovchansk, Kharkiv region. The attack also left two 12-year-old girls injured."
    assert figure_rows(text, "en", DAY) == [("strike", "UA-63", "Vovchansk", 1, None, 2)]


def test_victims_of_the_day_before_are_not_this_mornings_toll() -> None:
    en = "Drones struck Nikopol this morning, damaging a car. Two people were injured yesterday."
    assert figure_rows(en, "en", DAY) == [("strike", "UA-12", "Nikopol", None, None, None)]
    uk = "Вранці дрони атакували Нікополь, пошкоджено автомобіль. Вчора в місті поранено двох людей."
    assert figure_rows(uk, "uk", DAY) == [("strike", "UA-12", "Нікополь", None, None, None)]
    same_day = "Drones struck Nikopol this morning, damaging a car. Two people were injured."
    assert figure_rows(same_day, "en", DAY) == [("strike", "UA-12", "Nikopol", None, None, 2)]


def test_without_harming_people_is_no_casualties_en() -> None:
    text = "Drones struck Nikopol this morning, destroying a garage without harming people."
    assert figure_rows(text, "en", DAY) == [("strike", "UA-12", "Nikopol", None, 0, 0)]
    text = "Drones struck Nikopol this morning and destroyed a garage. No residents were affected."
    assert figure_rows(text, "en", DAY) == [("strike", "UA-12", "Nikopol", None, 0, 0)]


def test_victims_listed_one_by_one_with_their_ages_en() -> None:
    text = "A drone hit a shop in Sumy. A man, 45, a woman, 60, and a girl, 9, were injured."
    assert figure_rows(text, "en", DAY) == [("strike", "UA-59", "Sumy", 1, None, 3)]
    text = "A drone hit a shop in Sumy. A driver aged 52 and a passenger aged 30 were killed."
    assert figure_rows(text, "en", DAY) == [("strike", "UA-59", "Sumy", 1, 2, None)]


def test_another_drone_after_drones_of_no_number_stays_in_that_strike() -> None:
    en = "Drones hit a shop in Sumy at 5 a.m. Another drone struck a garage nearby."
    assert figure_rows(en, "en", DAY) == [("strike", "UA-59", "Sumy", None, None, None)]
    en = "A drone hit a shop in Sumy. Another drone struck a garage nearby."
    assert figure_rows(en, "en", DAY) == [("strike", "UA-59", "Sumy", 2, None, None)]


def test_feminine_and_accusative_person_nouns_ru_uk() -> None:
    uk = "Дрон влучив в авто у Сумах. Поранені водій та пасажирка."
    assert [r[4:] for r in figure_rows(uk, "uk", DAY)] == [(None, 2)]
    ru = "Дрон атаковал автомобиль в Шебекино. Ранены водитель и пассажирка."
    assert [r[4:] for r in figure_rows(ru, "ru", DAY)] == [(None, 2)]
