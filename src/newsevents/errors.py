"""Errors with stable codes.

Every failure that reaches the `errors` table or the user carries one of these codes, so that
scripts can match on the code rather than on the wording of the message.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    # reading (stage "read")
    NOT_FOUND = "NE101"
    EMPTY = "NE102"
    BINARY = "NE103"
    ENCODING = "NE104"
    MALFORMED_JSON = "NE105"
    MALFORMED_HTML = "NE106"
    MALFORMED_FEED = "NE107"
    MALFORMED_WARC = "NE108"
    MISSING_FIELD = "NE110"
    TOO_LARGE = "NE111"
    # checks before analysis (stage "check")
    LANGUAGE = "NE201"
    # analysis (stage "analyse")
    ANALYSIS = "NE301"
    WORKER = "NE302"  # a shard's task failed on the cluster after its retries
    # storage (stage "store")
    STORE = "NE401"
    SCHEMA = "NE402"
    # usage
    USAGE = "NE501"


class NewsEventsError(Exception):
    """Base class: a message for people and a stable code for programs."""

    code: ErrorCode = ErrorCode.USAGE

    def __init__(self, message: str, code: ErrorCode | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class StoreError(NewsEventsError):
    code = ErrorCode.STORE


class AnalysisError(NewsEventsError):
    code = ErrorCode.ANALYSIS


class UsageError(NewsEventsError):
    code = ErrorCode.USAGE
