"""Distributed ingest: shards, their ranges, a real LocalCluster of two workers, and idempotent merging."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.readers import ReadOptions, read_range, read_sources, split_file
from newsevents.shards import plan_shards

from .scale_helpers import differences, snapshot, write_mixed_corpus


def _labels(outcomes) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [
        (o.source, o.record, o.article.id if o.article else None, o.article.text if o.article else None,
         [p.code for p in o.problems])
        for o in outcomes
    ]


def _read_ranges(path: Path, fmt: str, target: int) -> tuple[list, int]:  # type: ignore[type-arg]
    ranges = split_file(str(path), fmt, target) or []
    outcomes = [o for part in ranges for o in read_range(str(path), fmt, part, ReadOptions())]
    return outcomes, len(ranges)


def _jsonl(tmp_path: Path) -> Path:
    rows = []
    for i in range(40):
        if i == 7:
            rows.append("{broken")
        elif i == 12:
            rows.append("")
        else:
            rows.append(json.dumps({"id": f"a{i}", "text": f"Article {i}: " + "ministers met and talked. " * (i % 9 + 1)}))
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.integers(min_value=1, max_value=3000))
def test_jsonl_ranges_read_as_the_whole_file(tmp_path: Path, target: int) -> None:
    path = _jsonl(tmp_path)
    whole = _labels(read_sources([str(path)]))
    parts, count = _read_ranges(path, "jsonl", target)
    if count == 0:  # one range only: the file is read whole
        assert target >= path.stat().st_size // 2
        return
    assert _labels(parts) == whole


def _warc(records: int, gzip_each: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_each)
    for i in range(records):
        body = f"<html><head><title>Report {i}</title></head><body><article><h1>Report {i}</h1>" + (
            f"<p>Officials of country {i} met their counterparts on Monday to discuss a drill.</p>" * 5
        ) + "</article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://example.org/r{i}", "response", payload=io.BytesIO(body.encode()),
                                           http_headers=headers)
        writer.write_record(record)
        if i % 3 == 0:  # a non-response record between responses keeps the numbering honest
            writer.write_record(writer.create_warc_record(f"https://example.org/r{i}", "request", payload=io.BytesIO(b"GET /")))
    return out.getvalue()


@pytest.mark.parametrize("gzip_each", [True, False])
def test_warc_ranges_read_as_the_whole_archive(tmp_path: Path, gzip_each: bool) -> None:
    path = tmp_path / ("a.warc.gz" if gzip_each else "a.warc")
    path.write_bytes(_warc(12, gzip_each))
    whole = _labels(read_sources([str(path)]))
    assert len(whole) == 12
    parts, count = _read_ranges(path, "warc", 1500)
    assert count > 3
    assert _labels(parts) == whole


def test_warc_gzipped_as_a_whole_is_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    path.write_bytes(gzip.compress(_warc(12, False)))
    assert split_file(str(path), "warc", 1500) is None
    plan = plan_shards([str(path)], target_bytes=1500)
    assert len(plan) == 1 and plan[0].pieces[0].part is None


def test_plan_groups_small_files_and_cuts_large_ones(tmp_path: Path) -> None:
    small = []
    for i in range(5):
        p = tmp_path / f"s{i}.txt"
        p.write_text("A minister met an envoy on Monday. " * 10, encoding="utf-8")
        small.append(str(p))
    big = _jsonl(tmp_path)
    plan = plan_shards([*small[:2], str(big), *small[2:]], target_bytes=800)
    kinds = [[(Path(p.path).name, p.part is not None) for p in spec.pieces] for spec in plan]
    # small files grouped up to the target; the big file cut in ranges, never grouped with others
    assert kinds[0] == [("s0.txt", False), ("s1.txt", False)]
    assert kinds[-1] == [(f"s{i}.txt", False) for i in (2, 3, 4)]
    cut = [spec for spec in plan if spec.pieces[0].part is not None]
    assert len(cut) > 3 and all(len(spec.pieces) == 1 for spec in cut)
    assert [spec.position for spec in plan] == list(range(len(plan)))
    # the same inputs plan the same shard ids; a changed file changes only its own shards
    again = plan_shards([*small[:2], str(big), *small[2:]], target_bytes=800)
    assert [s.id for s in again] == [s.id for s in plan]
    Path(small[4]).write_text("Changed.", encoding="utf-8")
    changed = plan_shards([*small[:2], str(big), *small[2:]], target_bytes=800)
    assert [s.id for s in changed][:-1] == [s.id for s in plan][:-1] and changed[-1].id != plan[-1].id


def test_stdin_cannot_be_distributed() -> None:
    from newsevents.errors import UsageError

    with pytest.raises(UsageError):
        plan_shards(["-"])


# -- on a real cluster -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> list[str]:
    return write_mixed_corpus(tmp_path_factory.mktemp("mixed"), corpus_dir)


@pytest.fixture(scope="module")
def serial_db(tmp_path_factory: pytest.TempPathFactory, mixed_corpus: list[str]) -> str:
    from newsevents.ingestion import ingest

    db = str(tmp_path_factory.mktemp("serial") / "serial.duckdb")
    ingest(mixed_corpus, db)
    return db


@pytest.fixture(scope="module")
def cluster_db(tmp_path_factory: pytest.TempPathFactory, mixed_corpus: list[str]):  # type: ignore[no-untyped-def]
    from newsevents.distributed import ingest_distributed

    db = str(tmp_path_factory.mktemp("cluster") / "cluster.duckdb")
    report = ingest_distributed(mixed_corpus, db, workers=2, shard_bytes=24_000)
    return db, report


def test_two_workers_store_what_serial_ingest_stores(serial_db: str, cluster_db) -> None:  # type: ignore[no-untyped-def]
    db, report = cluster_db
    assert report.cluster.workers == 2
    assert report.cluster.shards > 6
    # both worker processes took shards
    assert len(report.cluster.peak_rss) == 2
    assert report.analysed > 30 and report.duplicates >= 2
    assert (report.errors, report.warnings) == (4, 0)  # bad JSON, no text, German, binary file
    assert differences(snapshot(serial_db), snapshot(db)) == {}
    assert not Path(db + ".shards").exists() or not any(Path(db + ".shards").iterdir())


def test_a_second_run_reads_nothing_again(cluster_db, mixed_corpus: list[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from newsevents.distributed import ingest_distributed

    db, first = cluster_db
    copy = str(tmp_path / "again.duckdb")
    shutil.copy(db, copy)
    before = snapshot(copy)
    report = ingest_distributed(mixed_corpus, copy, workers=1, shard_bytes=24_000)
    assert report.cluster.skipped == first.cluster.shards and report.cluster.shards == 0
    assert report.analysed == 0 and report.records_read == first.records_read
    assert (report.errors, report.exit_code) == (first.errors, 1)
    assert differences(before, snapshot(copy)) == {}


def test_a_shard_analysed_twice_or_merged_twice_counts_once(mixed_corpus: list[str], tmp_path: Path) -> None:
    """A retried task finds its shard done; a shard merged once is never merged again."""
    from newsevents.merge import is_merged, merge_shard
    from newsevents.shards import analyse_shard, shard_path
    from newsevents.store import Store
    from newsevents.triage import Triage

    spec = plan_shards(mixed_corpus[:1], target_bytes=24_000)[0]
    root = str(tmp_path / "shards")
    first = analyse_shard(spec, root)
    again = analyse_shard(spec, root)
    assert not first.reused and again.reused and again.articles == first.articles
    with Store(str(tmp_path / "m.duckdb")) as store:
        counts = merge_shard(store, Triage(store), shard_path(root, spec.id), "run1", lambda p: store.record_problem("run1", p))
        assert counts is not None
        assert counts.analysed + counts.duplicates + counts.unanalysed == first.articles and is_merged(store, spec.id).records == first.records
        rows = store.con.execute("SELECT count(*) FROM entities").fetchone()[0]
        assert merge_shard(store, Triage(store), shard_path(root, spec.id), "run2", lambda p: store.record_problem("run2", p)) is None
        assert store.con.execute("SELECT count(*) FROM entities").fetchone()[0] == rows


def test_a_running_cluster_by_its_scheduler_address(tmp_path: Path, corpus_dir: Path) -> None:
    """`--scheduler` uses a cluster started elsewhere; the store is the one serial ingest makes."""
    from distributed import LocalCluster

    from newsevents.distributed import LOCAL_WORKER_CONFIG, ingest_distributed
    from newsevents.ingestion import ingest

    lines = (corpus_dir / "jsonl" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    corpus = tmp_path / "three.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import dask

    with dask.config.set(LOCAL_WORKER_CONFIG), LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        # the same input twice: read twice, stored once, as serial ingest does
        # (one line a shard: the two readings are shards with the same id)
        report = ingest_distributed([str(corpus)] * 2, str(tmp_path / "remote.duckdb"), scheduler=cluster.scheduler_address,
                                    shard_bytes=1)
    assert report.analysed == 3 and report.cluster.workers == 1
    serial = ingest([str(corpus)] * 2, str(tmp_path / "serial.duckdb"))
    assert (report.records_read, report.unchanged) == (serial.records_read, serial.unchanged) == (6, 3)
    assert differences(snapshot(str(tmp_path / "serial.duckdb")), snapshot(str(tmp_path / "remote.duckdb"))) == {}


def test_workers_and_scheduler_are_one_or_the_other(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsevents.cli import app

    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"),
                                      "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "not both" in result.output
    result = CliRunner().invoke(app, ["ingest", "-", "--db", str(tmp_path / "x.duckdb"), "--workers", "1"])
    assert result.exit_code == 2 and "standard input" in result.output
