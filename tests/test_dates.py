"""procq.dates: the one date value of procq, at any precision or as a span (SPEC: field values, date)."""
from __future__ import annotations

from datetime import date

import pytest

from procq.dates import DateValue, PartialDate


@pytest.mark.parametrize(
    "value, iso",
    [
        (PartialDate(2023, 10, 19), "2023-10-19"),
        (PartialDate(2023, 10), "2023-10"),
        (PartialDate(2023), "2023"),
        (PartialDate(None, 4, 10), "--04-10"),  # 001: "on 10 April", no year anyone can know
        (PartialDate(None, 2, 29), "--02-29"),  # possible in some year
    ],
)
def test_a_partial_date_prints_at_its_precision(value, iso):
    assert value.iso() == iso


def test_only_a_complete_date_is_a_real_day():
    assert PartialDate(2023, 10, 19).as_date() == date(2023, 10, 19)
    assert PartialDate(2023, 10).as_date() is None
    assert PartialDate(None, 10, 19).as_date() is None


@pytest.mark.parametrize("parts", [(2023, 2, 30), (None, None, 5), (None, 10, None), (2023, None, 5), (None, 13, 1), (None, None, None)])
def test_an_impossible_date_cannot_be_made(parts):
    with pytest.raises(ValueError):
        PartialDate(*parts)


@pytest.mark.parametrize(
    "iso",
    ["2023-10-19", "2023-10", "2023", "--04-10", "2019-11-05/2019-11-08", "--12-04/--12-05", "2019-12-30/2020-01"],
)
def test_parse_is_the_inverse_of_iso(iso):
    value = DateValue.parse(iso)
    assert value is not None and value.iso() == iso and str(value) == iso


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2019-11-05/08", "2019-11-05/2019-11-08"),  # ISO 8601 lets an interval's end leave out what it shares
        ("2019-11-05/12-02", "2019-11-05/2019-12-02"),
        ("--12-04/05", "--12-04/--12-05"),
        (" 2023-10-19 ", "2023-10-19"),
    ],
)
def test_parse_completes_a_shortened_end(text, iso):
    assert DateValue.parse(text).iso() == iso


@pytest.mark.parametrize(
    "text",
    [None, "", "soon", "2023-13", "2023-02-30", "2023-10-19/2023-10-01", "2023-10-19/--10-20", "--12-30/--01-02", "2019-11-05/", "/08"],
)
def test_parse_refuses_junk_impossible_days_and_backward_spans(text):
    assert DateValue.parse(text) is None


@pytest.mark.parametrize(
    "iso, interval",
    [
        ("2023-10-19", (date(2023, 10, 19), date(2023, 10, 19))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2019-11-05/2019-11-08", (date(2019, 11, 5), date(2019, 11, 8))),
        ("2019-12-30/2020-01", (date(2019, 12, 30), date(2020, 1, 31))),
    ],
)
def test_a_value_covers_the_real_days_it_names(iso, interval):
    assert DateValue.parse(iso).interval() == interval


@pytest.mark.parametrize("iso", ["--04-10", "--12-04/--12-05"])
def test_a_value_without_a_year_covers_no_real_days(iso):
    value = DateValue.parse(iso)
    assert not value.has_year and value.interval() is None


def test_a_missing_year_is_filled_at_both_ends():
    # d015: "on December 4-5" in a report dated 2023
    assert DateValue.parse("--12-04/--12-05").with_year(2023).iso() == "2023-12-04/2023-12-05"
    assert DateValue.parse("--04-10").with_year(2024).has_year


def test_a_year_already_given_is_kept():
    assert DateValue.parse("2019-11-05/2019-11-08").with_year(2023).iso() == "2019-11-05/2019-11-08"
