"""Checks every article passes before analysis (the "check" stage)."""

from __future__ import annotations

from .errors import ErrorCode
from .issues import Problem
from .language import SUPPORTED_LANGUAGES, detect_language
from .readers.base import ReadOutcome


def check_language(outcome: ReadOutcome) -> Problem | None:
    """Set the article's language; a problem if it is one the analysis models cannot read."""
    article = outcome.article
    assert article is not None
    if article.language is None:
        article.language = detect_language(article.text)
    if article.language is None or article.language in SUPPORTED_LANGUAGES:
        return None
    return Problem(
        outcome.source,
        outcome.record,
        "check",
        ErrorCode.LANGUAGE,
        f"language is {article.language!r}; only English is analysed (article stored without analysis)",
    )
