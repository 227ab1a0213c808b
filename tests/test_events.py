"""Events: types and codes, arguments (coordination, passives, nouns), status and reported speech."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.codebook import PLOVER_TYPES, codebook, lookup
from newsevents.model import Article, Event
from newsevents.pipeline import Pipeline


def analyse(pipeline: Pipeline, text: str, published: str | None = "2022-11-22"):
    article = Article(id="t", text=text, published=date.fromisoformat(published) if published else None)
    return pipeline.analyse(article)


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
    assert event.date is not None and event.date.precision == "publication" and event.date.start == "2022-11-22"


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
