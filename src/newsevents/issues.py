"""Problems met while reading, checking, analysing or storing one input: rows of the `errors` table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .errors import ErrorCode

Stage = Literal["read", "check", "analyse", "store"]
Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    source: str
    record: str | None
    stage: Stage
    code: ErrorCode
    message: str
    severity: Severity = "error"

    def describe(self) -> str:
        where = self.source if self.record is None else f"{self.source} [{self.record}]"
        return f"{where}: {self.severity} {self.code}: {self.message}"
