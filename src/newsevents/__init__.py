"""newsevents: news articles in, evidence-linked event data out.

The library mirrors the command line:

    >>> import newsevents
    >>> record = newsevents.extract("Iran's foreign minister met ...", published="2022-11-23")
    >>> report = newsevents.ingest(["articles/"], db="news.duckdb")
    >>> rows = newsevents.events("news.duckdb", country="IRN")
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Article, ArticleResult

__all__ = ["__version__", "Article", "ArticleResult", "extract", "extract_sources", "ingest", "events", "dyad", "stats"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `import newsevents` (and `newsevents --help`) loads no models or heavy modules.
    if name in {"Article", "ArticleResult"}:
        from . import model

        return getattr(model, name)
    if name in {"extract", "extract_sources"}:
        from . import extraction

        return getattr(extraction, name)
    if name == "ingest":
        from .ingestion import ingest

        return ingest
    if name in {"events", "dyad", "stats"}:
        from . import query

        return getattr(query, name)
    raise AttributeError(name)
