"""Inflected Russian/Ukrainian place names back to the dictionary form the gazetteer knows."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from geo.extract.morph import adjective_form, latin, lemma, lemma_candidates


@pytest.mark.parametrize("written, lang, nominative", [
    ("Шебекине", "ru", "Шебекино"),
    ("Белгороде", "ru", "Белгород"),
    ("Курском", "ru", "Курск"),
    ("Щетиновке", "ru", "Щетиновка"),
    ("Новой Таволжанке", "ru", "Новая Таволжанка"),
    ("Ростове-на-Дону", "ru", "Ростов-на-Дону"),
    ("Старому Осколе", "ru", "Старый Оскол"),
    ("Ясной Поляне", "ru", "Ясная Поляна"),
    ("Тёткине", "ru", "Тёткино"),  # not in the dictionary: suffix rules
    ("Прудянці", "uk", "Прудянка"),
    ("Харкові", "uk", "Харків"),
    ("Шостці", "uk", "Шостка"),
    ("Вовчанську", "uk", "Вовчанськ"),
    ("Козачій Лопані", "uk", "Козача Лопань"),
    ("Нових Санжарах", "uk", "Нові Санжари"),
    ("Бердянськ", "uk", "Бердянськ"),  # already nominative
    ("Туапсе", "ru", "Туапсе"),  # indeclinable
])
def test_first_candidate_is_the_nominative(written, lang, nominative):
    assert lemma_candidates(written, lang)[0] == nominative


def test_the_written_form_is_always_a_candidate():
    for name in ("Глушковом", "Прудянці", "Туапсе"):
        assert name in lemma_candidates(name, "ru" if name != "Прудянці" else "uk")


def test_known_picks_the_first_accepted_candidate():
    # "Иванове" may be Иваново or Иванов; a gazetteer that knows only one decides
    assert lemma("Белгороде", "ru", known=lambda n: n == "Белгород") == "Белгород"
    cands = lemma_candidates("Глушкове", "ru")
    assert {"Глушково", "Глушков"} <= set(cands)
    assert lemma("Глушкове", "ru", known=lambda n: n == "Глушков") == "Глушков"
    assert lemma("Глушкове", "ru", known=lambda n: False) == cands[0]


def test_other_languages_and_latin_names_pass_through():
    assert lemma_candidates("Shebekino", "ru") == ["Shebekino"]
    assert lemma_candidates("Шебекине", "en") == ["Шебекине"]
    assert lemma_candidates("", "ru") == []


def test_district_adjectives_in_the_masculine_nominative():
    assert adjective_form("Валуйском", "ru") == "Валуйский"
    assert adjective_form("Белгородского", "ru") == "Белгородский"
    assert adjective_form("Чугуївському", "uk") == "Чугуївський"
    assert adjective_form("Kyivskyi", "uk") == "Kyivskyi"


def test_latin_transliteration_keeps_capitals():
    assert latin("Шебекино") == "Shebekino"
    assert latin("Новая Таволжанка") == "Novaya Tavolzhanka"
    assert latin("Ростов-на-Дону") == "Rostov-na-Donu"
    assert latin(None) is None


def test_english_extraction_does_not_load_the_analysers():
    code = ("import sys, datetime as dt; from geo.extract import extract; "
            "extract('Air defences shot down 12 drones over the Kursk region.', dt.date(2025, 7, 1)); "
            "print('pymorphy3' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "False"


def test_dictionaries_load_offline_from_the_installed_packages():
    # conftest forbids non-loopback sockets: loading the dictionaries must not need the network
    from geo.extract.morph import analyzer

    assert analyzer("ru").parse("Шебекине")[0].normal_form == "шебекино"
    assert analyzer("uk").parse("Прудянці")[0].normal_form == "прудянка"


def test_a_name_shaped_like_an_adjective_in_the_accusative():
    from geo.extract.morph import lemma_candidates
    assert lemma_candidates("Двуречную", "ru")[0] == "Двуречная"


@pytest.mark.parametrize("written, nominative", [
    ("Верхньому Салтові", "Верхній Салтів"),  # soft-stem adjective: not "Верхньий"
    ("Нижньої Сироватки", "Нижня Сироватка"),
    ("Гур'ївському Козачку", "Гур'ївський Козачок"),  # "-ому" is masculine: the head "Козачок", not "Козачка"
])
def test_ukrainian_two_word_names_agree_in_the_nominative(written, nominative):
    assert lemma_candidates(written, "uk")[0] == nominative


def test_a_ukrainian_feminine_district_adjective_in_the_masculine():
    assert adjective_form("Балаклійській", "uk") == "Балаклійський"


@pytest.mark.parametrize("written, lang, nominative", [
    ("Лесном", "ru", "Лесной"),  # "в посёлке Лесном": an adjective's case, not a noun "Лесн"
    ("Верхнем", "ru", "Верхний"),
    ("Тихому", "uk", "Тихий"),
])
def test_a_one_word_name_shaped_like_an_adjective_reads_as_one(written, lang, nominative):
    assert lemma(written, lang, known=lambda n: n == nominative) == nominative
    if lang == "ru":  # (only an adjective in the dictionary: its readings first)
        assert lemma_candidates(written, lang)[0] == nominative


def test_a_noun_reading_still_comes_first_when_the_dictionary_has_one():
    assert lemma_candidates("Лиманом", "ru")[0] == "Лиман"
    assert lemma_candidates("Курском", "ru")[0] == "Курск"
