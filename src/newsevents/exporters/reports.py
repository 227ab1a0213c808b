"""Which documents report an event: the one place GDELT's NumMentions, NumSources and NumArticles and
its Mentions table come from.

An event is reported by the article it was found in and by the stored copies of that article (rows
of `articles` whose `duplicate_of` names it: wire copies carried by other outlets, and the same
article read again from another format), and, once story linking has run, by every other article
of its story holding an event linked to it (`story_events` rows sharing its `link_id`: the same
type, a shared participant, dates and places compatible), with the stored copies of those.

A copy counts as a document of its own only if it is one: it has a URL the reports so far do not
have, or, without a URL, an outlet other than its original's. A copy with the original's URL, or
with neither URL nor another outlet (a text file of the same article), is the same document read
twice and is not counted; nor is a linked article with a URL already counted. NumMentions counts
the event's reports in every document (an article holding two events linked to it mentions it
twice; a copy mentions it as often as its original); NumArticles counts documents; NumSources
counts distinct outlets (else URL hosts).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import duckdb

from ..ids import normalise_url
from .records import ArticleRecord, EventRecord, articles_by_id, copies_of


@dataclass(frozen=True)
class Report:
    """One document reporting an event."""

    article: ArticleRecord
    kind: str  # "original" (the event was found in it) | "exact" | "near" (a stored copy) | "linked" (another article of its story)
    similarity: float | None
    mentions: int = 1  # how many of the document's events tell the event


@dataclass(frozen=True)
class Counts:
    mentions: int
    sources: int
    articles: int


def event_reports(con: duckdb.DuckDBPyConnection, events: Sequence[EventRecord]) -> dict[tuple[str, str], list[Report]]:
    """The documents reporting each event, the event's own article first, then its copies, then the other
    articles of its story that report the same event (oldest first) with their copies."""
    originals = {event.article.id: event.article for event in events}
    if not originals:
        return {}
    linked = linked_reports(con, [event.key for event in events])
    articles = dict(originals)
    others = sorted({aid for reports in linked.values() for aid, _, _ in reports} - set(originals))
    if others:
        articles.update(articles_by_id(con, others))
    copies = copies_of(con, list(articles))
    result: dict[tuple[str, str], list[Report]] = {}
    for event in events:
        own = linked.get(event.key, [])
        own_mentions = 1 + sum(1 for aid, _, _ in own if aid == event.article.id)
        seen: set[str] = set()
        reports = _documents(event.article, copies.get(event.article.id, []), seen, "original", 1.0, own_mentions)
        by_article: dict[str, tuple[int, float | None]] = {}
        for aid, mentions, score in own:
            if aid == event.article.id or aid not in articles:
                continue
            count, best = by_article.get(aid, (0, None))
            by_article[aid] = (count + mentions, score if best is None else max(best, score or 0.0))
        for aid in sorted(by_article, key=lambda a: (articles[a].ingested_at, a)):
            count, score = by_article[aid]
            reports += _documents(articles[aid], copies.get(aid, []), seen, "linked", score, count)
        result[event.key] = reports
    return result


def linked_reports(con: duckdb.DuckDBPyConnection, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], list[tuple[str, int, float | None]]]:
    """For each event, the other reports of the same real-world event found by story linking, as
    (article id, 1, link score) per report."""
    wanted = set(keys)
    rows = con.execute(
        """SELECT a.article_id, a.event_id, b.article_id, coalesce(b.score, a.score)
           FROM story_events a JOIN story_events b
             ON b.link_id = a.link_id AND b.story_id = a.story_id AND (b.article_id, b.event_id) <> (a.article_id, a.event_id)
           WHERE a.article_id IN (SELECT unnest(?::VARCHAR[]))
           ORDER BY a.article_id, a.event_id, b.article_id, b.event_id""",
        [sorted({aid for aid, _ in wanted})],
    ).fetchall()
    found: dict[tuple[str, str], list[tuple[str, int, float | None]]] = {}
    for aid, eid, other, score in rows:
        if (aid, eid) in wanted:
            found.setdefault((aid, eid), []).append((other, 1, score))
    return found


def counts(reports: Sequence[Report]) -> Counts:
    return Counts(
        mentions=sum(r.mentions for r in reports),
        sources=len({source_key(r.article) for r in reports}),
        articles=len(reports),
    )


def _documents(
    original: ArticleRecord,
    copies: Sequence[ArticleRecord],
    seen: set[str] | None = None,
    kind: str = "original",
    similarity: float | None = 1.0,
    mentions: int = 1,
) -> list[Report]:
    """The article and those of its copies that are documents of their own, leaving out documents in `seen`
    (which it extends)."""
    seen = set() if seen is None else seen
    key = _document_key(original)
    if key in seen:
        return []
    reports = [Report(original, kind, similarity, mentions)]
    seen.add(key)
    for copy in copies:
        key = _document_key(copy, original)
        if key is None or key in seen:
            continue
        seen.add(key)
        reports.append(Report(copy, copy.duplicate_kind or "near", copy.similarity, mentions))
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
