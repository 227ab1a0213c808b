"""The demo corpus is what the issue asks of it: the tests and the demo rely on that."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path


def records(corpus_dir: Path) -> list[dict]:
    return [json.loads(line) for line in open(corpus_dir / "jsonl" / "corpus.jsonl", encoding="utf-8")]


def test_size_outlets_and_years(corpus_dir: Path) -> None:
    rows = records(corpus_dir)
    assert len(rows) >= 40
    assert len({r["outlet"] for r in rows}) >= 6
    years = {r["published"][:4] for r in rows}
    assert len(years) >= 3
    assert len({r["id"] for r in rows}) == len(rows)


def test_stories_told_by_several_outlets(corpus_dir: Path) -> None:
    outlets = defaultdict(set)
    for r in records(corpus_dir):
        if r["story"] and not r.get("wire_copy_of"):
            outlets[r["story"]].add(r["outlet"])
    told = [story for story, names in outlets.items() if 2 <= len(names) <= 4]
    assert len(told) >= 5, dict(outlets)


def test_every_format_holds_every_article(corpus_dir: Path) -> None:
    rows = records(corpus_dir)
    assert len(list((corpus_dir / "html").glob("*.html"))) == len(rows)
    assert len(list((corpus_dir / "txt").glob("*.txt"))) == len(rows)
    assert (corpus_dir / "warc" / "corpus.warc.gz").stat().st_size > 0
    assert len(list((corpus_dir / "rss").iterdir())) == len({r["outlet"] for r in rows})


def test_articles_have_quotes_and_non_ascii(corpus_dir: Path) -> None:
    rows = records(corpus_dir)
    assert all(any(q in r["text"] for q in ('"', "“", "‘", "«")) for r in rows)
    assert sum(any(ord(ch) > 127 for ch in r["text"]) for r in rows) >= len(rows) // 2
