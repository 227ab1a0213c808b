"""The day an article gives for itself in its first lines, for articles that come without a publication date.

News pages copied as text keep their dateline or byline stamp: "LONDON, March 3, 2011 —",
"Published: 14 June 2012", "Posted 12/19/2005 3:36 PM", "MONDAY, JUNE 11TH, 2012 AT 10:49 AM",
"2013-09-26". Story linking uses the first such full date as the article's day when the article has no
publication date; the article itself keeps `published` null (the contract's field says what the source
said, not what was guessed).

Only a date that stands as a stamp counts: on a short line of its own (with a place, a weekday, a
clock time or words like "Posted" around it), or opening a line as a dateline before a dash. A full
date inside a sentence of the body ("the vote is scheduled for December 15, 2013") is left to the time
component, which the caller consults after this.
"""

from __future__ import annotations

import re
from datetime import date

from .analysis.time_lexicon import MONTHS, WEEKDAYS

# How far into the article a stamp may sit: titles and standfirsts come before it on many pages.
STAMP_LINES = 6
STAMP_CHARS = 500
# A stamp line is short: the date with a place, a weekday, a clock time or a word such as "Posted".
STAMP_LINE_CHARS = 80

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_GAP = r"[\s,]*"
# "June 11th, 2012", "Jul 7 2012", "May. 3, 2013", "November 27 - 2005"
_MONTH_DAY_YEAR = _MONTH + r"\s+" + _DAY + r"(?:\s*,\s*|\s+|\s*-\s*)" + _YEAR
# "22 JUL 2013", "7 July 2012", "Saturday, 28 September 2013"
_DAY_MONTH_YEAR = _DAY + r"\s+" + _MONTH + _GAP + _YEAR
# "2013-09-26", "2012.08.08", "2012 - 04 - 04" (tokenised text spaces the separators)
_ISO = r"(?P<year>(?:19|20)\d\d)\s*(?P<sep>[-./])\s*(?P<month>[01]?\d)\s*(?P=sep)\s*(?P<day>[0-3]?\d)"
# "12/19/2005", "04/28/09", "08.07.2012" (order read from the separator, see `_numeric_day`)
_NUMERIC = r"(?P<first>[0-3]?\d)\s*(?P<sep>[/.])\s*(?P<second>[0-3]?\d)\s*(?P=sep)\s*(?P<year>(?:19|20)?\d\d)"

# No digit or letter may touch a date, and a numeric date may not be part of a longer run of numbers.
_WORDS_END = r"(?!\w)"
_NUMBERS_END = r"(?![\w/]|\s*[/.]\s*\d)"
_FORMS = [re.compile(r"(?<![\w/.-])" + form + end, re.IGNORECASE)
          for form, end in ((_MONTH_DAY_YEAR, _WORDS_END), (_DAY_MONTH_YEAR, _WORDS_END), (_ISO, _NUMBERS_END),
                            (_NUMERIC, _NUMBERS_END))]

# What may stand before a dateline's date on the line that goes on with the story: a place in capitals
# or a place with its region ("SUNNYVALE, Calif. —2/29/2012"), then the date, then a dash.
_DATELINE_LEAD = re.compile(r"^[A-Z][\w .,'’()-]{0,40}?[,—–-]?\s*$")
# A short line with other lower-case words than these is a sentence ("Page was born on April 22, 1923."),
# and its date may be any day the story mentions.
STAMP_WORDS = frozenset({
    "posted", "published", "updated", "last", "first", "modified", "edited", "created", "found", "filed", "on", "at",
    "by", "in", "and", "of", "article", "story", "date", "dated", "am", "pm", "a", "p", "m", "gmt",
    "time", "hrs", "h", "utc", "est", "edt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "bst", "cet", "cest", "ist",
    "et", "pt", "ct", "mt",
} | set(MONTHS) | set(WEEKDAYS))
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z]+")
# What follows a dateline's date: an optional agency in brackets, then a dash (or a colon or bar).
_DATELINE_TAIL = re.compile(r"^\s*(?:\(\w[\w .]*\)\s*)?(?:—|–|--|-|:|\|)")


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # a two-digit year: the century that puts it nearest the present
        year += 2000 if year <= date.today().year % 100 + 1 else 1900
    return year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric_day(match: re.Match[str]) -> date | None:
    """'/' dates are read month first (US usage), '.' dates day first (European usage), unless the
    numbers allow only the other order."""
    first, second, year = int(match["first"]), int(match["second"]), _year(match["year"])
    month, day = (first, second) if match["sep"] == "/" else (second, first)
    if month > 12 >= day:
        month, day = day, month
    return _make(year, month, day)


def _match_day(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    if "first" in groups:
        return _numeric_day(match)
    month = groups["month"]
    number = MONTHS.get(month.casefold().rstrip(".")) if not month.isdigit() else int(month)
    if number is None:
        return None
    return _make(int(groups["year"]), number, int(groups["day"]))


def _is_stamp(line: str, match: re.Match[str]) -> bool:
    """A date that stands as a stamp: on a short line that is no sentence, or opening a dateline before a dash."""
    rest = line[: match.start()] + " " + line[match.end():]
    if len(line.strip()) <= STAMP_LINE_CHARS and all(word in STAMP_WORDS for word in _LOWER_WORD.findall(rest)):
        return True
    return bool(_DATELINE_LEAD.match(line[: match.start()])) and bool(_DATELINE_TAIL.match(line[match.end():]))


def stamp_day(text: str) -> date | None:
    """The first full date standing as a stamp in the article's first lines, if any."""
    seen = 0
    for line in text[:STAMP_CHARS].splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > STAMP_LINES:
            break
        found = _line_day(line)
        if found is not None:
            return found
    return None


def _line_day(line: str) -> date | None:
    hits = sorted((m for form in _FORMS for m in form.finditer(line)), key=lambda m: m.start())
    for match in hits:
        day = _match_day(match)
        if day is not None and _is_stamp(line, match):
            return day
    return None
