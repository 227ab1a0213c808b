from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.model import Article, Entity
from newsevents.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "examples" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The spaCy-backed pipeline, loaded once for the whole session."""
    return Pipeline()


@pytest.fixture(scope="session", autouse=True)
def _share_pipeline(pipeline: Pipeline) -> None:
    # The library's default pipeline (used by ingest, extract and the CLI) is the session's one,
    # so the model loads once for all tests.
    from newsevents import pipeline as pipeline_module

    pipeline_module._default = pipeline


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "test.duckdb")


def analyse(pipeline: Pipeline, text: str, published: str | None = "2022-11-22"):  # type: ignore[no-untyped-def]
    """One text through the whole pipeline, dated 22 November 2022 unless told otherwise."""
    article = Article(id="t", text=text, published=date.fromisoformat(published) if published else None)
    return pipeline.analyse(article)


def make_article(text: str, **fields) -> Article:
    return Article(id=fields.pop("id", "a1"), text=text, **fields)


ENGLISH = (
    "Iran's foreign minister met his Turkish counterpart in Ankara on Monday to discuss trade, "
    "the ministry said. The two sides agreed to meet again next month in Tehran."
)


def entity_for(result, surface: str) -> Entity:  # type: ignore[no-untyped-def]
    """The entity with a mention whose text is exactly `surface`."""
    for entity in result.entities:
        if any(m.text == surface for m in entity.mentions):
            return entity
    raise AssertionError(f"no entity with a mention {surface!r}: {[(e.name, [m.text for m in e.mentions]) for e in result.entities]}")
