"""Crash safety: `newsevents ingest` killed with SIGKILL at random points, then run again, stores exactly
what one clean run stores: nothing lost, nothing doubled. Serial ingest and a two-worker cluster."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from .scale_helpers import differences, snapshot, write_mixed_corpus

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-c", "from newsevents.cli import main; main()"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> list[str]:
    return write_mixed_corpus(tmp_path_factory.mktemp("crash-corpus"), corpus_dir, originals=30, warc=False)


def _ingest(paths: list[str], db: Path, extra: list[str]) -> subprocess.Popen:  # type: ignore[type-arg]
    # a session of its own, so the kill takes the Dask scheduler and workers with it
    return subprocess.Popen(
        [*CLI, "ingest", *paths, "--db", str(db), "-q", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def _articles(db: Path) -> int:
    if not db.exists():
        return 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def _kill_after(paths: list[str], db: Path, extra: list[str], delay: float, total: int) -> bool:
    """Start ingest and kill it after `delay` seconds; True when the kill met the work half done: some
    articles stored but not all, or shards being analysed or waiting to be merged."""
    process = _ingest(paths, db, extra)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    shards = Path(f"{db}.shards")
    in_flight = shards.exists() and any(shards.iterdir())
    return 0 < _articles(db) < total or in_flight


@pytest.mark.parametrize("extra", [[], ["--workers", "2", "--shard-mb", "0.02"]], ids=["serial", "two-workers"])
def test_killed_runs_then_one_more_give_the_clean_database(tmp_path: Path, corpus: list[str], extra: list[str]) -> None:
    clean = tmp_path / "clean.duckdb"
    started = time.monotonic()
    run = _ingest(corpus, clean, extra)
    assert run.wait() == 1, run.stderr.read() if run.stderr else ""  # 1: the corpus has bad records
    span = time.monotonic() - started
    expected = snapshot(str(clean))
    total = len(expected["articles"])

    crashed = tmp_path / "crashed.duckdb"
    rng = random.Random(20261123 + len(extra))
    # kills spread over the run (model loading, reading, analysis, merging, linking), at random within each
    partial = [_kill_after(corpus, crashed, extra, span * rng.uniform(low, low + 0.15), total) for low in (0.35, 0.55, 0.75)]
    final = _ingest(corpus, crashed, extra)
    assert final.wait() == 1
    assert differences(expected, snapshot(str(crashed))) == {}
    # the kills met the work half done, not only before it began or after it ended
    assert any(partial), partial
    con = duckdb.connect(str(crashed), read_only=True)
    statuses = [row[0] for row in con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()]
    con.close()
    assert statuses[-1] == "done" and "running" not in statuses
