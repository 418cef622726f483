"""Region roundups whose list is broken or told across sentences: a stray full stop or line break inside the
list, the drones' object first ("дроны уничтожили в ... областях"), "их уничтожили над ..." after the drones."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract.lexicon import load_lexicon
from geo.extract.text import sentences
from support.figures import figure_rows

DAY = dt.date(2025, 3, 9)


def _regions(text: str, language: str) -> list[tuple]:
    return [(kind, region, count) for kind, region, _, count, _, _ in figure_rows(text, language, DAY)]


def test_a_stray_full_stop_inside_a_region_list_ends_no_sentence():
    text = "Беспилотники сбиты над Псковской, Новгородской. Тверской и Ярославской областями. Жертв нет."
    spans = sentences(text, load_lexicon("ru"))
    assert [text[s:e] for s, e in spans][-1] == "Жертв нет."
    assert len(spans) == 2


def test_a_full_stop_after_a_listed_town_before_a_new_sentence_still_ends_it():
    text = "Взрывы слышали в Курчатове, Льгове. Орловская область тоже под атакой."
    assert len(sentences(text, load_lexicon("ru"))) == 2


@pytest.mark.parametrize(("language", "text", "n"), [
    # what follows the full stop goes on with the list only when it names regions
    ("en", "Drones were downed over Voronezh, Lipetsk. Both regions reported minor damage.", 2),
    ("ru", "Дроны сбиты над Тверской, Псковской. В регионах повреждены линии электропередачи.", 2),
    ("ru", "Дроны сбиты над Тверской, Псковской. ЯРОСЛАВСКОЙ И ВЛАДИМИРСКОЙ ОБЛАСТЯМИ.", 1),
])
def test_a_full_stop_after_a_list_joins_only_more_regions(language, text, n):
    assert len(sentences(text, load_lexicon(language))) == n


def test_every_region_of_a_list_broken_by_a_full_stop_is_downed_ru():
    text = ("Ночью ВСУ пытались атаковать регионы России 40 дронами. Дроны уничтожили в Псковской, Тверской, "
            "Новгородской. Ярославской областях, в Ставропольском крае и Крыму.")
    assert _regions(text, "ru")[-6:] == [("interception", r, None) for r in
                                         ("RU-PSK", "RU-TVE", "RU-NGR", "RU-YAR", "RU-STA", "UA-43")]


def test_every_region_of_a_list_broken_by_a_full_stop_is_downed_uk_en():
    uk = "Сили ППО знищили 12 дронів над Вінницькою, Рівненською. Волинською та Київською областями."
    assert {r for k, r, _ in _regions(uk, "uk") if k == "interception"} == {"UA-05", "UA-56", "UA-07", "UA-32"}
    en = "Air defences downed drones over the Voronezh, Lipetsk. and Tambov regions on Sunday."
    assert [r for _, r, _ in _regions(en, "en")] == ["RU-VOR", "RU-LIP", "RU-TAM"]


def test_a_stray_line_break_inside_a_region_list_keeps_every_region():
    ru = "Ночью беспилотники сбиты над Псковской, Новгородской\nТверской и Ярославской областями."
    assert [r for _, r, _ in _regions(ru, "ru")] == ["RU-PSK", "RU-NGR", "RU-TVE", "RU-YAR"]
    uk = "Уночі дрони збито над Волинською, Рівненською\nЖитомирською областями."
    assert [r for _, r, _ in _regions(uk, "uk")] == ["UA-07", "UA-56", "UA-18"]


def test_drones_object_first_before_a_list_of_regions_are_downed_not_striking():
    text = "Беспилотники уничтожили в Тамбовской и Липецкой областях."
    assert _regions(text, "ru") == [("interception", "RU-TAM", None), ("interception", "RU-LIP", None)]
    struck = "Дроны уничтожили в Тамбовской и Липецкой областях два склада."
    assert {k for k, _, _ in _regions(struck, "ru")} == {"strike"}


def test_them_destroyed_over_regions_after_the_drones_is_an_interception():
    ru = "Днем ВСУ запустили по России 25 беспилотников. Их уничтожили над Тамбовской и Липецкой областями."
    assert [(k, r) for k, r, _ in _regions(ru, "ru")] == [("interception", "RU-TAM"), ("interception", "RU-LIP")]
    uk = "Увечері ворог запустив 18 дронів. Їх знищили над Вінницькою та Житомирською областями."
    assert [(k, r) for k, r, _ in _regions(uk, "uk")] == [("interception", "UA-05"), ("interception", "UA-18")]


def test_in_the_region_of_a_recap_is_the_region_its_sentence_before_names():
    text = ("Сили ППО знищили дрони над такими областями: Полтавська, Рівненська та Волинська.\n"
            "Як повідомлялося раніше, Волинська область теж була під атакою безпілотників. "
            "У регіоні було збито п'ять дронів.")
    rows = _regions(text, "uk")
    assert ("interception", "UA-07", 5) in rows and ("interception", None, 5) not in rows


# the drones left out, a figure destroyed over a region; "the rest over X": the total told before less the parts
@pytest.mark.parametrize(("language", "text", "rows"), [
    ("ru", "Над Курской областью сбили девять беспилотников. Ещё четыре уничтожили над Орловской областью.",
     [("RU-KRS", 9), ("RU-ORL", 4)]),
    ("ru", "Девять дронов сбили над Курской областью. Над Орловской областью ликвидировали ещё четыре.",
     [("RU-KRS", 9), ("RU-ORL", 4)]),
    ("uk", "Над Сумською областю збили дев'ять дронів. Ще чотири знищили над Полтавською областю.",
     [("UA-59", 9), ("UA-53", 4)]),
    ("en", "Air defences destroyed 11 drones overnight. Two were downed over the Penza region, the rest over the "
           "Tambov region.", [("RU-PNZ", 2), ("RU-TAM", 9)]),
    ("ru", "Ночью сбили 11 дронов: два над Пензенской областью, остальные — над Тамбовской.",
     [("RU-PNZ", 2), ("RU-TAM", 9)]),
    ("uk", "За ніч знищено 11 дронів. Два збили над Київською областю, решту — над Черкаською.",
     [("UA-32", 2), ("UA-71", 9)]),
    # the parts told in a sentence between the total and the rest are left out of the rest too
    ("en", "Air defences destroyed 15 drones overnight. Four were downed over the Penza region. One over the Saratov "
           "region, the rest over the Tambov region.", [("RU-PNZ", 4), ("RU-SAR", 1), ("RU-TAM", 10)]),
])
def test_roundup_figures_told_clause_by_clause_without_a_verb_or_drone(language, text, rows):
    assert _regions(text, language) == [("interception", r, n) for r, n in rows]


def test_a_launcher_named_before_the_drones_keeps_the_roundup_figures():
    text = "Russian air defences downed eight Kyiv-launched drones over the Tambov region and three over the Penza region."
    assert _regions(text, "en") == [("interception", "RU-TAM", 8), ("interception", "RU-PNZ", 3)]
    republic = "Air defences downed 17 drones: nine over the Republic of Tatarstan and eight over the Samara Region."
    assert _regions(republic, "en")[-2:] == [("interception", "RU-TA", 9), ("interception", "RU-SAM", 8)]


def test_a_part_of_the_drones_just_told_destroyed_by_its_defenders_is_the_national_interception():
    text = "Overnight the enemy attacked Ukraine with 52 Shahed drones. Ukrainian defenders destroyed 45 of them."
    assert _regions(text, "en") == [("interception", None, 45)]
    managed = "Air defences managed to destroy 12 drones over the Penza region."
    assert _regions(managed, "en") == [("interception", "RU-PNZ", 12)]


@pytest.mark.parametrize(("language", "text", "kind"), [
    # something destroyed beside a river ("над Дніпром") is a strike's damage, not a drone destroyed in the air
    ("uk", "Уночі ворожий дрон атакував Херсонщину. У Тягинці окупанти знищили будинок над Дніпром, поранено двох "
           "людей.", "strike"),
    ("ru", "Ночью дрон атаковал Белгородскую область. В Головчино ВСУ уничтожили гараж над рекой, ранен мужчина.",
     "strike"),
])
def test_a_building_destroyed_over_a_river_stays_a_strike(language, text, kind):
    assert {row[0] for row in figure_rows(text, language, DAY)} == {kind}
