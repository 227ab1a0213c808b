"""Events as the exporters read them: each stored event with its article, participants, place and tone.

Events are read a batch of articles at a time (bounded memory), in a stable order: by article id,
then by position in the article. Copies of an article (`duplicate_of`) carry no events of their own;
events of articles that are themselves copies are left out, as `newsevents events` does.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

import duckdb

from ..errors import ErrorCode, NewsEventsError
from . import text as textutil

ARTICLES_PER_BATCH = 200

ARTICLE_COLUMNS = (
    "id, url, outlet, title, published, language, text, ingested_at, duplicate_of, duplicate_kind, similarity"
)


@dataclass(eq=False)
class ArticleRecord:
    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: date | None
    language: str | None
    text: str
    ingested_at: datetime
    duplicate_of: str | None
    duplicate_kind: str | None
    similarity: float | None

    @cached_property
    def sentence_starts(self) -> list[int]:
        return textutil.sentence_starts(self.text)

    def sentence_number(self, offset: int) -> int:
        return textutil.sentence_number(self.sentence_starts, offset)

    @cached_property
    def lead(self) -> tuple[int, int]:
        return textutil.lead_paragraph(self.text)


@dataclass(frozen=True)
class PlaceRecord:
    id: str
    start: int
    end: int
    text: str | None
    name: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None
    country: str | None
    feature: str | None


@dataclass(frozen=True)
class Participant:
    """One actor, recipient or reporter of an event: the span in the text and the entity it names, if any."""

    role: str
    position: int
    entity_id: str | None
    text: str | None
    start: int | None
    end: int | None
    name: str | None = None
    type: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata: str | None = None
    titles: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.entity_id is not None and self.name is not None


@dataclass(eq=False)
class EventRecord:
    article: ArticleRecord
    id: str
    type: str
    mode: str | None
    context: list[str]
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    status: str
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    date_text: str | None
    place_id: str | None
    trigger_start: int | None
    trigger_end: int | None
    trigger_text: str | None
    evidence_start: int | None
    evidence_end: int | None
    evidence_text: str | None
    story_id: str | None
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    reported_by: list[Participant] = field(default_factory=list)
    places: dict[str, PlaceRecord] = field(default_factory=dict)
    tone: dict[str, tuple[float, int]] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        return (self.article.id, self.id)

    @cached_property
    def global_id(self) -> int:
        return global_event_id(self.article.id, self.id)

    @property
    def place(self) -> PlaceRecord | None:
        return self.places.get(self.place_id) if self.place_id else None

    @cached_property
    def date(self) -> date | None:
        """The event's date (its start), else the article's publication date, else None."""
        return parse_day(self.date_start) or self.article.published

    @cached_property
    def end_date(self) -> date | None:
        return parse_day(self.date_end) or self.date

    @property
    def actor(self) -> Participant | None:
        return self.actors[0] if self.actors else None

    @property
    def recipient(self) -> Participant | None:
        return self.recipients[0] if self.recipients else None

    def place_of(self, participant: Participant | None) -> PlaceRecord | None:
        """The place whose span lies in or overlaps the participant's span ("Iranian" in "Iranian
        state television", "Iran" itself), the first one in the text; None if there is none."""
        if participant is None or participant.start is None or participant.end is None:
            return None
        overlapping = [p for p in self.places.values() if p.start < participant.end and participant.start < p.end]
        return min(overlapping, key=lambda p: (p.start, p.end)) if overlapping else None

    def tone_of(self, participants: Sequence[Participant]) -> float | None:
        """Mean tone score (-1..1) of the participants' entities in this article, None if none has one."""
        scores = [self.tone[p.entity_id][0] for p in participants if p.entity_id in self.tone]
        return sum(scores) / len(scores) if scores else None

    @property
    def article_tone(self) -> float | None:
        """Mention-weighted mean tone (-1..1) of every entity of the article, None without tone rows."""
        total = sum(mentions for _, mentions in self.tone.values())
        if not total:
            return None
        return sum(score * mentions for score, mentions in self.tone.values()) / total

    @property
    def sentence_number(self) -> int:
        anchor = self.evidence_start if self.evidence_start is not None else self.trigger_start
        return self.article.sentence_number(anchor or 0)

    @property
    def is_root(self) -> bool:
        """Whether the event's sentence lies in the article's lead paragraph."""
        anchor = self.trigger_start if self.trigger_start is not None else self.evidence_start
        start, end = self.article.lead
        return anchor is not None and start <= anchor < end


def global_event_id(article_id: str, event_id: str) -> int:
    """A stable positive integer id for an event: the first 53 bits of SHA-256 of "article_id\\x1fevent_id".

    53 bits keep it exact wherever numbers are doubles (JavaScript, JSON readers, pandas columns
    with missing values); among a million events the chance that two share an id is about 1 in 18,000,
    and the exporters check that none do."""
    digest = hashlib.sha256(f"{article_id}\x1f{event_id}".encode()).digest()
    return (int.from_bytes(digest[:8], "big") >> 11) or 1


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _article(row: Sequence[Any]) -> ArticleRecord:
    return ArticleRecord(*row)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, ids: list[str]) -> list[tuple[Any, ...]]:
    return con.execute(sql, [ids]).fetchall()


_IN_BATCH = "IN (SELECT unnest(?::VARCHAR[]))"


def articles_by_id(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, ArticleRecord]:
    rows = _rows(con, f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id {_IN_BATCH}", ids)
    return {row[0]: _article(row) for row in rows}


def copies_of(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, list[ArticleRecord]]:
    """The stored copies of each article (articles whose duplicate_of names it), oldest first."""
    rows = _rows(
        con, f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE duplicate_of {_IN_BATCH} ORDER BY ingested_at, id", ids
    )
    copies: dict[str, list[ArticleRecord]] = defaultdict(list)
    for row in rows:
        article = _article(row)
        copies[article.duplicate_of or ""].append(article)
    return copies


def event_article_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        row[0]
        for row in con.execute(
            """SELECT DISTINCT e.article_id FROM events e JOIN articles a ON a.id = e.article_id
               WHERE a.duplicate_of IS NULL ORDER BY e.article_id"""
        ).fetchall()
    ]


def iter_events(
    con: duckdb.DuckDBPyConnection,
    statuses: Collection[str] | None = None,
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[EventRecord]:
    """Every event of every original article, in order; with `statuses`, only those (the others are
    reported to `on_skip(reason)`)."""
    ids = event_article_ids(con)
    for i in range(0, len(ids), ARTICLES_PER_BATCH):
        for event in load_batch(con, ids[i : i + ARTICLES_PER_BATCH]):
            if statuses is not None and event.status not in statuses:
                if on_skip is not None:
                    on_skip(f"with status {event.status}")
                continue
            yield event


def load_batch(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[EventRecord]:
    articles = articles_by_id(con, ids)
    places: dict[str, dict[str, PlaceRecord]] = defaultdict(dict)
    for row in _rows(
        con,
        f"""SELECT article_id, id, start, "end", text, name, geonames_id, lat, lon, country, feature
            FROM places WHERE article_id {_IN_BATCH} ORDER BY article_id, start, id""",
        ids,
    ):
        places[row[0]][row[1]] = PlaceRecord(*row[1:])
    tone: dict[str, dict[str, tuple[float, int]]] = defaultdict(dict)
    for article_id, entity_id, score, mentions in _rows(
        con, f"SELECT article_id, entity_id, score, mentions FROM tone WHERE article_id {_IN_BATCH}", ids
    ):
        tone[article_id][entity_id] = (score, mentions)
    participants: dict[tuple[str, str], dict[str, list[Participant]]] = defaultdict(lambda: defaultdict(list))
    for row in _rows(
        con,
        f"""SELECT ea.article_id, ea.event_id, ea.role, ea.position, ea.entity_id, ea.text, ea.start, ea."end",
                   en.name, en.type, en.country, en.sector, en.code, en.wikidata, en.titles
            FROM event_actors ea LEFT JOIN entities en ON en.article_id = ea.article_id AND en.id = ea.entity_id
            WHERE ea.article_id {_IN_BATCH} ORDER BY ea.article_id, ea.event_id, ea.role, ea.position""",
        ids,
    ):
        article_id, event_id, role, *rest = row
        rest[-1] = tuple(rest[-1] or ())
        participants[(article_id, event_id)][role].append(Participant(role, *rest))
    events: list[EventRecord] = []
    for row in _rows(
        con,
        f"""SELECT article_id, id, type, mode, context, cameo, quad_class, goldstein, status, date_start, date_end,
                   date_precision, date_text, place_id, trigger_start, trigger_end, trigger_text,
                   evidence_start, evidence_end, evidence_text, story_id
            FROM events WHERE article_id {_IN_BATCH} ORDER BY article_id, trigger_start NULLS LAST, id""",
        ids,
    ):
        article_id, event_id, *rest = row
        roles = participants.get((article_id, event_id), {})
        event = EventRecord(articles[article_id], event_id, *rest)
        event.context = list(event.context or [])
        event.actors = roles.get("actor", [])
        event.recipients = roles.get("recipient", [])
        event.reported_by = roles.get("reported_by", [])
        event.places = places.get(article_id, {})
        event.tone = tone.get(article_id, {})
        events.append(event)
    return events


class UniqueIds:
    """Checks that no two exported events share a global id (a 53-bit hash: vanishingly unlikely)."""

    def __init__(self) -> None:
        self.seen: dict[int, tuple[str, str]] = {}

    def check(self, event: EventRecord) -> int:
        gid = event.global_id
        other = self.seen.setdefault(gid, event.key)
        if other != event.key:
            raise NewsEventsError(
                f"events {other} and {event.key} hash to the same global id {gid}; report this", ErrorCode.STORE
            )
        return gid
