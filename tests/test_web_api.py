"""The JSON API and the pages, in process (FastAPI's TestClient), over one small database: four outlets'
reports of one story from the demo corpus, a wire copy of one of them, and an article whose text, title,
outlet and id try to inject markup (`<script>`, an `<img onerror>`, attribute-breaking quotes)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsevents import compare
from newsevents.cli import app as cli_app
from newsevents.errors import StoreError
from newsevents.ingestion import ingest
from newsevents.query import EventFilters, compute_stats, query_events
from newsevents.store import Store
from newsevents.web import create_app, queries

STORY = (
    "meridian-20221122-kochavi-milley",
    "levant-20221122-kochavi-washington-iran-drill",
    "sentinel-20221122-kochavi-milley-iran-drill",
    "tehran-20221123-kochavi-pentagon-threats",
    "continental-20221122-israel-us-generals-iran",  # a copy of the Meridian Wire report
)
XSS_ID = "xss-\"<i>'"
XSS = {
    "id": XSS_ID,
    "outlet": 'Evil "Outlet" <b>Wire</b>',
    "published": "2022-11-23",
    "title": '<script>alert("title")</script> Iran and Turkey talk in Ankara',
    "url": 'https://evil.example/"><script>alert(5)</script>',
    "text": ("ANKARA — Iran's foreign minister met his Turkish counterpart in Ankara on Monday. <script>alert(1)</script> "
             "The ministry said the talks were \"constructive\" and posted '\"><img src=x onerror=alert(2)>' online.\n\n"
             "Protesters chanted \"\" onmouseover=\"alert(3)\" and ' onfocus='alert(4)' outside the Iranian embassy, "
             "the police said."),
}
# What must never appear as markup in a page (the same strings escaped are fine).
INJECTED = ("<script>alert", "<img src=x", 'onmouseover="alert(3)', "onfocus='alert(4)", "<b>Wire</b>", "<i>'")


_BUILT: dict[str, str] = {}


def build_web_db(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> str:
    """The database of this module and of the browser tests (tests/test_web_e2e.py), built once a session."""
    if "path" not in _BUILT:
        _BUILT["path"] = _build(tmp_path_factory, corpus_dir)
    return _BUILT["path"]


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> str:
    return build_web_db(tmp_path_factory, corpus_dir)


def _build(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> str:
    folder = tmp_path_factory.mktemp("web")
    records = {json.loads(line)["id"]: line for line in (corpus_dir / "jsonl" / "corpus.jsonl").read_text().splitlines()}
    subset = folder / "subset.jsonl"
    subset.write_text("\n".join([records[name] for name in STORY] + [json.dumps(XSS)]) + "\n", encoding="utf-8")
    path = str(folder / "web.duckdb")
    report = ingest([str(subset)], path)
    assert report.errors == 0 and report.duplicates == 1 and report.analysed == 5
    return path


@pytest.fixture(scope="module")
def client(web_db: str) -> TestClient:
    return TestClient(create_app(web_db))


@pytest.fixture
def store(web_db: str) -> Any:
    # per test, not per module: an open connection would keep the file locked (see test_no_lock_between_requests)
    with Store(web_db, read_only=True) as s:
        yield s


def get_json(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:500])
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


# -- OpenAPI, validation, pagination --------------------------------------------------------------

def test_openapi_lists_every_route(client: TestClient) -> None:
    schema = get_json(client, "/openapi.json")
    for path in ("/api/events", "/api/entities", "/api/entities/{actor_id}", "/api/stories", "/api/stories/{story_id}",
                 "/api/articles/{article_id}", "/api/quotes", "/api/stats"):
        assert path in schema["paths"], path
    limit = next(p for p in schema["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 500
    # no page loads Swagger UI from a CDN; /api lists the routes instead
    assert client.get("/docs").status_code == 404
    page = client.get("/api")
    assert page.status_code == 200 and "/api/entities/{actor_id}" in page.text


@pytest.mark.parametrize("query", [
    "limit=501", "limit=0", "limit=-1", "limit=ten", "offset=-1", "offset=x", "type=MEET", "type=consult ",
    "status=rumoured", "since=2022-13-01", "until=yesterday", "country=IRAN", "country=I1N", "actor=" + "x" * 201,
])
def test_bad_event_parameters_are_422(client: TestClient, query: str) -> None:
    body = get_json(client, f"/api/events?{query}", 422)
    assert body["detail"] and body["detail"][0]["loc"][0] == "query"


def test_since_after_until_is_400(client: TestClient) -> None:
    body = get_json(client, "/api/events?since=2023-01-01&until=2022-01-01", 400)
    assert "after" in body["detail"]
    assert get_json(client, "/api/stories?since=2023-01-01&until=2022-01-01", 400)


@pytest.mark.parametrize("url", ["/api/entities?limit=1000", "/api/entities?order=size", "/api/quotes?kind=shouted",
                                 "/api/quotes?limit=0", "/api/stories?min_articles=0", "/api/stories?limit=501",
                                 "/api/entities?country=Iran"])
def test_bad_list_parameters_are_422(client: TestClient, url: str) -> None:
    get_json(client, url, 422)


def test_events_are_the_cli_events_paged(client: TestClient, store: Store) -> None:
    everything = json.loads(json.dumps(query_events(store, EventFilters(), limit=10_000), default=str))
    first = get_json(client, "/api/events?limit=3")
    assert first["limit"] == 3 and first["offset"] == 0 and first["next_offset"] == 3
    second = get_json(client, "/api/events?limit=3&offset=3")
    assert first["items"] + second["items"] == everything[:6]
    tail = get_json(client, f"/api/events?limit=500&offset={len(everything) - 2}")
    assert len(tail["items"]) == 2 and tail["next_offset"] is None
    assert get_json(client, "/api/events?offset=100000")["items"] == []
    assert len(get_json(client, "/api/events?limit=500")["items"]) == min(500, len(everything))


def test_event_filters_are_the_cli_filters(client: TestClient, store: Store) -> None:
    cases = {"type=CONSULT": EventFilters(type="CONSULT"), "country=irn": EventFilters(country="irn"),
             "actor=Kochavi": EventFilters(actor="Kochavi"), "outlet=Levant%20Voice": EventFilters(outlet="Levant Voice"),
             "status=planned": EventFilters(status="planned"),
             "since=2022-11-22&until=2022-11-22": EventFilters(since=date(2022, 11, 22), until=date(2022, 11, 22))}
    for query, filters in cases.items():
        expected = json.loads(json.dumps(query_events(store, filters, limit=500), default=str))
        assert get_json(client, f"/api/events?limit=500&{query}")["items"] == expected, query
    consults = get_json(client, "/api/events?type=CONSULT")["items"]
    assert consults and {e["type"] for e in consults} == {"CONSULT"}


# -- actors ---------------------------------------------------------------------------------------

def test_entity_ids_are_compare_actor_keys(store: Store) -> None:
    rows = store.query(f"SELECT article_id, id, name, type, code, wikidata, {queries.KEY} AS actor_id FROM entities en")
    assert rows
    for row in rows:
        if row["name"].lower() == row["name"].casefold():
            assert row["actor_id"] == compare.actor_key(row), row
    kinds = {row["actor_id"].split(":")[0] if row["actor_id"].startswith("code:") else
             "wikidata" if re.fullmatch(r"Q\d+", row["actor_id"]) else "name" for row in rows}
    assert kinds == {"code", "wikidata", "name"}


def test_entities_list_and_pages(client: TestClient) -> None:
    first = get_json(client, "/api/entities?limit=5")
    assert len(first["items"]) == 5 and first["next_offset"] == 5
    assert {"id", "name", "type", "code", "country", "wikidata", "articles", "mentions", "events"} <= set(first["items"][0])
    articles = [a["articles"] for a in first["items"]]
    assert articles == sorted(articles, reverse=True)
    second = get_json(client, "/api/entities?limit=5&offset=5")
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    iran = get_json(client, "/api/entities?q=iran&limit=50")["items"]
    assert any(a["id"] == "Q794" for a in iran)
    assert all(a["country"] == "ISR" for a in get_json(client, "/api/entities?country=ISR")["items"])


def test_actor_detail(client: TestClient, store: Store) -> None:
    idf = get_json(client, "/api/entities/" + quote("code:ISRMIL", safe=""))
    assert idf["id"] == "code:ISRMIL" and idf["code"] == "ISRMIL"
    assert idf["counts"]["articles"] == len(idf["articles"]) >= 3
    # its mentions per article are real spans of the article text
    for item in idf["articles"]:
        text = store.query("SELECT text FROM articles WHERE id = ?", [item["article_id"]])[0]["text"]
        assert item["mentions"] and all(text[m["start"]:m["end"]] == m["text"] for m in item["mentions"])
    # outlets name it differently: the same forms as its mentions, counted per outlet (compare.py's naming)
    forms: dict[str, dict[str, int]] = {}
    for item in idf["articles"]:
        for m in item["mentions"]:
            counts = forms.setdefault(item["outlet"], {})
            counts[m["text"]] = counts.get(m["text"], 0) + 1
    assert idf["naming_by_outlet"] == forms
    assert len(idf["naming_by_outlet"]) >= 3
    assert isinstance(idf["tone_by_outlet"], dict)
    for event in idf["events"]:
        assert {"actor", "recipient", "evidence_text", "roles"} <= set(event)
        assert any(p["actor_id"] == "code:ISRMIL" for p in event["actor"] + event["recipient"])
    # the slash-free colon form works unencoded too
    assert get_json(client, "/api/entities/code:ISRMIL")["id"] == "code:ISRMIL"


def test_actor_quotes_and_interactions(client: TestClient) -> None:
    kochavi = get_json(client, "/api/entities/" + quote("aviv kochavi"))
    assert kochavi["name"] == "Aviv Kochavi" and kochavi["type"] == "PERSON"
    assert kochavi["quotes_by"], "Kochavi is quoted in the story"
    assert all(q["content_text"] for q in kochavi["quotes_by"])
    assert kochavi["interactions"] and {"actor_id", "direction", "events", "types"} <= set(kochavi["interactions"][0])
    assert {e["direction"] for e in kochavi["interactions"]} <= {"in", "out"}
    iran = get_json(client, "/api/entities/Q794")
    assert iran["quotes_about"], "others speak about Iran"


def test_unknown_ids_are_404(client: TestClient) -> None:
    for url in ("/api/entities/nobody%20at%20all", "/api/articles/nope", "/api/stories/nope"):
        assert get_json(client, url, 404)["detail"].startswith("no ")
    for url in ("/actors/nobody", "/articles/nope", "/stories/nope"):
        response = client.get(url)
        assert response.status_code == 404 and "text/html" in response.headers["content-type"]


# -- articles, quotes, stats ----------------------------------------------------------------------

def test_article_detail_spans_match_the_text(client: TestClient) -> None:
    detail = get_json(client, "/api/articles/meridian-20221122-kochavi-milley")
    text = detail["article"]["text"]
    assert detail["events"] and detail["entities"] and detail["places"] and detail["quotes"]
    for entity in detail["entities"]:
        assert entity["actor_id"]
        assert all(text[m["start"]:m["end"]] == m["text"] for m in entity["mentions"])
    for event in detail["events"]:
        assert text[event["evidence_start"]:event["evidence_end"]] == event["evidence_text"]
        assert text[event["trigger_start"]:event["trigger_end"]] == event["trigger_text"]
    for quote_ in detail["quotes"]:
        assert text[quote_["content_start"]:quote_["content_end"]] == quote_["content_text"]
    assert [c["id"] for c in detail["copies"]] == ["continental-20221122-israel-us-generals-iran"]
    copy = get_json(client, "/api/articles/continental-20221122-israel-us-generals-iran")
    assert copy["article"]["duplicate_of"] == "meridian-20221122-kochavi-milley" and copy["events"] == []


def test_quotes(client: TestClient) -> None:
    everything = get_json(client, "/api/quotes?limit=500")["items"]
    assert everything and {"speaker_id", "speaker_name", "content_text", "outlet"} <= set(everything[0])
    direct = get_json(client, "/api/quotes?kind=direct&limit=500")["items"]
    assert direct and all(q["kind"] == "direct" for q in direct)
    by_idf = get_json(client, "/api/quotes?speaker=" + quote("code:ISRMIL", safe=""))["items"]
    assert all(q["speaker_id"] == "code:ISRMIL" for q in by_idf)
    one = get_json(client, "/api/quotes?limit=1&offset=1")
    assert one["items"] == everything[1:2]


def test_stats_are_the_cli_stats(client: TestClient, store: Store) -> None:
    assert get_json(client, "/api/stats") == json.loads(json.dumps(compute_stats(store), default=str))


# -- stories --------------------------------------------------------------------------------------

def test_stories(client: TestClient, store: Store) -> None:
    if not queries.stories_available(store):
        assert get_json(client, "/api/stories")["items"] == []
        pytest.skip("this version links no stories")
    stories = get_json(client, "/api/stories")["items"]
    assert stories
    story = next(s for s in stories if "meridian-20221122-kochavi-milley" in s["article_ids"])
    assert len(set(story["outlets"])) >= 3
    detail = get_json(client, f"/api/stories/{story['id']}")
    assert detail["story"]["id"] == story["id"]
    assert {a["id"] for a in detail["articles"]} == set(story["article_ids"])
    assert len(detail["comparison"]["outlets"]) >= 3
    assert all(e["article_id"] in story["article_ids"] for e in detail["events"])
    page = get_json(client, "/api/stories?limit=1")
    assert len(page["items"]) == 1 and page["next_offset"] == (1 if len(stories) > 1 else None)
    html = client.get(f"/stories/{story['id']}")
    assert html.status_code == 200 and "Levant Voice" in html.text and "Meridian Wire" in html.text


def test_without_story_tables_stories_are_empty(web_db: str, tmp_path: Path) -> None:
    copy = tmp_path / "nostories.duckdb"
    shutil.copy(web_db, copy)
    con = duckdb.connect(str(copy))
    for table in ("story_events", "story_articles"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    con.close()
    client = TestClient(create_app(copy))
    assert get_json(client, "/api/stories") == {"items": [], "limit": 50, "offset": 0, "next_offset": None}
    get_json(client, "/api/stories/s1", 404)
    assert client.get("/stories").status_code == 200
    assert get_json(client, "/api/articles/meridian-20221122-kochavi-milley")["story"] is None
    assert client.get("/articles/meridian-20221122-kochavi-milley").status_code == 200


# -- pages and safety -----------------------------------------------------------------------------

def page_urls(client: TestClient) -> list[str]:
    urls = ["/", "/events", "/events?type=CONSULT", "/actors", "/actors?q=iran", "/stories", "/map", "/map?country=IRN",
            "/api", "/actors/Q794", "/actors/" + quote("code:ISRMIL", safe=""), "/actors/" + quote("aviv kochavi"),
            "/articles/meridian-20221122-kochavi-milley", "/articles/meridian-20221122-kochavi-milley?event=V1",
            "/articles/continental-20221122-israel-us-generals-iran", "/articles/" + quote(XSS_ID, safe="")]
    urls += [f"/stories/{s['id']}" for s in get_json(client, "/api/stories?limit=500")["items"]]
    for entity in get_json(client, f"/api/articles/{quote(XSS_ID, safe='')}")["entities"]:
        urls.append("/actors/" + quote(entity["actor_id"], safe=""))
    return urls


def test_every_page_renders_offline_and_injection_stays_inert(client: TestClient) -> None:
    for url in page_urls(client):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html")
        html = response.text
        for bad in INJECTED:
            assert bad not in html, (url, bad)
        # nothing is loaded from elsewhere: every src and href is local
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), url
        assert "Content-Security-Policy" in response.headers and "default-src 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    # the annotated text is the article's text exactly, as text (every character escaped, spans as tags)
    for article_id, text in ((XSS_ID, XSS["text"]), ("meridian-20221122-kochavi-milley", None)):
        html = client.get("/articles/" + quote(article_id, safe="")).text
        shown = article_text(html)
        assert shown == (text or get_json(client, f"/api/articles/{article_id}")["article"]["text"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_of(client, "/articles/" + quote(XSS_ID, safe=""))


def html_of(client: TestClient, url: str) -> str:
    return client.get(url).text


def article_text(html: str) -> str:
    """The text of the Article page's annotated text, tags removed and entities decoded."""
    inner = re.search(r'<div class="article-text" id="article-text">(.*?)</div>', html, re.DOTALL)
    assert inner
    return unescape(re.sub(r"<[^>]*>", "", inner.group(1)))


def test_injection_round_trips_as_data_in_json(client: TestClient) -> None:
    detail = get_json(client, f"/api/articles/{quote(XSS_ID, safe='')}")
    assert detail["article"]["text"] == XSS["text"] and detail["article"]["title"] == XSS["title"]
    assert detail["article"]["id"] == XSS_ID and detail["article"]["outlet"] == XSS["outlet"]
    assert detail["events"], "the injected article is analysed like any other"
    response = client.get("/api/events?outlet=" + quote(XSS["outlet"]))
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.json()["items"]


def test_html_errors_for_bad_page_parameters(client: TestClient) -> None:
    response = client.get("/events?limit=5000")
    assert response.status_code == 422 and "text/html" in response.headers["content-type"] and "limit" in response.text
    response = client.get("/events?since=2024-01-01&until=2020-01-01")
    assert response.status_code == 400 and "after" in response.text
    response = client.get("/events?actor=%3Cscript%3Ealert(9)%3C/script%3E&limit=0")
    assert response.status_code == 422 and "<script>alert(9)" not in response.text


def test_static_assets_are_served(client: TestClient) -> None:
    for path in ("/static/app.css", "/static/app.js", "/static/favicon.svg"):
        assert client.get(path).status_code == 200, path
    outline = queries_world()
    assert len(outline["countries"]) > 150 and "Natural Earth" in outline["source"]


def queries_world() -> dict[str, Any]:
    from newsevents.web.render import world

    return world()


def test_map_points_are_event_places(client: TestClient, store: Store) -> None:
    points = queries.map_points(store)
    located = store.query("""SELECT count(*) AS n FROM events e JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
                             JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL AND p.lat IS NOT NULL""")[0]["n"]
    assert points and sum(p["events"] for p in points) == located
    html = client.get("/map").text
    assert html.count("<circle") == len(points) and 'id="place-0"' in html
    only_consult = queries.map_points(store, EventFilters(type="CONSULT"))
    assert all(set(p["types"]) == {"CONSULT"} for p in only_consult)


def test_no_lock_between_requests(web_db: str, client: TestClient) -> None:
    assert client.get("/api/stats").status_code == 200
    # the server holds no connection between requests, so another process (an ingest) can write to the database
    code = f"import duckdb; con = duckdb.connect({web_db!r}); con.execute('SELECT count(*) FROM articles'); con.close()"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, check=False).returncode == 0
    # while a writer holds it, requests are answered 503 (retry later), not a crash
    con = duckdb.connect(web_db)
    try:
        response = client.get("/api/stats")
        assert response.status_code == 503 and "cannot be read now" in response.json()["detail"]
        assert client.get("/").status_code == 503
    finally:
        con.close()
    assert client.get("/api/stats").status_code == 200


def test_host_check_and_missing_database(web_db: str, tmp_path: Path) -> None:
    guarded = create_app(web_db, allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(guarded, base_url="http://127.0.0.1:8000").get("/api/stats").status_code == 200
    assert TestClient(guarded, base_url="http://attacker.example").get("/api/stats").status_code == 400
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.duckdb")


def test_serve_command() -> None:
    runner = CliRunner()
    result = runner.invoke(cli_app, ["--help"])
    assert result.exit_code == 0 and "serve" in result.output
    result = runner.invoke(cli_app, ["serve", "--help"])
    assert result.exit_code == 0 and "--host" in result.output and "127.0.0.1" in result.output and "--port" in result.output
    result = runner.invoke(cli_app, ["serve", "--db", "/nonexistent/none.duckdb"])
    assert result.exit_code == 1 and "no database" in result.output
    result = runner.invoke(cli_app, ["serve", "--port", "70000"])
    assert result.exit_code == 2


def test_docs_list_every_api_route(client: TestClient) -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text(encoding="utf-8")
    table = docs.split("<!-- api-routes -->", 1)[1].split("\n\n", 1)[0]
    documented = set(re.findall(r"`GET (/api/[^`]+)`", table))
    served = {path for path in get_json(client, "/openapi.json")["paths"]}
    assert documented == served


def test_an_empty_database_serves_every_page(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    Store(path).close()
    client = TestClient(create_app(path))
    for url in ("/", "/events", "/actors", "/stories", "/map", "/api"):
        assert client.get(url).status_code == 200, url
    assert get_json(client, "/api/events")["items"] == []
    assert get_json(client, "/api/entities")["items"] == []
    assert get_json(client, "/api/stories")["items"] == []
    assert get_json(client, "/api/stats")["totals"]["articles"] == 0


def test_dyad_series_counts_the_events_between_two_actors(client: TestClient, store: Store) -> None:
    """Each period's count is that of the events `newsevents events --actor A --recipient B` lists for it."""
    from collections import Counter

    actor, recipient = store.con.execute(
        """SELECT a.country, r.country FROM event_actors a JOIN event_actors r
             ON r.article_id = a.article_id AND r.event_id = a.event_id AND r.role = 'recipient'
           WHERE a.role = 'actor' AND a.country IS NOT NULL AND r.country IS NOT NULL AND a.country <> r.country
           GROUP BY ALL ORDER BY count(*) DESC, 1, 2 LIMIT 1""").fetchone()
    events = query_events(store, EventFilters(actor=actor, recipient=recipient), limit=10_000)
    assert events
    body = get_json(client, f"/api/dyad?actor={actor}&recipient={recipient}&interval=month")
    by_month = Counter(str(row["date"])[:7] for row in events if row["date"])
    assert {str(p["period"])[:7]: p["events"] for p in body["series"]} == dict(by_month)
    for period in body["series"]:
        quads = [period[k] for k in ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")]
        assert sum(quads) <= period["events"]
    get_json(client, f"/api/dyad?actor={actor}", status=400)
    get_json(client, f"/api/dyad?actor={actor}&recipient={recipient}&interval=decade", status=422)
