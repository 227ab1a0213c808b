"""Ingest: read -> check -> deduplicate -> analyse -> store, one transaction per article.

A bad record becomes a row in `errors` and the batch goes on; the report's exit code says
whether everything read was stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import duckdb

from . import __version__
from .analysis.tone_minilm import tone_model_flag
from .checks import check_language
from .dedup import DuplicateIndex
from .errors import AnalysisError, ErrorCode, StoreError
from .ids import content_hash
from .issues import Problem
from .linking import link_articles
from .model import Article, ArticleResult
from .pipeline import Pipeline, default_pipeline
from .readers import ReadOptions, ReadOutcome, read_sources
from .store import Provenance, Store
from .triage import Triage, Verdict

BATCH_SIZE = 16


@dataclass
class IngestReport:
    run_id: str
    records_read: int = 0
    stored: int = 0
    analysed: int = 0
    duplicates: int = 0
    unchanged: int = 0
    errors: int = 0
    warnings: int = 0
    problems: list[Problem] = field(default_factory=list)
    linking_seconds: float = 0.0  # story linking at the end of the run

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0

    def counts(self) -> dict[str, int]:
        return {
            "records_read": self.records_read, "stored": self.stored, "analysed": self.analysed,
            "duplicates": self.duplicates, "unchanged": self.unchanged, "errors": self.errors, "warnings": self.warnings,
        }


ProgressCallback = Callable[[IngestReport, ReadOutcome | None], None]


@dataclass
class _Pending:
    outcome: ReadOutcome
    provenance: Provenance


class Ingester:
    def __init__(self, store: Store, pipeline: Pipeline | None = None, batch_size: int = BATCH_SIZE) -> None:
        self.store = store
        self.pipeline = pipeline or default_pipeline()
        self.batch_size = batch_size
        self.triage = Triage(store)

    def run(
        self,
        paths: Iterable[str],
        *,
        input_format: str | None = None,
        options: ReadOptions | None = None,
        progress: ProgressCallback | None = None,
    ) -> IngestReport:
        paths = list(paths)
        report = IngestReport(self.store.start_run(f"ingest{tone_model_flag()}", paths, __version__))
        self._report = report
        batch: list[_Pending] = []
        status = "failed"
        try:
            for outcome in read_sources(paths, input_format, options):
                report.records_read += 1
                for problem in outcome.problems:
                    self._problem(problem)
                if outcome.article is not None:
                    item = self._triage(outcome)
                    if item is not None:
                        batch.append(item)
                if len(batch) >= self.batch_size:
                    self._analyse_and_store(batch)
                    batch = []
                if progress:
                    progress(report, outcome)
            self._analyse_and_store(batch)
            self._link()
            status = "done"
        finally:
            self.store.finish_run(report.run_id, report.counts(), status)
        return report

    def _problem(self, problem: Problem) -> None:
        record_problem(self.store, self._report, problem)

    def _store(self, article: Article, provenance: Provenance, result: ArticleResult | None, outcome: ReadOutcome) -> bool:
        try:
            self.store.write_article(article, provenance, result, self._report.run_id)
        except StoreError as exc:
            self._problem(Problem(outcome.source, outcome.record, "store", ErrorCode.STORE, exc.message))
            return False
        self._report.stored += 1
        return True

    def _triage(self, outcome: ReadOutcome) -> _Pending | None:
        """Decide what to do with a read article; returns it when it needs analysis."""
        article = outcome.article
        assert article is not None
        digest = content_hash(article.text)
        base = Provenance(outcome.source, outcome.record, outcome.input_format, digest)
        language: list[Problem | None] = []  # the language check, run only for an article not stored before

        def readable() -> bool:
            language.append(check_language(outcome))
            return language[0] is None

        verdict = self.triage.judge(article.id, digest, lambda: DuplicateIndex.signature(article.text), readable)
        if verdict.kind == "unchanged":
            self._report.unchanged += 1
        elif verdict.kind == "unanalysed":
            assert language[0] is not None
            self._problem(language[0])
            self._store(article, base, None, outcome)
        elif verdict.kind == "copy":
            assert verdict.original is not None and verdict.duplicate_kind is not None
            provenance = copy_provenance(base, verdict)
            if self._store(article, provenance, None, outcome):
                self._report.duplicates += 1
        else:
            return _Pending(outcome, Provenance(outcome.source, outcome.record, outcome.input_format, digest, verdict.minhash))
        return None

    def _link(self) -> None:
        link_run(self.store, self._report)

    def _analyse_and_store(self, batch: list[_Pending]) -> None:
        if not batch:
            return
        results = self.pipeline.analyse_many([item.outcome.article for item in batch if item.outcome.article])
        for item, result in zip(batch, results, strict=True):
            outcome = item.outcome
            assert outcome.article is not None
            if isinstance(result, AnalysisError):
                self._problem(Problem(outcome.source, outcome.record, "analyse", result.code, result.message))
            elif self._store(outcome.article, item.provenance, result, outcome):
                self._report.analysed += 1
                continue
            self.triage.forget(outcome.article.id)
        self.triage.settle()


def copy_provenance(base: Provenance, verdict: Verdict) -> Provenance:
    return Provenance(
        base.source, base.record, base.input_format, base.content_hash, None,
        verdict.original, verdict.duplicate_kind, verdict.similarity,
    )


def record_problem(store: Store, report: IngestReport, problem: Problem) -> None:
    store.record_problem(report.run_id, problem)
    report.problems.append(problem)
    if problem.severity == "error":
        report.errors += 1
    else:
        report.warnings += 1


def link_run(store: Store, report: IngestReport) -> None:
    """Link the articles this run stored (and any left unlinked before) into stories. The articles are
    stored whatever happens here: a failure is a warning, and they are linked by the next run."""
    started = time.perf_counter()
    try:
        link_articles(store, run_id=report.run_id)
    except (StoreError, duckdb.Error) as exc:
        message = exc.message if isinstance(exc, StoreError) else str(exc)
        record_problem(
            store, report, Problem("linking", None, "store", ErrorCode.STORE, f"story linking failed: {message}", "warning")
        )
    finally:
        report.linking_seconds += time.perf_counter() - started


def ingest(
    paths: Iterable[str],
    db: str = "newsevents.duckdb",
    *,
    input_format: str | None = None,
    options: ReadOptions | None = None,
    pipeline: Pipeline | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Analyse and store every article of `paths` in the DuckDB database `db`."""
    with Store(db) as store:
        return Ingester(store, pipeline).run(paths, input_format=input_format, options=options, progress=progress)
