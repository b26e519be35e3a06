"""`diplowatch load` and `diplowatch query-parquet`: using a Parquet output folder.

The folder comes from `extract/ingest --out DIR` (``cli.scaled``); see docs/scale.md.
"""

from __future__ import annotations

from typing import Any

import click

from diplowatch.cli.common import print_events, print_relations
from diplowatch.cli.options import (
    escape_option,
    event_filter,
    filter_options,
    table_format_option,
)
from diplowatch.cli.scaled import load_folder
from diplowatch.store.filters import ORDERS


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
@filter_options
@click.option(
    "--limit", type=int, default=50, show_default=True, help="At most this many events (0: all)."
)
@click.option("--offset", type=int, default=0, help="Skip this many events first.")
@click.option(
    "--order",
    type=click.Choice(list(ORDERS)),
    default="date_desc",
    show_default=True,
    help="Newest or oldest first, most mentions, or most articles first.",
)
@table_format_option
@escape_option
def events_cmd(
    folder: str,
    limit: int,
    offset: int,
    order: str,
    fmt: str,
    escape_formulas: bool,
    bom: bool,
    **kw: Any,
) -> None:
    """List merged events of a Parquet folder, newest first (same filters as `events`).

    \b
    Examples:
      diplowatch query-parquet events run1/ --actor KOR --partner VNM --type AGREE
      diplowatch query-parquet events run1/ --sector energy --format jsonl
    """
    where = event_filter(kw)
    query = _open_query(folder)
    try:
        rows = query.events(where, limit=limit or None, offset=offset, order=order)
    finally:
        query.close()
    print_events(rows, fmt, escape_formulas=escape_formulas, bom=bom)


@query_parquet.command("relations")
@click.argument("folder", metavar="DIR")
@click.option("--focus", required=True, help="Actor code whose partners to rank, e.g. KOR.")
@click.option("--since", help="From this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Up to this date, inclusive.")
@click.option("--limit", type=int, default=30, show_default=True)
@table_format_option
@escape_option
def relations_cmd(
    folder: str,
    focus: str,
    since: str | None,
    until: str | None,
    limit: int,
    fmt: str,
    escape_formulas: bool,
    bom: bool,
) -> None:
    """Partners of an actor in a Parquet folder, ranked by shared events (like `relations`).

    \b
    Examples:
      diplowatch query-parquet relations run1/ --focus KOR --since 2024
    """
    from diplowatch.store.filters import parse_code

    code = parse_code("focus", focus) or focus
    query = _open_query(folder)
    try:
        rows = query.relations(code, since=since, until=until, limit=limit)
    finally:
        query.close()
    print_relations(rows, code, fmt, escape_formulas=escape_formulas, bom=bom)


COMMANDS: list[click.Command] = [load, query_parquet]
