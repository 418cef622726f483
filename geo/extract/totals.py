"""National totals: interceptions with no place told as one figure, and the per-region
breakdowns that follow a total (the total is then theirs, no incident of its own)."""
from __future__ import annotations

from geo.extract.agreement import same_day
from geo.extract.draft import Draft
from geo.extract.reading import Text
from geo.places.regions import country_of


def merge_national(drafts: list[Draft], doc: Text | None = None) -> list[Draft]:
    """Interceptions with no place on the same day are one national figure
    ("166 shot down ... 60 decoys locationally lost" = 226), and one more told later ("Ещё три беспилотника
    уничтожены около 4:30"); the same figure again in a quote restates it."""
    out: list[Draft] = []
    first: Draft | None = None
    for d in drafts:
        national = d.event_type == "interception" and d.region is None and d.settlement is None
        if national and first is not None and first.date == d.date and (
                d.sentence - first.sentence <= 2 and _same_heading(d, first, doc) or _one_more(d, first, doc)):
            quoted = doc is not None and doc.text[d.span[0]:d.span[0] + 1] in QUOTES
            if first.count is not None and d.count is not None and not (quoted and first.count == d.count):
                first.count += d.count
                if d.qualifier != "exact":
                    first.qualifier = "at_least"
            elif first.count is None:  # "destroyed 33 missiles ... and 311 drones": the drones' figure
                first.count, first.qualifier = d.count, d.qualifier
            first.extend_to(d)
            continue
        if national and first is None:
            first = d
        out.append(d)
    return out


def _one_more(d: Draft, first: Draft, doc: Text | None) -> bool:
    """``d`` says it is more of the same ("ещё два дрона"), told soon after the figure's last part, of drones
    heading where the figure's were (both, or neither: "летевшие на Москву"), not before it ("До этого ...")."""
    if doc is None or d.sentence - doc.sentence_of(first.span[1] - 1) > MORE_SENTENCES \
            or doc.lex.another.search(doc.low, *d.span) is None \
            or doc.lex.earlier.match(doc.low, doc.sentences[d.sentence][0]):
        return False
    return _same_heading(d, first, doc)


def _same_heading(d: Draft, first: Draft, doc: Text | None) -> bool:
    """Both figures are of drones heading for a place ("летевшие на Москву"), or neither is: the mayor's two
    drones heading for the capital are not part of the ministry's national total told before them."""
    if doc is None:
        return True
    told = [doc.sentence_of(p) for p in doc.destinations]
    return (first.sentence in told) == any(first.sentence <= i <= d.sentence for i in told)


MORE_SENTENCES = 4  # "one more" drones told after a national figure within this many sentences are part of it
QUOTES = "\"'“‘«„"
FAR_REGIONS = 3  # regions told anywhere after a national total that make it a breakdown's total
BREAKDOWN_SENTENCES = 3  # a per-region breakdown follows its total within this many sentences
HEADING_BEFORE = 2  # a drone's destination told this many sentences before its shoot-down is its place


def breakdown_total(d: Draft, drafts: list[Draft], country: str | None, doc: Text | None = None) -> bool:
    """Interceptions with counts in named regions that follow ``d`` closely and add up to no more
    than it: ``d`` is their total.  A Ukrainian Air Force total is never broken down by Russian
    regions (a Russian ministry roundup quoted after it in the same article).  A national total's
    breakdown may start a sentence later ("... the ministry said. It specified the hours. Four over ..."),
    when it adds up exactly; one region's figure is its part when the next sentence says so ("Из них ...")."""
    return _breakdown_within(d, drafts, country, BREAKDOWN_SENTENCES) or (
        d.region is None and d.count is not None
        and _breakdown_within(d, drafts, country, BREAKDOWN_SENTENCES + 1, exact=True)) or _part_told(d, drafts, doc) \
        or _regions_later(d, drafts, country)


def _regions_later(d: Draft, drafts: list[Draft], country: str | None) -> bool:
    """A national total whose regions are told further on, each in a paragraph of its own ("40 shot down overnight.
    ... Eight were downed over the X region ... one over Y ... Z and W also reported downings"): three or more
    regions of the same day whose figures stay within it are its breakdown, however far they come.  Not so for
    strikes: the places hit are told one by one beside the national figure of hits."""
    if d.event_type != "interception" or d.region is not None or d.count is None:
        return False
    parts = [o for o in drafts if o is not d and o.event_type == d.event_type and o.region and not o.inherited
             and o.sentence > d.sentence and same_day(o, d) and not (country == "UA" and country_of(o.region) != "UA")]
    return len({o.region for o in parts}) >= FAR_REGIONS and sum(o.count or 0 for o in parts) <= d.count


def _part_told(d: Draft, drafts: list[Draft], doc: Text | None) -> bool:
    """A national total whose next sentence opens with a region's part of it ("Из них три ... над X")."""
    if doc is None or d.region is not None or d.count is None or d.sentence + 1 >= len(doc.sentences):
        return False
    s, e = doc.sentences[d.sentence + 1]
    return doc.lex.part_of_total.match(doc.low, s, e) is not None and any(
        o.event_type == d.event_type and o.region and o.count is not None and o.count < d.count
        and doc.sentence_of(o.span[0]) == d.sentence + 1 for o in drafts)


def _breakdown_within(d: Draft, drafts: list[Draft], country: str | None, reach: int, exact: bool = False) -> bool:
    parts = [o for o in drafts if o is not d and o.event_type == d.event_type and o.region and not o.inherited
             and o.count is not None and d.sentence <= o.sentence <= d.sentence + reach
             and not (country == "UA" and country_of(o.region) != "UA")]
    if d.count is not None:
        parts = _first_breakdown(parts, d.count)
    elif parts:  # the breakdown is the first sentence that gives one (or a list, one line each); later
        # ones are other reports
        lines = sorted({o.sentence for o in parts})
        run = [n for k, n in enumerate(lines) if n - lines[0] == k]
        parts = [o for o in parts if o.sentence == lines[0] or (len(run) > 2 and o.sentence in run)]
    total = sum(o.count or 0 for o in parts)
    if not parts or (d.count is not None and total > d.count) or (exact and total != d.count):
        return False
    return len(parts) >= 2 or d.count == total


def _first_breakdown(parts: list[Draft], total: int | None) -> list[Draft]:
    """The breakdown is the first sentence that gives one, and the sentences right after it while
    the sum stays within the total ("17 над Брянской. 14 — в Смоленской, семь — ..."); later ones
    are other reports."""
    if not parts:
        return parts
    first = min(o.sentence for o in parts)
    out = [o for o in parts if o.sentence == first]
    nxt = first + 1
    while total is not None and (more := [o for o in parts if o.sentence == nxt]) \
            and sum(o.count or 0 for o in out + more) <= total:
        out, nxt = out + more, nxt + 1
    return out


def drop_broken_down_totals(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A national total whose per-region breakdown follows, judged on the figures as stated, before
    restatements merge a region's part into its town's incident ("six shot down near X ... the ministry:
    nine, six over the X region and three over Y") or raise it to a governor's figure; later passes
    (:func:`geo.extract.passes.drop_summaries`) judge the rest.  The total's "no casualties" is its parts'."""
    totals = [d for d in drafts if d.event_type == "interception" and d.region is None and not d.unplaced
              and d.count is not None and _may_have_parts(d, drafts)
              and breakdown_total(d, drafts, doc.country_at(d.span[1]), doc)
              and not _sea_in(d, doc)]  # (the sea's search last: it reads several sentences)
    if not totals:
        return list(drafts)
    for t in totals:
        no_toll_to_parts(t, drafts)
    return [d for d in drafts if d not in totals and not any(_restates(d, t) for t in totals)]


def _may_have_parts(d: Draft, drafts: list[Draft]) -> bool:
    """Whether any draft could be a part of ``d`` (what :func:`breakdown_total` asks of each first): without one
    the text's country cues (read once, on first use) are not needed."""
    return any(o is not d and o.event_type == d.event_type and o.region and o.count is not None for o in drafts)


def _restates(d: Draft, t: Draft) -> bool:
    """``d`` tells the total ``t`` again with no figure ("the drones were downed between 8 and 14"):
    :func:`merge_national` would have folded it into ``t``."""
    return d.event_type == "interception" and d.region is None and d.settlement is None and d.count is None \
        and 0 < d.sentence - t.sentence <= 2 and same_day(d, t)


def _sea_in(d: Draft, doc: Text) -> bool:
    """A figure over open water is given in ``d``'s breakdown: seas.py carves it out of ``d`` later."""
    last = doc.sentences[min(d.sentence + BREAKDOWN_SENTENCES + 1, len(doc.sentences) - 1)]
    return d.at_sea or doc.lex.sea_figure.search(doc.low, doc.sentences[d.sentence][0], last[1]) is not None


def no_toll_to_parts(t: Draft, drafts: list[Draft]) -> None:
    """A broken-down total's "nobody was hurt and nothing was damaged" is told of the whole roundup: each part
    that tells no toll of its own has none."""
    if t.killed != 0 or t.injured != 0:
        return
    for o in drafts:
        if o.event_type == t.event_type and o.region and o.killed is None and o.injured is None \
                and 0 < o.sentence - t.sentence <= BREAKDOWN_SENTENCES + 1 and same_day(o, t):
            o.killed, o.injured = 0, 0


def drop_uncounted_national(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A shoot-down that names no place and no figure ("it was eliminated by air defence", "ППО усі їх збила",
    a ministry's "обнаружен и уничтожен силами ПВО" quoted after the governor's lead) beside drones downed in
    named regions the same day says what they say: no incident of its own (but a drone downed on its way to
    a city told just before, "tried to break through to Moscow ... It was destroyed on approach", has no region
    of its own).  Its toll or damage goes to the one region's interception when there is only one."""
    heading = {doc.sentence_of(p) for p in doc.destinations}
    out: list[Draft] = []
    for d in drafts:
        # (the cheap test of the draft first: the placed shoot-downs are looked for only beside a candidate)
        if d.event_type == "interception" and d.region is None and d.settlement is None and d.count is None \
                and not d.at_sea and not heading & set(range(d.sentence - HEADING_BEFORE, d.sentence + 1)) \
                and (placed := [o for o in drafts if o.event_type == "interception" and o.region and same_day(o, d)]):
            if len({o.region for o in placed}) == 1:
                placed[0].take_missing(d)
            continue
        out.append(d)
    return out
