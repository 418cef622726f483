"""Which language a news text is written in: English, Russian or Ukrainian.

Drone news in these three languages is told apart reliably by letters alone:
і ї є ґ and the apostrophe inside a word are Ukrainian, ы э ъ ё are Russian,
and frequent function words settle the rest (short headlines, quotes).
No model and no dependency: the answer has to be instant and explainable.
Mixed texts (a Russian quote in an English article) are read paragraph by
paragraph with :func:`paragraphs`.
"""
from __future__ import annotations

import re

LANGUAGES = ("en", "ru", "uk")

#: Letters that only one of the two Cyrillic languages uses, with a weight per occurrence.
UK_LETTERS = "іїєґ"
RU_LETTERS = "ыэъё"
#: An apostrophe between Cyrillic letters (м'який, з'явився, обл'ять): Ukrainian spelling.
_UK_APOSTROPHE = re.compile(r"[\u0400-\u04ff]['’ʼ][\u0400-\u04ff]")
_WORD = re.compile(r"[\w'’ʼ]+")
_PARAGRAPH = re.compile(r"\n\s*\n")

#: Frequent short words of one language that the other does not write (lower case).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset("и в не что он на я с как а то все она так его но да ты к у же вы за бы по только "
                    "ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже "
                    "или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей "
                    "может они тут где есть надо ней для мы тебя их чем была сам чтобы без будто "
                    "чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем "
                    "ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех "
                    "никогда можно при наконец два об другой хоть после над больше тот через эти "
                    "нас про всего них какая много разве три эту моя впрочем хорошо свою этой "
                    "перед иногда лучше чуть том нельзя такой им более всегда конечно всю между "
                    "также около ночь сегодня вчера области район село погиб ранен сбит сбиты сбито уничтожены "
                    "уничтожено перехвачены беспилотник беспилотника беспилотников дронов атаки результате "
                    "ночью минувшей пострадавших нет губернатор сообщил попал попала попали попадание дом "
                    "повреждено повреждены атаковал атаковали".split()),
    "uk": frozenset("і й та в у не що він на я з як а то все вона так його але так ти к же ви за б "
                    "по тільки її мені було ось від мене ще немає о із йому тепер коли навіть ну "
                    "чи якщо вже або ні бути був нього до вас знову там потім себе нічого їй "
                    "може вони тут де є треба ній для ми тебе їх ніж була сам щоб без "
                    "чого раз також собі під буде тоді хто цей того тому цього який зовсім "
                    "ним тут цьому один майже мій тим неї зараз були куди навіщо всіх "
                    "ніколи можна при нарешті два про інший хоч після над більше той через ці "
                    "нас усього них яка багато три цю моя втім добре свою цієї "
                    "перед іноді краще трохи тому не можна такий їм більш завжди звичайно всю між "
                    "також близько ніч сьогодні вчора області район село загинув поранено протягом доби збито "
                    "знищено внаслідок унаслідок вночі уночі ворог ворожих дрони безпілотники безпілотників "
                    "ударних ударними постраждалих немає повідомив голова громади влучив влучила влучили "
                    "влучання будинок будинку пошкоджено пошкоджені атакував атакували уразив".split()),
    "en": frozenset("the of and to in a is that for it as was with on by at from this be are have "
                    "has had were said which an or not but its their they his her he she been after "
                    "over drones drone region overnight".split()),
}


def scores(text: str) -> dict[str, float]:
    """Evidence for each language in ``text``: distinctive letters and function words."""
    low = (text or "").lower()
    out = {lang: 0.0 for lang in LANGUAGES}
    out["uk"] += 3 * sum(low.count(ch) for ch in UK_LETTERS) + 3 * len(_UK_APOSTROPHE.findall(low))
    out["ru"] += 3 * sum(low.count(ch) for ch in RU_LETTERS)
    for word in _WORD.findall(low):
        for lang in _WORD_LANGUAGES.get(word, ()):
            out[lang] += 1
    return out


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds a Cyrillic letter (U+0400-U+04FF, those :func:`detect` counts): without
    one, :func:`detect` reads every part of it as English or as no language."""
    return _CYRILLIC.search(text) is not None


#: Every ASCII byte but a letter: what counting the letters of [A-Za-z] deletes.
_NOT_LATIN = bytes(c for c in range(128) if not chr(c).isalpha())


def _cyrillic_letters(text: str) -> int:
    """How many Cyrillic letters (U+0400-U+04FF) ``text`` holds: the UTF-16 units whose high byte is 4
    (counted in C, where a regex pass over the text took most of the language detection)."""
    return text.encode("utf-16-le", "surrogatepass")[1::2].count(4)


def _latin_letters(text: str) -> int:
    """How many Latin letters ([A-Za-z]) ``text`` holds, counted in C."""
    return len(text.encode("ascii", "ignore").translate(None, _NOT_LATIN))


#: Each function word -> the languages that write it (one dictionary look-up per word of a text).
_WORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _w in _words:
        _WORD_LANGUAGES[_w] = _WORD_LANGUAGES.get(_w, ()) + (_lang,)


def detect(text: str) -> str | None:
    """``"en"``, ``"ru"``, ``"uk"`` or None (no letters to judge by).

    The script decides first (Latin vs Cyrillic letters); within Cyrillic the
    distinctive letters and function words decide, Russian on a tie (it has
    no letter of its own in many short sentences, Ukrainian nearly always has).
    """
    if not isinstance(text, str):
        return None
    cyr = _cyrillic_letters(text)
    lat = _latin_letters(text)
    if not cyr and not lat:
        return None
    if lat > cyr:
        return "en"
    s = scores(text)
    return "uk" if s["uk"] > s["ru"] else "ru"


def paragraphs(text: str) -> list[tuple[int, int, str | None]]:
    """``(start, end, language)`` for each paragraph (blank-line separated) of ``text``.

    A paragraph with no letters takes the language of the one before it, so a
    list of numbers stays with its heading.
    """
    out: list[tuple[int, int, str | None]] = []
    start = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text or "")] + [(len(text or ""), len(text or ""))]
    for end, next_start in bounds:
        if text[start:end].strip():
            lang = detect(text[start:end]) or (out[-1][2] if out else None)
            out.append((start, end, lang))
        start = next_start
    return out


#: A quoted passage ("«Над Курской областью уничтожены ...»" in an English report).
_QUOTE = re.compile(r"«[^«»]{12,}»|“[^“”]{12,}”|\"[^\"\n]{12,}\"")
MIN_QUOTE_WORDS = 4  # a shorter quote ("«Шахед»", a name) stays in its paragraph's language


def segments(text: str) -> list[tuple[int, int, str | None]]:
    """Like :func:`paragraphs`, with quotes written in another language split off as their own
    pieces: a governor's Russian post quoted inside an English paragraph is read as Russian, the
    Ukrainian Air Force quoted in a Russian report as Ukrainian."""
    out: list[tuple[int, int, str | None]] = []
    for start, end, lang in paragraphs(text):
        quotes = list(_QUOTE.finditer(text, start, end))
        if quotes:  # the paragraph's own language is that of the words around its quotes
            outside = "".join(text[a:b] for a, b in zip([start] + [q.end() for q in quotes],
                                                        [q.start() for q in quotes] + [end]))
            lang = detect(outside) or lang
        pos = start
        for m in quotes:
            inner = text[m.start() + 1:m.end() - 1]
            quoted = detect(inner)
            if quoted in (None, lang) or len(_WORD.findall(inner)) < MIN_QUOTE_WORDS:
                continue
            if text[pos:m.start()].strip():
                out.append((pos, m.start(), lang))
            out.append((m.start(), m.end(), quoted))
            pos = m.end()
        if text[pos:end].strip():
            out.append((pos, end, lang))
    return out


def document_language(text: str) -> str | None:
    """The language most of the text is written in (by letters of each paragraph)."""
    weight: dict[str, int] = {}
    for start, end, lang in paragraphs(text):
        if lang:
            weight[lang] = weight.get(lang, 0) + len(re.findall(r"\w", text[start:end]))
    return max(weight, key=lambda k: weight[k]) if weight else None
