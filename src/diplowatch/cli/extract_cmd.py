"""`diplowatch extract` and `diplowatch explain`: extraction without a database."""

from __future__ import annotations

import json
import sys
from typing import TextIO

import click

from diplowatch.cli.common import finish, progress_total, read_documents
from diplowatch.cli.options import engine_options, input_options
from diplowatch.cli.scaled import Inputs, Scaling, refuse_local_output, run_scaled
from diplowatch.problems import ProblemReporter
from diplowatch.progress import with_progress


@click.command()
@input_options
@engine_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per document (the ONTOLOGY.md contract); table: readable text.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write here instead of standard output.",
)
def extract(
    inputs: tuple[str, ...],
    keep_duplicates: bool,
    follow: bool,
    workers: int | None,
    strict: bool,
    progress: bool | None,
    engine: str,
    scheduler: str | None,
    out_dir: str | None,
    batch: int,
    overwrite: bool,
    dashboard: str,
    fmt: str,
    output: str | None,
) -> None:
    """Extract events from articles and write one record per document.

    \b
    Examples:
      diplowatch extract news.jsonl -o events.jsonl
      diplowatch extract articles/ --format table
      cat story.txt | diplowatch extract -
      diplowatch extract dump.jsonl --out run1/                  # Parquet, local pool
      diplowatch extract dump.jsonl --engine dask --out run1/    # Dask LocalCluster
    """
    reading = Inputs(inputs, keep_duplicates, follow, workers, strict, progress)
    scaling = Scaling(engine, scheduler, out_dir, batch, overwrite, dashboard)
    if scaling.partitioned:
        refuse_local_output(output, fmt)
        run_scaled(scaling, reading)
    else:
        _extract_here(reading, fmt, output)


def _extract_here(reading: Inputs, fmt: str, output: str | None) -> None:
    """`extract` in this process (or a local pool), written as JSON Lines or a table."""
    from diplowatch.guard import process_stream
    from diplowatch.pool import default_workers
    from diplowatch.render import render_table

    reporter = ProblemReporter()
    docs = with_progress(
        read_documents(
            reading.inputs, reporter, keep_duplicates=reading.keep_duplicates, follow=reading.follow
        ),
        reading.progress,
        "extract",
        progress_total(reading.inputs, reading.progress),
    )
    records = process_stream(docs, workers=default_workers(reading.workers), reporter=reporter)
    out: TextIO = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    succeeded = 0
    try:
        for record in records:
            succeeded += 1
            if fmt == "jsonl":
                out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
            else:
                out.write(render_table(record) + "\n")
    finally:
        if output:
            out.close()
    finish(reporter, succeeded, reading.strict)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--doc", "doc_ids", multiple=True, help="Only explain these document ids.")
@click.option(
    "--color/--no-color",
    default=None,
    help="Highlight evidence with terminal colours (default: when a terminal).",
)
def explain(inputs: tuple[str, ...], doc_ids: tuple[str, ...], color: bool | None) -> None:
    """Show each extracted event of a document with its evidence highlighted.

    INPUTS are read like `extract` reads them (a file, folder or '-').
    """
    from diplowatch.guard import Failure, process_guarded
    from diplowatch.render import render_explanation

    reporter = ProblemReporter()
    use_color = sys.stdout.isatty() if color is None else color
    shown = 0
    for doc in read_documents(inputs, reporter, keep_duplicates=True, follow=False):
        if doc_ids and doc.doc_id not in doc_ids:
            continue
        record = process_guarded(doc)
        if isinstance(record, Failure):
            reporter.report(record.source, record.reason)
            continue
        shown += 1
        click.echo(render_explanation(doc, record, color=use_color), color=use_color)
    finish(reporter, shown, False)


COMMANDS: list[click.Command] = [extract, explain]
