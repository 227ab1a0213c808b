"""Calendar arithmetic for TIMEX3 values: anchoring a relative expression on the publication date.

`Direction` says which way an underspecified date points: "past" takes the latest match not after
the anchor ("on Tuesday" in a report of what happened), "future" the earliest not before it ("will
meet on Tuesday"), "near" and None the nearest either way. "near" is said by the text ("would leave
on Thursday"); None means it says nothing, and a bare weekday then falls back on the past.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .time_lexicon import FIXED_HOLIDAYS, UNIT_MULTIPLES, UNITS

Direction = Literal["past", "future", "near"] | None
# How finely a value is written: a day, an ISO week, a month, a quarter, a half, a year, a decade, a century.
Granularity = Literal["day", "week", "weekend", "month", "quarter", "half", "year", "decade", "century"]


def write(day: date, granularity: Granularity) -> str:
    """The TIMEX3 value naming the period of `granularity` that contains `day`."""
    if granularity == "day":
        return day.isoformat()
    if granularity in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    return f"{day.year // 100:02d}"


def shift(day: date, amount: int, unit: str) -> date:
    """`day` moved by `amount` units (day, week, month, quarter, year, decade, century)."""
    if unit in ("day", "night"):
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * amount)
    if unit == "month":
        return day + relativedelta(months=amount)
    if unit == "quarter":
        return day + relativedelta(months=3 * amount)
    if unit == "year":
        return day + relativedelta(years=amount)
    if unit == "decade":
        return day + relativedelta(years=10 * amount)
    if unit == "century":
        return day + relativedelta(years=100 * amount)
    raise ValueError(f"cannot shift a date by {unit!r}")


GRANULARITY_OF_UNIT: dict[str, Granularity] = {
    "day": "day", "night": "day", "week": "week", "weekend": "weekend", "fortnight": "week", "month": "month",
    "quarter": "quarter", "year": "year", "decade": "decade", "century": "century",
}


def duration(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: `duration(2, "day")` is P2D, `duration(None, "hour")` PTXH."""
    if unit in UNIT_MULTIPLES and amount is not None:
        letter, factor = UNIT_MULTIPLES[unit]
        amount = amount * factor
        time_of_day = False
    else:
        letter, time_of_day = UNITS[unit]
    prefix = "PT" if time_of_day else "P"
    if amount is None:
        return prefix + "X" + letter
    if float(amount).is_integer():
        return prefix + str(int(amount)) + letter
    whole, part = int(amount), amount - int(amount)
    smaller = _SMALLER_UNIT.get((letter, time_of_day))
    if smaller is not None and float(part * smaller[1]).is_integer():
        # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M, "half an hour" PT30M
        head = f"{whole}{letter}" if whole else ""
        return prefix + head + smaller[0] + str(int(part * smaller[1])) + smaller[2]
    return prefix + f"{amount:g}" + letter


# The next unit down for a fractional amount: (letter, time of day) -> (separator, factor, letter).
_SMALLER_UNIT = {("Y", False): ("", 12, "M"), ("M", False): ("", 30, "D"), ("D", False): ("T", 24, "H"),
                 ("H", True): ("", 60, "M"), ("M", True): ("", 60, "S")}


def choose(anchor: date, candidates: list[date], direction: Direction) -> date:
    """The candidate nearest `anchor` in `direction` (either way when there is none that way)."""
    if direction == "past":
        earlier = [c for c in candidates if c <= anchor]
        if earlier:
            return max(earlier)
    elif direction == "future":
        later = [c for c in candidates if c >= anchor]
        if later:
            return min(later)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def weekday_near(anchor: date, weekday: int, direction: Direction, strict: bool = False) -> date:
    """The day with ISO `weekday` nearest `anchor` in `direction`; `strict` excludes the anchor itself."""
    offset = weekday - anchor.isoweekday()
    candidates = [anchor + timedelta(days=offset + 7 * k) for k in (-1, 0, 1)]
    if strict:
        candidates = [c for c in candidates if c != anchor]
    return choose(anchor, candidates, direction)


def dates_of(month: int, day: int, years: Iterable[int]) -> list[date]:
    """`month`/`day` in each of `years` that has it (29 February only in leap years)."""
    found = []
    for year in years:
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    return found


def month_day_near(anchor: date, month: int, day: int, direction: Direction, weekday: int | None = None) -> date | None:
    """The date of `month`/`day` in the year that fits: with a weekday, the year nearest `anchor` in
    which they agree ("Tuesday (28 July)"); otherwise the nearest in `direction`."""
    candidates = [c for c in dates_of(month, day, range(anchor.year - 6, anchor.year + 7))
                  if weekday is None or c.isoweekday() == weekday]
    if not candidates:
        return None
    if weekday is not None:
        return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))
    # 29 February may lie further away than a year either side
    near = [c for c in candidates if abs(c.year - anchor.year) <= 1] or candidates
    return _choose_within_year(anchor, near, direction)


# A date named in the past tense may still lie a few weeks ahead ("declared a dividend payable
# Dec. 7"); reaching back most of a year for it is the worse reading.
_NEAR_AHEAD_DAYS = 62
_FAR_BACK_DAYS = 183


def _choose_within_year(anchor: date, candidates: list[date], direction: Direction) -> date:
    if direction == "past":
        ahead = [c for c in candidates if 0 < (c - anchor).days <= _NEAR_AHEAD_DAYS]
        behind = [c for c in candidates if c <= anchor]
        if ahead and (not behind or (anchor - max(behind)).days > _FAR_BACK_DAYS):
            return min(ahead)
    return choose(anchor, candidates, direction)


def month_near(anchor: date, month: int, direction: Direction) -> date:
    """The first day of the month named `month` nearest `anchor` in `direction`."""
    current = date(anchor.year, anchor.month, 1)
    candidates = [date(anchor.year + k, month, 1) for k in (-1, 0, 1)]
    if direction == "past":
        return _choose_within_year(current, candidates, direction)
    if direction == "future":
        return min(c for c in candidates if c >= current)
    return min(candidates, key=lambda c: (abs((c - current).days), c > current))


def quarter_near(anchor: date, quarter: int, direction: Direction) -> date:
    """The first day of the `quarter` (1-4, or -1 for the last) of the publication year; a quarter
    not yet begun is last year's unless the text looks ahead, since reports look back on results."""
    if quarter == -1:
        quarter = 4
    current = (anchor.month - 1) // 3 + 1
    year = anchor.year
    if quarter > current and direction != "future":
        year -= 1
    return date(year, 3 * quarter - 2, 1)


def season_year(anchor: date, season: str, offset: int) -> int:
    """The year of "this" (0), "last" (-1) or "next" (+1) `season` (SP, SU, FA, WI) seen from `anchor`;
    a winter belongs to the year in which its December falls."""
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    spans = []
    for year in range(anchor.year - 2, anchor.year + 2):
        start = date(year, start_month, 1)
        spans.append((year, start, start + relativedelta(months=3)))
    if offset < 0:
        return max(year for year, _, end in spans if end <= anchor)
    if offset > 0:
        return min(year for year, start, _ in spans if start > anchor)
    containing = [year for year, start, end in spans if start <= anchor < end]
    return containing[0] if containing else anchor.year


def holiday(name: str, year: int) -> date | None:
    """The date of a holiday in `year`, or None for a name this table does not know."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if name in ("easter", "easter sunday"):
        return easter(year)
    if name == "good friday":
        return easter(year) - timedelta(days=2)
    if name == "memorial day":
        return _nth_weekday(year, 6, 1, 1) - timedelta(days=7)
    if name in ("labor day", "labour day"):
        return _nth_weekday(year, 9, 1, 1)
    if name == "election day":
        return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)  # the US one: the Tuesday after the first Monday
    return None


def holiday_near(anchor: date, name: str, direction: Direction) -> date | None:
    """The holiday `name` nearest `anchor` in `direction`; like a date, one a few weeks ahead beats
    one most of a year back even in the past tense ("as Easter week began" in mid-April)."""
    candidates = [d for year in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := holiday(name, year)) is not None]
    if not candidates:
        return None
    return _choose_within_year(anchor, candidates, direction)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))
