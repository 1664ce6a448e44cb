"""Country names, demonyms and ISO codes, from the countryinfo package.

One lookup serves both sides of procq: the extractor reads "Azerbaijani" or
"the Russian Federation" in an article, and the command line reads
``--country RU``. Only what countryinfo lacks or gets wrong for news English
is typed here, with a reason for each line.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Names and demonyms that news reports use and countryinfo does not give.
EXTRA_ALIASES = {
    "kyrgyz": "KG",  # countryinfo says "Kirghiz"
    "kazakh": "KZ",
    "kazakhstani": "KZ",
    "uae": "AE",
    "usa": "US",
    "uk": "GB",
    "uzbek": "UZ",
    "uzbekistani": "UZ",
    "tajik": "TJ",
    "tajikistani": "TJ",
    "belarussian": "BY",
    "belorussian": "BY",
    "macao": "MO",  # countryinfo spells it Macau only
    "macanese": "MO",
    "hong konger": "HK",
    "dprk": "KP",
    "rok": "KR",
    "lao": "LA",
    "emirati": "AE",
    "filipino": "PH",
    "philippine": "PH",
    "bruneian": "BN",
    "myanmar": "MM",
    "burmese": "MM",
    "cambodian": "KH",
    "turkish": "TR",
    "turkiye": "TR",
    "saudi": "SA",
    "britain": "GB",
    "russian federation": "RU",
    "viet nam": "VN",
    "ivorian": "CI",
}

# Aliases that mislead more than they help: "Republic of China" is read inside "People's Republic of China".
AMBIGUOUS_ALIASES = {"republic of china"}

# Demonyms that countryinfo gives to several territories: the sovereign state wins.
SHARED_DEMONYMS = {
    "chinese": "CN",
    "indian": "IN",
    "french": "FR",
    "american": "US",
    "norwegian": "NO",
    "burmese": "MM",
    "dominican": "DO",
    "congolese": "CD",
}

# National institutions whose names say the country; each line a body seen in reports.
INSTITUTION_COUNTRIES = [
    (re.compile(r"Supreme People['’]?s Procuracy|People['’]?s Procuracy", re.I), "VN"),
    (re.compile(r"Supreme People['’]?s Procuratorate|\bSPP\b|People['’]?s Procuratorate", re.I), "CN"),
    (re.compile(r"Communist Party of China|\bCPC\b|National People['’]?s Congress|\bNPC\b|Chinese People['’]?s Political"
                r"|\bCPPCC\b|Party Leadership Group|Political and Legal Affairs", re.I), "CN"),
    (re.compile(r"Supreme Prosecutors['’]? Office|Corruption Investigation Office for High-ranking Officials", re.I), "KR"),
    (re.compile(r"Independent Commission Against Corruption|\bICAC\b"), "HK"),
    (re.compile(r"Commission(?:er)? Against Corruption|\bCCAC\b", re.I), "MO"),
]


def institution_country(text: str) -> str | None:
    """The country whose institution a text names ("Supreme People's Procuracy" -> VN), if any."""
    for pattern, code in INSTITUTION_COUNTRIES:
        if pattern.search(text):
            return code
    return None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents and curly apostrophes folded: the key of every lookup."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(alias -> code, code -> name, code -> demonym), built once from countryinfo."""
    from countryinfo import all_countries

    aliases: dict[str, str] = {}
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if not code or not info.get("name"):
            continue
        names.setdefault(code, info["name"])
        for alias in [info["name"], *(info.get("altSpellings") or [])]:
            if len(alias) > 3:
                aliases.setdefault(fold(alias), code)
        demonym = info.get("demonym")
        if demonym:
            demonyms.setdefault(code, demonym)
            aliases.setdefault(fold(demonym), code)
    for alias in AMBIGUOUS_ALIASES:
        aliases.pop(alias, None)
    aliases.update(EXTRA_ALIASES)
    aliases.update(SHARED_DEMONYMS)
    return aliases, names, demonyms


def aliases() -> dict[str, str]:
    """Every folded country name and demonym, with its ISO alpha-2 code."""
    return _tables()[0]


def country_code(text: str) -> str | None:
    """The ISO alpha-2 code for a country name, a demonym or an ISO code; None if unknown."""
    if not text or not text.strip():
        return None
    raw = text.strip()
    key = fold(raw)
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"'s$", "", key)
    table, names, _ = _tables()
    if key in table:
        return table[key]
    if len(raw) == 2 and raw.upper() in names:
        return raw.upper()
    return None


# Demonyms among EXTRA_ALIASES, which name a people rather than a country.
EXTRA_DEMONYMS = {"kyrgyz", "kazakh", "kazakhstani", "uzbek", "uzbekistani", "tajik", "tajikistani", "belarussian",
                  "belorussian", "macanese", "emirati", "filipino", "bruneian", "burmese", "cambodian", "turkish",
                  "saudi", "ivorian", "philippine"}


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset({fold(d) for d in _tables()[2].values()} | EXTRA_DEMONYMS | set(SHARED_DEMONYMS))


def is_demonym(text: str) -> bool:
    """Whether a word names a people ("Russian") rather than a country ("Russia")."""
    return fold(text) in _demonyms()


def country_name(code: str | None) -> str | None:
    """The English short name of a country code, e.g. 'AZ' -> 'Azerbaijan'."""
    if not code:
        return None
    return _tables()[1].get(code.upper())
