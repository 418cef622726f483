"""A region's strike told in a paragraph that names no drone ("Минулої доби ворог обстріляв 30 населених пунктів
області ... Унаслідок атак поранено п'ятьох"; "Раніше повідомляли, що через удар РФ місто знеструмлене"), beside
a drone strike on a town of that region: the day's shelling or another report, whose weapons are not said,
so no drone incident (the drones' strike is the town's)."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text


def drop_weaponless_region_strikes(drafts: list[Draft], doc: Text) -> list[Draft]:
    """Drop a strike with a region and no settlement or district whose paragraph names no drone, when a strike
    on a settlement of the same region is told elsewhere in the text."""
    settled = {d.region for d in drafts if d.event_type == "strike" and d.settlement and d.region is not None}
    return [d for d in drafts if not (d.event_type == "strike" and d.region in settled and d.settlement is None
                                      and d.district is None and not _drone_in_paragraph(d, doc))]


def _drone_in_paragraph(d: Draft, doc: Text) -> bool:
    """Whether the paragraph (or paragraphs) the draft was told in names a drone: paragraphs end at a blank line,
    or at each line break in a text that has no blank line (one paragraph a line)."""
    start, end = d.span
    for s, e in d.extra_spans:
        start, end = min(start, s), max(end, e)
    brk = "\n\n" if "\n\n" in doc.low else "\n"
    p_start = doc.low.rfind(brk, 0, start) + 1
    p_end = doc.low.find(brk, end)
    return doc.lex.drone.search(doc.low, p_start, len(doc.low) if p_end < 0 else p_end) is not None
