"""What a summary draft tells its detailed ones: a title's drone count, a restatement's victims, a national
total that is the total of one list of regions, or of a partial one (helpers of :mod:`geo.extract.passes`)."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.places import same_region
from geo.extract.reading import Text
from geo.places.mentions import region_adjective

#: A list of regions follows its national total within this many sentences.
LIST_SENTENCES = 3
#: The regional figures an unplaced total restates stand this many sentences before it, or after its last restatement.
RESTATED_BEFORE, RESTATED_AFTER = 5, 7
#: "In total ..." at most this many sentences after a region's figure sums a partial breakdown (or restates it).
PARTIAL_REACH = 3
#: A strike's road is told within this many sentences after it (its restatement merged in between).
ROAD_SENTENCES = 3


def told_earlier(d: Draft) -> bool:
    """Its clause says "earlier" with no day ("Ранее дрон атаковал ..."): an older event than the report's own."""
    return d.date is not None and not d.date.known


def more_victims(k: Draft, d: Draft) -> None:
    """"Поранено жінку. Ще одна людина постраждала від скиду у Х": victims told as more add to the toll."""
    if d.added_victims and d.sentence > k.sentence:
        k.killed = k.killed + d.killed if k.killed and d.killed else k.killed
        k.injured = k.injured + d.injured if k.injured and d.injured else k.injured


def dead_among_recapped(k: Draft, d: Draft) -> None:
    """"A man wounded in the strike on X died in hospital. As reported earlier, two people were hurt there": the
    recap tells the wounded as first reported, the dead among them (a victim who died is killed only)."""
    if k.died_wounded and d.recapped and k.killed and k.injured is None and d.injured and d.killed is None \
            and d.sentence > k.sentence:
        k.injured = d.injured - k.killed if d.injured > k.killed else None


def victims_over_none(k: Draft, d: Draft) -> None:
    """"Дрони атакують громади, ... ніхто не постраждав. ... У X громаді поранено жінку": the victims a
    restatement names over the "nobody hurt" the summary took from its paragraph."""
    if (k.killed or 0) + (k.injured or 0) == 0 and (d.killed or d.injured):
        k.killed, k.injured = d.killed, d.injured


def no_toll_to_all(detailed: list[Draft], d: Draft) -> None:
    """"ПВО отразила атаку в восьми районах, пострадавших нет. В хуторе X ... В станице Y ...": the summary's
    "nobody hurt" covers each place it sums up that tells no toll of its own."""
    if d.killed == 0 and d.injured == 0 and len(detailed) > 1:
        for o in detailed:
            if o.killed is None and o.injured is None:
                o.killed, o.injured = 0, 0


def headline_count(h: Draft, body: list[Draft]) -> None:
    """"Train derailed after an attack by two drones" over a body that tells one attack (in one place) and
    not how many drones: the title's number."""
    there = [o for o in body if o.event_type == h.event_type and same_region(o.region, h.region)]
    if h.count is not None and there and len({(o.settlement or "").lower() for o in there}) == 1 \
            and all(o.count is None and not o.one_attack for o in there):
        there[0].count, there[0].qualifier = h.count, h.qualifier


def listed_after(d: Draft, drafts: list[Draft], last_sentence: int = -1) -> bool:
    """"destroyed 28 drones ... . «... destroyed 28 Shaheds in the Odesa, Kherson and Mykolaiv regions»": a
    national interception total followed closely by one sentence listing the regions (no count each)
    is that list's total: the regions are the incidents, the total is in none of them (also right after the
    list: "... атаковать Брянскую и Курскую области. Всего уничтожено 30")."""
    if d.event_type != "interception" or d.count is None:
        return False
    listed = [o for o in drafts if o.event_type == "interception" and o.region and o.count is None
              and not o.inherited and d.sentence < o.sentence]
    lines = {o.sentence for o in listed}
    if len({o.region for o in listed if o.sentence <= d.sentence + LIST_SENTENCES}) >= 2 \
            and len({n for n in lines if n <= d.sentence + LIST_SENTENCES}) == 1:
        return True
    start = run = max(d.sentence, last_sentence) + 1  # "... у межах 7 областей:\n- Київської;\n- Одеської; ...": one
    while run in lines:  # region a line, right after the sentence that states the total (a restatement's, merged)
        run += 1
    return run - start >= 2 or _listed_before(d, drafts)


def _listed_before(d: Draft, drafts: list[Draft]) -> bool:
    """"Дроны пытались атаковать Курскую, Орловскую и ещё три области. Всего уничтожено 30
    беспилотников": a national total right after a sentence listing two or more regions' interceptions with no
    count each (and no other figure there) is that list's total: the regions are the incidents."""
    if d.event_type != "interception" or d.count is None:
        return False
    there = [o for o in drafts if o.sentence == d.sentence - 1]
    return len({o.region for o in there}) >= 2 and all(
        o.event_type == "interception" and o.region and o.count is None and not o.inherited for o in there)


def other_half_of_toll(o: Draft, d: Draft) -> None:
    """"Загинула людина, ще одна поранена. ... «У Марганці загинув чоловік»": the one detailed incident that
    tells the summary's dead (or wounded) and not the other half takes that half from the summary."""
    if o.injured is None and o.killed is not None and o.killed == d.killed:
        o.injured = d.injured
    elif o.killed is None and o.injured is not None and o.injured == d.injured:
        o.killed = d.killed


def restated_total(d: Draft, drafts: list[Draft], last_sentence: int) -> bool:
    """"Над Черкащиною збили 5 шахедів. ... «Загалом знищено 5 шахедів»", "ППО збила всі вісім цілей. ... по два на
    Херсонщині і Миколаївщині, один на Кіровоградщині, решту три над Дніпропетровщиною": an unplaced interception
    total that the regional figures of the same day near it add up to exactly is theirs, no incident of its own."""
    if d.event_type != "interception" or d.region or d.settlement or d.count is None:
        return False
    parts = [o for o in drafts if o is not d and o.event_type == d.event_type and o.region and not o.inherited
             and o.count is not None and d.sentence - RESTATED_BEFORE <= o.sentence <= last_sentence + RESTATED_AFTER
             and not (o.date and d.date and o.date.date != d.date.date)]
    return bool(parts) and sum(o.count or 0 for o in parts) == d.count


def drop_partial_totals(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"... 12 drones over the region. In total 49 were downed over eight regions": a national total told
    right after a region's figure of the same roundup, in a sentence that calls it the total, is the total of
    a partial breakdown, no incident of its own (the gold convention on partial breakdowns); the same figure is
    its restatement ("14 over the city. «In total, 14 were downed»")."""
    def partial(d: Draft) -> bool:
        return d.event_type == "interception" and d.region is None and d.settlement is None and bool(d.count) \
            and bool(doc.lex.partial_total.search(doc.low, *doc.sentences[d.sentence])) \
            and any(o.event_type == "interception" and o.region and o.count and o.count <= (d.count or 0)
                    and o.sentence < d.sentence <= doc.sentence_of(o.span[1] - 1) + PARTIAL_REACH
                    and (o.date is None or d.date is None or o.date.date == d.date.date) for o in drafts)
    return [d for d in drafts if not partial(d)]


def another_after(d: Draft, o: Draft, doc: Text) -> bool:
    """"A drone hit a car, a man was hurt. Another drone hit a car park in X": a strike that names its own
    target is no summary of one told after it as another ("Ещё один беспилотник ...", "Также ..."); nor is a
    strike told later as another in a district of its own ("Также в X-ском округе дрон атаковал машину")."""
    told = [doc.sentence_of(a) for a, _ in [d.span, *d.extra_spans]]  # (a restated headline merged in)
    if d.district and d.district != o.district and any(k > o.sentence for k in told):
        if any(doc.lex.another.match(doc.low, *doc.sentences[k]) or doc.lex.also.match(doc.low, *doc.sentences[k])
               or _names_hromada(doc, k, d.region) for k in told if k > o.sentence):
            return True
    s, e = doc.sentences[o.sentence]
    opens = doc.lex.another.match(doc.low, s, e) or doc.lex.also.match(doc.low, s, e)
    return bool(d.target) and o.sentence > d.sentence and opens is not None


def _names_hromada(doc: Text, k: int, region: str | None) -> bool:
    """Sentence ``k`` names a hromada other than the capital's ("на Х-щині, зокрема в Y-ській громаді"):
    a place of its own after the towns told before it, not their summary."""
    pattern = doc.lex.regional_centre[2]
    return any(m["adj"] and region_adjective(m["adj"]) != region for m in pattern.finditer(doc.low, *doc.sentences[k]))


def on_road(d: Draft, drafts: list[Draft], doc: Text) -> bool:
    """"FPV-дрон атаковал машину ... Удар пришёлся на участок трассы X — Y" with the region only: a strike placed
    on a road (in its sentences, up to the next draft) is an incident of its own, not a summary of the towns'
    strikes told after it ("Ранее ... в селе Z")."""
    if d.event_type != "strike" or not (d.killed or d.injured or d.target):
        return False
    last = min(doc.sentence_of(d.span[1] - 1) + ROAD_SENTENCES, len(doc.sentences) - 1)
    end = min([doc.sentences[last][1]] + [o.span[0] for o in drafts if o.span[0] >= d.span[1]])
    return doc.lex.road_place.search(doc.low, d.span[0], end) is not None
