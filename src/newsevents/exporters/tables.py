"""Every table of the database, one file per table, written by DuckDB's own COPY ... TO.

CSV: comma-separated, a header row, UTF-8, NULL as an empty field (an empty string is written as
""), lists (e.g. `entities.titles`) in DuckDB's list notation ['a', 'b']. Parquet: DuckDB's
built-in writer (no extension to install, no pyarrow), ZSTD-compressed, column types kept.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from .base import (
    ExportOptions,
    ExportSummary,
    output_directory,
    register_exporter,
    replaced_atomically,
)


def table_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        """SELECT table_name FROM information_schema.tables
           WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"""
    ).fetchall()
    return [name for (name,) in rows]


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def copy_tables(con: duckdb.DuckDBPyConnection, output: str, summary: ExportSummary, extension: str, copy_options: str) -> None:
    directory = output_directory(output)
    for table in table_names(con):
        target = directory / f"{table}.{extension}"
        rows = con.execute(f"SELECT count(*) FROM {_identifier(table)}").fetchone()[0]
        with replaced_atomically(target) as temporary:
            con.execute(f"COPY {_identifier(table)} TO {_literal(temporary)} ({copy_options})")
        summary.files[str(target)] = rows


@register_exporter("csv", target="directory", description="every table as <table>.csv (header row, comma-separated)")
def write_csv(con: duckdb.DuckDBPyConnection, output: str, options: ExportOptions, summary: ExportSummary) -> None:
    copy_tables(con, output, summary, "csv", "FORMAT CSV, HEADER, DELIMITER ','")


@register_exporter("parquet", target="directory", description="every table as <table>.parquet")
def write_parquet(con: duckdb.DuckDBPyConnection, output: str, options: ExportOptions, summary: ExportSummary) -> None:
    copy_tables(con, output, summary, "parquet", "FORMAT PARQUET, COMPRESSION ZSTD")
