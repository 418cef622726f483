"""The synthetic corpus's words: number words, month and weekday names, what a drone hits and
what it does to people (each phrase with the schema value it stands for), date expressions the
extractor resolves, and the non-event and filler sentences that pad the articles."""
from __future__ import annotations

import datetime as dt
import random

NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

#: What a drone hit: the phrase written, the schema's normalised target.
STRIKE_TARGETS = [("a private house", "private house"), ("a car", "car"), ("a truck", "truck"),
                  ("a power substation", "power substation"), ("a warehouse", "warehouse"),
                  ("an administrative building", "administrative building"), ("a shop", "shop"),
                  ("a tractor", "car"), ("a garage", "outbuilding")]
INFRA_TARGETS = [("an oil depot", "oil depot"), ("an oil refinery", "oil refinery"),
                 ("a power substation", "power substation"), ("a railway station", "railway station"),
                 ("an industrial enterprise", "industrial enterprise"), ("a fuel storage facility", "oil depot")]
#: Casualty sentence after a strike: text, killed, injured.
CASUALTIES = [("", None, None), ("There were no casualties.", 0, 0), ("A woman was injured.", None, 1),
              ("Two people were injured.", None, 2), ("Three civilians were injured.", None, 3),
              ("One man was killed.", 1, None), ("No one was hurt.", 0, 0)]


def count_text(n: int, rng: random.Random) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) and rng.random() < 0.4 else str(n)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def when(event: dt.date, published: dt.date, rng: random.Random) -> str:
    """A date expression that the extractor resolves to ``event`` given ``published``."""
    gap = (published - event).days
    day = f"on {MONTHS[event.month - 1]} {event.day}"
    if gap == 0:
        return rng.choice(["overnight", "overnight", day, "early on " + WEEKDAYS[event.weekday()]])
    if gap == 1:
        return rng.choice(["yesterday", "on " + WEEKDAYS[event.weekday()], day])
    return rng.choice(["on " + WEEKDAYS[event.weekday()], day]) if gap < 7 else day


#: Sentences about the war that a careful reader lists no incident for ({P}: a region, {V}: a village).
NON_EVENTS = [
    "Air raid alerts were declared in {P} for several hours, and residents were urged to stay indoors.",
    "Explosions were heard near {V}, residents wrote on social media.",
    "The governor of {P} said that lessons would move online as a precaution.",
    "Ukraine plans to produce more long-range drones and expand its drone industry, officials said.",
    "Russian forces shelled the outskirts of {V} with artillery, the regional governor said.",
    "Analysts said that drones could soon be able to reach targets far beyond the border.",
    "A missile struck an industrial area of a city in {P}, the regional administration said.",
    "The ministry did not comment on the report about new drone deliveries.",
    "Officials in {P} opened new shelters and tested the warning sirens.",
]

#: Background sentences with no event, place, date or casualty words.
FILLER = [
    "The situation in border areas remains tense, according to local officials.",
    "Residents have grown used to the sound of sirens and often spend evenings in basements.",
    "Experts say the use of unmanned aircraft has changed the character of the conflict.",
    "Both sides are investing heavily in electronic warfare and in cheap mass-produced aircraft.",
    "Regional authorities have asked people to report suspicious objects to the police.",
    "Insurance companies say claims for property losses have risen sharply.",
    "Farmers near the frontier say they now work their fields only in daylight.",
    "Military bloggers have published photographs that could not be independently verified.",
    "The information could not be verified independently by this outlet.",
    "Emergency services said they were working at the scene and asked people to keep away.",
    "Local volunteers collect money for protective nets over roads.",
    "Officials gave no details about the type of equipment used by the air defence units.",
    "Observers note that the number of reported launches tends to rise before major holidays.",
    "Many families have moved away from settlements close to the frontier.",
    "Classes in the area are often held online, and parents are asked to keep children indoors.",
    "A spokesman for the regional administration declined to give further details.",
    "Some analysts believe the campaign is meant to stretch air defences over a wide area.",
    "Road traffic was restricted for a while, and public transport ran with changes.",
    "Mobile internet was slowed in the area, a measure that officials describe as a precaution.",
    "The authorities promised compensation to residents whose property suffered.",
    "Independent monitoring groups keep their own tallies, which often differ from official figures.",
    "The press service of the regional government published a short statement with photographs.",
    "Repair crews restored electricity and water supply to the affected streets by the evening.",
    "Some residents said they heard the buzzing of engines for several minutes.",
    "Questions remain about how warnings reach people in small villages without sirens.",
    "The regional parliament discussed additional funding for civil protection.",
]
