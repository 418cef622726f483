"""The lexicon patterns a language may leave out, by section (a table: the engine reads a missing one as
a pattern that never matches, so a rule one language needs costs the others nothing)."""
from __future__ import annotations

# Patterns a language may leave out (then they never match), by lexicon section: each the field of
# that name, or "field=key" when the key is named otherwise.  A new one: its field in compiled_lexicon.Lexicon and a word here.
_OPTIONAL: dict[str, str] = {
    "drones": "generic_weapons mixed_lead speech_tail",
    "events": ("located_hits no_hits attack_cause hit_consequence happened fall aside background recap closing_section also another "
               "earlier one_of_downed more_downed source_line hit_detail day_part repelled repeated oblast_day toll_rose "
               "wider_district debris_found ellipsis_sentence ellipsis_dash restated_drones repelled_wording detected_over "
               "all_downed fall_after downed_in_sentence report_period"),
    "dates": "clock_time dateline clock_suffix holiday_dates report_time",
    "places": ("same_city locating open_water sea_figure within_gap bracketed_place=bracketed capital_after "
               "facility_after city_facility_after destination_before heading_unnamed attacked_capital resident_of approach_to border_between "
               "fall_of_drone suburb_of launch_from launch_from_ends speaks_after place_before "
               "part_of_before focus_total country_wide district_centre district_area districts_beside_town road_place plural_region list_runs_on"),
    "counts": "plus_count=plus paired_counts more_hits roundup_rest roundup_same roundup_another roundup_besides partial_total part_of_total vague_part next_drone",
    "casualties": "all_cases age_word added_victim died_of_wounds age_before age_after article_number toll_refers_back=refers_back gapped_toll "
                   "absent_words absence_before absence_after absence_veto absence_break",
    "targets": "fire_at",
    "officials": "official_title_after=title_after official_speaks=speaks own_region official_city=city_title",
}


def optional_keys() -> list[tuple[str, str, str]]:
    """(field, section, key) of every optional pattern."""
    return [(f, section, k) for section, names in _OPTIONAL.items()
            for f, _, k in (n.partition("=") for n in names.split())]
