"""Places named in a sentence: countries, demonyms, regions and cities, with ISO codes.

``procq.countries.place_names`` says what each name may be; this module reads the
grammar around it. A country, a demonym or a marked region ("Hainan Province") is
a place wherever it is written. A city's name is often a surname or a word of an
institution's name too, so it is a city only where the grammar says a place
follows ("in Bishkek", "visited Pyongyang", "Astana hosts", "Bishkek, capital of
Kyrgyzstan", "Nanning city", "at ODPP Headquarters, Nairobi"), or where a capital
or a large city is written alone; never as one word of a longer run of names
("Shanghai Cooperation Organization", "Samarkand Summit", a person's name), and
never inside an institution's name, where a city-state still names its country
("the Hong Kong and Macao Work Office").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...countries import (City, PlaceName, alternation, calendar_words, cities_named, country_name, fold, name_as_written,
                          place_names)
from ..data import table
from .institutions import InstitutionMention, institution_seats

# A city this large, or a capital, is a city even where nothing cues it, when written alone.
WELL_KNOWN_POPULATION = 1_000_000
# How far before a name the words that cue it may begin ("travelled to the city of "), and the building's
# name before a city ("at the Supreme People's Procuratorate Headquarters, ").
CUE_WINDOW = 40
VENUE_WINDOW = 100
# How long an aside between commas may be between a place and the words that make it an event's place.
LONGEST_ASIDE = 80
# How many capitalised words may stand between a city and the venue word that ends a building's name
# ("at Pyongyang International Airport").
LONGEST_VENUE_NAME = 3


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int  # character offsets in the sentence given
    text: str  # the words as written
    kind: str  # 'city' | 'region' | 'country' | 'demonym'
    country: str | None  # ISO 3166-1 alpha-2 ('CN', 'MO' Macao, 'HK' Hong Kong, 'TW', 'PS' ...)
    city: str | None = None  # kind 'city': the city as the article names it ('St. Petersburg'), shouted ones by their usual name
    cued: bool = False  # the grammar says a place follows: 'in', 'visited', 'X hosts', 'X, capital of Y', 'X City'


@dataclass(frozen=True)
class _Grammar:
    before: re.Pattern  # words that end right before a place ("in", "visited", "a trip to")
    before_any_name: re.Pattern  # the cues after which a large city stands alone, even before a name ("in", "at")
    topic: re.Pattern  # a topic noun and "in" right before a place ("developments in")
    after: re.Pattern  # words right after a place ("hosts")
    venue_then_city: re.Pattern  # a building's name and a comma right before a city ("at ODPP Headquarters, ")
    venue_after: re.Pattern  # the rest of a building's name right after a city (" International Airport")
    apposition: re.Pattern  # a comma after a city, before the region or country it lies in (", capital of")
    list_continues: re.Pattern  # a comma or "and" and another name after a place
    list_join: re.Pattern  # what stands between two places of a list (", ", " and ")
    word_before: re.Pattern  # the word joined to a name's start
    word_after: re.Pattern  # the word joined to a name's end
    function_words: frozenset[str]
    particles: frozenset[str]
    not_alone: frozenset[str]


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    data = table("places")
    cues = data["cues"]
    venues = alternation(cues["venues"])
    return _Grammar(
        before=re.compile(r"(?<![\w'’])" + alternation(cues["before"]) + r",?[ \t]+(?:the[ \t]+)?\Z", re.I),
        before_any_name=re.compile(r"(?<![\w'’])" + alternation(cues["before_any_name"]) + r"[ \t]+\Z", re.I),
        topic=re.compile(r"(?<![\w'’])" + alternation(cues["topics"]) + r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?\Z",
                         re.I),
        after=re.compile(r"(?:,[^,.;\n]{1,%d},)?[ \t]+" % LONGEST_ASIDE + alternation(cues["after"]) + r"\b", re.I),
        venue_then_city=re.compile(r"(?<![\w'’])(?:at|in)[ \t]+(?:the[ \t]+)?[^,.;\n]{1,60}?\b" + venues
                                   + r",[ \t]+\Z", re.I),
        venue_after=re.compile(r"(?:[ \t]+[A-Z][\w'’\-]*){0,%d}?[ \t]+%s\b" % (LONGEST_VENUE_NAME, venues)),
        apposition=re.compile(r",[ \t]+(?:the[ \t]+)?(?:capital[ \t]+of[ \t]+(?:the[ \t]+)?)?", re.I),
        list_continues=re.compile(r"(?:,[ \t]*|[ \t]+)(?:and[ \t]+|&[ \t]+)?(?-i:[A-Z])", re.I),
        list_join=re.compile(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+"),
        word_before=re.compile(r"(?<![\w'’])([^\W\d_][\w'’]*)(?:[ \t]+|-)\Z"),
        word_after=re.compile(r"(?:[ \t]+|-)([^\W\d_][\w'’]*)"),
        function_words=frozenset(fold(w) for w in cues["function_words"]),
        particles=frozenset(fold(w) for w in cues["particles"]),
        not_alone=frozenset(fold(w) for w in data["names_not_alone"]),
    )


def find_places(sentence: str) -> list[PlaceMention]:
    """Countries ('Kazakhstan', 'the Russian Federation', 'Viet Nam', 'the UAE', 'DPRK'), demonyms ('Kazakh'),
    regions ('Guangxi Zhuang Autonomous Region', 'Inner Mongolia' -> CN) and cities named in a sentence,
    left to right, not overlapping."""
    names = place_names(sentence)
    institutions = institution_seats(sentence)
    apposed = _appositions(sentence, names)
    named = {name.country for name in names if name.kind != "city" and name.country}
    found: list[PlaceMention] = []
    previous: PlaceName | None = None  # the name before this one, its mention, and the institution it ends as seat
    previous_mention: PlaceMention | None = None
    seated: InstitutionMention | None = None
    i = 0
    for name in names:  # both left to right: the institution a name may be inside is the first not ended before it
        while i < len(institutions) and institutions[i][0].end <= name.start:
            i += 1
        inside = i < len(institutions) and institutions[i][0].start <= name.start and name.end <= institutions[i][0].end
        body, seat = institutions[i] if inside else (None, None)
        joined = previous is not None and bool(_grammar().list_join.fullmatch(sentence, previous.end, name.start))
        inherited = body is None and joined and seated is not None
        if inherited:  # "the People's Procuratorates of Henan Province, Kaifeng City and ...": more seats of one name
            body, seat = seated, name
        # "visit Brest and Grodno", "in Beijing, Shanghai and Guangzhou": a list shares the cue of its first place
        listed = joined and previous_mention is not None and previous_mention.cued and previous_mention.kind == "city"
        mention = _mention(sentence, name, body, seat is name, apposed, listed, named)
        previous, previous_mention = name, mention
        seated = body if body is not None and seat is name and (inherited or body.end == name.end) else None
        if mention is not None:
            found.append(mention)
    return found


@lru_cache(maxsize=1)
def _one_city_countries() -> frozenset[str]:
    return frozenset(table("places")["one_city_countries"])


def city_of_one_city_country(code: str | None) -> str | None:
    """The city a country that is one city is ("MO" -> "Macao"); None for any other country."""
    if code not in _one_city_countries():
        return None
    return next((c.name for c in cities_named(country_name(code) or "") if c.country == code and c.capital), None)


def city_country(name: str) -> str | None:
    """The ISO code of the country a city lies in, for a name read elsewhere (a dateline city): the largest
    city whose own name it is, else the largest known by it."""
    cities = cities_named(name)
    return cities[0].country if cities else None


_POSSESSIVE = re.compile(r"['’]s\s{1,3}")
_OWNED = re.compile(_POSSESSIVE.pattern + "$")  # the possessive right before a name


def _appositions(sentence: str, names: tuple[PlaceName, ...]) -> dict[int, City | None]:
    """Cities followed by the region or country they lie in ("Bishkek, capital of Kyrgyzstan", "Hangzhou,
    Zhejiang province"), or after its possessive ("Türkiye's Ankara"), by start: the city that region holds;
    and those regions after a city, by start: None."""
    starts = {name.start: name for name in names}
    found: dict[int, City | None] = {}
    for name in names:
        gap = _grammar().apposition.match(sentence, name.end) if name.kind == "city" else None
        place = starts.get(gap.end()) if gap else None
        city = next((c for c in name.cities if place and c.country == place.country), None)
        if city is not None and place.kind in ("country", "region") and not _listed(sentence, place):
            found[name.start], found[place.start] = city, None
        # "in Türkiye's Ankara", "Kazakhstan's Almaty": a city after its country's possessive
        owner = _POSSESSIVE.match(sentence, name.end) if name.kind in ("country", "region") else None
        held = starts.get(owner.end()) if owner else None
        city = next((c for c in held.cities if c.country == name.country), None) if held and held.kind == "city" else None
        if city is not None:
            found[held.start] = city
    return found


def _listed(sentence: str, place: PlaceName) -> bool:
    """Whether more names follow a place, as in a list ("Shanghai, Zhejiang, Guangdong and Yunnan"), so that it
    is no city's region."""
    return bool(_grammar().list_continues.match(sentence, place.end))


def _mention(sentence: str, name: PlaceName, body: InstitutionMention | None, seat: bool,
             apposed: dict[int, City | None], listed: bool, named: set[str]) -> PlaceMention | None:
    """What the grammar makes of one name: a place mention, or nothing (a city's name in a person's name).
    A city's name that several countries have is the one in a country the sentence ``named`` ("Costa Rica's
    prosecutor general held a meeting in San José")."""
    grammar = _grammar()
    # a place inside an institution's name is where a visit went when the institution is ("visited the
    # Prosecutor General's Office of Kazakhstan")
    cued_before = listed or _cued(sentence, body.start if body else name.start)
    cued = cued_before or (body is None and bool(grammar.after.match(sentence, name.end)))
    if name.kind in ("country", "demonym"):
        return _as(sentence, name, name.kind, cued and not _attributive(sentence, name))
    if name.kind == "region":
        return _as(sentence, name, "region", cued) if name.marked or cued or body or name.start in apposed else None
    if body is not None:
        return _inside_institution(sentence, name, body, seat, cued)
    city = apposed.get(name.start) or next((c for c in name.cities if c.country in named), name.cities[0])
    cued = cued or name.start in apposed or name.marked or _after_venue(sentence, name)
    large = city.capital or city.population >= WELL_KNOWN_POPULATION
    well_known = (city.own or name.city_state) and large and fold(sentence[name.start:name.end]) not in grammar.not_alone
    # a small town's name opening a building's is the building's ("at the Union Attorney General's Office")
    opens_a_building = not (large or name.marked) and bool(grammar.venue_after.match(sentence, name.end))
    # "Türkiye's Ankara": a city after its country's possessive stands by itself
    owned = name.start in apposed and bool(_OWNED.search(sentence, max(0, name.start - 5), name.start))
    # "in Rabat Mohsin ...": a large city right after "in" or "at" stands by itself before a name
    large_after_cue = large and bool(grammar.before_any_name.search(sentence, max(0, name.start - CUE_WINDOW), name.start))
    alone = owned or large_after_cue or _alone(sentence, name, cued_before)
    if alone and (cued or well_known) and not opens_a_building:
        return _as(sentence, name, "city", cued, city)
    return _as(sentence, name, "country", cued) if name.city_state else None


def _as(sentence: str, name: PlaceName, kind: str, cued: bool, city: City | None = None) -> PlaceMention:
    """A name read as a place of one kind; a city with its country, by the name the article gives it ("Macau"
    where it writes so; a name with its kind's word by the city's, "Zhuhai City" -> "Zhuhai")."""
    written = sentence[name.start:name.end]
    city_name = None if city is None else city.name if name.marked else name_as_written(written, city)
    return PlaceMention(name.start, name.end, written, kind, city.country if city else name.country, city_name,
                        cued and kind != "demonym")


def _inside_institution(sentence: str, name: PlaceName, body: InstitutionMention, seat: bool,
                        cued: bool) -> PlaceMention | None:
    """A city in an institution's name: the place of what happens at a national body whose seat it is, where
    the sentence places something there ("At the Zhuhai City Procuratorate, the delegation visited ...");
    else no place ("Public Prosecutor General of the Procuratorate of Guangzhou City", "the Shanghai
    Cooperation Organization"). A city-state still names its country ("the Hong Kong and Macao Work Office")."""
    if name.city_state:
        return _as(sentence, name, "country", cued)
    if cued and seat and not body.international:
        return _as(sentence, name, "city", cued, name.cities[0])
    return None


ATTRIBUTIVE = re.compile(r"\s[A-Z]")


def _attributive(sentence: str, name: PlaceName) -> bool:
    """A country's name qualifying a body's, "at the US Bureau of International Narcotics", says where no one is."""
    return sentence[max(0, name.start - 4):name.start].lower() == "the " and bool(ATTRIBUTIVE.match(sentence, name.end))


def _after_venue(sentence: str, name: PlaceName) -> bool:
    """Whether a city follows a building's name and a comma: "at ODPP Headquarters, Nairobi"."""
    return sentence[max(0, name.start - 2):name.start] == ", " and bool(
        _grammar().venue_then_city.search(sentence, max(0, name.start - VENUE_WINDOW), name.start))


def _cued(sentence: str, start: int) -> bool:
    """Whether the words before ``start`` say a place follows ("in", "visited"), and not a topic ("crimes in")."""
    grammar = _grammar()
    window = max(0, start - CUE_WINDOW)
    return bool(grammar.before.search(sentence, window, start)) and not grammar.topic.search(sentence, window, start)


def _alone(sentence: str, name: PlaceName, cued_before: bool) -> bool:
    """Whether a city's name stands by itself, not as one word of a longer run of capitalised names
    ("Samarkand Summit", "Andrei Shved"); a date or a building's name may follow ("Pyongyang International
    Airport"), and a function word or a cue may precede ("The Beijing talks", "Talks Held In Beijing")."""
    grammar = _grammar()
    before = None if cued_before else grammar.word_before.search(sentence, max(0, name.start - CUE_WINDOW), name.start)
    if before and before.group(1)[0].isupper() and fold(before.group(1)) not in grammar.function_words:
        return False
    after = grammar.word_after.match(sentence, name.end)
    if after and fold(after.group(1)) in grammar.particles:  # "Palacio de Convenciones"
        after = grammar.word_after.match(sentence, after.end())
    if not after or not after.group(1)[0].isupper():
        return True
    return (fold(after.group(1)) in calendar_words() or bool(grammar.after.match(sentence, name.end))
            or bool(grammar.venue_after.match(sentence, name.end)))
