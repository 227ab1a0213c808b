"""The day an undated article gives for itself in its first lines (`datelines.stamp_day`), and its use by
story linking."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsevents import linking
from newsevents.datelines import stamp_day
from newsevents.ingestion import ingest
from newsevents.store import Store


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("LONDON, March 3, 2011 — Ministers met on Tuesday to discuss the budget.", date(2011, 3, 3)),
        ("Ferry sinks off the coast\nPublished: 14 June 2012\nA ferry sank on Sunday.", date(2012, 6, 14)),
        ("Posted 12/19/2005 3:36 PM\nA mob boss died in prison.", date(2005, 12, 19)),
        ("Fire destroys warehouse\n04 / 28 / 09 07:35 PM ET\nA fire broke out.", date(2009, 4, 28)),
        ("Trade talks resume\nMONDAY, JUNE 11TH, 2012 AT 10:49 AM\nTalks resumed.", date(2012, 6, 11)),
        ("Election date set\n2013 - 09 - 26\nThe commission set a date.", date(2013, 9, 26)),
        ("Champion keeps his belts\nArticle posted on 08. 07. 2012\nHe won in six rounds.", date(2012, 7, 8)),
        ("Quake hits island\nSunday, November 27 - 2005 at 16:12\nA quake struck.", date(2005, 11, 27)),
        ("Police fire\n10:24 AM, MON 22 JUL 2013\nPolice are investigating.", date(2013, 7, 22)),
        ("Rehab again\nFri., May. 3, 2013 11:45 AM PDT\nThe actress checked in.", date(2013, 5, 3)),
        ("Washington D. C., Jul 13, 2009 / 02:00 pm (CNA)\nThe president named a nominee.", date(2009, 7, 13)),
    ],
)
def test_stamps_in_the_first_lines_are_read(text: str, day: date) -> None:
    assert stamp_day(text) == day


@pytest.mark.parametrize(
    "text",
    [
        # a date in a sentence of the story is any day the story mentions, not the article's
        "Pinup icon dies at 85\nShe was born on April 22, 1923, in Nashville.\nShe died on Thursday.",
        "The vote is scheduled for December 15, 2013, the commission said in a long statement on its website.",
        # no year, an impossible day, too far into the article
        "Navy foils attack\nMumbai, Nov 11 -\nThe navy foiled an attack.",
        "Odd stamp\nPosted 02/30/2012\nText.",
        "\n".join(["A line of the story."] * 7) + "\nPosted 12/19/2005",
    ],
)
def test_dates_that_are_no_stamp_are_left_alone(text: str) -> None:
    assert stamp_day(text) is None


def test_slashes_read_month_first_unless_the_numbers_forbid_it() -> None:
    assert stamp_day("Updated 4/11/2007 1:26 PM\nText.") == date(2007, 4, 11)
    assert stamp_day("Updated 28/04/2009\nText.") == date(2009, 4, 28)


TELLINGS = {
    "first": "Navy warship foils pirate attack in the Gulf of Aden\n{stamp}\nAn Indian Navy warship escorting "
    "merchant ships in the Gulf of Aden foiled an attack by Somali pirates on Friday, capturing 23 pirates and "
    "seizing rifles, the navy said. Commandos boarded the pirate skiffs.",
    "second": "Indian Navy thwarts Somali pirates\n{stamp}\nSomali pirates who tried to hijack a merchant vessel "
    "in the Gulf of Aden were driven off by an Indian Navy warship, officials in New Delhi said. The navy's "
    "commandos seized rifles and detained the pirates after a chase.",
    "later": "Indian warship stops pirate attack in Gulf of Aden\n{stamp}\nPirates from Somalia attacked "
    "merchant vessels in the Gulf of Aden and an Indian Navy warship on escort duty stopped them, the navy "
    "said on Friday. Its marine commandos captured the pirates and took their weapons.",
}


def _article(article_id: str, stamp: str) -> dict[str, str]:
    return {"id": article_id, "outlet": f"{article_id}.example", "text": TELLINGS[article_id].format(stamp=stamp)}


def test_undated_articles_are_linked_by_the_days_they_give(tmp_path: Path) -> None:
    """No publication date: the stamps keep an attack of 2011 out of the story of one of 2008, and let two
    reports a day apart join (the agreeing days add TIMED_BONUS to their score)."""
    # stamps of forms the time component does not read: only the stamps date these articles
    records = [_article("first", "11 / 14 / 08 07:35 PM ET"), _article("second", "2008 - 11 - 15"),
               _article("later", "Article posted on 11. 11. 2011")]
    source = tmp_path / "undated.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "stories.duckdb")
    report = ingest([str(source)], db)
    assert report.errors == 0
    with Store(db, read_only=True) as store:
        stories = {tuple(s["article_ids"]) for s in linking.list_stories(store)}
        published = store.con.execute("SELECT count(published) FROM articles").fetchone()[0]
        days = dict(store.con.execute("SELECT article_id, day FROM story_articles").fetchall())
    assert stories == {("first", "second"), ("later",)}
    assert published == 0  # the inferred days are linking's, not the articles' publication dates
    assert days == {"first": date(2008, 11, 14), "second": date(2008, 11, 15), "later": date(2011, 11, 11)}
    # by words and names alone the 2011 report would join
    with Store(db, read_only=True) as store:
        linker = linking.Linker(store)
        profile = linking.load_profiles(store, ["later"])["later"]
        linker._load(None)
        (story,) = [s for s in linker.stories.values() if s.size == 2]
        terms, names = linker.vectors(profile)
        assert linker.score(profile, story, terms, names) >= linking.THRESHOLD
        assert not linker._in_window(profile, story)


def test_the_bonus_needs_both_days() -> None:
    def profile(day: date | None) -> linking.Profile:
        return linking.Profile("a", day, day or date(2020, 1, 1), "t", {}, {}, [])

    dated = linking._Story("s", "t", date(2008, 11, 14), date(2008, 11, 14), date(2008, 11, 14), date(2008, 11, 14))
    undated = linking._Story("u", "t", date(2020, 1, 1), date(2020, 1, 1), None, None)
    assert linking.Linker._time_bonus(profile(date(2008, 11, 15)), dated) == linking.TIMED_BONUS
    assert linking.Linker._time_bonus(profile(None), dated) == 0.0
    assert linking.Linker._time_bonus(profile(date(2008, 11, 15)), undated) == 0.0
