"""HTML pages: main text and metadata (title, date, outlet, URL) with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..errors import ErrorCode
from ..textcodec import looks_binary
from .base import ReadOptions, ReadOutcome, build_article, failure, parse_date, register_reader

_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<p>")


def extract_html(
    data: bytes, *, source: str, record: str | None, options: ReadOptions, fmt: str = "html", url: str | None = None
) -> ReadOutcome:
    """Extract one article from an HTML page (also used for WARC responses)."""
    import trafilatura

    if not data.strip():
        return failure(source, record, fmt, ErrorCode.EMPTY, "empty page")
    if looks_binary(data) and not data.lstrip().lower().startswith(b"<"):
        return failure(source, record, fmt, ErrorCode.BINARY, "binary data, not HTML")
    try:
        document = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup; the batch must go on
        return failure(source, record, fmt, ErrorCode.MALFORMED_HTML, f"HTML could not be parsed: {exc}")
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not any(ch.isalpha() for ch in text):
        return failure(source, record, fmt, ErrorCode.MALFORMED_HTML, "no main text found in the HTML")
    title = getattr(document, "title", None)
    text = _drop_repeated_title(text, title)
    return build_article(
        source=source,
        record=record,
        fmt=fmt,
        text=text,
        options=options,
        url=getattr(document, "url", None) or url,
        outlet=getattr(document, "sitename", None),
        title=title,
        published=parse_date(getattr(document, "date", None)),
    )


def _drop_repeated_title(text: str, title: str | None) -> str:
    """trafilatura keeps the page's <h1> as the first line; the title is already metadata."""
    if title and text.startswith(title):
        rest = text[len(title):]
        if rest.startswith("\n") and rest.strip():
            return rest.lstrip("\n")
    return text


class HtmlReader:
    name = "html"
    extensions = (".html", ".htm", ".xhtml")

    def sniff(self, head: bytes) -> bool:
        lowered = head[:2048].lstrip().lower()
        return any(marker in lowered for marker in _HTML_MARKERS)

    def read(self, stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadOutcome]:
        yield extract_html(stream.read(), source=source, record=None, options=options)


register_reader(HtmlReader())
