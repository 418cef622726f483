"""Which settlement-less drafts of one region are parts of one incident: communities of an oblast told
one after another, damage told after the strike on a settlement (passes after the text is read)."""
from __future__ import annotations

import re

from geo.extract.agreement import compatible, compatible_target, larger, other_days, same_day, toll_within
from geo.extract.draft import Draft
from geo.extract.reading import Text
from geo.extract.summaries import more_victims
from geo.extract.totals import BREAKDOWN_SENTENCES

#: Structures on a house's plot: damage to them is more of what the strike on the house did.
BESIDE_A_HOUSE = frozenset({"outbuilding"})
SAME_FIGURE_SENTENCES = 6  # the same figure of drones told again this far on is the same strike
BARE_DAMAGE_SENTENCES = 7  # a damage sentence naming no drone goes on a strike at most this far back


def _beside(a: Draft, d: Draft) -> bool:
    """"Дрон упал у частного дома ... Загорелись хозпостройки": the plot's sheds, not another target."""
    return a.target == "private house" and d.target in BESIDE_A_HOUSE


def merge_unplaced_damage(drafts: list[Draft], doc: Text | None = None) -> list[Draft]:
    """"Дрон атаковал село X, ранен житель. ... Осколки дрона повредили административное здание": a strike
    that names no place, district or number of its own, right after a strike on a settlement of the same
    region (nothing told between), is more of what that strike did: its target (and toll) go to it; also
    when it tells the same toll again ("В селе X погиб житель. По его словам, дрон поразил грузовик ... Он
    скончался на месте"), unless it says it is another one ("Ещё один дрон ...")."""
    out: list[Draft] = []
    for d in drafts:
        a = out[-1] if out else None
        if a and _more_of(a, d, doc):
            a.take_missing(d, ("count", "qualifier", "killed", "injured", "target"))
            a.one_attack = a.one_attack or d.one_attack
            a.extend_to(d)
            continue
        out.append(d)
    return out


def _more_of(a: Draft, d: Draft, doc: Text | None) -> bool:
    """Whether the unplaced strike ``d`` is more of the strike ``a`` on a settlement told before it (see
    :func:`merge_unplaced_damage`); also, further on, when it tells the same figure of drones again ("Six drones hit
    X. ... (the mayor's words) ... Six drones came at the block from all sides, killing four") and ``a`` no toll."""
    if not (a.event_type == d.event_type == "strike" and a.settlement and a.region == d.region
            and d.settlement is None and d.district is None and not other_days(a, d) and compatible(a.count, d.count)):
        return False
    if doc is not None and doc.lex.earlier.match(doc.low, doc.sentences[d.sentence][0]):
        return False  # "Ранее губернатор сообщил, что ...": an earlier strike, not more of this one
    gap = d.sentence - a.sentence
    if a.count is not None and a.count > 1 and a.count == d.count and 0 < gap <= SAME_FIGURE_SENTENCES \
            and a.killed is None and a.injured is None:
        return True
    return 0 < gap <= _reach(d, doc) and (compatible_target(a.target, d.target) or _beside(a, d) or _consequence(d, doc)) \
        and (d.killed is None and d.injured is None or a.killed is None and a.injured is None
             or _beside(a, d) and toll_within(d, a) or _toll_told_again(a, d, doc))


def _consequence(d: Draft, doc: Text | None) -> bool:
    """"Унаслідок влучання дрона зайнялася вантажівка" opening a sentence: what the hit just told did, though
    what burned is not what was hit (the truck at the struck plant)."""
    return doc is not None and doc.lex.hit_consequence.match(doc.low, doc.sentences[d.sentence][0]) is not None


def _reach(d: Draft, doc: Text | None) -> int:
    """How far back the strike may be: "Дрон атаковал машину у села X. ... (a quote, the governor's words) ...
    Автомобиль получил повреждения": a bare damage sentence (no drone, number or toll in it) goes on the last
    strike told, however many sentences of words lie between, up to a paragraph's worth."""
    if doc is None or d.count is not None or d.killed is not None or d.injured is not None or d.target is None:
        return BREAKDOWN_SENTENCES
    s, e = doc.sentences[d.sentence]
    return BREAKDOWN_SENTENCES if doc.lex.drone.search(doc.low, s, e) else BARE_DAMAGE_SENTENCES


def _toll_told_again(a: Draft, d: Draft, doc: Text | None) -> bool:
    """``d`` repeats a casualty figure of ``a`` (and contradicts none), and does not open as another attack
    ("Sumy: three injured. A drone hit a car, killing the driver" is another strike)."""
    pairs = ((a.killed, d.killed), (a.injured, d.injured))
    if doc is None or not all(compatible(x, y) for x, y in pairs) or not any(x is not None and x == y for x, y in pairs):
        return False
    s, e = doc.sentences[d.sentence]
    return not (doc.lex.another.match(doc.low, s, e) or doc.lex.also.match(doc.low, s, e))


def merge_districts(drafts: list[Draft], doc: Text | None = None) -> list[Draft]:
    """One incident per type, region, settlement and day: drafts of one region that name no settlement
    (district by district, or the governor's figure and then the ministry's) are one incident, its
    count the parts' sum within a sentence and the largest figure across sentences (a restatement); the
    parts of other communities add their drones and victims, other things hit join the target (the gold's key: districts
    and communities are no settlements, so "Білопільська громада: ..., Шосткинська громада: ..." is one)."""
    out: list[Draft] = []
    for d in drafts:
        k = next((o for o in out if o.event_type == d.event_type and o.region and o.region == d.region
                  and o.settlement is None and d.settlement is None
                  and same_day(o, d)), None)
        if k is None:
            out.append(d)
            continue
        if _oblast_day(k, doc) != _oblast_day(d, doc):  # "за минулу добу 231 БпЛА атакували громади області"
            k.count, k.qualifier = (d.count, d.qualifier) if _oblast_day(k, doc) else (k.count, k.qualifier)
            d.count = d.qualifier = None  # the oblast's day is no figure of a community's strike
        if not compatible_target(k.target, d.target):  # another thing hit: both are the incident's
            k.target = _joined_target(k.target, d.target)
        if _other_districts(k.district, d.district) and not _within(k, d, doc) and not _told_after(k, d):
            _add_part(k, d)  # another community's incident: its drones and victims add up
        elif k.count is not None and d.count is not None:
            k.count, k.qualifier = ((k.count + d.count, k.qualifier) if k.sentence == d.sentence
                                    else max((k.count, k.qualifier), (d.count, d.qualifier), key=lambda c: c[0]))
        for name in ("count", "qualifier", "killed", "injured", "target", "district"):
            mine, theirs = getattr(k, name), getattr(d, name)
            if mine is None or (name in ("killed", "injured") and theirs is not None and theirs > mine):
                setattr(k, name, theirs)
        k.widen(d)
    return out


def _oblast_day(d: Draft, doc: Text | None) -> bool:
    """``d``'s sentence is the oblast's tally of the day ("За минулу добу 231 БпЛА атакували громади області")."""
    return doc is not None and doc.lex.oblast_day.search(doc.low, *doc.sentences[d.sentence]) is not None


def _within(k: Draft, d: Draft, doc: Text | None) -> bool:
    """"Поранені внаслідок атаки дрона у Пологівському районі. У Преображенській громаді дрон атакував авто": a
    community told after the wider district it lies in is the same incident told closer, not another part; the
    incident takes the community (so a second community after it adds up)."""
    if doc is None or not k.district or not d.district or k.sentence == d.sentence:
        return False
    if _wider(k.district, k, doc) and not _wider(d.district, d, doc):
        k.district = d.district
        return True
    return False


def _wider(district: str, d: Draft, doc: Text) -> bool:
    """The draft's text names ``district`` as a wider unit ("Пологівському районі"), not a community."""
    stem = district.lower()[:-3]  # "пологівсь": the name in any case
    return any(m.group(0).startswith(stem) for m in doc.lex.wider_district.finditer(doc.low, *d.span))


def _other_districts(a: str | None, b: str | None) -> bool:
    """Two districts named, and not the same one in two cases ("Білопільської", "Білопільській")."""
    return bool(a and b and a.lower()[:-3] != b.lower()[:-3])


def _told_after(k: Draft, d: Draft) -> bool:
    """``k`` (a lead told first) took its figure from a sentence after part ``d`` ("У громаді зафіксовано влучання
    у старостаті. Там ворог атакував об'єкт дроном"): that figure goes on about ``d``, not another community."""
    return k.sentence < d.sentence and k.span[0] >= d.span[1]


def _add_part(k: Draft, d: Draft) -> None:
    """``d`` is another part of ``k`` (another community of the region): figures both state are added."""
    for name in ("count", "killed", "injured"):
        mine, theirs = getattr(k, name), getattr(d, name)
        if mine is not None and theirs is not None:
            setattr(k, name, mine + theirs)




def _joined_target(a: str | None, b: str | None) -> str | None:
    """Both things hit, when the parts name different ones."""
    return a if not b or b == a else b if not a else f"{a}, {b}"


def merge_debris_damage(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"Debris of a downed drone fell on homes ... . Ten apartment buildings and three cars were damaged in
    the attack": a strike with no number whose sentence names no drone and tells damage only (no attack: "Также
    атакован терминал" is one more), in the place of an interception whose debris did damage, is that damage:
    its target and toll go to the interception."""
    out: list[Draft] = []
    for d in drafts:
        near = sorted((o for o in drafts if o.event_type == "interception" and o.region == d.region
                       and o.settlement in (None, d.settlement) and _debris(o, doc)),
                      key=lambda o: (o.sentence > d.sentence, abs(d.sentence - o.sentence))) \
            if d.event_type == "strike" and d.count is None and d.region else []
        # (the debris told last before it: "... debris hit a shop, one injured. In X district a house was
        # partly destroyed, one injured": that district's, not the first district's with no victims)
        o = next((o for o in near if _toll_fits(d, o)), None)
        if o is None or (doc.lex.drone.search(doc.low, *d.span) and not _drones_again(o, d, doc)) or not doc.damage_only(*d.span):
            out.append(d)
            continue
        o.take_missing(d)
    return out


#: How many sentences after a town's debris the drones' further damage there may be told.
DRONES_AGAIN_WITHIN = 2


def _drones_again(o: Draft, d: Draft, doc: Text) -> bool:
    """"Debris of a downed drone fell on a school in X. ... The drones also damaged a house": the drones told again
    right after their debris in a town, with damage only, no number and no town of their own (not "another")."""
    return o.settlement is not None and d.settlement in (None, o.settlement) and d.count is None \
        and 0 < d.sentence - o.sentence <= DRONES_AGAIN_WITHIN and bool(doc.lex.debris.search(doc.low, *o.span)) \
        and not doc.lex.another.match(doc.low, *doc.sentences[d.sentence])


def _debris(o: Draft, doc: Text) -> bool:
    """The interception did damage on the ground: its debris, a target or victims, or its own account tells
    damage ("a drone was shot down over the region, damaging a house")."""
    return bool(o.target or o.killed or o.injured or doc.lex.debris.search(doc.low, *o.span)
                or doc.lex.damage.search(doc.low, *o.span))


def _toll_fits(d: Draft, o: Draft) -> bool:
    """Each of ``d``'s figures is unknown to ``o`` or within ``o``'s ("three killed" ... "a man and a woman
    injured in the incident": the injured are news to the debris report)."""
    return all(mine is None or theirs is None or mine <= theirs
               for mine, theirs in ((d.killed, o.killed), (d.injured, o.injured)))


def merge_wreckage(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"Buildings and cars were damaged in Odesa in a drone attack. ... «The falling wreckage damaged an
    11-storey building, 14 cars ...»": the attack told first (as damage only, no hit) was shot down over the
    place it names; one interception there, with the damage the wreckage did."""
    out: list[Draft] = []
    for d in drafts:
        a = next((o for o in reversed(out) if o.event_type == "strike" and o.region == d.region), None)
        if a and d.event_type == "interception" and d.count is None and a.count is None \
                and d.settlement in (None, a.settlement) and 0 < d.sentence - a.sentence <= BREAKDOWN_SENTENCES \
                and doc.lex.debris.search(doc.low, *d.span) and compatible_target(a.target, d.target) \
                and doc.damage_only(*a.span) and _toll_fits(d, a):
            a.event_type = "interception"
            a.take_missing(d)
            a.extend_to(d)
            continue
        out.append(d)
    return out


def merge_same_place(drafts: list[Draft]) -> list[Draft]:
    """"Ворог вдарив по Херсону, пошкоджено ТЦ. Також влучання відбулось у склади": strikes on one named
    settlement on one day are one incident (the gold's key), whatever each hit; the first target names it."""
    out: list[Draft] = []
    for d in drafts:
        k = next((o for o in out if o.event_type == d.event_type == "strike" and o.settlement and o.region == d.region
                  and _spelling(o.settlement) == _spelling(d.settlement or "")
                  and same_day(o, d)), None)
        if k is None:
            out.append(d)
            continue
        if k.count is not None and d.count is not None:  # a restatement's figure, or the larger report's
            k.count = max(k.count, d.count)
        more_victims(k, d)  # "ще одна людина постраждала": added; then the fuller toll
        k.killed, k.injured = larger(k.killed, d.killed), larger(k.injured, d.injured)
        k.take_missing(d, ("count", "qualifier", "target", "district"))
        k.widen(d)
    return out


def _spelling(name: str) -> str:
    """A settlement name without what its transliterations vary in ("Kozachky" and "Kozachki", "Kupyansk" and
    "Kupiansk"): lower case, no apostrophes or hyphens, y read as i, a doubled letter read once."""
    flat = re.sub(r"[\x27\u2019`\-\s]", "", name.lower()).replace("y", "i")
    return re.sub(r"(\w)\1+", r"\1", flat)


LOCATED_SENTENCES = 8  # "Згодом уточнили, що удар стався у селі X" may come late in the report


def merge_located(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"FPV-дроном атакували авто в Оріхівській громаді, загинув водій. ... Згодом уточнили, що удар стався у
    селі X": a strike on a settlement whose sentence says where it happened, after a strike of the same region
    that named no settlement and no other figures, is that strike, placed."""
    out: list[Draft] = []
    for d in drafts:
        k = next((o for o in reversed(out) if o.event_type == d.event_type), None)  # the last one of its type
        if k and d.settlement and k.settlement is None and k.region == d.region \
                and 0 < d.sentence - k.sentence <= LOCATED_SENTENCES and not other_days(k, d) \
                and doc.lex.happened.search(doc.low, *doc.sentences[d.sentence]) \
                and all(compatible(getattr(k, f), getattr(d, f)) for f in ("count", "killed", "injured")):
            k.settlement, k.near = d.settlement, d.near
            k.take_missing(d, ("count", "qualifier", "killed", "injured", "target"))
            k.extend_to(d)
            continue
        out.append(d)
    return out

