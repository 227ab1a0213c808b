"""Every kind of bad input gets a clear message and an `errors` row, and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from newsevents.errors import ErrorCode
from newsevents.ingestion import ingest
from tests.conftest import ENGLISH

GOOD_TEXT = ENGLISH


def errors_of(db: str) -> list[tuple]:
    with duckdb.connect(db, read_only=True) as con:
        return con.execute("SELECT source, record, stage, code, severity, message FROM errors ORDER BY id").fetchall()


def article_count(db: str) -> int:
    with duckdb.connect(db, read_only=True) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


def run_with(bad: Path, good: Path, db: str):
    report = ingest([str(bad), str(good)], db)
    return report, errors_of(db)


def test_binary_file(tmp_path: Path, good_file: Path, db: str) -> None:
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    report, errors = run_with(bad, good_file, db)
    assert report.exit_code == 1 and report.analysed == 1
    assert [(e[3], e[4]) for e in errors] == [(ErrorCode.BINARY, "error")]
    assert "binary" in errors[0][5]


def test_empty_files(tmp_path: Path, good_file: Path, db: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.html"
    blank.write_text("   \n\n  ")
    report = ingest([str(empty), str(blank), str(good_file)], db)
    codes = [e[3] for e in errors_of(db)]
    assert codes == [ErrorCode.EMPTY, ErrorCode.EMPTY]
    assert report.exit_code == 1 and article_count(db) == 1


def test_latin1_is_decoded_with_a_warning(tmp_path: Path, db: str) -> None:
    text = "Le président français a rencontré à Genève le ministre. " * 3 + GOOD_TEXT
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("cp1252"))
    report = ingest([str(path)], db)
    errors = errors_of(db)
    assert report.exit_code == 0 and report.analysed == 1
    assert [(e[3], e[4]) for e in errors] == [(ErrorCode.ENCODING, "warning")]
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT text FROM articles").fetchone()[0] == text


def test_invalid_utf8_bytes_are_replaced_with_a_warning(tmp_path: Path, db: str) -> None:
    data = GOOD_TEXT.encode("utf-8") + b" caf\xc3 " + "Zelenskyy’s office said.".encode("utf-8")
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    report = ingest([str(path)], db)
    (error,) = errors_of(db)
    assert error[3] == ErrorCode.ENCODING and error[4] == "warning"
    assert report.analysed == 1


def test_utf16_with_bom(tmp_path: Path, db: str) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(GOOD_TEXT.encode("utf-16"))
    report = ingest([str(path)], db)
    assert report.exit_code == 0 and report.analysed == 1 and errors_of(db) == []


def test_malformed_html(tmp_path: Path, good_file: Path, db: str) -> None:
    bad = tmp_path / "broken.html"
    bad.write_text("<html><head><title>x</title></head><body><div><script>var a = '<p>';</script></div><<<>>></html")
    report, errors = run_with(bad, good_file, db)
    assert [e[3] for e in errors] == [ErrorCode.MALFORMED_HTML]
    assert report.analysed == 1


def test_unclosed_html_still_gives_text(tmp_path: Path, db: str) -> None:
    path = tmp_path / "unclosed.html"
    path.write_text("<html><body><article><p>" + GOOD_TEXT + "<p>" + GOOD_TEXT.upper())
    report = ingest([str(path)], db)
    assert report.analysed == 1


def test_broken_jsonl_line_among_good_ones(tmp_path: Path, db: str) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "one", "text": GOOD_TEXT}),
        '{"id": "two", "text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "four", "body": "no text field"}),
        json.dumps({"id": "five", "text": GOOD_TEXT.replace("Ankara", "Baku")}),
    ]
    path.write_text("\n".join(lines) + "\n")
    report = ingest([str(path)], db)
    errors = errors_of(db)
    assert [(e[1], e[3]) for e in errors] == [
        ("line 2", ErrorCode.MALFORMED_JSON),
        ("line 3", ErrorCode.MALFORMED_JSON),
        ("line 4 (id four)", ErrorCode.MISSING_FIELD),
    ]
    with duckdb.connect(db, read_only=True) as con:
        assert sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall()) == ["five", "one"]
    assert report.exit_code == 1


def test_truncated_warc_keeps_earlier_records(tmp_path: Path, corpus_dir: Path, db: str) -> None:
    import gzip

    data = gzip.decompress((corpus_dir / "warc" / "corpus.warc.gz").read_bytes())
    cut = data.find(b"WARC/1", len(data) // 10) + 2000  # the middle of the second or third record
    path = tmp_path / "truncated.warc"
    path.write_bytes(data[:cut])
    report = ingest([str(path)], db)
    errors = errors_of(db)
    assert errors[-1][3] == ErrorCode.MALFORMED_WARC
    assert "truncated" in errors[-1][5]
    assert report.analysed >= 1 and article_count(db) >= 1
    assert report.exit_code == 1


def test_truncated_gzipped_warc(tmp_path: Path, corpus_dir: Path, db: str) -> None:
    data = (corpus_dir / "warc" / "corpus.warc.gz").read_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) // 3])
    report = ingest([str(path)], db)
    errors = errors_of(db)
    assert [e[3] for e in errors] == [ErrorCode.MALFORMED_WARC]
    assert report.analysed >= 5 and report.exit_code == 1


def test_garbage_warc(tmp_path: Path, good_file: Path, db: str) -> None:
    bad = tmp_path / "junk.warc.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 100)
    report, errors = run_with(bad, good_file, db)
    assert [e[3] for e in errors] == [ErrorCode.MALFORMED_WARC]
    assert report.analysed == 1


def test_malformed_feed(tmp_path: Path, good_file: Path, db: str) -> None:
    bad = tmp_path / "feed.rss"
    bad.write_text("<rss><channel><title>x</title><item><title>broken")
    report, errors = run_with(bad, good_file, db)
    assert [e[3] for e in errors] == [ErrorCode.MALFORMED_FEED, ErrorCode.EMPTY]
    assert "not well-formed" in errors[0][5]
    assert report.analysed == 1


def test_non_english_is_stored_but_not_analysed(tmp_path: Path, good_file: Path, db: str) -> None:
    bad = tmp_path / "french.txt"
    bad.write_text(
        "Le ministre iranien des affaires étrangères a rencontré lundi son homologue turc à Ankara "
        "pour discuter du commerce, a indiqué le ministère. Les deux parties se reverront le mois prochain.",
        encoding="utf-8",
    )
    report, errors = run_with(bad, good_file, db)
    assert [(e[2], e[3]) for e in errors] == [("check", ErrorCode.LANGUAGE)]
    assert "'fr'" in errors[0][5]
    with duckdb.connect(db, read_only=True) as con:
        rows = con.execute("SELECT language, analysed FROM articles ORDER BY language").fetchall()
        assert rows == [("en", True), ("fr", False)]
        assert con.execute("SELECT count(*) FROM entities WHERE article_id IN (SELECT id FROM articles WHERE language = 'fr')").fetchone()[0] == 0
    assert report.exit_code == 1


def test_huge_article(tmp_path: Path, good_file: Path, db: str) -> None:
    bad = tmp_path / "huge.txt"
    bad.write_text((GOOD_TEXT + "\n") * (5_000_000 // len(GOOD_TEXT)))
    assert bad.stat().st_size >= 4_900_000
    report, errors = run_with(bad, good_file, db)
    assert [e[3] for e in errors] == [ErrorCode.TOO_LARGE]
    assert "--max-chars" in errors[0][5]
    assert report.analysed == 1


def test_huge_jsonl_record(tmp_path: Path, db: str) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "word " * 1_100_000}) + "\n" + json.dumps({"id": "ok", "text": GOOD_TEXT}) + "\n")
    report = ingest([str(path)], db)
    assert [e[3] for e in errors_of(db)] == [ErrorCode.TOO_LARGE]
    assert report.analysed == 1


def test_all_bad_inputs_in_one_batch_lose_nothing(tmp_path: Path, db: str) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD_TEXT)
    (inputs / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "bad.jsonl").write_text("{oops\n")
    report = ingest([str(inputs)], db)
    assert report.errors == 3 and report.analysed == 1
    with duckdb.connect(db, read_only=True) as con:
        run = con.execute("SELECT status, errors, articles_stored FROM runs").fetchone()
    assert run == ("done", 3, 1)
