"""Date bounds, meeting dates, countries and kinds, as the filters of every command read them."""
from datetime import date

import pytest

from procq.filters import (
    DateRange,
    FilterError,
    date_range,
    meeting_interval,
    parse_country,
    parse_kind,
    parse_since,
    parse_until,
)


@pytest.mark.parametrize(
    "text, since, until",
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("2023-07", date(2023, 7, 1), date(2023, 7, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-07-14", date(2023, 7, 14), date(2023, 7, 14)),
        ("July 2023", date(2023, 7, 1), date(2023, 7, 31)),
        ("14 Jul 2023", date(2023, 7, 14), date(2023, 7, 14)),
        (" 2023 ", date(2023, 1, 1), date(2023, 12, 31)),
        ("2023-7-1", date(2023, 7, 1), date(2023, 7, 1)),
        ("1 October 2023", date(2023, 10, 1), date(2023, 10, 1)),
        ("October 1st, 2023", date(2023, 10, 1), date(2023, 10, 1)),
    ],
)
def test_each_accepted_form_covers_the_days_it_names(text, since, until):
    assert parse_since(text) == since
    assert parse_until(text) == until


@pytest.mark.parametrize("text", ["yesterday-ish", "", "2023-13", "0000", "99999", "July", "14 Jul"])
def test_bad_dates_raise_a_filter_error_that_is_a_value_error(text):
    with pytest.raises(FilterError) as raised:
        parse_since(text)
    assert isinstance(raised.value, ValueError)
    assert repr(text) in str(raised.value) or "year" in str(raised.value)


@pytest.mark.parametrize("text", ["01/10/2023", "10/01/2023", "1.10.2023", "2023/10/01", "01-10-2023"])
def test_day_and_month_in_numbers_are_refused_as_ambiguous(text):
    with pytest.raises(FilterError, match="ambiguous date.*2023-10-01 or 1 Oct 2023"):
        parse_since(text)


@pytest.mark.parametrize("text", ["99", "Jul 99", "14 Jul 23", "99999", "July 20231"])
def test_a_year_must_have_four_digits(text):
    with pytest.raises(FilterError, match="a year has four digits"):
        parse_until(text)


def test_a_date_without_a_year_is_refused_with_the_reason():
    with pytest.raises(FilterError, match="needs a year"):
        parse_until("July")


def test_a_range_that_ends_before_it_starts_is_refused():
    with pytest.raises(FilterError, match="after"):
        date_range("2024", "2023")


def test_a_range_accepts_dates_as_well_as_text():
    assert date_range(date(2023, 1, 1), "2023") == DateRange(date(2023, 1, 1), date(2023, 12, 31))
    assert date_range().is_open


@pytest.mark.parametrize(
    "value, interval",
    [
        ("2023-10-19", (date(2023, 10, 19), date(2023, 10, 19))),
        ("2023-10", (date(2023, 10, 1), date(2023, 10, 31))),
        ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2019-11-05/2019-11-08", (date(2019, 11, 5), date(2019, 11, 8))),
        ("2019-11-05/08", (date(2019, 11, 5), date(2019, 11, 8))),
        ("2019-12-30/2020-01", (date(2019, 12, 30), date(2020, 1, 31))),
    ],
)
def test_meeting_dates_become_the_days_they_cover(value, interval):
    assert meeting_interval(value) == interval


@pytest.mark.parametrize("value", [None, "", "--04-10", "--12-04/--12-05", "2023-02-30", "soon", "2023-10-19/2023-10-01"])
def test_meeting_dates_without_a_year_or_unreadable_have_no_interval(value):
    assert meeting_interval(value) is None


def test_a_meeting_matches_a_range_it_overlaps():
    conference = meeting_interval("2019-12-30/2020-01-02")
    assert date_range(since="2020").overlaps(conference)
    assert date_range(until="2019").overlaps(conference)
    assert not date_range(since="2020-02").overlaps(conference)
    assert not date_range(until="2019-11").overlaps(conference)


def test_a_month_bound_reaches_a_day_inside_it():
    assert date_range(since="2023-07", until="July 2023").overlaps(meeting_interval("2023-07-31"))


@pytest.mark.parametrize("text", ["Russia", "Russian", "RU", "ru", "the Russian Federation"])
def test_countries_are_read_from_names_demonyms_and_codes(text):
    assert parse_country(text) == "RU"


def test_an_unknown_country_is_a_clear_error():
    with pytest.raises(FilterError, match="unknown country: 'Atlantis'"):
        parse_country("Atlantis")


def test_kinds_are_read_in_any_case_and_others_refused():
    assert parse_kind("Bilateral") == "bilateral"
    with pytest.raises(FilterError, match="bilateral, multilateral, domestic"):
        parse_kind("trilateral")
