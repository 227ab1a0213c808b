"""Exact and near-duplicate articles (wire copies syndicated across outlets), with MinHash LSH.

A copy is stored and linked to the first-seen original instead of being analysed again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .ids import normalise_text

NUM_PERM = 128
# Stored signatures are only comparable with signatures of the same permutation scheme.
SCHEME = "affine32"
SHINGLE_WORDS = 3
# Estimated Jaccard similarity of word 3-gram sets at or above which two articles count as
# copies. In the demo corpus, wire copies with a new headline and a trimmed or reworded
# paragraph score 0.79 and the same article read from other formats 0.76-1.0, while distinct
# reports of the same event by different outlets score at most 0.08.
THRESHOLD = 0.6
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Match:
    original_id: str
    similarity: float


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(normalise_text(text))
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


class DuplicateIndex:
    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, object] = {}

    @staticmethod
    def signature(text: str):  # type: ignore[no-untyped-def]
        from datasketch import MinHash

        minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
        minhash.update_batch(list(shingles(text)))
        return minhash

    @staticmethod
    def from_hashvalues(values: Iterable[int]):  # type: ignore[no-untyped-def]
        import numpy as np
        from datasketch import MinHash

        return MinHash(num_perm=NUM_PERM, hashvalues=np.array(list(values), dtype=np.uint64), scheme=SCHEME)

    def add(self, article_id: str, minhash) -> None:  # type: ignore[no-untyped-def]
        if article_id in self._signatures:
            self._lsh.remove(article_id)
        self._lsh.insert(article_id, minhash)
        self._signatures[article_id] = minhash

    def discard(self, article_id: str) -> None:
        if self._signatures.pop(article_id, None) is not None:
            self._lsh.remove(article_id)

    def best_match(self, article_id: str, minhash) -> Match | None:  # type: ignore[no-untyped-def]
        best: Match | None = None
        for candidate in self._lsh.query(minhash):
            if candidate == article_id:
                continue
            similarity = float(minhash.jaccard(self._signatures[candidate]))
            if similarity >= self.threshold and (best is None or similarity > best.similarity):
                best = Match(candidate, similarity)
        return best

    def __len__(self) -> int:
        return len(self._signatures)
