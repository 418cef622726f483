"""A part of a total told with no number ("Air defence shot down 17 of 23 drones. Most were downed over the
Odesa region"): the region holds an unknown share of the total, so it is no incident of its own; the total
stays the one incident (region null), as the gold keeps a figure with no breakdown."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text

#: How many sentences after its total the vague part may be told.
PART_SENTENCES = 2


def drop_vague_parts(drafts: list[Draft], doc: Text) -> list[Draft]:
    """Drop a regional interception with no number whose sentence opens as most of the drones (lexicon
    ``vague_part``) told right after a counted interception with no region."""
    def vague(d: Draft) -> bool:
        if d.event_type != "interception" or d.region is None or d.count is not None or d.target \
                or d.killed or d.injured:
            return False
        s, e = doc.sentences[d.sentence]
        return doc.lex.vague_part.match(doc.low, s, e) is not None and any(
            o.event_type == "interception" and o.region is None and o.count
            and 0 < d.sentence - o.sentence <= PART_SENTENCES for o in drafts)
    return [d for d in drafts if not vague(d)]
