"""Language detection: the extractor picks its lexicon by it, and the store keeps it."""
from __future__ import annotations

import pytest

from geo.extract.language import detect, document_language, paragraphs


@pytest.mark.parametrize("text, lang", [
    ("Russian air defences shot down 41 Ukrainian drones over the Bryansk region overnight.", "en"),
    ("Дежурными средствами ПВО перехвачены и уничтожены 25 украинских беспилотных летательных аппаратов.", "ru"),
    ("В результате атаки БПЛА на село Щетиновка ранен мужчина.", "ru"),
    ("У ніч на 17 липня противник атакував 45 ударними БпЛА типу «Шахед».", "uk"),
    ("Збито/подавлено 38 ворожих дронів.", "uk"),
    ("Внаслідок атаки дрона у Прудянці поранено чоловіка.", "uk"),
    ("Обʼєкт інфраструктури пошкоджено", "uk"),  # apostrophe inside a word
    ("Над Курском сбит беспилотник.", "ru"),
    ("По два — над Тульской и Калужской областями.", "ru"),
    ("Пострадавших нет.", "ru"),
    ("Постраждалих немає.", "uk"),
])
def test_detect(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "12345 — 678", None])
def test_no_letters_no_language(text):
    assert detect(text) is None


def test_paragraphs_of_a_mixed_text():
    text = ("Russia's Defence Ministry said on Telegram:\n\n"
            "«Уничтожены 12 беспилотников над территорией Курской области».\n\n"
            "У ніч на 17 липня збито 38 дронів.")
    langs = [lang for _, _, lang in paragraphs(text)]
    assert langs == ["en", "ru", "uk"]
    start, end, _ = paragraphs(text)[1]
    assert text[start:end].startswith("«Уничтожены")


def test_document_language_goes_with_the_bulk():
    text = "Source: TASS\n\nНад территорией Белгородской области уничтожены три беспилотника. Пострадавших нет."
    assert document_language(text) == "ru"
    assert document_language("") is None


def test_segments_split_off_a_quote_in_the_other_script():
    from geo.extract.language import segments
    text = "The governor wrote: «Над Курской областью уничтожены три беспилотника». Nobody was hurt."
    got = [(text[s:e], lang) for s, e, lang in segments(text)]
    assert got == [("The governor wrote: ", "en"), ("«Над Курской областью уничтожены три беспилотника»", "ru"),
                   (". Nobody was hurt.", "en")]


def test_segments_keep_short_quotes_and_quotes_in_the_same_language_in_place():
    from geo.extract.language import segments
    for text in ("Drones of the «Шахед» type hit the port.", "Губернатор написал: «Над Курском сбиты дроны»."):
        assert len(segments(text)) == 1


def test_segments_split_off_a_ukrainian_quote_in_a_russian_report():
    from geo.extract.language import segments
    text = "Воздушные силы ВСУ сообщили: «У ніч на 31 жовтня противник атакував 94 ударними БпЛА». Также ..."
    assert [lang for _, _, lang in segments(text)] == ["ru", "uk", "ru"]


def test_letter_counts_are_those_of_the_script_ranges():
    """The counts detect() compares: [\\u0400-\\u04ff] and [A-Za-z], whatever else the text holds."""
    import re

    from geo.extract.language import _cyrillic_letters, _latin_letters

    for text in ["Дрони атакували Sumy", "ЀӿԀ ᲀ Ґ ї", "abc𝐀Z ﬁ ÀÉß K", "\ud800 lone \udcff surrogates", "", "12 — 34"]:
        assert _cyrillic_letters(text) == len(re.findall(r"[\u0400-\u04ff]", text))
        assert _latin_letters(text) == len(re.findall(r"[A-Za-z]", text))


def test_a_text_without_cyrillic_is_one_english_part():
    """extract's short cut for such a text (no language split) gives what the split itself gives: each of its
    segments reads as English or none."""
    from geo.extract import _language_parts, _split_by_language
    from geo.extract.language import has_cyrillic, segments
    from tests.test_patterns import corpus_texts

    texts = [t for t in corpus_texts(40) if not has_cyrillic(t)]
    texts += ['«Drones over the city» he said', '"12 345"\n\n“Kyiv” said', "...\n\n!!!"]
    assert len(texts) > 5 and has_cyrillic("Київ") and not has_cyrillic("Kyiv")
    for text in texts:
        assert not has_cyrillic(text)
        assert {lang for _, _, lang in segments(text)} <= {"en", None}
        assert _language_parts(text) == _split_by_language(text) == {"en": text}
