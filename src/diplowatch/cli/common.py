"""What several commands do alike: read inputs, end with an exit code, print rows.

Heavy modules (the readers, the store, tqdm) are imported inside the
functions, so that ``diplowatch --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import click

from diplowatch.model import Document
from diplowatch.problems import ProblemReporter
from diplowatch.progress import shown

RELATION_COLUMNS = (
    "partner",
    "events",
    "cooperation",
    "conflict",
    "balance",
    "score_sum",
    "top_sectors",
    "last_contact",
)


def read_documents(
    inputs: tuple[str, ...], reporter: ProblemReporter, *, keep_duplicates: bool, follow: bool
) -> Iterator[Document]:
    from diplowatch.ingest import iter_documents

    return iter_documents(list(inputs), reporter, keep_duplicates=keep_duplicates, follow=follow)


def progress_total(inputs: tuple[str, ...], enabled: bool | None) -> int | None:
    """How many documents the inputs hold, counted only when a bar is shown."""
    if not shown(enabled):
        return None
    from diplowatch.ingest.files import estimate_documents

    return estimate_documents(list(inputs))


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


def open_store(db: str, *, readonly: bool = True) -> Any:
    from diplowatch.store import Store

    return Store(db, readonly=readonly)


def jsonl(rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


def write_csv(
    rows: list[dict[str, Any]],
    columns: list[str],
    *,
    escape_formulas: bool = True,
    bom: bool = True,
) -> None:
    """CSV on standard output; lists joined with ';', formula cells escaped."""
    from diplowatch.store.export import BOM, CsvWriter

    if bom:
        sys.stdout.write(BOM)
    writer = CsvWriter(sys.stdout, columns, escape_formulas=escape_formulas)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
        )


def print_events(
    rows: list[dict[str, Any]], fmt: str, *, escape_formulas: bool = True, bom: bool = True
) -> None:
    """Print merged events as a table, JSON Lines or flat CSV rows (``events``,
    ``query-parquet events``)."""
    if fmt == "jsonl":
        jsonl(rows)
    elif fmt == "csv":
        from diplowatch.store.export import FLAT_COLUMNS, flat_row

        write_csv(
            [flat_row(row) for row in rows],
            list(FLAT_COLUMNS),
            escape_formulas=escape_formulas,
            bom=bom,
        )
    else:
        from diplowatch.store.render import events_table

        click.echo(events_table(rows) if rows else "No events match.")


def unknown_hint(code: str) -> str:
    """ " Did you mean …?" for a code no actor table knows (typed in capitals)."""
    from diplowatch.store import codes

    if code.upper() in codes.known_codes():
        return ""
    close = codes.suggestions(code)
    return f" ({code} is no known code; did you mean {' or '.join(close)}?)" if close else ""


def print_relations(
    rows: list[dict[str, Any]],
    focus: str,
    fmt: str,
    *,
    escape_formulas: bool = True,
    bom: bool = True,
) -> None:
    """Print `relations` rows; shared with `query-parquet relations`."""
    if fmt == "jsonl":
        jsonl(rows)
        return
    if fmt == "csv":
        write_csv(rows, list(RELATION_COLUMNS), escape_formulas=escape_formulas, bom=bom)
        return
    if not rows:
        click.echo(f"No events involve {focus} with another actor.{unknown_hint(focus)}")
        return
    click.echo(_relations_table(rows))


_RELATION_HEADERS = (
    "partner",
    "events",
    "coop",
    "conflict",
    "balance",
    "score",
    "top sectors",
    "last contact",
)


def _relations_table(rows: list[dict[str, Any]]) -> str:
    """The `relations` rows as a text table, the balance signed so its direction shows."""
    from diplowatch.store.render import table

    cells = [
        (
            r["partner"],
            r["events"],
            r["cooperation"],
            r["conflict"],
            f"{r['balance']:+.2f}",
            r["score_sum"],
            r["top_sectors"],
            r["last_contact"],
        )
        for r in rows
    ]
    return table(cells, _RELATION_HEADERS)
