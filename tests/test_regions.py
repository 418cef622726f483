"""Region names in text, and the region polygons."""
from __future__ import annotations

import re

import pytest

from geo.places.mentions import find_region_mentions, resolve_region
from geo.places.polygons import point_in_region, region_at, regions_at, representative_point
from geo.places.regions import regions


def codes(text: str) -> list[str]:
    return [m.code for m in find_region_mentions(text)]


@pytest.mark.parametrize("text,expected", [
    ("the Belgorod region", ["RU-BEL"]),
    ("in Belgorod Oblast", ["RU-BEL"]),
    ("over the Kharkov region", ["UA-63"]),
    ("in the Kharkiv oblast", ["UA-63"]),
    ("Odessa and Odesa", ["UA-51", "UA-51"]),
    ("Kiev region", ["UA-32"]),
    ("Kyiv", ["UA-30"]),
    ("Moscow Oblast", ["RU-MOS"]),
    ("Moscow", ["RU-MOW"]),
    ("Nikolaev region", ["UA-48"]),
    ("the Mykolaiv Oblast", ["UA-48"]),
    ("Zaporozhye region", ["UA-23"]),
    ("Zaporizhzhia Oblast", ["UA-23"]),
    ("Dnepropetrovsk region", ["UA-12"]),
    ("Dnipropetrovsk Oblast", ["UA-12"]),
    ("the Kuban", ["RU-KDA"]),
    ("Donetsk People's Republic", ["UA-14"]),
    ("the Republic of Crimea", ["UA-43"]),
    ("Leningrad Region", ["RU-LEN"]),
    ("St. Petersburg", ["RU-SPE"]),
    ("Minsk region", ["BY-MI"]),
    ("Белгородская область", ["RU-BEL"]),
    ("над территорией Курской области", ["RU-KRS"]),
    ("у Харківській області", ["UA-63"]),
    ("в Краснодарском крае", ["RU-KDA"]),
    ("Республика Крым", ["UA-43"]),
    ("ДНР", ["UA-14"]),
])
def test_region_spellings(text, expected):
    assert codes(text) == expected


def test_lists_share_the_region_word():
    found = find_region_mentions("two each over the Kaluga and Tula regions")
    assert [(m.code, m.explicit) for m in found] == [("RU-KLU", True), ("RU-TUL", True)]
    found = find_region_mentions("The Russian regions of Bryansk, Moscow, Oryol, Kaluga, and Smolensk")
    assert [m.code for m in found] == ["RU-BRY", "RU-MOS", "RU-ORL", "RU-KLU", "RU-SMO"]
    assert all(m.explicit for m in found)


def test_roundup_gives_one_mention_per_region_with_offsets():
    text = ("29 drones over the Bryansk Region, 15 over the Oryol Region, 11 over the Belgorod "
            "Region and three over the Moscow Region, including one flying towards Moscow")
    found = find_region_mentions(text)
    assert [m.code for m in found] == ["RU-BRY", "RU-ORL", "RU-BEL", "RU-MOS", "RU-MOW"]
    for m in found:
        assert text[m.start:m.end] == m.text


def test_common_words_are_not_regions():
    assert codes("Vladimir Putin met the Amur tiger at a perm salon") == []


def test_resolve_region_accepts_codes_and_names():
    assert resolve_region("ru-bel") == "RU-BEL"
    assert resolve_region("Kharkov oblast") == "UA-63"
    assert resolve_region("Московская область") == "RU-MOS"
    assert resolve_region("Atlantis") is None


def test_representative_points_lie_inside_their_region():
    for code in ("RU-BEL", "UA-63", "BY-HO", "RU-MOW", "UA-40"):
        lat, lon = representative_point(code)
        assert point_in_region(lat, lon, code)
        assert code in regions_at(lat, lon)


def test_point_join_and_tie_break_is_deterministic():
    assert region_at(50.446, 36.171) == "RU-BEL"  # Shchetinovka
    assert region_at(50.0, 36.23) == "UA-63"       # Kharkiv
    assert region_at(0.0, 0.0) is None
    # a point in several polygons (border slivers) resolves the same way every time,
    # and to the preferred region when it is one of them
    lat, lon = 51.5617, 28.8827  # a sliver where Gomel (Natural Earth) overlaps Zhytomyr (geoBoundaries)
    found = regions_at(lat, lon)
    assert found == ["BY-HO", "UA-18"]
    assert region_at(lat, lon) == "BY-HO"
    assert region_at(lat, lon, prefer="UA-18") == "UA-18"


def test_every_region_has_a_name_in_three_languages_and_matches_itself():
    for code, r in regions().items():
        assert resolve_region(r.name_en) == code, r.name_en
        assert resolve_region(r.name_ru) == code, r.name_ru


# --- Russian/Ukrainian names are looked up word by word; they must match as the regex did -------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from geo.places.mentions import _alias_tables, _cyrillic_mentions  # noqa: E402

CYRILLIC_FORMS = sorted(_alias_tables()[1])


def reference_mentions(text: str) -> list[tuple[int, int, str]]:
    """The plain definition: the longest form at each word start, case-insensitive, as a regex finds it."""
    cyr = _alias_tables()[1]
    present = sorted((f for f in cyr if f in text.lower()), key=len, reverse=True)
    if not present:
        return []
    pattern = re.compile(rf"(?<![\w\-])(?:{'|'.join(map(re.escape, present))})(?![\w\-])", re.IGNORECASE)
    return [(m.start(), m.end(), cyr[m.group(0).lower()]) for m in pattern.finditer(text)]


def _spelled(form: str, how: int) -> str:
    return [form, form.upper(), form.title(), form[: len(form) // 2], form[len(form) // 3:]][how]


_PART = st.one_of(
    st.builds(_spelled, st.sampled_from(CYRILLIC_FORMS), st.integers(0, 4)),
    st.sampled_from([" ", "  ", "\n", ", ", "-", "—", " - ", "'", "ʼ", "_", "x", "7", "(", ").",
                     " и ", " та ", "областей", "в ", "у ", "над ", "Kursk region", "ґ", "ё"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PART, min_size=1, max_size=10), st.booleans())
def test_cyrillic_lookup_finds_what_the_case_insensitive_regex_finds(parts, spaced):
    text = (" " if spaced else "").join(parts)
    found = [(m.start, m.end, m.code) for m in _cyrillic_mentions(text)]
    assert found == reference_mentions(text)
    assert all(text[m.start:m.end] == m.text for m in _cyrillic_mentions(text))


@pytest.mark.parametrize("text,expected", [
    ("НАД БЕЛГОРОДСКОЙ ОБЛАСТЬЮ", [("БЕЛГОРОДСКОЙ ОБЛАСТЬЮ", "RU-BEL", True)]),
    # (the region word left out after "и": Kursk region too; not before another noun, "и Курской АЭС")
    ("Белгородской области и Курской", [("Белгородской области", "RU-BEL", True), ("Курской", "RU-KRS", True)]),
    ("Белгородской области и Курской АЭС", [("Белгородской области", "RU-BEL", True)]),
    ("Курской-области, (Курской)", []),
    ("в Курскойобласти", []),
    ("Купʼянський район", [("Купʼянський район", "UA-63", False)]),
    # old letter shapes (U+1C82 rounded o) count as the letters that case-insensitive matching equates
    ("над Курскᲂй ᲂбластью", [("Курскᲂй ᲂбластью", "RU-KRS", True)]),
])
def test_cyrillic_names_in_any_case_need_word_bounds(text, expected):
    assert [(m.text, m.code, m.explicit) for m in find_region_mentions(text)] == expected


def test_a_region_adjective_without_its_region_word():
    from geo.places.mentions import region_adjective

    assert (region_adjective("Курской"), region_adjective("Сумській"), region_adjective("Курск")) == \
        ("RU-KRS", "UA-59", None)
    found = [(m.code, m.text) for m in find_region_mentions("Над Белгородской областью сбиты 5, над Курской — 3.")]
    assert found == [("RU-BEL", "Белгородской областью"), ("RU-KRS", "Курской")]


@pytest.mark.parametrize("text, code", [
    ("над территорией Московского региона", "RU-MOS"),
    ("в Белгородском регионе", "RU-BEL"),
    ("над Курським регіоном", "RU-KRS"),
    ("у Краснодарському краї", "RU-KDA"),
    ("у Ставропольському краї", "RU-STA"),
])
def test_region_word_and_ukrainian_locative_forms(text, code):
    assert [(m.code, m.explicit) for m in find_region_mentions(text)] == [(code, True)]
