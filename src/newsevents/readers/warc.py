"""WARC archives (warcio): every HTML response record is an article, extracted like an HTML page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..errors import ErrorCode
from .base import ReadOptions, ReadOutcome, failure, register_reader
from .html import extract_html


class WarcReader:
    name = "warc"
    extensions = (".warc", ".warc.gz", ".arc", ".arc.gz")

    def sniff(self, head: bytes) -> bool:
        return head.startswith(b"WARC/") or (head.startswith(b"\x1f\x8b") and b"WARC/" in _gunzip_head(head))

    def read(self, stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadOutcome]:
        from warcio.archiveiterator import ArchiveIterator

        number = 0
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
        if number == 0:
            yield failure(source, None, self.name, ErrorCode.MALFORMED_WARC, "no WARC records found")
        elif responses == 0:
            yield failure(source, None, self.name, ErrorCode.MALFORMED_WARC, "no HTML response records in the archive")


def _gunzip_head(head: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head[:4096], 256)
    except zlib.error:
        return b""


register_reader(WarcReader())
