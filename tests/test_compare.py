"""Outlet comparison: naming, framing, voices, tone and the events only one outlet reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.compare import Selection, compare_outlets, render_text
from newsevents.errors import UsageError
from newsevents.ingestion import ingest
from newsevents.store import Store

WIRE = {
    "id": "wire-1", "outlet": "Harbour Wire", "published": "2022-11-22",
    "title": "Israeli army chief meets US general in Washington",
    "text": ("Israel Defense Forces chief Aviv Kochavi met Gen. Mark Milley in Washington on Monday. "
             "“The meeting was productive,” Pentagon spokesman John Kirby said. "
             "The IDF said the two discussed a joint drill."),
}
PARTISAN = {
    "id": "partisan-1", "outlet": "Cedar Voice", "published": "2022-11-22",
    "title": "Occupation army chief in Washington",
    "text": ("The occupation army chief Aviv Kochavi met Gen. Mark Milley in Washington on Monday. "
             "Israeli occupation forces allegedly killed three men in Jenin on Sunday, the Palestinian health ministry said. "
             "Hamas condemned the meeting."),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("compare")
    source = folder / "two.jsonl"
    source.write_text("\n".join(json.dumps(record) for record in (WIRE, PARTISAN)) + "\n", encoding="utf-8")
    path = str(folder / "compare.duckdb")
    report = ingest([str(source)], path)
    assert report.errors == 0
    return path


@pytest.fixture(scope="module")
def comparison(db: str) -> dict:
    with Store(db, read_only=True) as store:
        return compare_outlets(store, Selection())


def test_both_outlets_and_their_articles(comparison: dict) -> None:
    assert set(comparison["outlets"]) == {"Harbour Wire", "Cedar Voice"}
    assert {a["id"] for a in comparison["articles"]} == {"wire-1", "partisan-1"}


def test_each_outlets_names_for_the_israeli_military_are_one_actor(comparison: dict) -> None:
    def forms(outlet: str) -> dict[str, int]:
        naming = comparison["outlets"][outlet]["naming"]
        [label] = [label for label in naming if label.endswith("[ISRMIL]") and "Kochavi" not in label]
        return naming[label]

    assert set(forms("Harbour Wire")) == {"Israel Defense Forces", "IDF"}
    assert "Israeli occupation forces" in forms("Cedar Voice")


def test_loaded_terms_and_hedges_belong_to_the_outlet_that_uses_them(comparison: dict) -> None:
    partisan = {(f["kind"], f["text"]) for f in comparison["outlets"]["Cedar Voice"]["framing"]}
    wire = comparison["outlets"]["Harbour Wire"]["framing"]
    assert ("hedge", "allegedly") in partisan
    assert any(kind == "loaded_term" and "occupation" in text for kind, text in partisan)
    assert wire == []


def test_voices_quoted(comparison: dict) -> None:
    voices = {v["speaker"] for v in comparison["outlets"]["Harbour Wire"]["quoted"]}
    assert any("John Kirby" in v for v in voices)


def test_events_only_one_outlet_reports(comparison: dict) -> None:
    only = {outlet: {e["type"] for e in data["only_here"]} for outlet, data in comparison["outlets"].items()}
    assert "ASSAULT" in only["Cedar Voice"] or "ACCUSE" in only["Cedar Voice"]
    # both report the meeting, so neither lists it as its own
    for data in comparison["outlets"].values():
        assert not any(e["type"] == "CONSULT" and any("Kochavi" in a for a in e["actors"]) for e in data["only_here"])


def test_selections(db: str) -> None:
    with Store(db, read_only=True) as store:
        by_outlet = compare_outlets(store, Selection(outlets=("Cedar Voice",)))
        by_actor = compare_outlets(store, Selection(actor="Hamas"))
        with pytest.raises(UsageError):
            compare_outlets(store, Selection(outlets=("Nobody Times",)))
    assert set(by_outlet["outlets"]) == {"Cedar Voice"}
    assert {a["id"] for a in by_actor["articles"]} == {"partisan-1"}
    assert all(label.startswith("Hamas") for label in by_actor["outlets"]["Cedar Voice"]["naming"])


def test_cli_text_and_json(db: str, comparison: dict) -> None:
    runner = CliRunner()
    text = runner.invoke(app, ["compare", "--db", db])
    assert text.exit_code == 0, text.output
    assert text.stdout.strip() == render_text(comparison).strip()
    assert "== Cedar Voice" in text.stdout and "allegedly" in text.stdout
    as_json = runner.invoke(app, ["compare", "--db", db, "--format", "json"])
    assert json.loads(as_json.stdout) == json.loads(json.dumps(comparison))
    missing = runner.invoke(app, ["compare", "--db", db, "--outlets", "Nobody Times"])
    assert missing.exit_code == 2


def test_cli_export_writes_a_format_and_refuses_an_unknown_one(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["export", "--db", db, "--format", "plover", "--output", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with Store(db, read_only=True) as store:
        [row] = store.query("SELECT count(*) AS n FROM events")
    assert len(records) == row["n"]
    bad = runner.invoke(app, ["export", "--db", db, "--format", "nope", "--output", str(tmp_path / "x")])
    assert bad.exit_code == 2
