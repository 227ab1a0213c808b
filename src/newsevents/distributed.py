"""Distributed ingest on Dask: shards analysed by workers, merged into DuckDB by this process, in order.

`--workers N` starts a `distributed.LocalCluster` of N single-threaded worker processes; `--scheduler
tcp://HOST:PORT` uses a running cluster, whose workers must see the inputs and the shard folder at the
same paths (a shared filesystem) and have newsevents installed. Each task analyses one shard and
returns its counts; the article data travels through the shard folder, never through the scheduler.
Shards are merged in input order, so the database is the one serial ingest would build, and a run that
is killed and started again picks up the shards already analysed or merged.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dask
from distributed.diagnostics.plugin import WorkerPlugin

from . import __version__
from .analysis.tone_minilm import tone_model_flag
from .errors import ErrorCode, StoreError, UsageError
from .ingestion import IngestReport, link_run, record_problem
from .issues import Problem
from .merge import MergedShard, is_merged, merge_shard
from .readers import ReadOptions
from .shards import (
    ShardSpec,
    ShardSummary,
    analyse_shard,
    plan_shards,
    shard_path,
    shard_size_for,
)
from .store import Store
from .triage import Triage

# Shards submitted ahead of the next one to merge, per worker: enough to keep workers busy while a
# slow shard holds up merging, few enough that finished shards waiting on disk stay bounded.
AHEAD_PER_WORKER = 4
TASK_RETRIES = 2
# For sizing shards on a cluster whose size is not known before planning.
ASSUMED_REMOTE_WORKERS = 8


@dataclass
class ClusterStats:
    """What the workers reported: for the benchmarks and the closing message."""

    workers: int = 0
    shards: int = 0
    reused: int = 0
    skipped: int = 0
    seconds: float = 0.0  # the workers' busy time, summed
    analysis_wall: float = 0.0  # from the first task submitted to the last shard merged
    peak_rss: dict[str, int] = field(default_factory=dict)


@dataclass
class DistributedReport(IngestReport):
    cluster: ClusterStats = field(default_factory=ClusterStats)


ShardCallback = Callable[[IngestReport, None], None]


def _warm_up() -> str:
    """Load the pipeline and its models once in this worker process, before its first shard."""
    from .pipeline import default_pipeline

    pipeline = default_pipeline()
    pipeline.nlp("Warm-up.")
    return "ready"


class PipelineWarmUp(WorkerPlugin):
    """A Dask worker plugin: each worker loads the models once, when it starts."""

    name = "newsevents-pipeline"

    def setup(self, worker: Any) -> None:
        _warm_up()


# Settings for the workers of a local cluster, measured on the scaling benchmark: Dask's statistical
# profiler samples the task's stack every 10 ms, and its aggressive malloc trimming
# (MALLOC_TRIM_THRESHOLD_=65536) slowed analysis by 12%; BLAS stays single-threaded, one thread per worker.
LOCAL_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
}


@contextmanager
def open_client(workers: int | None, scheduler: str | None) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        try:
            yield client
        finally:
            client.close()
        return
    if workers is None or workers < 1:
        raise UsageError("--workers must be at least 1")
    with dask.config.set(LOCAL_WORKER_CONFIG):
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR, memory_limit=0,
        )
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def ingest_distributed(
    paths: Iterable[str],
    db: str,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    input_format: str | None = None,
    options: ReadOptions | None = None,
    shard_dir: str | None = None,
    shard_bytes: int | None = None,
    keep_shards: bool = False,
    progress: ShardCallback | None = None,
) -> DistributedReport:
    """Ingest `paths` into `db` with Dask workers; the result is the database serial ingest builds.
    `shard_bytes` None sizes shards to the input and the workers (see `shard_size_for`)."""
    paths = list(paths)
    options = options or ReadOptions()
    if shard_bytes is None:
        shard_bytes = shard_size_for(paths, workers or ASSUMED_REMOTE_WORKERS)
    specs = plan_shards(paths, input_format, options, shard_bytes)
    root = Path(shard_dir or f"{db}.shards").resolve()
    with Store(db) as store:
        report = DistributedReport(store.start_run(f"ingest{tone_model_flag()}", paths, __version__))
        status = "failed"
        try:
            _Driver(store, report, root, keep_shards, progress).run(specs, workers, scheduler)
            link_run(store, report)
            status = "done"
        finally:
            store.finish_run(report.run_id, report.counts(), status)
    return report


class _Driver:
    def __init__(self, store: Store, report: DistributedReport, root: Path, keep: bool,
                 progress: ShardCallback | None) -> None:
        self.store = store
        self.report = report
        self.root = root
        self.keep = keep
        self.progress = progress
        self.triage = Triage(store)

    def run(self, specs: list[ShardSpec], workers: int | None, scheduler: str | None) -> None:
        todo: list[ShardSpec] = []
        for spec in specs:
            merged = is_merged(self.store, spec.id)
            if merged is None:
                todo.append(spec)
                continue
            self._count_merged(merged)
            self.report.cluster.skipped += 1
            self._discard(spec)
        if not todo:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        with open_client(workers, scheduler) as client:
            self._run_on(client, todo)

    def _run_on(self, client: Any, todo: list[ShardSpec]) -> None:
        from distributed import as_completed

        client.register_plugin(PipelineWarmUp())
        live = max(1, len(client.scheduler_info().get("workers", {})))
        self.report.cluster.workers = live
        ahead = AHEAD_PER_WORKER * live
        futures: dict[Any, int] = {}
        finished: dict[int, ShardSummary | BaseException] = {}
        submitted = 0
        next_merge = 0

        def submit_more(pending: Any) -> int:
            count = submitted
            while count < len(todo) and count - next_merge < ahead:
                spec = todo[count]
                # the position keeps the keys apart when an input is given twice (Dask runs one task per key)
                future = client.submit(analyse_shard, spec, str(self.root), key=f"shard-{spec.id}-{spec.position}",
                                       retries=TASK_RETRIES)
                futures[future] = count
                if pending is not None:
                    pending.add(future)
                count += 1
            return count

        started = time.perf_counter()
        submitted = submit_more(None)
        pending = as_completed(list(futures))
        for future in pending:
            index = futures.pop(future)
            try:
                finished[index] = future.result()
            except Exception as exc:  # any worker failure, after retries: the shard is reported and skipped
                finished[index] = exc
            future.release()
            while next_merge in finished:
                self._settle(todo[next_merge], finished.pop(next_merge))
                next_merge += 1
            submitted = submit_more(pending)
        self.report.cluster.analysis_wall = time.perf_counter() - started

    def _settle(self, spec: ShardSpec, outcome: ShardSummary | BaseException) -> None:
        report = self.report
        if isinstance(outcome, BaseException):
            where = ", ".join(p.label() for p in spec.pieces[:3]) + (" ..." if len(spec.pieces) > 3 else "")
            message = f"shard {spec.id} ({where}) failed on the cluster: {type(outcome).__name__}: {outcome}"
            source = spec.pieces[0].path if len(spec.pieces) == 1 else f"shard {spec.id}"
            record_problem(self.store, report, Problem(source, None, "analyse", ErrorCode.WORKER, message))
            return
        stats = report.cluster
        stats.shards += 1
        stats.reused += int(outcome.reused)
        stats.seconds += outcome.seconds
        stats.peak_rss[outcome.worker] = max(stats.peak_rss.get(outcome.worker, 0), outcome.peak_rss)
        try:
            counts = merge_shard(
                self.store, self.triage, shard_path(self.root, spec.id), report.run_id,
                lambda problem: record_problem(self.store, report, problem),
            )
        except StoreError as exc:
            record_problem(self.store, report, Problem(f"shard {spec.id}", None, "store", ErrorCode.STORE, exc.message))
            return
        if counts is None:  # merged already: the same input given twice
            merged = is_merged(self.store, spec.id)
            assert merged is not None
            self._count_merged(merged)
            self._discard(spec)
            return
        report.records_read += counts.records
        report.analysed += counts.analysed
        report.duplicates += counts.duplicates
        report.unchanged += counts.unchanged
        report.stored += counts.analysed + counts.duplicates + counts.unanalysed
        self._discard(spec)
        if self.progress:
            self.progress(report, None)

    def _count_merged(self, merged: MergedShard) -> None:
        """A shard merged before is not read again, but it counts as serial ingest would count reading it
        again: its articles unchanged, its problems met again (their rows are in `errors` already)."""
        self.report.records_read += merged.records
        self.report.unchanged += merged.articles
        self.report.errors += merged.errors
        self.report.warnings += merged.warnings

    def _discard(self, spec: ShardSpec) -> None:
        if not self.keep:
            shutil.rmtree(shard_path(self.root, spec.id), ignore_errors=True)
