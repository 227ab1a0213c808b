"""What a database holds, without what differs between two runs that stored the same thing (run ids,
timestamps, error row ids): two snapshots are equal when the databases hold the same records."""

from __future__ import annotations

import duckdb

TABLES = (
    "articles", "entities", "mentions", "events", "event_actors", "times", "places", "quotes", "framing", "tone",
    "stories", "story_articles", "story_events", "errors",
)
VOLATILE = {"run_id", "ingested_at", "created_at", "updated_at", "linked_at"}


def snapshot(path: str) -> dict[str, list[str]]:
    con = duckdb.connect(path, read_only=True)
    try:
        out = {}
        for table in TABLES:
            columns = [
                row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()
                if row[0] not in VOLATILE and not (table == "errors" and row[0] == "id")
            ]
            quoted = ", ".join(f'"{c}"' for c in columns)
            out[table] = sorted(repr(row) for row in con.execute(f"SELECT {quoted} FROM {table}").fetchall())
        return out
    finally:
        con.close()


def differences(a: dict[str, list[str]], b: dict[str, list[str]]) -> dict[str, tuple[int, int]]:
    """Per table that differs: (rows only in a, rows only in b)."""
    out = {}
    for table in TABLES:
        if a[table] != b[table]:
            out[table] = (len(set(a[table]) - set(b[table])), len(set(b[table]) - set(a[table])))
    return out


def write_mixed_corpus(folder, corpus_dir, originals: int = 16, warc: bool = True) -> list[str]:  # type: ignore[no-untyped-def]
    """A small corpus with what a batch meets: originals, an exact copy under another id, a malformed line, a
    line with no text, an article in another language, a WARC of copies and originals (unless `warc` is
    False), and a binary file."""
    import json
    import shutil

    lines = (corpus_dir / "jsonl" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[:originals]
    copy = json.loads(lines[2])
    copy["id"] = "copy-of-third"
    extra = [
        "{not json",
        json.dumps({"id": "no-text", "title": "nothing"}),
        json.dumps({"id": "german", "published": "2023-03-01", "text": (
            "Die Bundesregierung hat am Montag in Berlin neue Sanktionen gegen mehrere Unternehmen beschlossen. "
            "Der Außenminister sagte, man werde die Lage weiter beobachten und mit den Partnern beraten."
        )}),
        json.dumps(copy),
    ]
    mixed = folder / "a-mixed.jsonl"
    mixed.write_text("\n".join(lines[:8] + extra + lines[8:]) + "\n", encoding="utf-8")
    binary = folder / "c-binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    if not warc:
        return [str(mixed), str(binary)]
    archive = folder / "b-archive.warc.gz"
    shutil.copy(corpus_dir / "warc" / "corpus.warc.gz", archive)
    return [str(mixed), str(archive), str(binary)]
