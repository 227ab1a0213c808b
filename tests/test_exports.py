"""Exports read back the way their users read them, and compared with the database they came from.

One database for the module: three demo-corpus articles (one with a wire copy in another outlet, and the
same article again as HTML and as text) and one undated article with no URL or outlet.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from newsevents.codebook import PLOVER_TYPES
from newsevents.errors import ErrorCode, StoreError, UsageError
from newsevents.exporters import EXPORTERS, HAPPENED, export, format_names
from newsevents.exporters.actors import actor_fields
from newsevents.exporters.countries import countries, fips_code
from newsevents.exporters.gdelt import EVENT_COLUMNS, MENTION_COLUMNS
from newsevents.exporters.icews import COLUMNS as ICEWS_COLUMNS
from newsevents.exporters.records import Participant, global_event_id
from newsevents.exporters.text import lead_paragraph, sentence_number, sentence_starts
from newsevents.ingestion import ingest
from tests.conftest import ENGLISH, REPO

ARTICLES = (
    "meridian-20221004-nk-missile-over-japan",
    "pacific-20221004-nk-missile-japan-wire",  # a wire copy of the first, from another outlet
    "sentinel-20231022-rafah-aid-hamas",  # places in Gaza (FIPS GZ), IGO actors
)
STATUSES = ", ".join(f"'{s}'" for s in HAPPENED)
ORIGINAL_EVENTS = "FROM events e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> str:
    folder = tmp_path_factory.mktemp("exports")
    records = {json.loads(line)["id"]: line for line in (corpus_dir / "jsonl" / "corpus.jsonl").read_text().splitlines()}
    subset = folder / "subset.jsonl"
    lines = [records[name] for name in ARTICLES] + [json.dumps({"id": "plain", "text": ENGLISH})]
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = str(folder / "exports.duckdb")
    report = ingest(
        [str(subset), str(corpus_dir / "html" / f"{ARTICLES[0]}.html"), str(corpus_dir / "txt" / f"{ARTICLES[0]}.txt")],
        path,
    )
    assert report.errors == 0 and report.duplicates == 3
    return path


@pytest.fixture(scope="module")
def out(db: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("out")
    outputs = {"gdelt": "events.tsv", "gdelt-mentions": "mentions.tsv", "plover": "events.jsonl", "icews": "icews.tsv",
               "csv": "csv", "parquet": "parquet", "gephi": "gephi"}
    return {fmt: (folder / name, export(db, fmt, str(folder / name))) for fmt, name in outputs.items()}


_connections: dict[str, duckdb.DuckDBPyConnection] = {}


@pytest.fixture(scope="module", autouse=True)
def _close_connections() -> Any:
    yield
    while _connections:
        _connections.popitem()[1].close()


def query(db: str, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    """Rows of a read-only query (one connection per database for the module: connecting is slow)."""
    if db not in _connections:
        _connections[db] = duckdb.connect(db, read_only=True)
    return _connections[db].execute(sql, params or []).fetchall()


def read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def gdelt_rows(out: dict[str, Any]) -> list[dict[str, str]]:
    rows = read_tsv(out["gdelt"][0])
    return [dict(zip(EVENT_COLUMNS, row)) for row in rows]


def happened_events(db: str) -> dict[int, dict[str, Any]]:
    """The events GDELT and ICEWS carry, by global id, with what the tests compare."""
    rows = query(
        db,
        f"""SELECT e.article_id, e.id, e.cameo, e.quad_class, e.goldstein, e.date_start, a.published, a.url,
                   a.ingested_at, e.trigger_start, e.place_id
            {ORIGINAL_EVENTS} AND e.status IN ({STATUSES}) AND e.cameo IS NOT NULL""",
    )
    names = ("article_id", "id", "cameo", "quad_class", "goldstein", "date_start", "published", "url", "ingested_at",
             "trigger_start", "place_id")
    return {global_event_id(r[0], r[1]): dict(zip(names, r)) for r in rows}


# -- the entry point ------------------------------------------------------------------------

def test_every_format_is_registered() -> None:
    assert format_names() == ["csv", "gdelt", "gdelt-mentions", "gephi", "icews", "parquet", "plover"]
    assert {spec.target for spec in EXPORTERS.values()} == {"file", "directory"}


def test_unknown_format_and_missing_database(db: str, tmp_path: Path) -> None:
    with pytest.raises(UsageError) as info:
        export(db, "geojson", str(tmp_path / "x"))
    assert info.value.code == ErrorCode.USAGE and "gdelt" in info.value.message
    with pytest.raises(StoreError) as missing:
        export(str(tmp_path / "none.duckdb"), "gdelt", str(tmp_path / "x.tsv"))
    assert missing.value.code == ErrorCode.STORE


def test_outputs_of_the_wrong_kind_are_usage_errors(db: str, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        export(db, "gdelt", str(tmp_path))  # a directory where a file goes
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(UsageError):
        export(db, "csv", str(tmp_path / "file.txt"))  # a file where a directory goes
    with pytest.raises(UsageError):
        export(db, "gephi", "-")


def test_standard_output(db: str, out: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    summary = export(db, "gdelt", "-")
    printed = capsys.readouterr().out
    assert printed == out["gdelt"][0].read_text(encoding="utf-8")
    assert summary.rows == len(printed.splitlines())


def test_no_temporary_files_are_left(out: dict[str, Any]) -> None:
    folder = out["gdelt"][0].parent
    assert not [p for p in folder.rglob("*") if p.name.endswith(".part")]


def test_global_event_ids_are_stable_53_bit_integers() -> None:
    first = global_event_id("article", "V1")
    assert first == global_event_id("article", "V1") != global_event_id("article", "V2")
    assert 0 < first < 2**53


# -- GDELT ------------------------------------------------------------------------------------

def test_gdelt_events_have_61_columns_and_the_databases_events(db: str, out: dict[str, Any]) -> None:
    raw = read_tsv(out["gdelt"][0])
    assert raw and all(len(row) == 61 for row in raw)
    rows = gdelt_rows(out)
    expected = happened_events(db)
    assert sorted(int(r["GLOBALEVENTID"]) for r in rows) == sorted(expected)
    assert out["gdelt"][1].rows == len(rows)
    skipped = query(db, f"SELECT count(*) {ORIGINAL_EVENTS} AND e.status NOT IN ({STATUSES})")[0][0]
    assert sum(n for reason, n in out["gdelt"][1].skipped.items() if reason.startswith("with status")) == skipped
    assert any(e["cameo"].startswith("0") for e in expected.values())  # the data exercises leading zeros
    for row in rows:
        event = expected[int(row["GLOBALEVENTID"])]
        assert row["EventCode"] == event["cameo"]
        assert row["EventBaseCode"] == event["cameo"][:3] and row["EventRootCode"] == event["cameo"][:2]
        assert int(row["QuadClass"]) == event["quad_class"] and float(row["GoldsteinScale"]) == event["goldstein"]
        day = date.fromisoformat(event["date_start"][:10]) if event["date_start"] else event["published"]
        if day is None:
            assert row["SQLDATE"] == row["MonthYear"] == row["Year"] == row["FractionDate"] == ""
        else:
            assert row["SQLDATE"] == day.strftime("%Y%m%d")
            assert row["MonthYear"] == row["SQLDATE"][:6] and row["Year"] == row["SQLDATE"][:4]
            assert re.fullmatch(r"\d{4}\.\d{4}", row["FractionDate"]) and row["FractionDate"][:4] == row["Year"]
        assert row["DATEADDED"] == event["ingested_at"].strftime("%Y%m%d%H%M%S")
        assert row["SOURCEURL"] == (event["url"] or "newsevents article plain")
        assert row["IsRootEvent"] in ("0", "1")
    assert {r["IsRootEvent"] for r in rows} == {"0", "1"}


def test_gdelt_actor_fields_come_from_the_first_actor_and_recipient(db: str, out: dict[str, Any]) -> None:
    firsts = query(
        db,
        """SELECT ea.article_id, ea.event_id, ea.role, en.name, en.code, en.country, en.sector
           FROM event_actors ea JOIN entities en ON en.article_id = ea.article_id AND en.id = ea.entity_id
           WHERE ea.position = 0 AND ea.role IN ('actor', 'recipient')""",
    )
    by_event = {(global_event_id(r[0], r[1]), r[2]): r[3:] for r in firsts}
    cameo = {c.iso3: c.cameo for c in countries().values()}
    checked = 0
    for row in gdelt_rows(out):
        gid = int(row["GLOBALEVENTID"])
        for prefix, role in (("Actor1", "actor"), ("Actor2", "recipient")):
            entity = by_event.get((gid, role))
            if entity is None:
                assert row[f"{prefix}Code"] == row[f"{prefix}Name"] == ""
                continue
            name, code, country, sector = entity
            assert row[f"{prefix}Name"] == name.upper()
            assert row[f"{prefix}Code"] == (code or "")
            assert row[f"{prefix}CountryCode"] == cameo.get(country, row[f"{prefix}CountryCode"])
            if country in cameo:
                assert len(row[f"{prefix}CountryCode"]) == 3
            if sector:
                assert sector in (row[f"{prefix}Type1Code"], row[f"{prefix}Type2Code"], row[f"{prefix}Type3Code"])
            checked += 1
    assert checked > 10


def test_gdelt_geography_uses_fips_codes(db: str, out: dict[str, Any]) -> None:
    places = {
        (global_event_id(r[0], r[1])): r[2:]
        for r in query(
            db,
            """SELECT e.article_id, e.id, p.name, p.country, p.lat, p.lon, p.feature
               FROM events e JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id""",
        )
    }
    fips = {c.fips for c in countries().values() if c.fips} | {"GZ"}
    located = 0
    for row in gdelt_rows(out):
        for block in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
            assert row[f"{block}_Type"] in {"0", "1", "2", "3", "4", "5"}
            if row[f"{block}_CountryCode"]:
                assert row[f"{block}_CountryCode"] in fips and len(row[f"{block}_CountryCode"]) == 2
        place = places.get(int(row["GLOBALEVENTID"]))
        if place is None:
            assert row["ActionGeo_Type"] == "0" and row["ActionGeo_FullName"] == ""
        elif row["ActionGeo_Type"] != "0":
            name, country, lat, lon, _feature = place
            assert row["ActionGeo_CountryCode"] == fips_code(country, name, lat, lon)
            if lat is not None:
                assert float(row["ActionGeo_Lat"]) == pytest.approx(lat) and float(row["ActionGeo_Long"]) == pytest.approx(lon)
            located += 1
    assert located > 0


def test_fips_table_has_the_known_differences_from_iso() -> None:
    known = {"GBR": "UK", "DEU": "GM", "ISR": "IS", "IRN": "IR", "CHN": "CH", "RUS": "RS", "UKR": "UP", "PSE": "WE",
             "USA": "US", "JPN": "JA", "KOR": "KS", "PRK": "KN", "TUR": "TU", "SYR": "SY", "LBN": "LE", "IRQ": "IZ",
             "SAU": "SA", "AUS": "AS", "AUT": "AU", "ESP": "SP"}
    table = countries()
    assert {iso3: table[iso3].fips for iso3 in known} == known
    assert len(table) > 240 and table["ROU"].cameo == "ROM"
    assert fips_code("PSE", "Gaza City", 31.5, 34.47) == "GZ" and fips_code("PSE", "Jenin", 32.46, 35.3) == "WE"
    assert fips_code("IGO") == ""


def test_gdelt_counts_come_from_the_articles_reporting_the_event(db: str, out: dict[str, Any]) -> None:
    urls = dict(query(
        db,
        """SELECT o.id, count(DISTINCT c.url) FROM articles o JOIN articles c ON c.id = o.id OR c.duplicate_of = o.id
           WHERE o.duplicate_of IS NULL GROUP BY o.id""",
    ))
    expected = happened_events(db)
    seen = set()
    for row in gdelt_rows(out):
        article = expected[int(row["GLOBALEVENTID"])]["article_id"]
        documents = max(1, urls[article])  # distinct URLs; the undated text has none and counts once
        assert (int(row["NumMentions"]), int(row["NumSources"]), int(row["NumArticles"])) == (documents,) * 3
        seen.add(documents)
    assert seen == {1, 2}  # the wire copy counts, the HTML and text copies of the same article do not


def test_gdelt_tone_is_the_actors_tone_on_a_100_scale(db: str, tmp_path: Path) -> None:
    copy = tmp_path / "tone.duckdb"
    shutil.copy(db, copy)
    with duckdb.connect(str(copy)) as con:
        article_id, event_id, entity_id = con.execute(
            """SELECT ea.article_id, ea.event_id, ea.entity_id FROM event_actors ea JOIN events e
               ON e.article_id = ea.article_id AND e.id = ea.event_id
               WHERE ea.role = 'actor' AND ea.entity_id IS NOT NULL AND e.status = 'actual' AND e.cameo IS NOT NULL
               ORDER BY ALL LIMIT 1"""
        ).fetchone()
        con.execute("DELETE FROM tone")  # one known tone row; every other event then has none
        con.execute("INSERT INTO tone VALUES (?, ?, -0.25, 'negative', 3)", [article_id, entity_id])
    export(str(copy), "gdelt", str(tmp_path / "g.tsv"))
    rows = {row[0]: dict(zip(EVENT_COLUMNS, row)) for row in read_tsv(tmp_path / "g.tsv")}
    toned = str(global_event_id(article_id, event_id))
    assert float(rows[toned]["AvgTone"]) == pytest.approx(-25.0)
    assert "0" in {r["AvgTone"] for gid, r in rows.items() if gid != toned}  # no tone: 0


def test_all_statuses_widens_gdelt(db: str, tmp_path: Path) -> None:
    summary = export(db, "gdelt", str(tmp_path / "all.tsv"), all_statuses=True)
    assert summary.rows == query(db, f"SELECT count(*) {ORIGINAL_EVENTS} AND e.cameo IS NOT NULL")[0][0]
    assert not summary.skipped


def test_gdelt_mentions(db: str, out: dict[str, Any]) -> None:
    raw = read_tsv(out["gdelt-mentions"][0])
    assert raw and all(len(row) == 16 for row in raw)
    mentions = [dict(zip(MENTION_COLUMNS, row)) for row in raw]
    events = {int(r["GLOBALEVENTID"]): r for r in gdelt_rows(out)}
    expected = happened_events(db)
    texts = dict(query(db, "SELECT id, text FROM articles"))
    per_event: dict[int, int] = {}
    for mention in mentions:
        gid = int(mention["GLOBALEVENTID"])
        per_event[gid] = per_event.get(gid, 0) + 1
        assert mention["EventTimeDate"] == events[gid]["DATEADDED"]
        assert re.fullmatch(r"\d{14}", mention["MentionTimeDate"])
        assert mention["MentionType"] in ("1", "2")
        if mention["MentionType"] == "1":
            assert mention["MentionIdentifier"].startswith("https://") and mention["MentionSourceName"].endswith(".example")
        document = re.search(r'document="([^"]+)"', mention["Extras"]).group(1)
        assert int(mention["MentionDocLen"]) == len(texts[document])
        assert int(mention["SentenceID"]) >= 1 or mention["InRawText"] == "0"
        event = expected[gid]
        if document == event["article_id"]:  # the article the event was found in
            assert mention["InRawText"] == "1" and mention["Confidence"] == "100"
            assert int(mention["ActionCharOffset"]) == event["trigger_start"]
            assert mention["MentionIdentifier"] == (event["url"] or mention["MentionIdentifier"])
    assert per_event == {gid: int(row["NumMentions"]) for gid, row in events.items()}


def test_mention_offsets_point_into_the_text(db: str, out: dict[str, Any]) -> None:
    actors = {
        (global_event_id(r[0], r[1])): (r[2], r[3])
        for r in query(
            db,
            """SELECT article_id, event_id, start, text FROM event_actors
               WHERE role = 'actor' AND position = 0 AND entity_id IS NOT NULL""",
        )
    }
    texts = dict(query(db, "SELECT id, text FROM articles"))
    checked = 0
    for row in read_tsv(out["gdelt-mentions"][0]):
        mention = dict(zip(MENTION_COLUMNS, row))
        offset = int(mention["Actor1CharOffset"])
        gid = int(mention["GLOBALEVENTID"])
        if offset >= 0 and mention["InRawText"] == "1":
            document = re.search(r'document="([^"]+)"', mention["Extras"]).group(1)
            _start, text = actors[gid]
            assert texts[document][offset : offset + len(text)] == text
            checked += 1
    assert checked > 0


# -- ICEWS ------------------------------------------------------------------------------------

def test_icews_has_20_named_columns(db: str, out: dict[str, Any]) -> None:
    with open(out["icews"][0], encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
        assert tuple(reader.fieldnames or ()) == ICEWS_COLUMNS and len(ICEWS_COLUMNS) == 20
    expected = happened_events(db)
    assert sorted(int(r["Event ID"]) for r in rows) == sorted(expected)
    outlets = dict(query(db, "SELECT id, outlet FROM articles"))
    for row in rows:
        event = expected[int(row["Event ID"])]
        assert row["CAMEO Code"] == event["cameo"] and float(row["Intensity"]) == event["goldstein"]
        assert row["Story ID"] == event["article_id"] and row["Publisher"] == (outlets[event["article_id"]] or "")
        assert row["Event Date"] == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["Event Date"])
        assert int(row["Sentence Number"]) >= 1 and row["Event Text"]
        if row["Latitude"]:
            float(row["Latitude"]), float(row["Longitude"])
    assert any(r["Source Country"] == "North Korea" for r in rows)


# -- PLOVER -----------------------------------------------------------------------------------

def test_plover_records_follow_the_manuals_fields(db: str, out: dict[str, Any]) -> None:
    records = [json.loads(line) for line in out["plover"][0].read_text(encoding="utf-8").splitlines()]
    total, statuses = query(db, f"SELECT count(*), list(DISTINCT e.status) {ORIGINAL_EVENTS}")[0]
    assert len(records) == total and len({r["id"] for r in records}) == total
    assert {r["status"] for r in records} == set(statuses)
    texts = dict(query(db, "SELECT id, text FROM articles"))
    for record in records:
        for name in ("id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "event_loc",
                     "event_text", "text_info", "cite_info"):
            assert name in record
        assert isinstance(record["event"], list) and record["event"][0] in PLOVER_TYPES
        assert isinstance(record["mode"], list) and isinstance(record["context"], list)
        assert record["quad_code"] in (1, 2, 3, 4)
        assert record["date"] is None or date.fromisoformat(record["date"])
        text = texts[record["text_info"]["article_id"]]
        assert text[record["text_info"]["start"] : record["text_info"]["end"]] == record["text"]
        assert record["cite_info"]["citation"] == record["text_info"]["article_id"]
        for entity in record["actor"] + record["recipient"]:
            assert text[entity["start"] : entity["end"]] == entity["entity_text"]
            assert entity["code"] is None or len(entity["code"]) == 3
        if record["event_loc"] is not None:
            assert text[record["event_loc"]["start"] : record["event_loc"]["end"]] == record["event_loc"]["extracted_place"]
    assert any(r["actor"] and r["actor"][0]["code"] for r in records)
    assert any(r["cite_info"]["url"] for r in records)


# -- every table ------------------------------------------------------------------------------

def table_counts(db: str) -> dict[str, int]:
    names = [r[0] for r in query(db, "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'")]
    return {name: query(db, f'SELECT count(*) FROM "{name}"')[0][0] for name in names}


def test_csv_writes_one_file_per_table(db: str, out: dict[str, Any]) -> None:
    folder, summary = out["csv"]
    counts = table_counts(db)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in counts)
    for table, count in counts.items():
        with open(folder / f"{table}.csv", encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        columns = [r[0] for r in query(
            db, "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", [table]
        )]
        assert rows[0] == columns and len(rows) - 1 == count
    assert summary.rows == sum(counts.values())
    with open(folder / "events.csv", encoding="utf-8", newline="") as handle:
        cameo = {row["cameo"] for row in csv.DictReader(handle)} - {""}
    assert cameo == {r[0] for r in query(db, "SELECT cameo FROM events WHERE cameo IS NOT NULL")}


def test_parquet_writes_one_file_per_table(db: str, out: dict[str, Any]) -> None:
    folder, _ = out["parquet"]
    counts = table_counts(db)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.parquet" for t in counts)
    with duckdb.connect() as con:
        for table, count in counts.items():
            assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(folder / f"{table}.parquet")]).fetchone()[0] == count
        types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
                                 [str(folder / "events.parquet")]).fetchall())
    assert types["cameo"] == "VARCHAR" and types["context"] == "VARCHAR[]"


# -- Gephi ------------------------------------------------------------------------------------

def test_gephi_nodes_and_edges_match_the_events(db: str, out: dict[str, Any]) -> None:
    folder, _ = out["gephi"]
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with open(folder / "edges.csv", encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    ids = {n["Id"] for n in nodes}
    assert len(ids) == len(nodes) and all(n["Label"] for n in nodes)
    assert edges and all(e["Source"] in ids and e["Target"] in ids and e["Type"] == "Directed" for e in edges)
    node = "coalesce(upper(en.code), 'name:' || lower(en.name))"
    pairs = query(
        db,
        f"""WITH p AS (SELECT ea.article_id, ea.event_id, ea.role, {node} AS node
                       FROM event_actors ea JOIN entities en ON en.article_id = ea.article_id AND en.id = ea.entity_id
                       JOIN events e ON e.article_id = ea.article_id AND e.id = ea.event_id
                       JOIN articles a ON a.id = e.article_id
                       WHERE a.duplicate_of IS NULL AND e.status IN ({STATUSES}))
            SELECT s.node, t.node, count(DISTINCT (s.article_id, s.event_id))
            FROM p s JOIN p t ON t.article_id = s.article_id AND t.event_id = s.event_id
            WHERE s.role = 'actor' AND t.role = 'recipient' GROUP BY ALL""",
    )
    assert {(e["Source"], e["Target"]): int(e["Weight"]) for e in edges} == {(s, t): n for s, t, n in pairs}
    for edge in edges:
        counts = dict(item.split(":") for item in edge["event_types"].split("|"))
        assert sum(int(c) for c in counts.values()) == int(edge["Weight"]) == int(edge["cooperation"]) + int(edge["conflict"])
        assert edge["Label"] in counts and edge["Label"] in PLOVER_TYPES


# -- the helpers ------------------------------------------------------------------------------

def test_sentence_numbers_and_lead_paragraph() -> None:
    text = "March 3, 2023\n\nHeadline without a stop\n\nBrig. Gen. Amir Ali said the U.S. Navy left. It did.\n\nLater text."
    starts = sentence_starts(text)
    assert sentence_number(starts, text.index("Brig.")) == 3
    assert sentence_number(starts, text.index("Navy")) == 3
    assert sentence_number(starts, text.index("It did")) == 4
    assert sentence_number(starts, text.index("Later")) == 5
    start, end = lead_paragraph(text)
    assert text[start:end].startswith("Brig.") and text[start:end].endswith("It did.")


def participant(code: str | None, country: str | None, sector: str | None = None, name: str = "X") -> Participant:
    return Participant("actor", 0, "E1", name, 0, 1, name=name, country=country, sector=sector, code=code)


def test_actor_codes_split_into_gdelt_fields() -> None:
    romania = actor_fields(participant("ROUGOV", "ROU", "GOV"))
    assert (romania.code, romania.country, romania.types) == ("ROMGOV", "ROM", ("GOV",))
    council = actor_fields(participant("IGOUNOUSC", "IGO"))
    assert (council.country, council.known_group, council.types) == ("", "UNO", ("IGO",))
    union = actor_fields(participant("IGOEUREEC", "IGO"))
    assert (union.country, union.known_group) == ("EUR", "EEC")
    hezbollah = actor_fields(participant("LBNREBHEZ", "LBN", "REB"))
    assert (hezbollah.country, hezbollah.known_group, hezbollah.types) == ("LBN", "HEZ", ("REB",))
    assert actor_fields(None).gdelt() == [""] * 10


def test_docs_describe_every_format_and_column() -> None:
    docs = (REPO / "docs" / "exports.md").read_text(encoding="utf-8")
    for name in format_names():
        assert f"`{name}`" in docs
    for column in (*EVENT_COLUMNS, *MENTION_COLUMNS, *ICEWS_COLUMNS):
        assert column in docs, column
