"""Turning bytes into text: binary detection and encoding policy.

Policy, in order: a byte-order mark decides; strict UTF-8; a confident charset_normalizer guess
(reported as a warning, since offsets are then into the decoded text, not the bytes); UTF-8 with
the few invalid bytes replaced (warning). Anything that looks like binary data is refused.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import ErrorCode

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROL = {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
# Shares above which a byte string is treated as binary rather than as badly encoded text.
_MAX_CONTROL_SHARE = 0.05
_MAX_REPLACED_SHARE = 0.02


class DecodeFailure(Exception):
    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROL)
    return controls / len(head) > _MAX_CONTROL_SHARE


def decode_text(data: bytes) -> Decoded:
    """Decode a text document, or raise DecodeFailure with a stable code."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeFailure(ErrorCode.ENCODING, f"byte-order mark says {encoding} but decoding failed: {exc.reason}") from exc
    if looks_binary(data):
        raise DecodeFailure(ErrorCode.BINARY, "binary data, not text (NUL or control bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    guessed = _guess_encoding(data)
    if guessed is not None:
        return Decoded(
            data.decode(guessed, errors="replace"),
            guessed,
            f"not valid UTF-8 (first bad byte at offset {first_bad}); decoded as {guessed}",
        )
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    if replaced / max(len(text), 1) > _MAX_REPLACED_SHARE:
        raise DecodeFailure(ErrorCode.ENCODING, f"not valid UTF-8 and no encoding fits ({replaced} undecodable bytes)")
    return Decoded(text, "utf-8", f"{replaced} invalid UTF-8 byte(s) replaced with U+FFFD (first at offset {first_bad})")


def _guess_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None or best.encoding in {"utf_8", "utf-8", "ascii"}:
        return None
    if best.chaos > 0.2:
        return None
    return best.encoding
