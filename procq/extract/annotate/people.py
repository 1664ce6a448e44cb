"""People: names in a sentence, the title each is given there, and the country that title stands for.

A name is a run of capitalised words that spaCy's NER reads as a PERSON, or that a
title announces ("Prosecutor General Kamran Aliyev", "Ying Yong, Procurator-General
of the Supreme People's Procuratorate,"). The title's own words name the country:
a demonym ("Russian Prosecutor General"), a country ("of the Republic of
Kazakhstan", "China's top procurator") or an institution ("of the Supreme People's
Procuratorate"). Envoys speak for the country that sends them, so the country after
"to" is not theirs. The words of titles and honorifics are in ``data/people.toml``.

``link_people`` then joins an article's mentions of one person ("Aliyev" is
"Kamran Aliyev") and gives each person one name, titles and country.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from dateutil.parser import parserinfo

from ...countries import alternation, country_code, place_names
from ...identity import name_tokens
from ..data import table
from ..document import GroupMention, Person, PersonMention, Sentence
from .institutions import InstitutionMention
from .places import PlaceMention

LONGEST_NAME = 8  # words; "Issa bin Saad Al Jafali Al Nuaimi", once "H E Dr." are gone
BRACKETED = 4  # tokens of a bracketed acronym inside a title ("(DPP)", "(SPP)")
BRACKETED_BODY = re.compile(r"\s*\(([^()\n]{1,40})\)")  # the body a name is followed by: "Pierre von Arx (OSCE)"
TITLE_SEGMENTS = 2  # comma-separated phrases after a title that may still name its body ("..., Attorney General's Office of Indonesia")
SEGMENT_ENDS = {",", ";", ".", ")", ":"}
TITLE_REACH = 20  # words a title may run to the left of its name ("Secretary of the Party ... and Prosecutor General of the SPP")

_TOKEN = re.compile(r"\w[\w'’\-]*(?:\.\w[\w'’\-]*)*\.?|[^\w\s]")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "H.M.", "I.B.": initials before a name
_DOTTED = re.compile(r"(?:[a-z]\.){2,}")  # "a.i.", "e.g.": an abbreviation, never a sentence's end
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """The word folded for the tables: lower case, no final full stop, no possessive ("General's")."""
        return _folded(self.text)

    @property
    def title_word(self) -> bool:
        """A word of a title; a hyphenated one ("Attorney-General") when all its parts are."""
        parts = [part for part in self.key.split("-") if part]
        return bool(parts) and all(part in _words().title_words for part in parts)

    @property
    def title_head(self) -> bool:
        return self.title_word and any(part in _words().heads for part in self.key.split("-"))

    @property
    def capitalised(self) -> bool:
        """Written with a capital, or a particle joined to a capitalised name ("al-Muajib", "el-Sawy")."""
        head, _, rest = self.text.partition("-")
        return self.text[:1].isupper() or bool(_CJK.match(self.text)) or (head in _words().particles and rest[:1].isupper())


def tokens(text: str) -> list[Token]:
    """Words and punctuation with their offsets; a full stop ends a word unless the word is an initial or
    an honorific written with one ("Mr.", "H.E.") before a name."""
    out = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(), m.start()
        if word.endswith(".") and len(word) > 2 and not _keeps_its_stop(word, text, m.end()):
            out.append(Token(word[:-1], start, m.end() - 1))
            out.append(Token(".", m.end() - 1, m.end()))
        else:
            out.append(Token(word, start, m.end()))
    return out


def _keeps_its_stop(word: str, text: str, end: int) -> bool:
    """Whether a word's full stop is its own: a dotted lower-case abbreviation's anywhere ("chargé d'affaires
    a.i. of the Embassy"), and before a capital an initial's ("Kim J. Won") or an honorific's ("Mr. Li"), not a
    sentence's end ("... Godfred Yeboah Dame.")."""
    if _DOTTED.fullmatch(word):
        return True
    if not text[end:end + 2].strip()[:1].isupper():
        return False
    initial = len(word) <= 3 and word[:1].isupper() and word[1:-1].islower() or _INITIALS.fullmatch(word)
    return bool(initial) or word.lower().rstrip(".") in _words().honorific_keys


@dataclass(frozen=True)
class _Words:
    honorifics: tuple[tuple[str, ...], ...]  # longest first, each as lower-case words
    honorific_keys: frozenset[str]
    post_nominals: frozenset[str]
    title_words: frozenset[str]
    in_names: frozenset[str]  # title words that may end a name begun
    heads: frozenset[str]
    envoys: tuple[str, ...]
    principals: tuple[str, ...]
    international: re.Pattern
    not_name: frozenset[str]
    calendar: frozenset[str]  # month and weekday names, which begin no name
    particles: frozenset[str]
    title_links: frozenset[str]
    not_principals: frozenset[str]
    group_words: frozenset[str]
    mention_only: re.Pattern
    pronouns: re.Pattern
    represented_by: re.Pattern
    side_of: tuple[re.Pattern, ...]


@lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    """A table's word as ``Token.key`` folds a text's (kept: every title and name test asks for it again)."""
    return word.lower().rstrip(".").replace("’", "'").removesuffix("'s").removesuffix("'")


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = table("people")
    months_and_days = {name.lower() for pair in parserinfo.MONTHS + parserinfo.WEEKDAYS for name in pair}
    lower = lambda items: {_folded(w) for item in items for w in item.replace("-", " ").split()}  # noqa: E731
    honorifics = tuple(sorted((tuple(h.lower().rstrip(".").split()) for h in data["honorifics"]), key=len, reverse=True))
    title_words = frozenset(lower(data["title_heads"]) | lower(data["title_modifiers"]) | lower(data["title_portfolios"]))
    return _Words(
        honorifics=honorifics,
        honorific_keys=frozenset(" ".join(h) for h in honorifics) | {h.lower() for h in data["honorifics"]},
        post_nominals=frozenset(data["post_nominals"]),
        title_words=title_words,
        in_names=frozenset(_folded(w) for w in data["title_words_in_names"]),
        heads=frozenset(lower(data["title_heads"])),
        envoys=tuple(w.lower() for w in data["envoy_words"]),
        principals=tuple(w.lower() for w in data["principal_words"]),
        international=re.compile(r"\b(?:" + "|".join(re.escape(b) for b in sorted(data["international_bodies"], key=len, reverse=True)) + r")\b"),
        not_name=frozenset(_folded(w) for w in data["not_name_words"]) | title_words,
        calendar=frozenset(months_and_days),
        particles=frozenset(data["name_particles"]),
        title_links=frozenset(data["title_links"]),
        not_principals=frozenset(w.lower() for w in data["not_principal_words"]),
        group_words=frozenset(_folded(w) for w in data["group_words"]),
        mention_only=re.compile(r"\b(?:" + "|".join(re.escape(p) for p in data["mention_only_before"]) + r")\s+(?:the\s+)?$", re.I),
        pronouns=re.compile(r"\b" + alternation(data["subject_pronouns"]) + r"\b", re.I),
        represented_by=re.compile(r"\b" + alternation(data["represented_by"]) + r"\b", re.I),
        side_of=tuple(re.compile(r"\b" + re.escape(p).replace("PLACE", r"(?P<place>[\w'’\-]+)") + r"\b", re.I)
                      for p in data["side_of"]),
    )


def is_principal(title: str | None) -> bool:
    """A title whose holder heads a prosecution service, a state or a ministry (not a deputy or an envoy)."""
    if not title:
        return False
    text = title.lower().replace("-", " ")
    if set(text.split()) & _words().not_principals:
        return False
    return any(word.replace("-", " ") in text for word in _words().principals)


def is_envoy(title: str | None) -> bool:
    """An office that speaks for the country sending it, not the one it serves in ("Ambassador to China")."""
    if not title:
        return False
    lowered = title.lower()
    return any(word in lowered for word in _words().envoys)


def envoy_post(title: str | None) -> str | None:
    """The country an envoy serves in: "India's Ambassador to Nepal" is posted to NP; None for other titles."""
    if not is_envoy(title):
        return None
    lowered = title.lower()
    for link in (" to ", " in "):
        if link in lowered:
            return country_code(title[lowered.rindex(link) + len(link):].strip(" ,."))
    return None


def _covered(token: Token, spans: Sequence[Any]) -> Any | None:
    """The span a word lies in; a possessive ("Azerbaijan's") lies in the span of its noun."""
    if token.text.endswith(("'s", "’s")):
        end = token.end - 2
    elif token.text.endswith(("s'", "s’")):  # "Cyprus'"
        end = token.end - 1
    else:
        end = token.end - (len(token.text) > 1 and token.text.endswith("."))  # "U.S."
    return next((s for s in spans if s.start <= token.start and end <= s.end), None)


def _name_like(token: Token, spans: Sequence[Any], continuing: bool = False) -> bool:
    """A word that may belong to a name: capitalised, not a title or function word, not a country's name;
    a town's name only inside a name already begun (a surname may be a town, a first name rarely is), or
    where NER begins a person's name with it (``continuing``)."""
    w = _words()
    if token.key in w.calendar and not continuing:
        return False  # "on June 5", but "Yu Jun"
    if token.key in w.not_name or (token.key in w.honorific_keys and not continuing) or not token.text[:1].isalpha() \
            or token.title_word:
        return False  # a word of courtesy opens no name, but may be one of its words ("Tang Ngoc Tuan")
    place = _covered(token, spans)
    if place is not None and (getattr(place, "kind", "institution") != "city" or place.cued or not continuing
                              or country_code(place.text) == place.country):
        return False
    return token.capitalised


def _strip_honorifics(toks: list[Token]) -> list[Token]:
    """The name without the words of courtesy before it, nor the letters of honour after it ("Michael Ellis QC")."""
    w = _words()
    changed = True
    while changed and toks:
        changed = False
        for h in w.honorifics:
            if tuple(t.key for t in toks[: len(h)]) == h and len(toks) > len(h):
                toks, changed = toks[len(h):], True
                break
    while len(toks) > 1 and toks[-1].text.rstrip(".") in w.post_nominals:
        toks = toks[:-1]
    return toks


def _part_of_a_body(toks: list[Token], run: list[Token], last: int, sentence: Sentence) -> bool:
    """A run of capitals that is an acronym or opens the name of an institution ("Shanghai Municipal
    People's Procuratorate") names no person."""
    if len(run) == 1 and run[0].text.isupper():
        return True
    after = toks[last + 1] if last + 1 < len(toks) else None
    return after is not None and any(i.start <= after.start < i.end for i in sentence.institutions)


def _before_honorifics(toks: list[Token], first: int) -> int:
    """Where the honorifics just before token ``first`` begin ("Tan Sri", "H E Dr"); ``first`` when none."""
    honorifics = _words().honorifics
    while True:
        found = next((h for h in honorifics if len(h) <= first and tuple(t.key for t in toks[first - len(h): first]) == h), None)
        if found is None:
            return first
        first -= len(found)


def _title_left(toks: list[Token], first: int, spans: Sequence[Any], floor: int = 0) -> tuple[int, int] | None:
    """The token range of a title just before a name: title words, "of the ...", a country or an institution,
    a possessive ("China's"), honorifics; None when no title word stands there. It begins at ``floor`` at the
    earliest, after the name before ("... of Kazakhstan Askhat Daulbayev and Chief Prosecutor of Georgia X")."""
    w = _words()
    # "Cuba's general attorney, Yamila Peña", "..., Sheikh Saud": the title may stand before a comma and the name
    # (and its honorifics) after it
    opening = _before_honorifics(toks, first)
    end = opening - 1 if opening >= 2 and toks[opening - 1].text == "," else opening
    i = end - 1
    start = None
    seen_title = False
    while i >= floor and end - i <= TITLE_REACH:
        t = toks[i]
        inside = _covered(t, spans)
        opening = _before_honorifics(toks, i + 1)
        if opening <= i:  # "Malaysian Attorney General Tan Sri Abdul Gani Patail": honorifics of several words
            i = opening - 1
            continue
        if t.text == ")" and "(" in [x.text for x in toks[max(0, i - BRACKETED): i]]:
            i = max(k for k in range(max(0, i - BRACKETED), i) if toks[k].text == "(") - 1
            continue  # "Kenya's Director of Public Prosecutions (DPP) Renson Ingonga": an acronym in brackets
        if t.text == "the" and i > floor and toks[i - 1].key not in w.title_links:
            break  # "met in Riyadh the Procurator-General of China, Ying Yong": an article opens the title
        if t.title_word or inside is not None or t.key in w.title_links or t.text in {"'", "’"}:
            seen_title = seen_title or t.title_head
            start = i
            i -= 1
            continue
        body = _body_after_of(toks, i)
        if body is not None:  # "Chairman of the Kosovo Judicial Council, Nehat Idrizi": the body a title serves
            start, i = body, body - 1
            continue
        break
    if start is None or not seen_title or toks[end - 1].key in w.title_links:
        return None  # "Director of the Training Base": what follows "of the" is a body, not a name
    while start < end and toks[start].key in w.title_links:
        start += 1
    return start, end


def _in_opening_participle(toks: list[Token], title: tuple[int, int], last: int) -> bool:
    """A title before a comma that ends a participle phrase opening the sentence belongs to the phrase's object,
    not to the subject named after the comma: "Welcoming the DPRK prosecutor, Zhou said ..." (but "Meeting the
    Prosecutor General of Kazakhstan, Berik Asylov, Zhou said", where a comma closes the apposition)."""
    start, end = title
    opener = toks[0].text
    return (end < len(toks) and toks[end].text == "," and start > 0 and opener.isalpha() and opener.lower().endswith("ing")
            and len(opener) > len("ing") + 1 and all(t.text != "," for t in toks[1:start])
            and (last + 1 >= len(toks) or toks[last + 1].text != ","))


def _body_after_of(toks: list[Token], last: int) -> int | None:
    """Where "of (the)" begins, when token ``last`` ends the capitalised name of a body that follows a title
    word and "of": "Chairman of the Kosovo Judicial Council"; None otherwise."""
    w = _words()
    k = last
    while k >= 0 and last - k < LONGEST_NAME and toks[k].capitalised and toks[k].key not in w.title_links:
        k -= 1
    if k < 1 or k == last:
        return None
    of = k - 1 if toks[k].key == "the" else k
    if of < 1 or toks[of].key != "of" or not toks[of - 1].title_word:
        return None
    return of


def _title_right(toks: list[Token], last: int, spans: Sequence[Any]) -> tuple[int, int] | None:
    """An appositive title after a name: ", Prosecutor General of the Republic of Kazakhstan," ."""
    w = _words()
    i = last + 1
    if i < len(toks) and toks[i].text in {",", "("}:
        i += 1
    else:
        return None
    while i + 1 < len(toks) and toks[i].text.isupper() and toks[i + 1].text == ",":
        i += 2  # post-nominal letters: "Renson Ingonga, CBS, OGW, the Director of Public Prosecutions"
    start = i
    bodies = [s for s in spans if not hasattr(s, "kind")]
    seen_title = False
    while i < len(toks) and i - start <= TITLE_REACH + 4:
        t = toks[i]
        if t.title_head:
            # ", the Prosecutor General's Office of Russia said": a body's name holds no title of the person's
            seen_title = seen_title or not any(b.start <= t.start < b.end for b in bodies)
        elif t.title_word:
            pass
        elif not (_covered(t, spans) is not None or t.key in w.title_links
                  or (t.capitalised and (t.key not in w.not_name or seen_title))):
            break
        i += 1
    if not seen_title:
        return None
    while i > start and toks[i - 1].key in w.title_links:
        i -= 1
    return start, i


def _country_after_name(toks: list[Token], last: int, spans: Sequence[Any], sentence: Sentence) -> tuple[str | None, bool]:
    """"Procurator-General Cao Jianming of China's Supreme People's Procuratorate": the body or country that
    follows a name and "of" is the title's, and the person's where no title is given ("Martin Ngoga, of Rwanda")."""
    if last + 2 < len(toks) and toks[last + 1].text == ",":
        last += 1
    if last + 2 >= len(toks) or toks[last + 1].key != "of":
        return None, False
    start = last + 3 if toks[last + 2].key == "the" and last + 3 < len(toks) else last + 2
    span = _covered(toks[start], spans)
    if span is None:
        return None, False
    offset = toks[last + 1].start
    return country_of_words(sentence.text[offset:span.end], offset, sentence.places, sentence.institutions)


def country_of_words(text: str, offset: int, places: Sequence[Any], institutions: Sequence[Any]) -> tuple[str | None, bool]:
    """The country the words of a title or a body's name stand for (text begins at offset in the sentence whose
    places and institutions are given), and whether they name an office of an international body."""
    end = offset + len(text)
    inside = [s for s in [*institutions, *places] if offset <= s.start and s.end <= end]
    lowered = text.lower()
    posted = is_envoy(text) and " to " in lowered  # "Ambassador of Azerbaijan to China": China is the post
    if _words().international.search(text) or any(getattr(s, "international", False) for s in inside):
        national = [s for s in inside if getattr(s, "country", None) and not getattr(s, "international", False)]
        # "Permanent Representative of Argentina to the OAS": an envoy to a body speaks for the country sending him
        link = " to " if posted else " of "
        if not any(s.start < offset + lowered.find(link) for s in national if link in lowered):
            return None, True
    cut = offset + lowered.find(" to ") if posted else end
    ranked = sorted((s for s in inside if getattr(s, "country", None) and s.start < cut),
                    key=lambda s: (not hasattr(s, "kind"), s.start))
    # an institution's own country beats the country words inside its name only when none stands outside it
    for span in sorted((s for s in inside if getattr(s, "country", None) and s.start < cut), key=lambda s: s.start):
        enclosing = [o for o in inside if o is not span and o.start <= span.start and span.end <= o.end]
        if not enclosing:
            return span.country, False
    return (ranked[0].country if ranked else None), False


def _country_of_title_run(toks: list[Token], end: int, spans: Sequence[Any], sentence: Sentence) -> tuple[str | None, bool]:
    """"R. Narendra Jatna, Deputy Attorney General for Civil Affairs, Attorney General's Office of the Republic
    of Indonesia": a title's country may be said by the body or place that the next comma-separated phrases
    name, up to TITLE_SEGMENTS of them, while they name no one (a name there begins the next person)."""
    w = _words()
    i = end
    for _ in range(TITLE_SEGMENTS):
        if i >= len(toks) or toks[i].text != ",":
            break
        start = i = i + 1
        while i < len(toks) and toks[i].text not in SEGMENT_ENDS and i - start <= TITLE_REACH:
            t = toks[i]
            if not (_covered(t, spans) is not None or t.title_word or t.key in w.title_links
                    or (t.capitalised and t.key in w.not_name)):
                return None, False
            i += 1
        if i == start:
            break
        found = country_of_words(sentence.text[toks[start].start:toks[i - 1].end], toks[start].start,
                                  sentence.places, sentence.institutions)
        if found != (None, False):
            return found
    return None, False


def _a_place(words: str) -> bool:
    """Words the gazetteer knows, all of them, as one place's name (a surname alone may be a town's: "Lopez")."""
    names = place_names(words)
    return len(names) == 1 and names[0].start == 0 and names[0].end == len(words)


def _mention_only(text: str, start: int) -> bool:
    return bool(_words().mention_only.search(text[max(0, start - 40):start]))


def find_people(sentence: Sentence, parse: Any = None) -> tuple[list[PersonMention], list[GroupMention]]:
    """The people a sentence names, each with the title and country it gives them there (those it only cites,
    "greetings from X", marked ``cited``), and the sides it names without a person ("his Kazakh counterpart",
    "a delegation from the Lao PDR")."""
    text = sentence.text
    spans = [*sentence.institutions, *sentence.places]
    toks = tokens(text)
    entity_spans = [(e.start_char, e.end_char) for e in parse.ents if e.label_ == "PERSON"] if parse is not None else []
    person_starts = {start for start, _ in entity_spans}
    found: list[PersonMention] = []
    floor = 0  # the first token a title may begin at: the one after the last name found
    i = 0
    while i < len(toks):
        if not _name_like(toks[i], spans, continuing=toks[i].start in person_starts):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and j + 1 - i < LONGEST_NAME + 2 and (
                _name_like(toks[j + 1], spans, continuing=True)
                or (toks[j + 1].key in _words().in_names and toks[j + 1].capitalised)  # "Chan Tsz King"
                or (toks[j + 1].key in _words().particles and j + 2 < len(toks) and _name_like(toks[j + 2], spans, continuing=True))):
            j += 1
        if j + 1 < len(toks) and toks[j + 1].capitalised and toks[j + 1].key in _words().not_name and not toks[j + 1].title_word:
            i = j + 1  # the run begins the name of a body or an event, not a person's
            continue
        run = _strip_honorifics(toks[i: j + 1])
        first, last = toks.index(run[0]), j
        if _part_of_a_body(toks, run, last, sentence):
            i = j + 1
            continue
        left = _title_left(toks, first, spans, floor)
        if left and _in_opening_participle(toks, left, last):
            left = None
        right = _title_right(toks, last, spans)
        honoured = first > 0 and toks[first - 1].key in _words().honorific_keys
        # NER's word alone makes a name of two words or more that it reads whole as a person
        entity = next(((s, e) for s, e in entity_spans if s < run[-1].end and run[0].start < e), None)
        statistical = entity is not None
        if entity is not None and not (left or right or honoured):
            # NER's bounds, where the words it leaves out are a place's ("Buenos Aires Juan Bautista Mahiques")
            run = [t for t in run if entity[0] <= t.start and t.end <= entity[1] or _covered(t, spans) is None] or run
        words = sum(1 + t.text.count(".") for t in run)  # "Kh.Battulga" is an initial and a name
        # one word is a name only right after a title's head ("Attorney General Prasetyo"), not after
        # "of" ("Director of Planning") or a plural ("the China-ASEAN Prosecutors Exchange"), or where NER
        # reads it as a person
        lone_ok = statistical or (first > 0 and toks[first - 1].title_head and not toks[first - 1].key.endswith("s"))
        announced = (left or right or honoured) and (words > 1 or lone_ok)
        if not (left or right or honoured) and len(run) > 1 and _a_place(text[run[0].start: run[-1].end]):
            i = j + 1  # "the provinces of Dien Bien, Lai Chau, Lao Cai": towns NER takes for people
            continue
        if len(run) <= LONGEST_NAME:
            # a run nothing announces may still be a surname of someone the article names in full ("Jalali
            # held talks"): kept as a weak mention, which linking only joins to a name it knows
            weak = not (announced or (statistical and words > 1))
            title_range = (left or right) if not weak else None
            title = None
            country, international = None, False
            if title_range:
                a, b = title_range
                title_start, title_end = toks[a].start, toks[b - 1].end
                title = _clean_title(text[title_start:title_end])
                country, international = country_of_words(text[title_start:title_end], title_start,
                                                            sentence.places, sentence.institutions)
                if country is None and not international and not right:
                    country, international = _country_after_name(toks, last, spans, sentence)
                if left and right and country is None and not international:
                    a, b = right
                    country, international = country_of_words(text[toks[a].start:toks[b - 1].end], toks[a].start,
                                                                sentence.places, sentence.institutions)
                if right and country is None and not international:
                    country, international = _country_of_title_run(toks, right[1], spans, sentence)
            elif not weak:
                country, international = _country_after_name(toks, last, spans, sentence)
            bracket = BRACKETED_BODY.match(text, run[-1].end)
            if country is None and bracket and _words().international.search(bracket.group(1)):
                international = True  # "Pierre von Arx (OSCE)": an official of the body in brackets
            name = text[run[0].start: run[-1].end].removesuffix("'s").removesuffix("’s")
            found.append(PersonMention(start=run[0].start, end=run[-1].end, name=name, title=title, country=country,
                                       international=international, statistical=statistical, weak=weak,
                                       title_start=toks[title_range[0]].start if title_range else None,
                                       title_end=toks[title_range[1] - 1].end if title_range else None))
            if not weak:
                floor = toks.index(run[-1]) + 1  # the next name's title begins after this one
        i = j + 1
    _share_coordinated_titles(found, text)
    _share_list_countries(found, text)
    _share_side_countries(found, sentence)
    for mention in found:
        mention.cited = _mention_only(text, min(mention.start, mention.title_start or mention.start))
    return found, find_groups(sentence, toks, found)


def _share_list_countries(found: list[PersonMention], text: str) -> None:
    """"On the side of the Procuracy, attending were A, Deputy Prosecutor General of the Procuracy; B, Director
    of the Personnel Department; ...": the items of a list joined by semicolons are of one side."""
    for before, after in zip(found, found[1:]):
        if after.country is None and not after.international and before.country and ";" in text[before.end:after.start]:
            after.country = before.country


SIDE_LIST_END = re.compile(r",\s+and\b|\.\s")  # a list of one side's people, its items parted by semicolons, ends here
CLAUSE_END = re.compile(r";|,\s+and\b|\.\s")  # where a side's clause ends: "on the Kyrgyz side was A, and on the Kazakh side B"


def _share_side_countries(found: list[PersonMention], sentence: Sentence) -> None:
    """"The Public Prosecution of Kuwait was represented by Chief Prosecutor A, First Public Prosecutor B"
    ("Lithuania was represented by A and Estonia by B");
    "on the Mongolian side, Deputy Prosecutor General A took part": people whose titles give no country are
    of the side the phrase names, up to the end of its clause (or, for "A took part on the Mongolian side",
    the person its clause names before it)."""
    text = sentence.text
    spans = sorted([*sentence.places, *sentence.institutions], key=lambda span: span.start)
    for match in _words().represented_by.finditer(text):
        side = next((span for span in reversed(spans) if span.end <= match.start() and span.country), None)
        end = _clause_end(text, match.end())
        # "Lithuania was represented by A and Estonia by B": each side named before "by" has those after it
        more = [span for span in spans if match.end() <= span.start and span.end <= end and span.country
                and text.startswith(" by ", span.end)]
        sides = [(side.country if side else None, match.end()), *((span.country, span.end) for span in more)]
        for (country, start), stop in zip(sides, [*(span.end for span in more), end]):
            if country:
                _give_country(found, country, start, stop)
    sides = sorted((m for pattern in _words().side_of for m in pattern.finditer(text)), key=lambda m: m.start())
    for n, match in enumerate(sides):
        place = next((span for span in sentence.places if span.country and span.start == match.start("place")), None)
        if place is None:
            continue
        opening = max((m.end() for m in CLAUSE_END.finditer(text, 0, match.start())), default=0)
        before = [m for m in found if opening <= m.start and m.end <= match.start()]
        if before:
            _give_country(found, place.country, before[-1].start, match.start())
            continue
        # "Members of the Macao side also included A, Assistant ...; B, Chief of ...; and C": a list the
        # semicolons part runs on until the next side is named
        listed = SIDE_LIST_END.search(text, match.end())
        stop = min(listed.start() if listed else len(text), sides[n + 1].start() if n + 1 < len(sides) else len(text))
        _give_country(found, place.country, match.end(), stop if ";" in text[match.end():stop] else _clause_end(text, match.end()))


def _clause_end(text: str, start: int) -> int:
    found = CLAUSE_END.search(text, start)
    return found.start() if found else len(text)


def _give_country(found: list[PersonMention], country: str | None, start: int, end: int) -> None:
    for mention in found:
        if start <= mention.start < end and mention.country is None and not mention.international:
            mention.country = country


def _share_coordinated_titles(found: list[PersonMention], text: str) -> None:
    """"Ge Xiaoyan and Gong Ming, Deputy Prosecutors General of the SPP": a title after names joined by
    "and" is each one's; a title in the plural makes a person of a name nothing else announces ("Miao
    Shengming and Shi Weizhong, Permanent Members of the Procuratorial Committee")."""
    for first, second in zip(found, found[1:]):
        joined = text[first.end:second.start].strip()
        if first.title is None and second.title and (second.title_start or 0) > second.end and joined in ("and", ","):
            if first.weak:
                if joined != "and" or len(first.name.split()) < 2 or not _plural_title(second.title):
                    continue
                first.weak = False
            first.title, first.country, first.international = second.title, second.country, second.international


def _plural_title(title: str) -> bool:
    """A title of several people: its head in the plural ("Permanent Members", "Deputy Prosecutors General")."""
    heads = _words().heads
    return any(key.endswith("s") and key[:-1] in heads for key in (_folded(word) for word in title.split()))


_TRAILING_ACRONYM = re.compile(r"\s*\([^()]*\)?\s*$")  # "Director of Public Prosecutions (DPP)"


def _clean_title(title: str) -> str:
    w = _words()
    words = _TRAILING_ACRONYM.sub("", title.strip(" ,")).strip(" ,()").split()
    while words and (words[0].lower().rstrip(".") in w.honorific_keys or words[0].lower() in {"the", "a", "an", "his", "her", "its", "their"}):
        words.pop(0)
    return " ".join(words)


def _office_at(toks: list[Token], k: int) -> tuple[str, int] | None:
    """A principal's office written at token k ("prosecutor general"), and the token after it."""
    for office in _words().principals:
        words = office.replace("-", " ").split()
        keys = [part for t in toks[k: k + len(words) + 2] for part in t.key.split("-") if part][: len(words)]
        if keys == words:
            width, seen = 0, 0
            while seen < len(words):
                seen += len([part for part in toks[k + width].key.split("-") if part])
                width += 1
            return office, k + width
    return None


def _where_it_is(span: PlaceMention | InstitutionMention) -> bool:
    """"While in Ankara the delegation": a city the grammar places the side in says where it is, not whose it is."""
    return isinstance(span, PlaceMention) and span.kind == "city" and span.cued


def find_groups(sentence: Sentence, toks: list[Token] | None = None,
                people: Sequence[PersonMention] = ()) -> list[GroupMention]:
    """Sides a sentence names without a person ("his Kazakh counterpart", "a delegation from Laos",
    "Azerbaijan's prosecutor general" with no name after it), with the country its words give them."""
    toks = toks if toks is not None else tokens(sentence.text)
    spans = [s for s in [*sentence.institutions, *sentence.places] if s.country]
    taken = [(m.title_start if m.title_start is not None else m.start, max(m.end, m.title_end or m.end)) for m in people]
    groups = []
    k = -1
    while k + 1 < len(toks):
        k += 1
        t = toks[k]
        office = None
        if t.key not in _words().group_words:
            found = _office_at(toks, k) if t.title_head else None
            if found is None or any(a <= t.start < b for a, b in taken):
                continue
            office, after = found
            if after < len(toks) and _name_like(toks[after], spans):
                continue  # a name follows: a person's title, not a side named by its office
            t = Token(sentence.text[t.start: toks[after - 1].end], t.start, toks[after - 1].end)
        window_start = toks[max(0, k - 4)].start
        window_end = toks[min(len(toks) - 1, k + 10)].end
        before = [s for s in spans if window_start <= s.start and s.end <= t.start and "," not in sentence.text[s.end:t.start]
                  and not _where_it_is(s)]
        after = [s for s in spans if t.end <= s.start and s.start < window_end  # a body's long name may run on
                 and re.match(r"\s*(?:of|from)\b", sentence.text[t.end:s.start] or "x")
                 and "," not in sentence.text[t.end:s.start] and len(sentence.text[t.end:s.start]) < 60]
        chosen = after[0] if after else (before[-1] if before else None)
        groups.append(GroupMention(start=t.start, end=t.end, country=chosen.country if chosen else None,
                                   delegation=t.key.startswith("delegation"), office=office,
                                   counterpart=t.key.startswith("counterpart")))
    return groups


def link_people(sentences: list[Sentence]) -> list[Person]:
    """One Person for each person an article names: surname-only and shorter mentions join the fullest name
    ("Aliyev" is "Kamran Aliyev", "Lukashenko" is "Alexander Grigorievich Lukashenko"); the nearest earlier
    full name wins when two people share a surname."""
    people: list[Person] = []
    keys: list[tuple[str, ...]] = []
    mentions = [(s.index, k, m) for s in sentences for k, m in enumerate(s.people)]
    display = lambda s_index: sentences[s_index].part in ("headline", "caption")  # noqa: E731
    # the story's own mentions first: a headline's capitals run past a name ("Noordin Haji Lauds William Ruto")
    order = sorted(mentions, key=lambda x: (x[2].weak, display(x[0]), -len(name_tokens(x[2].name))))
    for s_index, k, mention in order:
        words = name_tokens(mention.name)
        if not words:
            continue
        match = _best_match(words, keys, people, s_index)
        if match is None and display(s_index):
            match = next((n for n, key in enumerate(keys) if len(key) >= 2 and words[:len(key)] == key), None)
        if match is None:
            if mention.weak or (len(words) < 2 and not mention.title):
                continue  # a lone word is someone only where a title announces it
            people.append(Person(name=mention.name))
            keys.append(words)
            match = len(people) - 1
        mention.person = match
        people[match].mentions.append((s_index, k))
        if mention.title:
            people[match].titles.append(mention.title)
    for person in people:
        found = [sentences[s].people[k] for s, k in person.mentions]
        countries = Counter(m.country for m in found if m.country)
        person.country = countries.most_common(1)[0][0] if countries else None
        person.international = not countries and any(m.international for m in found)
    for s in sentences:  # a cited person is known to the article, by name, title and country, but not placed here
        s.people = [m for m in s.people if m.person is not None and not m.cited]
    return people


def _best_match(words: tuple[str, ...], keys: list[tuple[str, ...]], people: list[Person], s_index: int) -> int | None:
    candidates = []
    for n, key in enumerate(keys):
        if words == key or (len(words) <= len(key) and _subsequence(words, key)):
            first_seen = min((s for s, _ in people[n].mentions), default=s_index)
            candidates.append((first_seen > s_index, -first_seen if first_seen <= s_index else first_seen, n))
    return min(candidates)[2] if candidates else None


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """The shorter name's words in order within the longer's; an initial stands for its word ("N. Yuldoshev")."""
    rest = iter(long)
    return all(any(word == other or (len(word) == 1 and other.startswith(word)) for other in rest) for word in short)


def resolve_pronouns(sentences: list[Sentence]) -> None:
    """"He also held talks with the Chief Justice": a subject pronoun is a mention of the person the story is
    about just then, the first person its sentence names before it, else the first of the nearest sentence
    before that names one. Captions and stamps are not the story; a sentence that names the person already
    gains nothing by its pronoun."""
    current: int | None = None
    for sentence in sentences:
        if sentence.part in ("caption", "stamp"):
            continue
        named = list(sentence.people)
        found = []
        for match in _words().pronouns.finditer(sentence.text):
            before = [m for m in named if m.end <= match.start()]
            antecedent = before[0].person if before else current
            if antecedent is not None and antecedent not in {m.person for m in named + found}:
                found.append(PersonMention(match.start(), match.end(), match.group(), person=antecedent, pronoun=True))
        if found:
            sentence.people = sorted(named + found, key=lambda m: m.start)
        if named:
            current = named[0].person
