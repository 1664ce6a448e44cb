"""The command line: parse options, ask the Index, hand the answer to render.

No extraction and no query logic lives here. Each command names its filters,
opens the index of the chosen corpus and prints what the index returns, as a
table or, with ``--json``, as JSON. Errors a user can cause become one line
on stderr and an exit code from ``exit_codes``, never a traceback.

Only typer and rich are imported up front, so ``procq --help`` is quick; the
index and the extractor load when a command runs.
"""
from __future__ import annotations

import functools
import inspect
import json
import os
import sys
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from . import render
from .exit_codes import ExitStatus
from .output import Answer, Format, OutputChoice, OutputError, write

if TYPE_CHECKING:
    from .index import Index, LeftOut, PersonMatch


def example(*lines: str) -> str:
    """A help epilog of example commands, kept on their own lines (click's \\b) so they stay copyable."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


app = typer.Typer(
    name="procq",
    help=(
        "Ask questions of a folder of news articles on prosecutors' diplomacy: who met whom, "
        "when, where, in which delegation.\n\n"
        "The corpus is --corpus DIR, else $PROCQ_CORPUS, else the seed articles shipped with procq."
    ),
    epilog=example(
        "procq meetings --since 2023",
        'procq person "Ying Yong"',
        "procq --corpus ~/articles meetings --json | jq length",
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

# The options several commands share, defined once so their names and help never drift apart.
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for programs (jq) instead of a table.")]
SinceOption = Annotated[
    str | None,
    typer.Option("--since", metavar="DATE", help="From this date on: 2023, 2023-07, 'July 2023', '14 Jul 2023'."),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", metavar="DATE", help="Up to and including this date: --until 2024 ends on 2024-12-31."),
]
FormatOption = Annotated[
    Format | None,
    typer.Option("--format", help="table (the default), json, jsonl (one JSON object a line), csv or tsv."),
]
FieldsOption = Annotated[
    str | None,
    typer.Option("--fields", metavar="FIELD,...",
                 help="With --format jsonl, csv or tsv: only these fields, in this order (an unknown one lists them all)."),
]
CountryOption = Annotated[
    str | None,
    typer.Option("--country", metavar="COUNTRY", help="A country name, demonym or ISO code: Russia, Russian, RU."),
]


def environment(ctx: typer.Context) -> render.Environment:
    return ctx.obj["environment"]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"procq {version('procq')}")
        raise typer.Exit()


@app.callback()
def choose_corpus(
    ctx: typer.Context,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            metavar="DIR",
            help="The folder of articles to read (default: $PROCQ_CORPUS, else the shipped seed articles).",
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Options that apply to every command; they come before the command's name."""
    ctx.obj = {"corpus": corpus, "environment": render.Environment(), "look_ahead": None}
    if ctx.invoked_subcommand not in READ_NO_INDEX:
        from .survey import LookAhead

        ctx.obj["look_ahead"] = look_ahead = LookAhead(corpus)  # while the command's options are read
        ctx.call_on_close(look_ahead.close)


READ_NO_INDEX = ("extract",)
"""The commands that never open the corpus's index, so need no look at its folder ahead."""


def stop(env: render.Environment, message: str, status: ExitStatus) -> typer.Exit:
    env.error(message)
    return typer.Exit(int(status))


CommandFunction = TypeVar("CommandFunction", bound=Callable[..., Any])
Answered = TypeVar("Answered")


def answers_user(command: CommandFunction) -> CommandFunction:
    """Turn the mistakes a user can make into a message on stderr and a documented exit code."""

    @functools.wraps(command)
    def run(ctx: typer.Context, *args: Any, **kwargs: Any) -> Any:
        from .corpus import CorpusError
        from .filters import FilterError
        from .index import PersonNotFound

        env = environment(ctx)
        try:
            return command(ctx, *args, **kwargs)
        except (CorpusError, FilterError, OutputError) as error:
            raise stop(env, str(error), ExitStatus.BAD_USAGE) from None
        except PersonNotFound as error:
            report_person_match(env, error.match)
            raise typer.Exit(int(ExitStatus.NOT_FOUND)) from None
        except BrokenPipeError:
            raise typer.Exit(reader_went_away()) from None

    return run  # type: ignore[return-value]


def output_options(command: CommandFunction) -> CommandFunction:
    """Give a listing command --format, --json and --fields, as sqlite-utils's ``output_options``
    gives every listing the same flags, and hand it what they ask for as ``output``."""
    signature = inspect.signature(command, eval_str=True)
    options = {"output_format": (FormatOption, None), "as_json": (JsonOption, False), "fields": (FieldsOption, None)}
    parameters = [p for p in signature.parameters.values() if p.name != "output"] + [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
        for name, (annotation, default) in options.items()
    ]

    @functools.wraps(command)
    def run(*args: Any, output_format: Format | None, as_json: bool, fields: str | None, **kwargs: Any) -> Any:
        return command(*args, output=OutputChoice.of(output_format, as_json, fields), **kwargs)

    run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in parameters}
    return run  # type: ignore[return-value]


def ask(ctx: typer.Context, question: Callable[["Index"], Answered], rebuild: bool = False,
        records: list[dict] | None = None, warn_corrections: bool = True) -> Answered:
    """The answer of the chosen corpus's index to a question, asked while the look at the folder is under way
    (``Index.ask``), the index refreshed with a progress bar when that takes long; files that could not be
    read, and corrections that could not be applied, are warned about, not fatal."""
    from .index import Index

    env = environment(ctx)
    with env.progress("reading articles") as progress:
        index, answered = Index.ask(question, ctx.obj["corpus"], ctx.obj["look_ahead"], warn=env.warn, progress=progress,
                                    rebuild=rebuild, records=records or [])
    ctx.call_on_close(index.close)  # the kept index's file is left whole, its log folded in
    warn_skipped(env, index.problems)
    if warn_corrections:
        for status in index.corrections():
            if status.warning:
                env.warn(status.warning)
    return answered


def open_index(ctx: typer.Context, rebuild: bool = False, records: list[dict] | None = None) -> "Index":
    """The index of the chosen corpus, once it is known to hold the folder as it is (see ``ask``)."""
    return ask(ctx, lambda index: index, rebuild=rebuild, records=records)


def warn_skipped(env: render.Environment, problems: list) -> None:
    for problem in problems:
        env.warn(f"skipped {problem.path}: {problem.reason}")


def answer(ctx: typer.Context, output: OutputChoice, answered: Answer) -> None:
    write(environment(ctx), answered, output)


def answer_rows(ctx: typer.Context, output: OutputChoice, rows: list, row_type: type, table: Callable[[list], Any],
                left_out: "LeftOut | None" = None, noun: str = "meeting") -> None:
    """A listing: its rows, the table made of them, and what a date filter left out of them."""
    note = render.left_out_note(left_out, noun) if left_out is not None else None
    answer(ctx, output, Answer(lambda: table(rows), rows, row_type, note=note))


def one_record(ctx: typer.Context, as_json: bool, record: Any, table: Callable[[Any], Any]) -> None:
    """A command that answers with one record (a meeting, a report): its page, or with --json the record."""
    answer(ctx, OutputChoice.of(None, as_json, None), Answer(lambda: table(record), whole=record))


def report_person_match(env: render.Environment, match: "PersonMatch") -> None:
    """Why a name found nobody (with the closest names) or several people (listed one a line)."""
    env.error(match.message)
    for line in render.person_candidates(match):
        env.err.print(line)


@app.command(epilog=example(
    "procq meetings --since 2023",
    "procq meetings --country Russian --kind bilateral",
    "procq --corpus ~/articles meetings --json | jq '.[].title'",
    "procq meetings --format csv > meetings.csv",
))
@answers_user
@output_options
def meetings(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    country: CountryOption = None,
    person: Annotated[
        str | None, typer.Option("--person", metavar="NAME", help="Only meetings this person took part in.")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", metavar="KIND", help="bilateral, multilateral or domestic.")
    ] = None,
    *,
    output: OutputChoice,
) -> None:
    """List meetings, oldest first.

    Date, kind, place, participants with their countries, title and source of each meeting.
    A date filter leaves out meetings whose date has no year, and says how many.
    """
    from .records import Meeting

    selection = ask(ctx, lambda index: index.select_meetings(since=since, until=until, country=country, person=person,
                                                            kind=kind))
    answer_rows(ctx, output, selection.meetings, Meeting, render.meetings_table, selection.left_out)


@app.command(epilog=example(
    'procq person "Ying Yong"',
    "procq person krasnov --json | jq '.appearances | length'",
    'procq person "Ying Yong" --format csv --fields date,meeting_title,role',
))
@answers_user
@output_options
def person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="Full name in any order or case, or a surname.")],
    *,
    output: OutputChoice,
) -> None:
    """Show one person's record.

    Country, titles held and when, appearances, counterparts met most often, countries engaged.
    An unknown or ambiguous name exits 1 and lists the closest names. With --format jsonl, csv
    or tsv the rows are the person's appearances.
    """
    from .index import Appearance, PersonNotFound

    match = ask(ctx, lambda index: index.find_person(name))
    found = match.person
    if found is None:
        raise PersonNotFound(match)
    answer(ctx, output, Answer(lambda: render.person_page(found), found.appearances, Appearance, whole=found))


@app.command(epilog=example("procq people --country CN", "procq people --json | jq -r '.[].name'",
                            "procq people --format tsv --fields name,country,appearances"))
@answers_user
@output_options
def people(ctx: typer.Context, country: CountryOption = None, *, output: OutputChoice) -> None:
    """List everyone who took part in a meeting.

    Country, latest title and number of appearances, most active first.
    """
    from .index import PersonSummary

    answer_rows(ctx, output, ask(ctx, lambda index: index.people(country=country)), PersonSummary, render.people_table)


@app.command(epilog=example("procq delegations --country Azerbaijan --since 2023", "procq delegations --format jsonl"))
@answers_user
@output_options
def delegations(
    ctx: typer.Context,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    *,
    output: OutputChoice,
) -> None:
    """List delegations.

    One row per delegation: date, meeting, country, leader, members.
    A date filter leaves out delegations of meetings whose date has no year, and says how many.
    """
    from .index import DelegationRow

    listing = ask(ctx, lambda index: index.delegations(country=country, since=since, until=until))
    answer_rows(ctx, output, listing.rows, DelegationRow, render.delegations_table, listing.left_out, "delegation")


@app.command(epilog=example(
    "procq countries --since 2020",
    "procq countries --by kind --chart",
    "procq countries --format csv > country-years.csv",
    "procq countries --json | jq '.[] | {country, meetings}'",
))
@answers_user
@output_options
def countries(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    by: Annotated[
        str | None, typer.Option("--by", metavar="kind", help="Split each cell into bilateral, multilateral and domestic.")
    ] = None,
    chart: Annotated[bool, typer.Option("--chart", help="Draw meetings per year as bars instead of the table.")] = False,
    *,
    output: OutputChoice,
) -> None:
    """The country-year table: a row per counterpart country, a column per year.

    Each cell is the number of meetings (--json lists their ids). A meeting counts once in the
    row of every country present at it other than China (its place, participants and
    delegations): China and Kazakhstan count for Kazakhstan, Russia and Azerbaijan for both,
    China alone for no row. A meeting's year is that of its first day; meetings without a year
    have a column of their own, and a date filter leaves them out and says how many.
    """
    from .index import CountryActivity

    env = environment(ctx)
    if by not in (None, "kind"):
        raise stop(env, f"--by {by!r}: the table can only be split by kind (--by kind)", ExitStatus.BAD_USAGE)
    if chart and output.format is not Format.table:
        raise stop(env, f"--chart draws for people: it does not go with --format {output.format.value}", ExitStatus.BAD_USAGE)
    by_kind = by == "kind"
    table = ask(ctx, lambda index: index.countries(since=since, until=until))
    draw = render.countries_chart if chart else render.countries_table
    answer(ctx, output, Answer(lambda: draw(table, by_kind), table.rows, CountryActivity,
                               note=render.left_out_note(table.left_out, "meeting"),
                               spread={"by_year": render.country_year_columns(table, by_kind)}))


@app.command(epilog=example(
    "procq search Kazakhstan",
    "procq search '\"extradition treaty\" NOT Russia' --limit 10",
    "procq search 'prosecut* AND Bishkek' --format csv",
))
@answers_user
@output_options
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(metavar="TEXT", help="Words to find; SQLite FTS5 syntax: \"a phrase\", prefix*, AND, OR, NOT.")],
    limit: Annotated[int, typer.Option("--limit", min=0, help="At most this many sentences, best first; 0 for all.")] = 100,
    *,
    output: OutputChoice,
) -> None:
    """Find sentences of the articles by their words.

    Each sentence found, best match first, with its article and publication date, the words
    matched highlighted, and the meetings it was read into. Words match in any form of the same
    stem ("meets" finds "meeting") and without accents.
    """
    from .index import SearchHit

    result = ask(ctx, lambda index: index.search(query, limit=limit or None))
    more = result.total - len(result.rows)
    note = f"{render.plural(more, 'sentence')} more matched: --limit 0 shows every one." if more else None
    answer(ctx, output, Answer(lambda: render.search_table(result), result.rows, SearchHit, note=note))


@app.command(epilog=example("procq show '000_316df6bce73329b3#1'"))
@answers_user
def show(
    ctx: typer.Context,
    meeting_id: Annotated[str, typer.Argument(metavar="ID", help="A meeting id, as `procq meetings` prints it.")],
    as_json: JsonOption = False,
) -> None:
    """Show one meeting in full.

    Its participants, delegations, the sentences it was read from, and its sources.
    """
    found = ask(ctx, lambda index: index.meeting(meeting_id))
    if found is None:
        raise stop(
            environment(ctx),
            f"no meeting with id {meeting_id!r} (procq meetings lists the ids)",
            ExitStatus.NOT_FOUND,
        )
    one_record(ctx, as_json, found, render.meeting_detail)


@app.command(name="corrections", epilog=example(
    "procq --corpus ~/articles corrections",
    "procq corrections --json | jq '.[] | select(.status != \"applied\")'",
    "procq corrections --format tsv --fields line,entry,status",
))
@answers_user
@output_options
def list_corrections(ctx: typer.Context, *, output: OutputChoice) -> None:
    """List the corrections kept in the corpus folder (procq.toml), and whether each still applies.

    Each entry with its line: applied (and what it changed), unchanged (the records already say so),
    not found (it names no article, meeting or person of the corpus) or invalid (a value procq cannot use).
    """
    from .corrections import Status

    listed = ask(ctx, lambda index: index.corrections(), warn_corrections=False)
    answer_rows(ctx, output, listed, Status, render.corrections_table)


@app.command(name="eval", epilog=example(
    "procq --corpus tests/data/batches/n4 eval",
    "procq --corpus ~/annotated eval --by-outlet",
    "procq --corpus ~/annotated eval --details --json | jq .misses",
))
@answers_user
def evaluate(
    ctx: typer.Context,
    by_outlet: Annotated[bool, typer.Option("--by-outlet", help="One row per outlet, from MANIFEST.tsv beside the articles.")] = False,
    details: Annotated[bool, typer.Option("--details", help="Also list every miss, article by article.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Score the extraction on annotated articles.

    The corpus holds X.gold.json beside each X.txt (SPEC.md's gold format); every field is
    compared with what procq extracts: precision, recall and F1 for meetings, participants and
    delegations, accuracy for dates, places, kinds, countries, roles and publication dates.
    """
    from .corpus import resolve_corpus
    from .evaluation import read_gold, read_outlets, score, score_by_group

    folder = resolve_corpus(ctx.obj["corpus"])
    golds = read_gold(folder)
    if not golds:
        raise stop(environment(ctx), f"no annotated articles (X.gold.json) in {folder}", ExitStatus.BAD_USAGE)
    meetings = render.plain(ask(ctx, lambda index: index.meetings))
    tally = score(golds, meetings)
    groups = score_by_group(golds, meetings, read_outlets(folder)) if by_outlet else {}
    one_record(ctx, as_json, render.evaluation_report(tally, groups, details), render.evaluation_table)


@app.command(name="index", epilog=example(
    "procq --corpus ~/articles index",
    "procq index --status",
    "procq --corpus ~/archive index --from-jsonl facts/*.jsonl",
))
@answers_user
def build_index(
    ctx: typer.Context,
    files: Annotated[
        list[Path] | None, typer.Argument(metavar="[FILE]...", help="With --from-jsonl: files of records to load.")
    ] = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Build the index afresh instead of refreshing it.")] = False,
    status: Annotated[bool, typer.Option("--status", help="Only say what the index holds and how fresh it is.")] = False,
    from_jsonl: Annotated[
        bool, typer.Option("--from-jsonl", help="Load the facts in FILE... (from procq extract --jsonl) instead of extracting.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Build or refresh the index of the corpus, and say what it holds.

    Every command refreshes the index by itself (it reads only the files that changed);
    this does it ahead of time, or from facts extracted elsewhere with procq extract --jsonl.
    """
    from .archive import read_records
    from .store import freshness, index_folder

    env = environment(ctx)
    if bool(files) != from_jsonl:
        message = "--from-jsonl needs FILE... to load" if from_jsonl else "FILE... are records to load: add --from-jsonl"
        raise stop(env, message, ExitStatus.BAD_USAGE)
    if status and (rebuild or from_jsonl):
        raise stop(env, "--status only reports: give it alone", ExitStatus.BAD_USAGE)
    if not status:
        from .corpus import resolve_corpus

        if index_folder(resolve_corpus(ctx.obj["corpus"])) is None:
            raise stop(env, "the index is kept in the cache, and PROCQ_NO_CACHE turns it off", ExitStatus.BAD_USAGE)
        records, problems = read_records(files or [])
        warn_skipped(env, problems)
        open_index(ctx, rebuild=rebuild, records=records)
    state = freshness(ctx.obj["corpus"])
    if not status and state.file is None:
        raise stop(env, "no index could be kept in the cache folder (the warning above says why)", ExitStatus.BAD_USAGE)
    one_record(ctx, as_json, state, render.index_status)


@app.command(name="extract", epilog=example(
    "procq extract ~/articles --jsonl > facts.jsonl",
    "procq extract article.txt --jsonl | jq '.meetings[].participants[].name'",
))
@answers_user
def extract_articles(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(metavar="FILE...|DIR", help="Article files, or folders of them.")],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Print one JSON record per article, for procq index --from-jsonl.")] = False,
) -> None:
    """Extract articles and print what was found in each.

    A pure function of each article, so an archive can be split among machines;
    procq index --from-jsonl loads the records into a corpus's index.
    """
    from .archive import extracted_records

    env = environment(ctx)
    records = extracted_records(paths, lambda problem: warn_skipped(env, [problem]))
    if jsonl:
        for record in records:
            env.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        env.stdout.flush()
    else:
        env.show(render.records_table(list(records)))


OutputFileOption = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.")
]


def write_out(ctx: typer.Context, path: Path | None, chunks: Iterable[str]) -> None:
    """Text to a file the user named (``-`` or none: stdout), replacing the file only once it is whole."""
    from .outfile import write_text

    if path is None or str(path) == "-":
        env = environment(ctx)
        env.stdout.writelines(chunks)
        env.stdout.flush()
    else:
        write_text(path, chunks)


@app.command(name="export", epilog=example(
    "procq export --sqlite procq.db && datasette procq.db",
    "procq export --plover events.jsonl",
    "procq export --plover - | jq -c '{id, mode, actor: [.actor[].code], recipient: [.recipient[].code]}'",
))
@answers_user
def export(
    ctx: typer.Context,
    sqlite: Annotated[
        Path | None, typer.Option("--sqlite", metavar="FILE", help="Write a SQLite database of plain tables (for Datasette).")
    ] = None,
    plover: Annotated[
        Path | None,
        typer.Option("--plover", metavar="FILE.jsonl", help="Write one PLOVER CONSULT event a line (- for stdout)."),
    ] = None,
) -> None:
    """Export the corpus's records for other tools.

    --sqlite: tables of meetings, participants, people, delegations, members, articles and evidence
    (with full-text search), ready for `datasette FILE`. --plover: event data coded as POLECAT is.
    """
    from .dataset import Dataset

    if sqlite is None and plover is None:
        raise stop(environment(ctx), "say what to export: --sqlite FILE, --plover FILE.jsonl, or both", ExitStatus.BAD_USAGE)
    dataset = Dataset.of(open_index(ctx))
    if sqlite is not None:
        from .sqlite_export import write_database

        write_database(dataset, sqlite)
    if plover is not None:
        from .plover import events

        write_out(ctx, plover, (json.dumps(event, ensure_ascii=False) + "\n" for event in events(dataset)))


class GraphFormat(str, Enum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"


@app.command(epilog=example(
    "procq graph --output procq.graphml",
    "procq graph --format gexf -o procq.gexf",
    "procq graph --format json | jq '.links | max_by(.weight)'",
))
@answers_user
def graph(
    ctx: typer.Context,
    file_format: Annotated[
        GraphFormat, typer.Option("--format", help="graphml (Gephi, Cytoscape), gexf (Gephi) or json (d3's node-link form).")
    ] = GraphFormat.graphml,
    output: OutputFileOption = None,
) -> None:
    """Print who met whom as a graph.

    People are nodes (name, country, title); two people at one meeting are joined by an edge
    weighted by the meetings they shared, with the meetings' ids and dates.
    """
    from .dataset import Dataset
    from .graph import graph_text

    write_out(ctx, output, graph_text(Dataset.of(open_index(ctx)), file_format.value))


def reader_went_away() -> int:
    """`procq meetings | head -1`: head has what it wanted; stop writing and say nothing."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # a stdout without a file descriptor (a test runner's buffer) needs no silencing
    return int(ExitStatus.ANSWERED)


def main() -> None:
    """The installed ``procq`` command: the app, quiet when a pipe closes while output is flushed."""
    try:
        app()
    except BrokenPipeError:
        sys.exit(reader_went_away())
