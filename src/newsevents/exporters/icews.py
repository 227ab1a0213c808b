"""ICEWS: the 20 columns of the ICEWS coded event data files, tab-separated with a header row."""

from __future__ import annotations

import duckdb

from ..codebook import codebook
from .actors import actor_fields, sector_names
from .base import (
    HAPPENED,
    ExportOptions,
    ExportSummary,
    number,
    register_exporter,
    text_output,
    tsv_line,
)
from .countries import country_name
from .geo import icews_location
from .records import EventRecord, Participant, UniqueIds, iter_events

COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)
assert len(COLUMNS) == 20


def event_text(cameo: str) -> str:
    """The CAMEO name of the code, as ICEWS's Event Text gives it ("Make statement")."""
    entry = codebook().get(cameo)
    if entry is None:
        return ""
    return entry.name.capitalize() if entry.name.isupper() else entry.name


def _side(participant: Participant | None) -> list[str]:
    if participant is None or not participant.resolved:
        return ["", "", ""]
    fields = actor_fields(participant)
    return [participant.name or "", ",".join(sector_names(fields)), country_name(participant.country)]


def row(event: EventRecord, gid: int) -> list[object]:
    source, target = _side(event.actor), _side(event.recipient)
    day = event.date
    return [
        gid,
        day.isoformat() if day else "",
        *source,
        event_text(event.cameo or ""),
        event.cameo,
        number(event.goldstein),
        *target,
        event.article.id,
        event.sentence_number,
        event.article.outlet or "",
        *icews_location(event.place),
    ]


@register_exporter("icews", target="file", description="ICEWS event data: 20 tab-separated columns with a header")
def write_icews(con: duckdb.DuckDBPyConnection, output: str, options: ExportOptions, summary: ExportSummary) -> None:
    ids = UniqueIds()
    rows = 0
    with text_output(output) as handle:
        handle.write(tsv_line(list(COLUMNS)))
        for event in iter_events(con, options.statuses(HAPPENED), summary.skip):
            if not event.cameo:
                summary.skip("without a CAMEO code")
                continue
            handle.write(tsv_line(row(event, ids.check(event))))
            rows += 1
    summary.files[output] = rows
