"""Words of English time expressions and the TIMEX3 pieces they stand for.

The tables are plain data so that the grammar (`time_grammar`) and the arithmetic
(`time_values`) share one spelling of every month, weekday, number and unit.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}  # ISO weekday, Monday = 1
for _number, _names in enumerate(
    (("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")),
    start=1,
):
    for _name in _names:
        WEEKDAYS[_name] = _number

_UNITS_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
               "ninety": 90}
NUMBER_WORDS: dict[str, int] = {word: value for value, word in enumerate(_UNITS_WORDS)}
NUMBER_WORDS.update(_TENS_WORDS)
NUMBER_WORDS.update({"a": 1, "an": 1, "a single": 1, "single": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
                     "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5, "hundred": 100, "a hundred": 100,
                     "one hundred": 100, "a thousand": 1000, "thousand": 1000, "two thousand": 2000})
for _tens, _tens_value in _TENS_WORDS.items():
    for _unit_value, _unit in enumerate(_UNITS_WORDS[1:10], start=1):
        NUMBER_WORDS[f"{_tens}-{_unit}"] = _tens_value + _unit_value
        NUMBER_WORDS[f"{_tens} {_unit}"] = _tens_value + _unit_value

# Quantities that name no number: "several days" is PXD.
VAGUE_QUANTITIES = frozenset({"several", "a few", "few", "many", "some", "numerous", "a number of", "countless",
                              "dozens of", "hundreds of", "thousands of"})

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
}

# Unit word -> the TIMEX3 duration letter and whether it counts time of day (written after "T").
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "sec": ("S", True), "minute": ("M", True), "min": ("M", True), "hour": ("H", True),
    "hr": ("H", True), "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "fortnight": ("W", False), "weekend": ("WE", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "yr": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
    "millennium": ("ML", False),
}
# A count of these units is rewritten into a count of the second unit ("two decades" is P20Y).
UNIT_MULTIPLES = {"fortnight": ("W", 2), "quarter": ("M", 3), "decade": ("Y", 10), "century": ("Y", 100), "millennium": ("Y", 1000)}

PLURAL_UNITS = {"seconds": "second", "secs": "second", "minutes": "minute", "mins": "minute", "hours": "hour",
                "hrs": "hour", "days": "day", "nights": "night", "weeks": "week", "fortnights": "fortnight",
                "weekends": "weekend", "months": "month", "quarters": "quarter", "years": "year", "yrs": "year",
                "decades": "decade", "centuries": "century", "millennia": "millennium"}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "dawn": "MO", "daybreak": "MO", "dusk": "EV", "midday": "MI", "lunchtime": "MI"}

# Fixed-date holidays (month, day) and those computed from the calendar.
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14), "st. patrick's day": (3, 17),
    "may day": (5, 1), "independence day": (7, 4), "bastille day": (7, 14), "halloween": (10, 31),
    "armistice day": (11, 11), "veterans day": (11, 11), "veterans' day": (11, 11), "remembrance day": (11, 11),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
}
COMPUTED_HOLIDAYS = ("thanksgiving day", "thanksgiving", "easter sunday", "easter", "good friday",
                     "memorial day", "labor day", "labour day", "election day")
