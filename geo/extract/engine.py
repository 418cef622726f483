"""The extraction engine: sentences -> clauses -> draft incidents -> records.

Language-free: every word it looks for comes from the lexicon (see
:mod:`geo.extract.lexicon`).  The rules are described in :mod:`geo.extract`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from geo.extract import claimant
from geo.extract.attack_beside_downed import drop_attack_beside_downed
from geo.extract.attack_debris import merge_attack_debris, merge_downed_damage
from geo.extract.attack_total import split_attack_total
from geo.extract.capital_lists import capital_lists
from geo.extract.clause import Reader
from geo.extract.dates import DateRef
from geo.extract.debris_cause import debris_as_cause
from geo.extract.district_centre import district_centre_parts, district_centres
from geo.extract.district_lists import district_lists
from geo.extract.downed_attacks import merge_downed_attacks
from geo.extract.downed_part import split_downed_part
from geo.extract.draft import Draft
from geo.extract.facility_towns import facility_towns
from geo.extract.falls import merge_downed_fall, merge_fall_after_downed, merge_fall_then_downed
from geo.extract.fire_lead import merge_debris_lead
from geo.extract.found_lead import place_found_lead
from geo.extract.headline import drop_headline
from geo.extract.hit_debris import merge_hit_debris
from geo.extract.hit_tolls import tolls_to_hits
from geo.extract.landmarks import landmark_places
from geo.extract.later_date import date_told_after
from geo.extract.lead_tolls import lead_over_parts
from geo.extract.leads import drop_bare_siblings, drop_told_elsewhere, merge_details, merge_lead_attack, place_lead
from geo.extract.lexicon import Lexicon, lower_text
from geo.extract.lowering import fold_apostrophes
from geo.extract.more_downed import add_more_downed
from geo.extract.morph import latin
from geo.extract.near_centre import merge_near_centre
from geo.extract.no_hits import drop_missed_attacks
from geo.extract.one_of_downed import merge_one_of_downed
from geo.extract.parts import (
    merge_debris_damage,
    merge_districts,
    merge_located,
    merge_same_place,
    merge_unplaced_damage,
    merge_wreckage,
)
from geo.extract.passes import (
    city_regions,
    collapse_districts,
    drop_repelled,
    drop_summaries,
    merge_continuations,
    merge_debris,
    merge_fallen,
    merge_restatements,
    one_region,
    place_unplaced,
)
from geo.extract.placed_tolls import placed_tolls
from geo.extract.places_each import one_each_place
from geo.extract.reading import Text
from geo.extract.region_damage import merge_region_damage
from geo.extract.regional_centre import capital_districts, capital_hromadas, regional_centres
from geo.extract.repelled import damage_of_repelled
from geo.extract.report_tolls import no_toll_to_towns_after
from geo.extract.restated import drop_earlier_totals, regions_of_counted
from geo.extract.seas import sea_figures
from geo.extract.spellings import canonical_spellings
from geo.extract.suburbs import drop_suburb_towns
from geo.extract.summaries import drop_partial_totals
from geo.extract.totals import drop_broken_down_totals, drop_uncounted_national, merge_national
from geo.extract.vague_parts import drop_vague_parts
from geo.extract.weaponless import drop_weaponless_region_strikes
from geo.places.regions import country_of, region_name
from geo.record import FIRST_YEAR, MAX_FIGURE, SCHEMA_FIELDS, Incident, validate

Pass = Callable[[list[Draft], Any], list[Draft]]  # drafts, the text being read -> drafts


def _sane(n: int | None) -> int | None:
    """A figure above :data:`geo.record.MAX_FIGURE` is a misread number: unknown, the incident kept."""
    return None if n is not None and n > MAX_FIGURE else n


def _last_year(doc: Text) -> int:
    """The last year a date of ``doc`` may fall in: next year (of the publication, today at the latest)."""
    return min((doc.published or doc.today).year, dt.date.today().year) + 1


def _sane_date(ref: DateRef | None, last: int) -> DateRef | None:
    """A date outside FIRST_YEAR..``last`` (see :func:`_last_year`) is unknown."""
    days = [v for v in (ref.date, ref.date_end) if v] if ref else []
    return ref if all(FIRST_YEAR <= int(v[:4]) <= last for v in days) else None


def to_incidents(drafts: list[Draft], doc: Text, document: str, written: str | None = None) -> list[Incident]:
    """The incidents of the drafts; their evidence from the text as ``written`` (same offsets as the text read)."""
    text, lex = doc.text if written is None else written, doc.lex
    out = []
    last = _last_year(doc)  # (once per text: the clock is read once)
    for d in drafts:
        if d.event_type == "strike" and d.region is None and d.settlement is None and (
                d.count is None or (d.national and not lex.located_hits.search(doc.low, *d.span))):
            continue  # a strike needs a place or a number; "drones hit refineries" in general is not one
        if d.count is None and d.one_attack:
            d.count, d.qualifier = 1, "exact"
        if _sane(d.count) is None and d.count is not None:
            d.count, d.qualifier = None, None
        d.killed, d.injured = _sane(d.killed), _sane(d.injured)
        date = _sane_date(d.date if d.date and d.date.known else None, last)
        start, end = d.span
        inc = Incident(
            event_type=d.event_type,
            country=country_of(d.region) if d.region else doc.country_at(d.span[1]),
            region=d.region,
            region_name=region_name(d.region),
            settlement=d.settlement,
            count=d.count,
            count_qualifier=d.qualifier if d.count is not None or d.qualifier == "approximate" else None,
            date=date.date if date else None,
            date_end=date.date_end if date else None,
            date_precision=date.precision if date and date.date else None,
            killed=d.killed,
            injured=d.injured,
            target=d.target,
            evidence=text[start:end],
            document=document,
            extras={"district": d.district, "near": d.near, "evidence_spans": [[start, end]],
                    "language": lex.language, "fire": d.fire, "settlement_latin": latin(d.settlement)},
        )
        if not validate({k: getattr(inc, k) for k in SCHEMA_FIELDS}):
            inc.extras["claimant"] = claimant.find(doc.low, doc.sentences, start, end, lex.language, inc.country)
            out.append(inc)
    return out


def _drafts_only(step: Callable[[list[Draft]], list[Draft]]) -> Pass:
    """A pass that reads only the drafts, as one of :data:`PASSES`."""
    return lambda drafts, doc: step(drafts)


# What happens to the drafts after the sentence loop, in order.  Each pass reads the drafts (and the text,
# for most): merges of restatements, debris and details into their incident, summaries and totals dropped,
# places and tolls given to the incident they belong to (see each module).  Order matters: a merge that
# needs a place runs after the pass that gives it one.
PASSES: tuple[Pass, ...] = (
    date_told_after, canonical_spellings, landmark_places, drop_missed_attacks, regions_of_counted, one_region, split_attack_total,
    one_each_place, drop_bare_siblings, drop_told_elsewhere, drop_headline, drop_attack_beside_downed,
    merge_downed_attacks, _drafts_only(merge_debris), merge_wreckage, merge_unplaced_damage, drop_broken_down_totals,
    add_more_downed, _drafts_only(lead_over_parts), _drafts_only(merge_restatements), drop_earlier_totals, merge_located, merge_fallen, merge_downed_fall, merge_downed_damage,
    merge_fall_then_downed, merge_fall_after_downed, merge_one_of_downed, merge_hit_debris, debris_as_cause, _drafts_only(place_unplaced),
    sea_figures, drop_partial_totals, drop_vague_parts, merge_national, drop_uncounted_national,
    _drafts_only(collapse_districts),
    damage_of_repelled, drop_summaries, merge_debris_damage, merge_region_damage, merge_attack_debris,
    merge_debris_lead, _drafts_only(place_lead),
    _drafts_only(merge_continuations), _drafts_only(merge_details), placed_tolls, place_found_lead,
    merge_near_centre, merge_lead_attack, drop_repelled, merge_districts, facility_towns, capital_lists, city_regions,
    regional_centres, district_centre_parts, district_centres, canonical_spellings, capital_hromadas, capital_districts, tolls_to_hits, split_downed_part,
    drop_suburb_towns, drop_weaponless_region_strikes,
    _drafts_only(merge_same_place), district_lists, no_toll_to_towns_after,
)


def run(text: str, lex: Lexicon, published: dt.date | None, today: dt.date, document: str) -> list[Incident]:
    """All incidents of one text (see :func:`geo.extract.extract`)."""
    read = fold_apostrophes(text)
    low = lower_text(read)
    if not lex.drone_context.search(low):
        return []  # (before the text is set up: its sentences and region mentions would go unread)
    doc = Reader(read, lex, published, today, low)
    drafts = doc.run()
    for step in PASSES:
        drafts = step(drafts, doc)
    return to_incidents(drafts, doc, document, text)
