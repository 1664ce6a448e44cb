"""People: names, the titles around them, honorifics, and the country a person represents.

A capitalised run of words is taken for a person only with evidence: a title
before it ("Kyrgyz Prosecutor General Maksat Asanaliev") or after it ("Ying
Yong, Prosecutor General of ..."), an honorific ("Mr. Van Leuve"), a place in a
meeting phrase ("met with X"), or an earlier full mention in the same article
that a surname-only mention ("Ying", "Aliyev") points back to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from ..countries import aliases, fold, institution_country
from .places import country_mentions

# Words that head a title: a run containing one of these names an office, not a person.
TITLE_WORDS = {
    "prosecutor", "prosecutors", "procurator", "procurator-general", "prosecutor-general", "attorney",
    "attorney-general", "vice-attorney", "general", "president", "vice-president", "minister", "ambassador",
    "chairman", "chairwoman", "chairperson", "chair", "secretary", "secretary-general", "commissioner",
    "director", "director-general", "head", "chief", "justice", "judge", "premier", "governor", "mayor",
    "king", "queen", "prince", "emir", "sultan", "counselor", "counsellor", "counterpart", "member",
    "deputy", "vice", "spokesman", "spokesperson", "consul", "envoy", "representative", "leader",
    "officer", "official", "officials", "inspector", "advocate", "magistrate", "auditor", "ombudsman", "speaker",
    "senator", "lawmaker", "colleague", "delegate", "commander", "dean", "rector", "principal", "ceo",
    "deputies", "members", "lawmakers", "delegates", "envoys", "ministers",
}
# Honorifics are dropped from names (SPEC: without Mr., Dr., Dato Paduka Haji).
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "madam", "madame", "sir", "dame", "h.e", "he", "hon", "dato", "datuk",
    "datin", "paduka", "haji", "hajah", "hj", "tan", "sri", "seri", "sheikh", "shaikh", "excellency", "comrade",
    "samdech", "akka", "moha", "sena", "padei", "techo", "hojjatoleslam", "ayatollah", "khun", "pehin",
    "berhormat", "mulia", "dayang", "daw", "u", "sc", "san", "gen", "lt", "col", "maj", "capt", "adm", "brig", "gen.",
    "professor", "prof", "counselor", "counsellor", "lord", "lady",
}
# Capitalised words that belong to offices, bodies and places, never to a personal name.
NOT_NAME_WORDS = TITLE_WORDS | {
    "the", "a", "an", "on", "in", "at", "of", "and", "for", "with", "by", "to", "during", "after", "before",
    "since", "he", "she", "his", "her", "they", "it", "we", "this", "that", "these", "those", "its", "their",
    "our", "both", "all", "also", "according", "however", "meanwhile", "there", "here", "when", "while",
    "as", "but", "or", "if", "from", "under", "among", "together", "photo", "video", "news", "agency",
    "supreme", "people's", "peoples", "procuratorate", "procuratorates", "procuracy", "court", "courts",
    "office", "offices", "committee", "commission", "council", "central", "communist", "political",
    "bureau", "department", "ministry", "assembly", "congress", "conference", "organization",
    "organisation", "union", "national", "international", "state", "states", "affairs", "foreign",
    "security", "law", "legal", "municipal", "provincial", "province", "city", "region", "autonomous",
    "academy", "college", "university", "school", "base", "center", "centre", "hall", "palace", "airport",
    "building", "square", "embassy", "consulate", "daily", "times", "xinhua", "summit", "meeting",
    "forum", "initiative", "road", "belt", "cooperation", "group", "leadership", "development",
    "prosecution", "prosecutorial", "procuratorial", "service", "services", "investigation", "corruption",
    "against", "anti-corruption", "power", "secretariat", "party", "federal", "republic", "republican",
    "public", "first", "grand", "senior", "executive", "assistant", "permanent", "standing", "federation",
    "kingdom", "democratic", "socialist", "islamic", "arab", "united", "people", "government", "army",
    "police", "military", "navy", "force", "forces", "thought", "spirit", "day", "festival", "spring",
    "new", "year", "era", "plan", "program", "programme", "agreement", "memorandum", "declaration",
    "treaty", "protocol", "week", "month", "session", "plenary", "general's", "prosecutor's",
    "prosecutors'", "procurator's", "attorney's", "world", "global", "china", "asean", "sco", "brics",
    "cpc", "spp", "npc", "un", "eu", "mr.", "ms.", "dr.", "feb", "mar", "apr", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "source", "editor", "reporter", "written", "updated",
    "institute", "association", "network", "training", "exchange", "justice", "judicial", "criminal",
    "civil", "administrative", "high", "higher", "general", "chamber", "parliament", "senate", "house",
    "directorate", "directorate-general", "unit", "division", "section", "branch", "team", "mission",
    "accession", "enlargement", "european", "authority", "authorities",
    "judiciary", "bar", "tribunal", "institution", "society", "foundation",
    "zone", "port", "trade", "free", "economic", "social", "digital", "cyber", "mutual", "assistance",
    "relations", "visit", "talks", "ceremony", "reception", "banquet", "media", "press", "newspaper",
    "tv", "radio", "television", "online", "site", "website", "capital", "county", "district",
    "prefecture", "village", "town", "island", "islands", "sea", "river", "mountain", "lake", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western", "middle", "inner", "outer",
    "korea", "arabia", "zealand", "africa", "lanka", "emirates", "timor", "herzegovina", "macedonia",
    "uygur", "uyghur", "xinjiang", "tibet", "macao", "macau", "beijing", "shanghai",
    # office and administration words seen in titles
    "special", "extraordinary", "plenipotentiary", "accountability", "discipline", "inspection",
    "supervision", "supervisory", "anti-graft", "audit", "counter-terrorism", "terrorism", "narcotics", "drug", "drugs",
    "customs", "immigration", "border", "interior", "defence", "defense", "finance", "economy", "commerce",
    "legislative", "constitutional", "appeal", "appeals", "cassation", "sar", "region's", "regional", "local",
    "municipality", "governorate", "oblast", "krai", "republic's", "prosecutions", "acting", "former", "honorary",
    "visiting", "incumbent", "nation", "presidency", "federation's", "crimes", "crime", "chambers", "deputies",
    "members", "officials", "lawmakers", "representatives", "prosecutors", "guests",
    # months of the Hijri calendar, printed beside Gregorian dates in Gulf datelines
    "muharram", "safar", "rabi", "jumada", "rajab", "shaban", "sha'ban", "ramadan", "shawwal", "dhu",
}
# Bodies that represent no single country (SPEC: their people have no country).
INTERNATIONAL_BODIES = re.compile(
    r"\b(?:SCO Secretariat|Secretariat of the (?:SCO|Shanghai Cooperation Organi[sz]ation)"
    r"|International Association of Prosecutors|IAP|United Nations|UNODC|Interpol|INTERPOL|European Union|EU"
    r"|European Commission|Eurojust|EUROJUST|ASEAN Secretariat|Directorate-General|Council of Europe|OSCE"
    r"|(?:SCO|ASEAN|UN|BRICS|CIS|CSTO|OSCE|CICA)\s+(?:Deputy\s+)?(?:Secretary-General|Secretary General|Secretariat)"
    r"|(?i:secretary-general|secretary general) of (?:the )?(?:SCO|ASEAN|UN|BRICS|CIS|CSTO|Shanghai Cooperation))\b")
PARTICLES = {"van", "von", "de", "da", "di", "del", "der", "den", "bin", "binti", "ibn", "al", "el", "la", "dos", "das", "du",
             "ul", "ud"}
# Phrases around a name that make it a mention, not a person at the event.
MENTION_ONLY = re.compile(
    r"(?:(?:proposed|put forward|initiated|advocated) by|instructions? (?:of|from)|(?:message|letter|greetings?|"
    r"congratulations?)(?: of welcome| of congratulations)? (?:from|of)|on behalf of|thought of)\s+(?:[A-Z][\w'’.-]*\s+){0,4}$"
    r"|\bconsensus\b|\bheads? of state\b", re.I)

_TOKEN = re.compile(r"[\w'’]+(?:[.-][\w'’]+)*\.?|[^\w\s]", re.UNICODE)
_CJK = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


@dataclass(frozen=True)
class Mention:
    """One person named in one sentence."""

    name: str
    start: int
    end: int
    title: str | None = None
    country: str | None = None
    international: bool = False


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """The folded word without a closing full stop or possessive: "General’s" -> "general"."""
        return re.sub(r"'s$", "", fold(self.text).rstrip(".").replace("’", "'"))


@dataclass
class Person:
    """A person of one article: the fullest name seen, with the title and country read for them."""

    name: str
    title: str | None = None
    country: str | None = None
    international: bool = False
    words: set[str] = field(default_factory=set)


def tokens(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def is_name_word(token: Token) -> bool:
    """A word that can be part of a personal name: capitalised, and not an office, body or place word."""
    text = token.text.rstrip(".")
    if _CJK.match(text):
        return True
    if re.match(r"^(?:el|al|ad|as|an|ash|bin|ibn)-[A-Z]", text):
        return True
    if not text[:1].isupper() or not re.search(r"[a-zà-ÿ]", text) and len(text) > 1:
        return False
    key = token.key
    if key in NOT_NAME_WORDS or key in HONORIFICS or key in aliases():
        return False
    if re.sub(r"'s$", "", key) in aliases() or key.split("-")[0] in TITLE_WORDS:
        return False
    return True


def _starts_name(toks: list[Token], i: int) -> bool:
    """A name word; the surname He mid-sentence before a given name ("and He Wei"); or initials
    after a title ("Attorney General HM Prasetyo")."""
    if is_name_word(toks[i]):
        return True
    if (re.match(r"^[A-Z]{1,2}\.?$", toks[i].text) and 0 < i < len(toks) - 1 and is_name_word(toks[i + 1])
            and (_is_title_token(toks[i - 1]) or toks[i - 1].key in HONORIFICS)):
        return True
    return toks[i].text == "He" and 0 < i < len(toks) - 1 and toks[i - 1].text not in (".", "“", '"') and is_name_word(toks[i + 1])


LONGEST_NAME = 7  # words, as in "Hairol Arni bin Haji Abdul Majid"


def _country_tokens(toks: list[Token], text: str) -> set[int]:
    """Indexes of tokens inside a country's name ("Viet Nam", "Brunei Darussalam")."""
    spans = [(start, start + len(words)) for start, _, words in country_mentions(text)]
    return {i for i, t in enumerate(toks) if any(a <= t.start < b for a, b in spans)}


def _continues_name(toks: list[Token], j: int, country: set[int]) -> bool:
    """Whether token j+1 extends the name ending at j: a name word, a particle before one, or an
    honorific inside a patronymic ("bin Haji Abdul Majid")."""
    nxt = j + 1
    if nxt in country:
        return False
    if is_name_word(toks[nxt]) or _capital_surname(toks, nxt):
        return True
    if toks[nxt].key in PARTICLES and nxt + 1 < len(toks) and (is_name_word(toks[nxt + 1]) or toks[nxt + 1].key in HONORIFICS):
        return True
    if toks[nxt].key in HONORIFICS and toks[j].key in PARTICLES and nxt + 1 < len(toks) and is_name_word(toks[nxt + 1]):
        return True
    # "Mr. Noordin Haji": a word that is an honorific before a name can end one
    return (toks[nxt].key in HONORIFICS and toks[nxt].text[:1].isupper() and is_name_word(toks[j])
            and (nxt + 1 >= len(toks) or not (is_name_word(toks[nxt + 1]) or toks[nxt + 1].key in HONORIFICS)))


# Capitalised abbreviations that are bodies, never surnames written in capitals ("KAI Hiroshi", "ZHANG Jun").
ACRONYMS = {"spp", "cpc", "sco", "asean", "brics", "un", "eu", "npc", "icac", "ccac", "efcc", "usa", "uk", "uae", "prc",
            "dprk", "rok", "cis", "csto", "osce", "cica", "nab", "ago", "iap", "unodc", "mou", "cppcc", "sar", "pm", "vna",
            "tass", "kpl", "akp", "app", "ena", "cgtn", "cctv", "bbc", "ria", "afp", "ap", "ceo", "hq", "gmt", "utc",
            "pdr", "drc", "ussr", "nato", "who", "wto", "imf", "sc", "san", "qc", "kc", "dpp", "ag", "cj", "dg", "vp",
            "mp", "ngo", "gov", "govt"}


def _capital_surname(toks: list[Token], i: int) -> bool:
    """A surname printed in capitals beside a given name: 'TONG Jianming', 'Hiroshi KAI'."""
    text = toks[i].text.rstrip(".")
    if not re.match(r"^[A-Z]{2,20}$", text) or text.lower() in ACRONYMS or fold(text) in aliases():
        return False
    before = i > 0 and is_name_word(toks[i - 1]) and toks[i - 1].text[1:2].islower()
    after = i + 1 < len(toks) and is_name_word(toks[i + 1]) and toks[i + 1].text[1:2].islower()
    return before or after


def name_runs(toks: list[Token], country: set[int] = frozenset()) -> list[tuple[int, int]]:
    """(first, last) token indexes of each run of name words, particles allowed inside; tokens of a
    country's name (``country``) never belong to one.

    A sentence's first word is no name when it is a long "-ing" word ("Joining Feng Jian for the visit").
    """
    runs = []
    i = 0
    while i < len(toks):
        opening_verb = i == 0 and len(toks[i].text) >= 6 and toks[i].text.endswith("ing")
        if i in country or opening_verb or not (_starts_name(toks, i) or _capital_surname(toks, i)):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and _continues_name(toks, j, country):
            j += 1
        if j - i < LONGEST_NAME:
            runs.append((i, j))
        i = j + 1
    return runs


def _is_title_token(token: Token) -> bool:
    key = token.key
    return key in TITLE_WORDS or key.split("-")[-1] in TITLE_WORDS or key.split("-")[0] in TITLE_WORDS


CONNECTORS = {"of", "the", "to", "for", "and", "on", "'s", "’s", "de", "in"}
# Words after a place name that make it part of an office: "... of Guangdong Province", "Shanghai Municipal".
PLACE_SUFFIXES = {"province", "provincial", "city", "municipal", "municipality", "autonomous", "region", "county",
                  "district", "prefecture", "state", "oblast", "governorate", "road", "street", "avenue", "boulevard",
                  "square", "palace", "hall", "hotel", "building", "complex"}


# Nouns that end the name of a body: capitalised words before them belong to the body.
ORGANISATION_NOUNS = {"office", "commission", "department", "bureau", "ministry", "court", "committee", "council",
                      "agency", "authority", "service", "procuratorate", "procuracy", "institute", "centre", "center",
                      "academy", "college", "university", "association", "administration", "directorate", "division",
                      "unit", "board", "chamber", "tribunal", "assembly", "congress", "party", "league", "front",
                      "corps", "group", "team", "base", "forum", "foundation", "network", "secretariat"}


def _in_office_name(toks: list[Token], i: int) -> bool:
    """A capitalised word inside the name of a place or body ("Guangdong Province", "Legal Policy Research
    Office", "Economic and Financial Crimes Commission") rather than a person's name."""
    if i + 1 < len(toks) and toks[i + 1].key in PLACE_SUFFIXES:
        return True  # "Guangxi Zhuang autonomous region"
    j = i + 1
    while j < len(toks) and (toks[j].text[:1].isupper() or toks[j].key == "and") and j - i <= 6:
        if toks[j].key in PLACE_SUFFIXES or toks[j].key in ORGANISATION_NOUNS:
            return True
        j += 1
    return False


def title_before(toks: list[Token], first: int, text: str, country: set[int] = frozenset()) -> str | None:
    """The office words right before a name: 'Azerbaijani Prosecutor General' in '... Kamran Aliyev'.
    ``country`` holds the indexes of tokens inside a country's name, which belong to the office."""
    i = first - 1
    while i >= 0:
        tok = toks[i]
        if tok.text in ("(", ")") or re.match(r"^[A-Z]{2,6}$", tok.text):
            i -= 1
            continue
        if tok.text[:1].isupper() and (not is_name_word(tok) or _in_office_name(toks, i) or i in country):
            i -= 1
            continue
        if tok.key in CONNECTORS or _is_title_token(tok) or tok.key in HONORIFICS or tok.key in TITLE_MODIFIERS:
            i -= 1
            continue
        break
    return _title_span(toks[i + 1 : first], text)


# Lower-case words that stand inside a title: "China's top procurator Jia Chunwang".
TITLE_MODIFIERS = {"top", "senior", "chief", "leading", "former", "new", "visiting", "acting", "newly", "appointed"}


def title_after(toks: list[Token], last: int, text: str) -> str | None:
    """An appositive title: 'Ying Yong, Chief Grand Prosecutor and Prosecutor General of ...,'."""
    if last + 2 >= len(toks) or toks[last + 1].text != ",":
        return None
    j = last + 2
    if toks[j].key in ("and", "or"):
        return None
    while j < len(toks) and toks[j].key in ("the", "a", "an"):
        j += 1
    head = toks[j : j + 4]
    if not any(_is_title_token(t) for t in head):
        return None
    k = j
    while k < len(toks) and toks[k].text not in (",", ";", ".") and (
        toks[k].text[:1].isupper() or toks[k].key in CONNECTORS or _is_title_token(toks[k])
        or toks[k].text in ("(", ")") or toks[k].key in NOT_NAME_WORDS
    ):
        if is_name_word(toks[k]) and not _in_office_name(toks, k) and k > j and _is_title_token(toks[k - 1]):
            return None  # ", Brazil's Prosecutor General Raquel Dodge": the title of the next person named
        k += 1
    if k == j:
        return None
    return text[toks[j].start : toks[k - 1].end].rstrip(".")


def title_then_comma(toks: list[Token], first: int, text: str, country: set[int] = frozenset()) -> str | None:
    """A title and a comma before the name: 'the Attorney General, Luisa Ortega Diaz,', '..., Mr Ying Yong'."""
    while first > 0 and toks[first - 1].key in HONORIFICS:
        first -= 1
    if first < 2 or toks[first - 1].text != ",":
        return None
    end = first - 2
    i = end
    while i >= 0:
        tok = toks[i]
        if tok.text in (",", ";", ".", "“", '"') or (is_name_word(tok) and not _in_office_name(toks, i) and i not in country):
            break
        if not (tok.text[:1].isupper() or tok.key in CONNECTORS or _is_title_token(tok) or tok.text in ("(", ")")):
            break
        i -= 1
    return _title_span(toks[i + 1 : end + 1], text)


def _title_span(span: list[Token], text: str) -> str | None:
    """The text of a run of office words, if it names an office at all."""
    closing = [n for n, t in enumerate(span) if t.text == ")"]
    if closing and closing[-1] < len(span) - 1 and not any(t.text == "(" for t in span[: closing[-1]]):
        span = span[closing[-1] + 1 :]
    while span and (span[0].key in CONNECTORS or span[0].text in ("(", ")")):
        span = span[1:]
    if not span or not any(_is_title_token(t) or t.key in HONORIFICS for t in span):
        return None
    return text[span[0].start : span[-1].end]


def country_of_title(title: str | None) -> tuple[str | None, bool]:
    """(country code, represents an international body) read from a title."""
    if not title:
        return None, False
    if INTERNATIONAL_BODIES.search(title):
        return None, True
    for offset, code, words in country_mentions(title):
        if not re.search(r"\bto\s+(?:the\s+)?$", title[max(0, offset - 12) : offset]) and not names_a_body(title[offset + len(words) :]):
            return code, False  # "Deputy Prosecutor General of the SPP of Vietnam": the country named wins
    return institution_country(title), False


def names_a_body(after: str) -> bool:
    """Whether a country name begins the name of a body ("Hong Kong and Macao Work Office")."""
    return bool(re.match(r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,5}?\s+(?i:" + "|".join(sorted(ORGANISATION_NOUNS)) + r")\b", after))


def clean_title(title: str | None) -> str | None:
    """The title as an office, without the article, demonym or country around it:
    'the Azerbaijani Prosecutor General' -> 'Prosecutor General',
    'Prosecutor General of the Russian Federation' stays whole, as it has nothing else."""
    if not title:
        return None
    text = re.sub(r"^(?:(?:the|a|an|his|her|their)\s+)+", "", title.strip(), flags=re.I)
    mentions = country_mentions(text)
    if mentions and mentions[0][0] == 0 and len(text) > len(mentions[0][2]) + 1:
        text = text[len(mentions[0][2]) :].strip()
    if mentions:
        words = mentions[-1][2]
        end = re.search(r"\s+(?:of|for|to|in)\s+(?:the\s+)?" + re.escape(words) + r"$", text)
        if end and end.start() > 0:
            text = text[: end.start()]
    words = text.split()
    while words and fold(words[0]).rstrip(".") in HONORIFICS:
        words = words[1:]
    while words and fold(words[-1]).rstrip(".") in HONORIFICS | CONNECTORS:
        words = words[:-1]
    return " ".join(words) or None


# Titles that, right before a single word, make it a surname: "President Japarov", "Prosecutor General Krasnov".
PERSONAL_TITLES = {"president", "premier", "minister", "ambassador", "chairman", "chairwoman", "king", "queen", "prince",
                   "emir", "sultan", "prosecutor", "procurator", "procurator-general", "prosecutor-general",
                   "attorney-general", "counterpart", "secretary", "commissioner", "governor", "mayor", "judge", "justice",
                   "director", "colleague", "envoy", "consul", "speaker", "senator", "head", "chief"}
OFFICES_ENDING_IN_GENERAL = {"prosecutor", "procurator", "attorney", "secretary", "director", "inspector", "auditor", "solicitor"}


def _personal_title_before(toks: list[Token], first: int) -> bool:
    if first == 0:
        return False
    key = toks[first - 1].key
    if key == "general":
        return first > 1 and toks[first - 2].key in OFFICES_ENDING_IN_GENERAL
    return key in PERSONAL_TITLES


def _name_text(toks: list[Token], first: int, last: int, text: str) -> str:
    name = text[toks[first].start : toks[last].end].rstrip(".")
    return romanise(name) if _CJK.match(name) else name


def romanise(name: str) -> str:
    """A Chinese name in characters as the English press writes it: 韩杼滨 -> Han Zhubin.

    The surname is the first character, or the first two in a four-character name.
    """
    from pypinyin import lazy_pinyin  # loaded only for articles that carry names in characters

    syllables = lazy_pinyin(name)
    split = 2 if len(syllables) == 4 else 1
    return " ".join(part.capitalize() for part in ("".join(syllables[:split]), "".join(syllables[split:])) if part)


def name_words(name: str) -> list[str]:
    """Folded words of a name, hyphenated parts split: 'Hamada el-Sawy' -> hamada, el, sawy."""
    return [w for w in re.split(r"[\s.-]+", fold(name)) if w and w not in HONORIFICS]


def resolve_short(name: str, people: list[Person]) -> Person | None:
    """The article's person a shorter mention means ('Aliyev', 'Mr. Van Leuve', a misspelt 'Ayad')."""
    words = name_words(name)
    if not words:
        return None
    exact = [p for p in people if all(w in p.words or (len(w) == 1 and any(x.startswith(w) for x in p.words)) for w in words)
             and any(len(w) > 1 for w in words)]
    if len(exact) == 1:
        return exact[0]
    if exact:
        full = [p for p in exact if fold(p.name) == fold(name)]
        return full[0] if len(full) == 1 else None
    if len(words) == 1 and len(words[0]) >= 4:
        close = [p for p in people if any(JaroWinkler.similarity(words[0], w) >= 0.93 for w in p.words if len(w) >= 4)]
        if len(close) == 1:
            return close[0]
    return None


def find_people(sentence: str, people: list[Person], argument_spans: list[tuple[int, int]] = ()) -> list[Mention]:
    """The people a sentence names, each resolved to the article's fullest form of the name.

    ``people`` are those already known in this article; ``argument_spans`` are
    stretches where a meeting verb's subject or object stands, in which a name
    needs no title to count. Each step of the pipeline asks again about the same
    sentences, so answers are remembered for the same sentence and people.
    """
    known = tuple((p.name, tuple(sorted(p.words))) for p in people)
    return list(_find_people(sentence, known, tuple(argument_spans)))


@lru_cache(maxsize=4096)
def _find_people(sentence: str, known: tuple[tuple[str, tuple[str, ...]], ...],
                 argument_spans: tuple[tuple[int, int], ...]) -> tuple[Mention, ...]:
    people = [Person(name=name, words=set(words)) for name, words in known]
    if _title_case(sentence):
        return ()
    toks = tokens(sentence)
    in_country_name = _country_tokens(toks, sentence)
    found: list[Mention] = []
    for first, last in name_runs(toks, in_country_name):
        name = _name_text(toks, first, last, sentence)
        if _in_office_name(toks, last):
            continue  # "Guangxi Zhuang autonomous region", "Policy Research Office": a place or body
        clause_start = max(sentence.rfind(c, 0, toks[first].start) for c in ",;:(")
        if MENTION_ONLY.search(sentence[clause_start + 1 : toks[first].start]) or (
            last + 1 < len(toks) and toks[last + 1].text == "Thought"):
            continue
        titles = (title_before(toks, first, sentence, in_country_name), title_after(toks, last, sentence),
                  title_then_comma(toks, first, sentence, in_country_name))
        title = next((t for t in titles if t and clean_title(t)), None) or next((t for t in titles if t), None)
        honorific = first > 0 and toks[first - 1].key in HONORIFICS
        titled_right_before = honorific or _personal_title_before(toks, first) or bool(
            first - 1 in in_country_name and titles[0]
            and any(fold(w) in PERSONAL_TITLES for w in re.findall(r"[\w-]+", titles[0])))  # "President of Mongolia Kh.Battulga"
        in_argument = any(a <= toks[first].start and toks[last].end <= b for a, b in argument_spans)
        caption_pose = last + 3 < len(toks) and toks[last + 1].text == "(" and toks[last + 2].key in ("right", "left", "center", "centre", "l", "r", "c")
        known = resolve_short(name, people)
        before = first - 1
        while before >= 0 and toks[before].key in HONORIFICS:
            before -= 1
        if not known and before >= 0 and toks[before].key in ("in", "at"):
            continue  # "in Phnom Penh", "at Seri Perdana", "in Bandar Seri Begawan": a place, not a person
        multiword = last > first or bool(_CJK.match(toks[first].text))
        coordinated = bool(found) and first >= 2 and toks[first - 1].key in ("and", ",") and found[-1].end == toks[first - 2].end
        if not (title or honorific or known or caption_pose or (in_argument and multiword) or (coordinated and multiword)):
            continue
        if not multiword and not known and not titled_right_before:
            continue
        country, international = country_of_title(title)
        found.append(Mention(name=known.name if known and len(known.name) >= len(name) else name,
                             start=toks[first].start, end=toks[last].end, title=clean_title(title),
                             country=country, international=international))
    return tuple(found)


def _title_case(sentence: str) -> bool:
    """A Title Case headline ("Samdech Techo Hun Sen Receives Chinese Procurator-General"), where
    capitals mark every word and so cannot tell names apart."""
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence)
    if len(words) < 4:
        return False
    capitalised = [w for w in words if w[0].isupper()]
    lower = [w for w in words if w[0].islower() and w not in ("of", "the", "and", "in", "on", "at", "to", "for", "with", "a")]
    return not lower and len(capitalised) >= 0.75 * len(words)


def learn_people(sentences: list[str]) -> list[Person]:
    """The people an article names with a title or honorific, fullest name first, with their titles and countries."""
    people: list[Person] = []
    for sentence in sentences:
        for mention in find_people(sentence, people):
            person = resolve_short(mention.name, people)
            if person is None:
                person = Person(name=mention.name, words=set(name_words(mention.name)))
                people.append(person)
            elif len(name_words(mention.name)) > len(name_words(person.name)):
                person.name = mention.name
                person.words = set(name_words(mention.name))
            if mention.title and not person.title:
                person.title = mention.title
            if mention.country and not person.country:
                person.country = mention.country
            person.international = person.international or mention.international
    return _fold_short_names(people)


def _fold_short_names(people: list[Person]) -> list[Person]:
    """A one-word name seen before the full one ("Shved", then "Andrei Shved") is the same person."""
    kept = []
    for person in people:
        fuller = [p for p in people if p is not person and len(p.words) > len(person.words) and person.words <= p.words]
        if len(person.words) == 1 and len(fuller) == 1:
            fuller[0].title = fuller[0].title or person.title
            fuller[0].country = fuller[0].country or person.country
            continue
        kept.append(person)
    return kept
