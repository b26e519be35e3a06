"""Database commands: ingest, events, search, relations, timeline, report, export, summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from diplowatch.cli.common import (
    finish,
    jsonl,
    open_store,
    print_events,
    print_relations,
    progress_total,
    read_documents,
    write_csv,
)
from diplowatch.cli.options import (
    db_option,
    engine_options,
    escape_option,
    event_filter,
    filter_options,
    input_options,
    table_format_option,
)
from diplowatch.cli.scaled import Inputs, Scaling, run_scaled
from diplowatch.problems import ProblemReporter, UserError
from diplowatch.progress import with_progress
from diplowatch.store.filters import ORDERS


@click.command()
@input_options
@db_option
@engine_options
@click.option(
    "--reextract", is_flag=True, help="Re-extract documents stored by another extractor version."
)
@click.option(
    "--batch-size", type=int, default=100, show_default=True, help="Documents per transaction."
)
def ingest(
    inputs: tuple[str, ...],
    keep_duplicates: bool,
    follow: bool,
    workers: int | None,
    strict: bool,
    progress: bool | None,
    db: str,
    engine: str,
    scheduler: str | None,
    out_dir: str | None,
    batch: int,
    overwrite: bool,
    dashboard: str,
    reextract: bool,
    batch_size: int,
) -> None:
    """Extract events from articles and add them to the database.

    Re-ingesting a document with the same id and text does nothing; a copy of
    a stored article (same text under another id, or a near copy, from this
    run or an earlier one) is recorded as a "duplicate", not counted twice. A
    document whose extraction fails is reported and left for the next run.
    Mentions of one real
    event from several articles are merged (see docs/store.md). Safe to
    interrupt and re-run; several ingests may share one file (they take turns).

    \b
    Examples:
      diplowatch ingest news.jsonl
      diplowatch ingest articles/ feeds/*.xml --db korea.db --workers 2
      diplowatch ingest news.jsonl --reextract     # after upgrading diplowatch
      diplowatch ingest dump.jsonl --engine dask   # partitions on a Dask LocalCluster, then load
    """
    reading = Inputs(inputs, keep_duplicates, follow, workers, strict, progress)
    scaling = Scaling(engine, scheduler, out_dir, batch, overwrite, dashboard)
    if scaling.partitioned:
        run_scaled(scaling, reading, db=db, reextract=reextract)
    else:
        _ingest_here(reading, db, reextract=reextract, batch_size=batch_size)


def _ingest_here(reading: Inputs, db: str, *, reextract: bool, batch_size: int) -> None:
    """`ingest` in this process (or a local pool), in batched transactions."""
    from diplowatch.pool import default_workers
    from diplowatch.store.ingest import ingest as run_ingest

    reporter = ProblemReporter()
    docs = with_progress(
        read_documents(
            reading.inputs, reporter, keep_duplicates=reading.keep_duplicates, follow=reading.follow
        ),
        reading.progress,
        "ingest",
        progress_total(reading.inputs, reading.progress),
    )
    with open_store(db, readonly=False) as store:
        result = run_ingest(
            store,
            docs,
            workers=default_workers(reading.workers),
            reextract=reextract,
            batch_size=max(1, batch_size),
            reporter=reporter,
        )
        stats = store.stats()
    click.echo(
        f"diplowatch: {result.line()}. {db}: {stats['documents']} documents, "
        f"{stats['events']} events.",
        err=True,
    )
    finish(reporter, result.succeeded, reading.strict)


@click.command()
@db_option
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
    help="Newest or oldest first (undated events last), most mentions, or most articles "
    "(copies included) first.",
)
@table_format_option
@click.option(
    "--with-mentions", is_flag=True, help="jsonl: add every mention (document, url, evidence)."
)
@escape_option
def events(db, limit, offset, order, fmt, with_mentions, escape_formulas, bom, **kw) -> None:
    """List merged events, newest first.

    \b
    Examples:
      diplowatch events --actor KOR --since 2024
      diplowatch events --actor KOR --partner VNM --type AGREE --format jsonl --with-mentions
      diplowatch events --sector energy --status planned --format csv > planned.csv
    """
    where = event_filter(kw)
    with open_store(db) as store:
        rows = store.events(where, limit=limit or None, offset=offset, order=order)
        if fmt == "jsonl" and with_mentions:
            rows = [store.event(r["id"]) for r in rows]
    print_events(rows, fmt, escape_formulas=escape_formulas, bom=bom)


@click.command()
@click.argument("text")
@db_option
@click.option(
    "--limit", type=int, default=20, show_default=True, help="At most this many documents."
)
@click.option("--lang", help="Only documents in this language.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table for reading; jsonl for other tools.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1, 3600),
    default=30.0,
    show_default=True,
    help="Stop a search that runs longer than this many seconds.",
)
def search(text, db, limit, lang, fmt, timeout) -> None:
    """Full-text search over stored documents (every word must occur).

    Diacritics, tatweel and letter variants (ي/ی, ك/ک) are ignored; a word
    ending in * matches as a prefix (at least 2 letters, at most 5 such words
    per search; at most 32 words in all).

    \b
    Examples:
      diplowatch search "كوريا فيتنام"
      diplowatch search 'همکاری*' --lang fa
    """
    with open_store(db) as store:
        rows = store.search(text, limit=limit, lang=lang, max_seconds=timeout)
    if fmt == "jsonl":
        jsonl([{k: v for k, v in r.items() if k != "snippet_html"} for r in rows])
        return
    from diplowatch.store.render import table

    click.echo(
        table(
            [(r["doc_id"], r["lang"], r["published"], r["snippet"]) for r in rows],
            ("doc_id", "lang", "published", "snippet"),
            max_width=90,
        )
        if rows
        else "No document matches."
    )


@click.command()
@db_option
@click.option("--focus", required=True, help="Actor code whose partners to rank, e.g. KOR.")
@click.option("--since", help="From this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Up to this date, inclusive.")
@click.option(
    "--limit", type=int, default=30, show_default=True, help="At most this many partners."
)
@table_format_option
@escape_option
def relations(db, focus, since, until, limit, fmt, escape_formulas, bom) -> None:
    """Partners of an actor ranked by shared events, with cooperation/conflict balance.

    Balance = (cooperation - conflict) / (cooperation + conflict), from the
    quad class of each event type (store/plover.py).

    \b
    Examples:
      diplowatch relations --focus KOR --since 2024
      diplowatch relations --focus IRN --format csv > iran.csv
    """
    from diplowatch.store.filters import parse_code

    code = parse_code("focus", focus) or focus
    with open_store(db) as store:
        rows = store.relations(code, since=since, until=until, limit=limit)
    print_relations(rows, code, fmt, escape_formulas=escape_formulas, bom=bom)


@click.command()
@db_option
@click.option("--focus", required=True, help="Actor code, e.g. KOR.")
@click.option("--partner", help="Only events with this partner, e.g. VNM.")
@click.option("--since", help="From this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Up to this date, inclusive.")
@table_format_option
@escape_option
def timeline(db, focus, partner, since, until, fmt, escape_formulas, bom) -> None:
    """Events per month and type for an actor (and optionally one partner).

    \b
    Examples:
      diplowatch timeline --focus KOR --partner VNM
      diplowatch timeline --focus KOR --since 2023 --format csv
    """
    from diplowatch.store.filters import parse_code

    code = parse_code("focus", focus) or focus
    other = parse_code("partner", partner)
    with open_store(db) as store:
        rows = store.timeline(code, partner=other, since=since, until=until)
        undated = store.undated(code, partner=other)
    if fmt == "jsonl":
        jsonl(rows)
    elif fmt == "csv":
        write_csv(rows, ["month", "type", "count"], escape_formulas=escape_formulas, bom=bom)
    else:
        click.echo(_month_table(rows) if rows else "No dated events.")
        if undated:
            with_partner = f" --partner {other}" if other else ""
            click.echo(
                f"+ {undated:,} undated event(s) not on any month "
                f"(list them: diplowatch events --actor {code}{with_partner} --undated)"
            )


def _month_table(rows: list[dict[str, Any]]) -> str:
    """`timeline` rows (month, type, count) as one line a month, its types summed and listed."""
    from diplowatch.store.render import table

    months: dict[str, dict[str, int]] = {}
    for r in rows:
        months.setdefault(r["month"], {})[r["type"]] = r["count"]
    return table(
        [
            (m, sum(t.values()), ", ".join(f"{k} {v}" for k, v in sorted(t.items())))
            for m, t in months.items()
        ],
        ("month", "events", "types"),
        max_width=100,
    )


@click.command()
@db_option
@click.option("--focus", required=True, help="Actor code the report is about, e.g. KOR.")
@click.option("--partner", help="Restrict to relations with this partner.")
@click.option("--since", help="From this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Up to this date, inclusive.")
@click.option("--top", type=int, default=20, show_default=True, help="Partners and events listed.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write here (.html or .md); default: standard output.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "md"]),
    default=None,
    help="Default: from the -o extension, else html.",
)
def report(db, focus, partner, since, until, top, output, fmt) -> None:
    """A self-contained report (partners, monthly chart, top events with evidence).

    The HTML has inline SVG charts and no external files: it opens offline.

    \b
    Examples:
      diplowatch report --focus KOR -o report.html
      diplowatch report --focus KOR --partner VNM --since 2024 -o kor-vnm.md
    """
    from diplowatch.store.report import collect, to_html, to_markdown

    if fmt is None:
        fmt = "md" if output and Path(output).suffix.lower() in {".md", ".markdown"} else "html"
    with open_store(db) as store:
        data = collect(store, focus, partner=partner, since=since, until=until, top=top)
    text = to_html(data) if fmt == "html" else to_markdown(data)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"diplowatch: wrote {output} ({data.total_events} events).", err=True)
    else:
        click.echo(text)


@click.command()
@db_option
@filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", "plover"]),
    default="jsonl",
    show_default=True,
    help="jsonl: full events with mentions; csv/parquet: GDELT-like flat rows; plover: PLOVER-manual reading.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write here (required for parquet)."
)
@escape_option
def export(db, fmt, output, escape_formulas, bom, **kw) -> None:
    """Export merged events.

    \b
    Examples:
      diplowatch export --format csv -o events.csv
      diplowatch export --format parquet -o events.parquet --actor KOR
      diplowatch export --format plover --since 2024 > plover.jsonl
    """
    from diplowatch.store.export import export as run_export

    if fmt == "parquet" and not output:
        raise UserError("--format parquet needs -o FILE")
    where = event_filter(kw)
    with open_store(db) as store:
        if output:
            mode = "wb" if fmt == "parquet" else "w"
            encoding = None if fmt == "parquet" else "utf-8"
            newline = None if fmt == "parquet" else ""
            with open(output, mode, encoding=encoding, newline=newline) as out:
                count = run_export(store, fmt, out, where, escape_formulas=escape_formulas, bom=bom)
            click.echo(f"diplowatch: wrote {count} events to {output}.", err=True)
        else:
            run_export(store, fmt, sys.stdout, where, escape_formulas=escape_formulas, bom=bom)


@click.command()
@db_option
@click.option("--examples", type=int, default=5, show_default=True, help="Example events shown.")
def summary(db, examples) -> None:
    """A readable overview: languages, event types, top pairs, example events.

    \b
    Example:
      diplowatch summary --db demo.db
    """
    from diplowatch.store.summary import summary as build

    with open_store(db) as store:
        click.echo(build(store, examples=examples))


COMMANDS: list[click.Command] = [
    ingest,
    events,
    search,
    relations,
    timeline,
    report,
    export,
    summary,
]
