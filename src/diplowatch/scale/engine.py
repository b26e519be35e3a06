"""Running a plan of partitions locally or on a Dask cluster.

Both engines run the same ``run_partition`` and differ only in where: a local
process pool (``pool.parallel_map``) or Dask workers. One task per partition (a
few hundred documents) keeps the per-task overhead of Dask (~2 ms) far below
the work it carries. Dask's own machinery gives the fault tolerance: a task on
a worker that dies is rerun elsewhere (``retries`` covers tasks that raise),
and because partitions are committed atomically a rerun of the command skips
every partition that already finished.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from diplowatch.model import Document, Record
from diplowatch.pool import default_workers, parallel_map
from diplowatch.problems import ProblemReporter, UserError
from diplowatch.progress import progress_bar
from diplowatch.scale import DASHBOARD, ENGINES
from diplowatch.scale.output import OutputDir, PartitionSummary
from diplowatch.scale.partition import DEFAULT_BATCH, Partition, fingerprint, plan
from diplowatch.scale.run import RunOptions, _process, run_partition

#: Retries of a partition task that raised (a worker that dies is handled by
#: the scheduler separately, up to ``distributed.scheduler.allowed-failures``).
DASK_RETRIES = 3


@dataclass
class RunReport:
    out: str
    partitions: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    documents: int = 0
    events: int = 0
    seconds: float = 0.0
    dashboard: str | None = None
    summaries: list[PartitionSummary] = field(default_factory=list)

    def add(self, summary: PartitionSummary) -> None:
        if summary.failed:
            self.failed += 1
        elif summary.skipped:
            self.skipped += 1
        else:
            self.written += 1
        self.documents += summary.documents
        self.events += summary.events


def _guarded(
    part: Partition,
    out_url: str,
    options: RunOptions,
    processor: Callable[[Document], Record],
) -> PartitionSummary:
    """Local engine: a failing partition becomes a reported problem, not an abort."""
    try:
        return run_partition(part, out_url, options, processor)
    except Exception as exc:  # noqa: BLE001 - reported to the user with its partition
        return _failure(part, exc)


def _failure(part: Partition, exc: BaseException) -> PartitionSummary:
    return PartitionSummary(
        name=part.name,
        documents=0,
        events=0,
        problems=[(part.describe(), f"partition failed: {type(exc).__name__}: {exc}")],
        failed=True,
    )


def _run_local(
    parts: list[Partition],
    out_url: str,
    options: RunOptions,
    workers: int,
    processor: Callable[[Document], Record],
) -> Iterator[PartitionSummary]:
    task = partial(_guarded, out_url=out_url, options=options, processor=processor)
    yield from parallel_map(task, parts, workers=workers, chunk_size=1, window=2 * workers)


def connect_dask(
    scheduler: str | None, workers: int, dashboard: str = DASHBOARD
) -> tuple[Any, Any]:
    """A Dask client: to ``scheduler`` if given, else to a new LocalCluster.

    The LocalCluster's scheduler and workers listen on loopback and its
    dashboard on ``dashboard`` (host:port), so the link printed is where it
    really listens and nothing is exposed to the network by surprise.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dependency of the project
        raise UserError(f"--engine dask needs the 'distributed' package: {exc}") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="15s"), None
        except (OSError, TimeoutError) as exc:
            raise UserError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    import dask

    # The workers' statistical profiler samples every thread's stack every
    # 10 ms; for pure-Python extraction that costs several percent of the CPU.
    # A remote cluster is configured by its owner (see docs/scale.md).
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            silence_logs=logging.ERROR,
            host="127.0.0.1",
            dashboard_address=dashboard,
        )
    return Client(cluster), cluster


def check_workers(client: Any) -> None:
    """Fail early, in one line, when the workers cannot run diplowatch.

    A worker without the package would fail every task with an unpickling
    error after retries; asking each for its installed version (a standard
    library call, so it travels without diplowatch) finds that at once.
    """
    import importlib.metadata

    from diplowatch.version import __version__

    try:
        client.wait_for_workers(1, timeout=60)
        versions = client.run(importlib.metadata.version, "diplowatch")
    except importlib.metadata.PackageNotFoundError:
        raise UserError("the Dask workers do not have diplowatch installed") from None
    except (OSError, TimeoutError) as exc:
        raise UserError(f"no Dask worker became available: {exc}") from None
    other = sorted({v for v in versions.values() if v != __version__})
    if other:
        print(
            f"diplowatch: warning: workers run diplowatch {', '.join(other)}, this is {__version__}",
            file=sys.stderr,
        )


def _run_dask(
    parts: list[Partition],
    out_url: str,
    options: RunOptions,
    client: Any,
    key_prefix: str,
    processor: Callable[[Document], Record],
) -> Iterator[PartitionSummary]:
    from distributed import as_completed

    threads = sum(client.nthreads().values()) or 1
    window = max(4, 3 * threads)
    queue = iter(parts)
    by_key: dict[str, Partition] = {}

    def submit(part: Partition) -> Any:
        key = f"{key_prefix}-{part.name}"
        by_key[key] = part
        return client.submit(
            run_partition,
            part,
            out_url,
            options,
            processor,
            key=key,
            retries=DASK_RETRIES,
            pure=False,
        )

    running = as_completed([submit(p) for p in _take(queue, window)])
    for future in running:
        part = by_key.pop(future.key)
        try:
            summary = future.result()
        except Exception as exc:  # noqa: BLE001 - retries exhausted: report, go on
            summary = _failure(part, exc)
        future.release()
        for nxt in _take(queue, 1):
            running.add(submit(nxt))
        yield summary


def _take(items: Iterator[Partition], n: int) -> list[Partition]:
    out = []
    for _ in range(n):
        try:
            out.append(next(items))
        except StopIteration:
            break
    return out


def execute(
    inputs: list[str],
    out_url: str,
    reporter: ProblemReporter,
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    batch: int = DEFAULT_BATCH,
    options: RunOptions | None = None,
    overwrite: bool = False,
    progress: bool | None = None,
    processor: Callable[[Document], Record] = _process,
    client: Any = None,
    dashboard: str = DASHBOARD,
) -> RunReport:
    """Plan the input, run every unfinished partition, report problems.

    ``client`` lets a caller (tests, benchmarks) reuse a Dask client; when it
    is ``None`` one is made from ``scheduler`` / a LocalCluster and closed.
    """
    runner = _Engine(engine, default_workers(workers), scheduler, dashboard, client)
    options = options or RunOptions()
    began = time.perf_counter()
    parts, out, plan_id = _planned(inputs, out_url, reporter, batch, options, overwrite)
    report = RunReport(out=out_url, partitions=len(parts))
    todo = _unfinished(parts, out, report)
    bar = _partition_bar(progress, len(parts), report.skipped)
    try:
        for summary in runner.summaries(todo, out_url, options, processor, plan_id, report):
            _record(report, summary, reporter, bar)
    finally:
        if bar is not None:
            bar.close()
        runner.close()
    if report.failed == 0:
        out.remove_temporaries()
    report.seconds = time.perf_counter() - began
    return report


def _planned(
    inputs: list[str],
    out_url: str,
    reporter: ProblemReporter,
    batch: int,
    options: RunOptions,
    overwrite: bool,
) -> tuple[list[Partition], OutputDir, str]:
    """The partitions of the input, the output directory prepared for them
    and the plan's fingerprint: the manifest written first lets a rerun
    know it is the same work and skip the partitions already done."""
    parts = plan(inputs, reporter, batch=batch)
    out = OutputDir(out_url)
    plan_id = fingerprint(parts)
    out.prepare(_manifest(parts, plan_id, inputs, batch, options), overwrite=overwrite)
    return parts, out, plan_id


def _partition_bar(progress: bool | None, total: int, skipped: int) -> Any:
    """A progress bar over the partitions (or None), already past those a
    previous run finished, so a resumed run shows where it stands."""
    bar = progress_bar(progress, desc="partitions", unit="part", total=total)
    if bar is not None and skipped:
        bar.update(skipped)
    return bar


def _dask_client(
    client: Any,
    own: _OwnDask,
    scheduler: str | None,
    n_workers: int,
    dashboard: str,
    report: RunReport,
) -> Any:
    """The Dask client to run on: the caller's, else one made here and kept
    in ``own`` so ``execute`` closes it. Its workers must run this version
    (``check_workers``); the dashboard's address goes into the report and
    to stderr, where a user watching a long run looks for it."""
    if client is None:
        own.client, own.cluster = connect_dask(scheduler, n_workers, dashboard)
        client = own.client
    check_workers(client)
    report.dashboard = client.dashboard_link
    print(f"diplowatch: Dask dashboard: {report.dashboard}", file=sys.stderr)
    return client


def _manifest(
    parts: list[Partition], plan_id: str, inputs: list[str], batch: int, options: RunOptions
) -> dict[str, Any]:
    """What the output directory records about the plan, so a rerun knows it is the same work."""
    return {
        "version": 1,
        "fingerprint": plan_id,
        "inputs": list(inputs),
        "batch": batch,
        "options": options.to_json(),
        "partitions": [
            {
                "name": p.name,
                "kind": p.kind,
                "paths": list(p.paths),
                "start": p.start,
                "end": p.end,
            }
            for p in parts
        ],
    }


def _unfinished(parts: list[Partition], out: OutputDir, report: RunReport) -> list[Partition]:
    """The partitions still to run; those committed by an earlier run are counted as done."""
    todo: list[Partition] = []
    for part in parts:
        done = out.committed(part.name)
        if done is None:
            todo.append(part)
        else:
            report.add(done)
    return todo


@dataclass
class _OwnDask:
    """The Dask client and cluster this run made itself: it closes those, never a caller's."""

    client: Any = None
    cluster: Any = None

    def close(self) -> None:
        """Close the client, then the cluster it was connected to."""
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@dataclass
class _Engine:
    """Where the partitions run, and the Dask client and cluster made for that, closed after."""

    name: str
    workers: int
    scheduler: str | None
    dashboard: str
    client: Any = None
    own: _OwnDask = field(default_factory=_OwnDask)

    def __post_init__(self) -> None:
        """Refuse an unknown engine before anything is planned or written."""
        if self.name not in ENGINES:
            raise UserError(f"unknown engine {self.name!r}; choose one of {', '.join(ENGINES)}")

    def summaries(
        self,
        todo: list[Partition],
        out_url: str,
        options: RunOptions,
        processor: Callable[[Document], Record],
        plan_id: str,
        report: RunReport,
    ) -> Iterator[PartitionSummary]:
        """Run ``todo``; with nothing left to do no cluster is needed, so none is started.

        Dask task keys carry the plan's fingerprint, so two runs on one cluster never collide.
        """
        if self.name == "local" or not todo:
            return _run_local(todo, out_url, options, self.workers, processor)
        client = _dask_client(
            self.client, self.own, self.scheduler, self.workers, self.dashboard, report
        )
        return _run_dask(todo, out_url, options, client, f"diplowatch-{plan_id}", processor)

    def close(self) -> None:
        """Close what this run made itself (never a caller's client)."""
        self.own.close()


def _record(
    report: RunReport, summary: PartitionSummary, reporter: ProblemReporter, bar: Any
) -> None:
    """Count a finished partition, pass its problems on and move the progress bar."""
    report.add(summary)
    report.summaries.append(summary)
    for source, reason in summary.problems:
        reporter.report(source, reason)
    for source, reason in summary.warnings:
        reporter.warn(source, reason)
    if bar is not None:
        bar.update(1)
        bar.set_postfix(docs=report.documents, events=report.events, refresh=False)
