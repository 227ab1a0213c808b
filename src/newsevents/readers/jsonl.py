"""JSON Lines: one article a line with fields id, text, url, title, outlet, published."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import ErrorCode
from .base import ByteRange, ReadOptions, ReadOutcome, build_article, failure, parse_date, register_reader

FIELDS = ("id", "text", "url", "title", "outlet", "published", "language")


def _optional_str(value: object) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None


class JsonlReader:
    name = "jsonl"
    extensions = (".jsonl", ".ndjson", ".jsonlines")

    def sniff(self, head: bytes) -> bool:
        return head.lstrip().startswith(b"{")

    def split(self, path: str, target_bytes: int) -> list[ByteRange]:
        """Cut the file at line ends into ranges of about `target_bytes`, each with its first line number."""
        ranges: list[ByteRange] = []
        start = offset = 0
        first = 1
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                offset += len(raw)
                if offset - start >= target_bytes:
                    ranges.append(ByteRange(start, offset, first))
                    start, first = offset, number + 1
        if offset > start:
            ranges.append(ByteRange(start, offset, first))
        return ranges

    def read(
        self, stream: BinaryIO, source: str, options: ReadOptions, part: ByteRange | None = None
    ) -> Iterator[ReadOutcome]:
        seen_any = False
        for number, raw in enumerate(stream, start=part.first_record if part else 1):
            if not raw.strip():
                continue
            seen_any = True
            record = f"line {number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield failure(source, record, self.name, ErrorCode.ENCODING, f"line is not valid UTF-8 (byte {exc.start})")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield failure(source, record, self.name, ErrorCode.MALFORMED_JSON, f"invalid JSON: {exc.msg} at column {exc.colno}")
                continue
            if not isinstance(obj, dict):
                yield failure(source, record, self.name, ErrorCode.MALFORMED_JSON, f"expected a JSON object, got {type(obj).__name__}")
                continue
            if obj.get("id") is not None:
                record = f"line {number} (id {obj['id']})"
            text = obj.get("text")
            if not isinstance(text, str):
                yield failure(source, record, self.name, ErrorCode.MISSING_FIELD, "no string field 'text'")
                continue
            yield build_article(
                source=source,
                record=record,
                fmt=self.name,
                text=text,
                options=options,
                record_id=_optional_str(obj.get("id")),
                url=_optional_str(obj.get("url")),
                outlet=_optional_str(obj.get("outlet")),
                title=_optional_str(obj.get("title")),
                published=parse_date(obj.get("published")),
                language=_optional_str(obj.get("language")),
            )
        if not seen_any and part is None:
            yield failure(source, None, self.name, ErrorCode.EMPTY, "no JSON lines in the file")


register_reader(JsonlReader())
