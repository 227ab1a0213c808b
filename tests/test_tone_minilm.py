"""The optional transformer tone model (`--tone-model minilm`).

The model tests need the `transformer` extra (the Makefile installs it) and skip, saying so,
without it; the setting and CLI tests run either way. Sentences are the team's own inventions."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from newsevents.analysis import tone_minilm
from newsevents.analysis.tone import ToneScorer, entity_tones
from newsevents.analysis.tone_minilm import SETTING, chosen_tone_model, minilm_available
from newsevents.cli import app
from newsevents.errors import UsageError
from newsevents.model import Article
from newsevents.pipeline import AnalysisState, Pipeline

needs_minilm = pytest.mark.skipif(not minilm_available(), reason="the `transformer` extra is not installed")


@pytest.fixture(scope="session")
def entity_layer() -> Pipeline:
    return Pipeline(["entities"])


@pytest.fixture(scope="session")
def minilm():  # type: ignore[no-untyped-def]
    if not minilm_available():
        pytest.skip("the `transformer` extra is not installed")
    return tone_minilm.load_minilm_tone_model()


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_the_setting_defaults_to_the_linear_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SETTING, raising=False)
    assert chosen_tone_model() == "linear"
    monkeypatch.setenv(SETTING, " MiniLM ")
    assert chosen_tone_model() == "minilm"
    monkeypatch.setenv(SETTING, "bert")
    with pytest.raises(UsageError, match="linear, minilm"):
        chosen_tone_model()


def test_an_unknown_tone_model_on_the_command_line_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SETTING, "linear")  # restored after the test: the command sets it
    article = tmp_path / "a.txt"
    article.write_text("The minister visited Paris on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--tone-model", "bert"])
    assert result.exit_code == 2
    assert "linear, minilm" in result.output


def test_a_missing_extra_is_named_before_any_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SETTING, "linear")
    monkeypatch.setattr(tone_minilm, "minilm_available", lambda: False)
    article = tmp_path / "a.txt"
    article.write_text("The minister visited Paris on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--tone-model", "minilm"])
    assert result.exit_code == 2
    assert "newsevents[transformer]" in result.output


@needs_minilm
def test_clear_cases_get_the_right_label(entity_layer: Pipeline, minilm) -> None:  # type: ignore[no-untyped-def]
    negative = ("Disgraced mayor John Keller was arrested on Monday and charged with fraud, bribery and abuse "
                "of power after years of corruption.")
    positive = ("Maria Lopez was praised for her heroic work and won a prestigious award for helping thousands "
                "of refugees find safety.")
    neutral = "Anna Berg will travel to Oslo on Thursday for a meeting of the regional council."
    for text, name, label in ((negative, "John Keller", 0), (positive, "Maria Lopez", 2), (neutral, "Anna Berg", 1)):
        probabilities = minilm.probabilities(entity_layer.nlp(text), spans_of(text, name))
        assert probabilities.shape == (1, 3)
        assert np.isclose(probabilities.sum(), 1.0)
        assert int(probabilities[0].argmax()) == label, (text, probabilities)


@needs_minilm
def test_two_targets_of_one_sentence_are_told_apart(entity_layer: Pipeline, minilm) -> None:  # type: ignore[no-untyped-def]
    text = ("The brave firefighter Tom Reed rescued three children from the fire, while the arsonist "
            "Carl Voss was charged with murder.")
    reed, voss = minilm.probabilities(entity_layer.nlp(text), spans_of(text, "Tom Reed", "Carl Voss"))
    assert reed[2] - reed[0] > voss[2] - voss[0]
    assert int(voss.argmax()) == 0


@needs_minilm
def test_targets_in_several_sentences_share_one_call_in_any_order(entity_layer: Pipeline, minilm) -> None:  # type: ignore[no-untyped-def]
    first = "Carl Voss was convicted of murder and sentenced to life in prison."
    second = "Maria Lopez won a prestigious award for her heroic rescue work."
    text = f"{first} {second}"
    doc = entity_layer.nlp(text)
    together = minilm.probabilities(doc, spans_of(text, "Maria Lopez", "Carl Voss"))
    alone_voss = minilm.probabilities(entity_layer.nlp(first), spans_of(first, "Carl Voss"))
    alone_lopez = minilm.probabilities(entity_layer.nlp(second), spans_of(second, "Maria Lopez"))
    # int8 dynamic quantisation scales activations per batch: batch-mates move a probability a little
    assert np.allclose(together[0], alone_lopez[0], atol=0.05)
    assert np.allclose(together[1], alone_voss[0], atol=0.05)
    assert together.argmax(axis=1).tolist() == [2, 0]


@needs_minilm
def test_a_span_outside_every_sentence_is_neutral(entity_layer: Pipeline, minilm) -> None:  # type: ignore[no-untyped-def]
    text = "Officials met in Geneva."
    probabilities = minilm.probabilities(entity_layer.nlp(text), [(len(text) + 5, len(text) + 9)])
    assert probabilities.tolist() == [[0.0, 1.0, 0.0]]
    assert minilm.probabilities(entity_layer.nlp(text), []).shape == (0, 3)


@needs_minilm
def test_the_component_follows_the_setting(entity_layer: Pipeline, minilm, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    text = "Carl Voss was convicted of murder and sentenced to life in prison."
    state = AnalysisState(article=Article(id="t", text=text), doc=entity_layer.nlp(text))
    for _, component in entity_layer.components:
        component(state)
    scorer = ToneScorer()
    monkeypatch.setenv(SETTING, "minilm")
    scorer(state)
    expected = entity_tones(state.doc, state.result.entities, [], minilm)
    assert [t.model_dump() for t in state.result.tone] == [t.model_dump() for t in expected]
    monkeypatch.setenv(SETTING, "linear")
    scorer(state)
    linear = entity_tones(state.doc, state.result.entities, [], scorer.models["linear"])
    assert [t.model_dump() for t in state.result.tone] == [t.model_dump() for t in linear]


@needs_minilm
def test_extract_with_the_minilm_tone_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SETTING, "linear")
    article = tmp_path / "a.txt"
    article.write_text("Carl Voss was convicted of murder and sentenced to life in prison on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--tone-model", "minilm"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    voss = next(e for e in record["entities"] if e["name"] == "Carl Voss")
    tone = next(t for t in record["tone"] if t["entity"] == voss["id"])
    assert tone["label"] == "negative" and tone["score"] < -0.3


def test_a_run_records_a_tone_model_other_than_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.analysis.tone_minilm import tone_model_flag

    monkeypatch.setenv(SETTING, "linear")
    assert tone_model_flag() == ""
    monkeypatch.setenv(SETTING, "minilm")
    assert tone_model_flag() == " --tone-model minilm"


@needs_minilm
def test_each_blocks_second_feed_forward_layer_stays_unquantised(minilm) -> None:  # type: ignore[no-untyped-def]
    import torch

    layers = {name: module for name, module in minilm.encoder.named_modules() if name.endswith("dense")}
    second = [name for name in layers if tone_minilm._second_feed_forward(name)]
    assert len(second) == 6  # one per block of MiniLM-L6
    assert all(type(layers[name]) is torch.nn.Linear for name in second)
    quantised = [name for name in layers if name not in second]
    assert quantised and all(type(layers[name]) is not torch.nn.Linear for name in quantised)
