"""Stories: the same event told by several outlets becomes one story, other events and the same
actors two years later do not, and a later ingest attaches to what is there.

Articles written for the tests; one database for the module, ingested in two runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from newsevents import linking
from newsevents.exporters.records import load_batch
from newsevents.exporters.reports import counts, event_reports
from newsevents.ingestion import ingest
from newsevents.schema import MIGRATIONS, SCHEMA_VERSION
from newsevents.store import Store

FIRST_RUN = [
    {
        "id": "wire-kochavi", "outlet": "Meridian Wire", "url": "https://meridian.example/kochavi-milley",
        "published": "2022-11-22", "title": "Israeli army chief meets Milley in Washington",
        "text": "Israeli military chief of staff Aviv Kochavi met U.S. General Mark Milley at the Pentagon in "
        "Washington on Monday to discuss Iran, the Israel Defense Forces said. The two generals agreed to expand "
        "joint exercises of the Israeli and American militaries next year. Kochavi also held talks with U.S. "
        "Central Command officials during the visit.",
    },
    {
        "id": "herald-kochavi", "outlet": "Pacific Herald", "url": "https://herald.example/israel-us-generals",
        "published": "2022-11-23", "title": "Kochavi and Milley plan drills against Iranian threats",
        "text": "Aviv Kochavi, the head of Israel's armed forces, held talks with Mark Milley, chairman of the U.S. "
        "Joint Chiefs of Staff, at the Pentagon on Monday. According to the Israeli military, Kochavi and Milley "
        "agreed to step up joint drills as Iran's nuclear programme advances. Milley praised the close defence "
        "cooperation between Washington and Jerusalem.",
    },
    {
        "id": "review-floods", "outlet": "Continental Review", "url": "https://review.example/pakistan-floods",
        "published": "2022-11-23", "title": "Floods displace thousands in Sindh",
        "text": "Heavy monsoon rains flooded villages across Pakistan's Sindh province on Tuesday, displacing "
        "thousands of families, the provincial disaster agency said. Prime Minister Shehbaz Sharif asked the "
        "United Nations for emergency aid, and rescue teams evacuated residents of Hyderabad by boat.",
    },
    {
        # the same actors and the same kind of event, two years later: another story
        "id": "wire-kochavi-2024", "outlet": "Meridian Wire", "url": "https://meridian.example/kochavi-milley-2024",
        "published": "2024-11-25", "title": "Kochavi and Milley meet again at the Pentagon",
        "text": "Aviv Kochavi, Israel's military chief, met General Mark Milley in Washington on Monday for talks "
        "on Iran, Israeli officials said. Kochavi and Milley agreed to hold joint drills of the Israeli and U.S. "
        "armed forces in the spring, and the Pentagon praised defence cooperation with Israel.",
    },
]
SECOND_RUN = [
    {
        "id": "sentinel-kochavi", "outlet": "Liberty Sentinel", "url": "https://sentinel.example/kochavi-pentagon",
        "published": "2022-11-23", "title": "Pentagon hosts Israel's top general",
        "text": "Israel's top general, Aviv Kochavi, met General Mark Milley at the Pentagon on Monday. Kochavi and "
        "Milley agreed on closer military cooperation against Iran, Israeli officials said, including larger "
        "joint exercises.",
    },
]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("stories")
    db = str(folder / "stories.duckdb")
    first = ingest([write_jsonl(folder / "first.jsonl", FIRST_RUN)], db)
    assert first.errors == 0 and first.analysed == 4
    with Store(db, read_only=True) as store:
        before = {s["id"]: s for s in linking.list_stories(store)}
    second = ingest([write_jsonl(folder / "second.jsonl", SECOND_RUN)], db)
    assert second.errors == 0 and second.analysed == 1
    with Store(db, read_only=True) as store:
        after = {s["id"]: s for s in linking.list_stories(store)}
    return {"db": db, "before": before, "after": after}


def story_of(stories: dict[str, dict[str, Any]], article_id: str) -> dict[str, Any]:
    (story,) = [s for s in stories.values() if article_id in s["article_ids"]]
    return story


def test_the_same_event_told_by_two_outlets_is_one_story(runs: dict[str, Any]) -> None:
    before = runs["before"]
    assert len(before) == 3
    story = story_of(before, "wire-kochavi")
    assert story["article_ids"] == ["wire-kochavi", "herald-kochavi"]
    assert story["outlets"] == ["Meridian Wire", "Pacific Herald"]
    assert story["title"] == "Israeli army chief meets Milley in Washington"
    assert (str(story["first_seen"]), str(story["last_seen"])) == ("2022-11-22", "2022-11-23")
    assert story["articles"] == 2
    assert "wire-kochavi-V1" in story["event_ids"] and any(e.startswith("herald-kochavi-") for e in story["event_ids"])


def test_another_event_and_the_same_actors_two_years_later_are_other_stories(runs: dict[str, Any]) -> None:
    before = runs["before"]
    floods, later = story_of(before, "review-floods"), story_of(before, "wire-kochavi-2024")
    assert floods["article_ids"] == ["review-floods"] and later["article_ids"] == ["wire-kochavi-2024"]
    assert str(later["first_seen"]) == "2024-11-25"
    # it is time that keeps the 2024 article apart: by words and names alone it would join
    with Store(runs["db"], read_only=True) as store:
        linker = linking.Linker(store)
        profile = linking.load_profiles(store, ["wire-kochavi-2024"])["wire-kochavi-2024"]
        linker._load(None)
        story = linker.stories[story_of(before, "wire-kochavi")["id"]]
        terms, names = linker.vectors(profile)
        assert linker.score(profile, story, terms, names) >= linking.THRESHOLD
        assert not linker._in_window(profile, story)


def test_a_later_ingest_attaches_without_changing_other_ids(runs: dict[str, Any]) -> None:
    before, after = runs["before"], runs["after"]
    assert set(after) == set(before)  # no new story, no id changed
    story = story_of(after, "sentinel-kochavi")
    assert story["id"] == story_of(before, "wire-kochavi")["id"]
    assert story["article_ids"] == ["wire-kochavi", "herald-kochavi", "sentinel-kochavi"]
    assert story["outlets"] == ["Liberty Sentinel", "Meridian Wire", "Pacific Herald"]
    for story_id, old in before.items():
        if story_id != story["id"]:
            assert after[story_id] == old


def test_tables_hold_the_links(runs: dict[str, Any]) -> None:
    with duckdb.connect(runs["db"], read_only=True) as con:
        members = dict(con.execute("SELECT article_id, story_id FROM story_articles").fetchall())
        assert len(members) == 5 and len(set(members.values())) == 3
        stories = con.execute("SELECT count(*) FROM stories").fetchone()[0]
        assert stories == 3
        # every event of a linked article carries its story
        assert con.execute("SELECT count(*) FROM events WHERE story_id IS NULL").fetchone()[0] == 0
        assert con.execute(
            "SELECT count(*) FROM events e JOIN story_articles sa ON sa.article_id = e.article_id WHERE e.story_id <> sa.story_id"
        ).fetchone()[0] == 0
        # links never cross stories, and each event has one row
        assert con.execute(
            "SELECT count(*) FROM (SELECT link_id FROM story_events GROUP BY link_id HAVING count(DISTINCT story_id) > 1)"
        ).fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM story_events").fetchone()[0] == con.execute(
            "SELECT count(*) FROM events").fetchone()[0]


def test_event_counts_follow_the_links(runs: dict[str, Any]) -> None:
    with duckdb.connect(runs["db"], read_only=True) as con:
        link = con.execute(
            "SELECT link_id FROM story_events WHERE article_id = 'wire-kochavi' AND event_id = 'V1'"
        ).fetchone()[0]
        reporting = {r[0] for r in con.execute("SELECT article_id FROM story_events WHERE link_id = ?", [link]).fetchall()}
        # the meeting is reported by all three articles of the story
        assert reporting == {"wire-kochavi", "herald-kochavi", "sentinel-kochavi"}
        events = load_batch(con, ["wire-kochavi", "review-floods", "wire-kochavi-2024"])
        documents = event_reports(con, events)
    by_key = {e.key: e for e in events}
    meeting = documents[("wire-kochavi", "V1")]
    assert [r.kind for r in meeting] == ["original", "linked", "linked"]
    assert [r.article.id for r in meeting] == ["wire-kochavi", "herald-kochavi", "sentinel-kochavi"]
    assert counts(meeting).articles == 3 and counts(meeting).sources == 3 and counts(meeting).mentions >= 3
    # an event of a story of its own is reported by its own article only
    for key, reports in documents.items():
        if key[0] in ("review-floods", "wire-kochavi-2024"):
            assert [r.article.id for r in reports] == [key[0]], by_key[key]


def test_reingesting_a_changed_article_relinks_it(tmp_path: Path) -> None:
    db = str(tmp_path / "relink.duckdb")
    ingest([write_jsonl(tmp_path / "a.jsonl", FIRST_RUN[:3])], db)
    changed = dict(FIRST_RUN[1], text=FIRST_RUN[2]["text"].replace("Tuesday", "Wednesday"), title="Sindh floods")
    report = ingest([write_jsonl(tmp_path / "b.jsonl", [changed])], db)
    assert report.errors == 0
    with Store(db, read_only=True) as store:
        found = {tuple(s["article_ids"]) for s in linking.list_stories(store)}
    # now about the floods, it left the Kochavi story for the floods one (or a copy of it)
    assert ("wire-kochavi",) in found
    assert any("herald-kochavi" in ids and "review-floods" in ids for ids in found)


@pytest.mark.parametrize("batch", [None, 1])
def test_linking_again_keeps_the_stories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int | None) -> None:
    if batch is not None:  # profiles read and outcomes written one article at a time: the same stories
        monkeypatch.setattr(linking, "PROFILE_BATCH", batch)
        monkeypatch.setattr(linking, "FLUSH_ARTICLES", batch)
    db = str(tmp_path / "again.duckdb")
    ingest([write_jsonl(tmp_path / "a.jsonl", FIRST_RUN[:3])], db)
    edited = dict(FIRST_RUN[1], text=FIRST_RUN[1]["text"].replace("on Monday", "on Monday, 21 November"))
    ingest([write_jsonl(tmp_path / "b.jsonl", [edited])], db)  # changed: analysed and linked again
    with Store(db) as store:
        first = sorted(tuple(s["article_ids"]) for s in linking.list_stories(store))
        assert first == [("review-floods",), ("wire-kochavi", "herald-kochavi")]
        decisions = linking.link_articles(store, ["wire-kochavi", "herald-kochavi", "review-floods"])
        assert [d.new for d in decisions] == [True, False, True]
        assert sorted(tuple(s["article_ids"]) for s in linking.list_stories(store)) == first
        assert store.query("SELECT count(*) AS n FROM stories")[0]["n"] == 2


def test_a_failed_linking_is_a_warning_and_the_next_run_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "fail.duckdb")

    def broken(*args: Any, **kwargs: Any) -> None:
        raise duckdb.IOException("disk full")

    monkeypatch.setattr("newsevents.ingestion.link_articles", broken)
    report = ingest([write_jsonl(tmp_path / "a.jsonl", FIRST_RUN[2:3])], db)
    assert report.errors == 0 and report.warnings == 1 and report.analysed == 1 and report.exit_code == 0
    assert "story linking failed" in report.problems[0].message
    monkeypatch.undo()
    with Store(db) as store:
        assert linking.pending_articles(store) == ["review-floods"]
    ingest([write_jsonl(tmp_path / "b.jsonl", FIRST_RUN[:1])], db)
    with Store(db, read_only=True) as store:
        assert sorted(tuple(s["article_ids"]) for s in linking.list_stories(store)) == [("review-floods",), ("wire-kochavi",)]


def test_an_older_database_is_upgraded_and_linked(tmp_path: Path) -> None:
    db = str(tmp_path / "old.duckdb")
    with duckdb.connect(db) as con:  # a database as the first schema left it
        con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)")
        con.execute(MIGRATIONS[0][2])
        con.execute("INSERT INTO schema_migrations VALUES (1, 'first', now())")
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 2
        names = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
        assert {"story_articles", "story_events"} <= names
        assert linking.link_articles(store) == [] and linking.list_stories(store) == []


def test_stories_opens_the_database_read_only(runs: dict[str, Any], tmp_path: Path) -> None:
    rows = linking.stories(runs["db"])
    assert [r["id"] for r in rows] == [r["id"] for r in linking.stories(runs["db"], min_articles=1)]
    assert [r["articles"] for r in linking.stories(runs["db"], min_articles=2)] == [3]
    assert [str(r["first_seen"]) for r in linking.stories(runs["db"], since=linking.date(2024, 1, 1))] == ["2024-11-25"]
    assert set(rows[0]) >= {"id", "title", "first_seen", "last_seen", "article_ids", "event_ids", "outlets"}
    json.dumps(rows, default=str)


def test_stories_command_prints_what_the_library_lists(runs: dict[str, Any]) -> None:
    import json

    from typer.testing import CliRunner

    from newsevents.cli import app

    runner = CliRunner()
    as_jsonl = runner.invoke(app, ["stories", "--db", runs["db"], "--format", "jsonl"])
    assert as_jsonl.exit_code == 0, as_jsonl.output
    printed = [json.loads(line) for line in as_jsonl.stdout.splitlines() if line.strip()]
    with Store(runs["db"], read_only=True) as store:
        listed = json.loads(json.dumps(linking.list_stories(store), default=str))
    assert printed == listed
    shared = runner.invoke(app, ["stories", "--db", runs["db"], "--min-articles", "2", "--format", "json"])
    assert {s["id"] for s in json.loads(shared.stdout)} == {s["id"] for s in listed if s["articles"] >= 2}
    table = runner.invoke(app, ["stories", "--db", runs["db"]])
    assert table.exit_code == 0 and "stories" in table.stdout
    assert runner.invoke(app, ["stories", "--db", runs["db"], "--since", "yesterday"]).exit_code == 2


TRANSLITERATED = [
    {
        "id": "courier-dam", "outlet": "Valley Courier", "url": "https://courier.example/dam-breach",
        "published": "2023-04-03", "title": "Dam breach floods villages near Qaryat al-Zahra",
        "text": "A dam on the Wadi Hamra river burst before dawn on Monday and flooded six villages near Qaryat "
        "al-Zahra, killing 14 people, provincial governor Mohammed al-Hassan said. Rescue teams in boats pulled "
        "residents from rooftops as muddy water rose to two metres. The reservoir had been filled to 97 percent "
        "after a week of torrential rain, engineers said.",
    },
    {
        "id": "observer-dam", "outlet": "Plains Observer", "url": "https://observer.example/reservoir",
        "published": "2023-04-03", "title": "Fourteen killed as reservoir dam bursts",
        "text": "Fourteen people were killed when a dam on the Hamra river burst on Monday, flooding six villages "
        "near Qaryet el-Zehra, said Muhammad el-Hasan, the provincial governor. Rescue boats pulled residents from "
        "rooftops as muddy water rose two metres. Engineers said the reservoir was 97 percent full after a week of "
        "torrential rain.",
    },
]


def test_names_spelled_otherwise_do_not_keep_a_report_out(tmp_path: Path) -> None:
    # the second outlet transliterates the governor and the town otherwise: its names barely meet the
    # first report's, its words and numbers do
    db = str(tmp_path / "dam.duckdb")
    report = ingest([write_jsonl(tmp_path / "dam.jsonl", TRANSLITERATED)], db)
    assert report.errors == 0
    with Store(db, read_only=True) as store:
        assert [s["article_ids"] for s in linking.list_stories(store)] == [["courier-dam", "observer-dam"]]
