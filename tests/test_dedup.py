from __future__ import annotations

import json
from pathlib import Path

import duckdb

from newsevents.dedup import DuplicateIndex
from newsevents.ingestion import ingest

ORIGINAL = (
    "GENEVA (Wire) — Iran and the European Union agreed on Thursday to resume talks on the nuclear programme "
    "next month in Vienna, officials from both sides said after a day of meetings. The EU's foreign policy chief "
    "said the talks had been constructive and that negotiators would meet again within weeks. Iran's deputy "
    "foreign minister told reporters that sanctions relief remained the main demand of Tehran. Diplomats said "
    "the sides were still divided on the pace of any agreement and on inspections by the IAEA."
)
# A syndicated copy: new opening words, one sentence reworded, the last sentence trimmed.
COPY = (
    "GENEVA (Wire) — Iran and the European Union agreed on Thursday to resume talks on the nuclear programme "
    "next month in Vienna, officials from both sides said after a day of meetings. The EU's foreign policy chief "
    "described the talks as constructive and said that negotiators would meet again within weeks. Iran's deputy "
    "foreign minister told reporters that sanctions relief remained the main demand of Tehran."
)
OTHER_REPORT = (
    "Tehran and Brussels will sit down again in Vienna next month, after a round of discussions in Geneva that "
    "both described as useful. The Islamic Republic wants sanctions lifted first, its negotiator insisted, while "
    "European envoys pressed for wider access for nuclear inspectors."
)


def test_signature_similarity_separates_copies_from_other_reports() -> None:
    index = DuplicateIndex()
    index.add("orig", DuplicateIndex.signature(ORIGINAL))
    assert index.best_match("copy", DuplicateIndex.signature(COPY)).original_id == "orig"
    assert index.best_match("other", DuplicateIndex.signature(OTHER_REPORT)) is None
    assert index.best_match("orig", DuplicateIndex.signature(ORIGINAL)) is None  # never its own copy


def test_copies_are_linked_not_analysed(tmp_path: Path, db: str) -> None:
    path = tmp_path / "wire.jsonl"
    records = [
        {"id": "orig", "text": ORIGINAL, "outlet": "Wire"},
        {"id": "exact", "text": ORIGINAL.replace("  ", " ") + "\n", "outlet": "Paper A"},
        {"id": "near", "text": COPY, "outlet": "Paper B"},
        {"id": "other", "text": OTHER_REPORT, "outlet": "Paper C"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records))
    report = ingest([str(path)], db)
    assert report.analysed == 2 and report.duplicates == 2
    with duckdb.connect(db, read_only=True) as con:
        rows = con.execute("SELECT id, duplicate_of, duplicate_kind, analysed FROM articles ORDER BY id").fetchall()
        analysed_ids = {r[0] for r in con.execute("SELECT DISTINCT article_id FROM entities").fetchall()}
    assert rows == [
        ("exact", "orig", "exact", False),
        ("near", "orig", "near", False),
        ("orig", None, None, True),
        ("other", None, None, True),
    ]
    assert analysed_ids == {"orig", "other"}


def test_copies_are_recognised_across_runs(tmp_path: Path, db: str) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "orig", "text": ORIGINAL}))
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "near", "text": COPY}))
    ingest([str(tmp_path / "a.jsonl")], db)
    report = ingest([str(tmp_path / "b.jsonl")], db)
    assert report.duplicates == 1 and report.analysed == 0


def test_demo_wire_copies_link_to_their_originals(corpus_dir: Path, db: str) -> None:
    report = ingest([str(corpus_dir / "jsonl")], db)
    records = [json.loads(line) for line in open(corpus_dir / "jsonl" / "corpus.jsonl", encoding="utf-8")]
    expected = {r["id"]: r["wire_copy_of"] for r in records if r.get("wire_copy_of")}
    assert expected, "the demo corpus should hold wire copies"
    with duckdb.connect(db, read_only=True) as con:
        linked = dict(con.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall())
    assert linked == expected
    assert report.analysed == len(records) - len(expected)


def test_an_article_that_failed_analysis_is_no_original(tmp_path: Path, db: str) -> None:
    from newsevents.pipeline import COMPONENTS, Pipeline, register_component

    @register_component("fails_on_geneva_test", assigns=(), requires=("doc",))
    class FailsOnGeneva:
        def __call__(self, state) -> None:
            if state.article.id == "orig":
                raise RuntimeError("analysis broke")

    try:
        path = tmp_path / "wire.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in [{"id": "orig", "text": ORIGINAL}, {"id": "later", "text": COPY}]))
        from newsevents.ingestion import Ingester
        from newsevents.store import Store

        with Store(db) as store:
            report = Ingester(store, Pipeline(["entities", "fails_on_geneva_test"]), batch_size=1).run([str(path)])
        assert report.errors == 1 and report.analysed == 1 and report.duplicates == 0
    finally:
        COMPONENTS.pop("fails_on_geneva_test")
