"""The framing component: loaded terms, scare quotes, hedges and evaluative words, with voice, the
entity each is about and a neutral wording. Entities and quotes are built by hand where the test is
about framing, so the other components' accuracy does not decide it."""

from __future__ import annotations

from collections import Counter

import pytest

from newsevents.analysis.framing import (
    FramingMarker,
    find_framing,
    load_lexicon,
    quoted_spans,
)
from newsevents.model import Article, Entity, Framing, Mention, Quote, Span, Speaker
from newsevents.pipeline import COMPONENTS, AnalysisState, Pipeline


@pytest.fixture(scope="module")
def nlp(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    return pipeline.nlp


def entity(eid: str, text: str, surface: str, type_: str = "ORG", nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Entity(id=eid, name=surface, type=type_, mentions=[Mention(start=start, end=start + len(surface), text=surface)])


def quote(text: str, content: str, kind: str = "direct", speaker: str | None = None) -> Quote:
    start = text.index(content)
    who = None
    if speaker is not None:
        at = text.index(speaker)
        who = Speaker(entity=None, start=at, end=at + len(speaker), text=speaker)
    return Quote(id="Q1", kind=kind, content=Span(start=start, end=start + len(content), text=content),  # type: ignore[arg-type]
                 speaker=who)


def framing(nlp, text: str, entities: list[Entity] | None = None, quotes: list[Quote] | None = None) -> list[Framing]:  # type: ignore[no-untyped-def]
    found = find_framing(nlp(text), entities or [], quotes or [])
    for record in found:
        assert record.text == text[record.start:record.end]
    return found


def only(found: list[Framing], kind: str | None = None) -> Framing:
    chosen = [f for f in found if kind is None or f.kind == kind]
    assert len(chosen) == 1, found
    return chosen[0]


# --- the lexicon ---------------------------------------------------------------------------

def test_lexicon_is_well_formed() -> None:
    terms = load_lexicon()
    categories = Counter(term.category for term in terms)
    assert 150 <= len(terms) - categories["exempt"] <= 300
    for category in ("occupation", "terror", "regime", "dehumanising", "euphemism", "delegitimising", "partisan",
                     "hedge", "evaluative", "exempt"):
        assert categories[category] >= 5, category
    variants = Counter(v.lower() for term in terms for v in term.variants)
    assert [v for v, n in variants.items() if n > 1] == []
    by_variant = {v: term for term in terms for v in term.variants}
    assert by_variant["IOF"].neutral == "Israel Defense Forces"
    assert by_variant["collateral damage"].neutral == "civilian casualties"
    assert by_variant["allegedly"].kind == "hedge" and by_variant["malign"].kind == "evaluative"
    # Words ordinary reporting uses neutrally are not in it.
    assert not {"forces", "government", "settlers", "resistance", "militants"} & set(variants)


# --- loaded terms --------------------------------------------------------------------------

def test_iof_is_a_loaded_name_for_the_idf(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The IOF raided Jenin on Monday, the Palestinian health ministry said."
    found = framing(nlp, text, [entity("E1", text, "IOF")])
    marker = only(found)
    assert (marker.kind, marker.text, marker.neutral, marker.about, marker.voice) == (
        "loaded_term", "IOF", "Israel Defense Forces", "E1", "outlet")
    assert marker.id == "F1"


def test_iof_with_the_real_entity_and_actor_components(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The IOF raided Jenin on Monday, killing two."
    result = Pipeline(["entities", "actors"]).analyse(Article(id="t", text=text))
    marker = only(find_framing(nlp(text), result.entities, []))
    idf = next(e for e in result.entities if e.id == marker.about)
    assert idf.code == "ISRMIL" and marker.neutral == "Israel Defense Forces"


def test_zionist_entity_and_martyred(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Zionist entity bombed the camp, and three Islamic Jihad fighters were martyred."
    entities = [entity("E1", text, "Zionist entity"), entity("E2", text, "Islamic Jihad")]
    zionist, martyred = framing(nlp, text, entities)
    assert (zionist.text, zionist.neutral, zionist.about) == ("Zionist entity", "Israel", "E1")
    # "martyred" qualifies the ones killed: its passive subject, named through "Islamic Jihad fighters".
    assert (martyred.text, martyred.neutral, martyred.about) == ("martyred", "killed", "E2")


@pytest.mark.parametrize("text", [
    "The Syrian regime shelled Idlib overnight.",
    "Washington has no contact with the regime in Tehran.",
    "The Assad regime denied using chemical weapons.",
])
def test_regime_for_a_government(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    marker = only(framing(nlp, text))
    assert (marker.kind, marker.text, marker.neutral) == ("loaded_term", "regime", "government")


@pytest.mark.parametrize("text", [
    "The EU extended its sanctions regime against Russia for six months.",
    "Travellers face a strict visa regime at the border.",
    "A new tax regime for oil companies starts in May.",
    "Washington has long sought regime change in Caracas.",
    "The Nazi regime collapsed in 1945.",
])
def test_regime_for_a_set_of_rules_or_in_a_set_phrase(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert framing(nlp, text) == []


def test_a_longer_term_wins_over_regime(nlp) -> None:  # type: ignore[no-untyped-def]
    marker = only(framing(nlp, "Iran vowed to punish the Zionist regime."))
    assert (marker.text, marker.neutral) == ("Zionist regime", "Israeli government")


def test_terms_inside_neutral_names_do_not_fire(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Hamas, formally the Islamic Resistance Movement, and the Al-Aqsa Martyrs' Brigades held a rally "
            "in Martyrs' Square.")
    assert framing(nlp, text) == []
    marker = only(framing(nlp, "Hezbollah praised the resistance fighters in Gaza."))
    assert (marker.text, marker.neutral) == ("resistance fighters", "militants")


def test_terror_labels_but_not_designations(nlp) -> None:  # type: ignore[no-untyped-def]
    assert framing(nlp, "The US designated Hezbollah a terrorist organisation in 1997.") == []
    assert framing(nlp, "A terrorist attack killed five people in Paris.") == []
    marker = only(framing(nlp, "The terror group struck again on Sunday."))
    assert (marker.text, marker.neutral) == ("terror group", "armed group")


def test_euphemisms_for_killing_need_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert framing(nlp, "Air defences neutralised two drones over Kyiv.") == []
    assert framing(nlp, "The government eliminated tariffs on steel.") == []
    marker = only(framing(nlp, "Troops neutralised the gunman near the gate."))
    assert (marker.text, marker.neutral) == ("neutralised", "killed")
    marker = only(framing(nlp, "The strike caused what officials called collateral damage."))
    assert marker.neutral == "civilian casualties"


# --- hedges and evaluative words -----------------------------------------------------------

def test_hedge_allegedly_is_about_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russian troops allegedly executed prisoners near Bakhmut."
    marker = only(framing(nlp, text, [entity("E1", text, "Russian troops", "GROUP")]))
    assert (marker.kind, marker.text, marker.about, marker.neutral) == ("hedge", "allegedly", "E1", None)


def test_claimed_hedges_a_statement_but_not_responsibility(nlp) -> None:  # type: ignore[no-untyped-def]
    marker = only(framing(nlp, "Iran claimed that the drone had been shot down."))
    assert (marker.kind, marker.neutral) == ("hedge", "said")
    assert framing(nlp, "Islamic Jihad claimed responsibility for the attack.") == []


def test_evaluative_irresponsible_is_about_whose_act_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "China's irresponsible drills alarmed the region."
    marker = only(framing(nlp, text, [entity("E1", text, "China", "GPE")]))
    assert (marker.kind, marker.text, marker.about, marker.neutral) == ("evaluative", "irresponsible", "E1", None)


def test_the_judge_is_not_what_is_judged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tokyo called the launch reckless, and Seoul described the drill as provocative."
    found = framing(nlp, text, [entity("E1", text, "Tokyo", "GPE"), entity("E2", text, "Seoul", "GPE")])
    assert [(f.text, f.about) for f in found] == [("reckless", None), ("provocative", None)]


def test_a_loaded_modifier_is_about_what_it_modifies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Hamas-run health ministry said 40 people were killed."
    marker = only(framing(nlp, text, [entity("E1", text, "Hamas"), entity("E2", text, "health ministry")]))
    assert (marker.text, marker.about, marker.neutral) == ("Hamas-run", "E2", "Gaza")


def test_boasted_is_about_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea boasted that its missile could reach Washington."
    marker = only(framing(nlp, text, [entity("E1", text, "North Korea", "GPE")]))
    assert (marker.kind, marker.about, marker.neutral) == ("evaluative", "E1", "said")


# --- scare quotes --------------------------------------------------------------------------

def test_scare_quoted_country_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The broadcaster referred to “Israel” throughout the report."
    marker = only(framing(nlp, text, [entity("E1", text, "Israel", "GPE")]))
    assert (marker.kind, marker.text, marker.about, marker.neutral, marker.voice) == (
        "scare_quote", "“Israel”", "E1", None, "outlet")


def test_scare_quoted_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    marker = only(framing(nlp, "Delegates arrived for the “peace and security” talks on Monday."))
    assert (marker.kind, marker.text) == ("scare_quote", "“peace and security”")


def test_an_attributed_quote_is_not_a_scare_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Blinken called the talks “constructive” after the meeting."
    assert only(framing(nlp, text)).kind == "scare_quote"  # nothing says whose words they are
    said = quote(text, "constructive", kind="partial", speaker="Blinken")
    assert framing(nlp, text, quotes=[said]) == []
    # Quoted words inside attributed reported speech are the speaker's too.
    text = 'Blinken said Beijing had "chosen to overreact" to the visit.'
    reported = quote(text, 'Beijing had "chosen to overreact" to the visit', kind="indirect", speaker="Blinken")
    assert framing(nlp, text, quotes=[reported]) == []


def test_utterances_titles_and_apostrophes_are_not_scare_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("“Never,” he said. “We will respond.” The film “Oppenheimer” won. The word “genocide” was debated. "
            "The soldiers' families rejected Israel's 'security zone' plan.")
    marker = only(framing(nlp, text))
    assert marker.text == "'security zone'"


def test_quoted_spans_pair_marks_of_each_style() -> None:
    text = "«Peace» and „x“ and \"a b\" and ‘c d’ and the soldiers' 'e f' and Israel’s army"
    spans = [text[q.open:q.close + 1] for q in quoted_spans(text)]
    assert spans == ["«Peace»", '"a b"', "‘c d’", "'e f'"]


# --- voice ---------------------------------------------------------------------------------

def test_voice_is_quoted_inside_a_speakers_direct_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('Netanyahu said: "Iran and its terrorist proxies will pay a heavy price." '
            "Iran denies arming terrorist proxies.")
    said = quote(text, "Iran and its terrorist proxies will pay a heavy price.", speaker="Netanyahu")
    first, second = framing(nlp, text, quotes=[said])
    assert (first.text, first.voice, first.neutral) == ("terrorist proxies", "quoted", "allied armed groups")
    assert (second.text, second.voice) == ("terrorist proxies", "outlet")


def test_voice_is_the_outlets_in_indirect_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Netanyahu said Iran's terrorist proxies would pay a heavy price."
    said = quote(text, "Iran's terrorist proxies would pay a heavy price", kind="indirect", speaker="Netanyahu")
    marker = only(framing(nlp, text, [entity("E1", text, "Iran", "GPE")], [said]))
    assert (marker.voice, marker.about) == ("outlet", "E1")


def test_a_scare_quote_inside_a_direct_quote_is_the_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\"We reject the 'peace plan' outright,\" the minister said."
    said = quote(text, "We reject the 'peace plan' outright,", speaker="the minister")
    marker = only(framing(nlp, text, quotes=[said]))
    assert (marker.kind, marker.text, marker.voice) == ("scare_quote", "'peace plan'", "quoted")


# --- the records as a whole ----------------------------------------------------------------

def test_offsets_ids_and_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Iran's malign influence grew, officials reportedly said.\n\nThe IOF, which the outlet calls the "
            "“occupation army”, apparently withdrew. Ukraine liberated Kherson in November.")
    found = framing(nlp, text)
    assert [f.id for f in found] == [f"F{n}" for n in range(1, len(found) + 1)]
    assert [f.start for f in found] == sorted(f.start for f in found)
    assert {(f.kind, f.text) for f in found} >= {
        ("evaluative", "malign"), ("hedge", "reportedly"), ("loaded_term", "IOF"), ("scare_quote", "“occupation army”"),
        ("loaded_term", "occupation army"), ("hedge", "apparently"), ("loaded_term", "liberated")}


def test_a_plainly_neutral_sentence_has_no_framing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The foreign ministers of Iran and Turkey met in Ankara on Monday to discuss trade and energy, "
            "the ministry said. Israeli forces and Palestinian officials in the West Bank confirmed the figures.")
    assert framing(nlp, text) == []


def test_component_registration_and_call(nlp) -> None:  # type: ignore[no-untyped-def]
    spec = COMPONENTS["framing"]
    assert spec.assigns == ("framing",) and spec.requires == ("doc", "entities", "actors", "quotes")
    text = "The IOF raided Jenin on Monday."
    state = AnalysisState(article=Article(id="t", text=text), doc=nlp(text))
    state.result.entities = [entity("E1", text, "IOF")]
    FramingMarker()(state)
    assert [(f.text, f.about) for f in state.result.framing] == [("IOF", "E1")]
