"""The one date value of procq: a day of any precision, or a span of days.

Articles state dates at every precision ("in 2019", "September 2023", "on Oct 19",
"from 5th to 8th November 2019"), sometimes without a year that anyone could
know. Extraction, merging and the filters all speak of them in ISO 8601 with
reduced precision (``2023-10-19``, ``2023-10``, ``2023``, ``--10-19`` for a day
without a year, ``A/B`` for a span), so this module is the only place that
reads, writes and measures such dates.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

_PARTIAL = re.compile(r"(?:(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?|--(?P<ymonth>\d{2})-(?P<yday>\d{2}))")
# An ISO 8601 interval may leave out of its end the parts it shares with its start: 2019-11-05/08.
_FULL_END = re.compile(r"\d{4}|--")


@dataclass(frozen=True)
class PartialDate:
    """A calendar day that may lack its year, month or day: a year, a month of a year, a day of
    a year, or a day of a month with no year that the text lets anyone know (``--04-10``)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        shape = (self.year is not None, self.month is not None, self.day is not None)
        if shape not in ((True, False, False), (True, True, False), (True, True, True), (False, True, True)):
            raise ValueError(f"not a date of any precision: {self}")
        # a day without a year is checked against a leap year, so 29 February stays possible
        date(self.year or 2000, self.month or 1, self.day or 1)

    def iso(self) -> str:
        """ISO 8601 at this precision: '2023-10-19', '2023-10', '2023', '--10-19'."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        parts = [f"{self.year:04d}"] + [f"{part:02d}" for part in (self.month, self.day) if part is not None]
        return "-".join(parts)

    def as_date(self) -> date | None:
        """The day itself, when year, month and day are all known."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def first_day(self) -> date | None:
        """The first real day this date covers (1 January for a year); None without a year."""
        if self.year is None:
            return None
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date | None:
        """The last real day this date covers (31 December for a year); None without a year."""
        if self.year is None:
            return None
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    @classmethod
    def parse(cls, text: str) -> PartialDate | None:
        """The date an ISO 8601 text of reduced precision names; None for anything else."""
        found = _PARTIAL.fullmatch(text)
        if not found:
            return None
        parts = found.groupdict()
        year, month, day = parts["year"], parts["month"] or parts["ymonth"], parts["day"] or parts["yday"]
        try:
            return cls(*(int(part) if part else None for part in (year, month, day)))
        except ValueError:
            return None


@dataclass(frozen=True)
class DateValue:
    """What a meeting's or an article's date is: one day of any precision, or a span (first to last)."""

    first: PartialDate
    last: PartialDate | None = None

    def __post_init__(self) -> None:
        if self.last is None:
            return
        if (self.first.year is None) != (self.last.year is None):
            raise ValueError(f"a span's ends must both have a year or both lack one: {self.iso()}")
        if self.first.year is None:  # no year: the span must run forward within one year
            ordered = (self.first.month, self.first.day) <= (self.last.month, self.last.day)
        else:
            ordered = self.first.first_day() <= self.last.last_day()  # type: ignore[operator]
        if not ordered:
            raise ValueError(f"a span that ends before it starts: {self.iso()}")

    def __str__(self) -> str:
        return self.iso()

    def iso(self) -> str:
        """'2019-11-05/2019-11-08' for a span; the ISO form of the one date otherwise."""
        return self.first.iso() if self.last is None else f"{self.first.iso()}/{self.last.iso()}"

    @classmethod
    def parse(cls, text: str | None) -> DateValue | None:
        """The value an ISO text names, the inverse of ``iso()``; an interval may shorten its end
        as ISO 8601 allows (``2019-11-05/08``). None for junk, impossible days and spans that end
        before they start."""
        if not text or not text.strip():
            return None
        start_text, slash, end_text = text.strip().partition("/")
        if slash and not _FULL_END.match(end_text):
            start_parts, end_parts = start_text.split("-"), end_text.split("-")
            end_text = "-".join(start_parts[: max(len(start_parts) - len(end_parts), 0)] + end_parts)
        first, last = PartialDate.parse(start_text), PartialDate.parse(end_text) if slash else None
        if first is None or (slash and last is None):
            return None
        try:
            return cls(first, last)
        except ValueError:
            return None

    def interval(self) -> tuple[date, date] | None:
        """The real days covered, first to last; None without a year."""
        start, end = self.first.first_day(), (self.last or self.first).last_day()
        return (start, end) if start and end else None

    def with_year(self, year: int) -> DateValue:
        """The same day or span with the year filled in where it was missing."""
        if self.has_year:
            return self
        return DateValue(replace(self.first, year=year), replace(self.last, year=year) if self.last else None)

    @property
    def has_year(self) -> bool:
        return self.first.year is not None
