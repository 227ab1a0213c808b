"""Events: types and codes, arguments (coordination, passives, nouns), status and reported speech."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from newsevents.codebook import PLOVER_TYPES, codebook, lookup
from newsevents.model import Article, Event
from newsevents.pipeline import Pipeline
from tests.conftest import analyse


def events_of(pipeline: Pipeline, text: str, type_: str | None = None) -> list[Event]:
    events = analyse(pipeline, text).events
    return [e for e in events if type_ is None or e.type == type_]


def one(pipeline: Pipeline, text: str, type_: str) -> Event:
    found = events_of(pipeline, text, type_)
    everything = [(e.type, e.trigger.text, [a.text for a in e.actor], [r.text for r in e.recipient]) for e in events_of(pipeline, text)]
    assert found, f"no {type_} event in {text!r}; got {everything}"
    return found[0]


def names(refs) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.text for r in refs}


def test_codebook_holds_every_cameo_code_with_plover_type_goldstein_and_quad_class() -> None:
    codes = codebook()
    assert len(codes) > 300
    assert {c.plover for c in codes.values() if c.plover} == set(PLOVER_TYPES)
    strike = lookup("195")
    assert (strike.plover, strike.quad_class, strike.goldstein) == ("ASSAULT", 4, -10.0)
    assert lookup("043").plover == "CONSULT" and lookup("043").mode == "visit"
    assert lookup("163").plover == "SANCTION"
    assert lookup("0211").plover == "REQUEST"  # appeals fold into requests
    assert lookup("010").plover is None  # plain statements are not events


def test_a_meeting_is_consult_with_actor_recipient_trigger_evidence_and_codes(pipeline: Pipeline) -> None:
    text = "Israel's military chief Aviv Kochavi met Gen. Mark Milley in Washington on Monday."
    event = one(pipeline, text, "CONSULT")
    assert "Aviv Kochavi" in names(event.actor) and "Mark Milley" in names(event.recipient)
    assert event.trigger.text == "met" and text[event.trigger.start:event.trigger.end] == "met"
    assert event.evidence.text == text
    assert event.cameo is not None and event.cameo.startswith("04") and event.quad_class == 1
    assert event.status == "actual"
    assert event.actor[0].entity is not None
    # 22 November 2022 was a Tuesday: "on Monday" is the day before publication
    assert event.date is not None and (event.date.start, event.date.end, event.date.precision) == ("2022-11-21", "2022-11-21", "day")
    assert event.date.text == "Monday"


def test_coordinated_actors_meet_each_other(pipeline: Pipeline) -> None:
    event = one(pipeline, "Kochavi and Milley met at the Pentagon on Monday.", "CONSULT")
    assert names(event.actor) | names(event.recipient) == {"Kochavi", "Milley"}


def test_passive_agent_is_the_actor(pipeline: Pipeline) -> None:
    event = one(pipeline, "The missile test was condemned by the European Union on Tuesday.", "ACCUSE")
    assert names(event.actor) == {"European Union"}
    assert "The missile test" in names(event.recipient)
    event = one(pipeline, "Five protesters were arrested by the police in Tehran.", "COERCE")
    assert names(event.actor) == {"police"} and "protesters" in " ".join(names(event.recipient))


def test_event_nouns_with_light_verbs_and_possessors(pipeline: Pipeline) -> None:
    event = one(pipeline, "The United States imposed new sanctions on Iran on Friday.", "SANCTION")
    assert names(event.actor) == {"United States"} and names(event.recipient) == {"Iran"}
    assert event.trigger.text in {"imposed", "sanctions"}
    event = one(pipeline, "The ministry condemned Israel's strikes on Gaza.", "ASSAULT")
    assert names(event.actor) == {"Israel"} and names(event.recipient) == {"Gaza"}


def test_reported_speech_names_the_reporter(pipeline: Pipeline) -> None:
    event = one(pipeline, "Butler said Kochavi and Milley discussed the threat from Iran.", "CONSULT")
    assert names(event.actor) | names(event.recipient) == {"Kochavi", "Milley"}
    assert names(event.reported_by) == {"Butler"}
    event = one(pipeline, "Russian forces shelled the port of Odesa overnight, Ukrainian officials said.", "ASSAULT")
    assert names(event.reported_by) == {"Ukrainian officials"}


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        ("Turkish troops did not attack the Kurdish town.", "ASSAULT", "negated"),
        ("Iran denied supplying drones to Russia.", "AID", "negated"),
        ("Russian forces allegedly shelled the town of Kherson.", "ASSAULT", "claimed"),
        ("Egypt plans to host talks between Israel and Hamas next week.", "CONSULT", "planned"),
        ("France and Germany will hold talks in Paris next week.", "CONSULT", "planned"),
        ("If Iran attacks Israel, the response will be swift.", "ASSAULT", "hypothetical"),
        ("Israel and the United States are considering holding a joint drill.", "COOPERATE", "considered"),
    ],
)
def test_status(pipeline: Pipeline, text: str, type_: str, status: str) -> None:
    assert one(pipeline, text, type_).status == status


def test_a_considered_drill_is_never_an_actual_attack(pipeline: Pipeline) -> None:
    text = "Israel and the United States are considering holding a joint drill to simulate an attack on Iran."
    events = events_of(pipeline, text)
    drill = one(pipeline, text, "COOPERATE")
    assert drill.status == "considered"
    assert names(drill.actor) | names(drill.recipient) >= {"Israel", "United States"}
    assert not [e for e in events if e.type == "ASSAULT" and e.status == "actual"]


def test_a_sentence_with_no_event_gives_no_event(pipeline: Pipeline) -> None:
    assert events_of(pipeline, "The weather in Tel Aviv was warm and sunny on Tuesday.") == []
    assert events_of(pipeline, "The ministry said the figures would be published in March.") == []


def test_event_ids_are_unique_and_ordered(pipeline: Pipeline) -> None:
    text = ("Iran's foreign minister met his Turkish counterpart in Ankara on Monday. "
            "The United States condemned the missile test and imposed sanctions on Iran.")
    events = events_of(pipeline, text)
    assert [e.id for e in events] == [f"V{i}" for i in range(1, len(events) + 1)]
    assert [e.trigger.start for e in events] == sorted(e.trigger.start for e in events)
    for event in events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        for ref in [*event.actor, *event.recipient]:
            assert text[ref.start:ref.end] == ref.text


# -- the demo corpus, against the team's own annotation (tests/fixtures/demo_events.tsv) -------

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FLOOR_TYPED = 0.40
FLOOR_STATUS = 0.88
_YIELD = {"CONCEDE", "RETREAT"}


def _same_type(gold: str, system: str) -> bool:
    return gold == system or {gold, system} <= _YIELD


def _spans(sentence_start: int, sentence: str, cell: str) -> list[tuple[int, int]]:
    spans = []
    for part in filter(None, (p.strip() for p in cell.split("|"))):
        at = sentence.find(part)
        if at >= 0:
            spans.append((sentence_start + at, sentence_start + at + len(part)))
    return spans


def _overlaps(refs, spans) -> bool:  # type: ignore[no-untyped-def]
    return not spans or any(r.start < e and s < r.end for r in refs for s, e in spans)


def demo_event_scores(pipeline: Pipeline, corpus_dir: Path) -> dict[str, float]:
    lines = (corpus_dir / "jsonl" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    records = {record["id"]: record for record in map(json.loads, lines)}
    with open(FIXTURES / "demo_events.tsv", encoding="utf-8", newline="") as handle:
        gold = list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    results = {}
    for article_id in sorted({row["article"] for row in gold}):
        record = records[article_id]
        article = Article(id=article_id, text=record["text"], published=date.fromisoformat(record["published"]))
        results[article_id] = (record["text"], pipeline.analyse(article).events)
    found = typed = status_right = 0
    for row in gold:
        text, events = results[row["article"]]
        start = text.find(row["sentence"])
        assert start >= 0, row
        end = start + len(row["sentence"])
        trigger = _spans(start, row["sentence"], row["trigger"])
        actors = _spans(start, row["sentence"], row["actor"])
        recipients = _spans(start, row["sentence"], row["recipient"])
        in_sentence = [e for e in events if start <= e.trigger.start < end]
        linked = [e for e in in_sentence if _overlaps([e.trigger], trigger) or
                  (_overlaps(e.actor, actors) and _overlaps([*e.actor, *e.recipient], recipients))]
        right = [e for e in linked if _same_type(row["type"], e.type)
                 and _overlaps([*e.actor, *e.recipient], actors) and _overlaps([*e.actor, *e.recipient], recipients)]
        found += bool(linked)
        typed += bool(right)
        status_right += any(e.status == row["status"] for e in right)
    system_events = sum(len(events) for _, events in results.values())
    return {"gold": len(gold), "found": found / len(gold), "typed": typed / len(gold),
            "status_of_typed": status_right / max(typed, 1), "system_events": system_events}


def test_demo_corpus_events_against_the_team_annotation(pipeline: Pipeline, corpus_dir: Path) -> None:
    scores = demo_event_scores(pipeline, corpus_dir)
    print(scores)
    # Floors at the measured figures (docs/benchmarks.md); a change that loses events fails here.
    assert scores["typed"] >= FLOOR_TYPED, scores
    assert scores["status_of_typed"] >= FLOOR_STATUS, scores
