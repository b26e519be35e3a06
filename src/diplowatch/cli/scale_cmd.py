"""`diplowatch load` and `diplowatch query-parquet`: using a Parquet output folder.

The folder comes from `extract/ingest --out DIR` (options in
``diplowatch.scale.cli``); see docs/scale.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from diplowatch.cli.store_cmd import _filters, escape_option
from diplowatch.scale.cli import load_folder


@click.command()
@click.argument("folder", metavar="DIR")
@click.option(
    "--db",
    default="diplowatch.db",
    envvar="DIPLOWATCH_DB",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Database file to add to (default: ./diplowatch.db, or $DIPLOWATCH_DB).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: when a terminal).",
)
def load(folder: str, db: str, progress: bool | None) -> None:
    """Merge a Parquet output folder (from `--out DIR`) into the database.

    Documents already in the database are left alone, so loading again (or
    after a rerun finished more partitions) is safe.

    \b
    Examples:
      diplowatch extract dump.jsonl --engine dask --out run1/ && diplowatch load run1/
      diplowatch load s3://bucket/run1 --db archive.db
    """
    load_folder(folder, db, progress=progress)


def _open_query(folder: str) -> Any:
    from diplowatch.scale.load import open_output
    from diplowatch.scale.query import ParquetQuery

    return ParquetQuery(open_output(folder))


def _filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    from diplowatch.cli.store_cmd import filter_options

    return filter_options(func)


@click.group("query-parquet")
def query_parquet() -> None:
    """Answer `events` and `relations` directly over a Parquet folder (DuckDB).

    For collections too large for one SQLite file: no load step, the folder
    (local or fsspec URL) is scanned in place. Reports of one event are merged
    on the same day (the store also merges within ±3 days; see docs/scale.md).

    \b
    Examples:
      diplowatch query-parquet events run1/ --actor KOR --since 2024
      diplowatch query-parquet relations run1/ --focus IRN --format csv
    """


@query_parquet.command("events")
@click.argument("folder", metavar="DIR")
@_filter_options
@click.option(
    "--limit", type=int, default=50, show_default=True, help="At most this many events (0: all)."
)
@click.option("--offset", type=int, default=0, help="Skip this many events first.")
@click.option(
    "--order",
    type=click.Choice(["date_desc", "date_asc", "mentions_desc"]),
    default="date_desc",
    show_default=True,
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
)
@escape_option
def events_cmd(
    folder: str, limit: int, offset: int, order: str, fmt: str, escape_formulas: bool, **kw: Any
) -> None:
    """List merged events of a Parquet folder, newest first (same filters as `events`).

    \b
    Examples:
      diplowatch query-parquet events run1/ --actor KOR --partner VNM --type AGREE
      diplowatch query-parquet events run1/ --sector energy --format jsonl
    """
    query = _open_query(folder)
    try:
        rows = query.events(limit=limit or None, offset=offset, order=order, **_filters(**kw))
    finally:
        query.close()
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        from diplowatch.cli.store_cmd import write_csv
        from diplowatch.store.export import FLAT_COLUMNS, flat_row

        write_csv(
            [flat_row(row) for row in rows], list(FLAT_COLUMNS), escape_formulas=escape_formulas
        )
    else:
        from diplowatch.store.render import events_table

        click.echo(events_table(rows) if rows else "No events match.")


@query_parquet.command("relations")
@click.argument("folder", metavar="DIR")
@click.option("--focus", required=True, help="Actor code whose partners to rank, e.g. KOR.")
@click.option("--since", help="From this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Up to this date, inclusive.")
@click.option("--limit", type=int, default=30, show_default=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
)
@escape_option
def relations_cmd(
    folder: str,
    focus: str,
    since: str | None,
    until: str | None,
    limit: int,
    fmt: str,
    escape_formulas: bool,
) -> None:
    """Partners of an actor in a Parquet folder, ranked by shared events (like `relations`).

    \b
    Examples:
      diplowatch query-parquet relations run1/ --focus KOR --since 2024
    """
    query = _open_query(folder)
    try:
        rows = query.relations(focus, since=since, until=until, limit=limit)
    finally:
        query.close()
    from diplowatch.cli.store_cmd import print_relations

    print_relations(rows, focus, fmt, escape_formulas=escape_formulas)


COMMANDS: list[click.Command] = [load, query_parquet]
