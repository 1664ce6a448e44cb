"""The values a user filters by: date bounds, countries, kinds of meeting.

Users write dates the way they think of them (``2023``, ``July 2023``,
``14 Jul 2023``); meetings carry ISO 8601 dates of any precision, intervals,
or no year at all (``--04-10``). Both sides become intervals of real days here,
so "does this meeting fall in the range" is one overlap test. Every bad value
raises ``FilterError`` with a message meant for the user, never a traceback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser as date_parser

from .countries import country_code
from .dates import DateValue, PartialDate

KINDS = ("bilateral", "multilateral", "domestic")

# Two defaults that differ in every field: what the text leaves out takes the
# default, so parsing twice tells the first day and the last day it covers.
_EARLIEST_DEFAULT = datetime(2000, 1, 1)
_LATEST_DEFAULT = datetime(2001, 12, 31)


class FilterError(ValueError):
    """A filter value the user gave cannot be understood; the message says why."""


Interval = tuple[date, date]

# Numbers alone read one way only year first: 2023, 2023-07, 2023-07-14.
_YEAR_FIRST = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?")
_NUMBER = re.compile(r"\d+")


def _refuse_guesses(text: str) -> None:
    """Refuse what a date parser would only guess at: a day and a month in numbers (is 01/10/2023
    the first of October or the tenth of January?) and a year of other than four digits (99)."""
    numbers = _NUMBER.findall(text)
    if not numbers:
        return  # words alone ("July", "someday") are the parser's to read or refuse
    if len(numbers) > 1 and not any(char.isalpha() for char in text):
        raise FilterError(
            f"ambiguous date: {text!r} (day and month can be read either way round; write 2023-10-01 or 1 Oct 2023)"
        )
    years = [number for number in numbers if len(number) == 4]
    if len(years) != 1 or any(len(number) > 2 for number in numbers if number not in years):
        raise FilterError(f"a year has four digits: {text!r} (try 2023, July 2023 or 2023-10-01)")


def _date_span(text: str) -> Interval:
    """The first and last day a user's date covers: ``2023`` is the whole year."""
    cleaned = text.strip() if isinstance(text, str) else ""
    not_a_date = FilterError(f"not a date: {text!r} (try 2023, 2023-07, July 2023 or 14 Jul 2023)")
    if not cleaned:
        raise not_a_date
    if _YEAR_FIRST.fullmatch(cleaned):
        try:
            named = PartialDate(*(int(part) for part in cleaned.split("-")))
            return named.first_day(), named.last_day()  # type: ignore[return-value]
        except ValueError:
            raise not_a_date from None  # "0000", "2023-13"
    _refuse_guesses(cleaned)
    try:
        first = date_parser.parse(cleaned, default=_EARLIEST_DEFAULT)
        last = date_parser.parse(cleaned, default=_LATEST_DEFAULT)
    except (ValueError, OverflowError) as error:
        raise not_a_date from error
    if first.year != last.year:
        raise FilterError(f"a date needs a year: {text!r} (try July 2023)")
    return first.date(), last.date()


def parse_since(text: str) -> date:
    """The first day of what the user wrote: ``--since 2023`` starts on 2023-01-01."""
    return _date_span(text)[0]


def parse_until(text: str) -> date:
    """The last day of what the user wrote: ``--until 2024`` runs through 2024-12-31."""
    return _date_span(text)[1]


@dataclass(frozen=True)
class DateRange:
    """The days a date filter lets through; an open end is None."""

    since: date | None = None
    until: date | None = None

    @property
    def is_open(self) -> bool:
        """True when no bound was given, so every meeting passes, undated ones included."""
        return self.since is None and self.until is None

    def overlaps(self, interval: Interval) -> bool:
        """True when any day of the interval lies inside the range."""
        start, end = interval
        return (self.since is None or end >= self.since) and (self.until is None or start <= self.until)


def date_range(since: str | date | None = None, until: str | date | None = None) -> DateRange:
    """The range of ``--since``/``--until``, from the user's text or from dates."""
    first = parse_since(since) if isinstance(since, str) else since
    last = parse_until(until) if isinstance(until, str) else until
    if first and last and first > last:
        raise FilterError(f"--since {since} is after --until {until}")
    return DateRange(first, last)


@lru_cache(maxsize=16384)  # a corpus repeats few dates, and merging compares each many times
def meeting_interval(value: str | None) -> Interval | None:
    """The real days a meeting's date covers; None when it has no year (``--04-10``) or no date.

    Intervals may abbreviate their end as ISO 8601 allows (``2019-11-05/08``).
    A date that cannot be read counts as having no year, so a filter leaves it
    out rather than placing it wrongly.
    """
    parsed = DateValue.parse(value)
    return parsed.interval() if parsed else None


def parse_country(text: str) -> str:
    """The ISO code for a name, demonym or code the user gave (``Russia``, ``Russian``, ``RU``)."""
    code = country_code(text or "")
    if not code:
        raise FilterError(f"unknown country: {text!r} (give a name, a demonym or an ISO code such as RU)")
    return code


def parse_person(text: str) -> str:
    """A person's name as the user typed it; one without a letter or a digit names nobody."""
    if not any(char.isalnum() for char in text or ""):
        raise FilterError(f'empty name: {text!r} (give a name or a surname, e.g. "Ying Yong")')
    return text.strip()


def parse_kind(text: str) -> str:
    """One of the kinds of meeting, in any case."""
    kind = (text or "").strip().lower()
    if kind not in KINDS:
        raise FilterError(f"unknown kind of meeting: {text!r} (one of {', '.join(KINDS)})")
    return kind
