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
    # where the PLOVER manual (draft 2.0, 3.4 and 3.7) is explicit and the 2021 table differs
    assert lookup("0871").plover == "CONCEDE" and lookup("0813").plover == "CONCEDE"
    assert lookup("0831").plover == "RETREAT"


def test_reaching_a_deal_is_signing_one_and_pledging_support_is_support(pipeline: Pipeline) -> None:
    deal = one(pipeline, "Chile and Peru reached an agreement on fishing rights on Monday.", "SUPPORT")
    assert deal.cameo == "057" and names(deal.actor) | names(deal.recipient) == {"Chile", "Peru"}
    pledge = one(pipeline, "Hungary pledged its full support for Serbia.", "SUPPORT")
    assert names(pledge.recipient) == {"Serbia"}


def test_what_a_protest_demands_is_not_an_event_of_its_own(pipeline: Pipeline) -> None:
    text = "Nurses staged a hunger strike to demand the resignation of President Keita."
    assert names(one(pipeline, text, "PROTEST").recipient) == {"Keita"}
    assert not events_of(pipeline, text, "REQUEST")
    # a demand made on its own stays one
    assert events_of(pipeline, "The nurses demanded the resignation of President Keita.", "REQUEST")


def test_future_conflict_is_a_threat_with_the_matching_code(pipeline: Pipeline) -> None:
    sanctions = one(pipeline, "Russia will impose new sanctions on Latvia next month.", "THREATEN")
    assert sanctions.cameo == "1312" and names(sanctions.recipient) == {"Latvia"}
    assert one(pipeline, "Turkey will attack Kurdish fighters in Syria within days.", "THREATEN").cameo == "1384"
    # an act announced as done is no threat
    assert events_of(pipeline, "Denmark announced a suspension of aid to Egypt.", "SANCTION")


def test_a_cancelled_visit_is_a_rejection(pipeline: Pipeline) -> None:
    # PLOVER manual draft 2.0, 3.13.2: cancelled meetings are REJECT, not reduced relations
    event = one(pipeline, "The Mexican president cancelled a planned visit to Washington.", "REJECT")
    assert event.cameo == "125" and names(event.recipient) == {"Washington"}


def test_future_cooperation_is_agree_with_the_intent_code(pipeline: Pipeline) -> None:
    event = one(pipeline, "Putin will meet Erdogan in Ankara on Friday.", "AGREE")
    assert event.cameo == "036" and event.status == "planned"
    assert names(event.actor) == {"Putin"} and names(event.recipient) == {"Erdogan"}
    assert not events_of(pipeline, "Putin will meet Erdogan in Ankara on Friday.", "CONSULT")
    assert one(pipeline, "Putin met Erdogan in Ankara on Friday.", "CONSULT").status == "actual"


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
        # future cooperation is AGREE (PLOVER manual 3.1), with the status saying it lies ahead
        ("Egypt plans to host talks between Israel and Hamas next week.", "AGREE", "planned"),
        ("France and Germany will hold talks in Paris next week.", "AGREE", "planned"),
        # conflict reported in the future is a threat (CAMEO manual, 130)
        ("Russia will impose new sanctions on Latvia next month.", "THREATEN", "planned"),
        ("The unions said they would march in Nairobi on Thursday.", "THREATEN", "planned"),
        ("The unions said they would march if the talks failed.", "PROTEST", "hypothetical"),
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


# -- recipients: the party an act is aimed at, not the thing it is about ----------------------

@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # the owner of the thing rejected
        ("The Senate rejected the governor's budget plan on Tuesday.", "REJECT", "governor"),
        # the party beside the thing
        ("Jordan suspended gas supplies to Lebanon last month.", "SANCTION", "Lebanon"),
        ("The rebels demanded an explanation from the interior minister.", "REQUEST", "the interior minister"),
        # an act aimed at nobody in particular is aimed at the place it happens in
        ("The rebel army declared a ceasefire in Tripoli.", "CONCEDE", "Tripoli"),
        # the one summoned
        ("Norway summoned the Russian ambassador on Friday.", "ACCUSE", "Russian ambassador"),
        # the one allowed, the one asked, the one found guilty
        ("Chile agreed to allow UN inspectors to visit the camps.", "AGREE", "UN inspectors"),
        ("The council demanded that Kagame resign.", "REQUEST", "Kagame"),
        ("Ghana demanded that Togo match Benin's offer of troops.", "REQUEST", "Togo"),
        ("A court in Oslo found Lars Berg guilty of fraud.", "ACCUSE", "Lars Berg"),
        # the partner of talks, not their topic
        ("Erdogan discussed Libya with Vladimir Putin on Monday.", "CONSULT", "Vladimir Putin"),
        ("On Friday, President Macron called Chancellor Olaf Scholz to discuss the tariffs.", "CONSULT", "Olaf Scholz"),
        # the one a condition is put to
        ("Washington will not lift the embargo until Havana frees the prisoners.", "REJECT", "Havana"),
        ("The militia threatened to resume attacks unless Kenya withdrew its troops.", "THREATEN", "Kenya"),
        # a protest is aimed at whom its purpose names
        ("Teachers staged a hunger strike to demand the resignation of President Keita.", "PROTEST", "Keita"),
    ],
)
def test_recipient_is_the_party_aimed_at(pipeline: Pipeline, text: str, type_: str, recipient: str) -> None:
    event = one(pipeline, text, type_)
    assert any(recipient in r.text or r.text in recipient for r in event.recipient), \
        (text, [r.text for r in event.recipient])


def test_a_phone_call_to_discuss_is_an_actual_consultation(pipeline: Pipeline) -> None:
    event = one(pipeline, "On Friday, President Macron called Chancellor Olaf Scholz to discuss the tariffs.", "CONSULT")
    assert event.status == "actual"


def test_the_forces_mobilised_are_the_actors_own(pipeline: Pipeline) -> None:
    event = one(pipeline, "Ankara mobilised the army for an offensive against the PKK.", "MOBILIZE")
    assert "army" not in " ".join(names(event.recipient))


def test_the_forces_withdrawn_are_the_actors_own(pipeline: Pipeline) -> None:
    event = one(pipeline, "Russia has begun withdrawing some of its troops from Syria.", "RETREAT")
    assert names(event.recipient) == {"Syria"}


def test_a_speaker_saying_what_another_must_do_demands_it(pipeline: Pipeline) -> None:
    event = one(pipeline, "Egypt says Ethiopia must stop filling the dam.", "REQUEST")
    assert names(event.actor) == {"Egypt"} and names(event.recipient) == {"Ethiopia"}
    assert event.cameo == "100" and event.trigger.text == "says"
    appeal = one(pipeline, "The envoy said both sides should return to talks.", "REQUEST")
    assert appeal.cameo == "020"
    # the speaker's own duty is no demand
    assert not events_of(pipeline, "The minister said Portugal must prepare for the storm.", "REQUEST") or \
        all(r.text != "minister" for e in events_of(pipeline, "The minister said Portugal must prepare for the storm.", "REQUEST")
            for r in e.recipient)


def test_intent_expressed_by_willingness_or_by_announcing_a_future_act(pipeline: Pipeline) -> None:
    willing = one(pipeline, "Norway is willing to provide aid to the refugees.", "AGREE")
    assert names(willing.actor) == {"Norway"} and willing.status == "actual"
    announced = one(pipeline, "The rebels said they will release Pablo Moncayo.", "AGREE")
    assert announced.cameo.startswith("03") and "Pablo Moncayo" in names(announced.recipient)
    backshifted = one(pipeline, "Sudan said it would allow UN inspectors into Darfur.", "AGREE")
    assert names(backshifted.actor) == {"Sudan"}
    # another's future act, reported, is no intent of the speaker
    assert not [e for e in events_of(pipeline, "Sudan said the UN would send inspectors to Darfur.", "AGREE")
                if "Sudan" in names(e.actor)]


def test_money_and_named_people_satisfy_the_lexicon_classes(pipeline: Pipeline) -> None:
    gift = one(pipeline, "Germany gave 40 million euros to Ethiopia.", "AID")
    assert gift.cameo == "071" and names(gift.recipient) == {"Ethiopia"}
    freed = one(pipeline, "The militia released Anna Kovacs on Sunday.", "RETREAT")
    assert freed.cameo == "0841"
    measured = one(pipeline, "Swiss doctors handed over 700 kg of medicine to the Red Crescent.", "AID")
    assert "Red Crescent" in " ".join(names(measured.recipient))


def test_collectives_and_possessive_owners_resolve_to_the_party(pipeline: Pipeline) -> None:
    protest = one(pipeline, "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", "PROTEST")
    assert "Kurds" in " ".join(names(protest.actor))
    demand = one(pipeline, "North Korea has repeated its demand for talks.", "REQUEST")
    assert names(demand.actor) == {"North Korea"}


def test_an_unnamed_arrester_is_the_state_where_it_happened(pipeline: Pipeline) -> None:
    event = one(pipeline, "The journalist Amadou Diallo was arrested in Mali on Monday.", "COERCE")
    assert names(event.actor) == {"Mali"}
    # an assault keeps no such actor: the place is where it happened, not who did it
    killed = events_of(pipeline, "A journalist was killed in Mali on Monday.", "ASSAULT")
    assert all("Mali" not in names(e.actor) for e in killed)


def test_an_object_pronoun_is_not_its_verbs_subject(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Maria Lopez was freed after President Ruiz pardoned her.")
    ruiz = next(e for e in result.entities if e.name.endswith("Ruiz"))
    assert all(m.text != "her" for m in ruiz.mentions)


def test_a_dated_preposition_is_no_particle(pipeline: Pipeline) -> None:
    assert not events_of(pipeline, "Obama called Merkel on Monday.", "REQUEST")


def test_joint_war_games_are_military_cooperation(pipeline: Pipeline) -> None:
    event = one(pipeline, "France and Egypt launched war games in the Mediterranean on Monday.", "COOPERATE")
    assert event.cameo == "062"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Guerrillas wounded two soldiers in a bomb attack on Thursday.", "ASSAULT"),
        ("NATO tightened the naval blockade of Serbia.", "COERCE"),
        ("Czechia and Albania upgraded their diplomatic ties on Wednesday.", "SUPPORT"),
        ("President Macron gave a warm welcome to the Kenyan leader on Thursday.", "CONSULT"),
    ],
)
def test_lexicon_rows_of_this_round(pipeline: Pipeline, text: str, type_: str) -> None:
    assert events_of(pipeline, text, type_), [(e.type, e.trigger.text) for e in events_of(pipeline, text)]


def test_refusing_through_the_verb_that_carries_the_act(pipeline: Pipeline) -> None:
    talks = one(pipeline, "The rebels will not begin talks with the government.", "REJECT")
    assert talks.cameo == "125" and names(talks.actor) == {"rebels"}
    trip = one(pipeline, "Reagan will not go to Moscow to meet Gorbachev.", "REJECT")
    assert names(trip.recipient) == {"Gorbachev"}


def test_opening_borders_to_refugees_is_asylum(pipeline: Pipeline) -> None:
    event = one(pipeline, "Turkey opened its borders to Syrian refugees in 2012.", "AID")
    assert event.cameo == "075"
    assert one(pipeline, "Israel opened the border crossing to trucks on Sunday.", "RETREAT").cameo == "0872"


def test_a_release_names_who_was_released(pipeline: Pipeline) -> None:
    event = one(pipeline, "A court in Ankara ordered the release of Peter Steudtner.", "RETREAT")
    assert "Peter Steudtner" in names(event.recipient)


def test_human_shields_are_an_assault_on_those_held(pipeline: Pipeline) -> None:
    event = one(pipeline, "The militia held hundreds of villagers as human shields in Marawi.", "ASSAULT")
    assert names(event.actor) == {"militia"} and "villagers" in " ".join(names(event.recipient))


def test_a_deployment_for_peacekeeping_is_aid(pipeline: Pipeline) -> None:
    event = one(pipeline, "Ghana sent 300 troops to Mali to serve as a peacekeeping force.", "AID")
    assert event.cameo == "074" and names(event.recipient) == {"Mali"}
    assert events_of(pipeline, "Russia sent 300 troops to the border.", "MOBILIZE")
    arrival = one(pipeline, "Kenyan peacekeepers arrived in Haiti on Tuesday.", "AID")
    assert arrival.cameo == "074" and names(arrival.recipient) == {"Haiti"}
    assert one(pipeline, "The Kenyan president arrived in Haiti on Tuesday.", "CONSULT").cameo == "042"


def test_aid_with_no_party_goes_to_the_place_its_purpose_names(pipeline: Pipeline) -> None:
    event = one(pipeline, "Norway gave 20 million euros to rebuild schools in Haiti.", "AID")
    assert names(event.recipient) == {"Haiti"}


def test_verbs_the_lemmatizer_cuts_short_still_trigger(pipeline: Pipeline) -> None:
    # the model lemmatises "staged" as "stag" and "waged" as "wag"
    event = one(pipeline, "Nurses staged a hunger strike in Nairobi.", "PROTEST")
    assert names(event.actor) == {"Nurses"}


def test_a_mediation_effort_is_mediation(pipeline: Pipeline) -> None:
    event = one(pipeline, "Qatar launched a mediation effort between Sudan and Chad.", "CONSULT")
    assert names(event.actor) == {"Qatar"}


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


def test_forces_sent_are_the_means_and_the_destination_the_recipient(pipeline: Pipeline) -> None:
    refusal = one(pipeline, "Portugal has refused to send peacekeepers or instructors to Chad.", "REJECT")
    assert names(refusal.recipient) == {"Chad"}


def test_victims_named_by_number_alone_take_the_place_they_were_in(pipeline: Pipeline) -> None:
    event = one(pipeline, "Gunmen killed 12 people in two raids in Nigeria on Sunday.", "ASSAULT")
    assert {"people", "Nigeria"} <= {r.text.split()[-1] for r in event.recipient}
    named = one(pipeline, "Gunmen killed 12 Kenyan soldiers in a raid in Somalia.", "ASSAULT")
    assert "Somalia" not in names(named.recipient)


def test_an_act_dated_by_its_day_keeps_the_clause_actor(pipeline: Pipeline) -> None:
    event = one(pipeline, "Government shelling hit the town of Idlib for a third day, killing 9 civilians.", "ASSAULT")
    assert not any("day" in a.text for a in event.actor)


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("The rebels said they would release the 12 UN peacekeepers they seized.", "AGREE", None),
        ("Tehran released at least 14 Christians on Sunday.", "RETREAT", "0841"),
        ("The junta released dozens of political activists.", "RETREAT", "0841"),
        ("The two militias violated the ceasefire agreement in Darfur on Friday.", "ASSAULT", "196"),
        ("Canada returned 30 stolen paintings to the museum in Warsaw.", "RETREAT", "0842"),
        ("Seoul reduced tariffs on Chilean wine last year.", "RETREAT", "085"),
        ("The court granted the ministry permission to hold the vote.", "CONCEDE", "080"),
        ("Police in Lyon issued an arrest warrant for the former mayor.", "COERCE", "173"),
        ("Jordan and Egypt began a new round of joint naval exercises on Monday.", "COOPERATE", "062"),
        ("The chancellor had lunch with the Italian prime minister in Rome.", "CONSULT", "040"),
    ],
)
def test_lexicon_rows_of_the_recipient_round(pipeline: Pipeline, text: str, type_: str, cameo: str | None) -> None:
    event = one(pipeline, text, type_)
    assert cameo is None or event.cameo == cameo, (text, event.cameo)


def test_an_authority_ordering_a_coercion_coerces(pipeline: Pipeline) -> None:
    event = one(pipeline, "The junta ordered the weekly newspaper Tribuna to suspend publication.", "COERCE")
    assert event.cameo == "1721" and names(event.actor) == {"junta"}
    assert events_of(pipeline, "The protesters demanded that the mayor be arrested.", "REQUEST")


def test_those_who_attend_a_meeting_take_part_in_it(pipeline: Pipeline) -> None:
    event = one(pipeline, "Foreign Minister Ana Ruiz attended an OPEC meeting in Vienna on Monday.", "CONSULT")
    assert "Ana Ruiz" in names(event.actor)
    dated = one(pipeline, "Ana Ruiz will attend Saturday's meeting of the Arab League.", "AGREE")
    assert not any("Saturday" in a.text for a in dated.actor)


def test_the_one_who_reiterates_a_states_support_gives_it(pipeline: Pipeline) -> None:
    event = one(pipeline, "President Ruto reiterated Kenya's support for the transitional government.", "SUPPORT")
    assert "Ruto" in " ".join(names(event.actor))


def test_a_relative_pronoun_acts_as_its_antecedent(pipeline: Pipeline) -> None:
    event = one(pipeline, "Two senators introduced a bill that would sanction Turkish officials.", "SANCTION")
    assert "senators" in " ".join(names(event.actor))


def test_a_purpose_noun_is_nobody(pipeline: Pipeline) -> None:
    event = one(pipeline, "Germany sent agents into Mali in a bid to investigate the smuggling ring.", "ACCUSE")
    assert names(event.actor) == {"Germany"}


def test_an_agentless_state_act_belongs_to_the_state_named(pipeline: Pipeline) -> None:
    event = one(pipeline, "Two inspectors were expelled from North Korea on Monday.", "SANCTION")
    assert names(event.actor) == {"North Korea"}


def test_the_one_called_is_the_one_told(pipeline: Pipeline) -> None:
    event = one(pipeline, "Chancellor Weber called Prime Minister Jan Novak on Friday to apologize for the remarks.", "SUPPORT")
    assert "Novak" in " ".join(names(event.recipient))


def test_a_mediation_is_between_the_parties_its_purpose_names(pipeline: Pipeline) -> None:
    event = one(pipeline, "Oman launched a mediation effort to end the dispute between Sudan and Chad.", "CONSULT")
    assert {"Sudan", "Chad"} <= names(event.recipient)


def test_a_meeting_with_no_counterpart_is_with_its_host(pipeline: Pipeline) -> None:
    event = one(pipeline, "The Kenyan president attended a climate summit in Egypt on Monday.", "CONSULT")
    assert names(event.recipient) == {"Egypt"}


def test_troops_for_a_mission_go_to_the_country_it_serves(pipeline: Pipeline) -> None:
    event = one(pipeline, "Uruguay is sending troops to the UN peacekeeping force in Lebanon.", "AID")
    assert names(event.recipient) == {"Lebanon"}


def test_forces_on_alert_are_aimed_at_the_named_area(pipeline: Pipeline) -> None:
    event = one(pipeline, "Thai troops remained on alert along the Cambodian border on Sunday.", "MOBILIZE")
    assert any("border" in r.text for r in event.recipient)


def test_the_country_of_a_dateline_is_not_an_actor(pipeline: Pipeline) -> None:
    from newsevents.analysis.event_syntax import is_dateline

    doc = pipeline.nlp("KABUL, Afghanistan -- A NATO airstrike has killed a farmer in Afghanistan, officials said.")
    afghanistan = [t for t in doc if t.text == "Afghanistan"]
    assert is_dateline(afghanistan[0]) and not is_dateline(afghanistan[1])


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        ("The WHO reiterated its demand today that Israel lift the closure of the crossing.", "REQUEST", "Israel"),
        ("Britain is pushing hard for the United States to back the relief plan.", "REQUEST", "United States"),
        ("Chile is sharing expertise with the Peruvian police.", "COOPERATE", "Peruvian police"),
        ("Jordan complained to the United Nations over Syrian shelling of its villages.", "ACCUSE", "Syrian"),
        ("The Kenyan president received a team of observers from the African Union.", "RETREAT", "African Union"),
        ("Italy agreed to a truce with Somali forces in the south.", "CONCEDE", "Somali forces"),
    ],
)
def test_recipients_of_the_second_round(pipeline: Pipeline, text: str, type_: str, recipient: str) -> None:
    event = one(pipeline, text, type_)
    assert any(recipient in r.text or r.text in recipient for r in event.recipient), (text, [r.text for r in event.recipient])


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("The governor shortened the nightly curfew by two hours.", "CONCEDE", "0813"),
        ("The court cancelled restrictions on the use of Hungarian in schools.", "CONCEDE", "081"),
        ("Serbia eased emergency measures in the province on Wednesday.", "CONCEDE", "0814"),
        ("Ghana paid compensation to 40 Togolese traders.", "CONCEDE", "080"),
        ("The US is providing aerial photographs and other intelligence to Kenya.", "COOPERATE", "064"),
    ],
)
def test_lexicon_rows_of_the_second_round(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert one(pipeline, text, type_).cameo == cameo


def test_criticism_received_is_given_by_whom_it_comes_from(pipeline: Pipeline) -> None:
    event = one(pipeline, "Caracas faces growing criticism from the European Union over the arrests.", "ACCUSE")
    assert names(event.actor) == {"European Union"} and names(event.recipient) == {"Caracas"}


def test_whoever_is_guilty_of_an_act_did_it(pipeline: Pipeline) -> None:
    event = one(pipeline, "Both armies were guilty of violating the ceasefire agreement in Kashmir.", "ASSAULT")
    assert "armies" in " ".join(names(event.actor))


def test_an_object_the_parser_made_a_clause_subject_still_counts(pipeline: Pipeline) -> None:
    event = one(pipeline, "Peruvian authorities declared a state of siege in Peru to begin at midnight Friday.", "COERCE")
    assert event.cameo == "1724"


def test_taking_part_in_peacekeeping_is_aid(pipeline: Pipeline) -> None:
    event = one(pipeline, "Nepali troops participate in peacekeeping operations in Lebanon.", "AID")
    assert event.cameo == "074" and names(event.recipient) == {"Lebanon"}


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        ("Customs officers returned a bronze statue engraved with the seal of the old kingdom to Cambodian officials.",
         "RETREAT", "Cambodian officials"),
        ("Japan lifted restrictions imposed on Vietnamese fishermen.", "CONCEDE", "Vietnamese"),
        ("The union will not end the strike until its demands are met by the mining company.", "REJECT", "mining company"),
        ("The rebels threatened to halt peace talks with President Kabila.", "THREATEN", "Kabila"),
        ("The foreign ministry welcomed Norway to mediate between the two sides.", "SUPPORT", "Norway"),
        ("The army ceased its operations in several areas near the capital Bamako.", "RETREAT", "areas"),
    ],
)
def test_recipients_of_the_third_round(pipeline: Pipeline, text: str, type_: str, recipient: str) -> None:
    event = one(pipeline, text, type_)
    assert any(recipient in r.text or r.text in recipient for r in event.recipient), (text, [r.text for r in event.recipient])


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("The senator launched a scathing attack on the governor, calling him a liar.", "ACCUSE", "111"),
        ("The party has led the attacks on the new budget law.", "ACCUSE", "111"),
        ("Ghana withdrew its peacekeepers from Lebanon in March.", "SANCTION", "1661"),
        ("Canada issued a travel warning for Haiti on Monday.", "SANCTION", "160"),
        ("Kenya announced the deployment of 300 troops to Haiti on a peacekeeping mission.", "AID", "074"),
        ("Norway is willing to provide support to the refugees.", "AGREE", None),
    ],
)
def test_codes_the_arguments_settle(pipeline: Pipeline, text: str, type_: str, cameo: str | None) -> None:
    event = one(pipeline, text, type_)
    assert cameo is None or event.cameo == cameo, (text, event.cameo)


def test_an_armed_attack_stays_an_assault(pipeline: Pipeline) -> None:
    assert one(pipeline, "Militants launched an attack on an army base in Borno.", "ASSAULT").cameo == "190"


def test_an_attempt_in_the_past_took_place(pipeline: Pipeline) -> None:
    event = one(pipeline, "The gunmen attempted to assassinate the governor of Kano.", "ASSAULT")
    assert event.status == "actual"
    assert one(pipeline, "The gunmen will attempt to assassinate the governor.", "THREATEN").status == "planned"


def test_weapons_fired_at_a_target_are_an_attack(pipeline: Pipeline) -> None:
    event = one(pipeline, "Syrian tanks fired shells at targets in Daraa on Monday.", "ASSAULT")
    assert event.cameo != "150" and event.recipient
    assert one(pipeline, "North Korea fired two ballistic missiles on Monday.", "MOBILIZE").cameo == "150"


def test_a_pronoun_under_a_clause_with_its_own_subject_is_not_the_reporter(pipeline: Pipeline) -> None:
    text = "Two gunmen killed five guards when they stormed the prison, police said."
    assert all(a.text != "police" for e in events_of(pipeline, text) for a in e.actor)


def test_a_participle_after_its_noun_says_what_was_done_to_it(pipeline: Pipeline) -> None:
    held = one(pipeline, "The army freed 30 hostages held by the rebels.", "ASSAULT")
    assert names(held.actor) == {"rebels"} and names(held.recipient) == {"hostages"}
    seized = "The rebels announced they will return the weapons seized last year from the peacekeepers."
    assert not events_of(pipeline, seized, "THREATEN")


def test_the_reporter_is_not_the_dateline(pipeline: Pipeline) -> None:
    text = "NAIROBI -- Kenyan President William Ruto said on Monday that he has rejected a request from Uganda."
    event = one(pipeline, text, "REJECT")
    assert "William Ruto" in names(event.actor)


def test_a_statement_speaks_for_the_nearest_subject_above_it(pipeline: Pipeline) -> None:
    text = "Guterres reiterated the UN's commitment to supporting Haiti in a statement that also praised the new cabinet."
    assert "Guterres" in names(one(pipeline, text, "SUPPORT").actor)


def test_let_free_and_committed_to_keep_their_subject(pipeline: Pipeline) -> None:
    assert names(one(pipeline, "Eritrea let free some 40 political prisoners on Monday.", "RETREAT").actor) == {"Eritrea"}
    assert names(one(pipeline, "Kenya is committed to supporting the talks.", "AGREE").actor) == {"Kenya"}


def test_fourth_round_arguments(pipeline: Pipeline) -> None:
    resign = one(pipeline, "The mayor of Lagos has been indicted by a federal court and will resign.", "RETREAT")
    assert "mayor" in " ".join(names(resign.actor))
    shorter = one(pipeline, "President Kiir shortened by one hour the nightly curfew imposed in Juba.", "CONCEDE")
    assert not any("hour" in a.text for a in shorter.actor)
    withdrawal = one(pipeline, "The United States speeded up the withdrawal of some forces from Honduras on Monday.", "RETREAT")
    assert names(withdrawal.recipient) == {"Honduras"}
    allowed = one(pipeline, "Iran said it would allow the return of UN inspectors without conditions.", "AGREE")
    assert "UN" in " ".join(names(allowed.recipient))


def test_fifth_round_recipients(pipeline: Pipeline) -> None:
    refusal = one(pipeline, "Chile has refused to deploy peacekeepers in Haiti.", "REJECT")
    assert names(refusal.recipient) == {"Haiti"}
    threat = one(pipeline, "President Saied threatened to institute a curfew in Tunis.", "THREATEN")
    assert "Tunis" in names(threat.recipient)
    demand = one(pipeline, "EU ministers demanded the withdrawal of Russian forces from Moldova.", "REQUEST")
    assert "Russian forces" in names(demand.recipient) or "Russian" in names(demand.recipient)
    reneged = one(pipeline, "President Banda has reneged on his commitment to the Malawian people.", "REJECT")
    assert "Malawian people" in " ".join(names(reneged.recipient)) or "Malawian" in names(reneged.recipient)
    # "is opposed to" keeps its subject (a mediation opposed is a mediation rejected, 126, tested below)
    opposed = one(pipeline, "Israel is opposed to the French proposal for the talks.", "ACCUSE")
    assert names(opposed.actor) == {"Israel"}


def test_occupying_territory_is_an_assault_and_cyber_attacks_coerce(pipeline: Pipeline) -> None:
    # PLOVER manual 2.0: no occupation among COERCE's modes; 'cyber' is a COERCE mode
    capture = one(pipeline, "Government troops captured three towns west of Tripoli on Monday.", "ASSAULT")
    assert capture.cameo == "192" and "territory" in capture.context
    assert one(pipeline, "Russia launched cyber attacks on Estonian government websites.", "COERCE").cameo == "170"
    assert one(pipeline, "Hackers tried to hack into the computers of the Kenyan army.", "COERCE").status == "actual"


def test_places_named_after_their_kind(pipeline: Pipeline) -> None:
    curfew = one(pipeline, "Turkish authorities imposed a curfew in the town of Silopi on Sunday.", "COERCE")
    assert "Silopi" in names(curfew.recipient)
    bombs = one(pipeline, "Rebels exploded a series of bombs in the capital Kabul.", "ASSAULT")
    assert names(bombs.recipient) == {"Kabul"}


def test_sixth_round_recipients(pipeline: Pipeline) -> None:
    probe = one(pipeline, "Dutch police opened fraud investigations against hundreds of banks.", "ACCUSE")
    assert "banks" in names(probe.recipient)
    claims = one(pipeline, "British police launched an investigation into claims that two soldiers abused detainees.", "ACCUSE")
    assert "soldiers" in names(claims.recipient)
    joint = one(pipeline, "Bahrain, Kuwait and Oman have agreed to lift a ban on imports of Egyptian farm products.", "AGREE")
    assert {"Bahrain", "Kuwait", "Oman"} <= names(joint.actor) and "Egyptian" in names(joint.recipient)


def test_seventh_round_arguments(pipeline: Pipeline) -> None:
    truce = one(pipeline, "The rebel movement declared a unilateral truce effective from midnight in Chad.", "CONCEDE")
    assert names(truce.recipient) == {"Chad"}
    surrender = one(pipeline, "Around 200 fighters have surrendered from their last stronghold in Mali.", "RETREAT")
    assert names(surrender.recipient) == {"Mali"}
    clinics = one(pipeline, "Norway agreed to build two field clinics in Malawi.", "AGREE")
    assert "Malawi" in names(clinics.recipient)
    killing = one(pipeline, "The journalist was beaten and killed by the militia in Harare.", "ASSAULT")
    assert names(killing.actor) == {"militia"} and "journalist" in " ".join(names(killing.recipient))
    probe = one(pipeline, "A Chilean banker has been put under investigation in Peru for fraud.", "ACCUSE")
    assert names(probe.actor) == {"Peru"}
    patrols = one(pipeline, "Kenyan and Ugandan police agreed to hold joint patrols along the border.", "AGREE")
    assert "Ugandan police" in names(patrols.recipient) and "Kenyan" in " ".join(names(patrols.actor))
    allowed = one(pipeline, "The junta allowed opposition leader Amina Diallo to hold a rally in the capital.", "CONCEDE")
    assert names(allowed.actor) == {"junta"} and names(allowed.recipient) == {"Amina Diallo"}
    experts = one(pipeline, "Japan sent a team of experts to Peru to investigate the causes of the blaze.", "ACCUSE")
    assert names(experts.recipient) == {"Peru"}
    truce_broken = one(pipeline, "The Karen rebels and the Burmese army violated the truce on Monday.", "ASSAULT")
    assert names(truce_broken.recipient) and names(truce_broken.recipient) != names(truce_broken.actor)
    borders = one(pipeline, "Nicaragua closed its borders with Honduras on Sunday.", "COERCE")
    assert names(borders.recipient) == {"Honduras"}


def test_eighth_round_words_and_roles(pipeline: Pipeline) -> None:
    spurned = one(pipeline, "The rebels spurned an offer of talks from the Sudanese government.", "REJECT")
    assert names(spurned.actor) == {"rebels"}
    search = one(pipeline, "French police searched the former minister's apartment on Friday.", "ACCUSE")
    assert "police" in " ".join(names(search.actor)) and "minister" in " ".join(names(search.recipient))
    demands = one(pipeline, "The governor conceded to the demands of the striking taxi drivers.", "CONCEDE")
    assert "taxi drivers" in " ".join(names(demands.recipient))
    settled = one(pipeline, "Dock workers called off their strike after talks with the transport ministry.", "CONCEDE")
    assert "transport ministry" in " ".join(names(settled.recipient))
    reached = one(pipeline, "Nurses ended their walkout hours after reaching a deal with the health ministry.", "CONCEDE")
    assert "health ministry" in " ".join(names(reached.recipient))
    assert not events_of(pipeline, "The missile test demonstrated the reach of the army.", "PROTEST")
    assert events_of(pipeline, "Thousands demonstrated outside the parliament against the new law.", "PROTEST")


def test_the_actor_after_a_dateline(pipeline: Pipeline) -> None:
    charged = one(pipeline, "NAIROBI, Kenya -- A Kenyan prosecutor has charged a former finance minister with fraud.", "ACCUSE")
    assert names(charged.actor) == {"Kenyan prosecutor"}
    condemned = one(pipeline, "Ankara, June 4, ANKA - Spokesman of the ruling party condemned the bombing of the convoy.", "ACCUSE")
    assert names(condemned.actor) and not {"Ankara", "ANKA"} & names(condemned.actor)
    assert not any(" - " in a.text for a in condemned.actor)
    listed = one(pipeline, "Iran, Iraq and Syria condemned the attack on the embassy.", "ACCUSE")
    assert names(listed.actor) == {"Iran", "Iraq", "Syria"}


def test_what_another_party_must_do(pipeline: Pipeline) -> None:
    concluded = one(pipeline, "The summit concluded on Friday that Ethiopia must reopen the border crossings.", "REQUEST")
    assert names(concluded.recipient) == {"Ethiopia"}
    reminded = one(pipeline, "The German chancellor issued a sharp reminder to Belarus that it must free the detained journalists.", "REQUEST")
    assert names(reminded.recipient) == {"Belarus"}
    participle = one(pipeline, "The aid agency working in Yemen said Saudi forces must lift the blockade.", "REQUEST")
    assert "aid agency" in " ".join(names(participle.actor))
    swore = one(pipeline, "The militia swore to retaliate against the army.", "THREATEN")
    assert names(swore.recipient) == {"army"}
    assert one(pipeline, "The president swore to hold talks with the opposition.", "AGREE").cameo == "036"


def test_an_actors_own_forces_are_not_its_recipient(pipeline: Pipeline) -> None:
    rejected = one(pipeline, "The African Union rejected a call for its troops to be deployed in Burundi.", "REJECT")
    assert names(rejected.recipient) == {"Burundi"}
    expanded = one(pipeline, "The European Union agreed to an expansion of its naval mission in Libya.", "AGREE")
    assert names(expanded.recipient) == {"Libya"}


def test_a_count_read_as_a_particle_is_still_the_object() -> None:
    # the parse the small English model gives "Rebels kidnapped up to 16 advisers": "up" as a
    # particle of the verb and the count under "to"
    import spacy
    from spacy.tokens import Doc

    from newsevents.analysis.event_arguments import _verb_arguments
    from newsevents.analysis.event_lexicon import trigger_rules

    words = ["Rebels", "kidnapped", "up", "to", "16", "advisers", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 5, 3, 1],
              deps=["nsubj", "ROOT", "prt", "prep", "nummod", "pobj", "punct"],
              pos=["NOUN", "VERB", "ADP", "ADP", "NUM", "NOUN", "PUNCT"],
              lemmas=["rebel", "kidnap", "up", "to", "16", "adviser", "."])
    rule = next(r for r in trigger_rules()[("kidnap", "VERB")] if not r.objects)
    actors, recipients = _verb_arguments(doc[1], rule, None)
    assert [t.text for t in actors] == ["Rebels"] and [t.text for t in recipients] == ["advisers"]


def test_two_possessors_of_one_group_are_two_parties(pipeline: Pipeline) -> None:
    met = one(pipeline, "Greece and Turkey's defence ministers met in Brussels on Friday.", "CONSULT")
    pooled = names(met.actor) | names(met.recipient)
    assert "Greece" in pooled and any("Turkey" in n for n in pooled)
    # the small model tags the acronym as an adjective and the parser makes it an adverb of the verb
    aid = one(pipeline, "In cooperation with local partners, USAID provided emergency shelter kits to 20,000 families in Haiti.", "AID")
    assert names(aid.actor) == {"USAID"}


def test_ninth_round(pipeline: Pipeline) -> None:
    stopped = one(pipeline, "Riot police prevented a march organised by the student union in Dhaka.", "COERCE")
    assert "student union" in " ".join(names(stopped.recipient))
    counted = one(pipeline, "Soldiers fired tear gas at student protesters on Friday, wounding two people and detaining 30.", "COERCE")
    assert "student protesters" in " ".join(names(counted.recipient))
    of_group = one(pipeline, "The authorities freed 11 of the jailed activists on Wednesday.", "RETREAT")
    assert "activists" in " ".join(names(of_group.recipient))
    engaged = one(pipeline, "Government troops were engaged in ethnic cleansing against the Rohingya minority.", "ASSAULT")
    assert names(engaged.actor) == {"Government troops"} or "troops" in " ".join(names(engaged.actor))
    involved = one(pipeline, "The militia was involved in attacks on aid convoys.", "ASSAULT")
    assert names(involved.actor) == {"militia"}
    rally = one(pipeline, "Hundreds of Kenyans gathered on Sunday for a rally in Nairobi to protest the killings of farmers by cattle raiders.", "PROTEST")
    assert "Kenyans" in names(rally.actor)
    protests = events_of(pipeline, "Farmers marched in Lagos to protest the seizures of land by religious fundamentalists in the north.", "PROTEST")
    misplaced = next(e for e in protests if e.trigger.text == "protest")
    assert "fundamentalists" in " ".join(names(misplaced.recipient))
    protest_of = one(pipeline, "Miners began a hunger strike in protest of the Zambian government's decision to close the mine.", "PROTEST")
    assert "Zambian government" in " ".join(names(protest_of.recipient))
    shut = one(pipeline, "Opposition parties called a general strike that shut down Dhaka on Monday.", "PROTEST")
    assert names(shut.recipient) == {"Dhaka"}
    shared = one(pipeline, "The Swiss authorities gave bank account information to the Nigerian government.", "COOPERATE")
    assert "Nigerian government" in " ".join(names(shared.recipient))


def test_a_refusal_is_aimed_at_whoever_presses_for_the_act(pipeline: Pipeline) -> None:
    refused = one(pipeline, "The governor refused to step down despite calls from the opposition.", "REJECT")
    assert names(refused.recipient) == {"opposition"}
    declined = one(pipeline, "The minister declined to resign despite mounting pressure by the anti-corruption commission.", "REJECT")
    assert "commission" in " ".join(names(declined.recipient))
    opposed = one(pipeline, "Armenia is opposed to Turkish mediation in the talks with Azerbaijan.", "REJECT")
    assert opposed.cameo == "126" and names(opposed.actor) == {"Armenia"}
