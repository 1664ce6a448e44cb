"""Date expressions in a sentence, and the day each stands for once the publication date is known.

The forms ("October 19, 2023", "from 5th to 8th November 2019", "19.10.2023") and
the relative words ("yesterday", "later that day") are rows of ``data/dates.toml``;
month and weekday names are dateutil's. A mention keeps what its words fix by
themselves; ``resolve`` adds what only the publication date can tell (SPEC: date
resolution), so a year is never invented where neither gives one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.parser import parserinfo

from ...dates import DateValue, PartialDate
from ..data import table



class _Names(parserinfo):
    """dateutil's English names, and the month names of ``data/dates.toml`` [months] after them."""

    MONTHS = [(*english, *(row[n] for row in table("dates")["months"].values()))
              for n, english in enumerate(parserinfo.MONTHS)]


_NAMES = _Names()
_ENGLISH = parserinfo()


SHORTEST_ANY_CASE = 4  # letters a month name of another language needs to be read in lower case too


def _names(forms: list[tuple[str, ...]], any_case: bool = False) -> str:
    """Names capitalised or in capitals (never lower case: "may" is a verb), longest first; with
    ``any_case``, long ones in lower case too."""
    words = {variant for names in forms for name in names
             for variant in (name[:1].upper() + name[1:], name.upper(), *([name.lower()] if any_case and len(name) >= SHORTEST_ANY_CASE else []))}
    return "(?-i:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# dateutil's full names, and the abbreviations that differ from them ("May" is both)
_FULL_MONTHS = [names[-1:] for names in _ENGLISH.MONTHS]
_SHORT_MONTHS = [tuple(short for short in names[:-1] if short != names[-1]) for names in _ENGLISH.MONTHS]
_OTHER_MONTHS = [tuple(row) for row in table("dates")["months"].values()]
_FULL_WEEKDAYS = [names[-1:] for names in _ENGLISH.WEEKDAYS]  # "Sun", "Sat", "Wed" are words too
_SHORT_WEEKDAYS = [names[:-1] for names in _ENGLISH.WEEKDAYS]  # read only where a stamp's format puts them
# The placeholders whose groups are numbered: {n} tells the start (1) from the end (2) of a span.
_DAY = r"(?<!\d)(?P<day{n}>[12]\d|3[01]|0?[1-9])"
_NUMBERED = {
    "day": _DAY + r"(?:st|nd|rd|th)?(?!\d|:\d)",  # not the hour of "Sep 15:00"
    "nth": _DAY + r"(?:st|nd|rd|th)(?![^\W\d_])",
    "dd": _DAY + r"(?!\d)",
    "mm": r"(?<!\d)(?P<month{n}>1[0-2]|0?[1-9])(?!\d)",
    "year": r"(?<!\d)(?P<year{n}>(?:19|20)\d\d)(?!\d)",
    # an abbreviation may take a full stop ("Oct."), a full name never ("on 10 April.")
    "month": r"(?P<month{n}>" + _names(_FULL_MONTHS) + "|" + _names(_OTHER_MONTHS, any_case=True) + "|"
             + _names(_SHORT_MONTHS) + r"\.?)(?![^\W\d_])",
}
_WEEKDAY = r"(?P<{group}>" + _names(_FULL_WEEKDAYS) + r")(?![^\W\d_])"
_SHORT_WEEKDAY = r"(?:" + _names(_SHORT_WEEKDAYS) + r")(?![^\W\d_])"
PLACEHOLDER = re.compile(r"\{([a-z]\w*)\}")  # {day}; never a quantifier such as {2}
_GROUP_KIND = {"day": "day", "nth": "day", "dd": "day", "mm": "month", "month": "month", "year": "year"}
_SPACE = r"\s{1,3}"
_DAY_SHIFT = {"today": 0, "yesterday": -1, "previous_day": -1, "next_day": 1}


@dataclass(frozen=True)
class DateMention:
    """A date expression of a sentence, with what its words fix by themselves."""

    start: int
    end: int
    value: DateValue | None  # None for relative words
    relative: str | None = None  # today | yesterday | same_day | next_day | previous_day | weekday | day_of_month
    weekday: int | None = None  # 0 = Monday, for relative == 'weekday'
    last_weekday: int | None = None  # the weekday a span of weekdays ends on ("on Thursday and Friday")
    day: int | None = None  # for relative == 'day_of_month' ("on the 5th")
    precision: str = "day"  # day | span | month | year: how much the words say


@lru_cache(maxsize=1)
def _fixed_placeholders() -> dict[str, str]:
    """The placeholders whose groups are not numbered: a weekday (its abbreviation, {wd}, for stamps), and the
    joiners of a span's ends."""
    joiners = "|".join(re.escape(word) for word in table("dates")["span_joiners"])
    return {"to": r"\s{0,3}(?:" + joiners + r")\s{0,3}", "weekday": _WEEKDAY.format(group="weekday"),
            "last_weekday": _WEEKDAY.format(group="last_weekday"), "wd": _SHORT_WEEKDAY}


def compile_pattern(pattern: str) -> re.Pattern:
    """A row of a date table as a regular expression: placeholders expanded, spaces loosened."""
    counts: dict[str, int] = {}
    fixed = _fixed_placeholders()

    def expand(found: re.Match) -> str:
        name = found.group(1)
        if name in fixed:
            return fixed[name]
        kind = _GROUP_KIND[name]
        counts[kind] = counts.get(kind, 0) + 1
        return _NUMBERED[name].format(n=counts[kind])

    return re.compile(PLACEHOLDER.sub(expand, pattern.replace(" ", _SPACE)), re.I)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NAMES.month(text.rstrip(".").lower())


def value_of(match: re.Match) -> DateValue | None:
    """The day, span, month or year a match of a date pattern names; None for an impossible one
    (30 February, a span that ends before it starts)."""
    groups = {name: value for name, value in match.groupdict().items() if value}

    def ends(kind: str) -> tuple[int | None, int | None]:
        found = [_number(groups[name]) for name in (kind + "1", kind + "2") if name in groups]
        return (found[0], found[-1]) if found else (None, None)

    (first_year, last_year), (first_month, last_month), (first_day, last_day) = ends("year"), ends("month"), ends("day")
    is_span = any(kind + "2" in groups for kind in ("year", "month", "day"))
    try:
        first = PartialDate(first_year, first_month, first_day)
        return DateValue(first, PartialDate(last_year, last_month, last_day) if is_span else None)
    except ValueError:
        return None


def _precision(value: DateValue) -> str:
    if value.last is not None:
        return "span"
    return "day" if value.first.day else "month" if value.first.month else "year"


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[re.Pattern], list[tuple[str, re.Pattern]]]:
    data = table("dates")
    absolute = [compile_pattern(row) for row in data["absolute"]]
    relative = [(kind, compile_pattern(row)) for kind, rows in data["relative"].items() for row in rows]
    return absolute, relative


def _absolute(found: re.Match) -> DateMention | None:
    value = value_of(found)
    return DateMention(found.start(), found.end(), value, precision=_precision(value)) if value else None


def _relative(kind: str, found: re.Match) -> DateMention:
    groups = found.groupdict()
    return DateMention(
        found.start(), found.end(), None, relative=kind,
        weekday=_NAMES.weekday(groups["weekday"]) if groups.get("weekday") else None,
        last_weekday=_NAMES.weekday(groups["last_weekday"]) if groups.get("last_weekday") else None,
        day=int(groups["day1"]) if groups.get("day1") else None,
        precision="span" if groups.get("last_weekday") else "day",
    )


def date_at(text: str, position: int) -> DateMention | None:
    """The longest date expression that begins exactly at ``position`` (a dateline's date)."""
    found = [m for pattern in _patterns()[0] if (m := pattern.match(text, position))]
    mentions = [mention for m in sorted(found, key=lambda m: -m.end()) if (mention := _absolute(m))]
    return mentions[0] if mentions else None


_IN_A_NAME = re.compile(r"\b[A-Z][\w.’']*\s+$")  # a capitalised word right before: the words go on a name


def find_dates(sentence: str) -> list[DateMention]:
    """Every date expression, left to right, non-overlapping, longest first: 'October 19, 2023',
    '19 Oct', 'Oct. 19th', '2023-10-19', '19.10.2023', '19/10/2023' (day first; a numeric form that
    cannot be day-first is not a date), 'from 5th to 8th November 2019', '8 – 12 July 2019',
    'December 4-5, 2023', 'from 20 to 23/9', 'September 2023', 'in 2019' (precision 'year'),
    'on Thursday', 'today', 'this morning', 'yesterday', 'on the same day', 'later that day',
    'the following day', 'the previous day', 'on the afternoon of the 5th', month names in capitals
    ('SEPTEMBER 26'). Times ('09:55', '12:04') and numbers that are not dates are not dates.
    Month and weekday names come from dateutil's parserinfo (not a table typed by hand);
    the relative phrases come from data/dates.toml."""
    absolute, relative = _patterns()
    found = [(m, None) for pattern in absolute for m in pattern.finditer(sentence)]
    found += [(m, kind) for kind, pattern in relative for m in pattern.finditer(sentence)]
    taken = bytearray(len(sentence))  # one flag a character: linear however many matches overlap
    chosen = []
    for match, kind in sorted(found, key=lambda pair: (pair[0].start() - pair[0].end(), pair[0].start())):
        if any(taken[match.start() : match.end()]):
            continue
        if kind == "today" and _IN_A_NAME.search(sentence, 0, match.start()) and match.group()[:2].istitle():
            continue  # "Kazakhstan Today", "USA Today": an outlet's name, not the day
        mention = _relative(kind, match) if kind else _absolute(match)
        if mention:  # an impossible day leaves its words to a shorter reading
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _lasting() -> tuple[dict[str, int], re.Pattern]:
    numbers = {word: int(days) for word, days in table("dates")["lasting_days"].items()}
    numbers.update({str(days): days for days in list(numbers.values())})
    return numbers, re.compile(r"\b(" + "|".join(numbers) + r")[- ]day\b", re.I)


def lasting_days(sentence: str) -> int | None:
    """How many days a sentence says something lasts ("a two-day meeting"), if it says."""
    numbers, pattern = _lasting()
    found = pattern.search(sentence)
    return numbers[found.group(1).lower()] if found else None


@lru_cache(maxsize=1)
def _ends() -> re.Pattern:
    return re.compile("|".join(table("dates")["gathering_ends"]), re.I)


def tells_an_end(sentence: str) -> bool:
    """Whether a sentence tells when something ends ("the meeting ends on Friday")."""
    return bool(_ends().search(sentence))


def stretched(day: PartialDate, days: int) -> DateValue | None:
    """The span of ``days`` days that opens on ``day``."""
    last = shifted(day, days - 1)
    return DateValue(day, last) if last is not None else None


def shifted(day: PartialDate, days: int) -> PartialDate | None:
    """A day moved by some days; without a year only where every year agrees (not across 29 February)."""
    if day.year is not None:
        moved = day.as_date() + timedelta(days=days)  # type: ignore[operator]
        return PartialDate(moved.year, moved.month, moved.day)
    try:
        leap = date(2000, day.month, day.day) + timedelta(days=days)  # type: ignore[arg-type]
        common = date(2001, day.month, day.day) + timedelta(days=days)  # type: ignore[arg-type]
    except ValueError:  # 29 February, which a common year lacks
        return None
    same = (leap.month, leap.day) == (common.month, common.day)
    return PartialDate(None, leap.month, leap.day) if same else None


def _day_of_month(published: PartialDate, day: int) -> DateValue | None:
    """"On the 24th" in a report of the 27th is this month's; in a report of the 3rd it is last month's,
    as a report follows what it tells. None where that month has no such day."""
    year, month = published.year, published.month
    if month is None:
        return None
    if published.day is not None and day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1 if year is not None else None, 12)
    try:
        return DateValue(PartialDate(year, month, day))
    except ValueError:  # "the 31st" of a 30-day month
        return None


def resolve(mention: DateMention, published: DateValue | None) -> DateValue | None:
    """SPEC's resolution: a day without a year takes the publication year when known (else stays
    '--MM-DD'); a weekday is the latest such weekday on or before the publication day (None without one);
    today/yesterday/next/previous relative to publication day; 'same_day' returns None (the caller
    carries the previous meeting's date); 'day_of_month' is that day of the publication month or the one before."""
    if mention.value is not None:
        if mention.value.has_year or published is None or not published.has_year:
            return mention.value
        return mention.value.with_year(published.first.year)  # type: ignore[arg-type]
    day = published.first if published else None
    if day is None or mention.relative == "same_day":
        return None
    if mention.relative == "day_of_month":
        return _day_of_month(day, mention.day)  # type: ignore[arg-type]
    if mention.relative == "weekday":
        known = day.as_date()
        if known is None or mention.weekday is None:
            return None
        last = mention.weekday if mention.last_weekday is None else mention.last_weekday
        latest = known - timedelta(days=(known.weekday() - last) % 7)
        first = latest - timedelta(days=(last - mention.weekday) % 7)  # "on Thursday and Friday": the days before it
        end = PartialDate(latest.year, latest.month, latest.day)
        return DateValue(PartialDate(first.year, first.month, first.day), end if first != latest else None)
    moved = shifted(day, _DAY_SHIFT[mention.relative]) if day.day else None  # type: ignore[index]
    return DateValue(moved) if moved else None
