"""The grammar of English time expressions: one regular expression per form, each with the
function that turns a match into a TIMEX3 type and value.

Spans follow TimeML: determiners and modifiers belong to the expression ("the third quarter",
"late November", "up to 180 days", "a year ago"), prepositions do not ("in March" is "March").
A value that needs an anchor (the publication date) is None when the article has no date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from .time_lexicon import (
    COMPUTED_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    PLURAL_UNITS,
    SEASONS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
)
from .time_values import (
    GRANULARITY_OF_UNIT,
    Direction,
    Granularity,
    dates_of,
    duration,
    holiday,
    holiday_near,
    month_day_near,
    month_near,
    quarter_near,
    season_year,
    shift,
    weekday_near,
    write,
)


@dataclass
class Timex:
    type: str  # DATE, TIME, DURATION or SET
    value: str | None
    # The period the expression names, for dating events and anchoring later expressions.
    day: date | None = None
    granularity: Granularity | None = None
    # Whether later expressions may be read relative to this one; "a year earlier" may not.
    anchors: bool = True
    # Characters of the match that belong to the phrase around it, not to the expression.
    skip: int = 0


@dataclass
class Context:
    """What a rule needs beyond its match: the publication date, the tense around the match and
    the last period the text named (for "the next day", "a year earlier")."""

    anchor: date | None
    direction: Callable[[int], Direction]
    reference: tuple[date, Granularity] | None = None
    notes: dict[str, object] = field(default_factory=dict)


Handler = Callable[[re.Match[str], Context], Timex | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _capitalised(words: list[str]) -> str:
    forms = []
    for word in words:
        forms.extend([word.capitalize(), word.upper()])
    return _alternatives(forms)


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBREVIATED_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
# "Mar", "Jun", "Jul" and "Sep" are months only with their full stop.
MONTH = (rf"(?P<month>(?:{_capitalised(_FULL_MONTHS)})\b|(?:{_capitalised(_ABBREVIATED_MONTHS)})\.|"
         rf"(?:{_capitalised([m for m in _ABBREVIATED_MONTHS if m not in ('mar', 'jun', 'jul', 'sep')])})\b)")
WEEKDAY = rf"(?P<weekday>(?:{_capitalised([w for w in WEEKDAYS if len(w) > 4])})\b)"
DAY = r"(?P<day>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?\b"
_COUNTED_NOUNS = (r"people|troops|soldiers|workers|employees|jobs|shares|members|students|cars|homes|houses|units|"
                  r"tons|tonnes|barrels|feet|meters|metres|miles|km|kilometres|kilometers|acres|dollars|euros|"
                  r"pounds|yen|points|votes|cases|deaths|times|rounds|rockets|missiles|refugees|prisoners|pages")


def _year_group(name: str) -> str:
    """A year between 1800 and 2099 that is not part of a larger number, an amount or a count."""
    return (rf"(?<![\d$£€#.,/:])(?<!\d-)(?P<{name}>1[89]\d\d|20\d\d)"
            rf"(?![\d%]|,\d|\.\d|-\d|\s*(?:per\s*cent|percent)\b|\s+(?:{_COUNTED_NOUNS})\b)")


YEAR = _year_group("year")
_SHORT_YEAR = r"['’](?P<short_year>\d\d)\b"
# Number words as a compact pattern: the regex engine tries alternatives one by one at every word,
# so "(twenty|...|ninety)(-one|...)?" is much faster than listing all ninety-nine words.
_UNIT_NUMBERS = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:" + _UNIT_NUMBERS + r"))?|"
                r"(?:a\s+|one\s+|two\s+)?(?:hundred|thousand)|a\s+couple(?:\s+of)?|couple\s+of|a\s+dozen|dozen|"
                r"half\s+an?|a\s+half|a\s+single|single|zero|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                r"seventeen|eighteen|nineteen|" + _UNIT_NUMBERS + ")")
_NUMBER = (rf"(?P<number>(?:\d+|(?i:{_NUMBER_WORD}))\s+(?i:and\s+a\s+half)|\d+(?:\s+1/2|\s*½)|\d+(?:\.\d+)?|(?i:{_NUMBER_WORD})|"
           rf"(?i:{_alternatives(sorted(VAGUE_QUANTITIES))}))")
_A_OR_NUMBER = rf"(?:(?P<article>(?i:an?))|{_NUMBER})"
_UNIT_WORDS = [*UNITS, *PLURAL_UNITS]
UNIT = rf"(?P<unit>(?i:{_alternatives(_UNIT_WORDS)}))\b"
_SINGULAR_UNIT = r"(?:(?i:fiscal|full|calendar)\s+)?(?P<unit>(?i:day|week|fortnight|month|quarter|year|decade|century))\b"
_PART_OF_DAY = rf"(?P<part>(?i:{_alternatives(list(PARTS_OF_DAY))}))\b"
_SEASON = rf"(?P<season>(?i:{_alternatives(list(SEASONS))}))\b"
# TimeML keeps "nearly", "more than" and "up to" inside a duration and leaves "about" and "over" out.
_APPROX = (r"(?P<approx>(?i:around|approximately|roughly|nearly|some|more\s+than|less\s+than|"
           r"up\s+to|at\s+least|at\s+most|fewer\s+than|no\s+more\s+than|no\s+less\s+than|well\s+over|"
           r"(?:a|an)\s+additional|"
           r"the\s+better\s+part\s+of|close\s+to|upwards\s+of|the\s+last|the\s+past|the\s+next|the\s+first|"
           r"the\s+previous|the\s+following|the\s+latest|the\s+coming|the\s+remaining|the\s+final|the\s+same|"
           r"past|last|next|first|coming|another|the|additional))\s+")
_EDGE = (r"(?P<edge>(?i:early|late|mid|the\s+beginning\s+of|the\s+start\s+of|the\s+end\s+of|the\s+middle\s+of|"
         r"the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+latter\s+part\s+of|the\s+early\s+part\s+of|"
         r"beginning\s+of|end\s+of|start\s+of|middle\s+of))(?:\s+|-)")
_RELATIVE = (r"(?P<relative>(?i:this|last|next|the\s+past|the\s+coming|the\s+current|the\s+previous|"
             r"the\s+following|the\s+next|the\s+last|the\s+same|this\s+past|this\s+coming|earlier\s+this|later\s+this|"
             r"early\s+this|late\s+this|early\s+next|late\s+next|early\s+last|late\s+last|later\s+next|"
             r"the\s+end\s+of\s+this|the\s+end\s+of\s+last|the\s+end\s+of\s+next|the\s+end\s+of\s+the|"
             r"the\s+beginning\s+of\s+this|the\s+beginning\s+of\s+next|the\s+start\s+of\s+this|"
             r"the\s+start\s+of\s+next|sometime\s+next|sometime\s+this|some\s+time\s+next|that|the))\s+")


# -- helpers the handlers share ------------------------------------------------------------------------

def _number(text: str | None) -> int | float | None:
    """The count a number phrase names, or None when it names none ("several")."""
    if text is None:
        return 1
    lowered = " ".join(text.lower().split())
    if lowered in VAGUE_QUANTITIES:
        return None
    half = re.fullmatch(r"(.+?)\s*(?:1/2|½|\s+and\s+a\s+half)", lowered)
    if half:
        whole = _number(half[1])
        return None if whole is None else whole + 0.5
    if lowered in NUMBER_WORDS:
        return NUMBER_WORDS[lowered]
    try:
        value = float(lowered)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def _unit(text: str) -> str:
    lowered = text.lower()
    return PLURAL_UNITS.get(lowered, lowered)


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _weekday(text: str) -> int:
    return WEEKDAYS[text.lower()]


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _year(match: re.Match[str]) -> int | None:
    for name in ("year", "year2"):
        if (text := _group(match, name)) is not None:
            return int(text)
    if (text := _group(match, "short_year")) is not None:
        value = int(text)
        return 1900 + value if value > 30 else 2000 + value
    return None


def _previous_word(match: re.Match[str]) -> str:
    words = re.findall(r"[\w']+", match.string[max(0, match.start() - 30):match.start()])
    return words[-1].lower() if words else ""


def _next_word(match: re.Match[str]) -> str:
    found = re.match(r"\s*([\w']+)", match.string[match.end():match.end() + 30])
    return found.group(1).lower() if found else ""


# Words before a bare "May" or "March" that make it the month, not the verb.
_MONTH_CUES = frozenset({"in", "of", "by", "since", "until", "till", "during", "from", "to", "through", "before",
                         "after", "between", "early", "late", "mid", "last", "next", "this", "and", "or", "end", "beginning", "start", "middle"})
_SEASON_CUES = frozenset({"in", "during", "by", "until", "till", "since", "through", "over", "of", "this", "last",
                          "next", "early", "late", "mid", "before", "after", "throughout"})
# Words before "one day" that make it "some day" ("will one day be").
_FUTURE_MODALS = frozenset({"will", "would", "could", "might", "may", "can", "shall", "should", "must"})
# Words before a bare plural ("for years") that make it a duration.
_DURATION_CUES = frozenset({"for", "in", "over", "within", "took", "take", "takes", "taking", "last", "lasted",
                            "lasts", "spent", "spend", "spending", "after", "wait", "waited"})


def _day_timex(day: date) -> Timex:
    return Timex("DATE", day.isoformat(), day, "day")


def _period(day: date, granularity: Granularity) -> Timex:
    return Timex("DATE", write(day, granularity), day, granularity)


def _relative_offset(word: str) -> int | None:
    """-1 for "last", +1 for "next", 0 for "this"; None for a word that does not move."""
    lowered = " ".join(word.lower().split())
    if lowered.endswith(("last", "past", "previous")):
        return -1
    if lowered.endswith(("next", "coming", "following")):
        return 1
    if lowered.endswith(("this", "current", "same")):
        return 0
    return None


def _time_of_day(hour: int, minute: int, meridiem: str | None) -> tuple[int, int] | None:
    if meridiem:
        lowered = meridiem.lower().replace(".", "").replace(" ", "")
        if hour > 12 or hour == 0:
            return None
        if lowered.startswith("p") and hour != 12:
            hour += 12
        elif lowered.startswith("a") and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    return hour, minute


# -- handlers --------------------------------------------------------------------------------------

def _full_date(match: re.Match[str], context: Context) -> Timex | None:
    month, day_number = _month(match["month"]), int(match["day"])
    year = _year(match)
    weekday = _weekday(match["weekday"]) if _group(match, "weekday") else None
    if year is not None:
        try:
            day = date(year, month, day_number)
        except ValueError:
            return None
        return _with_part(_day_timex(day), match)
    if context.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day_number:02d}")
    day = month_day_near(context.anchor, month, day_number, context.direction(match.start()), weekday)
    if day is None:
        return None
    if _previous_word(match) in ("ended", "ending"):
        context.notes["period_end"] = day  # "the quarter ended Sept. 30", for "a year earlier"
    return _with_part(_day_timex(day), match)


def _relative_month_day(match: re.Match[str], context: Context) -> Timex | None:
    """"last Oct. 23": the most recent such date; "next May 4": the coming one. The span is the date."""
    month, day_number = _month(match["month"]), int(match["day"])
    skip = match.start("month") - match.start()
    if context.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day_number:02d}", skip=skip)
    # 29 February may lie four years away
    candidates = dates_of(month, day_number, range(context.anchor.year - 4, context.anchor.year + 5))
    if _relative_offset(match["relative"]) == -1:
        day = max((c for c in candidates if c < context.anchor), default=None)
    else:
        day = min((c for c in candidates if c > context.anchor), default=None)
    if day is None:
        return None
    return Timex("DATE", day.isoformat(), day, "day", skip=skip)


def _week_of_date(match: re.Match[str], context: Context) -> Timex | None:
    """"the week of March 6": the ISO week that holds the date."""
    day = _full_date(match, context)
    if day is None or day.day is None:
        return day
    return _period(day.day, "week")


_FIRST_DAY = re.compile(rf"{MONTH}\s+{DAY}\s+and\s+$")


def _second_day(match: re.Match[str], context: Context) -> Timex | None:
    """"April 24 and 25": the second day, in the month of the first and the year the first falls in."""
    before = _FIRST_DAY.search(match.string, max(0, match.start() - 30), match.start())
    if before is None:
        return None
    first = _full_date(before, context)
    if first is None or first.day is None:
        return first and Timex("DATE", f"XXXX-{_month(before['month']):02d}-{int(match['day2']):02d}")
    try:
        day = first.day.replace(day=int(match["day2"]))
    except ValueError:
        return None
    return _day_timex(day) if day > first.day else None


def _with_part(timex: Timex, match: re.Match[str]) -> Timex:
    part = _group(match, "part")
    if part and timex.day is not None:
        return Timex("TIME", f"{timex.day.isoformat()}T{PARTS_OF_DAY[part.lower()]}", timex.day, "day")
    return timex


def _numeric_date(match: re.Match[str], context: Context) -> Timex | None:
    if _group(match, "iso_year"):
        year, month, day_number = int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])
    else:
        month, day_number = int(match["us_month"]), int(match["us_day"])
        year = int(match["us_year"])
        if year < 100:
            year += 1900 if year > 30 else 2000
    try:
        return _day_timex(date(year, month, day_number))
    except ValueError:
        return None


def _month_year(match: re.Match[str], context: Context) -> Timex | None:
    year = _year(match)
    if year is None:
        return None
    return _period(date(year, _month(match["month"]), 1), "month")


def _bare_month(match: re.Match[str], context: Context) -> Timex | None:
    month = _month(match["month"])
    relative = _group(match, "relative")
    if not match["month"].endswith(".") and match["month"].lower() not in _FULL_MONTHS:
        return None  # "Jan", "Dec" alone are names more often than months
    if (match["month"].lower().rstrip(".") in ("may", "march", "mar") and not relative and not _group(match, "edge")
            and not _group(match, "of_year") and _previous_word(match) not in _MONTH_CUES):
        return None
    if context.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}")
    if relative:
        offset = _relative_offset(relative)
        if offset is None:
            return None
        if offset == 0:
            return _period(date(context.anchor.year, month, 1), "month")
        first = date(context.anchor.year, context.anchor.month, 1)
        day = month_near(shift(first, offset, "month"), month, "past" if offset < 0 else "future")
        return _period(day, "month")
    if (of_year := _group(match, "of_year")) is not None:
        offset = _relative_offset(of_year) or 0
        return _period(date(context.anchor.year + offset, month, 1), "month")
    return _period(month_near(context.anchor, month, context.direction(match.start())), "month")


def _year_alone(match: re.Match[str], context: Context) -> Timex | None:
    year = _year(match)
    if year is None:
        return None
    return _period(date(year, 1, 1), "year")


def _decade(match: re.Match[str], context: Context) -> Timex | None:
    text = match["decade"]
    digits = re.sub(r"\D", "", text)
    if len(digits) == 2:
        year = 1900 + int(digits) if int(digits) > 20 else 2000 + int(digits)
    else:
        year = int(digits[:4])
    return _period(date(year, 1, 1), "decade")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
                 "nineties": 9}


def _spelled_decade(match: re.Match[str], context: Context) -> Timex | None:
    """"the nineties": the latest such decade begun by the publication date (the 1900s without one)."""
    tens = _DECADE_WORDS[match["decade_word"].lower()]
    year = 1900 + 10 * tens
    if context.anchor is not None and year + 100 <= context.anchor.year:
        year += 100
    return _period(date(year, 1, 1), "decade")


def _century(match: re.Match[str], context: Context) -> Timex | None:
    number = ORDINALS.get(match["ordinal"].lower())
    if number is None:
        digits = re.sub(r"\D", "", match["ordinal"])
        number = int(digits) if digits else None
    if not number or number < 1:
        return None
    return Timex("DATE", f"{number - 1:02d}", date(max(1, (number - 1) * 100), 1, 1), "century")


def _quarter(match: re.Match[str], context: Context) -> Timex | None:
    words = " ".join(match[0].lower().split())
    ordinal = _group(match, "ordinal")
    half = "half" in words
    number = ORDINALS.get(ordinal.lower()) if ordinal else None
    year = _year(match)
    if context.anchor is None and year is None:
        return None
    anchor = context.anchor or date(year or 1, 12, 31)
    year_offset = -1 if re.search(r"year-(?:ago|earlier)|a\s+year\s+(?:ago|earlier)|last\s+year|previous\s+year|prior[- ]year",
                                  words) else (
        1 if re.search(r"next\s+year", words) else 0)
    if half:
        if number is None:
            return None
        start = date((year or anchor.year) + year_offset, 1 if number == 1 else 7, 1)
        if year is None and year_offset == 0 and start > anchor and context.direction(match.start()) != "future":
            start = date(start.year - 1, start.month, 1)
        return _period(start, "half")
    if number is None and year is None and words.endswith("period") and not re.search(
            r"year-ago|year-earlier|prior-year|same|latest|current|previous|recent|comparable|corresponding|year's", words):
        return None
    if number is None:
        # "the quarter", "the latest quarter", "the current quarter", "the year-ago quarter": the
        # quarter the text is about, else the last one reported (the one before publication)
        named = context.notes.get("quarter")
        if "current" in words or "this" in words:
            base = anchor
        elif isinstance(named, date) and "latest" not in words:
            base = named
        else:
            base = shift(anchor, -1, "quarter")
        base = shift(base, year_offset, "year")
        if year is not None:
            base = date(year, base.month, 1)
        timex = _period(base, "quarter")
        timex.anchors = year_offset == 0
        return timex
    if number > 4:
        return None
    if year is not None:
        start = date(year, 3 * (number if number > 0 else 4) - 2, 1)
    elif year_offset:
        start = date(anchor.year + year_offset, 3 * (number if number > 0 else 4) - 2, 1)
    else:
        start = quarter_near(anchor, number, context.direction(match.start()))
    timex = _period(start, "quarter")
    if re.match(r"the\s+\w+-quarter$", words):
        timex.skip = len(re.match(r"the\s+", match[0], re.IGNORECASE).group(0))  # type: ignore[union-attr]
    if year_offset == 0:
        _note_reported_quarter(context, start, anchor)
    else:
        timex.anchors = False
    return timex


def _note_reported_quarter(context: Context, start: date, anchor: date) -> None:
    """Remember the quarter a report is about, for "the quarter" and "the year-ago period" later on:
    a quarter already over; an outlook ("the fourth quarter", "the third quarter of 1990") is not what
    the report is about."""
    if shift(start, 1, "quarter") <= anchor and "quarter" not in context.notes:
        context.notes["quarter"] = start


def _relative_unit(match: re.Match[str], context: Context) -> Timex | None:
    """this week, last month, next year, the coming year, earlier this month, the end of this year."""
    relative = " ".join(match["relative"].lower().split())
    unit = _unit(match["unit"])
    if unit == "day" and relative == "the":
        return None  # "the day" is rarely a date of its own
    if unit == "year" and relative == "the" and _closes_on_a_date(match):
        return Timex("DURATION", duration(1, unit))  # "the year ended March 31": twelve months, not a calendar year
    if relative == "the" and unit == "year" and re.search(r"\bfull\s", match[0], re.IGNORECASE) and context.anchor:
        return _period(context.anchor, "year")  # "forecast an increase for the full year": the year under way
    if relative in ("the", "that") or relative.endswith("the") or relative.startswith(
            ("the following", "the previous", "the same")) or (relative == "the next" and unit in ("day", "night")):
        return _anaphoric_period(match, context, unit, relative)
    if relative.startswith(("the past", "the last")):
        return Timex("DURATION", duration(1, unit))  # TimeML reads "the past year" as a duration
    offset = _relative_offset(relative)
    if offset is None or context.anchor is None:
        return None
    granularity = GRANULARITY_OF_UNIT.get(unit)
    if granularity is None:
        return None
    if unit == "quarter":
        day = shift(context.anchor, offset, "quarter")
    elif unit == "weekend":
        day = shift(context.anchor, offset, "week")
    else:
        day = shift(context.anchor, offset, unit)
    return _period(day, granularity)


_CLOSING = re.compile(r"\s+(?:ended|ending|that\s+ended|that\s+ends|which\s+ended|to)\s+(?:" + MONTH + r"|tomorrow|today)")


def _closes_on_a_date(match: re.Match[str]) -> bool:
    """Whether a period is measured up to a date ("the year ended Sept. 30", "the year ending tomorrow")."""
    return _CLOSING.match(match.string, match.end()) is not None


def _anaphoric_period(match: re.Match[str], context: Context, unit: str, relative: str) -> Timex | None:
    """"the next day", "that year", "the previous week": relative to the last period the text named."""
    reference = context.reference or ((context.anchor, "day") if context.anchor else None)
    if reference is None:
        return None
    granularity = GRANULARITY_OF_UNIT.get(unit)
    if granularity is None:
        return None
    base, _ = reference
    offset = _relative_offset(relative) or 0
    if relative in ("the", "that") or relative.endswith("same"):
        offset = 0
    return _period(shift(base, offset, unit) if unit != "weekend" else shift(base, offset, "week"), granularity)


def _ago(match: re.Match[str], context: Context) -> Timex | None:
    amount = _number(_group(match, "number")) if _group(match, "article") is None else 1
    unit = _unit(match["unit"])
    direction = match["direction"].lower()
    granularity = GRANULARITY_OF_UNIT.get(unit)
    if granularity is None or unit == "weekend":
        return None  # "an hour later": the duration alone is the expression
    if amount is None:
        return Timex("DATE", "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF")
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if direction in ("ago", "from now", "hence"):
        if context.anchor is None:
            return None
        base, base_granularity = context.anchor, "day"
    else:
        reference = context.reference or ((context.anchor, "day") if context.anchor else None)
        if reference is None:
            return None
        base, base_granularity = reference
    if not float(amount).is_integer():
        return None
    day = shift(base, sign * int(amount), unit)
    if direction not in ("ago", "from now", "hence") and _finer(base_granularity, granularity):
        granularity = base_granularity
    timex = _period(day, granularity)
    timex.anchors = False
    return timex


_ORDER: list[Granularity] = ["day", "week", "weekend", "month", "quarter", "half", "year", "decade", "century"]


def _finer(a: Granularity, b: Granularity) -> bool:
    return _ORDER.index(a) < _ORDER.index(b)


def _duration(match: re.Match[str], context: Context) -> Timex | None:
    unit = _unit(match["unit"])
    if unit not in UNITS:
        return None
    if _group(match, "vague"):
        amount = None
    elif _group(match, "article") is not None:
        if unit in ("second", "sec", "quarter", "min") or _next_word(match) == "of":
            return None  # "a second term", "a quarter of the vote"
        amount = 1
    else:
        amount = _number(_group(match, "number"))
    if amount is not None and re.search(r"and\s+a\s+half$", match[0], re.IGNORECASE):
        amount += 0.5
    if _next_word(match) == "old":
        return None  # an age: "37 years old"
    if amount == 1 and unit == "day" and _previous_word(match) in _FUTURE_MODALS and match[0].lower().startswith("one"):
        return Timex("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day, not a length of time
    if _group(match, "article") is not None and _is_rate(match):
        return Timex("SET", duration(1, unit))
    return Timex("DURATION", duration(amount, unit))


def _is_rate(match: re.Match[str]) -> bool:
    """"four flights a week", "$5 a day", "twice a year": a frequency, not a length of time."""
    before = match.string[max(0, match.start() - 40):match.start()]
    words = re.findall(r"[\w$%.,']+", before)
    if not words:
        return False
    last = words[-1].lower()
    if last in ("times", "once", "twice", "percent", "%") or re.fullmatch(r"[$£€]?[\d.,]+%?", last):
        return True
    return last.endswith("s") and any(re.fullmatch(r"[$£€]?[\d.,]+", w) or w.lower() in NUMBER_WORDS for w in words[-3:-1])


def _bare_plural_duration(match: re.Match[str], context: Context) -> Timex | None:
    if _previous_word(match) not in _DURATION_CUES:
        return None
    return Timex("DURATION", duration(None, _unit(match["unit"])))


def _hyphenated_duration(match: re.Match[str], context: Context) -> Timex | None:
    if match[0].lower().endswith("-old"):
        return None  # an age: "a 44-year-old man"
    amount = _number(match["number"])
    if amount is None:
        return None
    return Timex("DURATION", duration(amount, _unit(match["unit"])))


def _weekday_expression(match: re.Match[str], context: Context) -> Timex | None:
    if (recurring := _shared_recurrence(match)) is not None:
        return recurring
    weekday = _weekday(match["weekday"])
    if context.anchor is None:
        return Timex("DATE", f"XXXX-WXX-{weekday}")
    relative = _group(match, "relative")
    if relative:
        offset = _relative_offset(relative)
        if offset and relative.lower().startswith("the"):
            # "the previous Friday", "the following Monday": seen from the day the text last named
            reference = context.reference[0] if context.reference else context.anchor
            day = weekday_near(reference, weekday, "past" if offset < 0 else "future", strict=True)
            return _with_part(_day_timex(day), match)
        if offset is None:
            # "that Tuesday", "the Tuesday": the one nearest the text's last date
            reference = context.reference[0] if context.reference else context.anchor
            day = weekday_near(reference, weekday, None)
        elif offset < 0:
            day = weekday_near(context.anchor, weekday, "past", strict=True)
        elif offset > 0:
            day = weekday_near(context.anchor, weekday, "future", strict=True)
        else:
            day = weekday_near(context.anchor, weekday, None)
    else:
        # news reports what happened: a bare weekday is in the past unless the clause looks ahead
        day = weekday_near(context.anchor, weekday, context.direction(match.start()) or "past")
    return _with_part(_day_timex(day), match)


def _weekend(match: re.Match[str], context: Context) -> Timex | None:
    if context.anchor is None:
        return None
    relative = " ".join((_group(match, "relative") or "the").lower().split())
    offset = _relative_offset(relative)
    if offset is None:
        # "the weekend": the one just past, unless the text speaks of the future
        direction = context.direction(match.start())
        saturday = weekday_near(context.anchor, 6, direction or "past")
        return _period(saturday, "weekend")
    saturday = weekday_near(context.anchor, 6, None)
    return _period(shift(saturday, offset, "week"), "weekend")


# Days from the publication date for "yesterday", "tomorrow night", ...
_DEICTIC_OFFSETS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "last night": -1, "last evening": -1, "tomorrow morning": 1, "tomorrow night": 1,
    "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1, "yesterday night": -1,
    "tomorrow afternoon": 1, "tomorrow evening": 1, "overnight": 0, "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _deictic_day(match: re.Match[str], context: Context) -> Timex | None:
    word = " ".join(match["deictic"].lower().split())
    if word not in _DEICTIC_OFFSETS:
        return None
    if context.anchor is None:
        return Timex("DATE", None)
    day = shift(context.anchor, _DEICTIC_OFFSETS[word], "day")
    part = next((code for name, code in PARTS_OF_DAY.items() if word.endswith(name)), None)
    if word == "tonight":
        part = "NI"
    if part:
        return Timex("TIME", f"{day.isoformat()}T{part}", day, "day")
    return _day_timex(day)


_REFERENCE_VALUES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PAST_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "once": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF", "earlier": "PAST_REF",
    "soon": "FUTURE_REF", "shortly": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF", "future": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "the near term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
    "eventually": "FUTURE_REF", "one day": "FUTURE_REF", "someday": "FUTURE_REF", "current": "PRESENT_REF",
    "recent": "PAST_REF", "former": "PAST_REF",
}
# "current" is a time only where it stands alone; "the current quarter" is read by the quarter rule.
_CURRENT = r"current(?!\s+(?:quarter|year|month|week|period|fiscal|account|accounts|affairs|events|flow|flows))"


def _reference_word(match: re.Match[str], context: Context) -> Timex | None:
    word = " ".join(match["ref"].lower().split())
    if word == "soon" and (_previous_word(match) == "as" or _next_word(match) in ("as", "after")):
        return None  # "as soon as", "soon after": a connective, not a time
    value = _REFERENCE_VALUES.get(word)
    if value is None:
        return None
    return Timex("DATE", value)


def _vague_period(match: re.Match[str], context: Context) -> Timex | None:
    """recent years, the coming weeks, the next few years, coming months."""
    words = " ".join(match[0].lower().split())
    unit = _unit(match["unit"])
    if "few" in words or "several" in words or "couple" in words or "recent" in words:
        return Timex("DURATION", duration(None if "couple" not in words else 2, unit))
    if re.search(r"\b(?:coming|next|future|upcoming)\b", words):
        return Timex("DATE", "FUTURE_REF")
    return Timex("DATE", "PAST_REF")


def _clock_time(match: re.Match[str], context: Context) -> Timex | None:
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    time = _time_of_day(hour, minute, _group(match, "meridiem"))
    if time is None:
        return None
    return _timed(time, match, context)


def _clock_in_part_of_day(match: re.Match[str], context: Context) -> Timex | None:
    """"4 in the morning" is 04:00, "8 in the evening" 20:00, "11 at night" 23:00, "2 at night" 02:00."""
    hour, part = int(match["hour"]), (_group(match, "part") or "night").lower()
    after_noon = part in ("afternoon", "evening") or (part == "night" and 6 <= hour < 12)
    time = _time_of_day(hour, int(match["minute"] or 0), "pm" if after_noon else "am")
    if time is None:
        return None
    return _timed(time, match, context)


def _timed(time: tuple[int, int], match: re.Match[str], context: Context) -> Timex:
    """A clock time on the day the match or the text names, else on the publication date."""
    day = None
    if _group(match, "weekday") and context.anchor is not None:
        day = weekday_near(context.anchor, _weekday(match["weekday"]), context.direction(match.start()) or "past")
    elif _group(match, "month") and context.anchor is not None:
        relative = _relative_offset(_group(match, "relative") or "")
        direction = {-1: "past", 1: "future"}.get(relative) if relative else context.direction(match.start())
        day = month_day_near(context.anchor, _month(match["month"]), int(match["day"]), direction)
    elif _group(match, "deictic") and context.anchor is not None:
        day = shift(context.anchor, _DEICTIC_OFFSETS.get(" ".join(match["deictic"].lower().split()), 0), "day")
    elif context.reference is not None and context.reference[1] == "day":
        day = context.reference[0]
    elif context.anchor is not None:
        day = context.anchor
    clock = f"T{time[0]:02d}:{time[1]:02d}"
    return Timex("TIME", (day.isoformat() if day else "XXXX-XX-XX") + clock, day, "day" if day else None)


def _named_time(match: re.Match[str], context: Context) -> Timex | None:
    word = match["named"].lower()
    clock = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}[word]
    if _group(match, "weekday") and context.anchor is not None:
        day: date | None = weekday_near(context.anchor, _weekday(match["weekday"]),
                                        context.direction(match.start()) or "past")
    else:
        day = context.reference[0] if context.reference and context.reference[1] == "day" else context.anchor
    return Timex("TIME", (day.isoformat() if day else "XXXX-XX-XX") + clock, day, "day" if day else None)


def _season(match: re.Match[str], context: Context) -> Timex | None:
    season = SEASONS[match["season"].lower()]
    year = _year(match)
    if (year is None and not _group(match, "relative") and not _group(match, "edge")
            and _previous_word(match) not in _SEASON_CUES):
        return None  # "prices fall", "spring into action"
    if year is not None:
        return Timex("DATE", f"{year:04d}-{season}", date(year, 1, 1), "year")
    if context.anchor is None:
        return Timex("DATE", f"XXXX-{season}")
    relative = _group(match, "relative")
    offset = _relative_offset(relative) if relative else None
    if offset is None:
        direction = context.direction(match.start())
        offset = -1 if direction == "past" else (1 if direction == "future" else 0)
        if direction == "past":
            current = season_year(context.anchor, season, 0)
            last = season_year(context.anchor, season, -1)
            year = current if current == last else last
            return Timex("DATE", f"{year:04d}-{season}", date(year, 1, 1), "year")
    year = season_year(context.anchor, season, offset)
    return Timex("DATE", f"{year:04d}-{season}", date(year, 1, 1), "year")


def _holiday(match: re.Match[str], context: Context) -> Timex | None:
    name = " ".join(match["holiday"].lower().replace("’", "'").split())
    if name == "election day" and match["holiday"][0].islower():
        return None  # "election day" in general; "Election Day" is the American one
    year = _year(match)
    if year is None:
        if context.anchor is None:
            return None
        day = holiday_near(context.anchor, name, context.direction(match.start()))
    else:
        day = holiday(name, year)
    if day is None:
        return None
    if _group(match, "week"):
        return _period(day, "week")  # "Easter week", "Christmas week"
    return _day_timex(day)


def _set(match: re.Match[str], context: Context) -> Timex | None:
    words = " ".join(match[0].lower().split())
    if _group(match, "weekday"):
        return Timex("SET", f"XXXX-WXX-{_weekday(match['weekday'])}")
    if _group(match, "month"):
        return Timex("SET", f"XXXX-{_month(match['month']):02d}")
    adverbs = {"daily": ("day", 1), "nightly": ("day", 1), "weekly": ("week", 1), "monthly": ("month", 1),
               "quarterly": ("month", 3), "yearly": ("year", 1), "annually": ("year", 1), "hourly": ("hour", 1),
               "biweekly": ("week", 2), "biannually": ("month", 6), "semiannually": ("month", 6)}
    if words in adverbs:
        unit, amount = adverbs[words]
        return Timex("SET", duration(amount, unit))
    unit = _unit(match["unit"])
    if unit not in UNITS:
        return None
    return Timex("SET", duration(1, unit))


def _year_end(match: re.Match[str], context: Context) -> Timex | None:
    """"by year-end": the year the text is in, as "the end of the year" is (TimeML leaves the edge to a
    modifier, not to the value)."""
    if context.anchor is None:
        return Timex("DATE", None)
    timex = _period(date(context.anchor.year, 1, 1), "year")
    timex.skip = match.start("year_end") - match.start()
    return timex


def _part_of_day(match: re.Match[str], context: Context) -> Timex | None:
    """"that morning", "the evening": a part of the day the text last named; "by mid-afternoon" with
    no day named is the publication day's."""
    if context.reference is not None and context.reference[1] == "day":
        day = context.reference[0]
    elif _group(match, "relative") is None and context.anchor is not None:
        day = context.anchor
    else:
        return None
    return Timex("TIME", f"{day.isoformat()}T{PARTS_OF_DAY[match['part'].lower()]}", day, "day")


def _part_of_named_day(match: re.Match[str], context: Context) -> Timex | None:
    """"mid-afternoon yesterday", "late morning today"."""
    if context.anchor is None:
        return Timex("TIME", None)
    day = shift(context.anchor, _DEICTIC_OFFSETS[match["deictic"].lower()], "day")
    return Timex("TIME", f"{day.isoformat()}T{PARTS_OF_DAY[match['part'].lower()]}", day, "day")


def _weekdays(match: re.Match[str], context: Context) -> Timex | None:
    """"Tuesdays", "Tuesday nights": every such day."""
    value = f"XXXX-WXX-{_weekday(match['weekday'])}"
    part = _group(match, "part") or _group(match, "parts")
    if part:
        value += "T" + PARTS_OF_DAY[part.lower()]
    return Timex("SET", value)


_SHARED_PLURAL_PART = re.compile(rf"\s+(?:and|or)\s+{WEEKDAY}s?\s+(?P<parts>(?i:morning|afternoon|evening|night))s\b")


def _shared_recurrence(match: re.Match[str]) -> Timex | None:
    """"on Monday and Tuesday nights": the first day shares the plural, so both recur."""
    following = _SHARED_PLURAL_PART.match(match.string, match.end())
    if following is None or _group(match, "part") or _group(match, "relative"):
        return None
    return Timex("SET", f"XXXX-WXX-{_weekday(match['weekday'])}T{PARTS_OF_DAY[following['parts'].lower()]}")


_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_SPOKEN_YEARS = (rf"(?:eighteen|nineteen|twenty)\s+(?:hundred\s+)?(?:and\s+)?(?:{_TEENS}|(?:{_TENS})(?:[-\s](?:{_UNITS}))?|"
                 rf"o\s+(?:{_UNITS}))|two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS}|{_UNITS}|(?:{_TENS})(?:[-\s](?:{_UNITS}))?))?")


def _spoken_number(words: str) -> int:
    total = 0
    for word in re.split(r"[-\s]+", words.lower()):
        if word in ("and", "o", "hundred"):
            continue
        total += NUMBER_WORDS.get(word, 0)
    return total


def _spoken_year(match: re.Match[str], context: Context) -> Timex | None:
    """"nineteen ninety-six", "two thousand", "January nineteen ninety-seven" (broadcast transcripts)."""
    words = " ".join(match["spoken"].lower().split())
    if words.startswith("two thousand"):
        year = 2000 + _spoken_number(words[len("two thousand"):])
    else:
        first, rest = words.split(" ", 1)
        year = NUMBER_WORDS[first] * 100 + _spoken_number(rest)
    if not 1800 <= year <= 2099:
        return None
    if _group(match, "month"):
        return _period(date(year, _month(match["month"]), 1), "month")
    if _group(match, "season"):
        return Timex("DATE", f"{year:04d}-{SEASONS[match['season'].lower()]}", date(year, 1, 1), "year")
    return _period(date(year, 1, 1), "year")


def _year_ago(match: re.Match[str], context: Context) -> Timex | None:
    """"a year earlier", "year-ago": the same period of the year before, as finely as the text's
    last period ("the third quarter ... a year earlier" is last year's third quarter)."""
    words = " ".join(match["ago"].lower().split())
    if context.anchor is None and (words.endswith("ago") or context.reference is None):
        return None
    if context.reference is None:
        base, granularity = context.anchor, "year"
    elif words.endswith("ago"):
        # "ago" counts from the publication date; it keeps the quarter of a report on this year's
        # quarter, but a period named already a year back ("the 1988 period. The year-ago results")
        # is not moved back again
        base, granularity = context.anchor, "year"
        if context.reference[1] == "quarter" and context.reference[0].year == context.anchor.year:
            base, granularity = context.reference
    elif words.startswith("year-") and context.anchor is not None and context.reference[0].year < context.anchor.year:
        # the adjective names a report's comparison period; where the text has just named that
        # period ("Last year ... The year-earlier results") it is not moved back again
        base, granularity = context.anchor, "year"
    else:
        base, granularity = context.reference
        if granularity == "day" and context.notes.get("period_end") == base:
            # "the six months ended Aug. 12 ... a year earlier": the period that closed a year before
            return _dated_back(base)
        if granularity != "quarter":
            granularity = "year"
    timex = _period(shift(base, -1, "year"), granularity)
    timex.anchors = False
    return timex


def _dated_back(day: date) -> Timex:
    timex = _day_timex(shift(day, -1, "year"))
    timex.anchors = False
    return timex


# -- the rules ----------------------------------------------------------------------------------

def _rule(name: str, pattern: str, handler: Handler) -> Rule:
    return Rule(name, re.compile(pattern), handler)


_PART_SUFFIX = rf"(?:\s+{_PART_OF_DAY})?"
_DEICTIC = (r"(?P<deictic>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
            r"(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|this\s+(?:morning|afternoon|evening)|"
            r"last\s+(?:night|evening)|today|yesterday|tomorrow|tonight|overnight))\b")
_HOLIDAYS = _alternatives([*FIXED_HOLIDAYS, *COMPUTED_HOLIDAYS]).replace("'", "['’]")
_MERIDIEM = r"(?P<meridiem>(?i:a\.m\.?|p\.m\.?|am|pm)(?![a-z]))"
_CLOCK = rf"(?P<hour>[012]?\d)(?::(?P<minute>[0-5]\d))?\s*{_MERIDIEM}"
_ZONE = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|local\s+time|\([A-Z]{2,5}\)))?"

RULES: tuple[Rule, ...] = (
    _rule("weekday date", rf"\b{WEEKDAY},?\s+(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?{_PART_SUFFIX}",
          _full_date),
    _rule("weekday (day month)", rf"\b{WEEKDAY}\s*\(\s*{DAY}\s+{MONTH}\s*\)", _full_date),
    _rule("weekday (month day)", rf"\b{WEEKDAY}\s*\(\s*{MONTH}\s+{DAY}\s*\)", _full_date),
    _rule("weekday month day", rf"\b{WEEKDAY},?\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR})?{_PART_SUFFIX}", _full_date),
    _rule("relative month day", rf"\b(?P<relative>(?i:last|next|this\s+past|this\s+coming))\s+{MONTH}\s+{DAY}\b"
          r"(?!\s*(?:[:%]|\d|percent|per\s+cent))", _relative_month_day),
    _rule("month day", rf"\b{MONTH}\s+{DAY}(?!\s*(?:[:%]|\d|percent|per\s+cent))(?:,?\s+{YEAR})?{_PART_SUFFIX}",
          _full_date),
    _rule("day month", rf"\b(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?", _full_date),
    _rule("week of a date", rf"\b(?i:the)\s+(?i:week)\s+(?i:of)\s+{MONTH}\s+{DAY}(?!\s*(?:[:%]|\d))(?:,?\s+{YEAR})?",
          _week_of_date),
    _rule("second day", rf"(?<=\band\s)(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
          rf"(?!\s*(?:[:%]|\d|[.,]\d|percent|per\s+cent|(?:{_COUNTED_NOUNS})\b))", _second_day),
    _rule("numeric date", r"\b(?:(?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>0[1-9]|1[0-2])-(?P<iso_day>[0-3]\d)|"
          r"(?P<us_month>1[0-2]|0?[1-9])/(?P<us_day>[0-3]?\d)/(?P<us_year>(?:19|20)?\d\d))\b", _numeric_date),
    _rule("month year", rf"\b(?:{_EDGE})?{MONTH}\s*,?\s+(?:of\s+)?(?:{YEAR}|{_SHORT_YEAR})", _month_year),
    _rule("month of relative year",
          rf"\b(?:{_EDGE})?{MONTH}\s+(?:of\s+)?(?P<of_year>(?i:this|last|next))\s+year\b", _bare_month),
    _rule("relative month", rf"\b(?:{_EDGE})?{_RELATIVE}{MONTH}", _bare_month),
    _rule("month", rf"(?:\b{_EDGE})?\b{MONTH}", _bare_month),
    _rule("year", rf"\b(?:{_EDGE})?(?:(?P<fiscal>(?i:fiscal|calendar|(?:the\s+)?(?:fiscal|model|school|calendar)\s+year))\s+)?{YEAR}"
          rf"(?!\s*(?:-|–)\s*\d)", _year_alone),
    _rule("decade", r"\b(?:(?i:the)\s+)?(?:(?P<edge>(?i:early|late|mid))(?:\s+|-))?"
          r"(?P<decade>(?:1[5-9]|20)\d0['’]?s|['’]\d0s)(?![\w])", _decade),
    _rule("spelled decade", r"\b(?i:the)\s+(?:(?P<edge>(?i:early|late|mid))(?:\s+|-))?"
          r"(?P<decade_word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", _spelled_decade),
    _rule("century", r"\b(?:(?i:the)\s+)?(?:(?P<edge>(?i:early|late|mid))(?:\s+|-))?"
          r"(?P<ordinal>(?i:[a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th)))\s+(?i:century)\b", _century),
    _rule("quarter",
          rf"\b(?:(?i:the)\s+)?(?:(?:{YEAR}|(?i:this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|year-ago|"
          r"year-earlier|prior-year|same|current|latest|previous|flat|fiscal|final))\s+)*"
          r"(?P<ordinal>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|final))[-\s](?i:quarter|half|period)\b"
          rf"(?:\s+(?i:of)\s+(?:(?i:fiscal\s+)?{_year_group('year2')}|(?i:this|last|next)\s+year|(?i:the)\s+(?:year|fiscal\s+year)))?",
          _quarter),
    _rule("the quarter",
          rf"\b(?i:the|(?:this|last|next)\s+year['’]s)\s+(?:(?:{YEAR}|(?i:year-ago|year-earlier|prior-year|same|current|"
          r"latest|previous|recent|fiscal|comparable|corresponding))\s+)*(?i:quarter|period)\b"
          r"(?:\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year))?(?!\s+(?:of|century))",
          _quarter),
    _rule("relative unit", rf"\b{_RELATIVE}{_SINGULAR_UNIT}(?![-\w])", _relative_unit),
    _rule("year-ago", r"\b(?P<ago>(?i:year-ago|year-earlier|a\s+year\s+earlier|a\s+year\s+ago))(?!\s+(?i:quarter|period|"
          r"third|fourth|first|second))\b", _year_ago),
    _rule("ago", rf"\b(?:{_APPROX})?{_A_OR_NUMBER}\s+{UNIT}(?:\s+(?i:or\s+so))?\s+(?P<direction>(?i:ago|earlier|later|"
          r"previously|from\s+now|hence))\b", _ago),
    _rule("duration", rf"\b(?:{_APPROX})?(?:{_A_OR_NUMBER}|(?P<vague>(?i:the\s+past\s+few|the\s+next\s+few|"
          r"the\s+last\s+few|a\s+few|few|several|many|some|the\s+past\s+several|the\s+last\s+several)))\s+"
          rf"(?:(?i:more|additional|full|straight|consecutive|long|whole|entire)\s+)?{UNIT}(?![-\w])"
          r"(?:\s+(?i:and\s+a\s+half)|(?!\s+(?:ago|earlier|later|from\s+now)))(?:\s+(?i:or\s+so)\b)?", _duration),
    _rule("hyphenated duration",
          rf"\b(?P<number>\d+(?:\.\d+)?|(?i:{_NUMBER_WORD}))"
          r"-(?P<unit>(?i:second|minute|hour|day|week|month|year|decade))s?(?:-(?i:long|old))?\b", _hyphenated_duration),
    _rule("bare plural", r"\b(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades|centuries))\b"
          r"(?!\s+(?:ago|of|earlier|later|old))", _bare_plural_duration),
    _rule("weekday", rf"\b(?:{_RELATIVE}|(?P<edge>(?i:early|late))\s+)?{WEEKDAY}{_PART_SUFFIX}",
          _weekday_expression),
    _rule("weekdays", rf"\b(?P<weekday>(?:{_capitalised([w for w in WEEKDAYS if len(w) > 4])}))(?:s"
          r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night))s?)?|\s+(?P<parts>(?i:morning|afternoon|evening|night))s)\b",
          _weekdays),
    _rule("spoken year", rf"\b(?:(?:{_EDGE})?{MONTH}\s+|(?i:the\s+year)\s+|(?:(?i:the)\s+)?{_SEASON}\s+(?i:of)\s+)?"
          rf"(?P<spoken>(?i:{_SPOKEN_YEARS}))\b",
          _spoken_year),
    _rule("weekend", r"\b(?P<relative>(?i:this|last|next|the\s+coming|the\s+past|the))\s+(?i:weekend)\b", _weekend),
    _rule("deictic", rf"\b(?:(?P<edge>(?i:early|late))\s+)?{_DEICTIC}", _deictic_day),
    _rule("reference", r"\b(?P<ref>(?i:just\s+now|now|currently|at\s+present|at\s+the\s+moment|nowadays|"
          r"these\s+days|recently|lately|the\s+past|the\s+near\s+future|the\s+distant\s+future|"
          r"the\s+foreseeable\s+future|the\s+future|soon|the\s+short\s+term|the\s+long\s+term|"
          r"the\s+near\s+term|as\s+soon\s+as\s+possible|someday|then[-\s]current|"
          rf"{_CURRENT}))\b", _reference_word),
    _rule("year end", r"\b(?:(?i:around|by|at)\s+)?(?P<year_end>(?i:year-end|year\s+end|year['’]s\s+end))\b", _year_end),
    _rule("part of the day", r"\b(?:(?P<relative>(?i:that|the))\s+|(?i:mid)(?:-|\s+)?)(?P<part>(?i:morning|afternoon|evening))\b"
          r"(?!\s+(?i:yesterday|today|tomorrow))", _part_of_day),
    _rule("part of a named day", r"\b(?:(?i:early|late|mid)(?:-|\s+)?)?(?P<part>(?i:morning|afternoon|evening))\s+"
          r"(?P<deictic>(?i:yesterday|today|tomorrow))\b", _part_of_named_day),
    _rule("vague period", r"\b(?:(?i:the)\s+)?(?:(?i:recent|coming|past|next|upcoming|future|last|previous|"
          r"next\s+few|past\s+few|last\s+few|coming\s+few|next\s+several|past\s+several|last\s+several|"
          r"next\s+couple\s+of|past\s+couple\s+of|last\s+couple\s+of))\s+"
          r"(?P<unit>(?i:days|weeks|months|years|decades|quarters))\b", _vague_period),
    _rule("clock", rf"\b{_CLOCK}{_ZONE}(?:\s+(?:(?:on\s+)?{WEEKDAY}|{_DEICTIC}))?", _clock_time),
    _rule("clock in a part of the day", r"\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s+(?:o['’]clock\s+)?"
          r"(?:(?i:in\s+the)\s+(?P<part>(?i:morning|afternoon|evening))|(?i:at)\s+(?P<night>(?i:night)))\b", _clock_in_part_of_day),
    _rule("clock date", rf"\b{_CLOCK}{_ZONE},?\s+(?:(?i:on)\s+)?(?:(?P<relative>(?i:last|next))\s+)?{MONTH}\s+{DAY}",
          _clock_time),
    _rule("weekday clock", rf"\b(?:{WEEKDAY}|{_DEICTIC})\s+(?:at\s+)?{_CLOCK}{_ZONE}", _clock_time),
    _rule("named time", rf"\b(?P<named>(?i:noon|midnight|midday))\b(?:\s+(?:on\s+)?{WEEKDAY})?", _named_time),
    _rule("season", rf"\b(?:{_RELATIVE}|(?P<edge>(?i:early|late|mid))(?:\s+|-))?{_SEASON}(?:\s+(?:of\s+)?{YEAR})?"
          r"(?!\s+(?i:of\s+(?:the|discontent|love)))", _season),
    _rule("holiday", rf"\b(?P<holiday>(?i:{_HOLIDAYS}))\b(?:\s+{YEAR}|\s+(?P<week>(?i:week))\b)?", _holiday),
    _rule("set", rf"\b(?:(?i:every|each|per|once\s+a|twice\s+a|(?:once|twice|three\s+times)\s+(?:a|per|every))\s+"
          rf"(?:{_SINGULAR_UNIT}|{WEEKDAY}|{MONTH})|(?i:daily|nightly|weekly|monthly|yearly|annually|"
          r"hourly|biweekly|biannually|semiannually)\b)", _set),
)


# Every rule's match contains one of these words or a digit, so the tagger only runs the rules
# near them (see `windows`): most of a news text holds no time expression at all.
KEYWORDS: frozenset[str] = frozenset(
    {*MONTHS, *WEEKDAYS, *(f"{w}s" for w in WEEKDAYS), *UNITS, *PLURAL_UNITS, *SEASONS, *PARTS_OF_DAY,
     "now", "currently", "present", "moment", "nowadays", "days", "recently", "lately", "previously", "formerly",
     "past", "soon", "shortly", "future", "term", "eventually", "someday",
     "christmas", "easter", "thanksgiving", "halloween", "valentine",
     "today", "yesterday", "tomorrow", "tonight", "overnight", "noon", "midnight", "midday", "daily", "nightly",
     "weekly", "monthly", "yearly", "annually", "hourly", "biweekly", "biannually", "semiannually", "current",
     "nineteen", "eighteen", "twenty", "thousand", "end", "period", "half", *_DECADE_WORDS}
    - {"the", "in", "at", "as", "one", "a", "st", "s", "day", "may", "sun", "sat", "mar", "wed"}
    | {"day", "may"}
)
_WORD = re.compile(r"[^\W\d_]+|\d")
_WINDOW_MARGIN = 48


def windows(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` around its time words, merged: where the rules need to look."""
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if word.isdigit() or word.lower() in KEYWORDS:
            start, end = max(0, match.start() - _WINDOW_MARGIN), min(len(text), match.end() + _WINDOW_MARGIN)
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
    return spans
