"""How answers look: Rich tables for people at a terminal, JSON for programs.

This is the one module that knows about the terminal. ``Environment`` holds
the facts (is stdout a TTY, is NO_COLOR set, how wide) and builds the
consoles from them; tests hand in their own. The table builders take plain
records and return Rich renderables, so they never decide where output goes.
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from .countries import country_name
from .records import Correction, Location, Meeting, Participant

if TYPE_CHECKING:
    from .corrections import Status
    from .evaluation import Tally
    from .index import (CountryTable, CountryYear, DelegationRow, LeftOut, Person, PersonMatch, PersonSummary, SearchHit,
                        SearchResult)
    from .store import Freshness

# A table piped to a file or a pager is read later, not in an 80-column window; COLUMNS, when set, wins.
PIPED_WIDTH = 160
PROGRESS_AFTER = 1.0  # seconds of work before a progress bar is worth drawing


def _columns_from_environment() -> int | None:
    """$COLUMNS as a width, when it is a positive number."""
    value = os.environ.get("COLUMNS", "")
    return int(value) if value.isdigit() and int(value) > 0 else None


class _Console(Console):
    """A Rich console that leaves a closed pipe to the command line, which ends quietly with 0."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@dataclass
class Environment:
    """Where output goes and whether it may be coloured, decided once per run."""

    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    stdout_isatty: bool | None = None
    stderr_isatty: bool | None = None
    no_color: bool = field(default_factory=lambda: bool(os.environ.get("NO_COLOR")))
    columns: int | None = field(default_factory=_columns_from_environment)

    def __post_init__(self) -> None:
        if self.stdout_isatty is None:
            self.stdout_isatty = _isatty(self.stdout)
        if self.stderr_isatty is None:
            self.stderr_isatty = _isatty(self.stderr)

    def _console(self, stream: TextIO, isatty: bool) -> Console:
        colours = isatty and not self.no_color
        return _Console(
            file=stream,
            force_terminal=colours,
            no_color=not colours,
            color_system="auto" if colours else None,
            width=None if isatty else self.columns or PIPED_WIDTH,
            highlight=False,
            emoji=False,
        )

    @property
    def out(self) -> Console:
        return self._console(self.stdout, bool(self.stdout_isatty))

    @property
    def err(self) -> Console:
        return self._console(self.stderr, bool(self.stderr_isatty))

    def show(self, renderable: RenderableType) -> None:
        """Print a table or text on stdout; flush now so a closed pipe is noticed here."""
        self.out.print(renderable)
        self.stdout.flush()

    def show_json(self, data: Any) -> None:
        """Print data (records as ``plain`` gives them, encoded as they are, without a copy first) as JSON on
        stdout, never coloured, so jq and json.loads read it: indented for a person at a terminal, on one line
        for a program, as jq does (the standard library indents in Python, not C: 0.18 s against 0.05 s for
        the 25,000 delegations of 100,000 articles)."""
        layout: dict[str, Any] = {"indent": 2} if self.stdout_isatty else {"separators": (",", ":")}
        self.stdout.write(json.dumps(data, default=vars, ensure_ascii=False, **layout) + "\n")
        self.stdout.flush()

    def write_lines(self, lines: Iterable[str]) -> None:
        """Print lines of text as they are (JSON lines, CSV), never coloured or wrapped."""
        for line in lines:
            self.stdout.write(line + "\n")
        self.stdout.flush()

    def warn(self, message: str) -> None:
        self._say(("procq: warning: ", "yellow"), message)

    def error(self, message: str) -> None:
        self._say(("procq: error: ", "bold red"), message)

    def note(self, message: str) -> None:
        """What a reader of the JSON should know about the answer (what a filter left out)."""
        self._say(("procq: note: ", "italic"), message)

    def _say(self, label: tuple[str, str], message: str) -> None:
        """One line on stderr, however long, and whatever a file name in it holds (a newline)."""
        printable = "".join(char if char.isprintable() else repr(char)[1:-1] for char in message)
        self.err.print(Text.assemble(label, printable), soft_wrap=True)

    @contextlib.contextmanager
    def progress(self, description: str) -> Iterator["ProgressBar"]:
        """A progress bar on stderr for work that may be long: nothing unless stderr is a terminal."""
        bar = ProgressBar(self.err if self.stderr_isatty else None, description)
        try:
            yield bar
        finally:
            bar.close()


class ProgressBar:
    """Articles done, rate and time left, drawn only once the work has taken a second: a quick
    refresh shows nothing. Called with (done, total) as the work advances."""

    def __init__(self, console: Console | None, description: str):
        self.console = console
        self.description = description
        self.started = time.monotonic()
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.console is None:
            return
        if self.bar is None:
            if time.monotonic() - self.started < PROGRESS_AFTER:
                return
            self.bar = _progress_display(self.console)
            self.bar.start()
            self.task = self.bar.add_task(self.description, total=total)
        self.bar.update(self.task, completed=done, total=total)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _progress_display(console: Console) -> Any:
    """Rich's progress display, imported only when a long build needs one."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed:,.0f} articles/s" if task.speed else "")

    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn(),
        console=console, transient=True,
    )


def _cell(value: str | None) -> Text:
    """A table cell from data: never read as Rich markup, a dash when unknown."""
    return Text(value) if value else Text("–", style="dim")


def place(location: Location | None) -> str | None:
    """'Beijing, CN', 'KG', or None when the article gives no place."""
    if not location:
        return None
    return ", ".join(part for part in (location.city, location.country) if part) or None


def person_label(name: str, country: str | None) -> str:
    return f"{name} ({country})" if country else name


def participant_line(participant: Participant) -> str:
    """'Ying Yong (CN) host': who, for whom, in which role."""
    return f"{person_label(participant.name, participant.country)} {participant.role}"


def _lines(values: Iterable[str]) -> Text:
    return _cell("\n".join(values))


class FittedTable(Table):
    """A table that gives each column at least its longest word while the width allows.

    Rich narrows the widest columns first, whatever they hold, and so splits an id or a name
    mid-word at 80 columns while another column has room to spare. Here every column starts at
    its longest word, and the rest of the width goes to the narrowest columns that have more to
    show, so short ones fit on one line; only a terminal too narrow for the longest words falls
    back to folding them.
    """

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        self._fit(console, options)
        yield from super().__rich_console__(console, options)

    def _fit(self, console: Console, options: ConsoleOptions) -> None:
        for column in self.columns:
            column.width = None
        measured = [
            [Measurement.get(console, options, cell) for cell in [column.header, *column.cells]]
            for column in self.columns
        ]
        shortest = [max((m.minimum for m in cells), default=1) for cells in measured]
        longest = [max((m.maximum for m in cells), default=1) for cells in measured]
        # Rich's own count of borders and cell padding (private, but stable since Rich 10)
        chrome = self._extra_width + sum(self._get_padding_width(n) for n in range(len(self.columns)))
        room = (self.width or options.max_width) - chrome
        if sum(longest) <= room or sum(shortest) >= room:
            return  # everything fits as it is, or nothing can: Rich's own way is as good as any
        widths = list(shortest)
        for _ in range(room - sum(shortest)):  # one character at a time to the narrowest that wants more
            growing = [n for n, width in enumerate(widths) if width < longest[n]]
            widths[min(growing, key=lambda n: widths[n])] += 1
        for column, width in zip(self.columns, widths):
            column.width = width


def new_table(title: str | None, *columns: str) -> Table:
    table = FittedTable(title=title, title_justify="left", show_lines=True)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def new_grid() -> Table:
    """Label and value, one pair a line, for the head of a page."""
    grid = FittedTable.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    return grid


def date_label(value: str | None) -> str | None:
    """A date for people to read: a span '2019-11-05/2019-11-08' as '2019-11-05 to 2019-11-08', so
    that a narrow column can break it between its ends."""
    return value.replace("/", " to ") if value else value


def _stacked(first: str | None, second: str | None) -> Text:
    """Two short facts in one cell, the second dimmed: a date and the kind of meeting."""
    return Text.assemble(first or "–", (f"\n{second}", "dim") if second else "")


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """'1 meeting', '2 meetings', '3 people'."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def meeting_cell(title: str | None, meeting_id: str, *more: str) -> Text:
    """A meeting's title with its id below, the id ``procq show`` takes, and any more lines."""
    return Text.assemble(title or "", (f"\nid: {meeting_id}", "dim"), *(f"\n{line}" for line in more if line))


def meetings_table(meetings: list[Meeting]) -> RenderableType:
    """Date and kind, place, participants, and title with id and the other sources of each meeting.

    The meeting's id names the article it was first read from; other articles that report it
    are listed under it, so the table needs no column of sources and fits 80 columns.
    """
    table = new_table(plural(len(meetings), "meeting"), "Date, kind", "Place", "Participants", "Meeting")
    for meeting in meetings:
        table.add_row(
            _stacked(date_label(meeting.date), meeting.kind),
            _cell(place(meeting.location)),
            _lines(participant_line(p) for p in meeting.participants),
            meeting_cell(meeting.title, meeting.id, *(f"also in: {s.article}" for s in meeting.sources[1:])),
        )
    return table


def left_out_note(left_out: "LeftOut", noun: str) -> str | None:
    """'2 meetings left out: the date filter cannot place 1 meeting dated without a year and 1 meeting
    with no date', or None when nothing was left out."""
    if not left_out.count:
        return None
    reasons = [
        f"{plural(count, 'meeting')} {why}"
        for count, why in ((left_out.without_year, "dated without a year"), (left_out.undated, "with no date"))
        if count
    ]
    return f"{plural(left_out.count, noun)} left out: the date filter cannot place {' and '.join(reasons)}."


def with_note(renderable: RenderableType, note: str | None) -> RenderableType:
    """A table with a line under it that says something about the answer, when there is one."""
    return Group(renderable, Text(note, style="italic")) if note else renderable


def meeting_detail(meeting: Meeting) -> RenderableType:
    """One meeting in full: its facts, participants, delegations, evidence sentences and sources."""
    facts = new_grid()
    for label, value in (
        ("Meeting", meeting.id),
        ("Title", meeting.title),
        ("Date", date_label(meeting.date)),
        ("Kind", meeting.kind),
        ("Place", place(meeting.location)),
    ):
        facts.add_row(label, _cell(value))

    people = new_table("Participants", "Name", "Country", "Role", "Title")
    for p in meeting.participants:
        people.add_row(_cell(p.name), _cell(p.country), _cell(p.role), _cell(p.title))

    parts: list[RenderableType] = [facts, people]
    if meeting.delegations:
        parts.append(delegations_of(meeting))
    evidence = new_table("Evidence", "Article", "Sentence")
    for item in meeting.evidence:
        evidence.add_row(_cell(item.article), _cell(item.sentence))
    sources = new_table("Sources", "Source", "Published", "Title")
    for source in meeting.sources:  # where the article was published, where it says, else its file
        sources.add_row(_cell(source.url or source.path), _cell(source.published), _cell(source.title))
    parts += [evidence, sources]
    if meeting.corrections:
        parts.append(corrections_of(meeting.corrections))
    return Group(*parts)


def corrections_of(corrections: list[Correction]) -> Table:
    """What a researcher's corrections changed in a record, and which entry of the corrections file did."""
    table = new_table("Corrected", "Field", "By", "Line")
    for correction in corrections:
        table.add_row(_cell(correction.field), _cell(correction.entry), _cell(str(correction.line)))
    return table


def corrections_table(statuses: list["Status"]) -> RenderableType:
    """Each entry of the corrections file with its line, and what became of it."""
    table = new_table(plural(len(statuses), "correction"), "Line", "Entry", "Status", "Detail")
    for status in statuses:
        table.add_row(_cell(str(status.line)), _cell(status.entry), _cell(status.status), _cell(status.detail))
    return table


def delegations_of(meeting: Meeting) -> Table:
    table = new_table("Delegations", "Country", "Leader", "Members")
    for delegation in meeting.delegations:
        table.add_row(_cell(delegation.country), _cell(delegation.leader), _lines(delegation.members))
    return table


def plain(records: Any) -> Any:
    """Records (dataclasses, lists of them) as the plain data json.dumps prints: each record's fields, as
    ``asdict`` gives them, but copied by the JSON encoder and decoder written in C (``asdict``'s copy in
    Python was a quarter of a warm command on a large corpus)."""
    return json.loads(json.dumps(records, default=vars, ensure_ascii=False))


def _span(first: str | None, last: str | None) -> str:
    if first == last:
        return first or "undated"
    return f"{first or '?'} to {last or '?'}"


def person_page(person: "Person") -> RenderableType:
    """A person at a glance: who, titles held and when, appearances, counterparts, countries engaged."""
    header = new_grid()
    header.add_row("Person", _cell(person_label(person.name, person.country)))
    if len(person.names) > 1:
        header.add_row("Also written", _cell(", ".join(n for n in person.names if n != person.name)))
    for index, held in enumerate(person.titles):
        header.add_row("Titles" if index == 0 else "", _cell(f"{held.title} ({_span(held.first_seen, held.last_seen)})"))
    header.add_row("Appearances", _cell(str(person.appearance_count)))

    appearances = new_table("Appearances", "Date, role", "Meeting, place", "Title there", "Counterparts")
    for seen in person.appearances:
        appearances.add_row(
            _stacked(date_label(seen.date), seen.role),
            meeting_cell(seen.meeting_title, seen.meeting_id, place(seen.location) or ""),
            _cell(seen.title),
            _lines(seen.counterparts),
        )
    counterparts = new_table("Counterparts met most often", "Name", "Country", "Meetings")
    for other in person.counterparts:
        counterparts.add_row(_cell(other.name), _cell(other.country), _cell(str(other.meetings)))
    engaged = new_table("Countries engaged", "Country", "Meetings")
    for country in person.countries:
        engaged.add_row(_cell(country_label(country.country)), _cell(str(country.meetings)))
    parts = [header, appearances, counterparts, engaged]
    if person.corrections:
        parts.append(corrections_of(person.corrections))
    return Group(*parts)


def country_label(code: str | None) -> str | None:
    """'AZ Azerbaijan': the code scripts use, and the name people read."""
    name = country_name(code)
    return f"{code} {name}" if name else code


def person_candidates(match: "PersonMatch") -> list[Text]:
    """The people an ambiguous name fits, one a line, so the user can pick the full name."""
    return [
        Text(f"  {person_label(c.name, c.country)}: {c.latest_title or 'no title'}, {plural(c.appearances, 'appearance')}")
        for c in match.candidates
    ]


def people_table(people: list["PersonSummary"]) -> RenderableType:
    table = new_table(plural(len(people), "person", "people"),
                      "Name", "Country", "Latest title", "Appearances")
    for person in people:
        table.add_row(_cell(person.name), _cell(person.country), _cell(person.latest_title), _cell(str(person.appearances)))
    return table


def delegations_table(rows: list["DelegationRow"]) -> RenderableType:
    table = new_table(plural(len(rows), "delegation"), "Date", "Meeting", "Country", "Leader, members")
    for row in rows:
        table.add_row(
            _cell(date_label(row.date)),
            meeting_cell(row.meeting_title, row.meeting_id),
            _cell(country_label(row.country)),
            Text.assemble((row.leader or "no leader named", "bold"), *(f"\n{member}" for member in row.members)),
        )
    return table


def marked_sentence(hit: "SearchHit") -> Text:
    """A sentence search found, the words it matched highlighted (bold and reversed on a terminal)."""
    text = Text(hit.sentence)
    for words in hit.matches:
        text.stylize("bold reverse", words.start, words.end)
    return text


def search_table(result: "SearchResult") -> RenderableType:
    """Each sentence found: its article and date, the sentence with the words matched, its meetings."""
    shown = plural(len(result.rows), "sentence")
    table = new_table(shown if len(result.rows) == result.total else f"{shown} of {result.total}",
                      "Article, published", "Sentence", "Meeting")
    for hit in result.rows:
        table.add_row(
            _stacked(hit.article, hit.published),
            marked_sentence(hit),
            Text("\n").join(meeting_cell(m.title, m.id, date_label(m.date) or "") for m in hit.meetings) or _cell(None),
        )
    return table


KIND_MARKS = {"bilateral": ("b", "█", "cyan"), "multilateral": ("m", "▓", "magenta"), "domestic": ("d", "░", "yellow")}
"""How each kind of meeting is shown in the country-year table and the chart: a letter, a bar, a colour."""
CHART_WIDTH = 50  # characters of the longest bar


def year_label(year: int | None) -> str:
    return str(year) if year is not None else "no year"


def _count_cell(cell: "CountryYear | None", by_kind: bool) -> Text:
    """A cell of the country-year table: the meetings, and with the split by kind one line per kind."""
    if cell is None or not cell.meetings:
        return Text("·", style="dim")
    if not by_kind:
        return Text(str(cell.meetings))
    return Text("\n".join(f"{KIND_MARKS[k.kind][0]} {k.meetings}" for k in cell.by_kind))


def countries_table(table: "CountryTable", by_kind: bool = False) -> RenderableType:
    """One row per counterpart country, one column per year; a last row counts each meeting once."""
    grid = new_table(plural(len(table.rows), "country", "countries"), "Country", "Meetings",
                     *(year_label(year) for year in table.years))
    for row in table.rows:
        cells = {cell.year: cell for cell in row.by_year}
        grid.add_row(_cell(country_label(row.country)), str(row.meetings),
                     *(_count_cell(cells.get(year), by_kind) for year in table.years))
    totals = {cell.year: cell for cell in table.totals}
    grid.add_row(Text("each meeting once", style="bold"), Text(str(sum(c.meetings for c in table.totals)), style="bold"),
                 *(_count_cell(totals.get(year), by_kind) for year in table.years))
    notes = ["A meeting counts in the row of every country present at it other than China."]
    if table.no_counterpart:
        notes.append(f"{plural(table.no_counterpart, 'meeting')} of China alone or of no known country "
                     f"{'is' if table.no_counterpart == 1 else 'are'} in no row.")
    if by_kind:
        notes.append(", ".join(f"{KIND_MARKS[kind][0]} {kind}" for kind in table.kinds) + ".")
    return Group(grid, Text(" ".join(notes), style="dim"))


def countries_chart(table: "CountryTable", by_kind: bool = False) -> RenderableType:
    """Meetings per year, each counted once, as bars; with the split by kind, one stretch per kind."""
    most = max((cell.meetings for cell in table.totals), default=0)
    chart = Table.grid(padding=(0, 1))
    chart.add_column(justify="right", style="bold")
    chart.add_column()
    totals = {cell.year: cell for cell in table.totals}
    for year in table.years:
        cell = totals.get(year)
        count = cell.meetings if cell else 0
        parts = [(k.kind, k.meetings) for k in cell.by_kind] if cell and by_kind else [("bilateral", count)]
        bar = Text()
        for kind, meetings in parts:
            _, block, colour = KIND_MARKS[kind] if by_kind else ("", "█", "green")
            bar.append(block * round(meetings * CHART_WIDTH / most) if most else "", style=colour)
        bar.append(f" {count}")
        chart.add_row(year_label(year), bar)
    title = Text(f"Meetings per year with a counterpart country ({plural(sum(c.meetings for c in table.totals), 'meeting')})")
    legend = [Text(" ".join(f"{KIND_MARKS[kind][1]} {kind}" for kind in table.kinds), style="dim")] if by_kind else []
    return Group(title, chart, *legend)


def country_year_columns(table: "CountryTable", by_kind: bool = False) -> "Callable[[list[CountryYear]], dict[str, int]]":
    """The CSV columns of a row's cells: one per year of the table, or per year and kind."""

    def columns(cells: "list[CountryYear]") -> dict[str, int]:
        found = {cell.year: cell for cell in cells}
        spread: dict[str, int] = {}
        for year in table.years:
            cell = found.get(year)
            label = year_label(year).replace(" ", "_")
            if not by_kind:
                spread[label] = cell.meetings if cell else 0
                continue
            kinds = {k.kind: k.meetings for k in cell.by_kind} if cell else {}
            spread.update((f"{label}_{kind}", kinds.get(kind, 0)) for kind in table.kinds)
        return spread

    return columns


def evaluation_report(tally: "Tally", groups: dict[str, "Tally"], details: bool) -> dict[str, Any]:
    """The figures of ``procq eval`` as plain data: the whole corpus, each group, the misses if asked."""
    report: dict[str, Any] = {"articles": tally.articles, **tally.figures()}
    if groups:
        report["groups"] = {name: {"articles": t.articles, **t.figures()} for name, t in groups.items()}
    if details:
        report["misses"] = tally.misses
    return report


def evaluation_table(report: dict[str, Any]) -> RenderableType:
    """Each figure of the whole corpus; then one row per group; then the misses."""
    from .evaluation import ACCURACY_FIGURES, PRF_FIGURES

    table = new_table(f"score {report['score']:.3f} over {plural(report['articles'], 'article')}, "
                      f"{plural(report['gold_meetings'], 'gold meeting')}", "Figure", "Precision", "Recall", "F1")
    for name in PRF_FIGURES:
        figure = report[name]
        table.add_row(name, *(f"{figure[k]:.3f}" for k in ("precision", "recall", "f1")))
    for name in ACCURACY_FIGURES:
        table.add_row(f"{name} accuracy", "", "", f"{report[name + '_accuracy']:.3f}")
    parts: list[RenderableType] = [table]
    if report.get("groups"):
        groups = new_table("by outlet", "Outlet", "Articles", "Score", "Meetings F1", "Participants F1", "Dates")
        for name, figures in report["groups"].items():
            groups.add_row(name, str(figures["articles"]), f"{figures['score']:.3f}", f"{figures['meetings']['f1']:.3f}",
                           f"{figures['participants']['f1']:.3f}", f"{figures['date_accuracy']:.3f}")
        parts.append(groups)
    for article, misses in (report.get("misses") or {}).items():
        parts.append(Text(f"{article}\n" + "\n".join(f"  {m}" for m in misses)))
    return Group(*parts)


def index_status(status: "Freshness") -> RenderableType:
    """What the index of a corpus holds, and whether the corpus changed since it was refreshed."""
    table = new_grid()
    table.add_row("corpus", _cell(status.corpus))
    table.add_row("index", _cell(status.file))
    if status.problem:
        table.add_row("state", Text(status.problem, style="yellow"))
        return table
    unreadable = f" (and {plural(status.unreadable, 'unreadable file')})" if status.unreadable else ""
    table.add_row("holds", Text(f"{plural(status.articles, 'article')}{unreadable}, "
                                f"{plural(status.meetings, 'meeting')}, {plural(status.people, 'person', 'people')}"))
    table.add_row("built", _cell(status.built))
    table.add_row("refreshed", _cell(status.refreshed))
    if status.up_to_date:
        table.add_row("state", Text("up to date", style="green"))
    else:
        corrections = ", and the corrections file changed" if status.corrections_changed else ""
        table.add_row("state", Text(f"{status.new} new, {status.changed} changed, {status.removed} removed "
                                    f"since{corrections} (the next command reads them)", style="yellow"))
    return table


def records_table(records: list[dict[str, Any]]) -> RenderableType:
    """One row per extracted article: id, publication date, meetings found, headline."""
    table = new_table(plural(len(records), "article"), "Article", "Published", "Meetings", "Title")
    for record in records:
        table.add_row(_cell(record["article"]), _cell(record["published"]), str(len(record["meetings"])), _cell(record["title"]))
    return table
