"""PLOVER: one JSON object per event, one a line (JSON Lines), with the field names of the PLOVER
manual's chapter 6 (Table 6.1 for the event, 6.2 for actor and recipient entities, 6.3 for text_info,
6.5 for cite_info, 6.6 for event_loc). Every event is written, whatever its status; the status and
the CAMEO code ride along as extra named fields, as the manual allows.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

from .. import __version__
from .actors import plover_sector
from .base import ExportOptions, ExportSummary, register_exporter, text_output
from .countries import plover_country
from .geo import plover_location
from .records import EventRecord, Participant, UniqueIds, iter_events

CODER = f"newsevents {__version__}"
CODEBOOK = "PLOVER v0.8 event types; CAMEO 1.1b3 event codes"


def entity_object(participant: Participant) -> dict[str, Any]:
    """An actor or recipient (manual, Table 6.2), with the span of the text it was read from."""
    return {
        "code": plover_country(participant.country, participant.code),
        "sector": plover_sector(participant.sector),
        "entity_text": participant.text,
        "identifier_id": participant.wikidata,
        "identifier_text": participant.name,
        "office": participant.titles[0] if participant.titles else None,
        "actor_code": participant.code,
        "entity_type": participant.type,
        "start": participant.start,
        "end": participant.end,
    }


def record(event: EventRecord, gid: int) -> dict[str, Any]:
    article = event.article
    day, end = event.date, event.end_date
    coded = article.ingested_at
    return {
        "id": f"{article.id}-{event.id}",
        "global_event_id": gid,
        "has_event": True,
        "date": day.isoformat() if day else None,
        "enddate": end.isoformat() if end else None,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "actor": [entity_object(p) for p in event.actors],
        "recipient": [entity_object(p) for p in event.recipients],
        "event": [event.type],
        "event_text": [event.trigger_text] if event.trigger_text else [],
        "event_loc": plover_location(event.place),
        "quad_code": event.quad_class,
        "event_scale": event.goldstein,
        "mode": [event.mode] if event.mode else [],
        "context": list(event.context),
        "link": event.story_id,
        "text": event.evidence_text,
        "text_info": {
            "sequence": event.sentence_number,
            "start": event.evidence_start,
            "end": event.evidence_end,
            "article_id": article.id,
            "trigger_start": event.trigger_start,
            "trigger_end": event.trigger_end,
        },
        "cite_info": {
            "citation": article.id,
            "url": article.url,
            "title": article.title,
            "language": article.language,
            "publication": article.outlet,
            "published": article.published.isoformat() if article.published else None,
            "coder": CODER,
            "codebook": CODEBOOK,
        },
        "coder": CODER,
        "coded_date": coded.date().isoformat(),
        "coded_time": coded.strftime("%H:%M:%SZ"),
        "status": event.status,
        "cameo": event.cameo,
        "reported_by": [entity_object(p) for p in event.reported_by],
    }


@register_exporter("plover", target="file", description="PLOVER JSON Lines: one event record a line")
def write_plover(con: duckdb.DuckDBPyConnection, output: str, options: ExportOptions, summary: ExportSummary) -> None:
    ids = UniqueIds()
    rows = 0
    with text_output(output) as handle:
        for event in iter_events(con, options.statuses(None), summary.skip):
            handle.write(json.dumps(record(event, ids.check(event)), ensure_ascii=False) + "\n")
            rows += 1
    summary.files[output] = rows
