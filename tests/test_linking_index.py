"""The story index: candidates looked up by period and capped give the stories a scan of every story
would give, and outcomes written in batches store what one-by-one writes stored.

Profiles are made up here (words, names and days), so no model runs: linking alone is under test.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest

from newsevents import linking
from newsevents.linking import Linker, Profile
from newsevents.store import Store

VOCABULARY = ["drill", "missile", "summit", "talks", "strike", "sanction", "flood", "vote", "border", "ceasefire",
              "nuclear", "navy", "election", "protest", "embargo", "treaty"]
NAMES = ["kochavi", "milley", "tehran", "hamas", "nato", "pentagon", "~aviv", "~mark"]


class ScanningLinker(Linker):
    """Compares each article with every story in memory: what the index must agree with."""

    def _candidates(self, profile: Profile) -> list[str]:
        return sorted(self.stories)


def made_up_profiles(count: int, seed: int, days: int = 400, undated_share: float = 0.1) -> list[Profile]:
    rng = random.Random(seed)
    start = date(2021, 1, 1)
    profiles = []
    for i in range(count):
        topic = rng.randrange(6)  # articles of one topic share most of their words
        words = VOCABULARY[topic * 2: topic * 2 + 4] + rng.sample(VOCABULARY, 3)
        names = rng.sample(NAMES[topic % 3: topic % 3 + 4], 2)
        day = None if rng.random() < undated_share else start + timedelta(days=rng.randrange(days))
        profiles.append(Profile(
            article_id=f"a{i:04d}", day=day, seen=day or start, title=f"article {i}",
            terms={w: float(rng.randint(1, 4)) for w in words},
            names={n: float(rng.randint(1, 3)) for n in names},
            lead_names=[n for n in names if not n.startswith("~")][:1],
        ))
    return profiles


def link_all(linker_class: type[Linker], profiles: list[Profile], runs: int = 1) -> tuple[list[Any], dict[str, list]]:
    """Link the profiles in `runs` runs (a Linker each, as ingest runs do) and return the decisions and the
    stored tables."""
    store = Store(":memory:")
    decisions = []
    size = -(-len(profiles) // runs)
    for start in range(0, len(profiles), size):
        linker = linker_class(store)
        decisions += [linker.link(p, "run") for p in profiles[start:start + size]]
        linker.flush()
    tables = {
        "stories": store.con.execute("SELECT id, title, first_seen, last_seen FROM stories ORDER BY id").fetchall(),
        "story_articles": store.con.execute(
            "SELECT article_id, story_id, score, day, seen, terms, names FROM story_articles ORDER BY article_id"
        ).fetchall(),
    }
    store.close()
    return [(d.article_id, d.story_id, d.score, d.new) for d in decisions], tables


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("runs", [1, 3])
def test_the_period_index_finds_what_a_scan_of_every_story_finds(monkeypatch: pytest.MonkeyPatch, seed: int,
                                                                  runs: int) -> None:
    monkeypatch.setattr(linking, "MAX_CANDIDATES", 10**9)
    profiles = made_up_profiles(240, seed)
    indexed, indexed_tables = link_all(Linker, profiles, runs)
    scanned, scanned_tables = link_all(ScanningLinker, profiles, runs)
    assert indexed == scanned
    assert indexed_tables == scanned_tables
    joined = sum(not new for *_, new in indexed)
    assert 0 < joined < len(profiles)  # the made-up articles both start and join stories


def test_a_story_whose_days_grew_is_found_in_its_new_periods() -> None:
    store = Store(":memory:")
    linker = Linker(store)
    words, names = {"drill": 3.0, "navy": 2.0, "strait": 2.0}, {"kochavi": 2.0}
    first = date(2021, 1, 1)
    days = [first + timedelta(days=28 * i) for i in range(6)]  # each within the window of the one before
    decisions = [
        linker.link(Profile(f"a{i}", day, day, "drills", dict(words), dict(names), ["kochavi"]))
        for i, day in enumerate(days)
    ]
    assert {d.story_id for d in decisions} == {decisions[0].story_id}
    story = linker.stories[decisions[0].story_id]
    assert (story.day_first, story.day_last) == (days[0], days[-1])
    # 140 days on, the first article's period is far outside a new article's window, the story's last days are not
    late = Profile("late", days[-1] + timedelta(days=20), days[-1], "drills", dict(words), dict(names), ["kochavi"])
    assert linker._candidates(late) == [story.id]
    far = Profile("far", days[-1] + timedelta(days=200), days[-1], "drills", dict(words), dict(names), ["kochavi"])
    assert linker._candidates(far) == []
    store.close()


def test_candidates_are_capped_by_shared_weight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linking, "MAX_CANDIDATES", 3)
    store = Store(":memory:")
    linker = Linker(store)
    day = date(2022, 5, 1)
    # eight stories; the article shares one word with each, three words with the last three
    for i in range(8):
        story = linking._Story(f"s{i}", "t", day, day, day, day)
        linker.stories[story.id] = story
        terms = {"summit": 1.0, f"topic{i}": 3.0} | ({"treaty": 2.0, "border": 2.0} if i >= 5 else {})
        linker._attach(story, terms, {f"leader{i}": 1.0})
    # a story whose days span every period of the article's window shares one word, counted once
    wide = linking._Story("a-wide", "t", day, day, day - timedelta(days=30), day + timedelta(days=30))
    linker.stories[wide.id] = wide
    linker._attach(wide, {"summit": 1.0, "election": 3.0}, {"leader9": 1.0})
    assert len(wide.periods) == 3
    article = Profile("new", day, day, "t", {"summit": 1.0, "treaty": 2.0, "border": 2.0}, {}, [])
    chosen = linker._candidates(article)
    assert chosen == ["s5", "s6", "s7"]
    store.close()


def test_batched_writes_store_what_one_article_at_a_time_stores(monkeypatch: pytest.MonkeyPatch) -> None:
    profiles = made_up_profiles(120, seed=4)
    whole, whole_tables = link_all(Linker, profiles)
    monkeypatch.setattr(linking, "FLUSH_ARTICLES", 1)
    single, single_tables = link_all(Linker, profiles)
    assert whole == single and whole_tables == single_tables
