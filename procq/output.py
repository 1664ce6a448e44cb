"""One place that prints every listing in every format: a table, JSON, JSON lines, CSV, TSV.

A command hands over an ``Answer``: its rows (records of one dataclass), the
table that people read, and what ``--json`` prints when that is not the rows
(one person's page). Everything else is decided here, from the rows' type, so
a new listing gets every format without a line of its own:

- ``json``: the shape SPEC.md and the README promise, indented at a terminal and on one line
  for a program (``Environment.show_json``);
- ``jsonl``: one row a line, as ``jq -c`` and streaming readers want it;
- ``csv`` and ``tsv``: a header row, then one row per record; a nested record
  is spread into one column per scalar (``location_city``, ``location_country``)
  and a list is one cell, its items joined by ``; `` and each written as a
  spreadsheet user reads it (participants as ``Name (CN, host)``).

``--fields`` names fields of the rows, as gh's ``--json fields`` does, and
keeps only those for jsonl, csv and tsv.
"""
from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, get_args, get_origin, get_type_hints

from .records import Delegation, Evidence, Participant, Source
from .render import plain, with_note

if TYPE_CHECKING:
    from rich.console import RenderableType

    from .render import Environment


class Format(str, enum.Enum):
    """The shapes a listing can be printed in (``--format``)."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


ROW_FORMATS = (Format.jsonl, Format.csv, Format.tsv)
"""The formats that print rows, and so the ones ``--fields`` picks columns for."""
ITEM_SEPARATOR = "; "


class OutputError(ValueError):
    """Output that cannot be given as asked, a mistake of usage: options that cannot go together, a field the
    rows do not have, a file that cannot be written (the message names it and says why)."""


Columns = Callable[[Any], dict[str, Any]]
"""Turns one field's value into the CSV columns it spreads into (``procq countries``' years)."""


@dataclass
class Answer:
    """What a command answers with, for ``write`` to print in the format asked for.

    A listing gives its ``rows`` (records of ``row_type``); one record, such as a meeting or a
    person's page, is ``whole``, what ``--format json`` prints in place of the rows.
    """

    table: Callable[[], "RenderableType"]
    rows: Sequence[Any] = ()
    row_type: type | None = None
    whole: Any = None
    note: str | None = None  # said under the table, or on stderr beside the other formats
    spread: dict[str, Columns] = field(default_factory=dict)


@dataclass(frozen=True)
class OutputChoice:
    """The format and fields a user asked for, checked against each other."""

    format: Format = Format.table
    fields: tuple[str, ...] = ()

    @classmethod
    def of(cls, output_format: Format | None, as_json: bool, fields: str | None) -> "OutputChoice":
        """Read ``--format``, ``--json`` (short for ``--format json``) and ``--fields FIELD,...``."""
        if as_json and output_format not in (None, Format.json):
            raise OutputError(f"--json is short for --format json: give one of --json and --format {output_format.value}")
        chosen = Format.json if as_json else output_format or Format.table
        names = tuple(name.strip() for name in (fields or "").split(",") if name.strip())
        if fields is not None and not names:
            raise OutputError("--fields needs at least one field name")
        if names and chosen not in ROW_FORMATS:
            raise OutputError(f"--fields picks the columns of --format jsonl, csv or tsv, not of {chosen.value}")
        return cls(chosen, names)


def write(env: "Environment", answer: Answer, choice: OutputChoice) -> None:
    """Print the answer as ``choice`` asks; a note goes under a table, else to stderr."""
    if choice.format is Format.table:
        env.show(with_note(answer.table(), answer.note))
        return
    if choice.format is Format.json:
        env.show_json(list(answer.rows) if answer.whole is None else answer.whole)
    else:
        _write_rows(env, answer, choice)
    if answer.note:
        env.note(answer.note)


def _write_rows(env: "Environment", answer: Answer, choice: OutputChoice) -> None:
    """JSON lines, CSV or TSV: one line per row, of the fields chosen (every field when none is)."""
    assert answer.row_type is not None, "only a listing has rows to print"
    names = known_fields(answer.row_type)
    unknown = [name for name in choice.fields if name not in names]
    if unknown:
        raise OutputError(f"no field {', '.join(map(repr, unknown))} in these rows; the fields are {', '.join(names)}")
    chosen = list(choice.fields) or names
    if choice.format is Format.jsonl:
        env.write_lines(json.dumps(_picked(plain(row), chosen), ensure_ascii=False) for row in answer.rows)
        return
    hints = _hints(answer.row_type)
    table = [flat_row(row, hints, chosen, answer.spread) for row in answer.rows]
    header = list(table[0]) if table else [column for name in chosen if name not in answer.spread
                                           for column in _columns(name, hints[name], None)]
    env.write_lines(_delimited([header, *([row[column] for column in header] for row in table)], choice.format))


def _picked(record: dict[str, Any], chosen: list[str]) -> dict[str, Any]:
    return {name: record[name] for name in chosen}


def known_fields(row_type: type) -> list[str]:
    """The fields of a listing's rows, in their order: what ``--fields`` may name."""
    return [item.name for item in fields(row_type)]


@lru_cache(maxsize=None)
def _hints(row_type: type) -> dict[str, Any]:
    return get_type_hints(row_type)


def flat_row(row: Any, hints: dict[str, Any], chosen: Iterable[str], spread: dict[str, Columns]) -> dict[str, str]:
    """One CSV row of a record: a column per scalar, nested records spread, lists joined."""
    cells: dict[str, str] = {}
    for name in chosen:
        value = getattr(row, name)
        columns = spread[name](value) if name in spread else _columns(name, hints[name], value)
        cells.update((column, _text(cell)) for column, cell in columns.items())
    return cells


def _columns(name: str, hint: Any, value: Any) -> dict[str, Any]:
    """The columns one field becomes: ``location`` is ``location_city`` and ``location_country``."""
    nested = _record_type(hint)
    if nested is not None:
        inner = _hints(nested)
        return {f"{name}_{column}": cell for item in fields(nested)
                for column, cell in _columns(item.name, inner[item.name], getattr(value, item.name, None)).items()}
    if get_origin(hint) is list:
        return {name: ITEM_SEPARATOR.join(item_label(item) for item in value or [])}
    return {name: value}


def _record_type(hint: Any) -> type | None:
    """The record a field holds (``Location`` of ``Location | None``), or None for a scalar or list."""
    if is_dataclass(hint):
        return hint
    return next((argument for argument in get_args(hint) if is_dataclass(argument)), None) if get_origin(hint) is not list else None


def _participant(item: Participant) -> str:
    return f"{item.name} ({', '.join(part for part in (item.country, item.role) if part)})"


def _delegation(item: Delegation) -> str:
    members = f" with {', '.join(item.members)}" if item.members else ""
    return f"{item.country or 'no country'}: {item.leader or 'no leader named'}{members}"


LABELS: dict[type, Callable[[Any], str]] = {
    Participant: _participant,
    Delegation: _delegation,
    Source: lambda source: source.article,
    Evidence: lambda evidence: evidence.sentence,
}
"""How the items of the records' lists read in one cell; any other record reads by ``item_label``'s rule."""


def item_label(item: Any) -> str:
    """One item of a list, as a spreadsheet cell shows it: 'Ying Yong (CN, host)', 'AZ: Kamran Aliyev with A, B'."""
    if type(item) in LABELS:
        return LABELS[type(item)](item)
    if is_dataclass(item):  # any other record: its first field, its other scalars in brackets
        first, *rest = [getattr(item, f.name) for f in fields(item)]
        more = [_text(value) for value in rest if value is not None and not isinstance(value, list)]
        return f"{first} ({', '.join(more)})" if more else str(first)
    return _text(item)


def _text(value: Any) -> str:
    """A cell: empty for unknown, true/false for a flag, the value's text otherwise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _delimited(rows: Iterable[list[str]], kind: Format) -> Iterable[str]:
    """CSV as RFC 4180 quotes it; TSV as tab-separated values are (no quoting, so no tab or line break in a cell)."""
    if kind is Format.tsv:
        for row in rows:
            yield "\t".join(" ".join(cell.split()) if any(c in cell for c in "\t\r\n") else cell for cell in row)
        return
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(row)
        yield buffer.getvalue().removesuffix("\n")
        buffer.seek(0)
        buffer.truncate()
