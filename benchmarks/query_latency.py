"""Query latency on a generated database of one million events.

    .venv/bin/python benchmarks/query_latency.py [--db /tmp/million.duckdb] [--events 1000000] [--repeats 7]

The database has the store's schema (made by `Store`, so every index a real one has) and is filled by
SQL: 250,000 articles from 50 outlets over ten years, four actors and four events per article (actor
and recipient drawn from 40 countries, weighted towards the first, and 8 sectors), two mentions per
actor, stories of five articles with event links. It is made once and reused when `--db` exists.

Each query is the library function the CLI, the JSON API and the web pages call, timed warm (after
one run) over `--repeats` runs; the median and the slowest are reported. Goal: under 200 ms each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from newsevents.linking import list_stories
from newsevents.query import EventFilters, dyad_series, query_events
from newsevents.store import Store
from newsevents.web import queries

COUNTRIES = (
    "USA", "ISR", "IRN", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "TUR", "SAU", "SYR", "IRQ", "PAK", "IND", "PRK",
    "KOR", "JPN", "EGY", "LBN", "QAT", "ARE", "AFG", "YEM", "JOR", "POL", "BLR", "TWN", "PHL", "VNM", "MMR", "ETH",
    "SDN", "NGA", "MLI", "VEN", "COL", "MEX", "BRA", "ZAF",
)
SECTORS = ("GOV", "MIL", "LEG", "COP", "SPY", "REB", "CVL", "MED")
TYPES = (
    ("AGREE", "057", 1, 3.0), ("CONSULT", "040", 1, 1.0), ("SUPPORT", "051", 1, 3.4), ("CONCEDE", "080", 2, 5.0),
    ("COOPERATE", "061", 2, 6.4), ("AID", "070", 2, 7.0), ("RETREAT", "087", 2, 9.0), ("REQUEST", "020", 1, 3.0),
    ("ACCUSE", "112", 3, -2.0), ("REJECT", "120", 3, -4.0), ("THREATEN", "130", 3, -4.4), ("PROTEST", "140", 3, -6.5),
    ("SANCTION", "163", 4, -8.0), ("MOBILIZE", "150", 4, -7.2), ("COERCE", "170", 4, -7.0), ("ASSAULT", "190", 4, -10.0),
)


def _pick(values: tuple[str, ...], seed: str) -> str:
    """A SQL expression choosing from `values`, skewed towards the first (a square of a uniform draw)."""
    items = ", ".join(f"'{v}'" for v in values)
    return f"([{items}])[1 + floor(pow((hash({seed}) % 10000) / 10000.0, 2) * {len(values)})::INTEGER]"


def build(path: Path, events: int) -> None:
    articles = events // 4
    with Store(path) as store:
        con = store.con
        country, sector = _pick(COUNTRIES, "a * 4 + k"), _pick(SECTORS, "a * 4 + k + 7")
        types = ", ".join(f"('{t}', '{c}', {q}, {g})" for t, c, q, g in TYPES)
        con.execute("BEGIN TRANSACTION")
        con.execute(f"""
            INSERT INTO articles BY NAME
            SELECT 'a' || a AS id, 'https://outlet' || (a % 50) || '.example/' || a AS url, 'Outlet ' || (a % 50) AS outlet,
                   'Report ' || a AS title, DATE '2015-01-01' + (hash(a) % 3650)::INTEGER AS published, 'en' AS language,
                   'Generated report ' || a || ' on talks, drills and strikes.' AS text, md5(a::VARCHAR) AS content_hash,
                   'generated' AS source, 'jsonl' AS input_format, true AS analysed, now()::TIMESTAMP AS ingested_at
            FROM range({articles}) t(a)""")
        con.execute(f"""
            INSERT INTO entities BY NAME
            SELECT 'a' || a AS article_id, 'e' || k AS id, c || ' ' || s || ' body' AS name,
                   CASE WHEN s = 'GOV' THEN 'GPE' ELSE 'ORG' END AS type, c AS country, s AS sector, c || s AS code,
                   NULL AS wikidata, [] AS titles
            FROM (SELECT a, k, {country} AS c, {sector} AS s FROM range({articles}) t(a), range(4) u(k))""")
        con.execute(f"""
            INSERT INTO mentions BY NAME
            SELECT 'a' || a AS article_id, 'e' || k AS entity_id, k * 40 + m * 20 AS start, k * 40 + m * 20 + 10 AS "end",
                   'mention' AS text
            FROM range({articles}) t(a), range(4) u(k), range(2) v(m)""")
        con.execute(f"""
            INSERT INTO events BY NAME
            SELECT 'a' || a AS article_id, 'v' || k AS id, ty.t AS type, ty.c AS cameo, ty.q AS quad_class,
                   ty.g AS goldstein, CASE WHEN hash(a, k) % 10 = 0 THEN 'planned' ELSE 'actual' END AS status,
                   strftime(DATE '2015-01-01' + (hash(a) % 3650)::INTEGER, '%Y-%m-%d') AS date_start,
                   DATE '2015-01-01' + (hash(a) % 3650)::INTEGER AS day,
                   'day' AS date_precision, k * 50 AS trigger_start, k * 50 + 6 AS trigger_end, 'struck' AS trigger_text,
                   k * 50 AS evidence_start, k * 50 + 40 AS evidence_end, 'generated evidence' AS evidence_text,
                   's' || (a // 5) AS story_id
            FROM range({articles}) t(a), range(4) u(k),
                 (SELECT row_number() OVER () - 1 AS n, * FROM (VALUES {types}) x(t, c, q, g)) ty
            WHERE ty.n = hash(a * 4 + k + 3) % {len(TYPES)}""")
        con.execute(f"""
            INSERT INTO event_actors BY NAME
            SELECT 'a' || a AS article_id, 'v' || k AS event_id, r.role, 0 AS position,
                   'e' || ((k + r.shift) % 4) AS entity_id, 'actor text' AS text, 0 AS start, 10 AS "end"
            FROM range({articles}) t(a), range(4) u(k), (VALUES ('actor', 0), ('recipient', 1)) r(role, shift)""")
        con.execute("""
            UPDATE event_actors SET name = en.name, code = en.code, country = en.country
            FROM entities en WHERE en.article_id = event_actors.article_id AND en.id = event_actors.entity_id""")
        con.execute(f"""
            INSERT INTO stories BY NAME
            SELECT 's' || s AS id, 'Story ' || s AS title, min(DATE '2015-01-01' + (hash(a) % 3650)::INTEGER) AS first_seen,
                   max(DATE '2015-01-01' + (hash(a) % 3650)::INTEGER) AS last_seen, now()::TIMESTAMP AS created_at,
                   now()::TIMESTAMP AS updated_at
            FROM (SELECT a, a // 5 AS s FROM range({articles}) t(a)) GROUP BY s""")
        con.execute(f"""
            INSERT INTO story_articles BY NAME
            SELECT 'a' || a AS article_id, 's' || (a // 5) AS story_id, DATE '2015-01-01' + (hash(a) % 3650)::INTEGER AS seen,
                   now()::TIMESTAMP AS linked_at
            FROM range({articles}) t(a)""")
        con.execute(f"""
            INSERT INTO story_events BY NAME
            SELECT 'a' || a AS article_id, 'v' || k AS event_id, 's' || (a // 5) AS story_id,
                   'a' || (a - a % 5) || '-v' || k AS link_id, now()::TIMESTAMP AS linked_at
            FROM range({articles}) t(a), range(4) u(k)""")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")


def _time(run, repeats: int) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    result = run()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    size = len(result) if hasattr(result, "__len__") else 1
    return statistics.median(samples), max(samples), size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/newsevents-million.duckdb")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    path = Path(args.db)
    if not path.exists():
        started = time.perf_counter()
        build(path, args.events)
        print(f"built {path} in {time.perf_counter() - started:.0f}s ({path.stat().st_size / 1e6:.0f} MB)")
    with Store(path, read_only=True) as store:
        counts = store.con.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles)").fetchone()
        print(f"{counts[0]:,} events in {counts[1]:,} articles")
        story = store.con.execute("SELECT id FROM stories ORDER BY id LIMIT 1 OFFSET 12345").fetchone()[0]
        year = EventFilters(type="ASSAULT", country="ISR", since=date(2020, 1, 1), until=date(2020, 12, 31))
        cases = [
            ("events: type + country + one year, first 100", lambda: query_events(store, year, limit=100)),
            ("events: actor code ISRMIL, first 100", lambda: query_events(store, EventFilters(actor="ISRMIL"), limit=100)),
            ("events: actor ISR, recipient IRN, page 3 of the API",
             lambda: queries.events_page(store, EventFilters(actor="ISR", recipient="IRN"), 50, 100)["items"]),
            ("dyad time series ISR -> IRN by month", lambda: dyad_series(store, "ISR", "IRN", "month")),
            ("dyad time series USA -> RUS by week, THREATEN",
             lambda: dyad_series(store, "USA", "RUS", "week", EventFilters(type="THREATEN"))),
            ("story lookup (web/API story detail)", lambda: queries.story_detail(store, story)),
            ("story list, 50 newest", lambda: list_stories(store, limit=50)),
        ]
        failed = 0
        print(f"{'query':<55} {'median':>9} {'slowest':>9} {'rows':>6}")
        for label, run in cases:
            median, slowest, size = _time(run, args.repeats)
            failed += slowest >= 0.2
            print(f"{label:<55} {median * 1000:7.0f}ms {slowest * 1000:7.0f}ms {size:>6}")
    print("goal: under 200 ms each:", "met" if not failed else f"missed by {failed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
