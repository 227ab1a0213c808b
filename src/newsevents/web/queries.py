"""What the web API and pages read from the store: actors across articles, articles with all their
records, quotes, stories, and the aggregates the overview and map draw.

Parameterised SQL only. Event lists and statistics come from `newsevents.query` (the CLI's own
filters), outlet naming and tone from `newsevents.compare`, story lists from `newsevents.linking`
where the database has story tables.

Actor ids across articles ("keys") are the ones `compare.py` matches actors by:
- the Wikidata id where the actor has one (`Q794`);
- else, for an organisation, group or place with a CAMEO-style code, `code:` + the code (`code:ISRMIL`),
  so "the IDF" and "the occupation army" are one actor;
- else the name, lower-cased (`aviv kochavi`).
"""

from __future__ import annotations

from calendar import monthrange
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from .. import compare
from ..query import MAX_LIMIT, EventFilters, query_events
from ..store import Store


def actor_key_sql(alias: str) -> str:
    """The SQL form of compare.actor_key over the entities table aliased `alias` (lower() stands for
    str.casefold(); they differ only on a few letters such as "ß", and `actor_outlets` maps between them)."""
    return (f"CASE WHEN coalesce({alias}.wikidata, '') <> '' THEN {alias}.wikidata "
            f"WHEN coalesce({alias}.type, '') <> 'PERSON' AND coalesce({alias}.code, '') <> '' THEN 'code:' || {alias}.code "
            f"ELSE lower({alias}.name) END")


KEY = actor_key_sql("en")
EVENT_DATE = "e.day"  # the event's own day, else its article's publication date (store.event_day)
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _in(values: list[Any]) -> str:
    return ", ".join("?" for _ in values)


def has_columns(store: Store, table: str, columns: tuple[str, ...]) -> bool:
    found = {row["column_name"] for row in store.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])}
    return set(columns) <= found


def page(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """A page of results fetched with limit + 1 rows: the extra row only says there is more."""
    return {"items": rows[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(rows) > limit else None}


# -- events ---------------------------------------------------------------------------------------

def events_page(store: Store, filters: EventFilters, limit: int, offset: int) -> dict[str, Any]:
    rows = query_events(store, filters, limit=limit + 1, offset=offset)
    return page(rows, limit, offset)


# -- actors ---------------------------------------------------------------------------------------

_ENTITY_ROWS = f"""
    WITH k AS (SELECT en.article_id, en.id, en.name, en.type, en.code, en.country, en.wikidata, {KEY} AS key
               FROM entities en),
         names AS (SELECT key, name, count(*) AS n FROM k GROUP BY key, name),
         label AS (SELECT key, first(name ORDER BY n DESC, length(name) DESC, name) AS name FROM names GROUP BY key),
         m AS (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY article_id, entity_id),
         ev AS (SELECT article_id, entity_id, count(DISTINCT event_id) AS n FROM event_actors
                WHERE role IN ('actor', 'recipient') AND entity_id IS NOT NULL GROUP BY article_id, entity_id)
    SELECT k.key AS id, any_value(label.name) AS name, mode(k.type) AS type, mode(k.code) AS code,
           mode(k.country) AS country, max(k.wikidata) AS wikidata,
           count(DISTINCT k.article_id) AS articles, coalesce(sum(m.n), 0)::BIGINT AS mentions,
           coalesce(sum(ev.n), 0)::BIGINT AS events
    FROM k JOIN label USING (key)
         LEFT JOIN m ON m.article_id = k.article_id AND m.entity_id = k.id
         LEFT JOIN ev ON ev.article_id = k.article_id AND ev.entity_id = k.id
"""


def entities_page(store: Store, *, q: str | None = None, country: str | None = None, type: str | None = None,
                  order: str = "articles", limit: int = 50, offset: int = 0) -> dict[str, Any]:
    clauses, params = [], []
    if q:
        clauses.append("k.key IN (SELECT key FROM k WHERE name ILIKE '%' || ? || '%' OR code ILIKE ? OR key = lower(?))")
        params += [q, q, q]
    if country:
        clauses.append("k.key IN (SELECT key FROM k WHERE upper(country) = upper(?))")
        params.append(country)
    if type:
        clauses.append("k.key IN (SELECT key FROM k WHERE upper(type) = upper(?))")
        params.append(type)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    order_by = {"articles": "articles DESC, events DESC, mentions DESC", "events": "events DESC, articles DESC, mentions DESC",
                "mentions": "mentions DESC, articles DESC", "name": "lower(name)"}[order]
    rows = store.query(f"{_ENTITY_ROWS} {where} GROUP BY k.key ORDER BY {order_by}, k.key LIMIT ? OFFSET ?",
                       params + [limit + 1, offset])
    return page(rows, limit, offset)


def actor_summary(store: Store, key: str) -> dict[str, Any] | None:
    rows = store.query(f"{_ENTITY_ROWS} WHERE k.key = ? GROUP BY k.key", [key])
    return rows[0] if rows else None


def _participants(store: Store, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, list[dict[str, Any]]]]:
    """(article id, event id) -> role -> [{entity, actor_id, name, code, text}] for the events given."""
    if not pairs:
        return {}
    rows = store.query(
        f"""SELECT ea.article_id, ea.event_id, ea.role, ea.position, ea.entity_id AS entity, ea.text, ea.start, ea."end",
                   en.name, en.code, en.country, CASE WHEN en.id IS NULL THEN NULL ELSE {KEY} END AS actor_id
            FROM (SELECT unnest(?::VARCHAR[]) AS article_id, unnest(?::VARCHAR[]) AS event_id) wanted
            JOIN event_actors ea ON ea.article_id = wanted.article_id AND ea.event_id = wanted.event_id
            LEFT JOIN entities en ON en.article_id = ea.article_id AND en.id = ea.entity_id
            ORDER BY ea.article_id, ea.event_id, ea.role, ea.position""",
        [[a for a, _ in pairs], [e for _, e in pairs]],
    )
    out: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        out[(row["article_id"], row["event_id"])][row["role"]].append(
            {"entity": row["entity"], "actor_id": row["actor_id"], "name": row["name"], "code": row["code"],
             "country": row["country"], "text": row["text"], "start": row["start"], "end": row["end"]})
    return out


_EVENT_COLUMNS = f"""e.article_id, e.id AS event_id, {EVENT_DATE} AS date, e.type, e.cameo, e.quad_class, e.goldstein,
    e.status, e.mode, e.context, e.date_start, e.date_end, e.date_precision, e.date_text, e.place_id,
    e.trigger_start, e.trigger_end, e.trigger_text, e.evidence_start, e.evidence_end, e.evidence_text,
    a.outlet, a.title, a.published"""


def actor_detail(store: Store, key: str, *, limit: int = 200) -> dict[str, Any] | None:
    """An actor across articles: where it is mentioned and how, its events, its quotes and quotes about it,
    its interactions (for the network), and each outlet's naming of it and tone towards it."""
    summary = actor_summary(store, key)
    if summary is None:
        return None
    entity_rows = store.query(
        f"""SELECT en.article_id, en.id AS entity, en.name, en.type, en.code, en.country, en.wikidata, en.titles,
                   a.outlet, a.title, a.published
            FROM entities en JOIN articles a ON a.id = en.article_id
            WHERE {KEY} = ? ORDER BY a.published NULLS LAST, en.article_id, en.id""", [key])
    mentions = store.query(
        f"""SELECT m.article_id, m.entity_id AS entity, m.start, m."end", m.text
            FROM mentions m JOIN entities en ON en.article_id = m.article_id AND en.id = m.entity_id
            WHERE {KEY} = ? ORDER BY m.article_id, m.start""", [key])
    by_article: dict[str, dict[str, Any]] = {}
    for row in entity_rows:
        item = by_article.setdefault(row["article_id"], {
            "article_id": row["article_id"], "outlet": row["outlet"], "title": row["title"], "published": row["published"],
            "entities": [], "names": [], "titles": [], "mentions": []})
        item["entities"].append(row["entity"])
        if row["name"] not in item["names"]:
            item["names"].append(row["name"])
        for title in row["titles"] or []:
            if title not in item["titles"]:
                item["titles"].append(title)
    for row in mentions:
        if row["article_id"] in by_article:
            by_article[row["article_id"]]["mentions"].append({"start": row["start"], "end": row["end"], "text": row["text"]})

    events = store.query(
        f"""SELECT {_EVENT_COLUMNS}, list(DISTINCT ea.role ORDER BY ea.role) AS roles
            FROM event_actors ea
            JOIN entities en ON en.article_id = ea.article_id AND en.id = ea.entity_id
            JOIN events e ON e.article_id = ea.article_id AND e.id = ea.event_id
            JOIN articles a ON a.id = e.article_id
            WHERE {KEY} = ? AND ea.role IN ('actor', 'recipient') AND a.duplicate_of IS NULL
            GROUP BY ALL ORDER BY date NULLS LAST, e.article_id, e.trigger_start LIMIT ?""", [key, limit])
    participants = _participants(store, [(e["article_id"], e["event_id"]) for e in events])
    for event in events:
        roles = participants.get((event["article_id"], event["event_id"]), {})
        event["actor"] = roles.get("actor", [])
        event["recipient"] = roles.get("recipient", [])
    interactions = _interactions(key, events)

    quotes_by = store.query(
        f"""SELECT q.article_id, q.id AS quote_id, q.kind, q.content_start, q.content_end, q.content_text, q.cue_text,
                   q.speaker_text, a.outlet, a.title, a.published
            FROM quotes q JOIN entities en ON en.article_id = q.article_id AND en.id = q.speaker_entity
            JOIN articles a ON a.id = q.article_id
            WHERE {KEY} = ? ORDER BY a.published NULLS LAST, q.article_id, q.content_start LIMIT ?""", [key, limit])
    quotes_about = store.query(
        f"""SELECT DISTINCT q.article_id, q.id AS quote_id, q.kind, q.content_start, q.content_end, q.content_text,
                   q.cue_text, q.speaker_text, a.outlet, a.title, a.published,
                   CASE WHEN sp.id IS NULL THEN NULL ELSE {actor_key_sql('sp')} END AS speaker_id
            FROM quotes q
            JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.content_start AND m."end" <= q.content_end
            JOIN entities en ON en.article_id = m.article_id AND en.id = m.entity_id
            JOIN articles a ON a.id = q.article_id
            LEFT JOIN entities sp ON sp.article_id = q.article_id AND sp.id = q.speaker_entity
            WHERE {KEY} = ? AND (sp.id IS NULL OR {actor_key_sql('sp')} <> ?)
            ORDER BY a.published NULLS LAST, q.article_id, q.content_start LIMIT ?""", [key, key, limit])
    naming, tone = actor_outlets(store, key, entity_rows)
    return {
        "id": summary["id"], "name": summary["name"], "type": summary["type"], "code": summary["code"],
        "country": summary["country"], "wikidata": summary["wikidata"],
        "counts": {"articles": summary["articles"], "mentions": summary["mentions"], "events": summary["events"]},
        "articles": list(by_article.values()),
        "events": events,
        "interactions": interactions,
        "quotes_by": quotes_by,
        "quotes_about": quotes_about,
        "naming_by_outlet": naming,
        "tone_by_outlet": tone,
    }


def _interactions(key: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Counterparts of the actor in its events: who it acts on (out) and who acts on it (in), by type."""
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for event in events:
        mine = {p["actor_id"] for p in event["actor"]}
        theirs = {p["actor_id"] for p in event["recipient"]}
        if key in mine:
            direction, others = "out", event["recipient"]
        elif key in theirs:
            direction, others = "in", event["actor"]
        else:
            continue
        for other in others:
            if not other["actor_id"] or other["actor_id"] == key:
                continue
            edge = edges.setdefault((other["actor_id"], direction), {
                "actor_id": other["actor_id"], "name": other["name"], "code": other["code"], "direction": direction,
                "events": 0, "types": Counter(), "quad_classes": Counter(), "goldstein": 0.0})
            edge["events"] += 1
            edge["types"][event["type"]] += 1
            if event["quad_class"]:
                edge["quad_classes"][int(event["quad_class"])] += 1
            edge["goldstein"] += event["goldstein"] or 0.0
    out = []
    for edge in sorted(edges.values(), key=lambda e: (-e["events"], e["actor_id"])):
        edge["goldstein"] = round(edge["goldstein"] / edge["events"], 2)
        edge["quad_class"] = edge["quad_classes"].most_common(1)[0][0] if edge["quad_classes"] else None
        edge["types"] = dict(edge["types"].most_common())
        edge["quad_classes"] = dict(edge["quad_classes"])
        out.append(edge)
    return out


def actor_outlets(store: Store, key: str, entity_rows: list[dict[str, Any]] | None = None
                  ) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, Any]]]:
    """How each outlet names the actor ({outlet: {form: count}}) and its tone towards it
    ({outlet: {score, mentions, label}}), with compare.py's own naming and tone logic."""
    if entity_rows is None:
        entity_rows = store.query(f"SELECT en.article_id, en.id AS entity FROM entities en WHERE {KEY} = ?", [key])
    ids = sorted({row["article_id"] for row in entity_rows})
    return compare.actor_by_outlet(store, key, ids)


# -- articles -------------------------------------------------------------------------------------

def article_detail(store: Store, article_id: str) -> dict[str, Any] | None:
    rows = store.query(
        """SELECT id, url, outlet, title, published, language, text, source, input_format, duplicate_of,
                  duplicate_kind, similarity, analysed, ingested_at FROM articles WHERE id = ?""", [article_id])
    if not rows:
        return None
    article = rows[0]
    aid = [article_id]
    entities = store.query(
        f"""SELECT en.id, en.name, en.type, en.country, en.sector, en.code, en.wikidata, en.titles, {KEY} AS actor_id
            FROM entities en WHERE en.article_id = ? ORDER BY try_cast(substr(en.id, 2) AS INTEGER), en.id""", aid)
    mentions = store.query('SELECT entity_id, start, "end", text FROM mentions WHERE article_id = ? ORDER BY start', aid)
    by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        by_entity[m["entity_id"]].append({"start": m["start"], "end": m["end"], "text": m["text"]})
    for entity in entities:
        entity["mentions"] = by_entity.get(entity["id"], [])
    events = store.query(
        f"""SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
            WHERE e.article_id = ? ORDER BY e.trigger_start NULLS LAST, e.id""", aid)
    participants = _participants(store, [(article_id, e["event_id"]) for e in events])
    for event in events:
        roles = participants.get((article_id, event["event_id"]), {})
        for role in ("actor", "recipient", "reported_by"):
            event[role] = roles.get(role, [])
    times = store.query('SELECT id, start, "end", text, type, value FROM times WHERE article_id = ? ORDER BY start', aid)
    places = store.query(
        'SELECT id, start, "end", text, name, geonames_id, lat, lon, country, feature FROM places WHERE article_id = ? ORDER BY start', aid)
    quotes = store.query(
        f"""SELECT q.id, q.kind, q.content_start, q.content_end, q.content_text, q.cue_start, q.cue_end, q.cue_text,
                   q.speaker_entity, q.speaker_start, q.speaker_end, q.speaker_text,
                   CASE WHEN en.id IS NULL THEN NULL ELSE {KEY} END AS speaker_id
            FROM quotes q LEFT JOIN entities en ON en.article_id = q.article_id AND en.id = q.speaker_entity
            WHERE q.article_id = ? ORDER BY q.content_start NULLS LAST, q.id""", aid)
    framing = store.query(
        'SELECT id, start, "end", text, kind, voice, about, neutral FROM framing WHERE article_id = ? ORDER BY start', aid)
    tone = store.query(
        f"""SELECT t.entity_id AS entity, t.score, t.label, t.mentions, en.name, {KEY} AS actor_id
            FROM tone t LEFT JOIN entities en ON en.article_id = t.article_id AND en.id = t.entity_id
            WHERE t.article_id = ? ORDER BY t.mentions DESC, t.entity_id""", aid)
    copies = store.query("SELECT id, outlet, title FROM articles WHERE duplicate_of = ? ORDER BY id", aid)
    story = None
    if store.has_table("story_articles"):
        found = store.query(
            """SELECT sa.story_id AS id, s.title FROM story_articles sa LEFT JOIN stories s ON s.id = sa.story_id
               WHERE sa.article_id = ?""", [article["duplicate_of"] or article_id])
        story = found[0] if found else None
    return {"article": article, "entities": entities, "events": events, "times": times, "places": places,
            "quotes": quotes, "framing": framing, "tone": tone, "copies": copies, "story": story}


# -- quotes ---------------------------------------------------------------------------------------

def quotes_page(store: Store, *, speaker: str | None = None, outlet: str | None = None, article: str | None = None,
                kind: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    clauses, params = ["a.duplicate_of IS NULL"], []
    if speaker:
        clauses.append(f"en.id IS NOT NULL AND {KEY} = ?")
        params.append(speaker)
    if outlet:
        clauses.append("a.outlet ILIKE ?")
        params.append(outlet)
    if article:
        clauses.append("q.article_id = ?")
        params.append(article)
    if kind:
        clauses.append("q.kind = ?")
        params.append(kind)
    if q:
        clauses.append("q.content_text ILIKE '%' || ? || '%'")
        params.append(q)
    rows = store.query(
        f"""SELECT q.article_id, q.id AS quote_id, q.kind, q.content_start, q.content_end, q.content_text, q.cue_text,
                   q.speaker_text, coalesce(en.name, q.speaker_text) AS speaker_name,
                   CASE WHEN en.id IS NULL THEN NULL ELSE {KEY} END AS speaker_id,
                   a.outlet, a.title, a.published
            FROM quotes q JOIN articles a ON a.id = q.article_id
            LEFT JOIN entities en ON en.article_id = q.article_id AND en.id = q.speaker_entity
            WHERE {' AND '.join(clauses)}
            ORDER BY a.published NULLS LAST, q.article_id, q.content_start NULLS LAST, q.id LIMIT ? OFFSET ?""",
        params + [limit + 1, offset])
    return page(rows, limit, offset)


# -- stories --------------------------------------------------------------------------------------

def stories_available(store: Store) -> bool:
    return store.has_table("stories") and store.has_table("story_articles")


def stories_page(store: Store, *, since: date | None = None, until: date | None = None, min_articles: int = 1,
                 limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Stories newest first, from linking.list_stories; an empty page where the database has no story links."""
    if not stories_available(store):
        return page([], limit, offset)
    from ..linking import list_stories

    rows = list_stories(store, min_articles=min_articles, since=since, until=until, limit=offset + limit + 1)
    return page(rows[offset:], limit, offset)


def story_detail(store: Store, story_id: str) -> dict[str, Any] | None:
    """A story: its articles (copies included), compare.py's side-by-side comparison of its outlets, and
    its events grouped by the real-world event they report (story_events.link_id) where linking made them."""
    if not stories_available(store):
        return None
    found = store.query("SELECT id, title, first_seen, last_seen FROM stories WHERE id = ?", [story_id])
    if not found:
        return None
    story = found[0]
    # its articles and their stored copies, as linking.list_stories counts them
    members = store.query(
        """SELECT a.id, a.outlet FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ?
           UNION ALL
           SELECT c.id, c.outlet FROM story_articles sa JOIN articles c ON c.duplicate_of = sa.article_id WHERE sa.story_id = ?""",
        [story_id, story_id])
    ids = [m["id"] for m in members]
    story.update(articles=len(ids), outlets=sorted({m["outlet"] for m in members if m["outlet"]}))
    articles = store.query(
        f"""SELECT id, outlet, title, published, url, duplicate_of, analysed FROM articles WHERE id IN ({_in(ids)})
            ORDER BY published NULLS LAST, id""", ids) if ids else []
    story["article_ids"] = [a["id"] for a in articles]
    try:
        comparison = compare.compare_outlets(store, compare.Selection(story=story_id))
    except compare.UsageError:
        comparison = {"articles": [], "outlets": {}}
    originals = [a["id"] for a in articles if a["duplicate_of"] is None]
    # both sides filtered to the articles: DuckDB does not carry the filter across the join
    events = store.query(
        f"""SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
            WHERE e.article_id IN ({_in(originals)}) AND a.id IN ({_in(originals)})
            ORDER BY date NULLS LAST, e.article_id, e.trigger_start""",
        originals * 2) if originals else []
    participants = _participants(store, [(e["article_id"], e["event_id"]) for e in events])
    for event in events:
        roles = participants.get((event["article_id"], event["event_id"]), {})
        event["actor"] = roles.get("actor", [])
        event["recipient"] = roles.get("recipient", [])
        event["link_id"] = None
    if store.has_table("story_events") and has_columns(store, "story_events", ("article_id", "event_id", "link_id")):
        links = {(r["article_id"], r["event_id"]): r["link_id"] for r in store.query(
            "SELECT article_id, event_id, link_id FROM story_events WHERE story_id = ?", [story_id])}
        for event in events:
            event["link_id"] = links.get((event["article_id"], event["event_id"]))
    framing = store.query(
        f"""SELECT f.article_id, f.id, f.start, f."end", f.text, f.kind, f.voice, f.neutral, a.outlet,
                   substr(a.text, greatest(f.start - 80, 0) + 1, f.start - greatest(f.start - 80, 0)) AS before,
                   substr(a.text, f."end" + 1, 80) AS after
            FROM framing f JOIN articles a ON a.id = f.article_id
            WHERE f.article_id IN ({_in(originals)}) AND a.id IN ({_in(originals)}) ORDER BY f.article_id, f.start""",
        originals * 2) if originals else []
    quotes = store.query(
        f"""SELECT q.article_id, q.id AS quote_id, q.kind, q.content_text, q.speaker_text,
                   coalesce(en.name, q.speaker_text) AS speaker_name,
                   CASE WHEN en.id IS NULL THEN NULL ELSE {KEY} END AS speaker_id, a.outlet
            FROM quotes q JOIN articles a ON a.id = q.article_id
            LEFT JOIN entities en ON en.article_id = q.article_id AND en.id = q.speaker_entity
            WHERE q.article_id IN ({_in(originals)}) ORDER BY q.article_id, q.content_start""", originals) if originals else []
    return {"story": story, "articles": articles, "comparison": comparison, "events": events,
            "framing": framing, "quotes": quotes}


# -- overview and map -----------------------------------------------------------------------------

def overview(store: Store, top: int = 10) -> dict[str, Any]:
    """Events over time by QuadClass and by type, top actors and dyads. Time runs over the span of the
    articles' publication dates, by month (by year beyond eight years); events dated outside it (history
    recalled, plans for later) are counted apart."""
    base = "FROM events e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL"
    span = store.query("SELECT min(published) AS first, max(published) AS last FROM articles WHERE duplicate_of IS NULL")[0]
    if span["first"] is None:
        span = store.query(f"SELECT min({EVENT_DATE}) AS first, max({EVENT_DATE}) AS last {base}")[0]
    first, last = span["first"], span["last"]
    unit, outside = "month", {"before": 0, "after": 0, "undated": 0}
    by_quad: list[dict[str, Any]] = []
    by_type: list[dict[str, Any]] = []
    if first is not None:
        if (last.year - first.year) * 12 + last.month - first.month > 96:
            unit = "year"
        first = first.replace(day=1) if unit == "month" else first.replace(month=1, day=1)
        last = (last.replace(day=monthrange(last.year, last.month)[1]) if unit == "month" else last.replace(month=12, day=31))
        bucket = f"strftime({EVENT_DATE}, '{'%Y-%m' if unit == 'month' else '%Y'}')"
        within = f"{base} AND {EVENT_DATE} BETWEEN ? AND ?"
        by_quad = store.query(f"SELECT {bucket} AS bucket, e.quad_class, count(*) AS events {within} GROUP BY ALL ORDER BY ALL",
                              [first, last])
        by_type = store.query(f"SELECT {bucket} AS bucket, e.type, count(*) AS events {within} GROUP BY ALL ORDER BY ALL",
                              [first, last])
        outside = store.query(
            f"""SELECT count(*) FILTER (WHERE {EVENT_DATE} < ?) AS before, count(*) FILTER (WHERE {EVENT_DATE} > ?) AS after,
                       count(*) FILTER (WHERE {EVENT_DATE} IS NULL) AS undated {base}""", [first, last])[0]
    dyads = store.query(
        f"""WITH p AS (
                SELECT ea.article_id, ea.event_id, ea.role, {KEY} AS key, en.name
                FROM event_actors ea JOIN entities en ON en.article_id = ea.article_id AND en.id = ea.entity_id
                JOIN articles a ON a.id = ea.article_id WHERE a.duplicate_of IS NULL AND ea.role IN ('actor', 'recipient'))
            SELECT s.key AS actor_id, mode(s.name) AS actor, t.key AS recipient_id, mode(t.name) AS recipient,
                   count(DISTINCT (s.article_id, s.event_id)) AS events
            FROM p s JOIN p t ON t.article_id = s.article_id AND t.event_id = s.event_id
            WHERE s.role = 'actor' AND t.role = 'recipient' AND s.key <> t.key
            GROUP BY s.key, t.key ORDER BY events DESC, s.key, t.key LIMIT ?""", [top])
    actors = entities_page(store, order="events", limit=top)["items"]
    return {"unit": unit, "first": first, "last": last, "outside": outside, "by_quad_class": by_quad, "by_type": by_type,
            "top_actors": actors, "top_dyads": dyads}


def map_points(store: Store, filters: EventFilters | None = None) -> list[dict[str, Any]]:
    """Event locations grouped by place: name, lat, lon, country, events, types and a few example events."""
    rows = store.query(
        f"""SELECT e.article_id, e.id AS event_id, e.type, e.quad_class, {EVENT_DATE} AS date, e.evidence_text,
                   p.name, p.lat, p.lon, p.country, p.feature, a.outlet
            FROM events e JOIN articles a ON a.id = e.article_id
            JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
            WHERE a.duplicate_of IS NULL AND p.lat IS NOT NULL AND p.lon IS NOT NULL
            ORDER BY date NULLS LAST, e.article_id, e.id""")
    if filters is not None and filters != EventFilters():
        wanted = {(r["article_id"], r["event_id"]) for r in query_events(store, filters, limit=MAX_LIMIT)}
        rows = [r for r in rows if (r["article_id"], r["event_id"]) in wanted]
    places: dict[tuple[float, float, str], dict[str, Any]] = {}
    for row in rows:
        spot = (round(row["lat"], 3), round(row["lon"], 3), row["name"] or "")
        place = places.setdefault(spot, {"name": row["name"], "lat": row["lat"], "lon": row["lon"], "country": row["country"],
                                         "feature": row["feature"], "events": 0, "types": Counter(),
                                         "quad_classes": Counter(), "examples": []})
        place["events"] += 1
        place["types"][row["type"]] += 1
        if row["quad_class"]:
            place["quad_classes"][int(row["quad_class"])] += 1
        if len(place["examples"]) < 5:
            place["examples"].append({k: row[k] for k in ("article_id", "event_id", "type", "date", "outlet", "evidence_text")})
    out = []
    for place in sorted(places.values(), key=lambda p: (-p["events"], p["name"] or "")):
        place["quad_class"] = place["quad_classes"].most_common(1)[0][0] if place["quad_classes"] else None
        place["types"] = dict(place["types"].most_common())
        place["quad_classes"] = dict(place["quad_classes"])
        out.append(place)
    return out
