"""Stories: reports of the same real-world event linked across articles and outlets.

Linking is the one step that looks across articles. It runs after articles are stored (at the end
of every ingest run, over the articles that run stored) and is incremental: each new article is
compared with the stories that already exist and either joins the most similar one or starts a
story of its own, in ingestion order; stories are never re-clustered, so their ids stay stable.

What is compared, per article (its *profile*, kept in `story_articles` so that later runs compare
new articles without re-reading old ones):
- its words: TF-IDF over content words (stop words dropped, a light suffix stemming, numbers kept),
  the title and first lines counting `LEAD_WEIGHT` times;
- its names: TF-IDF over the named entities the analysis found (people, organisations, places,
  groups), by full name and by name token;
- its day: the publication date, else the date stamp of its first lines ("Posted 12/19/2005",
  "LONDON, March 3, 2011 —", see `datelines`), else a full date the time component found in its first
  `DATELINE_CHARS` characters. An inferred day is linking's own (`story_articles.day`); the article's
  `published` stays null.

An article joins the story whose centroid is most similar (`TEXT_WEIGHT` of the words' cosine plus
the rest of the names' cosine), scaled down when the names in the article's own lead are missing
from the story (a new main actor signals another event of the same kind), when that score reaches
`THRESHOLD` and the story's dates lie within `WINDOW_DAYS` of the article's day. Undated articles
and stories are not gated by time. When both the article and the story are dated (so their days agree
within the window), the score gains `TIMED_BONUS`: the agreeing days count as evidence beside the words.

Candidate stories come from postings: each story is filed under its names and leading terms, per
period of `WINDOW_DAYS` days that its dated articles span (undated stories under no period). An
article looks only in the periods its window touches, gathers the stories that share a name or one of
its `CANDIDATE_TERMS` heaviest terms, and scores the `MAX_CANDIDATES` that share the most weight with
it, so linking does not slow down as the store fills with other months. Outcomes are written in
batches of `FLUSH_ARTICLES`, inside the run's one transaction.

Within a story, events are linked across articles: an event joins an earlier report when they have
the same PLOVER type, share a participant (entity code with a sector, name or name token), their
dates are within `EVENT_WINDOW_DAYS` (where both are known) and their places are compatible (same
place or country, where both are known). Reports of one real-world event share a `link_id`
(`story_events`); the exporters count NumMentions, NumSources and NumArticles over them.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import duckdb

from .datelines import stamp_day
from .errors import StoreError
from .store import Store

# -- tuning (measured on ECB+ with benchmarks/stories.py; see docs/benchmarks.md) ----------------
THRESHOLD = 0.25
TEXT_WEIGHT = 0.8
LEAD_LINES = 2
LEAD_WEIGHT = 3.0
NUMBER_WEIGHT = 1.0
NAME_TOKEN_WEIGHT = 0.5
COVERAGE_PENALTY = 0.3
WINDOW_DAYS = 30
EVENT_WINDOW_DAYS = 3
DATELINE_CHARS = 200
TIMED_BONUS = 0.05
CANDIDATE_TERMS = 12
MAX_CANDIDATES = 200
FLUSH_ARTICLES = 2000
PROFILE_BATCH = 2000
IDF_PRIOR = 20

NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "GROUP"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_NAME_TOKEN = re.compile(r"\w+")
_FULL_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"said", "says", "say", "told", "according", "also", "would", "could"}


_STOP: frozenset[str] | None = None


def stop_words() -> frozenset[str]:
    global _STOP
    if _STOP is None:
        _STOP = _stop_words()
    return _STOP


def stem(word: str) -> str:
    """A light suffix stripping so that 'checks', 'checked' and 'checking' meet."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def name_tokens(name: str) -> list[str]:
    stop = stop_words()
    return [t for t in _NAME_TOKEN.findall(name.casefold()) if t not in stop and len(t) > 2 and not t.isdigit()]


def lead_end(text: str, lines: int = LEAD_LINES) -> int:
    """Where the article's first `lines` non-empty lines end."""
    position, seen = 0, 0
    while seen < lines and position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if text[position:end].strip():
            seen += 1
        position = end + 1
    return min(position, len(text))


def text_terms(text: str, title: str | None = None) -> Counter[str]:
    """Content words (stemmed) and numbers of a text, those of the title and lead counted LEAD_WEIGHT times."""
    stop = stop_words()
    counts: Counter[str] = Counter()

    def add(part: str, weight: float) -> None:
        for match in _WORD.finditer(part):
            word = match.group().casefold().replace("’", "'")
            if len(word) < 3 or word in stop:
                continue
            counts[stem(word)] += weight
        for match in _NUMBER.finditer(part):
            number = match.group().replace(",", "")
            if len(number) >= 2:
                counts["#" + number] += weight * NUMBER_WEIGHT

    lead = lead_end(text)
    if title and not text.lstrip().startswith(title.strip()[:40]):
        add(title, LEAD_WEIGHT)
    add(text[:lead], LEAD_WEIGHT)
    add(text[lead:], 1.0)
    return counts


def _valid_name(name: str, kind: str | None) -> bool:
    return bool(name) and kind in NAMED_TYPES and not name[:1].islower()


@dataclass
class EventReport:
    """One event of an article, as event linking compares it."""

    article_id: str
    event_id: str
    type: str
    day: date | None
    participants: frozenset[str]
    place: str | None
    country: str | None
    link_id: str | None = None
    score: float | None = None  # how well it matched the earlier report it was linked to


@dataclass
class Profile:
    """What linking compares for one article."""

    article_id: str
    day: date | None
    seen: date
    title: str
    terms: dict[str, float]
    names: dict[str, float]
    lead_names: list[str]
    events: list[EventReport] = field(default_factory=list)


def _name_keys(names: Iterable[str]) -> set[str]:
    keys: set[str] = set()
    for name in names:
        keys.add(name)
        keys.update(name_tokens(name))
    return keys


def _full_date(value: str | None) -> date | None:
    match = _FULL_DATE.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


_IN = "IN (SELECT unnest(?::VARCHAR[]))"


def _window(day: date) -> tuple[date, date]:
    """The first and last day a story may reach and still take an article of `day`."""
    return date.fromordinal(max(1, day.toordinal() - WINDOW_DAYS)), date.fromordinal(day.toordinal() + WINDOW_DAYS)


def load_profiles(store: Store, article_ids: Sequence[str]) -> dict[str, Profile]:
    """Profiles of the analysed original articles among `article_ids`, read from the store."""
    con = store.con
    ids = list(article_ids)
    rows = con.execute(
        f"""SELECT id, title, text, published, CAST(ingested_at AS DATE) FROM articles
            WHERE id {_IN} AND analysed AND duplicate_of IS NULL""",
        [ids],
    ).fetchall()
    if not rows:
        return {}
    ids = [row[0] for row in rows]
    entities: dict[str, list[tuple[str, str, str | None, int, int | None]]] = defaultdict(list)
    for article_id, entity_id, name, kind, _code, mentions, first in con.execute(
        f"""SELECT en.article_id, en.id, en.name, en.type, en.code, count(m.start), min(m.start)
            FROM entities en LEFT JOIN mentions m ON m.article_id = en.article_id AND m.entity_id = en.id
            WHERE en.article_id {_IN} GROUP BY ALL""",
        [ids],
    ).fetchall():
        entities[article_id].append((entity_id, name, kind, mentions, first))
    datelines: dict[str, date] = {}
    for article_id, start, value in con.execute(
        f"SELECT article_id, start, value FROM times WHERE article_id {_IN} AND start < ? ORDER BY article_id, start",
        [ids, DATELINE_CHARS],
    ).fetchall():
        day = _full_date(value)
        if day is not None and article_id not in datelines:
            datelines[article_id] = day
    profiles: dict[str, Profile] = {}
    for article_id, title, text, published, ingested in rows:
        day = published or stamp_day(text) or datelines.get(article_id)
        names: Counter[str] = Counter()
        lead_names: set[str] = set()
        lead = lead_end(text)
        for _entity_id, name, kind, mentions, first in entities.get(article_id, []):
            if not _valid_name(name, kind):
                continue
            key = " ".join(name.casefold().split())
            names[key] += max(1, mentions)
            for token in name_tokens(name):
                if token != key:
                    names["~" + token] += max(1, mentions) * NAME_TOKEN_WEIGHT
            if first is not None and first < lead:
                lead_names.add(key)
        first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
        profiles[article_id] = Profile(
            article_id=article_id,
            day=day,
            seen=day or ingested,
            title=(title or first_line)[:200],
            terms=dict(text_terms(text, title)),
            names=dict(names),
            lead_names=sorted(lead_names),
        )
    for report in _load_events(store, ids, profiles):
        profiles[report.article_id].events.append(report)
    return profiles


def _load_events(store: Store, ids: list[str], profiles: dict[str, Profile]) -> list[EventReport]:
    con = store.con
    participants: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article_id, event_id, role, name, kind, code, wikidata in con.execute(
        f"""SELECT ea.article_id, ea.event_id, ea.role, en.name, en.type, en.code, en.wikidata
            FROM event_actors ea JOIN entities en ON en.article_id = ea.article_id AND en.id = ea.entity_id
            WHERE ea.article_id {_IN} AND ea.role IN ('actor', 'recipient')""",
        [ids],
    ).fetchall():
        keys = participants[(article_id, event_id)]
        prefix = "a:" if role == "actor" else "r:"
        if code and len(code) > 3:
            keys.add(prefix + "code:" + code.upper())
        if wikidata:
            keys.add(prefix + "q:" + wikidata)
        if name and not name[:1].islower():
            keys.add(prefix + " ".join(name.casefold().split()))
            if kind == "PERSON":
                keys.update(prefix + token for token in name_tokens(name))
    reports = []
    for article_id, event_id, kind, date_start, place, country in con.execute(
        f"""SELECT e.article_id, e.id, e.type, e.date_start, coalesce(CAST(p.geonames_id AS VARCHAR), lower(p.name)),
                   p.country
            FROM events e LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
            WHERE e.article_id {_IN} ORDER BY e.article_id, e.trigger_start NULLS LAST, e.id""",
        [ids],
    ).fetchall():
        reports.append(
            EventReport(
                article_id, event_id, kind, _full_date(date_start) or profiles[article_id].day,
                frozenset(participants.get((article_id, event_id), ())), place, country,
            )
        )
    return reports


# -- the index of stories ---------------------------------------------------------------------


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(x * x for x in vector.values()))


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(key, 0.0) for key, x in a.items())


@dataclass
class _Story:
    id: str
    title: str
    first: date  # first and last seen: the members' days, else the days they were stored
    last: date
    day_first: date | None  # the dated members' first and last days
    day_last: date | None
    terms: dict[str, float] = field(default_factory=dict)
    names: dict[str, float] = field(default_factory=dict)
    term_norm: float = 0.0
    name_norm: float = 0.0
    keys: set[str] = field(default_factory=set)
    size: int = 0
    events: list[EventReport] = field(default_factory=list)
    posted: set[str] = field(default_factory=set)  # the keys it is found under in the postings
    periods: set[int | None] = field(default_factory=set)  # the periods it is posted in (None: undated)

    def add(self, terms: dict[str, float], names: dict[str, float], keys: set[str]) -> None:
        for key, value in terms.items():
            self.terms[key] = self.terms.get(key, 0.0) + value
        for key, value in names.items():
            self.names[key] = self.names.get(key, 0.0) + value
        self.term_norm = _norm(self.terms)
        self.name_norm = _norm(self.names)
        self.keys |= keys
        self.size += 1

    def extend(self, profile: Profile) -> None:
        self.first, self.last = min(self.first, profile.seen), max(self.last, profile.seen)
        if profile.day is not None:
            self.day_first = min(self.day_first or profile.day, profile.day)
            self.day_last = max(self.day_last or profile.day, profile.day)


@dataclass(frozen=True)
class Decision:
    article_id: str
    story_id: str
    score: float | None  # None: the article started the story
    new: bool


class Linker:
    """Links articles into the stories of one store, one article at a time, in the order given."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.df: Counter[str] = Counter()
        self.count = 0
        for terms, names in store.con.execute("SELECT terms, names FROM story_articles").fetchall():
            self.df.update(terms or ())
            self.df.update("n:" + n for n in names or ())
            self.count += 1
        self.stories: dict[str, _Story] = {}
        self._loaded_all = False
        self._loaded_ranges: list[tuple[date, date]] = []
        self._loaded_days: set[date] = set()
        # key -> period (WINDOW_DAYS long, None for undated stories) -> stories: an article looks only in
        # the periods its window touches, so the stories of other months cost nothing as the store grows
        self._postings: dict[str, dict[int | None, set[str]]] = defaultdict(dict)
        self._story_ids: set[str] | None = None  # every story id in the store, read when a new id is made
        # outcomes not written yet (written together by `flush`)
        self._created: dict[str, _Story] = {}
        self._joined: dict[str, _Story] = {}
        self._article_rows: list[list[Any]] = []
        self._event_rows: list[list[Any]] = []

    # -- weights
    def _idf(self, key: str) -> float:
        # IDF_PRIOR articles that hold none of the terms keep the weights of a small store from
        # swinging (with three articles, a word two of them share would weigh almost nothing)
        return math.log((self.count + IDF_PRIOR) / (self.df.get(key, 0) + 0.5))

    def _vector(self, counts: dict[str, float], prefix: str = "") -> dict[str, float]:
        vector = {k: (1.0 + math.log(v)) * self._idf(prefix + k) for k, v in counts.items() if v >= 1.0}
        norm = _norm(vector) or 1.0
        return {k: v / norm for k, v in vector.items()}

    def vectors(self, profile: Profile) -> tuple[dict[str, float], dict[str, float]]:
        """The article's words and names as unit TF-IDF vectors, weighted by what this store has seen."""
        return self._vector(profile.terms), self._vector(profile.names, "n:")

    # -- loading the stories an article may join
    def _load(self, day: date | None) -> None:
        """Bring into memory the stories an article of `day` may join (all of them for an undated article)."""
        if self._loaded_all:
            return
        if day is None:
            having, params = "", []
            self._loaded_all = True
        else:
            if day in self._loaded_days:
                return
            self._loaded_days.add(day)
            low, high = _window(day)
            if any(a <= low and high <= b for a, b in self._loaded_ranges):
                return
            having, params = "HAVING min(sa.day) IS NULL OR (max(sa.day) >= ? AND min(sa.day) <= ?)", [low, high]
            self._loaded_ranges.append((low, high))
        rows = self.store.con.execute(
            f"""SELECT st.id, st.title, st.first_seen, st.last_seen, min(sa.day), max(sa.day)
                FROM stories st JOIN story_articles sa ON sa.story_id = st.id
                GROUP BY st.id, st.title, st.first_seen, st.last_seen {having}""",
            params,
        ).fetchall()
        wanted = [row for row in rows if row[0] not in self.stories]
        if not wanted:
            return
        ids = [row[0] for row in wanted]
        for story_id, title, first, last, day_first, day_last in wanted:
            self.stories[story_id] = _Story(story_id, title or "", first, last, day_first, day_last)
        members = self.store.con.execute(
            f"""SELECT story_id, terms, term_weights, names, name_weights
                FROM story_articles WHERE story_id {_IN} ORDER BY linked_at, article_id""",
            [ids],
        ).fetchall()
        for story_id, terms, term_weights, names, name_weights in members:
            term_counts = dict(zip(terms or (), term_weights or (), strict=True))
            name_counts = dict(zip(names or (), name_weights or (), strict=True))
            self._attach(self.stories[story_id], term_counts, name_counts)
        for story_id, article_id, event_id, kind, event_day, participants, place, country, link_id in self.store.con.execute(
            f"""SELECT story_id, article_id, event_id, type, day, participants, place, country, link_id
                FROM story_events WHERE story_id {_IN} ORDER BY linked_at, article_id, event_id""",
            [ids],
        ).fetchall():
            self.stories[story_id].events.append(
                EventReport(article_id, event_id, kind, event_day, frozenset(participants or ()), place, country, link_id)
            )

    def _attach(self, story: _Story, term_counts: dict[str, float], name_counts: dict[str, float]) -> None:
        terms = self._vector(term_counts)
        story.add(terms, self._vector(name_counts, "n:"), _name_keys(k.lstrip("~") for k in name_counts))
        self._post(story, ["n:" + key for key in name_counts] + _top(terms, CANDIDATE_TERMS * 3))

    @staticmethod
    def _periods(first: date | None, last: date | None) -> Iterable[int | None]:
        if first is None or last is None:
            return (None,)
        return range(first.toordinal() // WINDOW_DAYS, last.toordinal() // WINDOW_DAYS + 1)

    def _post(self, story: _Story, keys: Iterable[str]) -> None:
        """File the story under new keys, and under every key in the periods its dates have grown into."""
        fresh = [key for key in dict.fromkeys(keys) if key not in story.posted]
        grown = set(self._periods(story.day_first, story.day_last)) - story.periods
        for key in fresh:
            filed = self._postings[key]
            for period in story.periods | grown:
                filed.setdefault(period, set()).add(story.id)
        if grown:
            for key in story.posted:
                filed = self._postings[key]
                for period in grown:
                    filed.setdefault(period, set()).add(story.id)
            story.periods |= grown
        story.posted.update(fresh)

    # -- scoring
    def _candidates(self, profile: Profile) -> list[str]:
        """Stories that share a name or a leading term with the article and may lie in its window, the
        MAX_CANDIDATES that share the most weight with it (ties by id)."""
        if profile.day is None:
            periods: list[int | None] | None = None
        else:
            periods = [None, *self._periods(*_window(profile.day))]
        weighted = {k: v * self._idf(k) for k, v in profile.terms.items()}
        keys = ["n:" + key for key in profile.names] + _top(weighted, CANDIDATE_TERMS)
        shared: dict[str, float] = defaultdict(float)
        for key in keys:
            filed = self._postings.get(key)
            if not filed:
                continue
            weight = self._idf(key)
            # a story filed under the key in several of the periods counts once
            for story_id in set().union(*(filed.values() if periods is None else (filed.get(p, ()) for p in periods))):
                shared[story_id] += weight
        if len(shared) <= MAX_CANDIDATES:
            return sorted(shared)
        return sorted(sorted(shared, key=lambda i: (-shared[i], i))[:MAX_CANDIDATES])

    def _lead(self, profile: Profile) -> list[tuple[str, float, list[str]]]:
        """The names of the article's lead with their weights and tokens, as `score` checks them."""
        return [(name, self._idf("n:" + name), name_tokens(name)) for name in profile.lead_names]

    def score(self, profile: Profile, story: _Story, terms: dict[str, float], names: dict[str, float],
              lead: list[tuple[str, float, list[str]]] | None = None) -> float:
        text = _dot(terms, story.terms) / (story.term_norm or 1.0)
        named = _dot(names, story.names) / (story.name_norm or 1.0) if names else text
        score = TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * named
        lead = self._lead(profile) if lead is None else lead
        total = sum(weight for _, weight, _ in lead)
        if total > 0:
            keys = story.keys
            covered = sum(weight for name, weight, tokens in lead if name in keys or any(t in keys for t in tokens))
            score *= 1 - COVERAGE_PENALTY * (1 - covered / total)
        return score

    @staticmethod
    def _time_bonus(profile: Profile, story: _Story) -> float:
        """TIMED_BONUS when the article and the story are both dated (and so, here, within the window): their
        days agree, which counts for something beside the words. Where either is undated, nothing is known."""
        return TIMED_BONUS if profile.day is not None and story.day_first is not None else 0.0

    @staticmethod
    def _in_window(profile: Profile, story: _Story) -> bool:
        if profile.day is None or story.day_first is None or story.day_last is None:
            return True
        gap = max((story.day_first - profile.day).days, (profile.day - story.day_last).days, 0)
        return gap <= WINDOW_DAYS

    def link(self, profile: Profile, run_id: str | None = None) -> Decision:
        """Attach one profiled article to the best story, or start one; stores the outcome."""
        self._load(profile.day)
        self.df.update(profile.terms.keys())
        self.df.update("n:" + n for n in profile.names)
        self.count += 1
        terms, names = self.vectors(profile)
        best: _Story | None = None
        best_score = 0.0
        lead = self._lead(profile)
        for story_id in self._candidates(profile):
            story = self.stories[story_id]
            if not self._in_window(profile, story):
                continue
            value = self.score(profile, story, terms, names, lead) + self._time_bonus(profile, story)
            if value > best_score:
                best, best_score = story, value
        new = best is None or best_score < THRESHOLD
        if new:
            best = _Story(self._new_id(profile.article_id), profile.title, profile.seen, profile.seen, profile.day, profile.day)
            self.stories[best.id] = best
        assert best is not None
        links = self._link_events(profile, best)
        best.extend(profile)
        self._attach(best, profile.terms, profile.names)
        self._record(profile, best, None if new else best_score, new, links, run_id)
        best.events.extend(links)
        return Decision(profile.article_id, best.id, None if new else round(best_score, 4), new)

    def _new_id(self, article_id: str) -> str:
        if self._story_ids is None:
            self._story_ids = {row[0] for row in self.store.con.execute("SELECT id FROM stories").fetchall()}
        digest = hashlib.sha256(article_id.encode()).hexdigest()
        for length in (12, 16, 24, 64):
            candidate = "s" + digest[:length]
            if candidate not in self._story_ids and candidate not in self.stories:
                break
        else:
            candidate = "s" + hashlib.sha256((article_id + _now().isoformat()).encode()).hexdigest()[:24]
        self._story_ids.add(candidate)
        return candidate

    def _link_events(self, profile: Profile, story: _Story) -> list[EventReport]:
        """The article's events, each with the link id of the earlier report of the same event it matches
        (else its own)."""
        linked = []
        for event in profile.events:
            best, best_score = None, 0.0
            for other in story.events:
                value = event_match(event, other)
                if value > best_score:
                    best, best_score = other, value
            if best is not None and best.link_id:
                link_id, score = best.link_id, round(best_score, 4)
            else:
                link_id, score = f"{event.article_id}-{event.event_id}", None
            linked.append(
                EventReport(event.article_id, event.event_id, event.type, event.day, event.participants, event.place,
                            event.country, link_id, score)
            )
        return linked

    def _record(self, profile: Profile, story: _Story, score: float | None, new: bool, events: list[EventReport],
                run_id: str | None) -> None:
        """Keep the outcome for `flush`; the article is taken out of any story it was in before (by the
        caller, `link_articles`)."""
        now = _now()
        (self._created if new or story.id in self._created else self._joined)[story.id] = story
        terms = sorted(profile.terms)
        names = sorted(profile.names)
        self._article_rows.append(
            [profile.article_id, story.id, None if score is None else round(score, 4), profile.day, profile.seen,
             terms, [profile.terms[t] for t in terms], names, [profile.names[n] for n in names],
             profile.lead_names, run_id, now]
        )
        self._event_rows.extend(
            [e.article_id, e.event_id, story.id, e.link_id, e.score, e.type, e.day, sorted(e.participants), e.place,
             e.country, now] for e in events
        )
        if len(self._article_rows) >= FLUSH_ARTICLES:
            self.flush()

    def flush(self) -> None:
        """Write the outcomes kept so far: set-based statements, not a handful per article."""
        if not self._article_rows:
            return
        con, now = self.store.con, _now()
        created, joined = list(self._created.values()), list(self._joined.values())
        self.store.insert_rows("stories", [[s.id, s.title, s.first, s.last, now, now] for s in created])
        if joined:
            con.execute(
                """UPDATE stories SET first_seen = m.first, last_seen = m.last, updated_at = ?
                   FROM (SELECT unnest(?::VARCHAR[]) AS id, unnest(?::DATE[]) AS first, unnest(?::DATE[]) AS last) m
                   WHERE stories.id = m.id""",
                [now, [s.id for s in joined], [s.first for s in joined], [s.last for s in joined]],
            )
        self.store.insert_rows("story_articles", self._article_rows)
        self.store.insert_rows("story_events", self._event_rows)
        con.execute(
            """UPDATE events SET story_id = m.story_id
               FROM (SELECT unnest(?::VARCHAR[]) AS article_id, unnest(?::VARCHAR[]) AS story_id) m
               WHERE events.article_id = m.article_id""",
            [[row[0] for row in self._article_rows], [row[1] for row in self._article_rows]],
        )
        self._created.clear()
        self._joined.clear()
        self._article_rows.clear()
        self._event_rows.clear()


def _top(weights: dict[str, float], n: int) -> list[str]:
    return [k for k, _ in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


# Types whose parties act together: actor and recipient are compared as one group.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def _role(keys: frozenset[str], prefix: str) -> set[str]:
    return {k[2:] for k in keys if k.startswith(prefix)}


def event_match(a: EventReport, b: EventReport) -> float:
    """How well two reports agree on being the same real-world event: 0 when they cannot be (another type,
    no shared actor, recipients or dates or places apart), else the share of participants they have in common."""
    if a.article_id == b.article_id or a.type != b.type:
        return 0.0
    if a.day is not None and b.day is not None and abs((a.day - b.day).days) > EVENT_WINDOW_DAYS:
        return 0.0
    if a.place and b.place and a.place != b.place and not (a.country and a.country == b.country):
        return 0.0
    actors_a, actors_b = _role(a.participants, "a:"), _role(b.participants, "a:")
    recipients_a, recipients_b = _role(a.participants, "r:"), _role(b.participants, "r:")
    if a.type in SYMMETRIC_TYPES:
        pooled_a, pooled_b = actors_a | recipients_a, actors_b | recipients_b
        shared = pooled_a & pooled_b
        return len(shared) / len(pooled_a | pooled_b) if shared else 0.0
    if not actors_a & actors_b:
        return 0.0
    if recipients_a and recipients_b and not recipients_a & recipients_b:
        return 0.0
    pooled_a, pooled_b = actors_a | recipients_a, actors_b | recipients_b
    return len(pooled_a & pooled_b) / len(pooled_a | pooled_b)


# -- entry points -------------------------------------------------------------------------------


def pending_articles(store: Store) -> list[str]:
    """Analysed original articles not linked yet, in the order they were stored."""
    return [
        row[0]
        for row in store.con.execute(
            """SELECT a.id FROM articles a
               WHERE a.analysed AND a.duplicate_of IS NULL
                 AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)
               ORDER BY a.ingested_at, a.id"""
        ).fetchall()
    ]


def link_articles(store: Store, article_ids: Sequence[str] | None = None, run_id: str | None = None) -> list[Decision]:
    """Link articles into stories, in the order given (default: every analysed article not linked yet, in
    the order stored). An article linked before is taken out of its story and linked again. One
    transaction: if linking fails, nothing of it is kept and the articles stay pending for the next run."""
    ids = pending_articles(store) if article_ids is None else list(dict.fromkeys(article_ids))
    if not ids:
        return []
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        # articles linked before leave their stories (those now stored as copies, or not analysed, for good)
        _unlink(store, ids)
        linker = Linker(store)
        decisions = []
        for start in range(0, len(ids), PROFILE_BATCH):  # profiles a batch at a time: bounded memory
            batch = ids[start:start + PROFILE_BATCH]
            profiles = load_profiles(store, batch)
            decisions += [linker.link(profiles[i], run_id) for i in batch if i in profiles]
        linker.flush()
        _tidy(store)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"could not link stories: {exc}") from exc
    return decisions


def _unlink(store: Store, ids: list[str]) -> None:
    con = store.con
    con.execute(f"DELETE FROM story_articles WHERE article_id {_IN}", [ids])
    con.execute(f"DELETE FROM story_events WHERE article_id {_IN}", [ids])
    con.execute(f"UPDATE events SET story_id = NULL WHERE article_id {_IN}", [ids])


def _tidy(store: Store) -> None:
    """Drop stories left without articles and recompute the dates of those that lost some (re-ingested
    articles, articles now stored as copies)."""
    con = store.con
    con.execute("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)")
    con.execute(
        """UPDATE stories SET first_seen = m.first, last_seen = m.last
           FROM (SELECT story_id, min(seen) AS first, max(seen) AS last FROM story_articles GROUP BY story_id) m
           WHERE stories.id = m.story_id
             AND (stories.first_seen IS DISTINCT FROM m.first OR stories.last_seen IS DISTINCT FROM m.last)"""
    )


# -- reading stories ----------------------------------------------------------------------------

STORY_COLUMNS = ("id", "title", "first_seen", "last_seen", "articles", "outlets", "article_ids", "event_ids")
# The columns a terminal table of stories shows; JSON carries every column.
STORY_TABLE_COLUMNS = ("id", "first_seen", "last_seen", "articles", "outlets", "title")


def list_stories(
    store: Store,
    *,
    min_articles: int = 1,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Every story (with at least `min_articles` articles, copies included; last seen on or after `since`,
    first seen on or before `until`), newest first: id, title, first_seen, last_seen, the number of
    articles, outlets, article_ids (stored copies included, oldest first) and event_ids (as the PLOVER
    export names events: "<article id>-<event id>")."""
    clauses, params = ["counts.articles >= ?"], [min_articles]
    if since is not None:
        clauses.append("s.last_seen >= ?")
        params.append(since)
    if until is not None:
        clauses.append("s.first_seen <= ?")
        params.append(until)
    limit_sql = ""
    if limit is not None:
        limit_sql = "LIMIT ?"
        params.append(limit)
    # the stories are picked (and counted) first; only those picked get their lists of articles and events
    rows = store.query(
        f"""WITH copies AS (
                SELECT duplicate_of, count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL GROUP BY duplicate_of),
            counts AS (
                SELECT sa.story_id, count(*) + coalesce(sum(copies.n), 0) AS articles
                FROM story_articles sa LEFT JOIN copies ON copies.duplicate_of = sa.article_id GROUP BY sa.story_id),
            picked AS MATERIALIZED (
                SELECT s.id, s.title, s.first_seen, s.last_seen, counts.articles
                FROM stories s JOIN counts ON counts.story_id = s.id
                WHERE {" AND ".join(clauses)}
                ORDER BY s.last_seen DESC, counts.articles DESC, s.id {limit_sql}),
            members AS (
                SELECT sa.story_id, a.id, a.outlet, coalesce(a.published, sa.day) AS day, a.ingested_at
                FROM story_articles sa JOIN articles a ON a.id = sa.article_id SEMI JOIN picked ON picked.id = sa.story_id
                UNION ALL
                SELECT sa.story_id, c.id, c.outlet, coalesce(c.published, sa.day), c.ingested_at
                FROM story_articles sa JOIN articles c ON c.duplicate_of = sa.article_id SEMI JOIN picked ON picked.id = sa.story_id),
            agg AS (
                SELECT story_id, list(DISTINCT outlet ORDER BY outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets,
                       list(id ORDER BY day NULLS LAST, ingested_at, id) AS article_ids
                FROM members GROUP BY story_id),
            ev AS (
                SELECT se.story_id, list(se.article_id || '-' || se.event_id ORDER BY se.article_id, e.trigger_start, se.event_id)
                       AS event_ids
                FROM story_events se JOIN events e ON e.article_id = se.article_id AND e.id = se.event_id
                SEMI JOIN picked ON picked.id = se.story_id
                GROUP BY se.story_id)
            SELECT p.id, p.title, p.first_seen, p.last_seen, p.articles, coalesce(agg.outlets, []) AS outlets,
                   agg.article_ids, coalesce(ev.event_ids, []) AS event_ids
            FROM picked p JOIN agg ON agg.story_id = p.id LEFT JOIN ev ON ev.story_id = p.id
            ORDER BY p.last_seen DESC, p.articles DESC, p.id""",
        params,
    )
    return rows


def stories(db: str, **filters: Any) -> list[dict[str, Any]]:
    """Library form of `newsevents stories`: the stories of the database `db` as dictionaries."""
    with Store(db, read_only=True) as store:
        return list_stories(store, **filters)
