"""What every exporter shares: the registry, the options, the summary and safe writing of output.

An exporter reads an open, read-only DuckDB connection and writes either one file (`target="file"`,
where "-" means standard output) or a directory of files (`target="directory"`). Files are written
under a temporary name beside the target and renamed into place, so an interrupted export never
leaves a half-written file under the final name.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

import duckdb

from ..errors import UsageError

# Formats with no status field of their own (GDELT, ICEWS, Gephi) carry only the events the text
# reports as having happened: CAMEO/GDELT/ICEWS records describe events that took place, and a
# planned, considered, hypothetical or negated event written as a plain record would say otherwise.
# PLOVER records carry every event with its status. `all_statuses=True` lifts the filter.
HAPPENED = ("actual", "claimed")


@dataclass(frozen=True)
class ExportOptions:
    all_statuses: bool = False

    def statuses(self, default: tuple[str, ...] | None) -> tuple[str, ...] | None:
        """The statuses to export (None: every status)."""
        return None if self.all_statuses else default


@dataclass
class ExportSummary:
    """What an export wrote: rows per file, and the events it left out, by reason."""

    format: str
    output: str
    files: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.files.values())

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def describe(self) -> str:
        where = "standard output" if self.output == "-" else self.output
        text = f"{self.format}: {self.rows:,} rows in {len(self.files)} file(s) -> {where}"
        if self.skipped:
            reasons = ", ".join(f"{count:,} {reason}" for reason, count in sorted(self.skipped.items()))
            text += f"; events left out: {reasons}"
        return text


Writer = Callable[[duckdb.DuckDBPyConnection, str, ExportOptions, ExportSummary], None]


@dataclass(frozen=True)
class ExporterSpec:
    name: str
    target: Literal["file", "directory"]
    description: str
    write: Writer


EXPORTERS: dict[str, ExporterSpec] = {}


def register_exporter(name: str, *, target: Literal["file", "directory"], description: str) -> Callable[[Writer], Writer]:
    """Decorator registering a write function as the exporter for format `name`."""

    def decorate(write: Writer) -> Writer:
        EXPORTERS[name] = ExporterSpec(name, target, description, write)
        return write

    return decorate


# -- writing output -----------------------------------------------------------------------

def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def replaced_atomically(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` to write to; renamed to `target` if the block succeeds."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


@contextlib.contextmanager
def text_output(output: str) -> Iterator[IO[str]]:
    """The one file a file format writes ("-": standard output), UTF-8, newlines as written."""
    if output == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(output)
    if target.is_dir():
        raise UsageError(f"{output} is a directory; this format writes one file, give --output a file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    with replaced_atomically(target) as temporary, open(temporary, "w", encoding="utf-8", newline="") as handle:
        yield handle


def output_directory(output: str) -> Path:
    """The directory a directory format writes into, created if missing."""
    if output == "-":
        raise UsageError("this format writes a directory of files; give --output a directory, not '-'")
    target = Path(output)
    if target.exists() and not target.is_dir():
        raise UsageError(f"{output} is a file; this format writes a directory of files")
    target.mkdir(parents=True, exist_ok=True)
    return target


def clean(value: object) -> str:
    """A field of a tab-separated file: empty for None, tabs and line breaks turned into spaces."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "\t" in text or "\n" in text or "\r" in text:
        text = " ".join(text.replace("\t", " ").splitlines())
    return text


def number(value: float | None) -> str:
    """A number as GDELT and ICEWS write them: no exponent, no trailing '.0' noise beyond what is needed."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def tsv_line(fields: list[object]) -> str:
    return "\t".join(clean(f) for f in fields) + "\n"
