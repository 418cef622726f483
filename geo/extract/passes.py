"""Passes over all drafts of a text once it is read: restatements, summaries, national totals."""
from __future__ import annotations

from geo.extract.agreement import (
    BUILDING_PARTS,
    GENERIC_TARGETS,
    compatible,
    compatible_target,
    earlier_day_toll,
    larger,
    other_days,
    restated_next_day,
    toll_within,
)
from geo.extract.debris_places import debris_apart
from geo.extract.downed_part import downed_between
from geo.extract.draft import FOLLOWUP_SENTENCES, Draft
from geo.extract.morph import adjective_form
from geo.extract.places import district_region, facility_place, same_region, settlement_region, settlement_regions
from geo.extract.reading import Text
from geo.extract.repelled import repelled_over_region, told_apart
from geo.extract.summaries import (
    another_after,
    dead_among_recapped,
    listed_after,
    more_victims,
    no_toll_to_all,
    on_road,
    other_half_of_toll,
    restated_total,
    told_earlier,
    victims_over_none,
)
from geo.extract.totals import BREAKDOWN_SENTENCES, breakdown_total, no_toll_to_parts


def one_region(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A report that names one region only ("... повідомили в Сумській ОВА") places the settlements
    it names without a region there."""
    named = {m.code for m in doc.places}
    code = next(iter(named)) if len(named) == 1 else None
    for d in drafts:
        if d.region is None and d.unplaced and not d.settlement and not _broken_down(d, drafts):
            d.region = code  # "Уночі росіяни атакували Миргородщину: ..." signed by the oblast's head
        if d.region is None and (d.settlement or d.district):
            # else a settlement (or a district's town: "в Наро-Фоминском округе") the gazetteer places in one region
            # ("У Коростені ..."); a major town has its own ("В Горловке ... Ранее ... в городе Пологи Запорожской области")
            # (a district the gazetteer's district names place first: "в Климовском округе" is not Климовск's)
            # ("У Запорізькому районі ... село Степове": the district's region, when the village has a place there)
            district = district_region(adjective_form(d.district, doc.lex.morphology or "")) if d.district else None
            if d.settlement and district not in settlement_regions(d.settlement):
                district = None
            d.region = district or _own_region(d.settlement or facility_place(d.district or "", doc.lex.morphology) or "", code)
    placed = named | {d.region for d in drafts if d.region}
    if len(placed) == 1:  # "Теткино и Глушково" (two Глушково in Russia), "Ніжинську громаду": the report's region
        for d in drafts:
            if d.region is None and (d.settlement or d.district):
                d.region = next(iter(placed))
    return drafts


def _broken_down(d: Draft, drafts: list[Draft]) -> bool:
    """"Сбили девять дронов: три над областью и три над морем": a total its own sentence breaks down by place
    is not the one region's figure."""
    return d.count is not None and any(o is not d and o.sentence == d.sentence and o.region and o.count is not None
                                       and o.count < d.count for o in drafts)


def _own_region(settlement: str, code: str | None) -> str | None:
    """The region of a settlement the text names without one: the report's one region unless the gazetteer
    has no place of that name there and places it for sure elsewhere."""
    if code is None or code in settlement_regions(settlement):
        return code or settlement_region(settlement)
    return settlement_region(settlement) or code


def _undated(d: Draft) -> bool:
    """No day stated: none in the text (the publication day assumed), or no publication day to assume."""
    return d.date is None or not d.date.stated or (d.date.date is None and d.date.known)


def merge_restatements(drafts: list[Draft]) -> list[Draft]:
    """A later draft with the same type, place and compatible facts restates an earlier one."""
    kept: list[Draft] = []
    for d in drafts:
        for k in kept:
            if (k.event_type == d.event_type and same_region(k.region, d.region)
                    and (k.region == d.region or k.sentence != d.sentence)  # "в Києві, на Київщині": both
                    and (k.settlement or "").lower() == (d.settlement or "").lower()
                    and compatible(k.district, d.district)  # "Білопільська громада: ... Шосткинська громада: ..."
                    and compatible(k.count, d.count) and compatible_target(k.target, d.target)
                    and (not other_days(k, d) or restated_next_day(k, d)) and not earlier_day_toll(k, d)):
                if k.count is None and d.count is not None:
                    k.span = d.span  # the sentence that states the number is the better evidence
                    k.national = d.national  # "атакував ... БпЛА. Зафіксовано влучання 9 БпЛА": the hits count
                more_victims(k, d)
                dead_among_recapped(k, d)
                k.take_missing(d, ("count", "qualifier", "killed", "injured", "target", "district"))
                victims_over_none(k, d)
                if d.new_total:  # "... до трьох зросла кількість поранених внаслідок атаки на Х": the new toll
                    k.killed = k.killed if d.killed is None else d.killed
                    k.injured = k.injured if d.injured is None else d.injured
                k.one_attack = k.one_attack or d.one_attack
                if (k.target in GENERIC_TARGETS or k.target in BUILDING_PARTS) and d.target and d.target not in BUILDING_PARTS:
                    k.target = d.target  # the specific name wins
                if _undated(k) and d.date and d.date.stated and d.date.known and d.date.date:
                    k.date = d.date  # "Recall: the attack on February 27 in the evening": the day it says
                break
        else:
            kept.append(d)
    return kept


def merge_debris(drafts: list[Draft]) -> list[Draft]:
    """"After the drone attack the refinery in X was on fire. Wreckage of the downed drones landed
    inside the plant": the attack was shot down over the place it names; one
    interception there, with the damage."""
    out: list[Draft] = []
    for d in drafts:
        a = next((o for o in reversed(out) if o.event_type == "strike" and o.region == d.region), None)
        if a and d.event_type == "interception" and d.count is None and d.settlement is None and a.count is None \
                and 0 < d.sentence - a.sentence <= FOLLOWUP_SENTENCES and d.target and a.target \
                and d.target in GENERIC_TARGETS and compatible_target(a.target, d.target):
            a.event_type = "interception"
            a.take_missing(d)
            a.extend_to(d)
            continue
        out.append(d)
    return out


def drop_summaries(drafts: list[Draft], doc: Text) -> list[Draft]:
    """Region-level drafts that summarise settlement-level ones, and totals with a breakdown
    (national ones, and counts that took the region of an earlier sentence)."""
    out = []
    for d in drafts:
        if d.region and not d.settlement:
            summarised = _summarised(d, [o for o in drafts if o is not d and o.event_type == d.event_type], doc)
            detailed = [o for o in summarised if not another_after(d, o, doc)]
            if summarised and not detailed or repelled_over_region(d, detailed, doc) or on_road(d, drafts, doc) \
                    or _listed_region(d, drafts):  # its own
                no_toll_to_all(detailed, d)
                out.append(d)
                continue
            if detailed:
                if d.event_type == "interception" and d.count is not None and all(o.count is None for o in detailed):
                    if debris_apart(d, detailed, drafts, doc):  # the region's count; the towns' debris apart
                        detailed = []
                    if len(detailed) == 1:
                        d.settlement, d.near = detailed[0].settlement, detailed[0].near
                    for o in detailed:  # debris of drones counted here: one incident, with the damage
                        d.take_missing(o)
                        o.region = "__merged__"
                elif not (d.told_victims and doc.lex.drone.search(doc.low, *doc.sentences[d.sentence]) and _remainder(d, detailed)):
                    same_district = [o for o in detailed if d.district and o.district == d.district]
                    if len(detailed) == 1 or len(same_district) == 1:  # "two injured in the X district": the one there
                        near = (same_district or detailed)[0]
                        _fill_from_summary(near, d, downed_between(d, near, drafts))
                    no_toll_to_all(detailed, d)
                    continue
        if d.at_sea:
            out.append(d)
            continue
        if (d.region is None or (d.inherited and d.count is not None)) and \
                breakdown_total(d, drafts, doc.country_at(d.span[1]) if d.region is None else None, doc):
            no_toll_to_parts(d, drafts)
            continue
        last = doc.sentence_of(d.span[1] - 1)
        if d.region is None and (listed_after(d, drafts, last) or restated_total(d, drafts, last)):
            continue
        out.append(d)
    return [d for d in out if d.region != "__merged__"]


LISTED_REGIONS = 3  # a roundup's list of downing places (not "Moscow and the Moscow region")


def _listed_region(d: Draft, drafts: list[Draft]) -> bool:
    """"Збито 28 дронів у Київській, Харківській, Сумській ... областях. ... Уламки впали у місті X": one region of a
    roundup's list of downing places (no figure each) is an incident of its own beside a town of that region (the
    gold's key differs)."""
    return d.event_type == "interception" and d.count is None and len(
        {o.region for o in drafts if o.span == d.span and o.event_type == d.event_type}) >= LISTED_REGIONS


def _summarised(d: Draft, same: list[Draft], doc: Text | None = None) -> list[Draft]:
    """The settlement-level drafts of the same type that the region-level ``d`` may summarise."""
    detailed = [o for o in same if o.settlement and o.region == d.region and not other_days(o, d)
                and not _older_event(o, d) and not _day_before(o, d)]
    if detailed and d.event_type == "strike" and d.target:
        # it names its own target: not a summary of these, or only of those with that target
        detailed = [o for o in detailed if o.target and compatible_target(d.target, o.target)]
    if detailed and d.event_type == "strike" and d.district and d.sentence != detailed[0].sentence \
            and not any(compatible(o.district, d.district) and (o.district or _named_after(d.district, o.settlement)
                                                                 or not _time_and_place(d, doc)) for o in detailed):
        # "FPV-дроном вдарили по ... громаді": a place of its own, named by its district (also beside a town that names
        # no community and is not the community's own, told by time: "Увечері – по Марганецькій громаді. Вночі – по Нікополю")
        return []
    if detailed and d.event_type == "strike" and d.district \
            and all(o.sentence != d.sentence and _named_after(d.district, o.settlement) for o in detailed):
        _remainder(d, detailed)  # (a toll that covers the town's too keeps the rest)
        return []  # "Запорізький район ... У Запоріжжі ...": the district around a town is not the town
    if detailed and d.event_type == "interception" and d.count is not None \
            and all(o.count is not None for o in detailed) and d.count > sum(o.count or 0 for o in detailed):
        return []  # "дрон удалось сбить над Курском ... над Курской областью сбили 24": the region's own figure
    return detailed


def _day_before(o: Draft, d: Draft) -> bool:
    """"Пожар в Усманском округе. ... Накануне, в ночь на 5 января, в Ельце ...": a settlement incident on a day
    stated before the report's own (``d`` states none), told as background, is not one ``d`` sums up."""
    return bool(o.date and o.date.stated and o.date.date and d.date and not d.date.stated and d.date.date
                and o.date.date < d.date.date)


def _older_event(o: Draft, d: Draft) -> bool:
    """"Водителя ранило ... в районе. Ранее дрон атаковал машину в поселке X, ранены двое": a settlement incident
    told as "earlier", with more victims than the lead counts, is an older event, not one the lead sums up."""
    more = any(x is not None and y is not None and x > y for x, y in ((o.killed, d.killed), (o.injured, d.injured)))
    return more and bool(d.killed or d.injured) and told_earlier(o) and not told_earlier(d)


def _time_and_place(d: Draft, doc: Text | None) -> bool:
    """``d``'s community is named in a sentence of a time and a place only ("Увечері – по Марганецькій громаді.")."""
    # (the district in the nominative, "Марганецький"; the text inflects it: its stem without the ending)
    at = doc.text.find(d.district[:-2] or d.district, d.span[0]) if doc is not None and d.district else -1
    return doc is not None and at >= 0 and doc.lex.ellipsis_sentence.match(doc.low, *doc.sentences[doc.sentence_of(at)]) is not None


def _named_after(district: str, settlement: str | None) -> bool:
    """The district is called after the town ("Запорізький" район, Запоріжжя): their names share a stem."""
    a, b = district.lower(), (settlement or "").lower()
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return bool(b) and n >= min(4, len(b) - 1)


def _remainder(d: Draft, detailed: list[Draft]) -> bool:
    """"П'ятеро постраждалих на Нікопольщині. У громаді поранено двох ... У самому Нікополі троє": a region-level
    strike whose toll is more than its towns' together keeps the rest (the victims a sentence after it told
    without a town; a bare region total over one town is only the start of a list cut short; a toll of every weapon is
    no drones' toll)."""
    if d.event_type != "strike" or not any(o.killed or o.injured for o in detailed):
        return False
    rest = [(x or 0) - sum(y or 0 for y in ys) for x, ys in
            ((d.killed, [o.killed for o in detailed]), (d.injured, [o.injured for o in detailed]))]
    if min(rest) < 0 or max(rest) <= 0:
        return False
    d.killed = rest[0] if d.killed is not None else None
    d.injured = rest[1] if d.injured is not None else None
    return True


def _fill_from_summary(o: Draft, d: Draft, attack_figure: bool = False) -> None:
    """The one detailed incident a region-level one sums up takes what only the summary said: its count
    ("дрони уразили НПЗ у Новокуйбишевську. ... зафіксовано щонайменше три влучання") and its toll
    ("One drone hit an enterprise. There were no casualties. ... It hit a plant in Dnipro")."""
    if o.count is None and d.count is not None and not attack_figure:  # (some of the attack's drones downed)
        o.count, o.qualifier = d.count, d.qualifier
    if o.killed is None and o.injured is None:
        o.killed, o.injured = d.killed, d.injured
    elif o.killed is None or o.injured is None:
        other_half_of_toll(o, d)
    elif o.killed == 0 and o.injured == 0 and (d.killed or d.injured):
        # "... погиб пассажир. Водитель не пострадал": the victims the summary names, no one else
        o.killed, o.injured = d.killed or 0, d.injured or 0


def drop_repelled(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"Ворог атакував Київ ударними дронами. ... уламки збитого БпЛА впали на ...": an attack
    that names nothing hit, followed by drones downed over the same place, is the attack they
    repelled, not a strike of its own (but not drones downed at another time of the day: "Зранку
    поцілив по райцентру дронами. ... Ввечері збили 4 безпілотники"). Also when the shoot-down is told
    first ("All drones were shot down in the Kyiv region. ... The region was attacked by enemy drones")."""
    out = []
    for d in drafts:
        downed = [o for o in drafts if o.event_type == "interception" and same_region(o.region, d.region)
                  and (o.settlement is None or d.settlement is None or o.settlement == d.settlement)
                  and (d.sentence <= o.sentence <= d.sentence + FOLLOWUP_SENTENCES or _downed_before(doc, d, o))
                  and not told_apart(doc, d, o)]
        if d.event_type == "strike" and d.target is None and not d.killed and not d.injured \
                and d.count is None and downed:
            if downed[0].settlement is None:  # "атаковали Туапсе: ... обломки упали на территорию порта"
                downed[0].settlement, downed[0].near = d.settlement, d.near
            continue
        out.append(d)
    return out


def _downed_before(doc: Text, d: Draft, o: Draft) -> bool:
    """Drones downed in the region with no count, told just before the attack ``d``, whose sentence or the
    next two tell targets destroyed ("All drones were shot down in the X region. ... The region was attacked by
    drones. The targets were destroyed"): the same repelled attack told again."""
    if not (d.sentence - FOLLOWUP_SENTENCES <= o.sentence < d.sentence) or o.count is not None or o.date != d.date:
        return False
    s, e = doc.sentences[d.sentence][0], doc.sentences[min(d.sentence + FOLLOWUP_SENTENCES, len(doc.sentences) - 1)][1]
    return bool(doc.lex.interception.search(doc.low, s, e) or doc.lex.all_downed.search(doc.low, s, e))


def merge_continuations(drafts: list[Draft]) -> list[Draft]:
    """"Белгород атаковали беспилотники. Один дрон попал в жилой дом ...": the second sentence tells
    what the attack on the place named in the first did; one incident, in that place."""
    out: list[Draft] = []
    for d in drafts:
        a = out[-1] if out else None
        # (the sentence before may have only said where a's attack was: "It occurred in the village of X")
        if a and a.event_type == d.event_type == "strike" and (a.sentence == d.sentence - 1 or 0 <= d.span[0] - a.span[1] <= 2) \
                and a.region == d.region and a.settlement and d.settlement is None and a.target is None \
                and ((a.killed is None and a.injured is None) or (d.killed is None and d.injured is None)
                     or toll_within(d, a)):
            # also "Drones hit Kharkiv, killing three. A drone struck a kindergarten in the Kholodnohirskyi
            # district", "Russian forces attacked Sumy, injuring three. A drone hit a residential building":
            # the district and the target are the city's, the toll the attack's
            d.settlement, d.near, d.span = a.settlement, a.near, (a.span[0], d.span[1])
            d.count, d.qualifier = (a.count, a.qualifier) if a.count else (d.count, d.qualifier)
            d.killed, d.injured = larger(a.killed, d.killed), larger(a.injured, d.injured)
            out[-1] = d
            continue
        out.append(d)
    return out


def collapse_districts(drafts: list[Draft]) -> list[Draft]:
    """"Над Алексеевским округом сбит дрон ... в Борисовском районе три сбиты ... в Валуйском округе
    подавлены четыре": interceptions in several districts of one region on one day are one incident of
    the region, their counts added (districts are not places of their own)."""
    out: list[Draft] = []
    for d in drafts:
        k = next((o for o in out if o.event_type == d.event_type == "interception" and o.region and o.region == d.region
                  and o.settlement is None and d.settlement is None and o.date == d.date
                  and o.district and d.district and o.district != d.district), None)
        if k is None:
            out.append(d)
            continue
        k.count = k.count + d.count if k.count is not None and d.count is not None else (k.count or d.count)
        k.killed, k.injured = larger(k.killed, d.killed), larger(k.injured, d.injured)  # (no victims in one district)
        k.take_missing(d)
        k.extend_to(d)
    return out


def merge_fallen(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"В Калуге беспилотник упал на жилой дом. ... «Подавленный беспилотник упал на частное здание»": the
    drone that fell is the one told as downed right after, in the same town; one interception, with the damage."""
    out: list[Draft] = []
    for d in drafts:
        fell = next((o for o in reversed(out) if o.event_type == "strike" and o.settlement and o.count in (None, 1)
                     and o.region == d.region and (o.settlement or "").lower() == (d.settlement or "").lower()
                     and 0 < d.sentence - o.sentence <= BREAKDOWN_SENTENCES
                     and doc.lex.fall.search(doc.low, *o.span)), None)
        if fell and d.event_type == "interception" and d.count in (None, 1) and doc.lex.fall.search(doc.low, *d.span):
            d.take_missing(fell)
            d.count = d.count or fell.count
            out.remove(fell)
        out.append(d)
    return out


def city_regions(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A region that is one city (Kyiv, Moscow, Sevastopol): an incident there with no other
    settlement is in the city ("Debris fell in Kyiv's Dniprovskyi district"); in a city that has no other
    settlement (``city_quarters``: Kyiv, not Sevastopol with its villages) a place named is a quarter of it
    ("у районі Оболоні": Kyiv)."""
    lex = doc.lex
    for d in drafts:
        if d.region in lex.city_regions and (d.settlement is None or d.region in lex.city_quarters):
            d.settlement = lex.city_regions[d.region]
    return drafts


def place_unplaced(drafts: list[Draft]) -> list[Draft]:
    """"Two facilities were struck overnight, no one was hurt. The governor said a facility was damaged in
    the X region": a strike with no place (and no other number) is the one the next sentences place, when they
    place exactly one strike; that one takes its toll."""
    out: list[Draft] = []
    for k, d in enumerate(drafts):
        if d.event_type == "strike" and d.unplaced and d.region is None and d.settlement is None:
            placed = [o for o in drafts[k + 1:] if o.event_type == "strike" and o.region
                      and o.sentence - d.sentence <= FOLLOWUP_SENTENCES]
            if not placed and out and _goes_on_unplaced(out[-1], d):  # "... Через скидання з дрона загинула жінка"
                placed = [out[-1]]
            if len(placed) == 1 and compatible_target(d.target, placed[0].target) and not other_days(d, placed[0]) \
                    and compatible(d.count, placed[0].count):
                placed[0].take_missing(d, ("count", "qualifier", "killed", "injured", "target"))
                continue
        out.append(d)
    return out


def _goes_on_unplaced(o: Draft, d: Draft) -> bool:
    """``d`` (no place) tells the toll of the placed strike ``o`` told right before it, and nothing else new."""
    return o.event_type == "strike" and bool(o.region) and 0 < d.sentence - o.sentence <= FOLLOWUP_SENTENCES \
        and (d.killed is not None or d.injured is not None) and o.killed is None and o.injured is None
