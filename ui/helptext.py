"""What the dashboard's numbers mean, in words for someone who has never seen the project.

One text per topic (Markdown), shown in each page's "How to read this" box and
all together on the About page, so the pages never disagree.  The wording
follows README.md ("What the numbers mean") and docs/DEDUP.md; change them together.
"""
from __future__ import annotations

from geo.record import GEO_PRECISIONS

TOPICS: dict[str, str] = {
    "types": (
        "**Strike or interception.** A *strike* is a drone that hit, attacked, fell on or damaged "
        "something on the ground. An *interception* is drones shot down, destroyed, intercepted or "
        "suppressed by air defence or electronic warfare. Debris of a downed drone that damages a house "
        "is still an interception; the damage is recorded as its target."),
    "counting": (
        "**Incidents or drones.** *Incidents* counts reported events. *Drones* adds up the drones each "
        "report states; an incident whose report gives no number counts as one drone. \"More than six\" "
        "counts as 6 (*at least*), \"about 20\" as 20 (*approximate*); \"dozens\" is unknown. "
        "*Killed* and *Injured* add up the figures the reports state."),
    "precision": (
        "**Location precision** says how exactly an incident is placed: "
        + "; ".join(f"**{code}** {meaning}" for code, meaning in GEO_PRECISIONS.items())
        + ". Precision 2 is also used for a best guess among several villages of the same name in the "
        "region the text names (the one next to another place the same article names, else the most "
        "populous one). A village is never placed in a region "
        "other than the one the text names. Only precision 1 and 2 are drawn as dots; 3 counts in "
        "the region shading only. An incident with no region (a national or country-wide figure, such "
        "as \"air defence shot down 45 of 60 drones\") is counted in the headline numbers but drawn "
        "nowhere: the page says how many there are, and *List them* shows them on the Incidents page."),
    "dates": (
        "**Dates.** \"Yesterday\", \"overnight\", \"on Sunday\" are resolved against the article's "
        "publication date. A span (\"over the past week\") keeps its first and last day. When the text "
        "gives no year and no publication date fixes it, the latest matching day before the import is "
        "taken and marked *year assumed*. The date filter keeps incidents whose days overlap the chosen "
        "range; undated incidents appear only when the full date range is selected. The map says how many "
        "incidents have no date, and the Add articles page warns before one is saved."),
    "correct_place": (
        "**Correct the place.** When an incident sits in the wrong settlement (a namesake, a misread "
        "name), open *Correct the place*: type the settlement's name (Latin or Cyrillic, or its first "
        "letters), choose the region to search in, pick a candidate from the gazetteer (the small map "
        "shows them in blue, the one chosen in red, the incident's current point in grey) and save. "
        "Every source of the incident moves there, and merges with an incident already reported at that "
        "place on that day. The store keeps the correction for each article, so it holds when the same "
        "article (or an edited copy of the same file or page) is read again."),
    "dedup": (
        "**One event, several articles.** Reports are one incident when they have the same type, the "
        "same region and the same settlement (or are both region-level) and the same day; two "
        "neighbouring days merge only when nothing else of that place is reported the day before or "
        "after. A settlement-level report never merges with a region-level one. An incident's numbers "
        "are recomputed from all its sources: the count most sources agree on, the largest casualty "
        "figure any source states. Each source keeps its own figures (Incidents page). Full rules: "
        "docs/DEDUP.md."),
    "names": (
        "**Place names** are shown as the article wrote them; names in Cyrillic are followed by a Latin "
        "transliteration in brackets, so they can be searched and compared."),
    "map": (
        "**The map.** Regions are shaded by the chosen count over every incident in the region, including "
        "those known only at region level. Dots mark incidents placed at a settlement; several incidents "
        "at one place share a dot (click it for its counts and dates and the newest incidents with their "
        "evidence and sources; the full list appears below the map). Click a region to "
        "add it to the filter, click again to remove it. The filters are in the page address: copy it "
        "to share the view. OpenStreetMap tiles are off by default (the map works offline); switching "
        "them on keeps the map where it is. A shared link never switches them on: the page says when a "
        "link asks for them, and you switch them on yourself. Without a network the map says the tiles "
        "could not load and shows the offline map."),
    "timeline": (
        "**Timeline and snapshots.** The date slider chooses the days shown; *Play* steps through them 1, "
        "7 or 30 days at a time (chosen beside it), one step a second, within the chosen dates and "
        "skipping days without incidents; *Pause* stops and gives the chosen dates back. The bars under "
        "the map count each day's strikes and interceptions for the other filters; the shaded band is the chosen range. The snapshot buttons save this "
        "view: HTML (an interactive map that opens offline), PNG, CSV or GeoJSON; each names the "
        "filters, the dates, the time of export and the data credits."),
    "incidents": (
        "**The table** lists de-duplicated incidents; click a column header to sort, tick a row to open "
        "its sources (the page address then names the incident, so the link opens it). Empty cells mean the "
        "reports do not say (an empty *Killed* is not zero). Each source shows its own figures and its text with the evidence sentence marked; "
        "source links open only for http(s) addresses. The search finds whole words, in order (\"truck\" "
        "does not find \"struck\"; \"drone\" finds \"drones\"); a Russian or Ukrainian word finds the "
        "words it starts, so \"Рыльск\" finds \"Рыльске\". *Only incidents not drawn on the map* lists "
        "the national or country-wide figures that have no region."),
    "add": (
        "**Adding articles.** Paste text or upload files, press *Extract incidents*, check the table: "
        "double-click a cell to correct it, untick *Keep* to drop a row. A changed settlement or region is placed on the map again. "
        "Nothing is stored until you press *Save*; an article already stored changes nothing. "
        "Links (one a line) are fetched when you press *Extract incidents*: an article page is read as it "
        "is, a feed gives its newest items; a link already stored is not fetched again."),
    "sources": (
        "**Sources** lists the RSS/Atom feeds fetched with `python -m geo fetch` and the Telegram channels "
        "read from their exports (`python -m geo ingest result.json`): when each was last fetched (a "
        "channel: when its last export was read), how many articles and incidents it gave, and how many "
        "of its items failed the last time, with the reason. A feed with failures is asked in full next "
        "time, so the failed items are tried again. Pages fetched by their own link (`python -m geo fetch "
        "URL`, the links box of *Add articles*) are counted together on the last line, *Single links*."),
    "claimants": (
        "**Who says so.** Each source shows its outlet (the site's name, else its web address, else the "
        "outlet its title ends with) and each incident who its evidence names: the Russian Ministry of "
        "Defence (*RU MoD*), a governor, mayor or oblast administration (*RU/UA regional official*; a "
        "governor or mayor of unknown side is a *regional official*), the *UA Air Force*, the *UA General "
        "Staff*, other military or official bodies of either side, *RU state media* (TASS, RIA), other "
        "*media*, or *witnesses*. It is read from the evidence sentence, else the sentence after it or the "
        "three before it; *not named* means none of them names anyone. What an official of either side "
        "says is marked *(claim)*: it is that side's statement, not a verified fact. The *Claimed by* "
        "filter keeps incidents that at least one source attributes to one of the chosen claimants."),
    "regions": (
        "**Regions** lists every region's strikes and interceptions over all dates, and draws the chosen "
        "regions over time (per day, week or month; months when the data span more than a year). "
        "*Hot regions* compares each region's last 7 days with the 7 before (ending on the last day with "
        "incidents): click a column to sort, or download the table as CSV."),
}

#: Which topics each page's box explains, in order.
PAGE_TOPICS: dict[str, tuple[str, ...]] = {
    "Map": ("map", "timeline", "types", "counting", "precision", "dates", "names", "claimants"),
    "Incidents": ("incidents", "dedup", "precision", "correct_place", "dates", "names", "claimants"),
    "Add articles": ("add", "types", "precision", "correct_place", "dates"),
    "Regions": ("regions", "types", "counting"),
    "Sources": ("sources",),
    "About": ("types", "counting", "dedup", "dates", "map", "timeline", "precision", "correct_place", "names", "claimants"),
}


#: Column headers and their hover help, for every table the dashboard shows (field -> (label, help)).
#: Tables show schema fields; a newcomer reads these words instead of the field names.
FIELDS: dict[str, tuple[str, str]] = {
    "id": ("ID", "The incident's number in this store; the link ?id=N on the Incidents page opens it."),
    "date": ("Date", "Day of the event (the first day when the report gives a span)."),
    "date_end": ("Until", "Last day when the report gives a span; empty for a single day."),
    "event_type": ("Type", "strike: a drone hit something; interception: drones shot down or suppressed."),
    "region": ("Region code", "ISO 3166-2 code, e.g. RU-BEL (Belgorod Oblast) or UA-63 (Kharkiv Oblast)."),
    "region_name": ("Region", "The region the report names."),
    "name": ("Region", "The region's English name."),
    "country": ("Country", "The country the region belongs to."),
    "settlement": ("Place", "The settlement as the article names it; empty when known only at region level."),
    "count": ("Drones", "Drones the report states; empty when not stated (counted as 1 in drone totals)."),
    "count_qualifier": ("Count is", "exact; at least (\"more than six\"); approximate (\"about 20\")."),
    "killed": ("Killed", "People killed, as reported; empty when the reports do not say (not zero)."),
    "injured": ("Injured", "People injured, as reported; empty when the reports do not say (not zero)."),
    "target": ("Target", "What was hit or damaged, as the report says."),
    "geo_precision": ("Precision", "How exactly the incident is placed: "
                      + "; ".join(f"{code} {meaning}" for code, meaning in GEO_PRECISIONS.items()) + "."),
    "lat": ("Latitude", "Where the incident is drawn (see Precision)."),
    "lon": ("Longitude", "Where the incident is drawn (see Precision)."),
    "n_sources": ("Sources", "How many articles report this incident (they are merged into one)."),
    "evidence": ("Evidence", "The sentence(s) of the article the incident was read from."),
    "claimants": ("Claimed by", "Who the evidence names as the source of the report; \"(claim)\" marks an "
                                "official of either side (a side's statement, not a verified fact)."),
    "keep": ("Keep", "Untick to drop this incident before saving."),
    "incidents": ("Incidents", "Strikes plus interceptions."),
    "strikes": ("Strikes", "Incidents where a drone hit something."),
    "interceptions": ("Interceptions", "Incidents where drones were shot down or suppressed."),
    "drones_strike": ("Drones in strikes", "Drones stated in the strikes (an unstated number counts as 1)."),
    "drones_interception": ("Drones intercepted",
                            "Drones stated in the interceptions (an unstated number counts as 1)."),
}

#: The Sources page's columns (label, help).
SOURCE_COLUMNS: dict[str, tuple[str, str]] = {
    "kind": ("Kind", "feed: an RSS, Atom or RSS 1.0 feed; telegram: a Telegram channel read from its export; "
                     "links: the pages fetched by their own link, not from a feed, together."),
    "title": ("Name", "The feed's or channel's own title."),
    "url": ("Address", "The feed's URL, or the channel's t.me link (t.me/c/... when its username is not known); "
                       "none for single links, each of which is its own address."),
    "last_fetched": ("Last fetched", "When the feed was last asked (UTC); a channel: when its last export was "
                                     "read; single links: when the last of them was stored."),
    "documents": ("Articles", "Articles (feed items, channel messages) stored from it."),
    "incidents": ("Incidents", "Incidents its articles report (an incident other sources report too counts here "
                               "as well)."),
    "errors": ("Failed", "Items that could not be fetched or read the last time."),
    "last_error": ("Last error", "Why the last failure happened."),
}

#: What a page says when the filters select nothing, so an empty table never looks like a fault.
NOTHING_MATCHES = ("No incidents match these filters ({filters}). Clear the search, choose fewer "
                   "regions or another type to see more.")


#: Add articles, when the text gave a day without a year and no publication date fixed it.
YEAR_ASSUMED = ("{n} date{s} below had no year in the text and no publication date: the latest such day "
                "before today is taken (year assumed). Set Published above and press Extract incidents again, "
                "or correct the Date cell.")

#: The map's words for the same, and for a store with nothing in it yet.
NOTHING_ON_MAP = ("No incidents match these filters ({filters}). Widen the dates, clear the text search, "
                  "or choose other regions, countries, precision or type to see more.")
EMPTY_STORE = ("The store holds no incidents yet: add articles on the Add articles page (or read files "
               "with python -m geo ingest).")


def field_label(field: str) -> str:
    """The header a table shows for a schema field (the field name when there is none)."""
    return FIELDS.get(field, (field, ""))[0]


def page_help(page: str) -> str:
    """The Markdown of one page's "How to read this" box."""
    return "\n\n".join(TOPICS[t] for t in PAGE_TOPICS[page])
