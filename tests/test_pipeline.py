from __future__ import annotations

import pytest

import newsevents
from newsevents.analysis.entities import clean_span
from newsevents.errors import UsageError
from newsevents.model import ArticleResult
from newsevents.pipeline import COMPONENTS, Pipeline, register_component
from tests.conftest import make_article

TEXT = (
    "Israel's military chief Aviv Kochavi met the chairman of the US Joint Chiefs, Gen. Mark Milley, "
    "at the Pentagon in Washington on Monday. Kochavi told Milley that “Iran” remained the main threat, "
    "and the Iranian foreign ministry in Tehran called the meeting a provocation."
)


@pytest.fixture(scope="module")
def entity_layer() -> Pipeline:
    """The entity layer alone (the spaCy model is shared, so this costs nothing to build)."""
    return Pipeline(["entities"])


def test_entity_mentions_have_exact_offsets(pipeline: Pipeline) -> None:
    result = pipeline.analyse(make_article(TEXT))
    assert result.entities
    for entity in result.entities:
        for mention in entity.mentions:
            assert TEXT[mention.start : mention.end] == mention.text
            assert mention.text == mention.text.strip()
            assert not mention.text.endswith("'s")


def test_people_places_and_organisations(entity_layer: Pipeline) -> None:
    result = entity_layer.analyse(make_article(TEXT))
    by_name = {e.name: e for e in result.entities}
    assert by_name["Aviv Kochavi"].type == "PERSON"
    assert [m.text for m in by_name["Aviv Kochavi"].mentions] == ["Aviv Kochavi", "Kochavi"]
    assert [m.text for m in by_name["Mark Milley"].mentions] == ["Mark Milley", "Milley"]
    assert by_name["Israel"].type == "GPE"
    assert "Pentagon" in by_name
    assert by_name["Iranian"].type == "NORP"
    assert [e.id for e in result.entities] == [f"E{n}" for n in range(1, len(result.entities) + 1)]
    # coding actors is the actor-resolution component's job
    assert all(e.country is None and e.code is None for e in result.entities)


def test_non_actor_labels_are_not_entities(entity_layer: Pipeline) -> None:
    result = entity_layer.analyse(make_article("On Monday, 300 soldiers and 5% of the budget were sent."))
    assert result.entities == []


def test_no_entities_in_a_text_without_names(pipeline: Pipeline) -> None:
    result = pipeline.analyse(make_article("It rained all day and the roads were closed."))
    assert result.entities == [] and result.events == []


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("the Pentagon", "Pentagon"), ("Israel's", "Israel"), ("“Israel”", "Israel"), ("Iran’s", "Iran"), ("U.S.", "U.S.")],
)
def test_clean_span(surface: str, expected: str) -> None:
    start, end = clean_span(surface, 0, len(surface))
    assert surface[start:end] == expected


def test_unknown_component_is_refused() -> None:
    with pytest.raises(UsageError, match="unknown analysis component"):
        Pipeline(["entities", "telepathy"])


def test_requirements_must_come_first() -> None:
    @register_component("needs_events_test", assigns=("summary",), requires=("doc", "events"))
    class NeedsEvents:
        def __call__(self, state) -> None:  # pragma: no cover - never built
            pass

    try:
        with pytest.raises(UsageError, match="requires events"):
            Pipeline(["entities", "needs_events_test"])
    finally:
        COMPONENTS.pop("needs_events_test")


def test_a_registered_component_runs_after_entities(pipeline: Pipeline) -> None:
    seen: list[int] = []

    @register_component("count_entities_test", assigns=("count",), requires=("doc", "entities"))
    class CountEntities:
        def __call__(self, state) -> None:
            seen.append(len(state.result.entities))

    try:
        custom = Pipeline(["entities", "count_entities_test"])
        custom.analyse(make_article(TEXT))
        assert seen and seen[0] > 3
    finally:
        COMPONENTS.pop("count_entities_test")


def test_a_failing_component_fails_only_its_article(pipeline: Pipeline) -> None:
    @register_component("fails_on_boom_test", assigns=(), requires=("doc",))
    class FailsOnBoom:
        def __call__(self, state) -> None:
            if "boom" in state.article.text:
                raise RuntimeError("boom")

    try:
        custom = Pipeline(["entities", "fails_on_boom_test"])
        results = list(custom.analyse_many([make_article("Fine text from Paris.", id="1"), make_article("boom", id="2")]))
        assert isinstance(results[0], ArticleResult)
        assert results[1].code == "NE301" and "fails_on_boom_test" in str(results[1])
    finally:
        COMPONENTS.pop("fails_on_boom_test")


def test_library_extract_follows_the_contract() -> None:
    record = newsevents.extract(TEXT, published="2022-11-22", outlet="Desk", url="https://desk.example/a")
    assert set(record) == {"article", "entities", "events", "times", "places", "quotes", "framing", "tone"}
    assert set(record["article"]) == {"id", "url", "outlet", "title", "published", "language", "text"}
    assert record["article"]["published"] == "2022-11-22"
    assert record["article"]["id"].startswith("u")
    assert record["article"]["language"] == "en"
    entity = record["entities"][0]
    assert set(entity) == {"id", "name", "type", "country", "sector", "code", "wikidata", "titles", "mentions"}
    assert set(entity["mentions"][0]) == {"start", "end", "text"}


def test_library_extract_refuses_other_languages() -> None:
    from newsevents.errors import NewsEventsError

    with pytest.raises(NewsEventsError) as info:
        newsevents.extract("Le ministre iranien a rencontré lundi son homologue turc à Ankara pour parler du commerce.")
    assert info.value.code == "NE201"
