"""Merge an analysed shard into the store, in one transaction.

The articles of a shard are judged in input order by the same triage as serial ingest (unchanged,
copy, original), then their rows go in with set-based inserts from the shard's Parquet files, the
shard's problems go to `errors`, and the shard is entered in `ingest_shards`. Either all of that is
committed or none of it, and a shard already entered is never merged again, so merging is idempotent
and a crash at any point leaves nothing half done.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from .dedup import DuplicateIndex
from .errors import StoreError
from .schema import ARTICLE_TABLES
from .shards import SHARD_TABLES, problem_from_row, read_manifest
from .store import STORY_LINK_TABLES, Store, _now
from .triage import Triage, Verdict

_ARTICLE_COLUMNS = (
    "id", "url", "outlet", "title", "published", "language", "text", "content_hash", "minhash", "source", "record",
    "input_format", "duplicate_of", "duplicate_kind", "similarity", "analysed", "run_id", "ingested_at",
)


@dataclass
class MergeCounts:
    records: int = 0
    analysed: int = 0
    duplicates: int = 0
    unanalysed: int = 0
    unchanged: int = 0


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


@dataclass(frozen=True)
class MergedShard:
    records: int
    articles: int
    errors: int
    warnings: int


def is_merged(store: Store, shard_id: str) -> MergedShard | None:
    """What a shard merged before held, else None."""
    row = store.con.execute(
        "SELECT records, articles, errors, warnings FROM ingest_shards WHERE id = ?", [shard_id]
    ).fetchone()
    return MergedShard(*row) if row else None


def merge_shard(store: Store, triage: Triage, folder: Path, run_id: str, record_problem) -> MergeCounts | None:  # type: ignore[no-untyped-def]
    """Merge the shard in `folder`; `record_problem(problem)` logs each of its problems inside the transaction.
    None when the shard was merged before."""
    if is_merged(store, folder.name) is not None:  # checked first: a merged shard's folder may be gone
        return None
    manifest = read_manifest(folder)
    con = store.con
    articles = folder / "articles.parquet"
    rows = {
        row[0]: row[1:]
        for row in con.execute(f"SELECT id, content_hash, minhash, analysed FROM read_parquet({_quote(articles)})").fetchall()
    }
    # an id met twice in a shard was stored once, as its last reading: judge it at that place
    order = list(reversed(dict.fromkeys(reversed(manifest["articles"]))))
    # the earlier readings of an id met twice count as serial ingest counts a re-reading: unchanged
    counts = MergeCounts(records=manifest["records"], unchanged=len(manifest["articles"]) - len(order))
    verdicts: list[tuple[str, Verdict]] = []
    for article_id in order:
        digest, minhash, analysed = rows[article_id]
        verdict = triage.judge(
            article_id, digest, lambda m=minhash: DuplicateIndex.from_hashvalues(m or ()), lambda a=analysed: bool(a)
        )
        verdicts.append((article_id, verdict))
    unchanged = {article_id for article_id, v in verdicts if v.kind == "unchanged"}
    stored = [(article_id, v) for article_id, v in verdicts if v.kind != "unchanged"]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            """CREATE TEMP TABLE IF NOT EXISTS merge_verdicts (
                   id VARCHAR, position INTEGER, duplicate_of VARCHAR, duplicate_kind VARCHAR, similarity DOUBLE,
                   keep_analysis BOOLEAN)"""
        )
        con.execute("DELETE FROM merge_verdicts")
        if stored:
            store.insert_rows(
                "merge_verdicts",
                [[article_id, position, v.original, v.duplicate_kind, v.similarity, v.kind == "original"]
                 for position, (article_id, v) in enumerate(stored)],
            )
            ids = "(SELECT id FROM merge_verdicts)"
            con.execute(f"DELETE FROM articles WHERE id IN {ids}")
            for table in (*ARTICLE_TABLES, *STORY_LINK_TABLES):
                con.execute(f"DELETE FROM {table} WHERE article_id IN {ids}")
            select = ", ".join(
                {
                    "duplicate_of": "v.duplicate_of", "duplicate_kind": "v.duplicate_kind", "similarity": "v.similarity",
                    "minhash": "CASE WHEN v.keep_analysis THEN a.minhash END",
                    "analysed": "a.analysed AND v.keep_analysis", "run_id": "?",
                    # one instant per article, in input order, as serial ingest stores them
                    "ingested_at": "?::TIMESTAMP + to_microseconds(v.position)",
                }.get(column, f"a.{column}")
                for column in _ARTICLE_COLUMNS
            )
            con.execute(
                f"""INSERT INTO articles SELECT {select}
                    FROM read_parquet({_quote(articles)}) a JOIN merge_verdicts v USING (id) ORDER BY v.position""",
                [run_id, _now()],
            )
            for table in SHARD_TABLES[1:]:
                con.execute(
                    f"""INSERT INTO {table} SELECT * FROM read_parquet({_quote(folder / (table + '.parquet'))})
                        WHERE article_id IN (SELECT id FROM merge_verdicts WHERE keep_analysis)"""
                )
        problems = [problem_from_row(row) for row in manifest["problems"] if row.get("article") not in unchanged]
        for problem in problems:
            record_problem(problem)
        errors = sum(p.severity == "error" for p in problems)
        con.execute(
            "INSERT INTO ingest_shards VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [manifest["id"], run_id, manifest["pieces"], manifest["records"], len(order), errors,
             len(problems) - errors, _now()],
        )
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        for article_id, verdict in verdicts:
            if verdict.kind == "original":
                triage.forget(article_id)
        triage.settle()
        raise StoreError(f"could not merge shard {manifest['id']}: {exc}") from exc
    triage.settle()
    for _, verdict in verdicts:
        if verdict.kind == "original":
            counts.analysed += 1
        elif verdict.kind == "copy":
            counts.duplicates += 1
        elif verdict.kind == "unanalysed":
            counts.unanalysed += 1
        else:
            counts.unchanged += 1
    return counts
