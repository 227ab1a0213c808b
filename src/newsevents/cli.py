"""Command line: parse arguments, call the library, map outcomes to exit codes.

Exit codes: 0 everything worked; 1 some inputs failed (see the `errors` table); 2 usage errors.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.markup import escape

from . import __version__
from .errors import NewsEventsError, UsageError

app = typer.Typer(
    name="newsevents",
    help="Turn news articles into evidence-linked event data stored in DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[str, typer.Option("--db", help="DuckDB database file.")]
InputFormat = Annotated[
    Optional[str], typer.Option("--input-format", "-f", help="Force the input format: txt, html, jsonl, feed, warc.")
]
Published = Annotated[
    Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD) for every input article.")
]
Outlet = Annotated[Optional[str], typer.Option("--outlet", help="Outlet name for every input article.")]
MaxChars = Annotated[int, typer.Option("--max-chars", help="Refuse articles longer than this many characters.")]
ToneModelOption = Annotated[
    Optional[str],
    typer.Option("--tone-model", help="Tone model: linear (default, fast) or minilm (more accurate, slower; "
                 "needs the `transformer` extra). Sets NEWSEVENTS_TONE_MODEL."),
]


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _fail(exc: NewsEventsError) -> typer.Exit:
    err.print(f"[red]error[/red] {escape(str(exc))}")  # a message may hold brackets: [transformer]
    return typer.Exit(2 if isinstance(exc, UsageError) else 1)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} must be a date as YYYY-MM-DD, not {value!r}") from None


def _read_options(published: str | None, outlet: str | None, max_chars: int):  # type: ignore[no-untyped-def]
    from .readers import ReadOptions

    return ReadOptions(published=_parse_date(published, "--published"), outlet=outlet, max_chars=max_chars)


def _choose_tone_model(name: str | None) -> None:
    """Record the tone model for this process and the worker processes it starts; fail early
    when the chosen one is not installed."""
    from .analysis.tone_minilm import SETTING, chosen_tone_model, require_minilm

    if name is not None:
        os.environ[SETTING] = name
    if chosen_tone_model() == "minilm":
        require_minilm()


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"newsevents {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Show the version.")] = False,
) -> None:
    pass


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Files or directories to read; '-' reads standard input.")],
    output_format: Annotated[OutputFormat, typer.Option("--format", help="jsonl: one object a line; json: indented.")] = OutputFormat.jsonl,
    input_format: InputFormat = None,
    published: Published = None,
    outlet: Outlet = None,
    max_chars: MaxChars = 1_000_000,
    tone_model: ToneModelOption = None,
) -> None:
    """Analyse articles and print one JSON object per article (no database)."""
    from .extraction import extract_sources

    try:
        _choose_tone_model(tone_model)
        options = _read_options(published, outlet, max_chars)
        failed = 0
        for item in extract_sources(files, input_format=input_format, options=options):
            for problem in item.problems:
                err.print(problem.describe(), style="red" if problem.severity == "error" else "yellow", markup=False, highlight=False)
            if item.result is None:
                failed += 1
                continue
            data = item.result.to_json_dict()
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2 if output_format == OutputFormat.json else None))
    except NewsEventsError as exc:
        raise _fail(exc) from exc
    if failed:
        err.print(f"{failed} input record(s) failed")
        raise typer.Exit(1)


@app.command()
def ingest(
    files: Annotated[list[str], typer.Argument(help="Files or directories to read; '-' reads standard input.")],
    db: DbOption = "newsevents.duckdb",
    input_format: InputFormat = None,
    published: Published = None,
    outlet: Outlet = None,
    max_chars: MaxChars = 1_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[
        Optional[int],
        typer.Option("--workers", min=1, help="Analyse in N local Dask worker processes (a LocalCluster)."),
    ] = None,
    scheduler: Annotated[
        Optional[str],
        typer.Option("--scheduler", help="Analyse on a running Dask cluster, e.g. tcp://10.0.0.5:8786."),
    ] = None,
    shard_dir: Annotated[
        Optional[str],
        typer.Option("--shard-dir", help="Folder for analysed shards (default: DB.shards); workers must see it."),
    ] = None,
    shard_mb: Annotated[
        Optional[float],
        typer.Option("--shard-mb", min=0.01, help="Input megabytes per shard (default: sized to input and workers, at most 4)."),
    ] = None,
    tone_model: ToneModelOption = None,
) -> None:
    """Analyse articles and store them in the database; exit 1 if any input failed."""
    distributed = None
    if workers is not None or scheduler is not None:
        if workers is not None and scheduler is not None:
            raise _fail(UsageError("give --workers or --scheduler, not both"))
        distributed = {"workers": workers, "scheduler": scheduler, "shard_dir": shard_dir,
                       "shard_bytes": None if shard_mb is None else int(shard_mb * (1 << 20))}
    try:
        _choose_tone_model(tone_model)
        report = _run_ingest(files, db, input_format, _read_options(published, outlet, max_chars), quiet, distributed)
    except NewsEventsError as exc:
        raise _fail(exc) from exc
    raise typer.Exit(report.exit_code)


def _run_ingest(files: list[str], db: str, input_format: str | None, options: Any, quiet: bool,  # type: ignore[no-untyped-def]
                distributed: dict[str, Any] | None = None):
    from rich.progress import (
        BarColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    if distributed is not None:
        from functools import partial

        from .distributed import ingest_distributed

        run_ingest = partial(ingest_distributed, **distributed)
    else:
        from .ingestion import ingest as run_ingest

    started = time.perf_counter()
    if quiet:
        report = run_ingest(files, db, input_format=input_format, options=options)
    else:
        columns = (
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
            TextColumn("{task.fields[records]} records, {task.fields[rate]:.1f}/s, {task.fields[errors]} errors"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=err, transient=False) as progress:
            task = progress.add_task("ingesting", total=None, records=0, rate=0.0, errors=0)

            def update(report, outcome) -> None:  # type: ignore[no-untyped-def]
                elapsed = max(time.perf_counter() - started, 1e-6)
                progress.update(task, records=report.records_read, rate=report.records_read / elapsed, errors=report.errors)

            report = run_ingest(files, db, input_format=input_format, options=options, progress=update)
            progress.update(task, description="done", total=1, completed=1)
    _print_report(report, db, time.perf_counter() - started)
    return report


def _print_report(report, db: str, seconds: float) -> None:  # type: ignore[no-untyped-def]
    err.print(
        f"{report.records_read} records read in {seconds:.1f}s: {report.analysed} analysed, "
        f"{report.duplicates} copies linked to their originals, {report.unchanged} unchanged, "
        f"{report.stored - report.analysed - report.duplicates} stored without analysis; "
        f"{report.errors} errors, {report.warnings} warnings -> {db} (run {report.run_id})",
        highlight=False,
    )
    cluster = getattr(report, "cluster", None)
    if cluster is not None:
        rss = max(cluster.peak_rss.values(), default=0) / (1 << 20)
        err.print(
            f"  {cluster.shards} shards analysed on {cluster.workers} workers ({cluster.reused} found done), "
            f"{cluster.skipped} ingested before; peak memory of a worker {rss:.0f} MiB",
            highlight=False,
        )
    for problem in report.problems[:20]:
        err.print("  " + problem.describe(), style="red" if problem.severity == "error" else "yellow", markup=False, highlight=False)
    if len(report.problems) > 20:
        err.print(f"  ... and {len(report.problems) - 20} more: SELECT * FROM errors WHERE run_id = '{report.run_id}'")


# The columns a terminal table of events shows; CSV and JSON carry every column.
EVENT_TABLE_COLUMNS = ("date", "type", "status", "actor", "recipient", "outlet", "trigger")


def _print_rows(rows: list[dict[str, Any]], fmt: TableFormat, title: str | None = None) -> None:
    if fmt == TableFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == TableFormat.csv:
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        from rich.table import Table

        table = Table(title=title)
        names = list(rows[0]) if rows else []
        for name in names:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row.values()))
        Console().print(table if rows else f"{title or 'rows'}: none")


@app.command()
def events(
    db: DbOption = "newsevents.duckdb",
    actor: Annotated[Optional[str], typer.Option(help="Actor code, country, or part of its name.")] = None,
    recipient: Annotated[Optional[str], typer.Option(help="Recipient code, country, or part of its name.")] = None,
    country: Annotated[Optional[str], typer.Option(help="ISO alpha-3 country of the actor or recipient.")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before this date (YYYY-MM-DD).")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet name (case-insensitive, % wildcards).")] = None,
    status: Annotated[Optional[str], typer.Option(help="actual, planned, considered, hypothetical, negated or claimed.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 1000,
    output_format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """List stored events, filtered."""
    from .query import EventFilters, query_events
    from .store import Store

    try:
        filters = EventFilters(
            actor=actor, recipient=recipient, country=country, type=type, outlet=outlet, status=status,
            since=_parse_date(since, "--since"), until=_parse_date(until, "--until"),
        )
        with Store(db, read_only=True) as store:
            rows = query_events(store, filters, limit=limit)
    except NewsEventsError as exc:
        raise _fail(exc) from exc
    if output_format == TableFormat.table:
        rows = [{name: row[name] for name in EVENT_TABLE_COLUMNS} for row in rows]
    _print_rows(rows, output_format, title="events")


@app.command()
def dyad(
    actor: Annotated[str, typer.Argument(help="Actor code, country, or part of its name (e.g. ISR).")],
    recipient: Annotated[str, typer.Argument(help="Recipient code, country, or part of its name (e.g. IRN).")],
    db: DbOption = "newsevents.duckdb",
    interval: Annotated[str, typer.Option(help="day, week, month, quarter or year.")] = "month",
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. THREATEN.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before this date (YYYY-MM-DD).")] = None,
    status: Annotated[Optional[str], typer.Option(help="actual, planned, considered, hypothetical, negated or claimed.")] = None,
    output_format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """Events from ACTOR to RECIPIENT per period: counts, mean Goldstein score, QuadClass split."""
    from .query import EventFilters, dyad_series
    from .store import Store

    try:
        filters = EventFilters(type=type, status=status, since=_parse_date(since, "--since"), until=_parse_date(until, "--until"))
        with Store(db, read_only=True) as store:
            rows = dyad_series(store, actor, recipient, interval, filters)
    except NewsEventsError as exc:
        raise _fail(exc) from exc
    _print_rows(rows, output_format, title=f"{actor} -> {recipient} by {interval}")


@app.command()
def stats(
    db: DbOption = "newsevents.duckdb",
    output_format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """Counts by event type, country, outlet and month."""
    from .query import compute_stats
    from .store import Store

    try:
        with Store(db, read_only=True) as store:
            result = compute_stats(store)
    except NewsEventsError as exc:
        raise _fail(exc) from exc
    _print_stats(result, output_format)


def _print_stats(result: dict[str, Any], fmt: TableFormat) -> None:
    if fmt == TableFormat.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))
        return
    if fmt == TableFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["section", "key", "value"])
        for name, value in result["totals"].items():
            writer.writerow(["totals", name, value])
        for section, rows in result.items():
            if section == "totals":
                continue
            for row in rows:
                values = list(row.values())
                writer.writerow([section, values[0], "|".join(str(v) for v in values[1:])])
        return
    _print_rows([result["totals"]], fmt, "totals")
    for section in ("events_by_type", "events_by_country", "by_outlet", "by_month", "entity_types", "actors_by_country", "top_entities"):
        _print_rows(result[section], fmt, section.replace("_", " "))


class StoryFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


@app.command()
def stories(
    db: DbOption = "newsevents.duckdb",
    min_articles: Annotated[int, typer.Option("--min-articles", min=1, help="Only stories with at least this many articles.")] = 1,
    since: Annotated[Optional[str], typer.Option(help="Stories last seen on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Stories first seen on or before this date (YYYY-MM-DD).")] = None,
    limit: Annotated[Optional[int], typer.Option(min=1, help="At most this many stories, newest first.")] = None,
    output_format: Annotated[StoryFormat, typer.Option("--format")] = StoryFormat.table,
) -> None:
    """Stories: reports of the same real-world event across articles and outlets."""
    from .linking import STORY_TABLE_COLUMNS, list_stories
    from .store import Store

    try:
        since_date, until_date = _parse_date(since, "--since"), _parse_date(until, "--until")
        with Store(db, read_only=True) as store:
            rows = list_stories(store, min_articles=min_articles, since=since_date, until=until_date, limit=limit)
    except NewsEventsError as exc:
        raise _fail(exc) from exc
    if output_format == StoryFormat.jsonl:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif output_format == StoryFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        table_rows = [{name: (", ".join(row[name]) if isinstance(row[name], list) else row[name]) for name in STORY_TABLE_COLUMNS}
                      for row in rows]
        _print_rows(table_rows, TableFormat.table, title="stories")


class CompareFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def compare(
    db: DbOption = "newsevents.duckdb",
    story: Annotated[Optional[str], typer.Option(help="Compare the outlets that reported this story (its id).")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Articles naming this actor: a name, a code (ISRMIL) or a Wikidata id.")] = None,
    outlets: Annotated[Optional[str], typer.Option(help="Comma-separated outlets to compare, e.g. 'Reuters,Tasnim'.")] = None,
    top: Annotated[int, typer.Option(min=1, max=100, help="How many actors, terms, voices and events to list per outlet.")] = 10,
    output_format: Annotated[CompareFormat, typer.Option("--format")] = CompareFormat.text,
) -> None:
    """How each outlet tells it: naming, framing, voices quoted, tone and the events only it reports."""
    from .compare import Selection, compare_outlets, render_text
    from .store import Store

    selection = Selection(story=story, actor=actor,
                          outlets=tuple(o.strip() for o in (outlets or "").split(",") if o.strip()))
    try:
        with Store(db, read_only=True) as store:
            comparison = compare_outlets(store, selection, top=top)
    except NewsEventsError as exc:
        raise _fail(exc) from exc
    if output_format == CompareFormat.json:
        typer.echo(json.dumps(comparison, ensure_ascii=False, indent=2))
    else:
        typer.echo(render_text(comparison))


@app.command("export")
def export_command(
    db: DbOption = "newsevents.duckdb",
    fmt: Annotated[str, typer.Option("--format", help="gdelt, gdelt-mentions, plover, icews, csv, parquet or gephi.")] = ...,  # type: ignore[assignment]
    output: Annotated[str, typer.Option("--output", "-o", help="A file ('-' for stdout), or a directory for csv, parquet and gephi.")] = ...,  # type: ignore[assignment]
    all_statuses: Annotated[bool, typer.Option("--all-statuses", help="Also export planned, considered, hypothetical and negated events to gdelt, icews and gephi.")] = False,
) -> None:
    """Export the database in the field's formats (see docs/exports.md)."""
    from .exporters import export

    try:
        summary = export(db, fmt, output, all_statuses=all_statuses)
    except NewsEventsError as exc:
        raise _fail(exc) from exc
    err.print(summary.describe(), highlight=False)


@app.command()
def demo(
    db: DbOption = "demo.duckdb",
    corpus: Annotated[Optional[Path], typer.Option(help="Corpus folder (default: the bundled demo corpus).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Ingest the bundled demo corpus into a fresh database and show what was found."""
    from .demo import corpus_inputs
    from .query import compute_stats
    from .readers import ReadOptions
    from .store import Store

    try:
        inputs = corpus_inputs(corpus)
        for path in (Path(db), Path(db + ".wal")):
            path.unlink(missing_ok=True)
        err.print(f"Ingesting the demo corpus ({', '.join(Path(p).name for p in inputs)}) into {db}", highlight=False)
        report = _run_ingest(inputs, db, None, ReadOptions(), quiet)
        with Store(db, read_only=True) as store:
            result = compute_stats(store)
    except NewsEventsError as exc:
        raise _fail(exc) from exc
    _print_stats(result, TableFormat.table)
    raise typer.Exit(report.exit_code)


@app.command()
def serve(
    db: DbOption = "newsevents.duckdb",
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 (this machine only) unless you mean to share it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve a read-only web UI and JSON API over the database (all assets local; works offline)."""
    from .web import serve as run_server

    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning[/yellow] listening on {host}: anyone who can reach it can read the database", highlight=False)
    err.print(f"Serving {db} read-only at http://{'[' + host + ']' if ':' in host else host}:{port}/ (Ctrl+C to stop)", highlight=False)
    try:
        run_server(db, host=host, port=port)
    except NewsEventsError as exc:
        raise _fail(exc) from exc


def main() -> None:
    try:
        app()
    except NewsEventsError as exc:  # a library error that escaped a command
        err.print(f"[red]error[/red] {escape(str(exc))}")  # a message may hold brackets: [transformer]
        sys.exit(2 if isinstance(exc, UsageError) else 1)


if __name__ == "__main__":
    main()
