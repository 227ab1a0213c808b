from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.model import ArticleResult, Entity, Event, EventDate, Mention, Ref, Span
from newsevents.store import Provenance, Store
from tests.conftest import ENGLISH, make_article

runner = CliRunner()


def test_help_is_instant_and_loads_no_model() -> None:
    code = "import sys; from newsevents.cli import app; assert 'spacy' not in sys.modules and 'duckdb' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "extract" in result.output and "ingest" in result.output


def test_extract_txt_offsets_match_the_file(tmp_path: Path) -> None:
    raw = "November 22, 2022\n\nIsrael’s army chief Aviv Kochavi met Gen. Mark Milley in Washington on Monday. Kochavi flew home.\n"
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    (line,) = [l for l in result.stdout.splitlines() if l.strip()]
    record = json.loads(line)
    file_text = path.read_text(encoding="utf-8")
    assert record["article"]["text"] == file_text
    assert record["article"]["published"] == "2022-11-22"
    assert record["article"]["language"] == "en"
    mentions = [m for e in record["entities"] for m in e["mentions"]]
    assert mentions and all(file_text[m["start"] : m["end"]] == m["text"] for m in mentions)
    events = record["events"]
    assert events and all(file_text[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"] for e in events)
    refs = [r for e in events for r in e["actor"] + e["recipient"]]
    assert all(file_text[r["start"] : r["end"]] == r["text"] for r in refs)
    times = record["times"]
    assert [(t["text"], t["value"]) for t in times] == [("November 22, 2022", "2022-11-22"), ("Monday", "2022-11-21")]
    assert all(file_text[t["start"] : t["end"]] == t["text"] for t in times)
    assert events[0]["date"] == {"start": "2022-11-21", "end": "2022-11-21", "precision": "day", "text": "Monday"}
    assert record["quotes"] == [] and record["framing"] == []
    assert {t["entity"] for t in record["tone"]} == {e["id"] for e in record["entities"]}
    assert all(-1 <= t["score"] <= 1 and t["label"] in ("negative", "neutral", "positive") for t in record["tone"])


def test_extract_json_format_and_stdin() -> None:
    result = runner.invoke(app, ["extract", "-", "--format", "json", "--published", "2023-01-02", "--outlet", "Desk"], input=ENGLISH)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["article"]["outlet"] == "Desk" and record["article"]["published"] == "2023-01-02"
    assert record["article"]["text"] == ENGLISH


def test_extract_reports_failures_and_exits_1(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 50)
    result = runner.invoke(app, ["extract", str(bad), str(good)])
    assert result.exit_code == 1
    assert len([l for l in result.stdout.splitlines() if l.startswith("{")]) == 1
    assert "NE103" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["extract"]).exit_code == 2
    assert runner.invoke(app, ["extract", "x.txt", "--published", "yesterday"]).exit_code == 2
    assert runner.invoke(app, ["extract", "x.txt", "--input-format", "pdf"]).exit_code == 2
    assert runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")]).exit_code == 1


def test_ingest_exit_codes_and_summary(tmp_path: Path) -> None:
    db = str(tmp_path / "n.duckdb")
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH)
    result = runner.invoke(app, ["ingest", str(good), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 analysed" in result.stderr
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(bad), str(good), "--db", db])
    assert result.exit_code == 1
    assert "1 unchanged" in result.stderr and "NE102" in result.stderr


def seed_events(db: str) -> None:
    """Two articles with hand-made events, to exercise the query layer on its own."""
    with Store(db) as store:
        for number, (published, outlet, kind, status, actor, recipient) in enumerate(
            [
                ("2022-11-22", "Meridian Wire", "CONSULT", "actual", ("Aviv Kochavi", "ISR", "ISRMIL"), ("Mark Milley", "USA", "USAMIL")),
                ("2023-03-10", "Tehran Dispatch", "ACCUSE", "claimed", ("Nasser Kanaani", "IRN", "IRNGOV"), ("Mark Milley", "USA", "USAMIL")),
            ]
        ):
            text = f"{actor[0]} and {recipient[0]} spoke."
            article = make_article(text, id=f"a{number}", outlet=outlet, published=published)
            result = ArticleResult(article=article)
            a_end = len(actor[0])
            r_start = a_end + 5
            result.entities = [
                Entity(id="E1", name=actor[0], type="PERSON", country=actor[1], code=actor[2], mentions=[Mention(start=0, end=a_end, text=actor[0])]),
                Entity(id="E2", name=recipient[0], type="PERSON", country=recipient[1], code=recipient[2],
                       mentions=[Mention(start=r_start, end=r_start + len(recipient[0]), text=recipient[0])]),
            ]
            result.events = [
                Event(
                    id="V1", type=kind, status=status,
                    actor=[Ref(entity="E1", text=actor[0], start=0, end=a_end)],
                    recipient=[Ref(entity="E2", text=recipient[0], start=r_start, end=r_start + len(recipient[0]))],
                    date=EventDate(start=published, end=published, precision="publication", text=None),
                    trigger=Span(start=len(text) - 6, end=len(text) - 1, text="spoke"),
                    evidence=Span(start=0, end=len(text), text=text),
                )
            ]
            store.write_article(article, Provenance("seed", None, "jsonl", f"h{number}"), result, None)


def events_json(db: str, *args: str) -> list[dict]:
    result = runner.invoke(app, ["events", "--db", db, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_events_filters(tmp_path: Path) -> None:
    db = str(tmp_path / "e.duckdb")
    seed_events(db)
    assert len(events_json(db)) == 2
    assert [e["type"] for e in events_json(db, "--actor", "ISRMIL")] == ["CONSULT"]
    assert [e["type"] for e in events_json(db, "--actor", "kanaani")] == ["ACCUSE"]
    assert len(events_json(db, "--recipient", "USA")) == 2
    assert [e["type"] for e in events_json(db, "--country", "irn")] == ["ACCUSE"]
    assert [e["type"] for e in events_json(db, "--type", "consult")] == ["CONSULT"]
    assert [e["type"] for e in events_json(db, "--since", "2023-01-01")] == ["ACCUSE"]
    assert [e["type"] for e in events_json(db, "--until", "2022-12-31")] == ["CONSULT"]
    assert [e["type"] for e in events_json(db, "--outlet", "tehran dispatch")] == ["ACCUSE"]
    assert [e["type"] for e in events_json(db, "--status", "claimed")] == ["ACCUSE"]
    assert events_json(db, "--actor", "USAMIL") == []
    first = events_json(db, "--type", "CONSULT")[0]
    assert first["actor"] == "Aviv Kochavi [ISRMIL]" and first["recipient"] == "Mark Milley [USAMIL]"
    csv_out = runner.invoke(app, ["events", "--db", db, "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("article_id,event_id,date,type")
    table = runner.invoke(app, ["events", "--db", db])
    assert table.exit_code == 0 and "CONSULT" in table.stdout


def test_dyad(tmp_path: Path) -> None:
    db = str(tmp_path / "d.duckdb")
    seed_events(db)

    def dyad(*args: str) -> list[dict]:
        result = runner.invoke(app, ["dyad", *args, "--db", db, "--format", "json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    [row] = dyad("ISR", "USA")
    assert (row["period"], row["events"]) == ("2022-11-01", 1)
    assert [r["events"] for r in dyad("IRN", "USA", "--interval", "year")] == [1]
    assert dyad("USA", "ISR") == [] and dyad("ISR", "USA", "--type", "ACCUSE") == []
    bad = runner.invoke(app, ["dyad", "ISR", "USA", "--db", db, "--interval", "decade"])
    assert bad.exit_code == 2 and "interval" in bad.output


def test_stats(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    seed_events(db)
    result = runner.invoke(app, ["stats", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert stats["totals"]["events"] == 2 and stats["totals"]["articles"] == 2
    assert stats["totals"]["times"] == 0 and stats["totals"]["places"] == 0  # the seeded results have none
    assert stats["totals"]["quotes"] == 0 and stats["totals"]["framing"] == 0
    assert {r["type"]: r["events"] for r in stats["events_by_type"]} == {"ACCUSE": 1, "CONSULT": 1}
    assert {r["country"]: r["events"] for r in stats["events_by_country"]} == {"USA": 2, "ISR": 1, "IRN": 1}
    assert {r["outlet"]: r["events"] for r in stats["by_outlet"]} == {"Meridian Wire": 1, "Tehran Dispatch": 1}
    assert {r["month"] for r in stats["by_month"]} == {"2022-11", "2023-03"}


def test_demo_ingests_every_format_once(tmp_path: Path, corpus_dir: Path) -> None:
    db = str(tmp_path / "demo.duckdb")
    result = runner.invoke(app, ["demo", "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in open(corpus_dir / "jsonl" / "corpus.jsonl", encoding="utf-8")]
    originals = [r for r in records if not r.get("wire_copy_of")]
    with duckdb.connect(db, read_only=True) as con:
        analysed = con.execute("SELECT count(*) FROM articles WHERE analysed").fetchone()[0]
        formats = {r[0] for r in con.execute("SELECT DISTINCT input_format FROM articles").fetchall()}
        errors = con.execute("SELECT count(*) FROM errors").fetchone()[0]
        run = con.execute("SELECT records_read, duplicates, unchanged FROM runs").fetchone()
    # each article is analysed once, however many formats it arrives in
    assert analysed == len(originals)
    # HTML, RSS and WARC copies of a page share its URL, hence its id: the HTML one is stored
    # (as a copy of the JSONL record) and the feed and archive ones are already there
    assert formats == {"jsonl", "html", "txt"}
    n = len(records)
    assert run == (5 * n, n + n + (n - len(originals)), 2 * n)
    assert errors == 0
    assert "top entities" in result.stdout
