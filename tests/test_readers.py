from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from newsevents.errors import ErrorCode, UsageError
from newsevents.readers import ReadOptions, read_sources
from newsevents.readers.text import dateline_date


def read_all(paths, **kwargs):
    return list(read_sources([str(p) for p in paths], **kwargs))


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("date 2022-11-23 Meridian Wire", date(2022, 11, 23)),
        ("November 23, 2022", date(2022, 11, 23)),
        ("Nov. 3, 2021 — WASHINGTON", date(2021, 11, 3)),
        ("23 November 2022", date(2022, 11, 23)),
        ("Wednesday, November 23, 2022", date(2022, 11, 23)),
        ("2020-07-28", date(2020, 7, 28)),
        ("Israel and Iran traded accusations on 23 November 2022", None),
        ("February 30, 2022", None),
    ],
)
def test_dateline(first_line: str, expected: date | None) -> None:
    assert dateline_date(first_line + "\n\nBody text.") == expected


def test_txt_text_is_unchanged_and_dated(tmp_path: Path) -> None:
    raw = "November 23, 2022\r\n\r\nThe minister said “Israel” would reply — soon.\n\n\tIndented line.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    (outcome,) = read_all([path])
    assert outcome.article is not None
    assert outcome.article.text == raw
    assert outcome.article.published == date(2022, 11, 23)
    assert outcome.article.id.startswith("t")


def test_command_line_metadata_wins(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("November 23, 2022\n\nText of the article.")
    (outcome,) = read_all([path], options=ReadOptions(published=date(2021, 1, 2), outlet="Desk"))
    assert outcome.article.published == date(2021, 1, 2)
    assert outcome.article.outlet == "Desk"


def test_html_metadata(corpus_dir: Path) -> None:
    path = corpus_dir / "html" / "meridian-20221122-kochavi-milley.html"
    (outcome,) = read_all([path])
    article = outcome.article
    assert article is not None
    assert article.outlet == "Meridian Wire"
    assert article.published == date(2022, 11, 22)
    assert article.url == "https://www.meridianwire.example/2022/11/22/kochavi-milley"
    assert article.title == "Israeli army chief meets Milley at Pentagon as Iran tops agenda"
    assert "Most read" not in article.text and "All rights reserved" not in article.text
    assert article.text.startswith("WASHINGTON (Meridian Wire)")


def test_jsonl_fields_and_ids(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = [
        {"id": "r-1", "text": "First article text.", "url": "https://x.example/1", "title": "One", "outlet": "X", "published": "2022-11-23"},
        {"text": "Second article text.", "url": "https://x.example/2?utm_source=feed"},
        {"text": "Third article text."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    first, second, third = read_all([path])
    assert first.article.id == "r-1" and first.article.title == "One" and first.article.published == date(2022, 11, 23)
    assert second.article.id.startswith("u")
    assert third.article.id.startswith("t")
    # the same URL with tracking parameters gives the same id
    path2 = tmp_path / "b.jsonl"
    path2.write_text(json.dumps({"text": "Other text.", "url": "https://x.example/2"}) + "\n")
    (again,) = read_all([path2])
    assert again.article.id == second.article.id


def test_rss_and_atom_feeds(corpus_dir: Path) -> None:
    rss = read_all([corpus_dir / "rss" / "meridian-wire.rss"])
    atom = read_all([corpus_dir / "rss" / "pacific-herald.atom"])
    assert rss and atom
    for outcome in rss + atom:
        assert outcome.article is not None, outcome.problems
        assert outcome.article.published is not None
        assert outcome.article.url and outcome.article.title
        assert "\n\n" in outcome.article.text  # paragraphs kept
    assert {o.article.outlet for o in rss} == {"Meridian Wire"}
    assert {o.article.outlet for o in atom} == {"Pacific Herald"}


def test_warc_records(corpus_dir: Path) -> None:
    outcomes = read_all([corpus_dir / "warc" / "corpus.warc.gz"])
    jsonl_count = sum(1 for _ in open(corpus_dir / "jsonl" / "corpus.jsonl"))
    assert len(outcomes) == jsonl_count
    assert all(o.article is not None and o.input_format == "warc" for o in outcomes)
    assert all(o.article.url.startswith("https://") for o in outcomes)


def test_every_format_reads_the_whole_corpus(corpus_dir: Path) -> None:
    expected = sum(1 for _ in open(corpus_dir / "jsonl" / "corpus.jsonl"))
    for name in ("jsonl", "html", "txt", "rss", "warc"):
        outcomes = read_all([corpus_dir / name])
        assert len(outcomes) == expected, name
        assert all(o.article is not None for o in outcomes), [o.problems for o in outcomes if o.failed]


def test_format_sniffing_without_extension(tmp_path: Path, corpus_dir: Path) -> None:
    sources = {
        "page": (corpus_dir / "html" / "meridian-20221122-kochavi-milley.html").read_bytes(),
        "feed": (corpus_dir / "rss" / "meridian-wire.rss").read_bytes(),
        "lines": (corpus_dir / "jsonl" / "corpus.jsonl").read_bytes(),
        "archive": (corpus_dir / "warc" / "corpus.warc.gz").read_bytes(),
        "plain": b"Just some plain text about a meeting in Geneva.",
    }
    expected = {"page": "html", "feed": "feed", "lines": "jsonl", "archive": "warc", "plain": "txt"}
    for name, data in sources.items():
        (tmp_path / name).write_bytes(data)
        outcomes = read_all([tmp_path / name])
        assert outcomes[0].input_format == expected[name]


def test_forced_input_format(tmp_path: Path) -> None:
    path = tmp_path / "records.data"
    path.write_text(json.dumps({"id": "x", "text": "A text."}) + "\n")
    (outcome,) = read_all([path], input_format="jsonl")
    assert outcome.article.id == "x"
    with pytest.raises(UsageError):
        read_all([path], input_format="pdf")


def test_directories_recurse_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second text.")
    (tmp_path / "a.txt").write_text("First text.")
    (tmp_path / ".hidden.txt").write_text("Hidden text.")
    outcomes = read_all([tmp_path])
    assert [o.article.text for o in outcomes] == ["First text.", "Second text."]


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (outcome,) = read_all([tmp_path / "nope.txt"])
    assert outcome.failed and outcome.problems[0].code == ErrorCode.NOT_FOUND


def test_gzip_helper_sniffs_compressed_warc() -> None:
    from newsevents.readers.warc import WarcReader

    assert WarcReader().sniff(gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n"))
    assert not WarcReader().sniff(gzip.compress(b"hello"))
    assert not WarcReader().sniff(io.BytesIO(b"x").read())


def test_deeply_nested_feed_content_keeps_its_words() -> None:
    from newsevents.readers.feed import fragment_to_text

    markup = "<div>" * 3000 + "Talks resumed in Doha." + "</div>" * 3000
    assert "Talks resumed in Doha." in fragment_to_text(markup)
