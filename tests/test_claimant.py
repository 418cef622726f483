"""Who says so: the claimant cues of each language on sentences written for them, precedence, the
neighbouring sentences, and that the claimant never changes any other field of an incident."""
from __future__ import annotations

import datetime as dt

import pytest

from geo import claimants
from geo.extract import claimant, extract
from geo.extract.lexicon import lower_text

PUBLISHED = dt.date(2025, 7, 22)


def claimants_of(text: str, language: str) -> list[str | None]:
    return [inc.extras["claimant"] for inc in extract(text, PUBLISHED, "t.txt", language)]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Overnight, 12 UAVs were downed above the Bryansk region, according to Russia's Defence Ministry.",
     "ru_mod"),
    ("en", "A drone hit a truck in the village of Shchetinovka in the Belgorod region, Governor Vyacheslav "
           "Gladkov wrote on Telegram.", "ru_regional"),
    ("en", "Ukraine's Air Force said air defences shot down 40 drones over the Kharkiv region overnight.",
     "ua_air_force"),
    ("en", "A drone struck a house in the Kharkiv region, injuring two people, the governor said.", "ua_regional"),
    ("en", "A drone struck a house in the Kursk region, injuring two people, the governor said.", "ru_regional"),
    ("en", "A drone hit a warehouse in the Kursk region, according to Baza.", "media"),
    ("en", "The Ukrainian General Staff claimed that its drones struck a fuel depot in the "
           "Rostov region.", "ua_general_staff"),
    ("en", "Eyewitnesses said a drone hit a house in the village of Shchetinovka in the Belgorod region.",
     "witnesses"),
    ("en", "A drone hit a house in the village of Shchetinovka in the Belgorod region.", None),
    ("ru", "Дежурные средства ПВО уничтожили 12 беспилотников над Брянской областью, сообщило Минобороны.",
     "ru_mod"),
    ("ru", "В селе Щетиновка Белгородской области дрон атаковал автомобиль. Об этом сообщил губернатор "
           "Вячеслав Гладков.", "ru_regional"),
    ("ru", "Беспилотник атаковал склад в Курской области, сообщает Mash.", "media"),
    ("uk", "Сили ППО збили 30 ударних БпЛА над Харківською областю, повідомили Повітряні сили ЗСУ.",
     "ua_air_force"),
    ("uk", "Дрон влучив у приватний будинок у Харківській області, повідомив голова ОВА Олег Синєгубов.",
     "ua_regional"),
])
def test_the_evidence_names_its_claimant(language, text, expected):
    assert claimants_of(text, language) == [expected]


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "как сообщило минобороны украины", "ua_military"),
    ("ru", "по данным минобороны рф", "ru_mod"),
    ("uk", "міноборони росії заявило", "ru_mod"),
    ("uk", "у міноборони повідомили", "ua_military"),
    ("uk", "у генштабі зсу повідомили", "ua_general_staff"),
    ("en", "the ukrainian defence ministry said", "ua_military"),
    ("en", "the defence ministry in moscow said", "ru_mod"),
    ("en", "the russian-installed governor said", "ru_regional"),
    ("en", "a drone hit a garden house, local residents said", "witnesses"),
    ("en", "the drone shot down over the field", None),  # "shot" is the outlet SHOT only as a reporter
])
def test_cue_tables_tell_the_sides_apart(language, text, expected):
    assert claimant.in_text(text, 0, len(text), language) == expected


def test_an_official_quoted_by_an_outlet_is_the_claimant():
    text = ("Air defences destroyed 20 drones over the Bryansk region overnight, the Russian Defence Ministry "
            "said, TASS reported.")
    assert claimants_of(text, "en") == ["ru_mod"]


def test_a_regional_official_of_unknown_country_stays_unsided():
    text = "the mayor said"
    assert claimant.in_text(text, 0, len(text), "en", None) == "regional"
    assert claimants.BY_KEY["regional"].side is None and claimants.BY_KEY["regional"].official


def test_every_item_of_a_ministry_list_reaches_its_lead_sentence():
    text = ("Минобороны России сообщило, что за ночь дежурные средства ПВО уничтожили 20 беспилотников:\n"
            "5 БПЛА – над территорией Брянской области;\n4 БПЛА – над территорией Курской области;\n"
            "3 БПЛА – над территорией Орловской области;\n3 БПЛА – над территорией Тульской области;\n"
            "3 БПЛА – над территорией Калужской области;\n2 БПЛА – над территорией Рязанской области.")
    found = claimants_of(text, "ru")
    assert len(found) == 6 and set(found) == {"ru_mod"}


def test_a_claimant_beyond_the_neighbouring_sentences_is_not_taken():
    text = ("Governor Vyacheslav Gladkov spoke to reporters on Monday. The weather was warm. Schools reopened. "
            "Markets were busy. Traffic was heavy. A drone hit a house in the village of Shchetinovka in the "
            "Belgorod region.")
    assert claimants_of(text, "en") == [None]


def test_every_language_has_a_cue_list_for_every_category():
    for language in ("en", "ru", "uk"):
        keys = [key for key, _ in claimant.cues(language)]
        assert keys == [c.key for c in claimants.CATEGORIES], language


def test_the_claimant_changes_no_other_field(monkeypatch):
    texts = [("en", "A drone hit a truck in the village of Shchetinovka, Governor Gladkov said. Ukraine's Air "
                    "Force said 40 of 50 drones were shot down overnight; TASS said drones hit Kursk."),
             ("ru", "Минобороны сообщило, что над Брянской областью сбили 12 беспилотников. В Курской области "
                    "дрон атаковал автомобиль, сообщил губернатор.")]
    found = [[inc.to_dict() for inc in extract(t, PUBLISHED, "t", lang)] for lang, t in texts]
    monkeypatch.setattr(claimant, "find", lambda *a, **k: None)
    assert found == [[inc.to_dict() for inc in extract(t, PUBLISHED, "t", lang)] for lang, t in texts]
    assert all(found)


def test_stretches_are_the_evidence_then_after_then_before_nearest_first():
    text = "One. Two. Three. Four. Five. Six."
    spans = [(0, 4), (5, 9), (10, 16), (17, 22), (23, 28), (29, 33)]
    assert claimant.stretches(lower_text(text), spans, 17, 22) == [(17, 22), (23, 28), (10, 16), (5, 9), (0, 4)]


def test_labels_mark_official_claims_of_either_side():
    assert claimants.describe("ru_mod,media") == "RU MoD (claim), media"
    assert claimants.describe("ua_air_force") == "UA Air Force (claim)"
    assert claimants.describe(None) == "" and claimants.describe(float("nan")) == ""
    assert claimants.sides("ua_regional,ru_mod,media") == "RU, UA"
    assert claimants.join(["media", None, "ru_mod", "media"]) == "ru_mod,media"
    assert claimants.known(["RU MoD", "media", "not named", "bogus"]) == ["ru_mod", "media", "none"]
    assert claimants.unknown(["ru_mod", "bogus"]) == ["bogus"]


@pytest.mark.parametrize("site, url, title, expected", [
    ("Meduza", "https://meduza.io/news/1", "Title", "Meduza"),
    (None, "https://www.reuters.com/world/x", "Drones hit Kursk", "reuters.com"),
    (None, None, "Drones hit Kursk - Reuters", "Reuters"),
    (None, None, "Drones hit Kursk | The Kyiv Independent", "The Kyiv Independent"),
    (None, None, "Drones hit Kursk - 5 injured", None),
    (None, "javascript:alert(1)", None, None),
    (None, None, None, None),
])
def test_the_outlet_comes_from_the_site_the_url_or_the_title(site, url, title, expected):
    assert claimants.outlet(site, url, title) == expected
