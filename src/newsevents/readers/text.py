"""Plain text: the text unchanged; a first-line dateline gives the publication date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from ..errors import ErrorCode
from ..textcodec import DecodeFailure, decode_text
from .base import ReadOptions, ReadOutcome, build_article, failure, register_reader, warning

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATELINES = [
    re.compile(r"^\s*(?:date[:\s]\s*)?(?P<iso>\d{4}-\d{2}-\d{2})\b", re.IGNORECASE),
    re.compile(r"^\s*(?:date[:\s]\s*)?(?:[A-Za-z]+day,?\s+)?" + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b", re.IGNORECASE),
    re.compile(r"^\s*(?:date[:\s]\s*)?(?:[A-Za-z]+day,?\s+)?(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.IGNORECASE),
]


def dateline_date(text: str) -> date | None:
    """The date on the first line, if that line opens with one ("date 2022-11-23", "November 23, 2022")."""
    first_line = text.lstrip("\ufeff").split("\n", 1)[0][:120]
    for pattern in _DATELINES:
        match = pattern.match(first_line)
        if not match:
            continue
        try:
            if match.groupdict().get("iso"):
                return date.fromisoformat(match.group("iso"))
            month = _MONTHS.get(match.group("month").lower())
            if month is None:
                continue
            return date(int(match.group("year")), month, int(match.group("day")))
        except ValueError:
            continue
    return None


class TextReader:
    name = "txt"
    extensions = (".txt", ".text")

    def sniff(self, head: bytes) -> bool:
        return True  # the fallback: anything that decodes as text

    def read(self, stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadOutcome]:
        data = stream.read()
        if not data:
            yield failure(source, None, self.name, ErrorCode.EMPTY, "empty file")
            return
        try:
            decoded = decode_text(data)
        except DecodeFailure as exc:
            yield failure(source, None, self.name, exc.code, str(exc))
            return
        problems = [warning(source, None, ErrorCode.ENCODING, decoded.warning)] if decoded.warning else []
        yield build_article(
            source=source,
            record=None,
            fmt=self.name,
            text=decoded.text,
            options=options,
            published=dateline_date(decoded.text),
            problems=problems,
        )


register_reader(TextReader())
