"""Tolls of session 29: a closing "no one was hurt" said of every incident of one region's report told before it,
and "no casualties" told with other words between ("пострадавших и разрушений также нет")."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)


def test_closing_no_toll_reaches_the_paragraphs_before_ru_uk_en() -> None:
    ru = ("В Россоши в результате атаки беспилотника повреждена кровля гаража.\n\n"
          "В селе Подгорное обломки сбитого дрона упали во двор частного дома.\n\n"
          "Над Кантемировским районом сбиты еще два беспилотника.\n\nПо словам губернатора, люди не пострадали.")
    rows = figure_rows(ru, "ru", DAY)
    assert len(rows) == 3 and all(r[5] == 0 for r in rows)
    uk = "Безпілотники атакували Смілу та село Ротмістрівка на Черкащині. Наслідки уточнюються. Люди не отримали поранень."
    assert [(r[2], r[5]) for r in figure_rows(uk, "uk", DAY)] == [("Сміла", 0), ("Ротмістрівка", 0)]
    en = ("Drones struck Zolotonosha and the village of Irkliiv in the Cherkasy region. Officials are still assessing the "
          "damage. No one was injured, the governor added.")
    rows = figure_rows(en, "en", DAY)
    assert len(rows) == 2 and all(r[5] == 0 for r in rows)


def test_closing_no_toll_not_over_a_region_with_victims_or_another_region_ru() -> None:
    hurt = ("В Россоши беспилотник повредил кровлю гаража, ранена женщина.\n\n"
            "В селе Подгорное обломки сбитого дрона упали во двор частного дома.\n\nЛисков дрон не достиг. Никто не пострадал.")
    assert ("strike", "RU-VOR", "Россошь", 1, None, 1) in figure_rows(hurt, "ru", DAY)
    other = "В Курчатове беспилотник повредил кровлю гаража. Над Орловской областью сбиты два беспилотника. Никто не был ранен."
    rows = figure_rows(other, "ru", DAY)
    assert [r[5] for r in rows if r[1] == "RU-KRS"] == [None]


def test_no_casualties_with_words_between_ru_uk_en() -> None:
    ru_lead = "Ночью над Липецкой областью сбиты четыре беспилотника. "
    for said in ("Погибших и разрушений, по информации оперштаба, не выявлено.", "Пострадавших и повреждений тоже нет."):
        assert figure_rows(ru_lead + said, "ru", DAY) == [("interception", "RU-LIP", None, 4, 0, 0)]
    assert figure_rows(ru_lead + "Жители не были ранены.", "ru", DAY) == [("interception", "RU-LIP", None, 4, None, 0)]
    uk_lead = "Уночі над Вінниччиною збито чотири безпілотники. "
    for said in ("Загиблих і руйнувань, за інформацією ОВА, не зафіксовано.", "Поранених та пошкоджень наразі немає."):
        assert figure_rows(uk_lead + said, "uk", DAY) == [("interception", "UA-05", None, 4, 0, 0)]
    assert figure_rows(uk_lead + "Люди не були травмовані.", "uk", DAY) == [("interception", "UA-05", None, 4, None, 0)]
    en_lead = "Four drones were downed over the Vinnytsia region overnight. "
    for said in ("Nobody, officials said, was wounded.", "Casualties or destruction have not been recorded."):
        assert figure_rows(en_lead + said, "en", DAY)[0][4:] in ((0, 0), (None, 0))


ALSO_LATER = (
    ("uk", "Удень окупанти атакували Запоріжжя дронами. У Шевченківському районі Запоріжжя поранено 35-річну жінку. "
           "Також дрон влучив у склад на околиці міста. Як повідомила ОВА, поранень зазнав також 66-річний чоловік."),
    ("ru", "Днем ВСУ атаковали Белгород дронами. В Западном округе Белгорода ранена 35-летняя женщина. "
           "Ранение получил также 66-летний мужчина."),
    ("en", "Drones attacked Zaporizhzhia in the afternoon. A 35-year-old woman was wounded in the Shevchenkivskyi "
           "district of Zaporizhzhia. A 66-year-old man was also injured, officials said."),
)
TOTAL_THEN_PARTS = (
    ("ru", "Днем дроны атаковали Валуйский округ Белгородской области. Пострадали четыре человека. "
           "Одну женщину госпитализировали, еще трое пострадали при ударе по их машине."),
    ("uk", "Удень дрони атакували Краснопільську громаду Сумщини. Постраждали четверо людей. "
           "Одну жінку госпіталізували, ще троє постраждали під час удару по їхній машині."),
)


def _injured(text: str, lang: str) -> list[int | None]:
    return [r[5] for r in figure_rows(text, lang, DAY)]


def test_victim_told_also_later_adds_to_the_toll_ru_uk_en() -> None:
    for lang, text in ALSO_LATER:
        assert _injured(text, lang) == [2], lang


def test_injuries_listed_as_well_as_stay_one_victim_ru() -> None:
    ru = "Дрон атаковал автомобиль в Белгороде. Водитель получил травму головы, а также ожоги рук."
    assert _injured(ru, "ru") == [1]
    same_sentence = "В Белгороде дрон атаковал автомобиль, погибла женщина. В результате атаки также ранен мужчина."
    assert [r[4:] for r in figure_rows(same_sentence, "ru", DAY)] == [(1, 1)]


def test_total_then_its_parts_in_one_sentence_stays_the_total_ru_uk() -> None:
    for lang, text in TOTAL_THEN_PARTS:
        assert _injured(text, lang) == [4], lang


def test_one_taken_to_hospital_is_injured_ru() -> None:
    ru = "Дрон атаковал автобус в Валуйках. Двух пассажиров госпитализировали."
    assert figure_rows(ru, "ru", DAY) == [("strike", "RU-BEL", "Валуйки", 1, None, 2)]


AGE_LISTS = (
    ("uk", "Дрон атакував авто біля села Юнаківка на Сумщині. Травмовано 44-річного водія, 39-річну пасажирку та 9-річного хлопчика."),
    ("en", "A drone hit a car near the village of Yunakivka in the Sumy region. A 44-year-old man, a 39-year-old woman "
           "and a 7-year-old girl were wounded."),
    ("en", "A drone hit a car near the village of Yunakivka in the Sumy region. Injured were a 44-year-old man, "
           "a 39-year-old woman and a 7-year-old girl."),
)


def test_victims_listed_by_age_count_one_each_uk_en() -> None:
    for lang, text in AGE_LISTS:
        assert _injured(text, lang) == [3], text
    killed = ("A drone hit a car near the village of Yunakivka in the Sumy region. A 44-year-old man, a 39-year-old "
              "woman and a 7-year-old girl were killed.")
    assert [r[4:] for r in figure_rows(killed, "en", DAY)] == [(3, None)]
