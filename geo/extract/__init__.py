"""Drone incidents (strikes and interceptions) from the text of a news article.

``extract(text, published, document, language, today)`` returns the
:class:`geo.record.Incident` records of INCIDENT_SCHEMA.md, with lat/lon left
for :mod:`geo.geocode`.  It is deterministic, offline and never raises.

Design: a small engine (:mod:`.engine`) over per-language data
(``geo/lexicons/<lang>.toml``): sentences -> clauses -> draft incidents.

Rules, in the order the engine applies them:

- A sentence is read only if the document speaks of drones, it holds an event
  word, and it is not about other weapons only (missiles, shelling, glide
  bombs), sanctions, production, alerts, "explosions were heard", "has not
  commented", or history ("In 2023, ..." before the publication year).
- Clauses are split at ";", ", while", ", and two ...".  An interception word
  (shot down, destroyed N drones, suppressed by EW ...) makes an
  interception; otherwise a strike word (hit, struck, fell on, triggered a
  fire ...) makes a strike; drone debris makes an interception with a target.
  Words like "could", "to", "not" right before an event word cancel it.
- Places: regions via :func:`geo.places.mentions.find_region_mentions`; a bare
  "Moscow" is the region when the Moscow region is named in the same or the
  two previous sentences or after "near"/"outside", otherwise the city.
  "from"/"towards"/"Moscow time" mentions are not places.  A clause with no
  region takes an official's region ("Governor Gladkov" -> RU-BEL, table in
  the lexicon), else the region named last before it ("in the same region"),
  unless it reads as a national total ("in total", "launched", "over Russia",
  also in the previous, regionless sentence): then region is null.
  Settlements after "the village/town/city of", "khutor", "near" (extras near),
  or "in/at X" for a capitalised name that is not a region; districts go to
  extras["district"] and are never settlements.
- Counts: "22 of 25" (22; "the rest" then gets 3), "N drones", "N each", "a
  drone" = 1; qualifiers "more than" -> at_least, "about" -> approximate;
  "dozens"/"several" -> null, approximate.  Two or more "N over REGION" pairs
  in one clause are a roundup: one incident per pair; "including ..." tails add
  nothing.  A list of regions with one shared count: each region, count null.
- Dates: the first date expression of the clause, else of the sentence, else
  the last one stated earlier in the document (news rarely repeats the date).
  "earlier"/"previously" with no date give null.  "On July 21" takes the
  latest July 21 not after the publication date; with no publication date,
  not after ``today`` and date_precision "year_assumed".  "overnight",
  "yesterday", "on Sunday" resolve against the publication date and give null
  without one; "over the past week" is a range ending on the publication date
  (null without one); "the night of July 16-17" is July 17.
- Casualties in the clause or sentence, or in the next two sentences when they
  continue the incident ("The driver ... sustained severe injuries" = 1
  injured); "no casualties" = 0 killed, 0 injured.
- A headline's incidents count only where the body says nothing of the
  same place.  A clause starting "The/It ..." with no new place or number, or
  a strike clause without a drone word or new place ("Windows were damaged";
  naming the region in focus again is no new place), continues the last
  incident (its target and casualties) instead.
- A report that names a single region places the settlements it names
  without one there ("В Золочеві ... повідомили в Харківській ОВА").
- Afterwards: a later incident with the same type, region and settlement and
  no conflicting count or target restates an earlier one and is merged; a
  region-level incident is dropped when settlement-level ones of the same type
  and region exist (for interceptions with a count, the debris damage is
  merged into it instead); a national total is dropped when a per-region
  breakdown follows; a strike with no place at all is dropped.
- Language: the one given, else each paragraph's (and each quote in the other script's) own (:mod:`geo.extract.language`:
  English, Russian or Ukrainian by letters and function words), each read
  with its lexicon; Russian and Ukrainian place names are inflected, so
  settlements are put in their dictionary form (:mod:`geo.extract.morph`, checked
  against the gazetteer) and also given in Latin letters
  (extras["settlement_latin"]).
- Evidence is the verbatim sentence (extended over the sentences that added
  casualties), with extras["evidence_spans"] = [[start, end]].
"""
from __future__ import annotations

import datetime as dt

from geo.extract.engine import run
from geo.extract.language import has_cyrillic, segments
from geo.extract.lexicon import available_languages
from geo.extract.lexicon_gates import gated_lexicon
from geo.record import Incident

DEFAULT_LANGUAGE = "en"
MAX_CHARS = 2_000_000  # longer inputs are read up to here: nothing in news needs more

__all__ = ["extract", "available_languages"]


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def extract(text: str, published: dt.date | None = None, document: str = "",
            language: str | None = None, today: dt.date | None = None) -> list[Incident]:
    """The drone incidents stated in ``text``, in order of appearance."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if not isinstance(text, str) or not text.strip():
        return []
    text = text[:MAX_CHARS]
    args = (_as_date(published), _as_date(today) or dt.date.today(),
            document if isinstance(document, str) else str(document))
    if language:
        return run(text, gated_lexicon(_known_language(language)), *args)
    parts = _language_parts(text)
    if len(parts) == 1:
        return run(text, gated_lexicon(next(iter(parts))), *args)
    found = [inc for lang, masked in parts.items() for inc in run(masked, gated_lexicon(lang), *args)]
    return sorted(found, key=lambda inc: inc.extras["evidence_spans"][0][0])


def _known_language(code: str | None) -> str:
    lang = (code or DEFAULT_LANGUAGE).lower().split("-")[0]
    return lang if lang in available_languages() else DEFAULT_LANGUAGE


def _language_parts(text: str) -> dict[str, str]:
    """The text once per language it is written in (paragraphs, and quotes in the other script),
    the other parts blanked (offsets kept)."""
    if not has_cyrillic(text) and _known_language(None) == _known_language("en"):
        return {_known_language("en"): text}  # (each paragraph and quote English or of no language: one part)
    return _split_by_language(text)


def _split_by_language(text: str) -> dict[str, str]:
    """:func:`_language_parts` by its paragraphs and quotes, each read for its language (the short cut
    above skips this where the answer is known; the tests compare the two)."""
    spans = [(s, e, _known_language(lang)) for s, e, lang in segments(text)] or [(0, len(text), DEFAULT_LANGUAGE)]
    langs = list(dict.fromkeys(lang for _, _, lang in spans))
    if len(langs) == 1:
        return {langs[0]: text}
    out = {}
    for lang in langs:
        chars = [c if c == "\n" else " " for c in text]
        for s, e, other in spans:
            if other == lang:
                chars[s:e] = text[s:e]
        out[lang] = "".join(chars)
    return out
