"""What ingest does with each article read: skip it (unchanged), store it without analysis, store it as a
copy of an original, or analyse it.

Serial ingest judges an article before analysing it; distributed ingest judges the analysed articles of
a shard when it merges them, in input order. Both use this one judge, so both store the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .dedup import DuplicateIndex
from .store import Store

Kind = Literal["unchanged", "unanalysed", "copy", "original"]


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    original: str | None = None
    duplicate_kind: str | None = None  # "exact" | "near"
    similarity: float | None = None
    minhash: list[int] | None = None


class Triage:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.index = DuplicateIndex()
        for article_id, values in store.original_signatures():
            self.index.add(article_id, DuplicateIndex.from_hashvalues(values))
        # originals judged but not stored yet: article id by content hash, and content hash by article id
        self._pending: dict[str, str] = {}
        self._pending_ids: dict[str, str] = {}

    def judge(self, article_id: str, digest: str, minhash: Callable[[], object], readable: Callable[[], bool]) -> Verdict:
        """`minhash` computes the article's signature and `readable` says whether the analysis can read its
        language; each is called only when the verdict needs it."""
        if self._pending_ids.get(article_id) == digest or self.store.stored_hash(article_id) == digest:
            return Verdict("unchanged")
        if not readable():
            return Verdict("unanalysed")
        original = self._pending.get(digest) or self.store.original_with_hash(digest)
        if original is not None and original != article_id:
            return Verdict("copy", original, "exact", 1.0)
        signature = minhash()
        match = self.index.best_match(article_id, signature)
        if match is not None:
            return Verdict("copy", match.original_id, "near", round(match.similarity, 4))
        self.index.add(article_id, signature)
        self._pending[digest] = article_id
        self._pending_ids[article_id] = digest
        return Verdict("original", minhash=[int(v) for v in signature.hashvalues])  # type: ignore[attr-defined]

    def settle(self) -> None:
        """The pending originals are stored (or dropped): the store answers for them from now on."""
        self._pending.clear()
        self._pending_ids.clear()

    def forget(self, article_id: str) -> None:
        """An original that was not stored after all: later copies must not point at it."""
        self.index.discard(article_id)
