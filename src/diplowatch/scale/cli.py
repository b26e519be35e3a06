"""The `--engine/--scheduler/--out` options of reading commands, and the load step.

Kept apart from ``diplowatch.cli.scale_cmd`` (the `load` and `query-parquet`
commands) so that ``extract`` and ``ingest`` can import the decorator without
import cycles between command modules. Without `--out` or `--engine dask` a
decorated command runs exactly as before; with them, the input is cut into
partitions that run on a local process pool or a Dask cluster and land as
Parquet in a folder (see docs/scale.md).
"""

from __future__ import annotations

import functools
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from diplowatch.problems import ProblemReporter, UserError

#: Where a LocalCluster's dashboard listens unless told otherwise (the same
#: value as ``scale.engine.DASHBOARD``; kept here so the CLI loads no engine).
DASHBOARD = "127.0.0.1:8787"

ENGINE_HELP = (
    "local: process pool on this machine; dask: a Dask cluster (--scheduler, or a "
    "LocalCluster with --workers processes when no scheduler is given)."
)


def engine_options(
    load_into: str | None = None,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Add --engine/--scheduler/--out/--batch/--overwrite to a reading command.

    ``load_into`` names the command's database parameter (``ingest``'s
    ``db``): the Parquet output is then merged into that store afterwards.
    """

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            # Defaults too: a caller may invoke the callback without these.
            engine = kwargs.pop("engine", "local")
            scheduler = kwargs.pop("scheduler", None)
            out_dir = kwargs.pop("out_dir", None)
            batch = kwargs.pop("batch", 200)
            overwrite = kwargs.pop("overwrite", False)
            dashboard = kwargs.pop("dashboard", DASHBOARD)
            if scheduler:
                engine = "dask"
            if engine == "local" and not out_dir:
                return func(*args, **kwargs)
            return run_scaled(
                kwargs,
                engine=engine,
                scheduler=scheduler,
                out_dir=out_dir,
                batch=batch,
                overwrite=overwrite,
                db=kwargs.get(load_into) if load_into else None,
                dashboard=dashboard,
            )

        options = [
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
        for option in reversed(options):
            wrapper = option(wrapper)
        return wrapper

    return decorate


def run_scaled(
    kwargs: dict[str, Any],
    *,
    engine: str,
    scheduler: str | None,
    out_dir: str | None,
    batch: int,
    overwrite: bool,
    db: str | None,
    dashboard: str = DASHBOARD,
) -> None:
    """Partitioned run of a reading command, then (for ingest) a load.

    ``ingest --engine dask`` without ``--out`` writes its partitions to
    ``<db>.parts/`` next to the database, not to a temporary folder: a run
    that is killed leaves it there and the next run resumes from it (only
    unfinished partitions are extracted); a run that completes removes it.
    """
    from diplowatch.cli.extract_cmd import finish
    from diplowatch.scale.engine import execute
    from diplowatch.scale.run import RunOptions

    if kwargs.get("output"):
        raise UserError(
            "-o/--output writes JSON Lines locally; with --out/--engine dask use --out DIR only"
        )
    if kwargs.get("fmt") not in (None, "jsonl"):
        raise UserError("--format applies to local output; --out writes Parquet")
    work = None
    if out_dir is None:
        if db is None:
            raise UserError(
                "--engine dask writes Parquet: give --out DIR (a folder every worker can write to)"
            )
        if scheduler:
            raise UserError(
                "with --scheduler, give --out DIR on storage the workers share (e.g. s3://… or NFS)"
            )
        work = work_folder(db)
        out_dir = str(work)
        overwrite = True  # our own folder: output of other input is simply replaced
    reporter = ProblemReporter()
    completed = False
    try:
        report = execute(
            list(kwargs["inputs"]),
            out_dir,
            reporter,
            engine=engine,
            workers=kwargs.get("workers"),
            scheduler=scheduler,
            batch=batch,
            options=RunOptions(
                keep_duplicates=bool(kwargs.get("keep_duplicates")),
                follow=bool(kwargs.get("follow")),
            ),
            overwrite=overwrite,
            progress=kwargs.get("progress"),
            dashboard=dashboard,
        )
        rate = report.documents / report.seconds if report.seconds > 0 else 0.0
        click.echo(
            f"diplowatch: {report.documents} documents, {report.events} events in "
            f"{report.partitions} partitions ({report.written} written, {report.skipped} already done, "
            f"{report.failed} failed) in {report.seconds:.1f} s ({rate:.0f} docs/s)"
            + ("" if work else f" → {out_dir}"),
            err=True,
        )
        if report.failed:
            click.echo(
                f"diplowatch: {report.failed} partition(s) failed; run the same command again to retry them.",
                err=True,
            )
        if db is not None:
            load_folder(
                out_dir,
                db,
                progress=kwargs.get("progress"),
                reextract=bool(kwargs.get("reextract")),
            )
        completed = report.failed == 0
    finally:
        if work is not None and completed:
            shutil.rmtree(work, ignore_errors=True)
        elif work is not None:
            click.echo(
                f"diplowatch: partitions kept in {work}; run the same command again to finish.",
                err=True,
            )
    finish(reporter, report.documents, bool(kwargs.get("strict")) or report.failed > 0)


def work_folder(db: str) -> Path:
    """``<db>.parts`` beside the database: where ``ingest --engine dask`` keeps partitions."""
    path = Path(db)
    return path.with_name(path.name + ".parts")


def load_folder(
    url: str, db: str, *, progress: bool | None, reextract: bool = False
) -> dict[str, int]:
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
    pairs = iter_pairs(out)
    show = sys.stderr.isatty() if progress is None else progress
    if show:
        from tqdm import tqdm

        pairs = iter(tqdm(pairs, desc="load", unit="doc", file=sys.stderr, mininterval=0.5))
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
