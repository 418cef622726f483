"""Settlement names as news writes them, folded so that spellings meet.

English news romanises Russian and Ukrainian names in many ways
("Shchetinovka", "Shchetynivka", "Щетиновка"; "Kharkov", "Kharkiv").  Two
forms are built here:

- :func:`simple_form`: Cyrillic transliterated to Latin one way, lower case,
  accents and punctuation removed.  Used to rank candidates finely.
- :func:`name_key`: :func:`simple_form` with the usual variants folded
  (ye/e, iy/y/i, kh/h/g, ts/c, zh/j, ya/ia/a, doubled letters, soft signs,
  Ukrainian forms for Russian ones: -iv/-ivka for -ov/-ovka, Oleks- for
  Aleks-, Mykol- for Nikol-, -ske for -skoye).  Used as the lookup key: it is
  deliberately coarse, since the region constraint, the district and the
  ranking on the finer form separate the homonyms it creates.

Both are plain data tables applied in order, so a new variant is one row.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

#: Cyrillic (Russian, Ukrainian, Belarusian) to Latin, one way (BGN/PCGN-like).
CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo",
    "є": "ye", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "'": "", "’": "", "ʼ": "", "ʹ": "", "`": "", "´": "", "ʻ": "",
}

#: Latin letters with diacritics whose plain letter would lose a sound (ISO 9, Czech, Polish).
LATIN_SPECIAL: dict[str, str] = {
    "š": "sh", "ž": "zh", "č": "ch", "ŝ": "shch", "ć": "ch", "ś": "s", "ż": "zh", "ź": "z",
    "ł": "l", "ė": "e", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d",
}

#: Latin letters that postal data sometimes puts inside Cyrillic words.
LATIN_LOOKALIKES = str.maketrans("aceopxyiABCEHKMOPTXY", "асеорхуіАВСЕНКМОРТХУ")

_TRANSLIT = str.maketrans({**CYRILLIC_TO_LATIN, **LATIN_SPECIAL})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"\S+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_LETTERS = re.compile(r"[^a-z]+")

#: Variant folding for :func:`name_key`, applied in order to :func:`simple_form`.
#: Upper-case letters are single symbols for digraphs, so later rows cannot split them.
KEY_FOLDS: list[tuple[str, str]] = [
    (r"x", "ks"),
    (r"w", "v"),
    (r"shch|sch|szcz|shh", "Q"),        # щ
    (r"\bj|dzh|dj|zh", "J"),             # ж, дж (Jankoi/Dzhankoi, Zhytomyr)
    (r"tch|ch|cz", "X"),                 # ч
    (r"sh|sz", "W"),                     # ш
    (r"kh|h|g", "H"),                    # х, г (Ukrainian h for Russian g)
    (r"tz|ts|c", "C"),                   # ц
    (r"[yij](?=[aeou])", ""),            # iotated vowels: ya/ia/ja, ye/ie, yu/iu, yo/io
    (r"[yj]", "i"),                      # iy/y/yi/j -> i
    (r"e", "i"),                         # Ukrainian i for Russian e (Bilhorod/Belgorod)
    (r"oliks", "aliks"),                 # Oleksandrivka, Oleksiivka / Aleksandrovka, Alekseevka
    (r"(.)\1+", r"\1"),                  # doubled letters (and ii after the folds above)
    (r"[io]v", "ov"),                    # Ukrainian -iv/-ivka for Russian -ov/-ovka
    (r"mikol", "nikol"),                 # Mykolaivka / Nikolaevka
    (r"oi\b", "i"),                      # Russian -oye/-oy for Ukrainian -e/-yi (Krasnoye/Krasne)
    (r" ", ""),
]
_KEY_FOLDS = [(re.compile(p), r) for p, r in KEY_FOLDS]

#: Changes whenever a table above changes, so precomputed keys made with old rules are not used.
KEY_RULES_DIGEST = hashlib.sha1(repr((CYRILLIC_TO_LATIN, LATIN_SPECIAL, LATIN_LOOKALIKES,
                                      KEY_FOLDS)).encode()).hexdigest()[:16]


def _fix_lookalikes(text: str) -> str:
    """Replace Latin look-alike letters inside Cyrillic words ("Домашoво")."""
    if text.isascii() or not _CYRILLIC.search(text) or not _ASCII_LETTER.search(text):
        return text
    return _WORD.sub(lambda m: m.group(0).translate(LATIN_LOOKALIKES)
                     if _CYRILLIC.search(m.group(0)) else m.group(0), text)


def transliterate(text: str) -> str:
    """Cyrillic to Latin, one way; other characters are kept (case is lowered)."""
    return _fix_lookalikes(text).lower().translate(_TRANSLIT)


@lru_cache(maxsize=200_000)
def simple_form(text: str) -> str:
    """Lower-case Latin letters and single spaces: the name without accents or punctuation."""
    plain = transliterate(text)
    if not plain.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    return " ".join(_NON_LETTERS.sub(" ", plain).split())


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The folded lookup key: spellings of one name in news and gazetteer meet here."""
    key = simple_form(text)
    for pattern, repl in _KEY_FOLDS:
        key = pattern.sub(repl, key)
    return key


def fine_similarity(a: str, b: str) -> float:
    """0-100 similarity of two spellings after transliteration (ranks candidates that share a key)."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(simple_form(a), simple_form(b)))


#: Words that name a district rather than being part of its name.
DISTRICT_WORDS = re.compile(
    r"\b(?:district|raion|rayon|region|municipal|okrug|city|urban|gorodskoy|hromada|"
    r"район|районе|района|городской|округ|муниципальный)\b", re.IGNORECASE)


#: Endings that differ between a district's adjective and its town ("Valuysky", "Valuyki").
_DISTRICT_ENDING = re.compile(r"(?:ski|Cki|ki|ka|ko|[iaoe])+$")


def district_key(text: str) -> str:
    """Stem key of a district without "district"/"район": "Valuysky district", "Valuyki"
    and "ВАЛУЙСКИЙ РАЙОН" all give the same stem."""
    key = name_key(DISTRICT_WORDS.sub(" ", text or ""))
    return _DISTRICT_ENDING.sub("", key) or key


def same_district(a: str, b: str) -> bool:
    """Whether two district stems (:func:`district_key`) name one district."""
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a == b or (n >= 5 and a[:n] == b[:n])


_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z\-]*$")


#: A letter outside Latin (with extensions) and Cyrillic.
_OTHER_SCRIPT = re.compile(r"[^\W\d_\u0000-\u024f\u0400-\u052f\u1e00-\u1eff]")
_LETTER = re.compile(r"[^\W\d_]")


def script_ok(name: str) -> bool:
    """Whether a name is written in Latin or Cyrillic letters only (other scripts are skipped)."""
    return _OTHER_SCRIPT.search(name) is None and _LETTER.search(name) is not None


def mixed_junk(name: str) -> bool:
    """A Cyrillic name followed by Latin post-office codes ("Москва Ems", "Брянск Pi-Sv")."""
    words = name.split()
    return (len(words) > 1 and bool(_CYRILLIC.search(name))
            and any(_LATIN_WORD.match(w) for w in words))


#: Ukrainian to Latin by Ukraine's national system (Cabinet of Ministers resolution No. 55, 27 January
#: 2010): a pair is (at the start of a word, elsewhere): "Yahotyn" but "Znamianka", "Yizhakevych" but "Kyiv".
UK_2010: dict[str, str | tuple[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"),
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": ("yu", "iu"),
    "я": ("ya", "ia"), "'": "", "’": "", "ʼ": "", "`": "",
}
_UK_WORD = re.compile(r"[\w'’ʼ`]+")


def _uk_letter(low: str, prev: str, initial: bool) -> str:
    # the 2010 system writes зг as "zgh" (Zghurivka), so it is not read as ж ("zh")
    if low == "г" and prev == "з":
        return "gh"
    latin = UK_2010.get(low)
    if latin is None:  # a letter Ukrainian does not have (ы, э, ё, ъ): the general table
        return low.translate(_TRANSLIT)
    return latin if isinstance(latin, str) else latin[0 if initial else 1]


def _uk_word(word: str) -> str:
    caps = word.isupper() and len(word) > 1
    out, prev = [], ""
    for i, ch in enumerate(word):
        low = ch.lower()
        piece = _uk_letter(low, prev, initial=(i == 0)) if _CYRILLIC.match(low) or low in UK_2010 else ch
        if ch.isupper() and piece:
            piece = piece.upper() if caps else piece[0].upper() + piece[1:]
        out.append(piece)
        prev = low
    return "".join(out)


def romanize_uk(text: str) -> str:
    """A Ukrainian name in Latin by the official 2010 system ("Гостомель" -> "Hostomel", "Київ" -> "Kyiv")."""
    return _UK_WORD.sub(lambda m: _uk_word(m.group(0)), _fix_lookalikes(text))


def romanize_ru(text: str) -> str:
    """A Russian (or Belarusian) name in Latin by :func:`transliterate`, capitalised like the original."""
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        latin = transliterate(w)
        if w.isupper() and len(w) > 1:
            return latin.upper()
        return latin[:1].upper() + latin[1:] if w[:1].isupper() else latin

    return re.sub(r"[^\s\-]+", word, text)


def latin_spelling(settlement: str | None, language: str | None = None, place_name: str | None = None,
                   place_country: str | None = None) -> str | None:
    """How exports and tables spell a settlement in Latin letters.

    The gazetteer entry the settlement was matched to decides first, so every spelling in the text
    ("Gostomel", "Гостомель", "Hostomel") exports as one: its GeoNames Latin name when it has one,
    else its Cyrillic name romanised the way its country does (Ukraine's 2010 system for a place in
    Ukraine).  An unmatched name is romanised by the language of the text that named it.
    """
    if not settlement:
        return None
    if place_name and not _CYRILLIC.search(place_name) and script_ok(place_name):
        return place_name
    name, ukrainian = (place_name, place_country == "UA") if place_name else (settlement, language == "uk")
    if not _CYRILLIC.search(name):
        return name
    return romanize_uk(name) if ukrainian else romanize_ru(name)
