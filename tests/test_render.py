"""The Environment decides colour once: a terminal gets it, a pipe or NO_COLOR does not."""
from __future__ import annotations

import io
import json

import pytest
from rich.text import Text

from procq.render import Environment, meeting_detail, plain
from procq.records import Location, Meeting

ESCAPE = "\x1b["


def printed(**facts) -> str:
    stream = io.StringIO()
    env = Environment(stdout=stream, **facts)
    env.show(Text("Ying Yong", style="bold red"))
    return stream.getvalue()


def test_a_terminal_gets_colour():
    assert ESCAPE in printed(stdout_isatty=True, no_color=False)


@pytest.mark.parametrize("facts", [
    {"stdout_isatty": False, "no_color": False},  # piped
    {"stdout_isatty": True, "no_color": True},  # NO_COLOR at a terminal
])
def test_a_pipe_or_no_color_gets_plain_text(facts):
    assert printed(**facts) == "Ying Yong\n"


def test_no_color_is_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert Environment(stdout=io.StringIO()).no_color
    monkeypatch.delenv("NO_COLOR")
    assert not Environment(stdout=io.StringIO()).no_color


def test_warnings_and_errors_go_to_stderr():
    out, err = io.StringIO(), io.StringIO()
    env = Environment(stdout=out, stderr=err)
    env.warn("skipped a.txt: binary file")
    env.error("unknown country: 'Atlantis'")
    assert out.getvalue() == ""
    assert err.getvalue() == "procq: warning: skipped a.txt: binary file\nprocq: error: unknown country: 'Atlantis'\n"


def test_json_is_never_coloured_and_keeps_non_ascii():
    stream = io.StringIO()
    Environment(stdout=stream, stdout_isatty=True, no_color=False).show_json({"name": "Nguyễn Hòa Bình"})
    assert stream.getvalue() == '{\n  "name": "Nguyễn Hòa Bình"\n}\n'


def test_json_is_indented_for_a_terminal_and_on_one_line_for_a_pipe():
    data = [{"name": "Ying Yong", "titles": ["Prosecutor General"], "country": None}]
    at_terminal, piped = io.StringIO(), io.StringIO()
    Environment(stdout=at_terminal, stdout_isatty=True).show_json(data)
    Environment(stdout=piped, stdout_isatty=False).show_json(data)
    assert piped.getvalue() == '[{"name":"Ying Yong","titles":["Prosecutor General"],"country":null}]\n'
    assert at_terminal.getvalue().splitlines()[:3] == ["[", "  {", '    "name": "Ying Yong",']
    assert json.loads(at_terminal.getvalue()) == json.loads(piped.getvalue()) == data


def test_data_is_not_read_as_markup():
    stream = io.StringIO()
    meeting = Meeting(id="a#1", date=None, kind="bilateral", title="[bold]Talks[/bold]", location=Location("Minsk", "BY"))
    Environment(stdout=stream).show(meeting_detail(meeting))
    assert "[bold]Talks[/bold]" in stream.getvalue()


def test_plain_turns_records_into_json_data():
    meeting = Meeting(id="a#1", date="2023", kind="domestic", title=None, location=None)
    assert plain([meeting]) == [meeting.to_dict()]
    assert plain([]) == []
