"""The corpus's records as a SQLite database of plain tables, for Datasette and SQL.

The index (``store``) keeps each meeting as one JSON record with the columns its
queries need; a researcher wants one row per fact instead, with readable
column names and foreign keys Datasette follows. The database is made with
sqlite-utils, the library Datasette's author keeps for this, imported here
only; full-text search (FTS5) covers the evidence sentences.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from .countries import alpha3_code, country_name
from .dataset import Dataset
from .filters import meeting_interval
from .outfile import replaced
from .records import Location, Meeting

COUNTRY = ("country", "countries", "code")


def meeting_key(column: str = "meeting_id") -> tuple[str, str, str]:
    return (column, "meetings", "id")


def person_key(column: str) -> tuple[str, str, str]:
    return (column, "people", "id")


# Each table: its columns in order with their types, its primary key, and its foreign keys. The
# tables are made in this order, so every table a foreign key names exists before it is named.
TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...], list[tuple[str, str, str]]]] = {
    "countries": ({"code": str, "name": str, "iso3": str}, "code", []),
    "articles": ({"id": str, "path": str, "title": str, "published": str, "url": str}, "id", []),
    "people": (
        {"id": str, "name": str, "country": str, "latest_title": str, "appearances": int}, "id", [COUNTRY],
    ),
    "meetings": (
        {"id": str, "date": str, "first_day": str, "last_day": str, "kind": str, "title": str,
         "city": str, "country": str},
        "id", [COUNTRY],
    ),
    "sources": ({"meeting_id": str, "article_id": str}, ("meeting_id", "article_id"),
                [meeting_key(), ("article_id", "articles", "id")]),
    "participants": (
        {"id": int, "meeting_id": str, "person_id": str, "name": str, "country": str, "role": str, "title": str},
        "id", [meeting_key(), person_key("person_id"), COUNTRY],
    ),
    "delegations": (
        {"id": int, "meeting_id": str, "country": str, "leader": str, "leader_id": str},
        "id", [meeting_key(), COUNTRY, person_key("leader_id")],
    ),
    "members": (
        {"id": int, "delegation_id": int, "name": str, "person_id": str},
        "id", [("delegation_id", "delegations", "id"), person_key("person_id")],
    ),
    "evidence": (
        {"id": int, "meeting_id": str, "article_id": str, "sentence": str},
        "id", [meeting_key(), ("article_id", "articles", "id")],
    ),
    # what procq.toml set by hand, so a researcher can tell a corrected value from an extracted one
    "corrections": (
        {"id": int, "meeting_id": str, "person_id": str, "field": str, "entry": str, "line": int},
        "id", [meeting_key(), person_key("person_id")],
    ),
}


def write_database(dataset: Dataset, path: Path) -> None:
    """Write the dataset as a new database at ``path``; a file already there is replaced once the new one is whole."""
    import sqlite_utils

    rows = table_rows(dataset)
    with replaced(path) as temporary:
        database = sqlite_utils.Database(temporary, recreate=True)
        try:
            with database.conn:
                for name, (columns, key, foreign_keys) in TABLES.items():
                    table = database[name]
                    table.create(columns, pk=key, foreign_keys=foreign_keys)
                    table.insert_all(rows[name])
                database["evidence"].enable_fts(["sentence"])
                database.index_foreign_keys()
        finally:
            database.close()


def table_rows(dataset: Dataset) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, as plain dictionaries keyed by column name, in the order of ``meetings --json``."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    rows["people"] = [
        {"id": p.id, "name": p.name, "country": p.country, "latest_title": p.latest_title, "appearances": p.appearances}
        for p in dataset.people
    ]
    for meeting in dataset.meetings:
        _add_meeting(rows, meeting, dataset)
    for person in dataset.people:
        for c in person.corrections:
            _add(rows, "corrections", {"meeting_id": None, "person_id": person.id, "field": c.field, "entry": c.entry,
                                       "line": c.line})
    articles = {source.article: source for meeting in dataset.meetings for source in meeting.sources}
    rows["articles"] = [
        {"id": s.article, "path": s.path, "title": s.title, "published": s.published, "url": s.url}
        for _, s in sorted(articles.items())
    ]
    codes = {row["country"] for name in ("people", "meetings", "participants", "delegations") for row in rows[name]}
    rows["countries"] = [
        {"code": code, "name": country_name(code), "iso3": alpha3_code(code)} for code in sorted(codes - {None})
    ]
    return rows


def _add(rows: dict[str, list[dict[str, Any]]], table: str, row: dict[str, Any]) -> int:
    """Add a row to a table; a row without a natural key is numbered in the order rows are added, from 1."""
    number = len(rows[table]) + 1
    rows[table].append({"id": number, **row} if "id" in TABLES[table][0] else row)
    return number


def _add_meeting(rows: dict[str, list[dict[str, Any]]], meeting: Meeting, dataset: Dataset) -> None:
    """A meeting's row and the rows of its sources, participants, delegations, members, evidence and corrections."""

    add = partial(_add, rows)

    def person_id(name: str | None, country: str | None) -> str | None:
        person = dataset.person(name, country) if name else None
        return person.id if person else None

    interval = meeting_interval(meeting.date)
    location = meeting.location or Location()
    rows["meetings"].append({
        "id": meeting.id, "date": meeting.date, "kind": meeting.kind, "title": meeting.title,
        "first_day": interval[0].isoformat() if interval else None,
        "last_day": interval[1].isoformat() if interval else None,
        "city": location.city, "country": location.country,
    })
    for source in meeting.sources:
        add("sources", {"meeting_id": meeting.id, "article_id": source.article})
    for p in meeting.participants:
        add("participants", {"meeting_id": meeting.id, "person_id": person_id(p.name, p.country), "name": p.name,
                             "country": p.country, "role": p.role, "title": p.title})
    for delegation in meeting.delegations:
        number = add("delegations", {
            "meeting_id": meeting.id, "country": delegation.country, "leader": delegation.leader,
            "leader_id": person_id(delegation.leader, delegation.country),
        })
        for member in delegation.members:
            add("members", {"delegation_id": number, "name": member, "person_id": person_id(member, delegation.country)})
    for evidence in meeting.evidence:
        add("evidence", {"meeting_id": meeting.id, "article_id": evidence.article, "sentence": evidence.sentence})
    for c in meeting.corrections:
        add("corrections", {"meeting_id": meeting.id, "person_id": None, "field": c.field, "entry": c.entry, "line": c.line})
