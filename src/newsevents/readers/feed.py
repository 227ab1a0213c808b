"""RSS and Atom feeds (feedparser): one article per entry, from its content or else its summary."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from ..errors import ErrorCode
from .base import ReadOptions, ReadOutcome, build_article, failure, register_reader

_TAG = re.compile(r"<[^>]*>")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "section", "article"}


def fragment_to_text(markup: str) -> str:
    """Text of an HTML fragment, one paragraph per block element, separated by blank lines."""
    if "<" not in markup:
        return markup.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml's parser errors vary; an unparsable fragment is read as plain text
        return markup.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        joined = " ".join("".join(current).split())
        if joined:
            paragraphs.append(joined)
        current.clear()

    def walk(element) -> None:  # type: ignore[no-untyped-def]
        block = isinstance(element.tag, str) and element.tag.lower() in _BLOCKS
        if block:
            flush()
        if element.text:
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    try:
        walk(root)
        flush()
    except RecursionError:
        paragraphs = []
    if not paragraphs:
        # libxml2 drops text nested past its depth limit: keep the words, lose the paragraphs
        return " ".join(html.unescape(_TAG.sub(" ", markup)).split())
    return "\n\n".join(paragraphs)


def _entry_date(entry) -> date | None:  # type: ignore[no-untyped-def]
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _entry_text(entry) -> str:  # type: ignore[no-untyped-def]
    for content in entry.get("content") or []:
        value = content.get("value")
        if value and value.strip():
            return fragment_to_text(value)
    return fragment_to_text(entry.get("summary") or "")


class FeedReader:
    name = "feed"
    extensions = (".rss", ".atom", ".xml", ".rdf")

    def sniff(self, head: bytes) -> bool:
        lowered = head[:2048].lower()
        return b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered

    def read(self, stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadOutcome]:
        import feedparser

        data = stream.read()
        if not data.strip():
            yield failure(source, None, self.name, ErrorCode.EMPTY, "empty feed")
            return
        parsed = feedparser.parse(data)
        if not parsed.entries:
            reason = str(parsed.get("bozo_exception") or "no entries")
            yield failure(source, None, self.name, ErrorCode.MALFORMED_FEED, f"not a readable RSS/Atom feed: {reason}")
            return
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            message = f"feed is not well-formed ({reason}); {len(parsed.entries)} entries recovered"
            yield failure(source, None, self.name, ErrorCode.MALFORMED_FEED, message)
        outlet = parsed.feed.get("title")
        for number, entry in enumerate(parsed.entries, start=1):
            link = entry.get("link")
            record = f"entry {number}" + (f" ({link})" if link else "")
            yield build_article(
                source=source,
                record=record,
                fmt=self.name,
                text=_entry_text(entry),
                options=options,
                record_id=None if link else entry.get("id"),
                url=link,
                outlet=outlet,
                title=entry.get("title"),
                published=_entry_date(entry),
            )


register_reader(FeedReader())
