"""Russian and Ukrainian news: the same records as English, from the language's own lexicon.

The corpora in tests/corpus/ru and tests/corpus/uk are scored with the English corpus's scorer
(incidents match on (type, region); counts, dates and settlements on the matched ones), with the
language left for the extractor to detect.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from geo.extract import extract
from support.corpus_scoring import score

CORPUS = Path(__file__).resolve().parent / "corpus"


def load(language: str) -> list[dict]:
    articles = []
    for path in sorted((CORPUS / language).glob("articles_*.toml")):
        articles.extend(tomllib.loads(path.read_text(encoding="utf-8"))["article"])
    return articles


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_corpus_is_big_and_varied(language):
    articles = load(language)
    assert len(articles) >= 30
    assert len({a["id"] for a in articles}) == len(articles)
    assert sum(1 for a in articles if not a.get("expect")) >= 5  # alerts, missiles, shelling ...
    rows = [r for a in articles for r in a.get("expect", [])]
    assert {r["type"] for r in rows} == {"strike", "interception"}
    assert sum(1 for r in rows if r.get("settlement")) >= 15


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_incident_f1_and_field_accuracy(language):
    result = score(load(language))
    acc = result["accuracy"]
    report = "\n".join([f"{language}: F1={result['f1']:.3f} (tp={result['tp']} fp={result['fp']} fn={result['fn']}), "
                         + ", ".join(f"{k}={v:.2f}" for k, v in sorted(acc.items()))] + result["misses"])
    print("\n" + report)
    assert result["f1"] >= 0.85, report
    assert min(acc["count"], acc["date"], acc["settlement"]) >= 0.9, report


def test_russian_governor_report_in_the_dictionary_form():
    text = "В Шебекине дрон атаковал легковой автомобиль, ранен мужчина, сообщил губернатор Вячеслав Гладков."
    [inc] = extract(text, published=dt.date(2025, 6, 21))
    assert (inc.event_type, inc.region, inc.settlement, inc.count) == ("strike", "RU-BEL", "Шебекино", 1)
    assert (inc.injured, inc.target) == (1, "car")
    assert inc.extras["language"] == "ru"
    assert inc.extras["settlement_latin"] == "Shebekino"
    assert inc.evidence == text


def test_ukrainian_oblast_report_in_the_dictionary_form():
    text = "Внаслідок атаки дрона у Прудянці Харківської області поранено 52-річного чоловіка."
    [inc] = extract(text, published=dt.date(2025, 7, 12))
    assert (inc.event_type, inc.region, inc.settlement, inc.injured) == ("strike", "UA-63", "Прудянка", 1)
    assert inc.extras["language"] == "uk"
    assert inc.extras["settlement_latin"] == "Prudyanka"


def test_near_a_city_and_a_district_in_their_dictionary_forms():
    [inc] = extract("Под Курском сбит беспилотник, обломки упали на дачный участок.", published=dt.date(2025, 7, 1))
    assert (inc.event_type, inc.region, inc.settlement, inc.extras["near"]) == ("interception", "RU-KRS", "Курск", True)
    [inc] = extract("В Белгородском районе в селе Октябрьский дрон атаковал автомобиль.", published=dt.date(2025, 7, 1))
    assert (inc.region, inc.settlement, inc.extras["district"]) == ("RU-BEL", "Октябрьский", "Белгородский")


@pytest.mark.parametrize("place, code", [
    ("над Республикой Крым", "UA-43"), ("над территорией ДНР", "UA-14"),
    ("над Запорожской областью", "UA-23"), ("над Луганской Народной Республикой", "UA-09"),
    ("над Херсонской областью", "UA-65"), ("над Севастополем", "UA-40"),
])
def test_occupied_areas_as_russian_sources_name_them(place, code):
    [inc] = extract(f"Ночью {place} сбиты четыре украинских беспилотника.", published=dt.date(2025, 7, 1))
    assert (inc.region, inc.country, inc.count) == (code, "UA", 4)


def test_ministry_roundup_with_counts_in_words_and_cases():
    text = ("Дежурными средствами ПВО уничтожены 9 украинских БПЛА: пять — над территорией Брянской области, "
            "по два — над территориями Тульской и Калужской областей.")
    got = {(i.region, i.count) for i in extract(text, published=dt.date(2025, 7, 17))}
    assert got == {("RU-BRY", 5), ("RU-TUL", 2), ("RU-KLU", 2)}


@pytest.mark.parametrize("text, published, date", [
    ("В ночь на 17 июля над Курской областью сбиты три беспилотника.", "2025-07-18", "2025-07-17"),
    ("Вчера над Курской областью сбиты три беспилотника.", "2025-07-18", "2025-07-17"),
    ("Минувшей ночью над Курской областью сбиты три беспилотника.", "2025-07-18", "2025-07-18"),
    ("У ніч на 17 липня над Сумщиною збито три дрони.", "2025-07-18", "2025-07-17"),
    ("Протягом доби над Сумщиною збито три дрони.", "2025-07-18", "2025-07-18"),
])
def test_dates_as_written_in_russian_and_ukrainian(text, published, date):
    [inc] = extract(text, published=dt.date.fromisoformat(published))
    assert inc.date == date and inc.count == 3 and inc.event_type == "interception"


@pytest.mark.parametrize("text", [
    "В Белгородской области объявлена воздушная тревога.",
    "Над Белгородом сбиты две ракеты РСЗО, обломки упали на дорогу.",
    "У Харківській області оголошено повітряну тривогу через загрозу ударних БпЛА.",
    "Окупанти обстріляли Нікополь з артилерії, пошкоджено лінію електропередачі.",
])
def test_alerts_missiles_and_shelling_are_not_drone_incidents(text):
    assert extract(text, published=dt.date(2025, 7, 1)) == []


def test_mixed_document_reads_each_paragraph_in_its_language():
    text = ("Russian air defences shot down 12 drones over the Bryansk region overnight, the ministry said.\n\n"
            "«Над Курской областью уничтожены три беспилотника», — сообщили в ведомстве.\n\n"
            "У ніч на 2 серпня над Сумщиною збито два дрони.")
    got = extract(text, published=dt.date(2025, 8, 2))
    assert [(i.region, i.count, i.extras["language"]) for i in got] == [
        ("RU-BRY", 12, "en"), ("RU-KRS", 3, "ru"), ("UA-59", 2, "uk")]
    for inc in got:
        (start, end), = inc.extras["evidence_spans"]
        assert text[start:end] == inc.evidence


def test_an_explicit_language_wins_over_detection():
    text = "Над Курской областью сбиты три беспилотника."
    assert extract(text, language="ru")[0].extras["language"] == "ru"
    assert extract(text, language="en") == []  # the English lexicon has no Russian words
