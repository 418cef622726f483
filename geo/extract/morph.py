"""Dictionary forms of Russian and Ukrainian place names as news inflects them.

"в Шебекине", "у Прудянці", "под Курском", "в Новой Таволжанке": the
gazetteer knows "Шебекино", "Прудянка", "Курск", "Новая Таволжанка".
:func:`lemma_candidates` returns ranked nominative candidates: pymorphy3's
analyses first (place-name parses, then other nouns), then suffix rules for
names the dictionary does not know; :func:`lemma` picks the first one a
``known`` test (e.g. the gazetteer) accepts.

The analysers are loaded lazily, once per process and language (about half a
second and 20 MB each), so reading English never pays for them.  pymorphy3
reads its dictionaries from the installed ``pymorphy3-dicts-ru`` /
``pymorphy3-dicts-uk`` packages; nothing is downloaded.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from geo.places.names import transliterate

MORPH_LANGUAGES = ("ru", "uk")

#: Suffix rules for the last word of a name the dictionary does not know:
#: inflected ending -> nominative endings to try, most likely first.  Longest ending wins.
NOUN_RULES: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "ине": ("ино", "ин"), "ино": ("ино",), "ина": ("ино", "ин", "ина"), "ину": ("ино", "ин"),
        "ове": ("ово", "ов"), "ова": ("ово", "ов", "ова"), "ову": ("ово", "ов"), "овом": ("ов", "ово"),
        "еве": ("ево", "ев"), "ева": ("ево", "ев"), "ёве": ("ёво", "ёв"),
        "ке": ("ка",), "ки": ("ка",), "ку": ("ка",), "кой": ("ка",), "кою": ("ка",),
        "ске": ("ск",), "ска": ("ск",), "ском": ("ск",), "ску": ("ск",),
        "ии": ("ия",), "ию": ("ия",), "ией": ("ия",),
        "ье": ("ье",), "ья": ("ье", "ья"),
        "ах": ("ы", "и", "а"), "ях": ("и",), "ами": ("ы", "и", "а"), "ями": ("и",),
        "ом": ("",), "ем": ("ь", "й"), "е": ("", "а", "ь", "я"), "а": ("",), "у": ("",), "и": ("ь", "а"),
        "ой": ("а", "ая"), "ы": ("а",),
        "ую": ("ая",), "юю": ("яя",),  # "атаковали Двуречную": a name shaped like an adjective, accusative
    },
    "uk": {
        "ці": ("ка", "ця"), "ки": ("ка",), "ку": ("ка",), "кою": ("ка",),
        "зі": ("га", "за"), "сі": ("ха", "са"),  # "в Єлабузі", "на Стрисі": г, х alternate with з, с
        "ові": ("ів", "ове", "ово"), "ова": ("ів", "ове"), "ову": ("ів",), "овом": ("ів",),
        "єві": ("їв",), "єва": ("їв",),
        "ині": ("ин", "ине", "ина"), "ина": ("ин", "ине", "ина"),
        "ську": ("ськ",), "ська": ("ськ", "ська"),
        "ії": ("ія",), "ію": ("ія",), "ією": ("ія",),
        "жжі": ("жжя",), "жжя": ("жжя",),
        "ах": ("и", "а"), "ях": ("і", "и"),
        "і": ("", "а", "я", "ь", "е"), "у": ("",), "а": ("",), "ом": ("",), "ем": ("ь",), "ою": ("а",),
        "ої": ("а",), "и": ("а",),
    },
}

#: Adjectives before the head noun ("Новой Таволжанке", "Великому Бурлуку"): ending -> nominative
#: ending for the head's gender (f, m, n); used when the dictionary gives no adjective parse.
ADJ_RULES: dict[str, dict[str, dict[str, str]]] = {
    "ru": {"овой": {"f": "ова"}, "иной": {"f": "ина"}, "ой": {"f": "ая", "m": "ый", "n": "ое"},
           "ую": {"f": "ая"}, "ом": {"m": "ый", "n": "ое"}, "ого": {"m": "ый", "n": "ое"}, "ому": {"m": "ый", "n": "ое"}, "ей": {"f": "яя"},
           "ем": {"m": "ий", "n": "ее"}},
    "uk": {"ій": {"f": "а"}, "ої": {"f": "а"}, "ою": {"f": "а"}, "у": {"f": "а"},
           "ому": {"m": "ий", "n": "е"}, "ого": {"m": "ий", "n": "е"}, "им": {"m": "ий", "n": "е"}},
}

_GENDER = {"femn": "f", "masc": "m", "neut": "n"}
#: Spellings a language never writes ("Лискы": after к, г, х, ж, ш, ч, щ Russian writes и).
_MISSPELT = {"ru": re.compile(r"[кгхжшчщ]ы", re.IGNORECASE)}
_SPLIT = re.compile(r"(\s+)")
#: "Ростове-на-Дону": only the first part declines.
_FIXED_TAIL = re.compile(r"-(?:на|над|под|пiд|під)-.*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def analyzer(language: str):
    """The pymorphy3 analyser for ``language`` (loaded once per process)."""
    if language not in MORPH_LANGUAGES:
        raise KeyError(language)
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


def _case_like(model: str, word: str) -> str:
    """``word`` written with the capitalisation of ``model`` (per hyphen part)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    parts = word.split("-")
    mparts = model.split("-")
    out = []
    for i, p in enumerate(parts):
        m = mparts[i] if i < len(mparts) else mparts[-1]
        out.append(p[:1].upper() + p[1:] if m[:1].isupper() else p)
    return "-".join(out)


def _rule_forms(word: str, language: str) -> list[str]:
    rules = NOUN_RULES[language]
    low = word.lower()
    for n in range(min(4, len(low) - 2), 0, -1):
        ending = low[-n:]
        if ending in rules:
            misspelt = _MISSPELT.get(language)
            return [f for f in (low[:-n] + repl for repl in rules[ending]) if not (misspelt and misspelt.search(f))]
    return []


def _head_forms(word: str, language: str) -> list[tuple[str, str | None]]:
    """(nominative, gender) candidates for the last word of a name, best first."""
    low = word.lower()
    geo: list[tuple[str, str | None]] = []
    nouns: list[tuple[str, str | None]] = []
    for p in analyzer(language).parse(low):
        grammemes = set(p.tag.grammemes)
        if "NOUN" not in grammemes or {"Surn", "Name", "Patr", "anim"} & grammemes:
            continue
        gender = "p" if "Pltm" in grammemes else _GENDER.get(p.tag.gender or "")
        item = (p.normal_form, gender)
        (geo if "Geox" in grammemes else nouns).append(item)
    rules = [(f, None) for f in _rule_forms(low, language)]
    if analyzer(language).word_is_known(low):
        out = geo + nouns + rules + [(low, None)]
    else:  # the analyser only guesses an unknown name from its ending: the toponym rules know better
        out = rules + geo + nouns + [(low, None)]
    seen: dict[str, str | None] = {}
    for form, gender in out:
        if form and form not in seen:
            seen[form] = gender
        elif form in seen and seen[form] is None and gender:
            seen[form] = gender
    return list(seen.items())


def _modifier_genders(word: str, language: str) -> set[str]:
    """Genders (f, m, n, p = plural) a modifier word may agree with."""
    low = word.lower()
    morph = analyzer(language)
    out = set()
    for p in morph.parse(low) if morph.word_is_known(low) else ():
        if "ADJF" in p.tag.grammemes:
            out.add("p" if p.tag.number == "plur" else _GENDER.get(p.tag.gender or "", ""))
    ending = _adjective_ending(low, language)  # the longest only: "-ому" is no feminine "-у"
    if ending:
        out.update(ADJ_RULES[language][ending])
    return out - {""}


def _adjective_ending(low: str, language: str) -> str | None:
    """The longest ending of :data:`ADJ_RULES` that ``low`` ends in, None when none."""
    return next((e for e in _longest_first(language) if low.endswith(e)), None)


@lru_cache(maxsize=None)
def _longest_first(language: str) -> tuple[str, ...]:
    """The endings of :data:`ADJ_RULES` for ``language``, longest first (sorted once, not per word)."""
    return tuple(sorted(ADJ_RULES[language], key=len, reverse=True))


def _adjective(word: str, gender: str | None, language: str) -> str:
    """A modifier word in the nominative agreeing with the head's gender (p = plural)."""
    form = _adjective_guess(word, gender, language)
    # Russian spelling: no "ы" after к, г, х ("Афипскый" is "Афипский")
    return re.sub(r"(?<=[кгх])ы", "и", form) if language == "ru" else form


def _adjective_guess(word: str, gender: str | None, language: str) -> str:
    low = word.lower()
    wanted = {"nomn", "plur"} if gender == "p" else \
        {"nomn", "sing", {"f": "femn", "m": "masc", "n": "neut"}.get(gender or "", "masc")}
    morph = analyzer(language)
    for p in morph.parse(low) if morph.word_is_known(low) else ():
        if "ADJF" in p.tag.grammemes:
            # the Ukrainian dictionary tags no number on singular adjectives: asked for "sing", it finds no form
            form = p.inflect(wanted) or p.inflect(wanted - {"sing"})
            if form:
                return form.word
    ending = _adjective_ending(low, language)
    if ending and (gender or "m") in ADJ_RULES[language][ending]:
        return low[: -len(ending)] + ADJ_RULES[language][ending][gender or "m"]
    return low


def _compound_heads(head: str, language: str) -> list[tuple[str, str | None]]:
    """A noun-adjective compound ("Каменке-Днепровской", "Куп'янську-Вузловому"): both parts decline,
    the adjective agreeing with the noun."""
    parts = head.split("-")
    if len(parts) != 2 or not parts[0] or not _modifier_genders(parts[1], language):
        return []
    out: list[tuple[str, str | None]] = []
    for form, gender in _head_forms(parts[0], language):
        if gender in ("f", "m", "n"):
            out.append((form + "-" + _adjective(parts[1], gender, language), gender))
    return out


#: A one-word name in an oblique case of a "-ский" adjective ("Ильской", "Октябрьском", "Ільській").
#: Not "-ском" (ru) nor "-ську" (uk): "над Курском", "у Куп'янську" are the towns Курск, Куп'янськ.
_ADJECTIVE_NAME = {"ru": re.compile(r"(?:ск|цк)(ой|ую|ого|ому|им)$"),
                   "uk": re.compile(r"(?:ськ|цьк|зьк)(ій|ої|ою|ому|ого|им|ім)$")}
_FEMININE_ENDINGS = frozenset({"ой", "ую", "ій", "ої", "ою"})
#: Endings a noun and a "-ский" adjective share: both readings are candidates.
_AMBIGUOUS_ADJECTIVE = {"ru": re.compile(r"(?:ск|цк)ом$"), "uk": re.compile(r"(?:ськ|цьк)у$")}


def lemma_candidates(name: str, language: str) -> list[str]:
    """Nominative forms a (possibly inflected) place name may have, most likely first.

    The name as written is always among them (it may already be nominative or
    indeclinable, "Туапсе").  Languages other than ru/uk give ``[name]``.
    """
    name = (name or "").strip()
    if language not in MORPH_LANGUAGES or not name or not re.search(r"[\u0400-\u04ff]", name):
        return [name] if name else []
    tail_m = _FIXED_TAIL.search(name)
    tail = tail_m.group(0) if tail_m else ""
    core = name[: len(name) - len(tail)]
    words = core.split()
    head = words[-1]
    adjective = _ADJECTIVE_NAME[language].search(head) if len(words) == 1 and "-" not in head else None
    if adjective:  # "в станице Ильской", "в Октябрьском": a place named by an adjective stays one
        kinds = "f" if adjective.group(1) in _FEMININE_ENDINGS else "mn"
        return [_case_like(head, _adjective(head, g, language)) + tail for g in kinds]
    heads = _head_forms(head, language)
    if len(words) > 1:  # "Ясной Поляне": a head that agrees with the modifier first
        genders = _modifier_genders(words[0], language)
        plural = genders == {"p"}
        heads = [(f, "p" if plural else g) for f, g in heads]
        heads.sort(key=lambda fg: fg[1] not in genders)
    out: list[str] = []
    for form, gender in _compound_heads(head, language) + heads:
        mods = [_case_like(w, _adjective(w, gender, language)) for w in words[:-1]]
        out.append(" ".join(mods + [_case_like(head, form)]) + tail)
    if len(words) == 1 and "-" not in head:  # "в поселке Лесном", "у селі Зеленому": a name shaped like an adjective
        only, agreeing = _oblique_adjective(head, language)
        readings = [_case_like(head, _adjective(head, g, language)) + tail for g in agreeing]
        out = readings + out if only else out + readings
    if len(words) == 1 and _AMBIGUOUS_ADJECTIVE.get(language) and _AMBIGUOUS_ADJECTIVE[language].search(head):
        # "в поселке Афипском" (Афипский) or "над Курском" (Курск): the adjective after the noun readings,
        # for a gazetteer that spells one of them to choose
        out += [_case_like(head, _adjective(head, g, language)) + tail for g in "mn"]
    if name not in out:
        out.append(name)
    return list(dict.fromkeys(out))


def _oblique_adjective(word: str, language: str) -> tuple[bool, str]:
    """Whether the dictionary reads ``word`` only as an adjective, and the genders (m, n, f) of its readings as an
    adjective in a case other than the nominative ("" when none): "Лесном" is Лесной or Лесное, no noun "Лесн"."""
    low, morph = word.lower(), analyzer(language)
    if not morph.word_is_known(low):
        return False, ""
    parses = morph.parse(low)
    genders = {_GENDER.get(p.tag.gender or "", "") for p in parses if "ADJF" in p.tag.grammemes and "nomn" not in p.tag.grammemes}
    found = "".join(g for g in "mnf" if g in genders and _adjective(low, g, language) != low)  # ("Узловой": f only)
    return bool(found) and all("ADJF" in p.tag.grammemes for p in parses), found


def lemma(name: str, language: str, known: Callable[[str], bool] | None = None,
          spelt: Callable[[str], bool] | None = None, size: Callable[[str], int | None] | None = None) -> str:
    """The dictionary form of a place name: the first candidate a gazetteer writes exactly so (``spelt``: "в
    селе Дунайка" stays Дунайка, not "Дунайк"), but the name as written when it is a larger place (``size``:
    "Глухів" the town, not a case of the village "Глухи"); else the first ``known`` accepts (a looser test),
    else the first."""
    cands = lemma_candidates(name, language)
    if not cands or (language == "ru" and _NEUTER_ADJECTIVE_NAME.search(name)):
        return name
    first = next((c for c in cands if spelt(c)), None) if spelt is not None else None
    if first is not None:
        if size is not None and first != name and (size(name) or 0) > (size(first) or 0):
            return name
        return _as_spelt(first, name)
    if known is not None:
        for c in cands:
            if known(c):
                return _as_spelt(c, name)
    if _NOMINATIVE_VILLAGE.search(name):
        return name  # "Нехотеевка", "Малинівка" as written: no "Нехотеевк" is a name
    return _as_spelt(cands[0], name)


#: Village names in the nominative (-овка, -евка, -івка, -инка): never the genitive of a name in -вк.
_NOMINATIVE_VILLAGE = re.compile(r"(?:[оеёиі]вка|[иы]нка)$")
#: A neuter adjective name (-ное, -ское: "в поселке Ракитное") is written in the nominative: no gazetteer
#: name it could be a case of ("Ракитно") is a better reading.
_NEUTER_ADJECTIVE_NAME = re.compile(r"[^\W\dаеёиоуыэюяь]ое$")


def _as_spelt(form: str, written: str) -> str:
    """The form as the text spells it when they differ only by ё ("Белая Березка" stays so; the
    gazetteer's "Белая Берёзка" is the same name).  "Орле" -> "Орёл" keeps its ё."""
    return written if form.replace("ё", "е").replace("Ё", "Е") == written else form


@lru_cache(maxsize=4096)
def latin(name: str | None) -> str | None:
    """A settlement name in Latin letters, capitalised like the original ("Шебекино" -> "Shebekino");
    remembered per name (every incident asks, and a report names few places)."""
    if not name:
        return None
    return " ".join(_case_like(w, transliterate(w)) for w in name.split(" "))


def adjective_form(word: str, language: str, gender: str = "m") -> str:
    """A modifier ("Валуйском", "Калинівській") in the nominative of ``gender`` (m, f, n), as written."""
    if language not in MORPH_LANGUAGES or not re.search(r"[\u0400-\u04ff]", word or ""):
        return word
    return _case_like(word, _adjective(word, gender, language))


#: Endings of a place adjective in the masculine nominative, and what the place's own name may end in
#: instead ("Туапсинский" -> "Туапсе", "Рязанский" -> "Рязань", "Кстовский" -> "Кстово",
#: "Новошахтинский" -> "Новошахтинск", "Кременчуцький" -> "Кременчук").
_PLACE_ADJECTIVE = {
    "ru": (("цкий", ("к", "г", "ц")), ("ский", ("ск", "", "ь", "о", "а", "ль"))),
    "uk": (("цький", ("к", "г", "ц")), ("ський", ("ськ", "ск", "", "ь", "о", "а", "ль"))),
}
_STEM_SUFFIXES = ("ин", "ен")  # "Туапс-ин-ский", "Ухт-ин-ский": a linking suffix before -ский


def place_of_adjective(word: str, language: str, known: Callable[[str], bool]) -> str | None:
    """The settlement a place adjective is made from ("на Туапсинском НПЗ" -> "Туапсе"), when the
    gazetteer knows one; else the adjective itself if it is a settlement's name ("Афипский"); else None."""
    if language not in _PLACE_ADJECTIVE or not re.search(r"[\u0400-\u04ff]", word or ""):
        return None
    adjective = adjective_form(word, language)
    low = adjective.lower()
    candidates: list[str] = []
    for ending, replacements in _PLACE_ADJECTIVE[language]:
        if low.endswith(ending):
            stem = adjective[: -len(ending)]
            candidates += [stem + r for r in replacements]
            for suffix in _STEM_SUFFIXES:
                if stem.lower().endswith(suffix) and len(stem) > len(suffix) + 2:
                    candidates += [stem[: -len(suffix)] + r for r in ("е", "а", "о", "и", "ы", "")]
            break
    candidates.append(adjective)
    return next((c for c in dict.fromkeys(candidates) if known(c)), None)
