"""Shards of distributed ingest: plan them, and analyse one into Parquet files.

A shard is a run of whole small files, or one range of a large JSON Lines or WARC file cut at record
boundaries. Its id is a hash of what it reads (paths, sizes, modification times, byte ranges) and of how
it is analysed (newsevents version, schema, read options), so the same input gives the same shard and a
retried or resumed task finds the work already done.

A worker reads its shard, checks and analyses every article, and writes one Parquet file per table
(the store's own schema) plus `manifest.json`, into a temporary folder renamed into place when
complete: a shard folder either holds all its files or does not exist. Nothing but counts goes back to
the scheduler.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .checks import check_language
from .dedup import DuplicateIndex
from .errors import AnalysisError, ErrorCode, UsageError
from .ids import content_hash
from .issues import Problem
from .readers import (
    ByteRange,
    ReadOptions,
    ReadOutcome,
    file_format,
    iter_input_files,
    read_path,
    read_range,
    split_file,
)
from .schema import ARTICLE_TABLES, SCHEMA_VERSION
from .store import Provenance, Store

# Input bytes per shard, at most: about a thousand news articles of JSON Lines, a few minutes of one core.
DEFAULT_SHARD_BYTES = 4 << 20
# At least: below this a shard's fixed costs (Parquet files, a merge transaction) start to show.
MIN_SHARD_BYTES = 128 << 10
# Shards per worker when the input is small enough to cut finer: keeps workers evenly loaded to the end.
SHARDS_PER_WORKER = 8
MAX_FILES_PER_SHARD = 500
SHARD_TABLES = ("articles", *ARTICLE_TABLES)
MANIFEST = "manifest.json"
BATCH_SIZE = 16


@dataclass(frozen=True)
class Piece:
    """A whole file (`part` None) or one range of a file cut by its reader."""

    path: str
    size: int
    mtime_ns: int
    part: ByteRange | None = None
    input_format: str | None = None

    def label(self) -> str:
        return self.path if self.part is None else f"{self.path}[{self.part.start}:{self.part.end}]"


@dataclass(frozen=True)
class ShardSpec:
    id: str
    position: int
    pieces: tuple[Piece, ...]
    input_format: str | None
    options: ReadOptions


@dataclass
class ShardSummary:
    """What a task returns: counts, never article data."""

    id: str
    records: int = 0
    articles: int = 0
    problems: int = 0
    seconds: float = 0.0
    peak_rss: int = 0
    reused: bool = False
    worker: str = field(default_factory=lambda: f"{os.uname().nodename}:{os.getpid()}")


# -- planning -----------------------------------------------------------------------------------


def _stat(path: str) -> tuple[int, int]:
    try:
        info = os.stat(path)
    except OSError:
        return -1, 0
    return info.st_size, info.st_mtime_ns


def _shard_id(pieces: Iterable[Piece], input_format: str | None, options: ReadOptions) -> str:
    key = {
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "format": input_format,
        "options": {k: str(v) for k, v in asdict(options).items()},
        "pieces": [
            [os.path.abspath(p.path), p.size, p.mtime_ns, p.part.start if p.part else None, p.part.end if p.part else None]
            for p in pieces
        ],
    }
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:24]


def shard_size_for(paths: Iterable[str], workers: int) -> int:
    """A shard size that gives each worker several shards of a small input, and caps it for large ones."""
    total = sum(max(_stat(p)[0], 0) for p in iter_input_files(paths) if p != "-")
    return max(MIN_SHARD_BYTES, min(DEFAULT_SHARD_BYTES, total // (SHARDS_PER_WORKER * max(workers, 1))))


def plan_shards(
    paths: Iterable[str],
    input_format: str | None = None,
    options: ReadOptions | None = None,
    target_bytes: int = DEFAULT_SHARD_BYTES,
) -> list[ShardSpec]:
    """The shards of the inputs, in input order. Large JSON Lines and WARC files are cut at record
    boundaries (a pass over the file, in bounded memory); small files are grouped."""
    options = options or ReadOptions()
    specs: list[ShardSpec] = []
    group: list[Piece] = []
    group_bytes = 0

    def emit(pieces: list[Piece]) -> None:
        specs.append(ShardSpec(_shard_id(pieces, input_format, options), len(specs), tuple(pieces), input_format, options))

    for path in iter_input_files(paths):
        if path == "-":
            raise UsageError("standard input cannot be shared among workers; ingest it without --workers/--scheduler")
        size, mtime = _stat(path)
        fmt = file_format(path, input_format) if size > target_bytes else None
        ranges = split_file(path, fmt, target_bytes) if fmt else None
        if ranges is None:
            group.append(Piece(path, size, mtime))
            group_bytes += max(size, 0)
            if group_bytes >= target_bytes or len(group) >= MAX_FILES_PER_SHARD:
                emit(group)
                group, group_bytes = [], 0
            continue
        if group:
            emit(group)
            group, group_bytes = [], 0
        for part in ranges:
            emit([Piece(path, size, mtime, part, fmt)])
    if group:
        emit(group)
    return specs


# -- analysing one shard (on a worker) ----------------------------------------------------------


def _read(spec: ShardSpec) -> Iterator[ReadOutcome]:
    for piece in spec.pieces:
        if piece.part is None:
            yield from read_path(piece.path, spec.input_format, spec.options)
        else:
            assert piece.input_format is not None
            yield from read_range(piece.path, piece.input_format, piece.part, spec.options)


def _problem_row(problem: Problem, article_id: str | None = None) -> dict[str, Any]:
    return {
        "source": problem.source, "record": problem.record, "stage": problem.stage, "code": str(problem.code),
        "message": problem.message, "severity": problem.severity, "article": article_id,
    }


def problem_from_row(row: dict[str, Any]) -> Problem:
    return Problem(row["source"], row["record"], row["stage"], ErrorCode(row["code"]), row["message"], row["severity"])


def peak_rss() -> int:
    """This process's peak resident memory, in bytes."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def shard_path(root: str | Path, shard_id: str) -> Path:
    return Path(root) / shard_id


def read_manifest(folder: Path) -> dict[str, Any]:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


def analyse_shard(spec: ShardSpec, root: str) -> ShardSummary:
    """Analyse one shard into `root/<id>/`; a shard already there is reused, not analysed again."""
    from .pipeline import default_pipeline

    final = shard_path(root, spec.id)
    if (final / MANIFEST).exists():
        manifest = read_manifest(final)
        return ShardSummary(spec.id, manifest["records"], len(manifest["articles"]), len(manifest["problems"]), 0.0,
                            peak_rss(), reused=True)
    started = time.perf_counter()
    pipeline = default_pipeline()
    Path(root).mkdir(parents=True, exist_ok=True)
    work = Path(root) / f".tmp-{spec.id}-{uuid.uuid4().hex[:8]}"
    work.mkdir()
    records = 0
    order: list[str] = []
    problems: list[dict[str, Any]] = []
    batch: list[tuple[ReadOutcome, Provenance]] = []
    try:
        with Store(":memory:") as store:

            def flush() -> None:
                results = pipeline.analyse_many([o.article for o, _ in batch if o.article], batch_size=BATCH_SIZE)
                for (outcome, provenance), result in zip(batch, results, strict=True):
                    assert outcome.article is not None
                    if isinstance(result, AnalysisError):
                        problem = Problem(outcome.source, outcome.record, "analyse", result.code, result.message)
                        problems.append(_problem_row(problem))
                        continue
                    store.write_article(outcome.article, provenance, result, None)
                    order.append(outcome.article.id)
                batch.clear()

            for outcome in _read(spec):
                records += 1
                problems.extend(_problem_row(p) for p in outcome.problems)
                article = outcome.article
                if article is None:
                    continue
                digest = content_hash(article.text)
                language = check_language(outcome)
                if language is not None:
                    problems.append(_problem_row(language, article.id))
                    store.write_article(article, Provenance(outcome.source, outcome.record, outcome.input_format, digest), None, None)
                    order.append(article.id)
                    continue
                values = [int(v) for v in DuplicateIndex.signature(article.text).hashvalues]
                batch.append((outcome, Provenance(outcome.source, outcome.record, outcome.input_format, digest, values)))
                if len(batch) >= BATCH_SIZE:
                    flush()
            flush()
            for table in SHARD_TABLES:
                target = str(work / f"{table}.parquet").replace("'", "''")
                store.con.execute(f"COPY {table} TO '{target}' (FORMAT parquet)")
        seconds = time.perf_counter() - started
        manifest = {
            "id": spec.id, "pieces": [p.label() for p in spec.pieces], "records": records, "articles": order,
            "problems": problems, "seconds": round(seconds, 3),
        }
        (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        try:
            os.rename(work, final)
        except OSError:  # another attempt of the same task finished first: its copy is as good
            shutil.rmtree(work, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return ShardSummary(spec.id, records, len(order), len(problems), seconds, peak_rss())
