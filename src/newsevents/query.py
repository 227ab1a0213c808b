"""Reading the store: filtered events and summary statistics (parameterised SQL only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .store import Store

MAX_LIMIT = 100_000


@dataclass(frozen=True)
class EventFilters:
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    type: str | None = None
    since: date | None = None
    until: date | None = None
    outlet: str | None = None
    status: str | None = None


def _participant_match(role: str) -> str:
    """(article_id, event_id) of the events with a participant in `role` that matches by code (exact),
    country (exact) or name / mention text (substring). event_actors carries its entity's name, code and
    country (schema migration 3), so this is one scan, which keeps a million-event store inside the
    latency goal (docs/benchmarks.md)."""
    return f"""(
        SELECT article_id, event_id FROM event_actors
        WHERE role = '{role}' AND (upper(code) = upper(?) OR upper(country) = upper(?)
              OR name ILIKE '%' || ? || '%' OR text ILIKE '%' || ? || '%'))"""


_COUNTRY_MATCH = """(
    SELECT article_id, event_id FROM event_actors
    WHERE role IN ('actor', 'recipient') AND upper(country) = upper(?))"""

_EVENT_DATE = "e.day"


def _where(filters: EventFilters) -> tuple[str, str, list[Any]]:
    """(semi-joins, WHERE clause, parameters) selecting the events of `filters` from `events e JOIN articles a`."""
    joins: list[str] = []
    clauses: list[str] = ["a.duplicate_of IS NULL"]
    params: list[Any] = []
    for number, (role, value) in enumerate((("actor", filters.actor), ("recipient", filters.recipient))):
        if value:
            joins.append(f"SEMI JOIN {_participant_match(role)} p{number} ON p{number}.article_id = e.article_id "
                         f"AND p{number}.event_id = e.id")
            params += [value] * 4
    if filters.country:
        joins.append(f"SEMI JOIN {_COUNTRY_MATCH} pc ON pc.article_id = e.article_id AND pc.event_id = e.id")
        params.append(filters.country)
    if filters.type:
        clauses.append("upper(e.type) = upper(?)")
        params.append(filters.type)
    if filters.status:
        clauses.append("lower(e.status) = lower(?)")
        params.append(filters.status)
    if filters.outlet:
        clauses.append("a.outlet ILIKE ?")
        params.append(filters.outlet)
    if filters.since:
        clauses.append(f"{_EVENT_DATE} >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{_EVENT_DATE} <= ?")
        params.append(filters.until)
    return " ".join(joins), " AND ".join(clauses), params


def query_events(store: Store, filters: EventFilters, limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
    joins, where, params = _where(filters)
    limit = max(0, min(limit, MAX_LIMIT))
    # the page is chosen first; only its events get their participants' names
    sql = f"""
        WITH page AS MATERIALIZED (
            SELECT e.article_id, e.id, {_EVENT_DATE} AS date
            FROM events e JOIN articles a ON a.id = e.article_id {joins}
            WHERE {where}
            ORDER BY date, e.article_id, e.id
            LIMIT ? OFFSET ?),
        parts AS (
            SELECT ea.article_id, ea.event_id,
                   string_agg(coalesce(ea.name, ea.text) || coalesce(' [' || ea.code || ']', ''), '; ' ORDER BY ea.position)
                       FILTER (WHERE ea.role = 'actor') AS actor,
                   string_agg(coalesce(ea.name, ea.text) || coalesce(' [' || ea.code || ']', ''), '; ' ORDER BY ea.position)
                       FILTER (WHERE ea.role = 'recipient') AS recipient
            FROM page JOIN event_actors ea ON ea.article_id = page.article_id AND ea.event_id = page.id
            GROUP BY ea.article_id, ea.event_id)
        SELECT e.article_id, e.id AS event_id, page.date, e.type, e.cameo, e.quad_class, e.goldstein,
               e.status, parts.actor, parts.recipient,
               a.outlet, e.trigger_text AS trigger, e.evidence_text AS evidence
        FROM page JOIN events e ON e.article_id = page.article_id AND e.id = page.id
        JOIN articles a ON a.id = e.article_id
        LEFT JOIN parts ON parts.article_id = page.article_id AND parts.event_id = page.id
        ORDER BY page.date, e.article_id, e.id"""
    return store.query(sql, params + [limit, max(0, offset)])


def events(db: str, limit: int = 1000, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
    """Library form of `newsevents events`: filtered events as dictionaries."""
    with Store(db, read_only=True) as store:
        return query_events(store, EventFilters(**filters), limit, offset)


def compute_stats(store: Store) -> dict[str, Any]:
    one = lambda sql: store.con.execute(sql).fetchone()[0]  # noqa: E731
    totals = {
        "articles": one("SELECT count(*) FROM articles"),
        "analysed": one("SELECT count(*) FROM articles WHERE analysed"),
        "duplicates": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        "not_analysed": one("SELECT count(*) FROM articles WHERE NOT analysed AND duplicate_of IS NULL"),
        "entities": one("SELECT count(*) FROM entities"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "events": one("SELECT count(*) FROM events"),
        "times": one("SELECT count(*) FROM times"),
        "places": one("SELECT count(*) FROM places"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "framing": one("SELECT count(*) FROM framing"),
        "stories": one("SELECT count(*) FROM stories"),
        "errors": one("SELECT count(*) FROM errors WHERE severity = 'error'"),
        "warnings": one("SELECT count(*) FROM errors WHERE severity = 'warning'"),
    }
    return {
        "totals": totals,
        "events_by_type": store.query("SELECT type, count(*) AS events FROM events GROUP BY type ORDER BY events DESC, type"),
        "events_by_country": store.query(
            """SELECT en.country AS country, count(DISTINCT (ea.article_id, ea.event_id)) AS events
               FROM event_actors ea JOIN entities en ON en.article_id = ea.article_id AND en.id = ea.entity_id
               WHERE ea.role IN ('actor', 'recipient') AND en.country IS NOT NULL
               GROUP BY en.country ORDER BY events DESC, country"""
        ),
        "by_outlet": store.query(
            """WITH a AS (SELECT id, coalesce(outlet, '(unknown)') AS outlet, duplicate_of FROM articles),
                    ev AS (SELECT a.outlet, count(*) AS events FROM events e JOIN a ON a.id = e.article_id GROUP BY 1)
               SELECT a.outlet, count(*) AS articles, count(*) FILTER (WHERE a.duplicate_of IS NOT NULL) AS copies,
                      coalesce(any_value(ev.events), 0) AS events
               FROM a LEFT JOIN ev USING (outlet) GROUP BY a.outlet ORDER BY articles DESC, a.outlet"""
        ),
        "by_month": store.query(
            """WITH a AS (SELECT id, coalesce(strftime(published, '%Y-%m'), '(undated)') AS month FROM articles
                          WHERE duplicate_of IS NULL),
                    ev AS (SELECT a.month, count(*) AS events FROM events e JOIN a ON a.id = e.article_id GROUP BY 1)
               SELECT a.month, count(*) AS articles, coalesce(any_value(ev.events), 0) AS events
               FROM a LEFT JOIN ev USING (month) GROUP BY a.month ORDER BY a.month"""
        ),
        "entity_types": store.query(
            """SELECT type, count(*) AS entities, count(country) AS with_country
               FROM entities GROUP BY type ORDER BY entities DESC, type"""
        ),
        "actors_by_country": store.query(
            """SELECT country, count(*) AS entities, count(DISTINCT article_id) AS articles FROM entities
               WHERE country IS NOT NULL GROUP BY country ORDER BY entities DESC, country LIMIT 15"""
        ),
        "top_entities": store.query(
            """SELECT en.name, en.type, en.code, count(DISTINCT en.article_id) AS articles, count(*) AS mentions
               FROM entities en JOIN mentions m ON m.article_id = en.article_id AND m.entity_id = en.id
               GROUP BY en.name, en.type, en.code ORDER BY articles DESC, mentions DESC, en.name LIMIT 15"""
        ),
    }


def stats(db: str) -> dict[str, Any]:
    """Library form of `newsevents stats`."""
    with Store(db, read_only=True) as store:
        return compute_stats(store)


INTERVALS = ("day", "week", "month", "quarter", "year")


def dyad_series(store: Store, actor: str, recipient: str, interval: str = "month", filters: EventFilters | None = None
                ) -> list[dict[str, Any]]:
    """Events from `actor` to `recipient` (each matched as in `events`: code, country or name) per period:
    counts, mean Goldstein score and the QuadClass split, oldest period first. Undated events of undated
    articles are left out."""
    if interval not in INTERVALS:
        from .errors import UsageError

        raise UsageError(f"interval must be one of {', '.join(INTERVALS)}")
    base = filters or EventFilters()
    joins, where, params = _where(EventFilters(**{**base.__dict__, "actor": actor, "recipient": recipient}))
    sql = f"""
        SELECT date_trunc('{interval}', {_EVENT_DATE})::DATE AS period, count(*) AS events,
               round(avg(e.goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE e.quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (WHERE e.quad_class = 2) AS material_cooperation,
               count(*) FILTER (WHERE e.quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict
        FROM events e JOIN articles a ON a.id = e.article_id {joins}
        WHERE {where} AND {_EVENT_DATE} IS NOT NULL
        GROUP BY period ORDER BY period"""
    return store.query(sql, params)


def dyad(db: str, actor: str, recipient: str, interval: str = "month", **filters: Any) -> list[dict[str, Any]]:
    """Library form of `newsevents dyad`."""
    with Store(db, read_only=True) as store:
        return dyad_series(store, actor, recipient, interval, EventFilters(**filters))
