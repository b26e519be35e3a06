"""Options shared by several commands, so each is spelt and explained once.

Each decorator only adds options; the command's body reads them and decides
(for the engine options: ``cli.scaled.Scaling`` says whether the run is
partitioned, and the command branches on it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from diplowatch.model import AGENTS
from diplowatch.scale import DASHBOARD

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = "Database file (default: ./diplowatch.db, or $DIPLOWATCH_DB)."

ENGINE_HELP = (
    "local: process pool on this machine; dask: a Dask cluster (--scheduler, or a "
    "LocalCluster with --workers processes when no scheduler is given)."
)


def _add(func: F, options: list[Callable[[F], F]]) -> F:
    """Apply ``options`` so that ``--help`` lists them in the order given."""
    for option in reversed(options):
        func = option(func)
    return func


def input_options(func: F) -> F:
    """Options shared by every command that reads articles."""
    return _add(
        func,
        [
            click.argument("inputs", nargs=-1, required=True),
            click.option(
                "--keep-duplicates", is_flag=True, help="Extract every copy of duplicated articles."
            ),
            click.option(
                "--follow", is_flag=True, help="For feeds: fetch the linked article pages."
            ),
            click.option(
                "--workers",
                type=int,
                default=None,
                help="Worker processes (default: number of cores).",
            ),
            click.option(
                "--strict", is_flag=True, help="Exit with status 1 if any input had a problem."
            ),
            click.option(
                "--progress/--no-progress",
                default=None,
                help="Progress bar on stderr (default: when stderr is a terminal).",
            ),
        ],
    )


def engine_options(func: F) -> F:
    """--engine/--scheduler/--out/--batch/--overwrite/--dashboard of a reading command."""
    return _add(func, [*_engine_choice(), *_partition_output()])


def _engine_choice() -> list[Callable[[F], F]]:
    """--engine, --scheduler and --dashboard: where the work runs."""
    return [
        click.option(
            "--engine",
            type=click.Choice(["local", "dask"]),
            default="local",
            show_default=True,
            help=ENGINE_HELP,
        ),
        click.option(
            "--scheduler",
            metavar="URL",
            default=None,
            help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (implies --engine dask).",
        ),
    ]


def _partition_output() -> list[Callable[[F], F]]:
    """--out, --batch, --overwrite and --dashboard: how a partitioned run writes and is watched."""
    return [
        click.option(
            "--out",
            "out_dir",
            metavar="DIR",
            default=None,
            help="Write Parquet partitions (documents, events, actors) to this folder "
            "(local path or fsspec URL such as s3://bucket/run1). A rerun skips finished partitions.",
        ),
        click.option(
            "--batch",
            type=int,
            default=200,
            show_default=True,
            help="Documents per partition (one task) with --out / --engine dask.",
        ),
        click.option(
            "--overwrite",
            is_flag=True,
            help="With --out: replace a folder that holds output of other input or options.",
        ),
        click.option(
            "--dashboard",
            metavar="HOST:PORT",
            default=DASHBOARD,
            show_default=True,
            help="Where a LocalCluster's Dask dashboard listens (--engine dask without "
            "--scheduler); 0.0.0.0:8787 exposes it to the network.",
        ),
    ]


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        default="diplowatch.db",
        envvar="DIPLOWATCH_DB",
        show_default=True,
        type=click.Path(dir_okay=False),
        help=DB_HELP,
    )(func)


def filter_options(func: F) -> F:
    """Event filters shared by `events`, `export` and `query-parquet events`.

    They are checked by ``store.filters.EventFilter``, the same code that
    checks the API's query parameters, so both answer a bad value alike.
    """
    return _add(func, [*_who_and_what_filters(), *_when_and_where_filters()])


def _who_and_what_filters() -> list[Callable[[F], F]]:
    """--actor, --partner, --agent, --type, --status, --sector: what the events are."""
    return [
        click.option(
            "--actor",
            help="Events involving this actor: a code (KOR) or a name in any language "
            "(Iran, ایران, إيران).",
        ),
        click.option(
            "--partner", help="…and also this actor (with --actor: events between the two)."
        ),
        click.option(
            "--agent",
            help="Events where this agent acts: COP, or with its country IRQ:COP, or -:UAF "
            "(no country given); comma-separated. Agents: " + ", ".join(AGENTS) + ".",
        ),
        click.option(
            "--type", "type_", help="Event type(s), comma-separated, e.g. AGREE,COOPERATE."
        ),
        click.option("--status", help="reported, planned or negated (comma-separated)."),
        click.option("--sector", help="Sector key(s), comma-separated, e.g. energy,trade."),
    ]


def _when_and_where_filters() -> list[Callable[[F], F]]:
    """--since, --until, --undated, --lang, --source, --min-sentences: when and by whom told."""
    return [
        click.option("--since", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--until", help="Up to this date (inclusive): YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option(
            "--undated",
            is_flag=True,
            help="Only events whose date no text gives (no date at all).",
        ),
        click.option(
            "--lang", help="Only events reported in documents of these languages (ar,fa,en)."
        ),
        click.option("--source", help="Only events reported by this source or web host."),
        click.option(
            "--min-sentences",
            "min_sentences",
            type=int,
            help="Only events told in at least this many sentences across their articles "
            "(like GDELT's NumMentions): 2 drops what a single sentence says in passing.",
        ),
    ]


def event_filter(kw: dict[str, Any]) -> Any:
    """The `filter_options` values of a command as one checked ``EventFilter``."""
    from diplowatch.store.filters import FILTER_KEYS, EventFilter

    raw = {key: kw.pop("type_" if key == "type" else key, None) for key in FILTER_KEYS}
    return EventFilter.parse(raw)


def table_format_option(func: F) -> F:
    """--format for the commands that list rows: a table to read, or JSONL
    or CSV for other tools (spelt once for every such listing)."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "jsonl", "csv"]),
        default="table",
        show_default=True,
        help="table for reading; jsonl or csv for other tools.",
    )(func)


def escape_option(func: F) -> F:
    """--escape-formulas and --bom for commands that write CSV."""
    func = click.option(
        "--bom/--no-bom",
        default=True,
        show_default=True,
        help="CSV: start with a UTF-8 byte order mark, so Excel shows Arabic and Persian "
        "text instead of mojibake; turn off for tools that do not expect one.",
    )(func)
    return click.option(
        "--escape-formulas/--no-escape-formulas",
        default=True,
        show_default=True,
        help="CSV: put ' before cells starting with = + - @ (or a tab/CR), so a spreadsheet "
        "shows them as text instead of running them; turn off for pipelines.",
    )(func)
