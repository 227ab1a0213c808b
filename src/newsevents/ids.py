"""Stable article identifiers and content fingerprints."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def normalise_url(url: str) -> str:
    from courlan import normalize_url

    try:
        return normalize_url(url.strip(), strict=True)
    except (ValueError, TypeError):
        return url.strip()


def normalise_text(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(text: str) -> str:
    return _digest(normalise_text(text))


def article_id(record_id: str | None, url: str | None, text: str) -> str:
    """The record's own id, else a hash of the normalised URL, else a hash of the text."""
    if record_id is not None and str(record_id).strip():
        return str(record_id).strip()
    if url:
        return "u" + _digest(normalise_url(url))
    return "t" + content_hash(text)
