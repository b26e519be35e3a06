"""Scale-out throughput: 1 process vs N local processes vs a Dask LocalCluster.

usage: python benchmarks/scale.py [--docs 50000] [--workers N] [--batch 200] [--corpus PATH] [--no-dask]

Every configuration runs the same partitioned pipeline that `extract --out`
runs (read JSONL byte range → ingest cleaning and duplicate marks → extract →
Parquet files), over the shared corpus repeated until --docs documents. The
repetition is streamed: the plan lists the corpus' byte ranges again and
again, nothing is copied or held in memory. Printed: docs/s, speed-up over
one process, peak RSS per worker at half-way and at the end (flat means
memory does not grow with input), the scan floor of benchmarks/throughput.py
and each rate's ratio to it, and the load average of the machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import scan_floor  # noqa: E402

from diplowatch.pool import default_workers  # noqa: E402
from diplowatch.problems import ProblemReporter  # noqa: E402
from diplowatch.scale.engine import _run_dask, _run_local  # noqa: E402
from diplowatch.scale.output import OutputDir  # noqa: E402
from diplowatch.scale.partition import Partition, plan  # noqa: E402
from diplowatch.scale.run import RunOptions, _process  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "news.jsonl"
MB = 1024 * 1024


class RssSampler:
    """Peak RSS per process of a changing set of pids, split at half-way."""

    def __init__(self, pids: Callable[[], list[int]], interval: float = 0.25) -> None:
        self._pids = pids
        self._interval = interval
        self.first: dict[int, int] = {}
        self.second: dict[int, int] = {}
        self.half = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            target = self.second if self.half else self.first
            for pid in self._pids():
                try:
                    rss = psutil.Process(pid).memory_info().rss
                except psutil.Error:
                    continue
                target[pid] = max(target.get(pid, 0), rss)
            self._stop.wait(self._interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> str:
        def peak(d: dict[int, int]) -> float:
            return max(d.values(), default=0) / MB

        return f"{peak(self.first):6.0f} MB at half-way, {peak(self.second):6.0f} MB at end"


def repeated_plan(corpus: Path, docs: int, batch: int) -> list[Partition]:
    """The corpus' partitions, repeated (renumbered) until ``docs`` lines are covered."""
    base = plan([str(corpus)], ProblemReporter(stream=None), batch=batch)
    total_lines = sum(1 for _ in corpus.open("rb"))
    firsts = [p.first_line for p in base] + [total_lines + 1]
    sizes = [firsts[i + 1] - firsts[i] for i in range(len(base))]
    parts: list[Partition] = []
    covered = 0
    while base and covered < docs:
        for part, size in zip(base, sizes, strict=True):
            if covered >= docs:
                break
            parts.append(replace(part, index=len(parts)))
            covered += size
    return parts


def children() -> list[int]:
    return [p.pid for p in psutil.Process().children(recursive=True)]


def run_config(
    name: str, parts: list[Partition], workers: int, engine: str, client: object = None
) -> dict[str, float]:
    out = tempfile.mkdtemp(prefix=f"diplowatch-bench-{name}-")
    options = RunOptions()
    OutputDir(out)  # fail early on a bad folder
    total = len(parts)
    done = documents = failed_docs = 0
    if engine == "local" and workers == 1:
        pids: Callable[[], list[int]] = lambda: [os.getpid()]  # noqa: E731
    elif engine == "local":
        pids = children
    else:
        worker_pids = list(client.run(os.getpid).values())  # type: ignore[attr-defined]
        pids = lambda: worker_pids  # noqa: E731
    began = time.perf_counter()
    cpu_began = cpu_seconds(engine, client)
    with RssSampler(pids) as sampler:
        if engine == "local":
            summaries = _run_local(parts, out, options, workers, _process)
        else:
            summaries = _run_dask(parts, out, options, client, f"bench-{name}", _process)
        for summary in summaries:
            if summary.failed:
                print(f"  partition failed: {summary.problems}", file=sys.stderr)
            failed_docs += sum(1 for _, reason in summary.problems if "extraction failed" in reason)
            done += 1
            documents += summary.documents
            if not sampler.half and done >= total / 2:
                sampler.half = True
    seconds = time.perf_counter() - began
    cpu = cpu_seconds(engine, client) - cpu_began
    shutil.rmtree(out, ignore_errors=True)
    rate = documents / seconds
    print(
        f"{name:<22} {documents:7d} docs {seconds:8.1f} s {rate:9.1f} docs/s   RSS/worker {sampler.summary()}"
    )
    return {
        "rate": rate,
        "docs": documents,
        "seconds": seconds,
        "cpu_rate": documents / cpu if cpu else 0.0,
    }


def _own_cpu() -> float:
    t = os.times()
    return t.user + t.system


def cpu_seconds(engine: str, client: object) -> float:
    """CPU time spent so far by this process, its reaped children and Dask workers.

    Unlike wall-clock time this does not depend on how busy the machine is,
    so it shows what the parallel machinery itself costs per document.
    """
    t = os.times()
    total = t.user + t.system + t.children_user + t.children_system
    if engine == "dask":
        total += sum(client.run(_own_cpu).values())  # type: ignore[attr-defined]
    return total


def warm_up(corpus: str) -> None:
    """Run one tiny partition end to end, so that imports and table building
    (extraction lexicons, duplicate index, Parquet writer) are not timed: a
    forked local worker inherits them from this process, a Dask worker does
    not."""
    from diplowatch.scale.run import run_partition

    with open(corpus, "rb") as handle:
        end = len(handle.readline())
    out = tempfile.mkdtemp(prefix="diplowatch-bench-warm-")
    try:
        run_partition(Partition(0, "lines", (corpus,), 0, end, 1), out, RunOptions())
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--docs", type=int, default=50_000, help="documents per configuration")
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--batch", type=int, default=200, help="documents per partition")
    ap.add_argument("--floor-docs", type=int, default=4354, help="documents for the scan floor")
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    n = args.workers
    load_before = os.getloadavg()
    print(
        f"machine: {os.cpu_count()} cores, load average {load_before[0]:.1f} / {load_before[1]:.1f} / {load_before[2]:.1f} (1/5/15 min)"
    )
    parts = repeated_plan(args.corpus, args.docs, args.batch)
    print(
        f"input: {args.corpus.name} streamed as {len(parts)} partitions of up to {args.batch} lines"
        f" (≥ {args.docs} lines; ingest leaves out boilerplate-only articles)"
    )

    floor_n, floor_s = scan_floor(args.corpus, min(args.floor_docs, args.docs), 1)
    floor = floor_n / floor_s
    print(f"{'scan floor (1 proc)':<22} {floor_n:7d} docs {floor_s:8.1f} s {floor:9.1f} docs/s")

    warm_up(str(args.corpus))
    results = {"1 process": run_config("1 process", parts, 1, "local")}
    results[f"{n} local processes"] = run_config(f"{n} local processes", parts, n, "local")
    if not args.no_dask:
        from diplowatch.scale.engine import connect_dask

        client, cluster = connect_dask(None, n)
        client.run(warm_up, str(args.corpus))
        try:
            results[f"dask LocalCluster x{n}"] = run_config(
                f"dask LocalCluster x{n}", parts, n, "dask", client
            )
        finally:
            client.close()
            cluster.close()

    base = results["1 process"]["rate"]
    print()
    base_cpu = results["1 process"]["cpu_rate"]
    print(
        f"{'configuration':<22} {'docs/s':>9} {'speed-up':>9} {'target':>8} {'floor/rate':>11} {'CPU ms/doc':>11} {'CPU effic.':>10}"
    )
    for name, r in results.items():
        workers = 1 if name == "1 process" else n
        print(
            f"{name:<22} {r['rate']:9.1f} {r['rate'] / base:8.2f}x {0.8 * workers:7.1f}x {floor / r['rate']:10.1f}x"
            f" {1000 / r['cpu_rate']:11.2f} {r['cpu_rate'] / base_cpu:9.0%}"
        )
    print(
        "(CPU effic.: docs per CPU-second relative to 1 process; speed-up on an idle machine ≈ workers × it)"
    )
    load_after = os.getloadavg()
    print(f"\nload average at end: {load_after[0]:.1f} / {load_after[1]:.1f} / {load_after[2]:.1f}")
    per_cpu = results["1 process"]["cpu_rate"]
    print(f"1 process per CPU-second (what an idle core would do): {per_cpu:.1f} docs/s")
    for label, per_core in (("measured wall-clock", base), ("per CPU-second", per_cpu)):
        day = 100 * per_core * 0.9 * 86400
        print(
            f"plan, 100 workers x {per_core:.0f} docs/s ({label}) at 90% efficiency: "
            f"{100 * per_core * 0.9:,.0f} docs/s = {day / 1e6:,.1f} M docs/day"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
