"""Every listing in every format, parsed as its readers parse it (json, the csv module), field by field.

The commands run on tests/data/written with hand-annotated facts, as in test_cli.py.
"""
from __future__ import annotations

import csv
import io
import json

import pytest

from procq.exit_codes import ExitStatus

# Each listing, and how many rows its JSON holds for the rows of the other formats.
LISTINGS = {
    "meetings": (["meetings"], len),
    "people": (["people"], len),
    "delegations": (["delegations"], len),
    "countries": (["countries"], len),
    "person": (["person", "Zhang Jun"], lambda page: len(page["appearances"])),
    "search": (["search", "prosecutor"], len),
}


@pytest.fixture
def written(procq, written_dir, extraction_as_written):
    return lambda *args, **kwargs: procq("--corpus", written_dir, *args, **kwargs)


def answered(result) -> str:
    assert result.exit_code == ExitStatus.ANSWERED, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def parsed(text: str, output_format: str) -> list:
    """What a reader of that format gets: rows of cells for csv and tsv, objects for json lines."""
    if output_format == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    if output_format == "csv":
        return list(csv.reader(io.StringIO(text)))
    return list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("listing", LISTINGS)
def test_every_listing_parses_in_every_format(written, listing):
    args, row_count = LISTINGS[listing]
    whole = json.loads(answered(written(*args, "--json")))
    assert json.loads(answered(written(*args, "--format", "json"))) == whole
    rows = row_count(whole)
    assert rows, f"procq {listing} answers nothing on the written corpus: the test would prove little"
    assert answered(written(*args, "--format", "table")) == answered(written(*args))
    lines = parsed(answered(written(*args, "--format", "jsonl")), "jsonl")
    assert lines == (whole["appearances"] if listing == "person" else whole)
    for output_format in ("csv", "tsv"):
        header, *cells = parsed(answered(written(*args, "--format", output_format)), output_format)
        assert len(cells) == rows
        assert len(set(header)) == len(header)
        assert all(len(row) == len(header) for row in cells)


def csv_rows(result) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(answered(result))))


def test_meetings_csv_is_one_meeting_a_row_with_nested_fields_flattened(written):
    minsk = {row["id"]: row for row in csv_rows(written("meetings", "--format", "csv"))}["w01-minsk-2021#1"]
    assert minsk == {
        "id": "w01-minsk-2021#1",
        "date": "2021-03-02",
        "kind": "bilateral",
        "title": "Belarusian Prosecutor General meets Chinese counterpart",
        "location_city": "Minsk",
        "location_country": "BY",
        "participants": "Andrei Shved (BY, host); Zhang Jun (CN, guest); Sun Qian (CN, attendee)",
        "delegations": "CN: Zhang Jun with Sun Qian",
        "sources": "w01-minsk-2021",
        "evidence": minsk["evidence"],
        "corrections": "",  # procq.toml corrected nothing
    }
    assert "Andrei Shved met with Zhang Jun" in minsk["evidence"]


def test_an_unknown_value_is_an_empty_cell(written):
    undated = {row["id"]: row for row in csv_rows(written("meetings", "--format", "csv"))}["w05-no-date#1"]
    assert undated["date"] == ""


def test_fields_pick_and_order_the_columns_of_csv_tsv_and_json_lines(written):
    assert parsed(answered(written("meetings", "--format", "tsv", "--fields", "date, id")), "tsv")[:2] == [
        ["date", "id"], ["2019-11-05/2019-11-08", "w02-nanning-2019#1"]]
    first = parsed(answered(written("meetings", "--format", "jsonl", "--fields", "id,location")), "jsonl")[0]
    assert list(first) == ["id", "location"]
    assert csv_rows(written("meetings", "--format", "csv", "--fields", "location"))[0] == {
        "location_city": "Nanning", "location_country": "CN"}


def test_person_rows_are_the_appearances(written):
    rows = {row["meeting_id"]: row for row in csv_rows(written("person", "Zhang Jun", "--format", "csv"))}
    minsk = rows["w01-minsk-2021#1"]
    assert (minsk["date"], minsk["role"], minsk["location_city"], minsk["counterparts"]) == (
        "2021-03-02", "guest", "Minsk", "Andrei Shved; Sun Qian")


def test_an_empty_answer_is_a_header_alone(written):
    text = answered(written("meetings", "--kind", "domestic", "--country", "BY", "--format", "csv"))
    assert text.splitlines() == ["id,date,kind,title,location_city,location_country,participants,delegations,sources,evidence,corrections"]
    assert answered(written("people", "--country", "JP", "--format", "jsonl")) == ""


def test_a_date_filter_note_goes_to_stderr_beside_the_rows(written):
    result = written("meetings", "--since", "2020", "--format", "csv")
    assert "left out" in result.stderr and "left out" not in result.stdout


@pytest.mark.parametrize("args, phrases", [
    (["meetings", "--format", "csv", "--fields", "id,nope"],
     ["no field 'nope'", "the fields are id, date, kind, title, location, participants"]),
    (["meetings", "--json", "--format", "csv"], ["--json is short for --format json"]),
    (["people", "--fields", "name"], ["--fields picks the columns of --format jsonl, csv or tsv"]),
    (["people", "--format", "csv", "--fields", ","], ["--fields needs at least one field name"]),
    (["delegations", "--format", "xml"], ["xml"]),
])
def test_bad_output_options_are_bad_usage(written, args, phrases):
    result = written(*args)
    assert result.exit_code == ExitStatus.BAD_USAGE, result.stdout
    assert result.stdout == "" and "Traceback" not in result.stderr
    for phrase in phrases:
        assert phrase in result.stderr
