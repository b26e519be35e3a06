"""Partitioned runs of `extract` and `ingest`, and loading their Parquet output.

Without `--out` or `--engine dask` those commands run in this process (or a
local pool) as they always did; with them, ``Scaling.partitioned`` is true,
the command branches here, the input is cut into partitions that run on a
local process pool or a Dask cluster and land as Parquet in a folder (see
docs/scale.md), and `ingest` then loads that folder into its database.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from diplowatch.cli.common import finish
from diplowatch.problems import ProblemReporter, UserError
from diplowatch.progress import with_progress
from diplowatch.scale import DASHBOARD

if TYPE_CHECKING:
    from diplowatch.scale.engine import RunReport


@dataclass(frozen=True)
class Scaling:
    """The values of ``cli.options.engine_options``."""

    engine: str = "local"
    scheduler: str | None = None
    out_dir: str | None = None
    batch: int = 200
    overwrite: bool = False
    dashboard: str = DASHBOARD

    def __post_init__(self) -> None:
        if self.scheduler:  # a scheduler address implies --engine dask
            object.__setattr__(self, "engine", "dask")

    @property
    def partitioned(self) -> bool:
        """Whether the command runs as partitions (``run_scaled``), not in this process."""
        return self.engine != "local" or bool(self.out_dir)


@dataclass(frozen=True)
class Inputs:
    """The values of ``cli.options.input_options``."""

    inputs: tuple[str, ...]
    keep_duplicates: bool = False
    follow: bool = False
    workers: int | None = None
    strict: bool = False
    progress: bool | None = None


def refuse_local_output(output: str | None, fmt: str | None) -> None:
    """`extract`'s -o and --format write locally; a partitioned run writes Parquet."""
    if output:
        raise UserError(
            "-o/--output writes JSON Lines locally; with --out/--engine dask use --out DIR only"
        )
    if fmt not in (None, "jsonl"):
        raise UserError("--format applies to local output; --out writes Parquet")


def run_scaled(
    scaling: Scaling, inputs: Inputs, *, db: str | None = None, reextract: bool = False
) -> None:
    """Partitioned run of a reading command, then (for ingest, ``db``) a load.

    ``ingest --engine dask`` without ``--out`` writes its partitions to
    ``<db>.parts/`` next to the database, not to a temporary folder: a run
    that is killed leaves it there and the next run resumes from it (only
    unfinished partitions are extracted); a run that completes removes it.
    """
    from diplowatch.scale.engine import execute
    from diplowatch.scale.run import RunOptions

    out_dir, overwrite, work = _output_folder(scaling, db)
    reporter = ProblemReporter()
    completed = False
    try:
        report = execute(
            list(inputs.inputs),
            out_dir,
            reporter,
            engine=scaling.engine,
            workers=inputs.workers,
            scheduler=scaling.scheduler,
            batch=scaling.batch,
            options=RunOptions(keep_duplicates=inputs.keep_duplicates, follow=inputs.follow),
            overwrite=overwrite,
            progress=inputs.progress,
            dashboard=scaling.dashboard,
        )
        _tell(report, None if work else out_dir)
        if db is not None:
            load_folder(out_dir, db, progress=inputs.progress, reextract=reextract)
        completed = report.failed == 0
    finally:
        if work is not None:
            _clear_work(work, completed)
    finish(reporter, report.documents, inputs.strict or report.failed > 0)


def _output_folder(scaling: Scaling, db: str | None) -> tuple[str, bool, Path | None]:
    """Where the partitions go, whether to overwrite it, and the work
    folder next to ``db`` when the run chose it itself (no ``--out``: only
    an ingest on a local cluster, as workers elsewhere could not reach
    it). Our own folder is simply replaced when the input or options
    changed."""
    if scaling.out_dir is not None:
        return scaling.out_dir, scaling.overwrite, None
    if db is None:
        raise UserError(
            "--engine dask writes Parquet: give --out DIR (a folder every worker can write to)"
        )
    if scaling.scheduler:
        raise UserError(
            "with --scheduler, give --out DIR on storage the workers share (e.g. s3://… or NFS)"
        )
    work = work_folder(db)
    return str(work), True, work


def _clear_work(work: Path, completed: bool) -> None:
    """Remove our work folder after a complete run; keep it after a failed
    or killed one, so the same command resumes from it."""
    if completed:
        shutil.rmtree(work, ignore_errors=True)
    else:
        click.echo(
            f"diplowatch: partitions kept in {work}; run the same command again to finish.",
            err=True,
        )


def _tell(report: RunReport, out_dir: str | None) -> None:
    """One line on what the partitioned run did (and where it wrote, when asked to)."""
    rate = report.documents / report.seconds if report.seconds > 0 else 0.0
    click.echo(
        f"diplowatch: {report.documents} documents, {report.events} events in "
        f"{report.partitions} partitions ({report.written} written, {report.skipped} already done, "
        f"{report.failed} failed) in {report.seconds:.1f} s ({rate:.0f} docs/s)"
        + (f" → {out_dir}" if out_dir else ""),
        err=True,
    )
    if report.failed:
        click.echo(
            f"diplowatch: {report.failed} partition(s) failed; run the same command again to retry them.",
            err=True,
        )


def work_folder(db: str) -> Path:
    """``<db>.parts`` beside the database: where ``ingest --engine dask`` keeps partitions."""
    path = Path(db)
    return path.with_name(path.name + ".parts")


def load_folder(
    url: str, db: str, *, progress: bool | None, reextract: bool = False
) -> dict[str, int]:
    """Add the finished partitions of a Parquet folder to the database ``db``."""
    from diplowatch.scale.load import iter_pairs, open_output, planned_partitions
    from diplowatch.store import Store

    out = open_output(url)
    planned, done = planned_partitions(out), len(out.finished())
    if done < planned:
        click.echo(
            f"diplowatch: {url}: {planned - done} of {planned} partitions not finished; "
            "loading the finished ones (rerun the extract to complete the rest)",
            err=True,
        )
    pairs = with_progress(iter_pairs(out), progress, "load")
    with Store(db) as store:
        counts = store.add_many(pairs, reextract=reextract)
        stats = store.stats()
    detail = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "nothing new"
    click.echo(
        f"diplowatch: loaded {url} into {db} ({detail}); {db}: {stats['documents']} documents, "
        f"{stats['events']} events.",
        err=True,
    )
    return counts
