from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from newsevents.errors import ErrorCode, StoreError
from newsevents.ingestion import ingest
from newsevents.model import ArticleResult, Entity, Event, Mention, Ref, Span
from newsevents.schema import ARTICLE_TABLES, SCHEMA_VERSION
from newsevents.store import Provenance, Store
from tests.conftest import ENGLISH, make_article

REQUIRED_TABLES = {
    "articles", "entities", "mentions", "events", "event_actors", "times", "places", "quotes",
    "framing", "tone", "stories", "errors", "runs",
}


def table_counts(db: str) -> dict[str, int]:
    with duckdb.connect(db, read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", *ARTICLE_TABLES)}


def test_schema_has_the_required_tables_and_version(db: str) -> None:
    with Store(db) as store:
        names = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
        assert REQUIRED_TABLES <= names
        assert store.schema_version() == SCHEMA_VERSION
    with Store(db) as store:  # reopening applies nothing twice
        assert store.query("SELECT count(*) AS n FROM schema_migrations")[0]["n"] == SCHEMA_VERSION


def test_read_only_open_of_a_missing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "none.duckdb", read_only=True)
    assert info.value.code == ErrorCode.STORE


def test_newer_schema_is_refused(db: str) -> None:
    with Store(db) as store:
        store.con.execute("INSERT INTO schema_migrations VALUES (999, 'future', now())")
    with pytest.raises(StoreError) as info:
        Store(db)
    assert info.value.code == ErrorCode.SCHEMA


def sample_result() -> ArticleResult:
    text = "Iran and Turkey met in Ankara."
    article = make_article(text, id="art")
    result = ArticleResult(article=article)
    result.entities = [
        Entity(id="E1", name="Iran", type="GPE", country="IRN", code="IRN", mentions=[Mention(start=0, end=4, text="Iran")]),
        Entity(id="E2", name="Turkey", type="GPE", country="TUR", code="TUR", mentions=[Mention(start=9, end=15, text="Turkey")]),
    ]
    result.events = [
        Event(
            id="V1", type="CONSULT", cameo="040", quad_class=1, goldstein=1.0,
            actor=[Ref(entity="E1", text="Iran", start=0, end=4)], recipient=[Ref(entity="E2", text="Turkey", start=9, end=15)],
            trigger=Span(start=16, end=19, text="met"), evidence=Span(start=0, end=30, text=text),
        )
    ]
    return result


def test_an_article_is_written_in_one_transaction(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    result = sample_result()
    provenance = Provenance("test", None, "txt", "hash")
    with Store(db) as store:
        store.write_article(result.article, provenance, result, None)
        before = table_counts_of(store)
        import newsevents.store as store_module

        real_rows = store_module.analysis_rows

        def broken_rows(res):  # the mentions insert fails after articles and entities were written
            rows = real_rows(res)
            rows["mentions"] = [["art", "E1", "not a number", 4, "Iran"]]
            return rows

        monkeypatch.setattr(store_module, "analysis_rows", broken_rows)
        changed = result.model_copy(update={"article": result.article.model_copy(update={"text": "changed"})})
        with pytest.raises(StoreError):
            store.write_article(changed.article, provenance, changed, None)
        assert table_counts_of(store) == before
        assert store.query("SELECT text FROM articles")[0]["text"] == result.article.text


def table_counts_of(store: Store) -> dict[str, int]:
    return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", *ARTICLE_TABLES)}


def test_rewriting_an_article_replaces_its_records(db: str) -> None:
    result = sample_result()
    with Store(db) as store:
        for _ in range(3):
            store.write_article(result.article, Provenance("t", None, "txt", "h"), result, None)
        counts = table_counts_of(store)
    assert counts["articles"] == 1 and counts["entities"] == 2 and counts["events"] == 1 and counts["event_actors"] == 2


def test_reingesting_the_same_input_adds_nothing(tmp_path: Path, db: str) -> None:
    path = tmp_path / "batch.jsonl"
    texts = [
        ENGLISH,
        "Protesters marched through Nairobi on Tuesday against new taxes, and police fired tear gas near parliament.",
        "The European Union adopted new sanctions on Russian banks, the bloc's foreign ministers announced in Brussels.",
    ]
    path.write_text("\n".join(json.dumps({"id": f"a{i}", "text": text}) for i, text in enumerate(texts)))
    first = ingest([str(path)], db)
    counts = table_counts(db)
    second = ingest([str(path)], db)
    assert first.analysed == 3 and second.analysed == 0 and second.unchanged == 3
    assert table_counts(db) == counts
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*), count(DISTINCT id) FROM runs").fetchone() == (2, 2)


def test_a_changed_article_is_replaced_not_doubled(tmp_path: Path, db: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "same", "text": ENGLISH}))
    ingest([str(path)], db)
    path.write_text(json.dumps({"id": "same", "text": ENGLISH + " Officials in Washington welcomed the talks."}))
    report = ingest([str(path)], db)
    assert report.analysed == 1
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        names = {r[0] for r in con.execute("SELECT name FROM entities").fetchall()}
    assert "Washington" in names


def test_a_new_migration_is_applied_once_to_an_existing_database(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsevents.store as store_module

    with Store(db) as store:
        store.write_article(sample_result().article, Provenance("t", None, "txt", "h"), sample_result(), None)
    extra = (SCHEMA_VERSION + 1, "test column", "ALTER TABLE articles ADD COLUMN section VARCHAR;")
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, extra])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    for _ in range(2):
        with Store(db) as store:
            assert store.schema_version() == SCHEMA_VERSION + 1
            assert store.query("SELECT id, section FROM articles") == [{"id": "art", "section": None}]
    with Store(db, read_only=True) as store:
        assert store.schema_version() == SCHEMA_VERSION + 1


def test_a_read_only_open_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    path = str(tmp_path / "old.duckdb")
    duckdb.connect(path).close()
    with pytest.raises(StoreError) as info:
        Store(path, read_only=True)
    assert info.value.code == ErrorCode.SCHEMA


def test_migration_3_fills_event_days_and_participants_of_an_older_database(tmp_path: Path) -> None:
    """A database made by schema 2 gets, for its stored events, the day (own date, else publication date)
    and each participant's name, code and country that queries filter on."""
    from newsevents.schema import MIGRATIONS

    path = str(tmp_path / "v2.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)")
    for version, description, sql in MIGRATIONS[:2]:
        con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
    con.execute("""INSERT INTO articles (id, published, text, content_hash, analysed, ingested_at)
                   VALUES ('a', DATE '2022-11-22', 'text', 'h', true, now())""")
    con.execute("INSERT INTO entities (article_id, id, name, country, code) VALUES ('a', 'e1', 'Israel Defense Forces', 'ISR', 'ISRMIL')")
    con.execute("""INSERT INTO events (article_id, id, type, status, date_start) VALUES
                   ('a', 'v1', 'CONSULT', 'actual', '2022-11-21'), ('a', 'v2', 'ACCUSE', 'actual', '2022-11'),
                   ('a', 'v3', 'AID', 'planned', NULL)""")
    con.execute("""INSERT INTO event_actors (article_id, event_id, role, position, entity_id, text) VALUES
                   ('a', 'v1', 'actor', 0, 'e1', 'the IDF'), ('a', 'v2', 'actor', 0, NULL, 'protesters')""")
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        days = store.query("SELECT id, day FROM events ORDER BY id")
        assert [(r["id"], str(r["day"])) for r in days] == [("v1", "2022-11-21"), ("v2", "2022-11-22"), ("v3", "2022-11-22")]
        parts = store.query("SELECT event_id, name, code, country FROM event_actors ORDER BY event_id")
        assert parts == [
            {"event_id": "v1", "name": "Israel Defense Forces", "code": "ISRMIL", "country": "ISR"},
            {"event_id": "v2", "name": None, "code": None, "country": None},
        ]


def test_event_day_is_the_events_own_day_else_the_publication_date() -> None:
    from datetime import date

    from newsevents.store import event_day

    published = date(2022, 11, 22)
    assert event_day("2022-11-21", published) == date(2022, 11, 21)
    assert event_day("2022-11-21T10:00", published) == date(2022, 11, 21)
    for coarse in ("2022-11", "2022-W47", "2022", "PRESENT_REF", None, "2022-13-45"):
        assert event_day(coarse, published) == published
