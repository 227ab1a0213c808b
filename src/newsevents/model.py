"""Article and the record types of the output contract, version 1 (see docs/contract.md).

Character offsets are Python string indices into `Article.text`.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

class Article(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    language: str | None = None
    text: str


class Span(BaseModel):
    start: int
    end: int
    text: str


class Mention(Span):
    pass


class Entity(BaseModel):
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata: str | None = None
    titles: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Ref(BaseModel):
    entity: str | None
    text: str
    start: int
    end: int


class EventDate(BaseModel):
    start: str | None
    end: str | None
    precision: Literal["day", "week", "month", "year", "publication"] | None
    text: str | None


class EventLocation(BaseModel):
    place: str | None = None


Status = Literal["actual", "planned", "considered", "hypothetical", "negated", "claimed"]


class Event(BaseModel):
    id: str
    type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = Field(default=None, ge=1, le=4)
    goldstein: float | None = Field(default=None, ge=-10, le=10)
    status: Status = "actual"
    actor: list[Ref] = Field(default_factory=list)
    recipient: list[Ref] = Field(default_factory=list)
    date: EventDate | None = None
    location: EventLocation = Field(default_factory=EventLocation)
    trigger: Span
    evidence: Span
    reported_by: list[Ref] = Field(default_factory=list)


class TimeExpression(BaseModel):
    id: str
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None


class Place(BaseModel):
    id: str
    start: int
    end: int
    text: str
    name: str | None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str | None = None


class Speaker(BaseModel):
    entity: str | None
    start: int
    end: int
    text: str


class Quote(BaseModel):
    id: str
    kind: Literal["direct", "indirect", "partial"]
    content: Span
    cue: Span | None = None
    speaker: Speaker | None = None


class Framing(BaseModel):
    id: str
    start: int
    end: int
    text: str
    kind: Literal["loaded_term", "scare_quote", "hedge", "evaluative"]
    voice: Literal["outlet", "quoted"]
    about: str | None = None
    neutral: str | None = None


class Tone(BaseModel):
    entity: str
    score: float = Field(ge=-1, le=1)
    label: Literal["negative", "neutral", "positive"]
    mentions: int


class ArticleResult(BaseModel):
    """One line of `newsevents extract`: the article and everything found in it."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    framing: list[Framing] = Field(default_factory=list)
    tone: list[Tone] = Field(default_factory=list)

    def to_json_dict(self) -> dict:
        data = self.model_dump(mode="json")
        return data
