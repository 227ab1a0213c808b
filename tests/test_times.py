"""Time expressions: spans, TIMEX3 values anchored on the publication date, and event dates."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.analysis.time_values import (
    duration,
    month_day_near,
    season_year,
    weekday_near,
    write,
)
from newsevents.analysis.times import TimeTagger
from newsevents.pipeline import Pipeline
from tests.conftest import analyse

PUBLISHED = date(2022, 11, 22)  # a Tuesday
TAGGER = TimeTagger()


def tagged(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str, str | None]]:
    return [(text[f.start:f.end], f.timex.type, f.timex.value) for f in TAGGER.tag(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on Monday.", ("Monday", "DATE", "2022-11-21")),
        ("Talks resumed this week.", ("this week", "DATE", "2022-W47")),
        ("Shelling continued over the past two days.", ("the past two days", "DURATION", "P2D")),
        ("Exports fell last month.", ("last month", "DATE", "2022-10")),
        ("More strikes are expected in the coming weeks.", ("the coming weeks", "DATE", "FUTURE_REF")),
        ("The programme will run for the next few years.", ("the next few years", "DURATION", "PXY")),
        ("The plant was finished in mid-2019.", ("mid-2019", "DATE", "2019")),
        ("Sanctions were tightened in the 1990s.", ("the 1990s", "DATE", "199")),
        ("The convoy left three days ago.", ("three days ago", "DATE", "2022-11-19")),
        ("The base has been closed since 2015.", ("2015", "DATE", "2015")),
        ("Inflation rose in the third quarter.", ("the third quarter", "DATE", "2022-Q3")),
        ("The summit ends tomorrow.", ("tomorrow", "DATE", "2022-11-23")),
        ("Envoys met yesterday.", ("yesterday", "DATE", "2022-11-21")),
        ("The vote was held on 4 November 2021.", ("4 November 2021", "DATE", "2021-11-04")),
        ("The vote was held on Nov. 4, 2021.", ("Nov. 4, 2021", "DATE", "2021-11-04")),
        ("The ceasefire began at 5 p.m.", ("5 p.m.", "TIME", "2022-11-22T17:00")),
        ("Patrols run twice a week.", ("twice a week", "SET", "P1W")),
        ("The market opens every Friday.", ("every Friday", "SET", "XXXX-WXX-5")),
        ("He served nearly two decades in parliament.", ("nearly two decades", "DURATION", "P20Y")),
        ("The deal is due by year-end.", ("year-end", "DATE", "2022")),
        ("The ruling party has governed for years.", ("years", "DURATION", "PXY")),
        ("Fighting resumed on Tuesday night.", ("Tuesday night", "TIME", "2022-11-22TNI")),
        ("Prices rose 2% from a year earlier.", ("a year earlier", "DATE", "2021")),
        ("A thirty-day truce was agreed.", ("thirty-day", "DURATION", "P30D")),
        ("Nothing has changed for now.", ("now", "DATE", "PRESENT_REF")),
        ("Refugees lived in the camps for 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("The talks lasted two and a half years.", ("two and a half years", "DURATION", "P2Y6M")),
        ("The shelling stopped for half an hour.", ("half an hour", "DURATION", "PT30M")),
        ("The envoy spent 5 1/2 hours in Nairobi.", ("5 1/2 hours", "DURATION", "PT5H30M")),
        ("The siege lasted a year and a half.", ("a year and a half", "DURATION", "P1Y6M")),
        ("The doctor was shot last Oct. 23.", ("Oct. 23", "DATE", "2022-10-23")),
        ("Elections are due next May 4.", ("May 4", "DATE", "2023-05-04")),
        ("He was seen at 10 p.m. last Oct. 23.", ("10 p.m. last Oct. 23", "TIME", "2022-10-23T22:00")),
        # a year measured up to a date is twelve months, not a calendar year
        ("Sales for the year ended March 31 rose.", ("the year", "DURATION", "P1Y")),
        ("It expects a loss for the fiscal year ending tomorrow.", ("the fiscal year", "DURATION", "P1Y")),
        ("A pilot called a minute and a half later.", ("a minute and a half", "DURATION", "PT1M30S")),
        ("Prices may double over the next two years or so.", ("the next two years or so", "DURATION", "P2Y")),
        ("Shares were up at mid-afternoon yesterday.", ("mid-afternoon yesterday", "TIME", "2022-11-21TAF")),
        ("Prices peaked in the winter of nineteen ninety-four.", ("the winter of nineteen ninety-four", "DATE", "1994-WI")),
        ("He will leave at 4 in the morning.", ("4 in the morning", "TIME", "2022-11-22T04:00")),
        ("The shooting began at 11 at night.", ("11 at night", "TIME", "2022-11-22T23:00")),
        ("Membership fell through the nineties.", ("the nineties", "DATE", "199")),
        ("A hearing is set for the week of Dec. 5.", ("the week of Dec. 5", "DATE", "2022-W49")),
        ("Voters go to the polls on Election Day.", ("Election Day", "DATE", "2022-11-08")),
        ("Officials were not available by mid afternoon.", ("mid afternoon", "TIME", "2022-11-22TAF")),
        ("Islam will one day be the second religion here.", ("one day", "DATE", "FUTURE_REF")),
        ("Holders may buy shares at the then current price.", ("then current", "DATE", "PAST_REF")),
        ("Flights leave on Monday and Tuesday nights.", ("Tuesday nights", "SET", "XXXX-WXX-2TNI")),
        ("Flights leave on Monday and Tuesday nights.", ("Monday", "SET", "XXXX-WXX-1TNI")),
        ("The company forecast a rise for the full year.", ("the full year", "DATE", "2022")),
    ],
)
def test_expressions_and_values(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tagged(text)


def test_a_weekday_and_a_date_without_a_year_agree_on_the_year() -> None:
    # 28 July fell on a Tuesday in 2020 and in 2026; 2020 is nearer 22 November 2022
    assert tagged("Missiles were test-fired on Tuesday (28 July).") == [("Tuesday (28 July)", "DATE", "2020-07-28")]
    assert month_day_near(date(2026, 11, 22), 7, 28, None, weekday=2) == date(2026, 7, 28)


@pytest.mark.parametrize(
    "text",
    [
        "Officials may meet again.",  # "May" the verb
        "Prices could fall further.",  # "fall" the verb
        "She won a second term.",  # "a second" is not a duration
        "The suspect, 37 years old, was charged.",  # an age
        "A 44-year-old man was detained.",
        "Some 2000 troops crossed the border.",  # a count, not a year
        "The bill costs $1,995 a month.",
        "Markets rallied as soon as the results came out.",
    ],
)
def test_words_that_are_not_time_expressions(text: str) -> None:
    values = [(surface, value) for surface, _, value in tagged(text)]
    assert not any(surface.lower() in {"may", "fall", "a second", "37 years", "44-year-old", "2000", "soon"}
                   for surface, _ in values), values


def test_a_second_day_after_and_shares_the_first_days_month() -> None:
    found = tagged("The summit will be held on Dec. 14 and 15 in Brussels, with 25 and 30 delegates.")
    assert ("Dec. 14", "DATE", "2022-12-14") in found and ("15", "DATE", "2022-12-15") in found
    assert not any(surface in ("25", "30") for surface, _, _ in found)


def test_a_holiday_a_few_days_ahead_is_this_years_even_in_the_past_tense() -> None:
    # published on Monday 17 April 2000; Easter Sunday fell on 23 April
    assert tagged("Protesters prayed as Easter week began.", date(2000, 4, 17)) == [("Easter week", "DATE", "2000-W16")]
    assert tagged("People stayed home on election day.") == []  # lower case: any election, not the American one


def test_idioms_and_quoted_titles_are_not_times() -> None:
    assert tagged("They will lose in the long run, and suffer in the short run.") == []
    assert tagged('Baker said on ABC\'s "This Week With David Brinkley" that talks failed.') == []
    assert tagged("Gonzalez said on CBS's ``60 Minutes.'' He left.") == []
    assert [s for s, _, _ in tagged('``Now we see that edge eroded,\'\' he said.')] == ["Now"]  # a quoted sentence
    assert [s for s, _, _ in tagged('The word was "Monday" again.')] == ["Monday"]


def test_year_ago_comparisons_in_earnings_reports() -> None:
    published = date(1989, 11, 2)
    # a period named already a year back is not moved back again
    text = "Net was $306 million, compared with a loss in the 1988 period. The year-ago results included a charge."
    assert ("year-ago", "DATE", "1988") in tagged(text, published)
    text = "Last year net was $235.5 million. The year-earlier results have been restated."
    assert ("year-earlier", "DATE", "1988") in tagged(text, published)
    # the same comparison, named as a period or as last year's quarter
    text = "Net rose in the third quarter, from $1.8 million for the corresponding period last year."
    assert ("the corresponding period last year", "DATE", "1988-Q3") in tagged(text, published)
    assert ("last year's quarter", "DATE", "1988-Q3") in tagged("Sales in the third quarter beat last year's quarter.", published)
    # a period that closed on a day, a year before, is dated by that day
    text = "For the six months ended Aug. 12, net was $20 million, against $18 million a year earlier."
    assert ("a year earlier", "DATE", "1988-08-12") in tagged(text, published)


def test_without_a_publication_date_relative_values_stay_open() -> None:
    found = {surface: value for surface, _, value in tagged("On 3 May 2021 talks began; they resumed yesterday.", None)}
    assert found["3 May 2021"] == "2021-05-03"
    assert found["yesterday"] is None


def test_29_february_without_a_year_finds_a_leap_year() -> None:
    assert month_day_near(date(2018, 11, 3), 2, 29, None) == date(2020, 2, 29)
    assert month_day_near(date(2018, 11, 3), 2, 29, "past") == date(2016, 2, 29)
    text = "The state was ordered to make four releases, concluding the process by Feb. 29."
    assert tagged(text, date(2018, 11, 3)) == [("Feb. 29", "DATE", "2020-02-29")]


def test_calendar_arithmetic() -> None:
    assert write(date(2022, 11, 22), "week") == "2022-W47"
    assert write(date(2022, 11, 26), "weekend") == "2022-W47-WE"
    assert write(date(2022, 8, 1), "quarter") == "2022-Q3"
    assert write(date(1994, 5, 1), "decade") == "199"
    assert duration(2, "day") == "P2D" and duration(3, "hour") == "PT3H" and duration(None, "month") == "PXM"
    assert duration(2, "decade") == "P20Y" and duration(2, "quarter") == "P6M"
    assert weekday_near(PUBLISHED, 5, "past") == date(2022, 11, 18)
    assert weekday_near(PUBLISHED, 5, "future") == date(2022, 11, 25)
    assert season_year(PUBLISHED, "SU", -1) == 2022 and season_year(PUBLISHED, "SU", 1) == 2023


def test_tense_points_a_weekday_forward_or_back(pipeline: Pipeline) -> None:
    past = analyse(pipeline, "The envoys met on Friday.")
    future = analyse(pipeline, "The envoys will meet on Friday.")
    assert [t.value for t in past.times] == ["2022-11-18"]
    assert [t.value for t in future.times] == ["2022-11-25"]
    assert [t.value for t in analyse(pipeline, "The coalition collapsed in March.").times] == ["2022-03"]
    assert [t.value for t in analyse(pipeline, "Parliament will vote in March.").times] == ["2023-03"]
    # an infinitive under a word of planning looks forward; other infinitives take the nearest day
    for planned in ("Talks are set to resume on Friday.", "The talks, set to resume on Friday, were delayed.", "Protesters were planning to march on Friday.",
                    "The sale is scheduled to close on Friday."):
        assert [t.value for t in analyse(pipeline, planned).times] == ["2022-11-25"], planned
    assert [t.value for t in analyse(pipeline, "He refused to comment on Monday.").times] == ["2022-11-21"]
    assert [t.value for t in analyse(pipeline, "The envoy went to see the minister on Friday.").times] == ["2022-11-18"]
    # the present perfect looks back: 30 March 2023 would be the nearer date
    assert [t.value for t in analyse(pipeline, "Police have been searching for him since March 30.").times] == ["2022-03-30"]


def test_times_in_the_contract_carry_ids_and_offsets(pipeline: Pipeline) -> None:
    text = "Iran test-fired missiles on Tuesday. Talks are planned for next week, officials said on 21 November."
    result = analyse(pipeline, text)
    assert [t.id for t in result.times] == [f"T{n}" for n in range(1, len(result.times) + 1)]
    assert all(text[t.start:t.end] == t.text for t in result.times)
    assert [t.text for t in result.times] == ["Tuesday", "next week", "21 November"]


def test_events_are_dated_by_the_expression_that_governs_them(pipeline: Pipeline) -> None:
    text = ("The foreign ministers will hold talks in Oman next week. "
            "On Monday, Iranian forces seized a tanker in the Gulf. "
            "Israel condemned the seizure.")
    result = analyse(pipeline, text)
    by_trigger = {e.trigger.text: e for e in result.events}
    talks = by_trigger["talks"] if "talks" in by_trigger else by_trigger["hold"]
    assert talks.date is not None
    assert (talks.date.start, talks.date.end, talks.date.precision) == ("2022-11-28", "2022-12-04", "week")
    seized = by_trigger["seized"]
    assert seized.date is not None and (seized.date.start, seized.date.precision) == ("2022-11-21", "day")
    places = {p.id: p.text for p in result.places}
    assert places.get(talks.location.place) == "Oman"
    assert places.get(seized.location.place) == "the Gulf" or places.get(seized.location.place) == "Gulf"
    condemned = by_trigger["condemned"]
    assert condemned.date is not None and condemned.date.precision == "publication"
    assert condemned.location.place is None


def test_a_report_is_about_the_first_completed_quarter_it_names() -> None:
    published = date(1989, 11, 1)
    text = ("Profit rose in the third quarter, after a flat second quarter. "
            "In the year-earlier period, the company lost money; the fourth quarter looks weak.")
    found = {surface: value for surface, _, value in tagged(text, published)}
    assert found["the year-earlier period"] == "1988-Q3"
    text = "Sales will grow in the third quarter of 1990. In the year-ago period, sales fell."
    assert ("the year-ago period", "DATE", "1988-Q3") in tagged(text, published)  # the outlook is not the report's quarter
    assert ("the quarter a year ago", "DATE", "1988-Q3") in tagged("For the quarter a year ago, it lost money.", published)


def test_words_before_a_time_and_the_past_perfect_set_its_direction(pipeline: Pipeline) -> None:
    def values(text: str) -> list[str | None]:
        return [t.value for t in analyse(pipeline, text).times]

    # published on Tuesday 22 November 2022
    assert values("The group could arrive as early as Friday.") == ["2022-11-25"]
    assert values("The deadline was extended until Friday.") == ["2022-11-25"]
    assert values("Until Friday, they had not called him a suspect.") == ["2022-11-18"]
    assert values("The offer had been due to expire on Monday.") == ["2022-11-21"]
    assert values("The stock is to resume trading on Monday.") == ["2022-11-28"]
    # an open modal takes the nearest such day (Wednesday is tomorrow), a bare report the last one
    assert values("The father would travel to Washington on Wednesday.") == ["2022-11-23"]
    assert values("The father travelled to Washington on Wednesday.") == ["2022-11-16"]
    assert values("The two leaders meet on Wednesday in Oman.") == ["2022-11-23"]  # the news present
    # "the previous Friday" is seen from the day the text last named
    assert values("Shares fell on Nov. 4, down 3% from the previous Friday.") == ["2022-11-04", "2022-10-28"]
