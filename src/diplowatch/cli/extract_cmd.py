"""`diplowatch extract` and `diplowatch explain`: extraction without a database."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import TextIO

import click

from diplowatch.model import Document, Record
from diplowatch.problems import ProblemReporter
from diplowatch.scale.cli import engine_options

INPUTS_HELP = (
    "Files, folders (read recursively), glob patterns, URLs, or '-' for standard input. "
    "Accepted: .txt, .jsonl, .html/.htm, .warc/.warc.gz, RSS/Atom feeds (.xml/.rss/.atom)."
)


def input_options(func):
    """Options shared by every command that reads articles."""
    options = [
        click.argument("inputs", nargs=-1, required=True),
        click.option(
            "--keep-duplicates", is_flag=True, help="Extract every copy of duplicated articles."
        ),
        click.option("--follow", is_flag=True, help="For feeds: fetch the linked article pages."),
        click.option(
            "--workers", type=int, default=None, help="Worker processes (default: number of cores)."
        ),
        click.option(
            "--strict", is_flag=True, help="Exit with status 1 if any input had a problem."
        ),
        click.option(
            "--progress/--no-progress",
            default=None,
            help="Progress bar on stderr (default: when stderr is a terminal).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def default_workers(workers: int | None) -> int:
    return workers if workers and workers > 0 else (os.cpu_count() or 1)


def read_documents(
    inputs: tuple[str, ...], reporter: ProblemReporter, *, keep_duplicates: bool, follow: bool
) -> Iterator[Document]:
    from diplowatch.ingest import iter_documents

    return iter_documents(list(inputs), reporter, keep_duplicates=keep_duplicates, follow=follow)


def with_progress(items: Iterator[Record], enabled: bool | None, desc: str) -> Iterator[Record]:
    show = sys.stderr.isatty() if enabled is None else enabled
    if not show:
        return items
    from tqdm import tqdm

    return iter(tqdm(items, desc=desc, unit="doc", file=sys.stderr, mininterval=0.5))


def finish(reporter: ProblemReporter, succeeded: int, strict: bool) -> None:
    """Exit code policy: 0 if anything worked (unless --strict), 1 otherwise."""
    if reporter.count:
        click.echo(
            f"diplowatch: {reporter.count} problem(s) reported above; {succeeded} document(s) processed.",
            err=True,
        )
    if (strict and reporter.count) or (succeeded == 0 and reporter.count):
        sys.exit(1)
    if succeeded == 0:
        click.echo("diplowatch: no documents found in the inputs.", err=True)
        sys.exit(1)


@click.command()
@input_options
@engine_options()  # scale engineer: --engine/--scheduler/--out/--batch/--overwrite
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
def extract(inputs, keep_duplicates, follow, workers, strict, progress, fmt, output) -> None:
    """Extract events from articles and write one record per document.

    \b
    Examples:
      diplowatch extract news.jsonl -o events.jsonl
      diplowatch extract articles/ --format table
      cat story.txt | diplowatch extract -
      diplowatch extract dump.jsonl --out run1/                  # Parquet, local pool
      diplowatch extract dump.jsonl --engine dask --out run1/    # Dask LocalCluster
    """
    from diplowatch.pipeline import process_stream
    from diplowatch.render import render_table

    reporter = ProblemReporter()
    docs = read_documents(inputs, reporter, keep_duplicates=keep_duplicates, follow=follow)
    records = with_progress(
        process_stream(docs, workers=default_workers(workers), reporter=reporter),
        progress,
        "extract",
    )
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
    finish(reporter, succeeded, strict)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--doc", "doc_ids", multiple=True, help="Only explain these document ids.")
@click.option(
    "--color/--no-color",
    default=None,
    help="Highlight evidence with terminal colours (default: when a terminal).",
)
def explain(inputs, doc_ids, color) -> None:
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
