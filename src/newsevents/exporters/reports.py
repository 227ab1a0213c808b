"""Which documents report an event: the one place GDELT's NumMentions, NumSources and NumArticles and
its Mentions table come from.

Until story linking exists, an event is reported by the article it was found in and by the stored
copies of that article (rows of `articles` whose `duplicate_of` names it: wire copies carried by
other outlets, and the same article read again from another format). A copy counts as a document of
its own only if it is one: it has a URL the reports so far do not have, or, without a URL, an outlet
other than the original's. A copy with the original's URL, or with neither URL nor another outlet
(a text file of the same article), is the same document read twice and is not counted. An event is
mentioned once per document (the store does not link two sentences of one article that tell the
same event), so NumMentions equals NumArticles; NumSources counts distinct outlets (else URL hosts).

When story linking lands, `event_reports` is what it replaces: it gets every exported event and
returns, per event, the documents that report it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import duckdb

from ..ids import normalise_url
from .records import ArticleRecord, EventRecord, copies_of


@dataclass(frozen=True)
class Report:
    """One document reporting an event."""

    article: ArticleRecord
    kind: str  # "original" (the event was found in it) | "exact" | "near" (a stored copy of that article)
    similarity: float | None


@dataclass(frozen=True)
class Counts:
    mentions: int
    sources: int
    articles: int


def event_reports(con: duckdb.DuckDBPyConnection, events: Sequence[EventRecord]) -> dict[tuple[str, str], list[Report]]:
    """The documents reporting each event, the event's own article first."""
    originals = {event.article.id: event.article for event in events}
    copies = copies_of(con, list(originals)) if originals else {}
    documents = {aid: _documents(article, copies.get(aid, [])) for aid, article in originals.items()}
    return {event.key: documents[event.article.id] for event in events}


def counts(reports: Sequence[Report]) -> Counts:
    return Counts(mentions=len(reports), sources=len({source_key(r.article) for r in reports}), articles=len(reports))


def _documents(original: ArticleRecord, copies: Sequence[ArticleRecord]) -> list[Report]:
    reports = [Report(original, "original", 1.0)]
    seen = {_document_key(original)}
    for copy in copies:
        key = _document_key(copy, original)
        if key is None or key in seen:
            continue
        seen.add(key)
        reports.append(Report(copy, copy.duplicate_kind or "near", copy.similarity))
    return reports


def _document_key(article: ArticleRecord, original: ArticleRecord | None = None) -> str | None:
    if article.url:
        return "url:" + normalise_url(article.url)
    if original is not None and (not article.outlet or _same_outlet(article, original)):
        return None
    return "article:" + article.id


def _same_outlet(a: ArticleRecord, b: ArticleRecord) -> bool:
    return bool(a.outlet and b.outlet and a.outlet.casefold() == b.outlet.casefold())


def host(url: str | None) -> str:
    """The host of a URL without a leading "www." ('' for no URL)."""
    if not url:
        return ""
    name = (urlsplit(url).hostname or "").lower()
    return name.removeprefix("www.")


def source_key(article: ArticleRecord) -> str:
    if article.outlet:
        return "outlet:" + article.outlet.casefold()
    if article.url:
        return "host:" + host(article.url)
    return "article:" + article.id
