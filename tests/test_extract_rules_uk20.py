"""Rules of the session-20b accuracy round on Ukrainian and Russian oblast posts (issue 14), each checked
on sentences written for this file: running tolls since the start of a month, per-town victim lists,
parenthesised counts in roundups, victims named by where they live."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 10, 14)


def rows(text: str, language: str) -> list[tuple]:
    return figure_rows(text, language, DAY)


def test_uk_running_toll_since_the_start_of_the_month_is_no_part_of_the_attack():
    text = ("На Чернігівщині ударний дрон влучив в авто у Семенівській громаді, поранено двох людей. "
            "Від початку жовтня в області через атаки дронів загинули 7 людей, ще 51 дістали поранення.")
    assert rows(text, "uk") == [("strike", "UA-74", None, 1, None, 2)]
    text = ("Дрон атакував ферму в Ічнянській громаді Чернігівщини, поранено чоловіка. "
            "З початку тижня на Чернігівщині поранено 12 людей.")
    assert rows(text, "uk") == [("strike", "UA-74", None, 1, None, 1)]


def test_ru_running_toll_since_the_start_of_the_month_is_no_part_of_the_attack():
    text = ("В Курской области дрон атаковал автомобиль в селе Теткино, ранен водитель. "
            "С начала ноября в регионе от атак беспилотников погибли девять человек, ранены 40.")
    assert rows(text, "ru") == [("strike", "RU-KRS", "Теткино", 1, None, 1)]


def test_uk_number_words_read_with_any_apostrophe():
    for word in ("п'ятеро", "п’ятеро", "пʼятеро"):
        text = f"Голова ОВА Лисак: вранці {word} людей постраждали через удари FPV-дронами по Марганцю."
        assert rows(text, "uk")[0][5] == 5, word


def test_uk_victims_told_town_by_town_after_the_district_toll():
    text = ("Про це повідомив Лисак. Зранку на Нікопольщині четверо постраждалих через атаки FPV-дронів. "
            "У Червоногригорівській громаді поранено жінку, її госпіталізували. Стан середньої тяжкості. "
            "У самому Нікополі троє потерпілих, усі лікуються вдома.")
    assert sorted(rows(text, "uk"), key=str) == sorted([("strike", "UA-12", None, None, None, 1),
                                                        ("strike", "UA-12", "Нікополь", None, None, 3)], key=str)


def test_uk_a_district_toll_over_one_town_alone_stays_that_town():
    text = ("Про це повідомив Лисак. Зранку на Нікопольщині троє постраждалих через атаки FPV-дронів. "
            "У Нікополі поранено трьох чоловіків.")
    assert rows(text, "uk") == [("strike", "UA-12", "Нікополь", None, None, 3)]


def test_ru_roundup_with_a_figure_in_brackets_after_each_region():
    text = ("Минобороны: за ночь сбиты 20 беспилотников. Больше всего — над Орловской (9), Смоленской (6) "
            "и Тверской (3) областями. Еще по одному беспилотнику сбили над Псковской и Новгородской областями.")
    got = {(r[1], r[3]) for r in rows(text, "ru")}
    assert {("RU-ORL", 9), ("RU-SMO", 6), ("RU-TVE", 3), ("RU-PSK", 1), ("RU-NGR", 1)} <= got


def test_ru_drones_called_apparatus_in_a_roundup():
    text = ("Минобороны сообщило о 15 сбитых беспилотниках. Восемь из них сбиты над Курской областью. "
            "Еще семь аппаратов уничтожены над Московским регионом, включая два, летевших на Москву.")
    assert ("interception", "RU-MOS", None, 7, None, None) in rows(text, "ru")


SUMMARY = """Начальник ОВА Олег Синєгубов розповів, як минула доба на Харківщині.
"Внаслідок обстрілів с. Петрівка Балаклійської громади постраждали двоє людей: 40-річний чоловік та 38-річна жінка; у м. Балаклія постраждав 55-річний чоловік", – повідомив Синєгубов.
За добу по області вдарили:
▪️три БпЛА типу «Герань-2»;
▪️шість fpv-дронів;
{extra}
У Балаклійському районі пошкоджено приватний будинок.
"""


def test_uk_daily_summary_with_drones_only_its_shelling_victims_are_drone_strikes():
    got = rows(SUMMARY.format(extra="▪️БпЛА (тип встановлюється)."), "uk")
    assert ("strike", "UA-63", "Петрівка", None, None, 2) in got
    assert ("strike", "UA-63", "Балаклія", None, None, 1) in got


def test_uk_daily_summary_with_other_weapons_too_has_no_drone_strike_in_its_shelling():
    got = rows(SUMMARY.format(extra="▪️дві КАБ."), "uk")
    assert not [r for r in got if r[2] in ("Петрівка", "Балаклія")]


def test_uk_vhatyv_is_a_strike_and_a_drone_in_the_singular_before_it_counts_one():
    text = "Дроном-камікадзе ворог вгатив по Межівській громаді на Дніпропетровщині. Понівечено автівку."
    assert rows(text, "uk") == [("strike", "UA-12", None, 1, None, None)]
    text = "Росіяни вгатили FPV-дроном по Покровській громаді на Дніпропетровщині, поранено чоловіка."
    assert rows(text, "uk") == [("strike", "UA-12", None, 1, None, 1)]


def test_uk_victims_who_sought_medical_help_are_injured():
    assert rows("Дрон атакував Золочів на Харківщині. Ще двоє людей звернулися по медичну допомогу.", "uk")[0][5] == 2
    assert rows("Дрон атакував Золочів на Харківщині. По допомогу звернувся 16-річний хлопець.", "uk")[0][5] == 1
    assert rows("Дрон атакував Золочів на Харківщині. Четверо людей звернулися з пораненнями до лікарні.", "uk")[0][5] == 4


def test_uk_a_resident_named_with_her_village_who_was_wounded_is_one_injured():
    text = "Мешканка Руських Тишків Циркунівської громади Харківщини отримала поранення внаслідок удару дрона."
    assert rows(text, "uk")[0][5] == 1


def test_uk_both_unhurt_is_no_casualties():
    text = "Зранку ворог атакував дроном автівку рятувальників у Краснопіллі на Сумщині. Обидва, на щастя, лишилися неушкодженими."
    assert rows(text, "uk")[0][4:] == (0, 0)


def test_ru_one_person_injured_and_those_who_sought_help():
    text = "В результате удара дрона в Великописаревской общине Сумской области травмирован человек."
    assert rows(text, "ru")[0][5] == 1
    assert rows("Дрон атаковал Грайворон Белгородской области. За медпомощью обратились два человека.", "ru")[0][5] == 2
    assert rows("Дрон атаковал Шебекино Белгородской области. Двое мужчин обратились за медицинской помощью.", "ru")[0][5] == 2


def test_uk_drones_in_one_sentence_and_artillery_for_the_same_attack_in_the_next_is_no_drone_incident():
    text = ("Голова ОВА Лисак: протягом дня ворог бив по Нікопольщині FPV-дронами. Застосовував по району й артилерію. "
            "Пошкоджені два приватні будинки та газогін.")
    assert rows(text, "uk") == []
    text = "Голова ОВА Лисак: протягом дня ворог бив по Нікопольщині FPV-дронами. Пошкоджені два приватні будинки."
    assert [r[:3] for r in rows(text, "uk")] == [("strike", "UA-12", None)]


def test_uk_strike_with_kabs_named_in_the_instrumental_is_no_drone_strike():
    text = "Голова ОВА Лисак: через удар КАБами по Межівській громаді постраждав 50-річний чоловік."
    assert rows(text, "uk") == []


def test_bukovina_is_the_chernivtsi_region_not_a_village():
    text = "Уночі над Буковиною сили ППО збили ударний дрон, уламки пошкодили дах будинку."
    assert [r[:3] for r in rows(text, "uk")] == [("interception", "UA-77", None)]
    assert [r[:3] for r in rows("На Буковине ночью сбит беспилотник, обломки повредили дом.", "ru")] == \
        [("interception", "UA-77", None)]


def test_uk_a_sentence_of_a_time_and_a_place_only_is_one_more_strike_there():
    text = ("Голова ОВА Лисак повідомив про атаки на Нікопольщину. Вдень по району вдарив FPV-дронами. "
            "Увечері – по Червоногригорівській громаді. Вночі – по Марганцю. Там понівечено автівку, люди вціліли.")
    got = rows(text, "uk")
    assert ("strike", "UA-12", "Марганець", None, 0, 0) in got


def test_ru_a_sentence_of_a_time_and_a_place_only_is_one_more_strike_there():
    text = ("Гладков: дроны атаковали Грайворонский округ, в селе Гора-Подол поврежден дом. "
            "Ночью – по Шебекино. Там поврежден автомобиль, пострадавших нет.")
    assert ("strike", "RU-BEL", "Шебекино", None, 0, 0) in rows(text, "ru")


def test_a_starostat_named_by_its_village_adjective_is_no_settlement():
    assert rows("Ворог атакував дроном автівку поблизу Річківського старостату на Сумщині.", "uk")[0][1:3] == \
        ("UA-59", None)
    assert rows("Дрон атаковал автомобиль возле Речковского старостата Сумской области.", "ru")[0][1:3] == \
        ("UA-59", None)
