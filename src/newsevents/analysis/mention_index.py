"""Which entity each stretch of an article's text belongs to: the index the events and quotes
components look mentions up in."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from ..model import Entity


class MentionIndex:
    """Which entity each character position belongs to."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._spans: list[tuple[int, int, str, str]] = []
        self.names: dict[str, str] = {}
        for entity in entities:
            self.names[entity.id] = entity.name
            for mention in entity.mentions:
                self._spans.append((mention.start, mention.end, entity.id, mention.text))
        self._spans.sort()
        self._starts = [span[0] for span in self._spans]
        self._longest = max((span[1] - span[0] for span in self._spans), default=0)

    def at(self, start: int, end: int) -> tuple[int, int, str, str] | None:
        """The shortest mention that contains [start, end)."""
        best = None
        first = bisect_left(self._starts, start - self._longest)
        for span in self._spans[first:bisect_right(self._starts, start)]:
            if span[1] >= end and (best is None or span[1] - span[0] < best[1] - best[0]):
                best = span
        return best

    def within(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        return [s for s in self._spans[bisect_left(self._starts, start):bisect_right(self._starts, end)] if s[1] <= end]
