"""A trigger matched in a sentence, with the arguments and code found for it so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..codebook import EventCode
from .event_lexicon import TriggerRule


@dataclass
class Candidate:
    token: Token
    rule: TriggerRule
    code: EventCode
    particle: Token | None = None
    consumed: Token | None = None  # the object word a restricted row used up ("lifted sanctions")
    status: str | None = None  # set when the code already says what the words around it mean
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    arguments_given: bool = False  # the rule that made the candidate found its arguments too
