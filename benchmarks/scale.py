"""Distributed ingest at scale: speed-up of two workers over one, and worker memory as input grows.

    .venv/bin/python benchmarks/scale.py scaling [--articles 840]
    .venv/bin/python benchmarks/scale.py memory --articles 10000 100000 [--keep DIR]
    .venv/bin/python benchmarks/scale.py linking DB [DB ...] [--same-day]

scaling: the news articles of PolNeAR train (../shared/data/dev/quotes/train/text), as one JSON Lines
file, ingested into a fresh database by serial ingest, then by a LocalCluster of 1 and of 2 workers.
Wall time covers the whole command (cluster start, model loading, merging, story linking); the
workers' own busy time is reported beside it.

memory: articles made of `--sentences` sentences (default 2) drawn at random from the same texts
(distinct, so none is a copy) and published over three years, N of them in one JSON Lines file,
ingested by 2 workers with 0.5 MiB shards; reports each worker's peak resident memory
(getrusage), the driver's, and the throughput. A worker holds one shard at a time, so its memory
should depend on the shard size, not on how many shards the input has.

linking: story linking alone, on a copy of each database (such as those `memory --keep` leaves) with
its stories cleared; `--same-day` publishes every article on one day first, so that every story lies
in every article's window.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import dev_data

from newsevents.distributed import ingest_distributed
from newsevents.ingestion import ingest


def _texts(limit: int | None = None) -> list[str]:
    paths = sorted((dev_data() / "quotes" / "train" / "text").glob("*.txt"))[:limit]
    return [p.read_text(encoding="utf-8") for p in paths]


def _write_jsonl(path: Path, texts: list[str], spread_days: int = 0) -> int:
    """One JSON line per text, published on 2016-10-01, or spread over `spread_days` days from it."""
    start = date(2016, 10, 1).toordinal()
    with open(path, "w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            published = date.fromordinal(start + (i * 7919) % spread_days if spread_days else start).isoformat()
            out.write(json.dumps({"id": f"a{i}", "published": published, "text": text}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def _mib(value: float) -> str:
    return f"{value / (1 << 20):.0f} MiB"


def scaling(args: argparse.Namespace) -> None:
    texts = _texts(args.articles)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "polnear.jsonl"
        size = _write_jsonl(corpus, texts)
        print(f"{len(texts)} articles, {size / 1e6:.1f} MB of JSON Lines")
        timings, phases = {}, {}
        for label, workers in (("serial", None), ("1 worker", 1), ("2 workers", 2)):
            db = Path(folder) / f"{label.replace(' ', '-')}.duckdb"
            started = time.perf_counter()
            if workers is None:
                report = ingest([str(corpus)], str(db))
                busy = ""
            else:
                report = ingest_distributed([str(corpus)], str(db), workers=workers,
                                            shard_bytes=int(args.shard_mb * (1 << 20)) if args.shard_mb else None)
                busy = (f", of which analysis and merging {report.cluster.analysis_wall:.1f}s; workers busy "
                        f"{report.cluster.seconds:.1f}s over {report.cluster.shards} shards")
                phases[label] = report.cluster.analysis_wall
            seconds = time.perf_counter() - started
            timings[label] = seconds
            print(f"{label:>9}: {seconds:6.1f}s wall, {report.analysed / seconds:5.2f} articles/s{busy}")
        print(f"speed-up of 2 workers over 1: {timings['1 worker'] / timings['2 workers']:.2f}x wall, "
              f"{phases['1 worker'] / phases['2 workers']:.2f}x in analysis and merging; "
              f"1 worker over serial ingest: {timings['serial'] / timings['1 worker']:.2f}x; cores: {os.cpu_count()}")


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _generated(count: int, sentences: int, seed: int = 7) -> list[str]:
    pool = [s.strip() for text in _texts() for s in _SENTENCE.split(text) if 60 <= len(s.strip()) <= 400]
    rng = random.Random(seed)
    return [" ".join(rng.sample(pool, sentences)) for _ in range(count)]


def memory(args: argparse.Namespace) -> None:
    for count in args.articles:
        texts = _generated(count, args.sentences)
        with tempfile.TemporaryDirectory() as folder:
            corpus = Path(folder) / "generated.jsonl"
            size = _write_jsonl(corpus, texts, spread_days=3 * 365)
            started = time.perf_counter()
            report = ingest_distributed([str(corpus)], str(Path(folder) / "g.duckdb"), workers=args.workers,
                                        shard_bytes=int(args.shard_mb * (1 << 20)))
            seconds = time.perf_counter() - started
            peaks = sorted(report.cluster.peak_rss.values())
            driver = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            print(
                f"{count:>7} articles ({size / 1e6:.0f} MB, {report.cluster.shards} shards): {seconds:.0f}s, "
                f"{report.analysed / seconds:.1f} articles/s (analysis and merging {report.cluster.analysis_wall:.0f}s, "
                f"story linking {report.linking_seconds:.0f}s); peak RSS per worker "
                f"{', '.join(_mib(p) for p in peaks)}; driver so far {_mib(driver)}; analysed {report.analysed}, "
                f"copies {report.duplicates}, errors {report.errors}",
                flush=True,
            )
            for problem in report.problems[:20]:
                print("  " + problem.describe())
            if args.keep is not None:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.move(Path(folder) / "g.duckdb", args.keep / f"generated-{count}.duckdb")


def relink(args: argparse.Namespace) -> None:
    """Story linking alone, timed on a copy of each database with its story tables cleared."""
    import duckdb

    from newsevents.linking import link_articles
    from newsevents.store import Store

    for db in args.databases:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "relink.duckdb"
            shutil.copy(db, copy)
            con = duckdb.connect(str(copy))
            for sql in ("DELETE FROM story_articles", "DELETE FROM story_events", "DELETE FROM stories",
                        "UPDATE events SET story_id = NULL"):
                con.execute(sql)
            if args.same_day:
                con.execute("UPDATE articles SET published = DATE '2016-10-01'")
            con.close()
            with Store(copy) as store:
                started = time.perf_counter()
                decisions = link_articles(store)
                seconds = time.perf_counter() - started
            stories = len({d.story_id for d in decisions})
            print(f"{db}{' (one day)' if args.same_day else ''}: {len(decisions)} articles into {stories} stories "
                  f"in {seconds:.1f}s ({1000 * seconds / max(1, len(decisions)):.1f} ms an article)", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("scaling")
    one.add_argument("--articles", type=int, default=None, help="the first N PolNeAR train articles (default all 840)")
    one.add_argument("--shard-mb", type=float, default=None, help="default: sized to the input and the workers")
    one.set_defaults(run=scaling)
    two = commands.add_parser("memory")
    two.add_argument("--articles", type=int, nargs="+", default=[10_000, 100_000])
    two.add_argument("--workers", type=int, default=2)
    two.add_argument("--sentences", type=int, default=2, help="sentences per generated article")
    two.add_argument("--shard-mb", type=float, default=0.5)
    two.add_argument("--keep", type=Path, default=None, help="keep each database in this folder")
    two.set_defaults(run=memory)
    three = commands.add_parser("linking")
    three.add_argument("databases", nargs="+", help="databases to link again (each is copied first)")
    three.add_argument("--same-day", action="store_true", help="publish every article on one day first")
    three.set_defaults(run=relink)
    args = parser.parse_args()
    args.run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
