"""What every reader shares: options, outcomes, the registry and the final checks on an article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import BinaryIO, Protocol

from ..errors import ErrorCode
from ..ids import article_id
from ..issues import Problem
from ..model import Article

DEFAULT_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class ReadOptions:
    published: date | None = None
    outlet: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS


@dataclass(frozen=True)
class ByteRange:
    """A slice of a large file that starts and ends on record boundaries, and the number of its first record."""

    start: int
    end: int
    first_record: int


@dataclass
class ReadOutcome:
    """One record of an input: an article (perhaps with warnings) or the problem that stopped it."""

    source: str
    record: str | None
    input_format: str
    article: Article | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.article is None


class Reader(Protocol):
    name: str
    extensions: tuple[str, ...]

    def sniff(self, head: bytes) -> bool: ...

    def read(self, stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadOutcome]: ...


class SplittableReader(Reader, Protocol):
    """A format whose large files can be cut into ranges read independently (JSON Lines, WARC)."""

    def split(self, path: str, target_bytes: int) -> list[ByteRange] | None: ...

    def read(
        self, stream: BinaryIO, source: str, options: ReadOptions, part: ByteRange | None = None
    ) -> Iterator[ReadOutcome]: ...


READERS: dict[str, Reader] = {}


def register_reader(reader: Reader) -> Reader:
    READERS[reader.name] = reader
    return reader


def failure(source: str, record: str | None, fmt: str, code: ErrorCode, message: str) -> ReadOutcome:
    return ReadOutcome(source, record, fmt, None, [Problem(source, record, "read", code, message)])


def warning(source: str, record: str | None, code: ErrorCode, message: str) -> Problem:
    return Problem(source, record, "read", code, message, "warning")


_DATE_PREFIX = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def parse_date(value: object) -> date | None:
    """A publication date from an ISO string, a datetime, a date or an RFC 2822 string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = _DATE_PREFIX.match(text)
    if match:
        try:
            return date.fromisoformat(match.group(1))
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def build_article(
    *,
    source: str,
    record: str | None,
    fmt: str,
    text: str,
    options: ReadOptions,
    record_id: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: date | None = None,
    language: str | None = None,
    problems: list[Problem] | None = None,
) -> ReadOutcome:
    """Apply the checks every format shares and the command-line metadata, and make the Article."""
    problems = list(problems or [])
    if not text.strip():
        return ReadOutcome(source, record, fmt, None, problems + [Problem(source, record, "read", ErrorCode.EMPTY, "no text")])
    if len(text) > options.max_chars:
        message = f"text has {len(text):,} characters, over the limit of {options.max_chars:,} (--max-chars)"
        return ReadOutcome(source, record, fmt, None, problems + [Problem(source, record, "read", ErrorCode.TOO_LARGE, message)])
    article = Article(
        id=article_id(record_id, url, text),
        url=url or None,
        outlet=options.outlet or outlet or None,
        title=(title or None),
        published=options.published or published,
        language=language,
        text=text,
    )
    return ReadOutcome(source, record, fmt, article, problems)


