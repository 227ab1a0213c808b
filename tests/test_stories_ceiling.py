"""The offline clustering that benchmarks/stories_ceiling.py uses to bound story linking on ECB+."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from stories_ceiling import cluster


def groups(labels: np.ndarray) -> set[frozenset[int]]:
    found: dict[int, set[int]] = {}
    for item, label in enumerate(labels):
        found.setdefault(int(label), set()).add(item)
    return {frozenset(members) for members in found.values()}


# a-b and c-d are close pairs; b-c is a weak bridge between them
SIMILAR = np.array([
    [1.0, 0.9, 0.1, 0.0],
    [0.9, 1.0, 0.5, 0.1],
    [0.1, 0.5, 1.0, 0.8],
    [0.0, 0.1, 0.8, 1.0],
])
UNDATED: list[date | None] = [None] * 4


def test_average_link_cuts_at_each_threshold() -> None:
    cuts = cluster(SIMILAR, UNDATED, 0, [0.95, 0.6, 0.3, 0.2])
    assert groups(cuts[0.95]) == {frozenset({0}), frozenset({1}), frozenset({2}), frozenset({3})}
    assert groups(cuts[0.6]) == {frozenset({0, 1}), frozenset({2, 3})}
    # the two pairs' mean similarity is (0.1 + 0 + 0.5 + 0.1) / 4 = 0.175: still apart at 0.2
    assert groups(cuts[0.2]) == {frozenset({0, 1}), frozenset({2, 3})}


def test_complete_link_needs_every_pair_to_be_similar() -> None:
    chain = np.array([[1.0, 0.6, 0.1], [0.6, 1.0, 0.6], [0.1, 0.6, 1.0]])
    average = cluster(chain, [None] * 3, 0, [0.3])[0.3]
    complete = cluster(chain, [None] * 3, 0, [0.3], "complete")[0.3]
    assert groups(average) == {frozenset({0, 1, 2})}  # mean of 0.6 and 0.1 is 0.35
    assert groups(complete) == {frozenset({0, 1}), frozenset({2})}


@pytest.mark.parametrize("method", ["average", "complete"])
def test_the_time_window_keeps_dated_clusters_apart(method: str) -> None:
    days = [date(2024, 1, 1), date(2024, 1, 5), date(2024, 6, 1), None]
    close = np.full((4, 4), 0.9)
    close[2, 3] = close[3, 2] = 0.6  # the undated article is closer to the January reports
    assert groups(cluster(close, days, 30, [0.5], method)[0.5]) == {frozenset({0, 1, 3}), frozenset({2})}
    # without a time rule everything merges
    assert groups(cluster(close, days, 0, [0.5], method)[0.5]) == {frozenset({0, 1, 2, 3})}
