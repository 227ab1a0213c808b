"""Exports of the store: GDELT 2.0 events and mentions, PLOVER, ICEWS, every table as CSV or Parquet,
and the actor network for Gephi. Each format is one module that registers itself, as the readers do;
`export` opens the database read-only and runs one. docs/exports.md describes every format.
"""

from __future__ import annotations

import duckdb

from ..errors import StoreError, UsageError
from ..store import Store
from . import gdelt, gephi, icews, plover, tables  # noqa: F401  (importing registers them)
from .base import (
    EXPORTERS,
    HAPPENED,
    ExporterSpec,
    ExportOptions,
    ExportSummary,
    register_exporter,
)

__all__ = ["EXPORTERS", "HAPPENED", "ExportOptions", "ExportSummary", "ExporterSpec", "export", "exporter_for",
           "format_names", "register_exporter"]


def format_names() -> list[str]:
    return sorted(EXPORTERS)


def exporter_for(fmt: str) -> ExporterSpec:
    try:
        return EXPORTERS[fmt]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(format_names())}") from None


def export(db_path: str, fmt: str, output: str, *, all_statuses: bool = False) -> ExportSummary:
    """Write the database at `db_path` in format `fmt` to `output` (a file, "-" for standard output,
    or a directory for csv, parquet and gephi).

    `all_statuses` also exports planned, considered, hypothetical and negated events to the formats
    that have no status field (gdelt, gdelt-mentions, icews, gephi); PLOVER always carries them all.

    Raises UsageError for an unknown format or an output that cannot be written, StoreError for a
    database that is missing, of another schema version, locked by a writer, or unreadable.
    """
    spec = exporter_for(fmt)
    summary = ExportSummary(fmt, output)
    with Store(db_path, read_only=True) as store:
        try:
            spec.write(store.con, output, ExportOptions(all_statuses=all_statuses), summary)
        except duckdb.IOException as exc:
            raise UsageError(f"cannot write {output}: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot export {db_path} as {fmt}: {exc}") from exc
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from exc
    return summary
