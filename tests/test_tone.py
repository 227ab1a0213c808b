"""The tone component: the outlet's attitude towards each actor, outside quoted speech.

Sentences are the team's own inventions. The component is run directly on a state that the
entity layer has filled, with quotes built by hand (the quotes component is separate)."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from newsevents.analysis.tone import (
    LABELS,
    ToneScorer,
    load_tone_model,
    outlet_mentions,
    score_targets,
    target_probabilities,
)
from newsevents.model import Article, ArticleResult, Entity, Mention, Quote, Span
from newsevents.pipeline import AnalysisState, Pipeline


@pytest.fixture(scope="session")
def entity_layer() -> Pipeline:
    return Pipeline(["entities"])


@pytest.fixture(scope="session")
def scorer() -> ToneScorer:
    return ToneScorer()


def run_tone(pipeline: Pipeline, scorer: ToneScorer, text: str, quotes: list[Quote] | None = None) -> ArticleResult:
    state = AnalysisState(article=Article(id="t", text=text), doc=pipeline.nlp(text))
    for _, component in pipeline.components:
        component(state)
    state.result.quotes = quotes or []
    scorer(state)
    return state.result


def quote(text: str, content: str, kind: str = "direct") -> Quote:
    start = text.index(content)
    return Quote(id="Q1", kind=kind, content=Span(start=start, end=start + len(content), text=content))  # type: ignore[arg-type]


def tone_of(result: ArticleResult, name: str):  # type: ignore[no-untyped-def]
    entity = next(e for e in result.entities if e.name == name)
    return next((t for t in result.tone if t.entity == entity.id), None)


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_clearly_negative_sentence(entity_layer: Pipeline, scorer: ToneScorer) -> None:
    text = ("Disgraced mayor John Keller was arrested on Monday and charged with fraud, bribery and abuse of "
            "power after years of corruption.")
    tone = tone_of(run_tone(entity_layer, scorer, text), "John Keller")
    assert tone is not None and tone.label == "negative" and tone.score < -0.3


def test_clearly_positive_sentence(entity_layer: Pipeline, scorer: ToneScorer) -> None:
    text = ("Maria Lopez was praised for her heroic work and won a prestigious award for helping thousands "
            "of refugees find safety.")
    tone = tone_of(run_tone(entity_layer, scorer, text), "Maria Lopez")
    assert tone is not None and tone.label == "positive" and tone.score > 0.3


def test_tone_depends_on_the_target_not_only_the_sentence(entity_layer: Pipeline) -> None:
    text = ("The brave firefighter Tom Reed rescued three children from the fire, while the arsonist "
            "Carl Voss was charged with murder.")
    doc = entity_layer.nlp(text)
    reed, voss = score_targets(doc, spans_of(text, "Tom Reed", "Carl Voss"))
    assert reed > voss


def test_mentions_inside_direct_and_partial_quotes_do_not_count(entity_layer: Pipeline, scorer: ToneScorer) -> None:
    text = ('Governor Anna Berg opened the new bridge on Friday. "Peter Holm is a liar and a crook," '
            'she said. Later, Berg called the tolls "a robbery worthy of Lena Dahl".')
    quotes = [quote(text, "Peter Holm is a liar and a crook,"),
              quote(text, "a robbery worthy of Lena Dahl", kind="partial")]
    result = run_tone(entity_layer, scorer, text, quotes)
    assert tone_of(result, "Peter Holm") is None  # mentioned only inside a direct quote
    assert tone_of(result, "Lena Dahl") is None  # only inside a partial quote
    berg = tone_of(result, "Anna Berg")
    assert berg is not None and berg.mentions == 2
    without_quotes = run_tone(entity_layer, scorer, text)
    assert tone_of(without_quotes, "Peter Holm") is not None
    assert tone_of(without_quotes, "Lena Dahl") is not None


def test_indirect_quotes_are_the_outlets_words(entity_layer: Pipeline, scorer: ToneScorer) -> None:
    text = "Officials said Peter Holm had resigned from the board on Tuesday."
    result = run_tone(entity_layer, scorer, text, [quote(text, "Peter Holm had resigned from the board", "indirect")])
    assert tone_of(result, "Peter Holm") is not None


def test_one_record_per_entity_in_entity_order_with_counted_mentions(entity_layer: Pipeline, scorer: ToneScorer) -> None:
    text = ("Angela Merkel met Emmanuel Macron in Berlin on Tuesday. Merkel said the talks were useful, "
            '"and Macron agreed," an aide said. Macron flew home in the evening.')
    aide_words = "and Macron agreed,"
    result = run_tone(entity_layer, scorer, text, [quote(text, aide_words)])
    ids = [e.id for e in result.entities]
    toned = [t.entity for t in result.tone]
    assert len(toned) == len(set(toned))
    assert toned == [i for i in ids if i in toned]  # entity order
    for record in result.tone:
        assert -1.0 <= record.score <= 1.0
        assert record.label in LABELS
        assert record.mentions >= 1
    macron = next(e for e in result.entities if e.name == "Emmanuel Macron")
    assert tone_of(result, "Emmanuel Macron").mentions == len(macron.mentions) - 1  # one is inside the quote


def test_outlet_mentions_drops_overlaps_with_quote_content() -> None:
    entity = Entity(id="E1", name="Peter Holm", type="PERSON",
                    mentions=[Mention(start=0, end=10, text="Peter Holm"), Mention(start=40, end=44, text="Holm"),
                              Mention(start=80, end=84, text="Holm")])
    quotes = [Quote(id="Q1", kind="direct", content=Span(start=42, end=60, text="x" * 18)),
              Quote(id="Q2", kind="indirect", content=Span(start=70, end=90, text="y" * 20))]
    assert [m.start for m in outlet_mentions(entity, quotes)] == [0, 80]


def test_probabilities_and_scores_are_bounded(entity_layer: Pipeline) -> None:
    text = "Rebels attacked the convoy near Aleppo, the army said, and President Assad vowed revenge."
    doc = entity_layer.nlp(text)
    spans = [*spans_of(text, "Aleppo", "Assad"), (0, 0)]  # the last covers no token
    probabilities = target_probabilities(doc, spans)
    assert probabilities.shape == (3, 3)
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    scores = score_targets(doc, spans)
    assert all(-1.0 <= s <= 1.0 for s in scores)
    assert scores[2] == 0.0


def test_model_is_small_and_loaded_once() -> None:
    path = resources.files("newsevents").joinpath("data/tone_model.npz")
    assert path.is_file()
    assert len(path.read_bytes()) < 5_000_000
    assert load_tone_model() is load_tone_model()
