"""The JSON API (documented at /openapi.json). Filters are the CLI's (`newsevents events`); lists are
paged with `limit` (1 to 500) and `offset`, and answer {items, limit, offset, next_offset}."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from ..codebook import PLOVER_TYPES
from ..query import EventFilters, compute_stats, dyad_series
from ..store import Store
from . import queries
from .app import get_store

MAX_PAGE = 500
MAX_OFFSET = 10_000_000

router = APIRouter(prefix="/api", tags=["api"])

PloverType = Enum("PloverType", {name: name for name in PLOVER_TYPES}, type=str)  # type: ignore[misc]


class Status(str, Enum):
    actual = "actual"
    planned = "planned"
    considered = "considered"
    hypothetical = "hypothetical"
    negated = "negated"
    claimed = "claimed"


class QuoteKind(str, Enum):
    direct = "direct"
    indirect = "indirect"
    partial = "partial"


class EntityOrder(str, Enum):
    articles = "articles"
    events = "events"
    mentions = "mentions"
    name = "name"


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Rows per page, 1 to {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
Text = Annotated[str | None, Query(min_length=1, max_length=200)]
Country = Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO 3166 alpha-3 code.")]
StoreDep = Annotated[Store, Depends(get_store)]


def event_filters(
    actor: Annotated[str | None, Query(min_length=1, max_length=200, description="Actor code, country, or part of its name.")] = None,
    recipient: Annotated[str | None, Query(min_length=1, max_length=200, description="Recipient code, country, or part of its name.")] = None,
    country: Country = None,
    type: Annotated[PloverType | None, Query(description="PLOVER event type.")] = None,  # type: ignore[valid-type]
    since: Annotated[date | None, Query(description="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="Events on or before this date (YYYY-MM-DD).")] = None,
    outlet: Annotated[str | None, Query(min_length=1, max_length=200, description="Outlet (case-insensitive, % wildcards).")] = None,
    status: Annotated[Status | None, Query(description="Event status.")] = None,
) -> EventFilters:
    """The CLI's event filters, validated (a dependency shared by the API and the pages)."""
    if since and until and since > until:
        raise HTTPException(400, f"since ({since}) is after until ({until})")
    return EventFilters(actor=actor, recipient=recipient, country=country, type=type.value if type else None,
                        since=since, until=until, outlet=outlet, status=status.value if status else None)


Filters = Annotated[EventFilters, Depends(event_filters)]


@router.get("/events", summary="Events, filtered as by `newsevents events`")
def api_events(store: StoreDep, filters: Filters, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return queries.events_page(store, filters, limit, offset)


@router.get("/dyad", summary="Events from an actor to a recipient per period, as by `newsevents dyad`")
def api_dyad(
    store: StoreDep, filters: Filters,
    interval: Annotated[Literal["day", "week", "month", "quarter", "year"], Query(description="Period length.")] = "month",
) -> dict[str, Any]:
    if not filters.actor or not filters.recipient:
        raise HTTPException(400, "give both actor and recipient")
    return {"actor": filters.actor, "recipient": filters.recipient, "interval": interval,
            "series": dyad_series(store, filters.actor, filters.recipient, interval, filters)}


@router.get("/entities", summary="Actors across articles, by how many articles name them")
def api_entities(store: StoreDep, q: Text = None, country: Country = None,
                 type: Annotated[str | None, Query(pattern="^[A-Za-z_]{2,20}$", description="Entity type, e.g. PERSON, ORG, GPE.")] = None,
                 order: EntityOrder = EntityOrder.articles, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return queries.entities_page(store, q=q, country=country, type=type, order=order.value, limit=limit, offset=offset)


@router.get("/entities/{actor_id:path}", summary="One actor: mentions per article, events, quotes, naming and tone per outlet")
def api_entity(store: StoreDep, actor_id: Annotated[str, Path(min_length=1, max_length=300)]) -> dict[str, Any]:
    detail = queries.actor_detail(store, actor_id)
    if detail is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    return detail


@router.get("/stories", summary="Stories (the same real-world event across outlets), newest first")
def api_stories(store: StoreDep, since: date | None = None, until: date | None = None,
                min_articles: Annotated[int, Query(ge=1, le=10_000)] = 1, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    if since and until and since > until:
        raise HTTPException(400, f"since ({since}) is after until ({until})")
    return queries.stories_page(store, since=since, until=until, min_articles=min_articles, limit=limit, offset=offset)


@router.get("/stories/{story_id}", summary="One story: its articles, the outlets compared, its events")
def api_story(store: StoreDep, story_id: Annotated[str, Path(min_length=1, max_length=100)]) -> dict[str, Any]:
    detail = queries.story_detail(store, story_id)
    if detail is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return detail


@router.get("/articles/{article_id:path}", summary="One article with every record and its character spans")
def api_article(store: StoreDep, article_id: Annotated[str, Path(min_length=1, max_length=500)]) -> dict[str, Any]:
    detail = queries.article_detail(store, article_id)
    if detail is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return detail


@router.get("/quotes", summary="Quotes, with their speakers")
def api_quotes(store: StoreDep,
               speaker: Annotated[str | None, Query(min_length=1, max_length=300, description="Speaker's actor id.")] = None,
               outlet: Text = None, article: Annotated[str | None, Query(min_length=1, max_length=500)] = None,
               kind: QuoteKind | None = None, q: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return queries.quotes_page(store, speaker=speaker, outlet=outlet, article=article, kind=kind.value if kind else None,
                               q=q, limit=limit, offset=offset)


@router.get("/stats", summary="Counts, as `newsevents stats`")
def api_stats(store: StoreDep) -> dict[str, Any]:
    return compute_stats(store)
