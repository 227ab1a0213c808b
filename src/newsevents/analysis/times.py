"""Time expressions: find every date, time, duration and set in an article and normalise it to a
TIMEX3 value anchored on the publication date.

The grammar (`time_grammar`) proposes matches; the tagger keeps the leftmost-longest ones, reads
the tense around each from the parse (so "on Tuesday" points back in a report and forward in a
plan) and carries the last period named forward for "the next day" and "a year earlier".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..model import EventDate, TimeExpression
from ..pipeline import AnalysisState, register_component
from .time_grammar import RULES, Context, Timex, windows
from .time_values import Direction, shift

_FUTURE_AUX = frozenset({"will", "wo", "'ll", "’ll", "shall"})
# Modals that look neither way from the publication date ("said it would leave on March 30").
_OPEN_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "ought"})
# Words between a time expression and its verb that put it in the future: "scheduled for Tuesday",
# "payable Dec. 7", "the upcoming vote on Sunday".
_FUTURE_LEMMAS = frozenset({"schedule", "plan", "expect", "due", "slate", "intend", "upcoming", "forthcoming",
                            "payable", "await", "scheduled", "planned", "expected"})
# Words whose infinitive complement lies ahead ("planning to march on Friday", "going to vote in May").
_PLANNING = _FUTURE_LEMMAS | frozenset({"prepare", "aim", "going"})
# ... only as participles: "is set to resume Monday", "talks set to resume Monday", "poised to", not
# "set out to visit".
_PLANNING_PARTICIPLES = frozenset({"set", "poise", "poised"})
# Words that leave the direction open: "effective Feb. 1", "the Jan. 14 deadline".
_OPEN_LEMMAS = frozenset({"effective", "deadline", "until", "through", "by"})
_CHAIN_LIMIT = 6


@dataclass(frozen=True)
class FoundTime:
    start: int
    end: int
    timex: Timex


class TimeTagger:
    """Finds and normalises time expressions in one text."""

    def tag(self, text: str, anchor: date | None, direction: Callable[[int], Direction] | None = None) -> list[FoundTime]:
        context = Context(anchor=anchor, direction=direction or (lambda _: None))
        seen: set[tuple[int, int, int]] = set()
        candidates = []
        for low, high in windows(text):
            for order, rule in enumerate(RULES):
                for match in rule.pattern.finditer(text, low, high):
                    key = (match.start(), match.end(), order)
                    if match.end() > match.start() and key not in seen:
                        seen.add(key)
                        candidates.append((match.start(), -(match.end() - match.start()), order, match))
        candidates.sort(key=lambda c: (c[0], c[1], c[2]))
        found: list[FoundTime] = []
        taken_until = -1
        for start, _, order, match in candidates:
            if start < taken_until:
                continue
            timex = RULES[order].handler(match, context)
            if timex is None or in_quoted_title(text, start + timex.skip, match.end()):
                continue
            found.append(FoundTime(start + timex.skip, match.end(), timex))
            taken_until = match.end()
            if timex.anchors and timex.day is not None and timex.granularity is not None and timex.type in ("DATE", "TIME"):
                context.reference = (timex.day, timex.granularity)
        return found


_OPENING_QUOTES = ("``", "\"", "“", "''")
_CLOSING_QUOTES = ("''", "\"", "”")
_TITLE_LIMIT = 60
# Short words a title leaves in lower case ("This Week with David Brinkley").
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "with", "and", "in", "on", "for", "at", "to"})


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` lies inside a short quoted title ("This Week", ``60 Minutes'',
    "High Noon"): a programme or film, not a time. The quote must hold only capitalised words."""
    before = text[max(0, start - _TITLE_LIMIT):start]
    opening = max((before.rfind(q) + len(q) for q in _OPENING_QUOTES if q in before), default=-1)
    if opening < 0:
        return False
    after = text[end:end + _TITLE_LIMIT]
    closing = min((after.find(q) for q in _CLOSING_QUOTES if q in after), default=-1)
    if closing < 0:
        return False
    quoted = before[opening:] + text[start:end] + after[:closing]
    words = re.findall(r"[^\W_]+", quoted)
    if len(words) < 2 or any(q in quoted for q in _OPENING_QUOTES):
        return False  # a single quoted word ("Monday") may be a time quoted as such
    return all(w[0].isupper() or w[0].isdigit() or (i and w in _TITLE_SMALL_WORDS) for i, w in enumerate(words))


def tense_direction(doc: Doc) -> Callable[[int], Direction]:
    """For a character offset in `doc`, which way the clause around it points in time."""
    starts = [token.idx for token in doc]

    def direction(offset: int) -> Direction:
        if not starts:
            return None
        token = doc[max(0, bisect_right(starts, offset) - 1)]
        return _lead_in_direction(token) or _clause_direction(token)

    return direction


# Words right before a time that put it ahead: "as soon as Tuesday", "as early as next week", "extended
# its deadline until 9 a.m. Tuesday" (but not "it was not until Tuesday that ...", which reports).
_EARLIEST = (("as", "soon", "as"), ("as", "early", "as"))
_UNTIL = frozenset({"until", "till", "til"})


def _lead_in_direction(token: Token) -> Direction:
    """The direction the words just before an expression give it, if they give one."""
    before = [t.lower_ for t in token.doc[max(0, token.i - 3):token.i]]
    if tuple(before) in _EARLIEST:
        return "future"
    if before and before[-1] in _UNTIL and not (len(before) > 1 and before[-2] in ("not", "n't")):
        # "Until Thursday, they had not called him a suspect": a state that ended in the past
        return None if _in_past_perfect(token) else "future"
    return None


def _in_past_perfect(token: Token) -> bool:
    """Whether the first verb above `token` is in the past perfect ("had been due to expire")."""
    current = token
    for _ in range(_CHAIN_LIMIT):
        if current.pos_ in ("VERB", "AUX") and current.tag_.startswith("VB"):
            return _has_had(current) or (current.dep_ in ("xcomp", "acomp") and _has_had(current.head))
        if current.head.i == current.i:
            break
        current = current.head
    return False


def _has_had(word: Token) -> bool:
    return any(child.dep_ in ("aux", "auxpass") and child.lower_ == "had" for child in word.children)


def _clause_direction(token: Token) -> Direction:
    """The tense of the first verb above `token`, read as a direction from the publication date."""
    current = token
    for _ in range(_CHAIN_LIMIT):
        if current.i != token.i:
            lemma = current.lemma_.lower()
            if lemma in _FUTURE_LEMMAS or current.lower_ in _FUTURE_LEMMAS:
                # a plan told in the past perfect was overtaken: "had been due to expire Friday"
                return "past" if _plan_in_past_perfect(current) else "future"
            if lemma in _OPEN_LEMMAS:
                return None
        if current.pos_ in ("VERB", "AUX") and current.tag_.startswith("VB"):
            return _verb_direction(current)
        if current.head.i == current.i:
            break
        current = current.head
    return None


def _plan_in_past_perfect(word: Token) -> bool:
    """"had been scheduled", "had been due": the word of planning or the verb it depends on has `had`."""
    return _has_had(word) or (word.dep_ in ("acomp", "attr", "xcomp") and _has_had(word.head))


def _verb_direction(verb: Token) -> Direction:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in auxiliaries}
    if words & _FUTURE_AUX or verb.lower_ in _FUTURE_AUX:
        return "future"
    if words & _OPEN_MODALS:
        return "near"
    if "to" in words:
        # an infinitive points forward under a word of planning ("set to resume Monday", "planning to
        # drive on Monday", "scheduled to close Monday") or a present "be" ("is to resume"), else it
        # leaves the direction open
        if verb.head.i == verb.i:
            return None
        if _plans(verb.head):
            return "past" if _plan_in_past_perfect(verb.head) else "future"
        if verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP"):
            return "future"  # "is to resume trading Tuesday": an arrangement
        return None
    if "going" in words:
        return "future"
    if verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and not auxiliaries:
        return "past"
    if any(child.lemma_ == "have" for child in auxiliaries):
        return "past"  # the present perfect looks back: "has been searching since Oct. 23"
    if verb.tag_ in ("VBZ", "VBP") and not auxiliaries and verb.lemma_ not in ("be", "have"):
        return "near"  # the news present reads both ways: "the ministers meet Monday", "follows Tuesday's vote"
    return None


def _plans(word: Token) -> bool:
    lemma = word.lemma_.lower()
    if lemma in _PLANNING or word.lower_ in _PLANNING:
        return True
    return ((lemma in _PLANNING_PARTICIPLES or word.lower_ in _PLANNING_PARTICIPLES) and word.tag_ in ("VBN", "JJ")
            and not any(child.dep_ == "prt" for child in word.children))


_DATEABLE_TYPES = frozenset({"DATE", "TIME"})
_PRECISION = {"day": "day", "week": "week", "weekend": "week", "month": "month", "quarter": "month",
              "half": "month", "year": "year", "decade": "year", "century": "year"}
_DURATION = re.compile(r"^P(\d+)(D|W|M|Y)$")
_DURATION_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_LOOKING_BACK = re.compile(r"^(?:the\s+)?(?:past|last|previous)\b", re.IGNORECASE)
_LOOKING_AHEAD = re.compile(r"^(?:the\s+)?(?:next|coming)\b", re.IGNORECASE)


def period_of(found: FoundTime, text: str, anchor: date | None) -> EventDate | None:
    """The dates an expression covers, as an event date; None for one that names no period."""
    timex = found.timex
    surface = text[found.start:found.end]
    if timex.type in _DATEABLE_TYPES and timex.day is not None and timex.granularity is not None:
        start, end = _bounds(timex.day, timex.granularity)
        return EventDate(start=start.isoformat(), end=end.isoformat(), precision=_PRECISION[timex.granularity],
                         text=surface)
    if timex.type == "DURATION" and anchor is not None and timex.value:
        match = _DURATION.match(timex.value)
        if match is None:
            return None
        amount, unit = int(match.group(1)), _DURATION_UNITS[match.group(2)]
        if _LOOKING_BACK.match(surface):
            start, end = shift(anchor, -amount, unit), anchor
        elif _LOOKING_AHEAD.match(surface):
            start, end = anchor, shift(anchor, amount, unit)
        else:
            return None
        return EventDate(start=start.isoformat(), end=end.isoformat(), precision="day", text=surface)
    return None


def _bounds(day: date, granularity: str) -> tuple[date, date]:
    if granularity == "day":
        return day, day
    if granularity == "week":
        monday = day - timedelta(days=day.isoweekday() - 1)
        return monday, monday + timedelta(days=6)
    if granularity == "weekend":
        saturday = day - timedelta(days=day.isoweekday() - 1) + timedelta(days=5)
        return saturday, saturday + timedelta(days=1)
    if granularity == "month":
        first = date(day.year, day.month, 1)
        return first, shift(first, 1, "month") - timedelta(days=1)
    if granularity in ("quarter", "half"):
        months = 3 if granularity == "quarter" else 6
        first_month = (day.month - 1) // months * months + 1
        first = date(day.year, first_month, 1)
        return first, shift(first, months, "month") - timedelta(days=1)
    if granularity == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    span = 10 if granularity == "decade" else 100
    first_year = max(1, day.year // span * span)
    return date(first_year, 1, 1), date(first_year + span - 1, 12, 31)


class TimeExpressionTagger:
    """The `times` component: the contract's `times`, and the periods events are dated by."""

    def __init__(self) -> None:
        self.tagger = TimeTagger()

    def __call__(self, state: AnalysisState) -> None:
        text = state.article.text
        found = self.tagger.tag(text, state.article.published, tense_direction(state.doc))
        state.result.times = [
            TimeExpression(id=f"T{number}", start=item.start, end=item.end, text=text[item.start:item.end],
                           type=item.timex.type, value=item.timex.value)  # type: ignore[arg-type]
            for number, item in enumerate(found, start=1)
        ]
        state.scratch["times"] = found


register_component("times", assigns=("times",), requires=("doc",))(TimeExpressionTagger)
