"""WARC archives (warcio): every HTML response record is an article, extracted like an HTML page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..errors import ErrorCode
from .base import ByteRange, ReadOptions, ReadOutcome, failure, register_reader
from .html import extract_html


class WarcReader:
    name = "warc"
    extensions = (".warc", ".warc.gz", ".arc", ".arc.gz")

    def sniff(self, head: bytes) -> bool:
        return head.startswith(b"WARC/") or (head.startswith(b"\x1f\x8b") and b"WARC/" in _gunzip_head(head))

    def split(self, path: str, target_bytes: int) -> list[ByteRange] | None:
        """Cut the archive at record starts into ranges of about `target_bytes`; None when it cannot be cut
        (an ARC file, a corrupt archive, or one gzipped as a whole rather than record by record)."""
        from warcio.archiveiterator import ArchiveIterator

        if path.lower().endswith((".arc", ".arc.gz")):
            return None
        ranges: list[ByteRange] = []
        start, first = 0, 1
        try:
            with open(path, "rb") as handle:
                iterator = ArchiveIterator(handle)
                for number, _record in enumerate(iterator, start=1):
                    offset = iterator.get_record_offset()
                    if offset - start >= target_bytes:
                        ranges.append(ByteRange(start, offset, first))
                        start, first = offset, number
                size = handle.seek(0, 2)
                ranges.append(ByteRange(start, size, first))
                for part in ranges[1:]:
                    handle.seek(part.start)
                    if handle.read(5) not in (b"WARC/",) and not _is_gzip_member(handle, part.start):
                        return None
        except Exception:  # warcio and zlib raise several kinds on corrupt archives: read it whole, and report
            return None
        return ranges

    def read(
        self, stream: BinaryIO, source: str, options: ReadOptions, part: ByteRange | None = None
    ) -> Iterator[ReadOutcome]:
        from warcio.archiveiterator import ArchiveIterator

        number = part.first_record - 1 if part else 0
        responses = 0
        try:
            for record in ArchiveIterator(stream, arc2warc=True):
                number += 1
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                label = f"record {number} ({url})" if url else f"record {number}"
                status = record.http_headers.get_statuscode() if record.http_headers else None
                content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if status and not status.startswith("2"):
                    continue
                if "html" not in content_type.lower():
                    continue
                responses += 1
                payload = record.content_stream().read()
                missing = getattr(record.raw_stream, "limit", 0)
                if missing:
                    yield failure(source, label, self.name, ErrorCode.MALFORMED_WARC, f"WARC is truncated: record {number} lacks {missing:,} bytes")
                    return
                yield extract_html(payload, source=source, record=label, options=options, fmt=self.name, url=url)
        except Exception as exc:  # warcio and zlib raise several kinds on truncated or corrupt archives
            where = f"after record {number}" if number else "at the start"
            yield failure(source, f"record {number + 1}", self.name, ErrorCode.MALFORMED_WARC, f"WARC is truncated or corrupt {where}: {exc or type(exc).__name__}")
            return
        if part is not None:
            return
        if number == 0:
            yield failure(source, None, self.name, ErrorCode.MALFORMED_WARC, "no WARC records found")
        elif responses == 0:
            yield failure(source, None, self.name, ErrorCode.MALFORMED_WARC, "no HTML response records in the archive")


def _is_gzip_member(handle: BinaryIO, offset: int) -> bool:
    handle.seek(offset)
    return handle.read(3) == b"\x1f\x8b\x08"


def _gunzip_head(head: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head[:4096], 256)
    except zlib.error:
        return b""


register_reader(WarcReader())
