"""Stateless extraction: articles in, contract records out (no database)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from .checks import check_language
from .errors import AnalysisError, ErrorCode, NewsEventsError
from .ids import article_id
from .issues import Problem
from .language import SUPPORTED_LANGUAGES, detect_language
from .model import Article, ArticleResult
from .pipeline import Pipeline, default_pipeline
from .readers import ReadOptions, ReadOutcome, read_sources

BATCH_SIZE = 16


@dataclass
class Extraction:
    """What one input record gave: a result (None when it failed) and any problems met."""

    outcome: ReadOutcome
    result: ArticleResult | None
    problems: list[Problem] = field(default_factory=list)


def extract(
    text: str,
    *,
    published: date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    id: str | None = None,
    pipeline: Pipeline | None = None,
) -> dict:
    """Analyse one text and return the contract's JSON object for it.

    Raises NewsEventsError (code NE201) for text in a language the models cannot read.
    """
    language = detect_language(text)
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise NewsEventsError(f"language is {language!r}; only English is analysed", ErrorCode.LANGUAGE)
    article = Article(
        id=article_id(id, url, text),
        url=url,
        outlet=outlet,
        title=title,
        published=date.fromisoformat(published) if isinstance(published, str) else published,
        language=language,
        text=text,
    )
    return (pipeline or default_pipeline()).analyse(article).to_json_dict()


def extract_sources(
    paths: Iterable[str],
    *,
    input_format: str | None = None,
    options: ReadOptions | None = None,
    pipeline: Pipeline | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Extraction]:
    """Every record of every input, analysed, in input order; failures come with their problems."""
    pipeline = pipeline or default_pipeline()
    batch: list[Extraction] = []
    for outcome in read_sources(paths, input_format, options):
        item = Extraction(outcome, None, list(outcome.problems))
        if outcome.article is None:
            batch.append(item)
        else:
            problem = check_language(outcome)
            if problem is not None:
                item.problems.append(problem)
            batch.append(item)
        if sum(1 for b in batch if _needs_analysis(b)) >= batch_size:
            yield from _analyse(batch, pipeline)
            batch = []
    yield from _analyse(batch, pipeline)


def _needs_analysis(item: Extraction) -> bool:
    return item.outcome.article is not None and not any(p.severity == "error" for p in item.problems)


def _analyse(batch: list[Extraction], pipeline: Pipeline) -> Iterator[Extraction]:
    todo = [item for item in batch if _needs_analysis(item)]
    results = iter(pipeline.analyse_many([item.outcome.article for item in todo]))  # type: ignore[misc]
    for item in batch:
        if _needs_analysis(item):
            result = next(results)
            if isinstance(result, AnalysisError):
                item.problems.append(Problem(item.outcome.source, item.outcome.record, "analyse", result.code, result.message))
            else:
                item.result = result
        yield item
