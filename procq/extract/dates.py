"""Dates: the article's publication date, and each meeting's date resolved against it.

A date is kept at the precision the text gives (ISO 8601, reduced precision
allowed): ``2023-10-19``, ``2023-10``, ``2023``, ``--04-10`` when the year
cannot be known, ``A/B`` for a span. A year is never invented: "on 10 April"
takes the publication year only when the publication date is known.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .text import dateline

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = r"(?P<{name}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>(?:19|20)\d\d)"
_DASH = r"\s*(?:-|–|—|to|and|until|till)\s*"


# Each pattern names its groups: d1/m1/y1 for the start, d2/m2/y2 for the end of a span.
DATE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]?\d)-(?P<d1>[0-3]?\d)\b")),
    ("ymd_slash", re.compile(r"\b(?P<y1>(?:19|20)\d\d)[/.](?P<m1>[01]?\d)[/.](?P<d1>[0-3]?\d)\b")),
    ("dmy_slash", re.compile(r"\b(?P<d1>[0-3]?\d)([/.])(?P<m1>[01]?\d)\2(?P<y1>(?:19|20)\d\d)\b")),
    # from 5th to 8th November 2019 / between 8 – 12 July 2019 / 18-19 June
    ("day_span_month", re.compile(
        r"\b" + _DAY.format(name="d1") + _DASH + _DAY.format(name="d2")
        + r"\s+(?:of\s+)?" + _MONTH.format(name="m1") + r"(?:,?\s+" + _YEAR.format(name="y1") + r")?\b", re.I)),
    # from 20 to 23/9
    ("day_span_slash", re.compile(r"\bfrom\s+(?P<d1>[0-3]?\d)\s+to\s+(?P<d2>[0-3]?\d)/(?P<m1>[01]?\d)(?:/(?P<y1>(?:19|20)\d\d))?\b", re.I)),
    # December 4-5, 2023 / Dec 4 to 5
    ("month_day_span", re.compile(
        r"\b" + _MONTH.format(name="m1") + r"\s+" + _DAY.format(name="d1") + r"\s*(?:-|–|—|to)\s*"
        + _DAY.format(name="d2") + r"(?:,?\s+" + _YEAR.format(name="y1") + r")?\b", re.I)),
    # October 19, 2023 / Oct 19 / Oct. 19th
    ("month_day", re.compile(
        r"\b" + _MONTH.format(name="m1") + r"\s+" + _DAY.format(name="d1") + r"(?![\d:])(?:(?:,?\s+|/)" + _YEAR.format(name="y1") + r")?\b", re.I)),
    # 19 October 2023 / 10 April / the 10th of April
    ("day_month", re.compile(
        r"\b" + _DAY.format(name="d1") + r"\s+(?:of\s+)?" + _MONTH.format(name="m1") + r"(?:,?\s+" + _YEAR.format(name="y1") + r")?\b", re.I)),
    # (10th April) is covered above; September 2023 / in September, 2022
    ("month_year", re.compile(r"\b" + _MONTH.format(name="m1") + r",?\s+" + _YEAR.format(name="y1") + r"\b", re.I)),
]
_WEEKDAY = re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE = {
    "today": re.compile(r"\b(?:today|this (?:morning|afternoon|evening))\b", re.I),
    "yesterday": re.compile(r"\byesterday\b", re.I),
    "same_day": re.compile(r"\b(?:on the same day|the same day|that (?:same )?(?:day|morning|afternoon|evening|night)|later that day|earlier in the day|later in the day|on the sidelines)\b", re.I),
    "next_day": re.compile(r"\b(?:on )?the (?:following|next) day\b|\bthe day after\b", re.I),
    "previous_day": re.compile(r"\b(?:on )?the (?:previous|preceding) day\b", re.I),
}
# "On the 5th": a day of the publication month.
_DAY_OF_MONTH = re.compile(r"\b[Oo]n the (?:(?:morning|afternoon|evening|night) of the )?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|anniversary|meeting|session|conference|plenary))")
_YEAR_ONLY = re.compile(r"\bin\s+(?P<y1>(?:19|20)\d\d)\b(?!\s*-)", re.I)
# A date right after these words dates something else: "since his appointment in September 2023".
_OTHER_EVENT = re.compile(r"\b(?:since|appointed|appointment|established|founded|signed in|until|born)\b[^,;]*$", re.I)

# Labels that introduce a publication date on a metadata line.
_PUBLISHED_LABEL = re.compile(r"^\W*(?:date|time|written|published|posted|updated|release date)\s*:?\s*", re.I)
@dataclass(frozen=True)
class PartialDate:
    """A calendar date that may lack its year, month or day."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}" if self.month and self.day else ""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def complete(self) -> bool:
        return None not in (self.year, self.month, self.day)

    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.complete else None  # type: ignore[arg-type]


@dataclass(frozen=True)
class DateMention:
    """A date phrase found in a sentence, before it is resolved against the publication date."""

    start: int
    end: int
    kind: str  # a pattern name, "weekday", "today", "yesterday", "same_day" or "year"
    first: PartialDate | None = None
    last: PartialDate | None = None
    weekday: int | None = None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and not 1 <= day <= 31:
        return False
    if year and month and day:
        try:
            date(year, month, day)
        except ValueError:
            return False
    return True


def _number(match: re.Match, name: str) -> int | None:
    value = match.groupdict().get(name)
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    key = value.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def find_dates(sentence: str) -> list[DateMention]:
    """Every date phrase of a sentence, left to right, overlapping matches resolved longest first."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pattern in DATE_PATTERNS:
        for m in pattern.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            y1, m1, d1, d2 = (_number(m, n) for n in ("y1", "m1", "d1", "d2"))
            if not _valid(y1, m1, d1) or (d2 is not None and not _valid(y1, m1, d2)):
                continue
            first = PartialDate(y1, m1, d1)
            last = PartialDate(y1, m1, d2) if d2 is not None else None
            if last and d1 is not None and d2 is not None and d2 <= d1:
                continue
            found.append(DateMention(m.start(), m.end(), kind, first, last))
            taken.append((m.start(), m.end()))
    for m in _WEEKDAY.finditer(sentence):
        if free(m.start(), m.end()):
            found.append(DateMention(m.start(), m.end(), "weekday", weekday=WEEKDAYS[m.group("weekday").lower()]))
            taken.append((m.start(), m.end()))
    for kind, pattern in _RELATIVE.items():
        for m in pattern.finditer(sentence):
            if free(m.start(), m.end()):
                found.append(DateMention(m.start(), m.end(), kind))
                taken.append((m.start(), m.end()))
    for m in _DAY_OF_MONTH.finditer(sentence):
        if free(m.start(), m.end()) and 1 <= int(m.group("d1")) <= 31:
            found.append(DateMention(m.start(), m.end(), "day_of_month", PartialDate(None, None, int(m.group("d1")))))
            taken.append((m.start(), m.end()))
    for m in _YEAR_ONLY.finditer(sentence):
        if free(m.start(), m.end()):
            found.append(DateMention(m.start(), m.end(), "year", PartialDate(int(m.group("y1")))))
    found = [f for f in found if not _OTHER_EVENT.search(sentence[max(0, f.start - 80) : f.start])]
    return sorted(found, key=lambda f: f.start)


def _metadata_line(line: str) -> str | None:
    """The part of a line that may carry a publication date, or None for running text."""
    labelled = _PUBLISHED_LABEL.match(line)
    if labelled:
        return line[labelled.end() :][:40]
    for segment in line.split("|")[1:]:  # "By Cao Yin in Dushanbe | China Daily | Updated: 2014-09-19 08:02"
        stamped = _PUBLISHED_LABEL.match(segment.strip())
        if stamped:
            return segment.strip()[stamped.end() :][:40]
    words = re.findall(r"[A-Za-z]{2,}", line)
    return line if len(words) <= 8 else None


def publication_date(text: str) -> PartialDate | None:
    """The date the article was published, from datelines and metadata lines.

    Full dates on short metadata lines come first ("en.spp.gov.cn| October 19, 2023",
    "Xinhua | Updated: 2023-07-14 09:55", "(2023-08-11)", a closing "(Xinhua News Agency
    November 18, 2005)"); then a wire dateline without a year ("BEIJING, March 11 (Xinhua) --").
    Dates inside running text are never taken for the publication date.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines:
        candidate = _metadata_line(line)
        if candidate is None:
            continue
        for mention in find_dates(candidate):
            if mention.first and mention.first.complete and mention.last is None:
                return mention.first
    for line in lines[:12]:
        found = dateline(line)
        mention = next(iter(find_dates(found.date)), None) if found and found.date else None
        if mention and mention.first:
            return mention.first
    return None


def _with_year(day: PartialDate, published: PartialDate | None) -> PartialDate:
    """A day without a year takes the publication year, or last year's when that would put it after publication."""
    if day.year is not None or published is None or published.year is None:
        return day
    dated = replace(day, year=published.year)
    pub = published.as_date()
    if pub and dated.as_date() and dated.as_date() > pub + timedelta(days=7):  # type: ignore[operator]
        dated = replace(day, year=published.year - 1)
    return dated


def resolve(mention: DateMention, published: PartialDate | None, previous: str | None = None) -> str | None:
    """The ISO date a mention stands for, or None when the text cannot tell."""
    pub = published.as_date() if published else None
    if mention.kind == "weekday":
        if pub is None:
            return None
        return (pub - timedelta(days=(pub.weekday() - mention.weekday) % 7)).isoformat()  # type: ignore[operator]
    if mention.kind == "today":
        return published.iso() if published else None
    if mention.kind == "yesterday":
        return (pub - timedelta(days=1)).isoformat() if pub else None
    if mention.kind == "same_day":
        return previous
    if mention.kind in ("next_day", "previous_day"):
        day = date.fromisoformat(previous) if previous and re.fullmatch(r"\d{4}-\d\d-\d\d", previous) else None
        return (day + timedelta(days=1 if mention.kind == "next_day" else -1)).isoformat() if day else None
    assert mention.first is not None
    if mention.kind == "day_of_month":
        if published is None or published.month is None:
            return None
        return _with_year(replace(published, day=mention.first.day), published).iso() or None
    first = _with_year(mention.first, published)
    if mention.last is None:
        return first.iso() or None
    last = _with_year(mention.last, published)
    if first.year is None:
        last = replace(last, year=None)
    return f"{first.iso()}/{last.iso()}"


def date_when_unstated(span: str | None, published: PartialDate | None, recent: bool) -> str | None:
    """The date of a meeting whose sentences state none: the span of the visit it belongs to, else
    the publication year of a dated news report (a report tells of its own year's events), unless
    the report says only that it happened "recently", which may reach back across a new year."""
    if span:
        return span
    if published and published.year and not recent:
        return str(published.year)
    return None
