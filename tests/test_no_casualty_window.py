"""An explicit "no casualties" read by co-occurrence in a clause (casualty word + absence cue, either order,
a few plain words apart), and what is not one: an absence of news, a question, a turn, a number."""
from __future__ import annotations

import datetime as dt

import pytest

from support.figures import figure_rows

DAY = dt.date(2025, 6, 12)
RU = "Ночью беспилотник атаковал ангар в селе Глушково Курской области. "
UK = "Вранці дрон влучив у зерносховище в селі Борова на Харківщині. "
EN = "A drone struck a grain store in the village of Borova, Kharkiv Oblast, on Thursday. "

POSITIVES = [
    # generic word: killed 0 and injured 0, with fillers between word and cue, in either order
    ("ru", RU + "Пострадавших, по данным администрации, нет.", (0, 0)),
    ("ru", RU + "Обошлось, по предварительной информации оперативных служб, без жертв.", (0, 0)),
    ("ru", RU + "Пострадавшие среди местных жителей отсутствуют.", (0, 0)),
    ("uk", UK + "Жертв серед мешканців, на щастя, немає.", (0, 0)),
    ("uk", UK + "Наразі не зафіксовано серед населення постраждалих.", (0, 0)),
    ("en", EN + "Fortunately there were, the regional police said, no casualties.", (0, 0)),
    ("en", EN + "The night passed without any civilian victims.", (0, 0)),
    # an aside between commas besides a word or two
    ("ru", RU + "Пострадавших, как сообщил глава Глушковского района, к счастью нет.", (0, 0)),
    ("uk", UK + "Постраждалих, як уточнили в обласній військовій адміністрації, немає.", (0, 0)),
    ("en", EN + "Nobody was, as the district chief told reporters, hurt.", (None, 0)),
    # the dead only, or the injured only
    ("ru", RU + "Погибших среди гражданских, к счастью, нет.", (0, None)),
    ("uk", UK + "Поранених серед працівників поки що немає.", (None, 0)),
    ("en", EN + "Nobody in the building was hurt.", (None, 0)),
    ("en", EN + "No one at the depot was killed.", (0, None)),
]

NEGATIVES = [
    # an absence of news, a question, a number or a turn between the word and the cue
    ("ru", RU + "Есть ли среди жителей пострадавшие, пока не уточняется."),
    ("ru", RU + "Выясняется, есть ли раненые среди сотрудников."),
    ("uk", UK + "Чи є серед працівників постраждалі, з'ясовують."),
    ("en", EN + "Officials could not yet say whether any workers were hurt."),
    ("en", EN + "Were there casualties among the staff?"),
    ("en", EN + "It is unclear if anyone at the depot was injured."),
    ("en", EN + "None of the guards was seriously hurt."),
    ("en", EN + "There was no siren, neighbours recalled, and people were injured."),
    ("uk", UK + "Наразі немає повідомлень про постраждалих серед працівників."),
]


@pytest.mark.parametrize("lang,text,toll", POSITIVES)
def test_no_casualties_in_other_words(lang: str, text: str, toll: tuple) -> None:
    rows = figure_rows(text, lang, DAY)
    assert len(rows) == 1
    assert rows[0][4:] == toll


@pytest.mark.parametrize("lang,text", NEGATIVES)
def test_absence_of_news_is_no_toll(lang: str, text: str) -> None:
    rows = figure_rows(text, lang, DAY)
    assert len(rows) == 1
    assert rows[0][4:] == (None, None)


def test_a_toll_beside_an_absence_keeps_its_number() -> None:
    rows = figure_rows(EN + "No one was killed, but four workers were injured.", "en", DAY)
    assert rows[0][4:] == (0, 4)
    rows = figure_rows(RU + "Погибших нет, ранены трое рабочих.", "ru", DAY)
    assert rows[0][4:] == (0, 3)
