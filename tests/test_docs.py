"""The README documents every command, every option and every JSON field, or this fails.

Commands and options come from the Typer app itself, the JSON fields from the
records the commands print, so adding either without documenting it breaks
the build (as sqlite-utils's docs test does).
"""
from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import get_args, get_type_hints

import pytest
import typer

from procq.cli import app
from procq.index import CountryActivity, DelegationRow, Person, PersonSummary, SearchHit
from procq.records import Meeting

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
CLI = typer.main.get_command(app)
COMMANDS = sorted(CLI.commands)


def section(command: str) -> str:
    """The README text under '### procq COMMAND', up to the next heading."""
    found = re.search(rf"^### procq {command}\n(.*?)(?=^##)", README, re.S | re.M)
    assert found, f"README has no section '### procq {command}'"
    return found.group(1)


def long_options(command) -> list[str]:
    return [opt for param in command.params for opt in param.opts if opt.startswith("--")]


def field_names(record: type) -> set[str]:
    """The keys of a record's JSON, nested records (lists of them, optional ones) included."""
    hints = get_type_hints(record)
    names = set()
    for item in fields(record):
        names.add(item.name)
        for nested in get_args(hints[item.name]):
            if is_dataclass(nested):
                names |= field_names(nested)
    return names


def test_readme_starts_with_the_two_commands_a_newcomer_runs():
    first_lines = README.split("## ")[0]
    assert "pip install . && .venv/bin/procq meetings --since 2023" in first_lines
    assert "pip install '.[test]' && .venv/bin/python -m pytest" in first_lines


def test_the_readme_names_the_python_pyproject_requires():
    import tomllib

    required = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    assert required.startswith(">=") and f"Python {required[2:]} or later" in README


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip\" install --quiet '.[test]'" in ci and "-m pytest" in ci


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_its_options_are_documented(name):
    text = section(name)
    for option in long_options(CLI.commands[name]):
        assert f"`{option}" in text, f"README's procq {name} section does not document {option}"


def test_global_options_are_documented():
    for option in long_options(CLI):
        assert f"`{option}" in README, f"README does not document the global option {option}"


@pytest.mark.parametrize("record", [Meeting, Person, PersonSummary, DelegationRow, CountryActivity, SearchHit])
def test_every_json_field_is_documented(record):
    missing = {name for name in field_names(record) if f"`{name}`" not in README and f'"{name}"' not in README}
    assert not missing, f"README does not document {record.__name__} fields {sorted(missing)}"


def test_every_exit_code_is_documented():
    from procq.exit_codes import ExitStatus

    table = README.split("## Exit codes")[1]
    for status in ExitStatus:
        assert f"| {status.value} |" in table
