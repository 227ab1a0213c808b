"""The analysis pipeline: registered components run in order over one parsed article.

Like spaCy's components, each declares what it assigns and what it requires; a pipeline is
built from a list of names and refuses an order in which a requirement comes too late.
Analysis is a pure function of one article, so it parallelises and tests in isolation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from .errors import AnalysisError, UsageError
from .model import Article, ArticleResult

if TYPE_CHECKING:
    from spacy.tokens import Doc

# What exists before any component runs.
BASE_ATTRIBUTES = frozenset({"article", "doc"})


@dataclass
class AnalysisState:
    """Everything components read and write for one article."""

    article: Article
    doc: Doc
    result: ArticleResult = field(init=False)
    scratch: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.result = ArticleResult(article=self.article)


class Component(Protocol):
    def __call__(self, state: AnalysisState) -> None: ...


@dataclass(frozen=True)
class ComponentSpec:
    name: str
    assigns: tuple[str, ...]
    requires: tuple[str, ...]
    factory: Callable[[], Component]


COMPONENTS: dict[str, ComponentSpec] = {}


def register_component(name: str, *, assigns: Iterable[str], requires: Iterable[str] = ("doc",)):  # type: ignore[no-untyped-def]
    """Decorator registering a component factory under `name`."""

    def decorate(factory: Callable[[], Component]) -> Callable[[], Component]:
        COMPONENTS[name] = ComponentSpec(name, tuple(assigns), tuple(requires), factory)
        return factory

    return decorate


def _load_builtin_components() -> None:
    from .analysis import actors, entities, events, framing, places, quotes, times, tone  # noqa: F401  (importing registers them)


# The built-in analysis, in order; a component's requirements must come before it.
DEFAULT_COMPONENTS = ("entities", "actors", "places", "times", "events", "quotes", "framing", "tone")


def default_component_names() -> list[str]:
    _load_builtin_components()
    return list(DEFAULT_COMPONENTS)


class Pipeline:
    def __init__(self, names: Iterable[str] | None = None, model: str | None = None) -> None:
        _load_builtin_components()
        self.names = list(names) if names is not None else default_component_names()
        available = set(BASE_ATTRIBUTES)
        for name in self.names:
            spec = COMPONENTS.get(name)
            if spec is None:
                raise UsageError(f"unknown analysis component {name!r}; registered: {', '.join(sorted(COMPONENTS))}")
            missing = [r for r in spec.requires if r not in available]
            if missing:
                raise UsageError(f"component {name!r} requires {', '.join(missing)}, which no earlier component assigns")
            available.update(spec.assigns)
        self.components = [(name, COMPONENTS[name].factory()) for name in self.names]
        self.model_name = model

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        from .nlp import MODEL_NAME, load_model

        return load_model(self.model_name or MODEL_NAME)

    def _run(self, article: Article, doc: Doc) -> ArticleResult:
        state = AnalysisState(article=article, doc=doc)
        for name, component in self.components:
            try:
                component(state)
            except Exception as exc:
                raise AnalysisError(f"component {name!r} failed: {type(exc).__name__}: {exc}") from exc
        return state.result

    def analyse(self, article: Article) -> ArticleResult:
        return self._run(article, self.nlp(article.text))

    def analyse_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ArticleResult | AnalysisError]:
        """Results in input order; one article's failure is returned in its place, never raised."""
        pending = list(articles)
        docs = self.nlp.pipe((a.text for a in pending), batch_size=batch_size)
        for article, doc in zip(pending, docs, strict=True):
            try:
                yield self._run(article, doc)
            except AnalysisError as exc:
                yield exc


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process's shared pipeline with the default components (the model loads once)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default
