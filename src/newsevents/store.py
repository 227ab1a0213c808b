"""The DuckDB store: schema migrations, and one transaction per article.

An article and all its analysis records are written in a single transaction that first removes
whatever the database held for that article id, so a crash loses nothing committed, never
leaves half an article, and re-ingesting the same article cannot double anything.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from .errors import ErrorCode, StoreError
from .issues import Problem
from .model import Article, ArticleResult
from .schema import ARTICLE_TABLES, MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "newsevents.duckdb"
# Tables of story linking keyed by article_id (see linking.py).
STORY_LINK_TABLES = ("story_articles", "story_events")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class Provenance:
    """Where a stored article came from and how it relates to others."""

    source: str
    record: str | None
    input_format: str
    content_hash: str
    minhash: Sequence[int] | None = None
    duplicate_of: str | None = None
    duplicate_kind: str | None = None  # "exact" | "near"
    similarity: float | None = None


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        self._column_types: dict[str, list[str]] = {}
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no database at {self.path}; run `newsevents ingest` first", ErrorCode.STORE)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}", ErrorCode.STORE) from exc
        if read_only:
            self._check_version()
        else:
            self.migrate()

    # -- schema ---------------------------------------------------------------------------
    def has_table(self, name: str) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0])

    def schema_version(self) -> int:
        if not self.has_table("schema_migrations"):
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]

    def _check_version(self) -> None:
        version = self.schema_version()
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"database {self.path} has schema version {version}, this newsevents expects {SCHEMA_VERSION}; "
                "open it once for writing (e.g. `newsevents ingest`) to migrate it",
                ErrorCode.SCHEMA,
            )

    def migrate(self) -> None:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
        )
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"database {self.path} has schema version {current}, newer than this newsevents ({SCHEMA_VERSION})",
                ErrorCode.SCHEMA,
            )
        for version, description, sql in MIGRATIONS:
            if version <= current:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, description, _now()])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migration {version} failed: {exc}", ErrorCode.SCHEMA) from exc

    # -- runs and errors ------------------------------------------------------------------
    def start_run(self, command: str, inputs: Sequence[str], version: str) -> str:
        # A writer holds the database alone, so a run still marked running was killed.
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        run_id = uuid.uuid4().hex[:12]
        self.con.execute(
            "INSERT INTO runs (id, command, inputs, version, started_at, status) VALUES (?, ?, ?, ?, ?, 'running')",
            [run_id, command, list(inputs), version, _now()],
        )
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, int], status: str) -> None:
        self.con.execute(
            """UPDATE runs SET finished_at = ?, records_read = ?, articles_stored = ?, duplicates = ?,
               unchanged = ?, errors = ?, warnings = ?, status = ? WHERE id = ?""",
            [
                _now(), counts.get("records_read", 0), counts.get("stored", 0), counts.get("duplicates", 0),
                counts.get("unchanged", 0), counts.get("errors", 0), counts.get("warnings", 0), status, run_id,
            ],
        )

    def record_problem(self, run_id: str | None, problem: Problem) -> None:
        """Log a problem; the same problem met again (a re-run, a run resumed after a crash) replaces its row,
        so the table holds each problem once, with the run that last met it."""
        self.con.execute(
            """DELETE FROM errors WHERE source IS NOT DISTINCT FROM ? AND record IS NOT DISTINCT FROM ?
               AND stage = ? AND code = ? AND message = ?""",
            [problem.source, problem.record, problem.stage, str(problem.code), problem.message],
        )
        self.con.execute(
            "INSERT INTO errors (run_id, source, record, stage, code, severity, message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, problem.source, problem.record, problem.stage, str(problem.code), problem.severity, problem.message, _now()],
        )

    # -- lookups used by ingest -----------------------------------------------------------
    def stored_hash(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT content_hash FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def original_with_hash(self, content_hash: str) -> str | None:
        row = self.con.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY ingested_at LIMIT 1",
            [content_hash],
        ).fetchone()
        return row[0] if row else None

    def original_signatures(self) -> Iterator[tuple[str, list[int]]]:
        cursor = self.con.execute(
            "SELECT id, minhash FROM articles WHERE duplicate_of IS NULL AND minhash IS NOT NULL ORDER BY ingested_at"
        )
        while rows := cursor.fetchmany(1000):
            yield from rows

    # -- writing --------------------------------------------------------------------------
    def write_article(self, article: Article, provenance: Provenance, result: ArticleResult | None, run_id: str | None) -> None:
        """Store one article and its analysis (if any) atomically, replacing what was there."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            # an article's records are only ever written with it, so a new id has nothing to replace (and
            # the deletes, which scan each table, are skipped: they would grow with the store)
            if con.execute("SELECT count(*) FROM articles WHERE id = ?", [article.id]).fetchone()[0]:
                con.execute("DELETE FROM articles WHERE id = ?", [article.id])
                for table in ARTICLE_TABLES:
                    con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article.id])
                # its story links go with its old analysis: linking (at the end of the run) links it again
                for table in STORY_LINK_TABLES:
                    con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article.id])
            con.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    article.id, article.url, article.outlet, article.title, article.published, article.language,
                    article.text, provenance.content_hash, list(provenance.minhash) if provenance.minhash is not None else None,
                    provenance.source, provenance.record, provenance.input_format, provenance.duplicate_of,
                    provenance.duplicate_kind, provenance.similarity, result is not None, run_id, _now(),
                ],
            )
            if result is not None:
                for table, rows in analysis_rows(result).items():
                    self.insert_rows(table, rows)
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"could not store article {article.id}: {exc}") from exc

    def insert_rows(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows (in column order) with one statement: each column goes in as one typed list, which
        DuckDB takes about fifty times faster than `executemany` row by row."""
        if not rows:
            return
        types = self._column_types.get(table)
        if types is None:
            types = [row[0] for row in self.con.execute(
                "SELECT data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", [table]
            ).fetchall()]
            self._column_types[table] = types
        columns = ", ".join(f"unnest(?::{kind}[])" for kind in types)
        self.con.execute(f"INSERT INTO {table} SELECT {columns}", [list(column) for column in zip(*rows, strict=True)])

    # -- reading --------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def event_day(start: str | None, published: date | None) -> date | None:
    """The day an event is filed under: its own date's first day, else the article's publication date."""
    if start and _ISO_DAY.match(start):
        try:
            return date.fromisoformat(start[:10])
        except ValueError:
            pass
    return published


def analysis_rows(result: ArticleResult) -> dict[str, list[list[Any]]]:
    """The rows each analysis table gets for one article, in column order."""
    aid = result.article.id
    rows: dict[str, list[list[Any]]] = {table: [] for table in ARTICLE_TABLES}
    entities = {entity.id: entity for entity in result.entities}
    for entity in result.entities:
        rows["entities"].append(
            [aid, entity.id, entity.name, entity.type, entity.country, entity.sector, entity.code, entity.wikidata, entity.titles]
        )
        for mention in entity.mentions:
            rows["mentions"].append([aid, entity.id, mention.start, mention.end, mention.text])
    for event in result.events:
        date = event.date
        rows["events"].append(
            [
                aid, event.id, event.type, event.mode, event.context, event.cameo, event.quad_class, event.goldstein,
                event.status, date.start if date else None, date.end if date else None,
                date.precision if date else None, date.text if date else None, event.location.place,
                event.trigger.start, event.trigger.end, event.trigger.text,
                event.evidence.start, event.evidence.end, event.evidence.text, None,
                event_day(date.start if date else None, result.article.published),
            ]
        )
        for role, refs in (("actor", event.actor), ("recipient", event.recipient), ("reported_by", event.reported_by)):
            for position, ref in enumerate(refs):
                entity = entities.get(ref.entity) if ref.entity else None
                rows["event_actors"].append(
                    [aid, event.id, role, position, ref.entity, ref.text, ref.start, ref.end,
                     entity.name if entity else None, entity.code if entity else None, entity.country if entity else None]
                )
    for t in result.times:
        rows["times"].append([aid, t.id, t.start, t.end, t.text, t.type, t.value])
    for p in result.places:
        rows["places"].append([aid, p.id, p.start, p.end, p.text, p.name, p.geonames_id, p.lat, p.lon, p.country, p.feature])
    for q in result.quotes:
        cue, speaker = q.cue, q.speaker
        rows["quotes"].append(
            [
                aid, q.id, q.kind, q.content.start, q.content.end, q.content.text,
                cue.start if cue else None, cue.end if cue else None, cue.text if cue else None,
                speaker.entity if speaker else None, speaker.start if speaker else None,
                speaker.end if speaker else None, speaker.text if speaker else None,
            ]
        )
    for f in result.framing:
        rows["framing"].append([aid, f.id, f.start, f.end, f.text, f.kind, f.voice, f.about, f.neutral])
    for t in result.tone:
        rows["tone"].append([aid, t.entity, t.score, t.label, t.mentions])
    return rows
