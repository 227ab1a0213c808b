"""GDELT 2.0: the Event table (61 columns) and the Mentions table (16 columns), tab-separated, no header,
in the column order of the GDELT Event Database Data Format Codebook V2.0. docs/exports.md maps
every column.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from xml.sax.saxutils import quoteattr

import duckdb

from . import reports as reporting
from .actors import actor_fields
from .base import (
    HAPPENED,
    ExportOptions,
    ExportSummary,
    number,
    register_exporter,
    text_output,
    tsv_line,
)
from .geo import gdelt_geo
from .records import ArticleRecord, EventRecord, UniqueIds, iter_events

EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    *(f"Actor2{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{block}_{f}" for block in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)
assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16

BATCH = 500


def timestamp(moment: datetime) -> str:
    """YYYYMMDDHHMMSS (the store keeps UTC times)."""
    return moment.strftime("%Y%m%d%H%M%S")


def fraction_date(day: date) -> str:
    """Year plus the fraction of the year gone before the day: YYYY.FFFF, from .0000 to .9973."""
    days = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
    return f"{day.year + (day.timetuple().tm_yday - 1) / days:.4f}"


def citation(article: ArticleRecord) -> str:
    """A textual citation for an article without a URL (GDELT's CITATIONONLY identifier)."""
    parts = [article.outlet, f'"{article.title}"' if article.title else None,
             article.published.isoformat() if article.published else None]
    text = ", ".join(p for p in parts if p)
    return f"{text} (newsevents article {article.id})" if text else f"newsevents article {article.id}"


def tone_100(score: float | None) -> str:
    """A tone score (-1..1) on GDELT's -100..100 scale; 0 when unknown."""
    return number(round(score * 100, 4)) if score is not None else "0"


def _codes(cameo: str) -> tuple[str, str, str]:
    return cameo, cameo[:3], cameo[:2]


def _batches(con: duckdb.DuckDBPyConnection, options: ExportOptions, summary: ExportSummary) -> Iterator[list[EventRecord]]:
    batch: list[EventRecord] = []
    for event in iter_events(con, options.statuses(HAPPENED), summary.skip):
        if not event.cameo:
            summary.skip("without a CAMEO code")
            continue
        batch.append(event)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def event_row(event: EventRecord, reports: list[reporting.Report], gid: int) -> list[object]:
    day = event.date
    actor, recipient = event.actor, event.recipient
    cameo, base, root = _codes(event.cameo or "")
    counted = reporting.counts(reports)
    participants = [p for p in (*event.actors, *event.recipients) if p.resolved]
    article = event.article
    return [
        gid,
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        fraction_date(day) if day else "",
        *actor_fields(actor).gdelt(),
        *actor_fields(recipient).gdelt(),
        1 if event.is_root else 0,
        cameo, base, root,
        event.quad_class if event.quad_class is not None else "",
        number(event.goldstein),
        counted.mentions, counted.sources, counted.articles,
        tone_100(event.tone_of(participants)),
        *gdelt_geo(event.place_of(actor) if actor and actor.resolved else None),
        *gdelt_geo(event.place_of(recipient) if recipient and recipient.resolved else None),
        *gdelt_geo(event.place),
        timestamp(article.ingested_at),
        article.url or citation(article),
    ]


@register_exporter("gdelt", target="file", description="GDELT 2.0 Event table: 61 tab-separated columns, no header")
def write_events(con: duckdb.DuckDBPyConnection, output: str, options: ExportOptions, summary: ExportSummary) -> None:
    ids = UniqueIds()
    rows = 0
    with text_output(output) as handle:
        for batch in _batches(con, options, summary):
            documents = reporting.event_reports(con, batch)
            for event in batch:
                handle.write(tsv_line(event_row(event, documents[event.key], ids.check(event))))
                rows += 1
    summary.files[output] = rows


def _locate(event: EventRecord, report: reporting.Report) -> int | None:
    """How far the event's sentence sits from its place in the original, in this document; None if the
    document does not contain the sentence verbatim."""
    if report.kind == "original":
        return 0
    if event.evidence_text is None or event.evidence_start is None:
        return None
    text = report.article.text
    start = event.evidence_start
    if text[start : start + len(event.evidence_text)] == event.evidence_text:
        return 0
    found = text.find(event.evidence_text)
    return None if found < 0 else found - start


def mention_rows(event: EventRecord, reports: list[reporting.Report], gid: int) -> Iterator[list[object]]:
    actor, recipient = event.actor, event.recipient
    for report in reports:
        document = report.article
        shift = _locate(event, report)

        def offset(value: int | None, shift: int | None = shift) -> int:
            return value + shift if value is not None and shift is not None else -1

        found = shift is not None
        anchor = offset(event.evidence_start if event.evidence_start is not None else event.trigger_start)
        yield [
            gid,
            timestamp(event.article.ingested_at),
            timestamp(document.ingested_at),
            1 if document.url else 2,
            reporting.host(document.url) or document.outlet or "",
            document.url or citation(document),
            document.sentence_number(anchor) if anchor >= 0 else -1,
            offset(actor.start) if actor is not None and actor.resolved else -1,
            offset(recipient.start) if recipient is not None and recipient.resolved else -1,
            offset(event.trigger_start),
            1 if found else 0,
            100 if found else max(10, min(100, round((report.similarity or 0.0) * 100))),
            len(document.text),
            tone_100(event.article_tone),
            "",
            (
                f"<NEWSEVENTS_EVENT article={quoteattr(event.article.id)} event={quoteattr(event.id)} "
                f"document={quoteattr(document.id)}/>"
            ),
        ]


@register_exporter(
    "gdelt-mentions", target="file", description="GDELT 2.0 Mentions table: 16 tab-separated columns, no header"
)
def write_mentions(con: duckdb.DuckDBPyConnection, output: str, options: ExportOptions, summary: ExportSummary) -> None:
    ids = UniqueIds()
    rows = 0
    with text_output(output) as handle:
        for batch in _batches(con, options, summary):
            documents = reporting.event_reports(con, batch)
            for event in batch:
                gid = ids.check(event)
                for row in mention_rows(event, documents[event.key], gid):
                    handle.write(tsv_line(row))
                    rows += 1
    summary.files[output] = rows
