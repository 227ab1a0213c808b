"""Input readers. Each format is one module that registers itself; `read_sources` walks the inputs.

Formats are chosen by `--input-format`, else by file extension, else by sniffing the first bytes.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..errors import ErrorCode, UsageError
from . import feed, html, jsonl, text, warc  # noqa: F401  (importing registers them)
from .base import READERS, DEFAULT_MAX_CHARS, ByteRange, Reader, ReadOptions, ReadOutcome, failure

__all__ = [
    "READERS", "DEFAULT_MAX_CHARS", "ByteRange", "ReadOptions", "ReadOutcome", "read_sources", "read_range",
    "format_names", "iter_input_files", "split_file",
]

# Sniffing order: the most specific signatures first; plain text is the fallback.
_SNIFF_ORDER = ("warc", "feed", "html", "jsonl")
# Whole-file formats refuse files this many times larger than --max-chars before reading them.
_WHOLE_FILE_FACTOR = 8
_WHOLE_FILE_FORMATS = {"txt", "html", "feed"}


def format_names() -> list[str]:
    return sorted(READERS)


def _reader_for_name(name: str) -> Reader:
    try:
        return READERS[name]
    except KeyError:
        raise UsageError(f"unknown input format {name!r}; choose one of {', '.join(format_names())}") from None


def _reader_by_extension(path: str) -> Reader | None:
    lowered = path.lower()
    best: tuple[int, Reader] | None = None
    for reader in READERS.values():
        for extension in reader.extensions:
            if lowered.endswith(extension) and (best is None or len(extension) > best[0]):
                best = (len(extension), reader)
    return best[1] if best else None


def _reader_by_content(head: bytes) -> Reader:
    for name in _SNIFF_ORDER:
        if READERS[name].sniff(head):
            return READERS[name]
    return READERS["txt"]


def iter_input_files(paths: Iterable[str]) -> Iterator[str]:
    """Inputs in order; directories recurse (sorted, hidden entries skipped); '-' is stdin."""
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield os.path.join(root, name)


def _read_stream(stream: BinaryIO, source: str, input_format: str | None, options: ReadOptions) -> Iterator[ReadOutcome]:
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(8192)[:8192]  # type: ignore[union-attr]
    if input_format:
        reader = _reader_for_name(input_format)
    else:
        reader = _reader_by_extension(source) or _reader_by_content(head)
    yield from reader.read(buffered, source, options)  # type: ignore[arg-type]


def read_path(path: str, input_format: str | None, options: ReadOptions) -> Iterator[ReadOutcome]:
    fmt = input_format or "auto"
    if path == "-":
        yield from _read_stream(sys.stdin.buffer, "<stdin>", input_format, options)
        return
    if not os.path.exists(path):
        yield failure(path, None, fmt, ErrorCode.NOT_FOUND, "no such file")
        return
    if not os.path.isfile(path):
        yield failure(path, None, fmt, ErrorCode.NOT_FOUND, "not a regular file")
        return
    reader = _reader_for_name(input_format) if input_format else _reader_by_extension(path)
    size = os.path.getsize(path)
    if size == 0:
        yield failure(path, None, reader.name if reader else fmt, ErrorCode.EMPTY, "empty file")
        return
    if reader is not None and reader.name in _WHOLE_FILE_FORMATS and size > _WHOLE_FILE_FACTOR * options.max_chars:
        message = f"file is {size:,} bytes, far over the limit of {options.max_chars:,} characters (--max-chars)"
        yield failure(path, None, reader.name, ErrorCode.TOO_LARGE, message)
        return
    try:
        with open(path, "rb") as handle:
            yield from _read_stream(handle, path, input_format, options)
    except OSError as exc:
        yield failure(path, None, fmt, ErrorCode.NOT_FOUND, f"cannot read: {exc.strerror}")


def read_sources(paths: Iterable[str], input_format: str | None = None, options: ReadOptions | None = None) -> Iterator[ReadOutcome]:
    """Every record of every input, as articles or problems, in input order."""
    options = options or ReadOptions()
    if input_format:
        _reader_for_name(input_format)
    for path in iter_input_files(paths):
        yield from read_path(path, input_format, options)




def file_format(path: str, input_format: str | None) -> str | None:
    """The format a file would be read as: the one asked for, else by extension, else by its first bytes."""
    if input_format:
        return _reader_for_name(input_format).name
    reader = _reader_by_extension(path)
    if reader is not None:
        return reader.name
    try:
        with open(path, "rb") as handle:
            return _reader_by_content(handle.read(8192)).name
    except OSError:
        return None


def split_file(path: str, fmt: str, target_bytes: int) -> list[ByteRange] | None:
    """Ranges of a large file that can be read apart, or None when its format cannot be cut."""
    split = getattr(READERS[fmt], "split", None)
    if split is None:
        return None
    ranges = split(path, target_bytes)
    return ranges if ranges and len(ranges) > 1 else None


class _Window(io.RawIOBase):
    """Reads `length` bytes of a file from its current position, then reports the end."""

    def __init__(self, handle: BinaryIO, length: int) -> None:
        self._handle = handle
        self._left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._left <= 0:
            return 0
        view = memoryview(buffer)[: min(len(buffer), self._left)]
        count = self._handle.readinto(view)  # type: ignore[attr-defined]
        self._left -= count or 0
        return count or 0


def read_range(path: str, fmt: str, part: ByteRange, options: ReadOptions) -> Iterator[ReadOutcome]:
    """The records of one range of a file cut by `split_file`, numbered as in the whole file."""
    try:
        with open(path, "rb") as handle:
            handle.seek(part.start)
            stream = io.BufferedReader(_Window(handle, part.end - part.start), buffer_size=1 << 16)
            yield from READERS[fmt].read(stream, path, options, part)  # type: ignore[call-arg]
    except OSError as exc:
        yield failure(path, None, fmt, ErrorCode.NOT_FOUND, f"cannot read: {exc.strerror}")
