"""The pages: server-rendered HTML (Jinja2, autoescaped) with SVG drawn by `render`, a little CSS and JS."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from ..query import compute_stats
from . import queries, render
from .api import MAX_PAGE, Country, EntityOrder, Filters, Limit, Offset, StoreDep, Text

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def page(request: Request, template: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context)


def _query_string(request: Request, **changes: Any) -> str:
    params = {k: v for k, v in request.query_params.items() if k not in changes}
    params.update({k: v for k, v in changes.items() if v is not None})
    return "?" + urlencode(params)


def _pager(request: Request, result: dict[str, Any]) -> dict[str, str | None]:
    offset, limit = result["offset"], result["limit"]
    return {
        "previous": _query_string(request, offset=max(0, offset - limit)) if offset > 0 else None,
        "next": _query_string(request, offset=result["next_offset"]) if result["next_offset"] is not None else None,
        "first": offset + 1 if result["items"] else 0,
        "last": offset + len(result["items"]),
    }


# -- overview -------------------------------------------------------------------------------------

@router.get("/")
def overview_page(request: Request, store: StoreDep) -> HTMLResponse:
    data = queries.overview(store)
    stats = compute_stats(store)
    charts: dict[str, Markup] = {}
    if data["first"] is not None:
        buckets = render.buckets_between(data["first"], data["last"], data["unit"])
        series: dict[int, dict[str, int]] = {q: {} for q in (1, 2, 3, 4)}
        for row in data["by_quad_class"]:
            if row["quad_class"] in series:
                series[row["quad_class"]][row["bucket"]] = row["events"]
        charts["quad"] = render.stacked_bars(buckets, series, render.QUAD_COLOURS, render.QUAD_NAMES, link_key=None,
                                             title="events over time by QuadClass")
        counts = {(row["type"], row["bucket"]): row["events"] for row in data["by_type"]}
        types = sorted({row["type"] for row in data["by_type"]},
                       key=lambda t: -sum(v for (tt, _), v in counts.items() if tt == t))
        charts["types"] = render.heatmap(buckets, types, counts, title="events over time by type")
    charts["actors"] = render.hbars([(a["name"] + (f" [{a['code']}]" if a["code"] else ""), a["events"], render.actor_url(a["id"]))
                                     for a in data["top_actors"] if a["events"]], title="top actors")
    charts["outlets"] = render.hbars([(o["outlet"], o["articles"], render.events_url(outlet=o["outlet"]))
                                      for o in stats["by_outlet"]], title="articles per outlet")
    return page(request, "overview.html", title="Overview", data=data, stats=stats, charts=charts)


# -- events ---------------------------------------------------------------------------------------

@router.get("/events")
def events_page(request: Request, store: StoreDep, filters: Filters, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    result = queries.events_page(store, filters, limit, offset)
    return page(request, "events.html", title="Events", result=result, filters=filters, pager=_pager(request, result),
                plover_types=_plover_types(), statuses=_statuses(), max_page=MAX_PAGE,
                map_link="/map" + ("?" + request.url.query if request.url.query else ""))


def _plover_types() -> list[str]:
    from ..codebook import PLOVER_TYPES

    return list(PLOVER_TYPES)


def _statuses() -> list[str]:
    return ["actual", "planned", "considered", "hypothetical", "negated", "claimed"]


# -- actors ---------------------------------------------------------------------------------------

@router.get("/actors")
def actors_page(request: Request, store: StoreDep, q: Text = None, country: Country = None,
                order: EntityOrder = EntityOrder.articles, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    result = queries.entities_page(store, q=q, country=country, order=order.value, limit=limit, offset=offset)
    return page(request, "actors.html", title="Actors", result=result, q=q or "", country=country or "",
                order=order.value, pager=_pager(request, result))


@router.get("/actors/{actor_id:path}")
def actor_page(request: Request, store: StoreDep, actor_id: Annotated[str, Path(min_length=1, max_length=300)]) -> HTMLResponse:
    detail = queries.actor_detail(store, actor_id)
    if detail is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    centre = {"name": detail["name"]}
    tone_rows = sorted(detail["tone_by_outlet"].items())
    return page(request, "actor.html", title=detail["name"], actor=detail,
                network=render.network(centre, detail["interactions"]), timeline=render.timeline(detail["events"]),
                tone_rows=tone_rows)


# -- stories --------------------------------------------------------------------------------------

@router.get("/stories")
def stories_page(request: Request, store: StoreDep, min_articles: Annotated[int, Query(ge=1, le=10_000)] = 1,
                 limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    available = queries.stories_available(store)
    result = queries.stories_page(store, min_articles=min_articles, limit=limit, offset=offset)
    return page(request, "stories.html", title="Stories", result=result, available=available,
                min_articles=min_articles, pager=_pager(request, result))


@router.get("/stories/{story_id}")
def story_page(request: Request, store: StoreDep, story_id: Annotated[str, Path(min_length=1, max_length=100)]) -> HTMLResponse:
    detail = queries.story_detail(store, story_id)
    if detail is None:
        raise HTTPException(404, f"no story {story_id!r}")
    comparison = detail["comparison"]
    outlets = sorted({a["outlet"] or "(no outlet)" for a in detail["articles"] if a["duplicate_of"] is None})
    columns: dict[str, dict[str, Any]] = {o: {"articles": [], "framing": [], "quotes": [], "events": []} for o in outlets}
    for article in detail["articles"]:
        if article["duplicate_of"] is None:
            columns[article["outlet"] or "(no outlet)"]["articles"].append(article)
    for item in detail["framing"]:
        tip = _framing_tip(item)
        shown = render.snippet(item["before"] + item["text"] + item["after"], len(item["before"]),
                               len(item["before"]) + len(item["text"]), f"fr fr-{item['kind']}", tip, context=60)
        columns[item["outlet"] or "(no outlet)"]["framing"].append({**item, "html": shown, "tip": tip})
    for quote in detail["quotes"]:
        columns[quote["outlet"] or "(no outlet)"]["quotes"].append(quote)
    for event in detail["events"]:
        columns[event["outlet"] or "(no outlet)"]["events"].append(event)
    # real-world events reported by more than one outlet, side by side (story_events.link_id)
    linked: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for event in detail["events"]:
        if event["link_id"]:
            linked[event["link_id"]][event["outlet"] or "(no outlet)"].append(event)
    shared = [(link, reports) for link, reports in linked.items() if len(reports) > 1]
    return page(request, "story.html", title=detail["story"]["title"] or story_id, detail=detail, outlets=outlets,
                columns=columns, comparison=comparison.get("outlets", {}), shared=shared)


def _framing_tip(item: dict[str, Any]) -> str:
    kind = item["kind"].replace("_", " ")
    voice = "in the outlet's own voice" if item["voice"] == "outlet" else "inside a quote" if item["voice"] == "quoted" else ""
    neutral = f"; neutral wording: {item['neutral']}" if item.get("neutral") else ""
    return f"{kind} “{item['text']}” {voice}{neutral}".strip()


# -- map ------------------------------------------------------------------------------------------

@router.get("/map")
def map_page(request: Request, store: StoreDep, filters: Filters) -> HTMLResponse:
    points = queries.map_points(store, filters)
    return page(request, "map.html", title="Map", points=points, map=render.world_map(points), filters=filters,
                plover_types=_plover_types(), statuses=_statuses(), source=render.world()["source"],
                events_link="/events" + ("?" + request.url.query if request.url.query else ""))


# -- articles -------------------------------------------------------------------------------------

@router.get("/articles/{article_id:path}")
def article_page(request: Request, store: StoreDep, article_id: Annotated[str, Path(min_length=1, max_length=500)],
                 event: Annotated[str | None, Query(max_length=50)] = None) -> HTMLResponse:
    detail = queries.article_detail(store, article_id)
    if detail is None:
        raise HTTPException(404, f"no article {article_id!r}")
    focus = next((e for e in detail["events"] if e["event_id"] == event), None)
    html = render.annotate(detail["article"]["text"], article_spans(detail, focus["event_id"] if focus else None))
    return page(request, "article.html", title=detail["article"]["title"] or article_id, detail=detail, text=html,
                focus=focus, places={p["id"]: p for p in detail["places"]})


def _refs(refs: list[dict[str, Any]]) -> str:
    return ", ".join(r["name"] or r["text"] or "?" for r in refs) or "—"


def article_spans(detail: dict[str, Any], focus: str | None) -> list[render.Span]:
    """Every record of the article as a span to highlight, with what it is in its tooltip."""
    spans: list[render.Span] = []
    places = {p["id"]: p for p in detail["places"]}
    for event in detail["events"]:
        quad = event["quad_class"]
        place = places.get(event["place_id"]) if event["place_id"] else None
        when = event["date_start"] or "?"
        if event["date_end"] and event["date_end"] != event["date_start"]:
            when += f" to {event['date_end']}"
        summary = (f"Event {event['event_id']}: {event['type']} (CAMEO {event['cameo'] or '?'}, "
                   f"QuadClass {quad or '?'} {render.QUAD_NAMES.get(quad, '')}, Goldstein {event['goldstein'] if event['goldstein'] is not None else '?'}), "
                   f"{event['status']}. Actor: {_refs(event['actor'])}. Recipient: {_refs(event['recipient'])}. "
                   f"Date: {when} ({event['date_precision'] or '?'}{', “' + event['date_text'] + '”' if event['date_text'] else ''})."
                   + (f" Place: {place['name']}." if place else "")
                   + (f" Reported by: {_refs(event['reported_by'])}." if event["reported_by"] else ""))
        focused = " focus" if event["event_id"] == focus else ""
        spans.append(render.Span(event["evidence_start"], event["evidence_end"], f"ann evidence{focused}",
                                 f"Evidence for event {event['event_id']} ({event['type']})",
                                 {"data-event": event["event_id"]}, anchor=f"ev-{event['event_id']}"))
        spans.append(render.Span(event["trigger_start"], event["trigger_end"], f"ann trigger q{quad or 0}{focused}", summary,
                                 {"data-event": event["event_id"]}))
    for quote in detail["quotes"]:
        speaker = quote["speaker_text"] or "unattributed"
        spans.append(render.Span(quote["content_start"], quote["content_end"], f"ann quote quote-{quote['kind']}",
                                 f"Quote {quote['id']} ({quote['kind']}) by {speaker}" + (f", cue “{quote['cue_text']}”" if quote["cue_text"] else ""),
                                 anchor=f"q-{quote['id']}"))
        if quote["cue_start"] is not None:
            spans.append(render.Span(quote["cue_start"], quote["cue_end"], "ann cue", f"Cue of quote {quote['id']}: {quote['cue_text']}"))
    for time in detail["times"]:
        spans.append(render.Span(time["start"], time["end"], "ann time", f"Time {time['id']}: {time['type']} {time['value'] or '?'}"))
    for place in detail["places"]:
        where = f"{place['lat']:.2f}, {place['lon']:.2f}" if place["lat"] is not None and place["lon"] is not None else "no coordinates"
        spans.append(render.Span(place["start"], place["end"], "ann place",
                                 f"Place {place['id']}: {place['name'] or place['text']} ({place['feature'] or '?'}, {place['country'] or '?'}; {where})"))
    for entity in detail["entities"]:
        facts = ", ".join(x for x in (entity["type"], entity["code"] and f"code {entity['code']}",
                                      entity["country"] and f"country {entity['country']}",
                                      entity["wikidata"] and f"Wikidata {entity['wikidata']}") if x)
        titles = f"; titles: {', '.join(entity['titles'])}" if entity["titles"] else ""
        for mention in entity["mentions"]:
            spans.append(render.Span(mention["start"], mention["end"], f"ann ent ent-{(entity['type'] or 'X').lower()}",
                                     f"{entity['name']} ({facts}{titles}); actor id {entity['actor_id']}",
                                     {"data-href": render.actor_url(entity["actor_id"])}))
    for item in detail["framing"]:
        spans.append(render.Span(item["start"], item["end"], f"ann fr fr-{item['kind']}", "Framing: " + _framing_tip(item)))
    return spans


# -- API index (Swagger UI would load from a CDN) ---------------------------------------------------

@router.get("/api")
def api_index(request: Request) -> HTMLResponse:
    schema = request.app.openapi()
    routes = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or "", "schema": _schema_text(p.get("schema", {}), schema)}
                      for p in op.get("parameters", [])]
            routes.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""), "params": params})
    return page(request, "api.html", title="API", routes=routes)


def _schema_text(s: dict[str, Any], root: dict[str, Any]) -> str:
    if "$ref" in s:
        name = s["$ref"].rsplit("/", 1)[-1]
        s = root.get("components", {}).get("schemas", {}).get(name, {})
    if "anyOf" in s:
        return " or ".join(_schema_text(x, root) for x in s["anyOf"] if x.get("type") != "null")
    if "enum" in s:
        return "one of " + ", ".join(str(v) for v in s["enum"])
    bits = [s.get("type", "")]
    if s.get("format"):
        bits.append(s["format"])
    for key, word in (("minimum", "≥"), ("maximum", "≤"), ("maxLength", "length ≤"), ("pattern", "matching")):
        if key in s:
            bits.append(f"{word} {s[key]}")
    if "default" in s:
        bits.append(f"default {s['default']}")
    return " ".join(b for b in bits if b)

