"""Who is who, and which reports are of one meeting: pure functions over records.

Articles spell one person several ways (``Aleksandr``/``Alexander Lukashenko``,
``Kim Chol Won``/``Kim Chol-won``) and outlets report one meeting each in
their own words. These functions decide when two mentions are one person and
when two meetings are one event. They lean towards keeping things apart: two
people merged by mistake corrupt both careers, while a missed merge only shows
one person twice.
"""
from __future__ import annotations

import copy
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from .countries import cities_named, fold
from .filters import Interval, meeting_interval
from .records import Delegation, Location, Meeting, Participant


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """The words of courtesy before a name (the extractor's table, ``extract/data/people.toml``), folded.
    The file is read where it lies: importing ``extract.data`` would import the whole extractor first
    (20 ms of a warm ``procq person``)."""
    people = tomllib.loads((Path(__file__).parent / "extract" / "data" / "people.toml").read_text(encoding="utf-8"))
    return frozenset(word for phrase in people["honorifics"] for word in re.split(r"[^a-z]+", fold(phrase)) if word)


# Countries whose names reach English in one standard romanisation (pinyin):
# a different spelling there is a different person, so only exact names merge.
STANDARD_ROMANISATION = {"CN"}

# Two spellings of one word of a name, e.g. "aleksandr"/"alexander" (78), "mohamed"/"mohammed" (93).
SPELLING_SIMILARITY = 75
# Shorter words ("yong"/"yang") differ by one letter between different people.
SHORTEST_FUZZY_WORD = 5


@dataclass(frozen=True)
class Mention:
    """A name as an article gives it, with the country the person represents (None: unknown)."""

    name: str
    country: str | None = None


_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
# Surnames the English press reads otherwise than pypinyin's most common reading of the character.
SURNAME_READINGS = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha",
                    "区": "ou", "乐": "yue", "盖": "ge", "缪": "miao", "覃": "qin", "翟": "zhai"}


def _pinyin(characters: str) -> str:
    """A name in characters as the press romanises it: surname, then the given name in one word
    (陈文清 -> chen wenqing); ü as u (吕 -> lu)."""
    from pypinyin import lazy_pinyin  # loaded only for names written in characters

    surname, *given = [syllable.replace("v", "u") for syllable in lazy_pinyin(characters)]
    return f" {SURNAME_READINGS.get(characters[0], surname)} {''.join(given)} "


@lru_cache(maxsize=65536)  # clustering asks for the words of each name many times
def name_tokens(name: str | None) -> tuple[str, ...]:
    """The words of a name, folded: no case, accents, hyphens, dots or leading honorifics; a name
    in Chinese characters in pinyin, so 应勇 and Ying Yong are one spelling."""
    text = fold(_HANZI.sub(lambda found: _pinyin(found.group(0)), name or "")).replace("'", "")
    words = [word for word in re.split(r"[^a-z0-9]+", text) if word]
    while words and words[0] in honorifics():
        words.pop(0)
    return tuple(words)


def name_key(name: str | None) -> str:
    """One string per spelling of a name: ``Kim Chol-won`` and ``kim chol won`` share it."""
    return " ".join(name_tokens(name))


def _words_match(a: str, b: str, fuzzy: bool) -> bool:
    if a == b:
        return True
    return fuzzy and min(len(a), len(b)) >= SHORTEST_FUZZY_WORD and fuzz.ratio(a, b) >= SPELLING_SIMILARITY


def same_name(a: str | None, b: str | None, fuzzy: bool = True) -> bool:
    """True when two names can be spellings of one person's name.

    The words may come in any order and the shorter name may leave words out
    (``Luisa Ortega`` / ``Luisa Ortega Diaz``), but it needs two words: a
    surname alone, or a shared surname (``Chen Wenqing`` / ``Chen Yong``),
    never makes two names one. With ``fuzzy`` each word may be spelt
    differently (``Aleksandr``/``Alexander``); without it words must be equal.
    """
    words_a, words_b = name_tokens(a), name_tokens(b)
    if not words_a or not words_b:
        return False
    if "".join(words_a) == "".join(words_b):
        return True
    shorter, longer = sorted((words_a, words_b), key=len)
    if len(shorter) < 2 or (not fuzzy and len(shorter) != len(longer)):
        return False
    unused = list(longer)
    for word in shorter:
        match = next((other for other in unused if _words_match(word, other, fuzzy)), None)
        if match is None:
            return False
        unused.remove(match)
    return True


def same_person(a: Mention, b: Mention) -> bool:
    """True when two mentions can be one person: names that match, countries that do not differ."""
    if a.country and b.country and a.country != b.country:
        return False
    fuzzy = not ({a.country, b.country} & STANDARD_ROMANISATION)
    return same_name(a.name, b.name, fuzzy=fuzzy)


def cluster_mentions(mentions: Iterable[Mention], keep_apart: Collection[frozenset[str]] = ()) -> list[list[Mention]]:
    """Group mentions into persons; each distinct mention lands in exactly one group.

    Groups only join when every mention of one matches every mention of the
    other and they share no two known countries, so a name without a country
    cannot bridge two same-named people of different countries. The closest
    pairs join first. Groups come in the order their first mention was given.
    ``keep_apart`` holds pairs of spellings (``name_key``) a researcher said are
    two people: no group ever holds both.
    """
    distinct = list(dict.fromkeys(mentions))
    blocks: dict[Hashable, list[int]] = {}
    for position, mention in enumerate(distinct):
        for key in block_keys(name_tokens(mention.name)):
            blocks.setdefault(key, []).append(position)
    pairs = {
        (first, second)
        for positions in blocks.values()
        for first in positions
        for second in positions
        if first < second and same_person(distinct[first], distinct[second])
    }
    closest_first = sorted(
        pairs, key=lambda pair: (-fuzz.ratio(name_key(distinct[pair[0]].name), name_key(distinct[pair[1]].name)), pair)
    )
    group_of = {position: {position} for position in range(len(distinct))}
    for first, second in closest_first:
        group_a, group_b = group_of[first], group_of[second]
        if group_a is group_b or not _can_join(group_a, group_b, distinct, pairs):
            continue
        if keep_apart and _kept_apart(group_a, group_b, distinct, keep_apart):
            continue
        joined = group_a | group_b
        for position in joined:
            group_of[position] = joined
    groups = {id(group): sorted(group) for group in group_of.values()}.values()
    return [[distinct[p] for p in group] for group in sorted(groups)]


def block_keys(words: tuple[str, ...]) -> set[Hashable]:
    """Keys that two names which can match share: the joined words, or one word exactly and
    the initial of another (spelling variants keep their initial), so only those are compared."""
    return {"".join(words)} | {
        (word, other[0]) for i, word in enumerate(words) for j, other in enumerate(words) if i != j
    }


def _can_join(group_a: set[int], group_b: set[int], distinct: list[Mention], pairs: set[tuple[int, int]]) -> bool:
    countries = {distinct[p].country for p in group_a | group_b} - {None}
    return len(countries) <= 1 and all((min(a, b), max(a, b)) in pairs for a in group_a for b in group_b)


def _kept_apart(group_a: set[int], group_b: set[int], distinct: list[Mention], keep_apart: Collection[frozenset[str]]) -> bool:
    keys_a, keys_b = ({name_key(distinct[p].name) for p in group} for group in (group_a, group_b))
    return any(frozenset((a, b)) in keep_apart for a in keys_a for b in keys_b)


_TITLE_SMALL_WORDS = {"of", "the", "and", "for", "to", "in", "on"}


def normalise_title(title: str | None) -> str | None:
    """The grouping form of a title: ``Procurator-General`` and ``prosecutor general`` are ``Prosecutor General``.

    Abbreviations in brackets are dropped; the title as written stays in the record.
    """
    if not title or not title.strip():
        return None
    text = re.sub(r"\([^)]*\)", " ", fold(title)).replace("-", " ")  # "(SPP)" repeats what it follows
    text = re.sub(r"\bprocurators?\b", lambda found: found.group(0).replace("procurator", "prosecutor"), text)
    words = re.sub(r"[^a-z0-9' ]+", " ", text).split()
    return " ".join(word if word in _TITLE_SMALL_WORDS else word[:1].upper() + word[1:] for word in words) or None


# --- one meeting, several reports -------------------------------------------

PersonOf = Callable[[str, "str | None"], Hashable]
"""Maps a name and a country, as a record gives them, to the person they denote."""


def _year_blind_interval(value: str) -> Interval | None:
    """The meeting's days moved into one leap year, to compare ``--04-10`` with ``2023-04-10``."""
    interval = meeting_interval(value.replace("--", "2000-"))
    if interval is None or interval[0].year != interval[1].year:
        return None
    start, end = interval
    return start.replace(year=2000), end.replace(year=2000)


def _overlap(a: Interval | None, b: Interval | None) -> bool:
    return bool(a and b and a[0] <= b[1] and b[0] <= a[1])


def dates_compatible(a: str | None, b: str | None) -> bool:
    """True when two meeting dates can name the same day (``2023-10`` and ``2023-10-19``; ``--04-10`` and ``2023-04-10``).

    A missing date is compatible with nothing: the same people meet often.
    """
    if not a or not b:
        return False
    real_a, real_b = meeting_interval(a), meeting_interval(b)
    if real_a and real_b:
        return _overlap(real_a, real_b)
    return _overlap(_year_blind_interval(a), _year_blind_interval(b))


def _date_precision(value: str | None) -> tuple[int, int]:
    """Higher is more informative: a year known first, then fewer days covered."""
    if not value:
        return (0, 0)
    real = meeting_interval(value)
    if real:
        return (2, -(real[1] - real[0]).days)
    blind = _year_blind_interval(value)
    return (1, -(blind[1] - blind[0]).days) if blind else (0, 0)


def _same_city(a: str, b: str) -> bool:
    """One city however two reports spell it ("St. Petersburg", "Saint Petersburg"); the gazetteer is asked
    only when the spellings differ."""
    if fold(a) == fold(b):
        return True
    return bool({(c.name, c.country) for c in cities_named(a)} & {(c.name, c.country) for c in cities_named(b)})


def _places_compatible(a: Location | None, b: Location | None) -> bool:
    if not a or not b:
        return True
    cities_differ = a.city and b.city and not _same_city(a.city, b.city)
    countries_differ = a.country and b.country and a.country != b.country
    return not (cities_differ or countries_differ)


def meeting_people(meeting: Meeting, person_of: PersonOf) -> set[Hashable]:
    """The persons a meeting's participants denote."""
    return {person_of(p.name, p.country) for p in meeting.participants}


def _same_people(people_a: set[Hashable], people_b: set[Hashable]) -> bool:
    return len(people_a & people_b) >= 2 or (bool(people_a) and people_a == people_b)


def same_meeting(a: Meeting, b: Meeting, person_of: PersonOf) -> bool:
    """True when two reports describe one meeting.

    Same kind, compatible date and place, and the same people: at least two
    shared persons, or identical sets when a report names only one person.
    Two meetings on one day that share a single person (a morning and an
    afternoon call) stay two.
    """
    return (
        _same_people(meeting_people(a, person_of), meeting_people(b, person_of))
        and a.kind == b.kind
        and dates_compatible(a.date, b.date)
        and _places_compatible(a.location, b.location)
    )


def _fuller(a: Participant, b: Participant) -> Participant:
    """The record that names the person better: a known country, then more words."""
    return max((a, b), key=lambda p: (p.country is not None, len(name_tokens(p.name))))


def _merge_participants(base: list[Participant], other: list[Participant], person_of: PersonOf) -> list[Participant]:
    merged = list(base)
    for incoming in other:
        person = person_of(incoming.name, incoming.country)
        position = next((i for i, p in enumerate(merged) if person_of(p.name, p.country) == person), None)
        if position is None:
            merged.append(incoming)
            continue
        kept = merged[position]
        named = _fuller(kept, incoming)
        # name and country travel together, so the pair still names a known mention
        merged[position] = Participant(named.name, named.country, kept.role, kept.title or incoming.title)
    return merged


def _merge_delegations(base: list[Delegation], other: list[Delegation], person_of: PersonOf) -> list[Delegation]:
    merged = [copy.deepcopy(d) for d in base]
    for incoming in other:
        same_side = next((d for d in merged if d.country == incoming.country), None)
        if same_side is None:
            merged.append(copy.deepcopy(incoming))
            continue
        same_side.leader = same_side.leader or incoming.leader
        known = {person_of(name, same_side.country) for name in [*same_side.members, same_side.leader] if name}
        same_side.members += [m for m in incoming.members if person_of(m, incoming.country) not in known]
    return merged


def combine_meetings(base: Meeting, other: Meeting, person_of: PersonOf) -> Meeting:
    """One meeting from two reports of it: ``base``'s id, title and roles; the better date; both sources.

    Neither report is changed: the lists are new, and the records in them, never changed once made, are shared.
    """
    merged = replace(base, sources=[*base.sources, *other.sources], evidence=[*base.evidence, *other.evidence],
                     corrections=[*base.corrections, *other.corrections])
    if _date_precision(other.date) > _date_precision(base.date):
        merged.date = other.date
    merged.title = base.title or other.title
    if other.location:
        merged.location = Location(
            city=(base.location and base.location.city) or other.location.city,
            country=(base.location and base.location.country) or other.location.country,
        )
    merged.participants = _merge_participants(merged.participants, other.participants, person_of)
    merged.delegations = _merge_delegations(merged.delegations, other.delegations, person_of)
    return merged


def _article_of(meeting: Meeting) -> str:
    return meeting.sources[0].article if meeting.sources else meeting.id.partition("#")[0]


def merge_reports(meetings: Sequence[Meeting], person_of: PersonOf) -> list[tuple[Meeting, list[str]]]:
    """The meetings with every group of reports of one event folded into the first report, each with
    the ids of the reports folded into it (a correction names a meeting by any of them).

    Reports from one article never merge: the article itself told them apart.
    The input is left unchanged (a meeting nobody else reports is returned as
    it is); the order is that of each group's first report.
    """
    merged: list[Meeting] = []
    reports: list[list[str]] = []
    articles: list[set[str]] = []
    people: list[set[Hashable]] = []
    by_person: dict[Hashable, set[int]] = {}
    for meeting in meetings:
        article = _article_of(meeting)
        present = meeting_people(meeting, person_of)
        # only groups that already share the people can be the same meeting: count before comparing
        shared = Counter(i for person in present for i in by_person.get(person, ()))
        candidates = sorted(i for i, count in shared.items() if count >= 2 or people[i] == present)
        target = next(
            (i for i in candidates if article not in articles[i] and same_meeting(merged[i], meeting, person_of)),
            None,
        )
        if target is None:
            target = len(merged)
            merged.append(meeting)  # combining copies, so a report can be kept as it is until then
            reports.append([])
            articles.append(set())
            people.append(set())
        else:
            merged[target] = combine_meetings(merged[target], meeting, person_of)
        reports[target].append(meeting.id)
        articles[target] |= {article} | {s.article for s in meeting.sources}
        people[target] = meeting_people(merged[target], person_of)
        for person in people[target]:
            by_person.setdefault(person, set()).add(target)
    return list(zip(merged, reports))
