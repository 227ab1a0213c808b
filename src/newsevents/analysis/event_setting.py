"""When and where an event happened: the time expression and the place its trigger governs.

Syntax first ("met on Monday in Washington", "Monday's talks in Oman"), then the rest of the
sentence, never across a paragraph break the parser joined to the sentence (a dateline does
not date or place the event it precedes).
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from spacy.tokens import Doc, Token

from ..model import EventDate, Place
from .times import FoundTime, period_of

# Links through which a time expression or a place attaches to the word it qualifies
# ("met on Monday", "Monday's meeting", "the talks this week", "talks in Oman").
_LINKS = frozenset({"prep", "pobj", "npadvmod", "tmod", "obl", "nmod", "poss", "compound", "amod", "advmod",
                    "appos", "pcomp", "dobj", "nummod"})
_HOPS = 4
# Prepositions that put an event somewhere: "in Washington", "at Fordow", "off the coast of Yemen".
T = TypeVar("T")
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "off", "across", "around", "along", "within",
                       "throughout", "over", "into", "onto", "between", "on", "from", "beyond", "towards", "toward"})


class EventDater:
    """Dates an event by the time expression that governs its trigger, else by one in its
    sentence, else by the publication date."""

    def __init__(self, doc: Doc, text: str, found: list[FoundTime], published: date | None) -> None:
        self.text = text
        self.fallback = (EventDate(start=published.isoformat(), end=published.isoformat(), precision="publication",
                                   text=None) if published else None)
        self.periods: list[tuple[Token, EventDate]] = []
        for item in found:
            period = period_of(item, text, published)
            span = doc.char_span(item.start, item.end, alignment_mode="expand")
            if period is not None and span is not None and len(span):
                self.periods.append((span.root, period))

    def date_of(self, trigger: Token) -> EventDate | None:
        return _pick(trigger, self.periods, self.text) or self.fallback


class EventLocator:
    """Places an event at the place its trigger governs through a locative preposition, else at
    such a place elsewhere in its sentence; otherwise nowhere."""

    def __init__(self, doc: Doc, text: str, places: list[Place]) -> None:
        self.text = text
        self.places: list[tuple[Token, str]] = []
        for place in places:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            preposition = _preposition_of(root)
            if preposition is not None and preposition.lower_ in _LOCATIVE:
                self.places.append((root, place.id))

    def place_of(self, trigger: Token) -> str | None:
        return _pick(trigger, self.places, self.text)


def _preposition_of(token: Token) -> Token | None:
    """The preposition whose object `token` is, directly or as part of a coordination or an
    apposition ("in Kennebunkport, Maine", "in Gaza and the West Bank")."""
    current = token
    for _ in range(3):
        if current.dep_ == "pobj":
            return current.head
        if current.dep_ in ("conj", "appos", "compound") and current.head.i != current.i:
            current = current.head
            continue
        return None
    return None


def _pick(trigger: Token, items: list[tuple[Token, T]], text: str) -> T | None:
    usable = [(root, value) for root, value in items
              if "\n\n" not in text[min(root.idx, trigger.idx):max(root.idx, trigger.idx)]]
    attached = [value for root, value in usable if _governs(trigger, root)]
    if attached:
        return attached[0]
    sentence = trigger.sent
    nearby = [(abs(root.i - trigger.i), value) for root, value in usable
              if sentence.start <= root.i < sentence.end and not _attached_elsewhere(root, trigger)]
    if nearby:
        return min(nearby, key=lambda item: item[0])[1]
    return None


def _governs(trigger: Token, root: Token) -> bool:
    current = root
    for _ in range(_HOPS):
        if current.dep_ not in _LINKS and current.dep_ not in ("conj", "appos") or current.head.i == current.i:
            return False
        current = current.head
        if current.i == trigger.i:
            return True
        if current.pos_ in ("VERB", "AUX"):
            return False
    return False


def _attached_elsewhere(root: Token, trigger: Token) -> bool:
    """Whether the expression belongs to another verb of the sentence, not the trigger's clause."""
    current = root
    for _ in range(_HOPS):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current.i != trigger.i and trigger not in current.subtree and current not in trigger.ancestors
    return False
