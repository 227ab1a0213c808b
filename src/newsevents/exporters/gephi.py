"""The actor network for Gephi: nodes.csv and edges.csv, Gephi's spreadsheet import format.

A node is an actor at the level event data aggregates actors: its CAMEO-style code (IRNMIL, USAGOV,
IGOUNO), or, for an entity without a code, its name. An edge joins an event's actor to its recipient
(every actor to every recipient when there are several); one edge per directed pair, weighted by the
number of events, labelled with the pair's most frequent PLOVER event type. Participants that name no
entity, and events without a recipient, give no edge; their named actors are still nodes.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

import duckdb

from .actors import SECTOR_NAMES, actor_fields
from .base import (
    HAPPENED,
    ExportOptions,
    ExportSummary,
    output_directory,
    register_exporter,
    replaced_atomically,
)
from .countries import country_name
from .records import Participant, iter_events

NODE_COLUMNS = ("Id", "Label", "code", "country", "country_name", "sector", "types", "names", "events")
EDGE_COLUMNS = ("Source", "Target", "Type", "Weight", "Label", "event_types", "cooperation", "conflict",
                "mean_goldstein", "first_date", "last_date")


def node_id(participant: Participant) -> str:
    return participant.code.upper() if participant.code else "name:" + (participant.name or "").casefold()


@dataclass
class Node:
    id: str
    code: str
    country: str
    sector: str
    types: tuple[str, ...]
    names: Counter[str] = field(default_factory=Counter)
    events: set[tuple[str, str]] = field(default_factory=set)

    @property
    def label(self) -> str:
        country = country_name(self.country)
        top_name = self.names.most_common(1)[0][0] if self.names else self.id
        if self.code and country and self.code == self.country:
            return country
        if self.code and country and len(self.code) == 6 and self.sector in SECTOR_NAMES:
            return f"{country} {SECTOR_NAMES[self.sector].lower()}"
        return top_name


@dataclass
class Edge:
    types: Counter[str] = field(default_factory=Counter)
    events: set[tuple[str, str]] = field(default_factory=set)
    cooperation: int = 0
    conflict: int = 0
    goldstein: list[float] = field(default_factory=list)
    first: date | None = None
    last: date | None = None


@register_exporter("gephi", target="directory", description="actor network: nodes.csv and edges.csv for Gephi")
def write_gephi(con: duckdb.DuckDBPyConnection, output: str, options: ExportOptions, summary: ExportSummary) -> None:
    directory = output_directory(output)
    nodes: dict[str, Node] = {}
    edges: dict[tuple[str, str], Edge] = defaultdict(Edge)

    def node(participant: Participant) -> Node:
        key = node_id(participant)
        if key not in nodes:
            fields = actor_fields(participant)
            nodes[key] = Node(key, participant.code or "", participant.country or "", participant.sector or "", fields.types)
        found = nodes[key]
        found.names[participant.name or ""] += 1
        return found

    for event in iter_events(con, options.statuses(HAPPENED), summary.skip):
        actors = [node(p) for p in event.actors if p.resolved]
        recipients = [node(p) for p in event.recipients if p.resolved]
        for member in (*actors, *recipients):
            member.events.add(event.key)
        if not actors or not recipients:
            summary.skip("without a named actor and recipient (no edge)")
            continue
        for source in actors:
            for target in recipients:
                edge = edges[(source.id, target.id)]
                if event.key in edge.events:
                    continue
                edge.events.add(event.key)
                edge.types[event.type] += 1
                if event.quad_class in (1, 2):
                    edge.cooperation += 1
                elif event.quad_class in (3, 4):
                    edge.conflict += 1
                if event.goldstein is not None:
                    edge.goldstein.append(event.goldstein)
                if event.date:
                    edge.first = min(edge.first or event.date, event.date)
                    edge.last = max(edge.last or event.date, event.date)

    nodes_path, edges_path = directory / "nodes.csv", directory / "edges.csv"
    with replaced_atomically(nodes_path) as temporary, open(temporary, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(NODE_COLUMNS)
        for key in sorted(nodes):
            n = nodes[key]
            names = "|".join(name for name, _ in n.names.most_common(5))
            writer.writerow([n.id, n.label, n.code, n.country, country_name(n.country), n.sector, "|".join(n.types),
                             names, len(n.events)])
    with replaced_atomically(edges_path) as temporary, open(temporary, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EDGE_COLUMNS)
        for (source, target) in sorted(edges):
            e = edges[(source, target)]
            ranked = sorted(e.types.items(), key=lambda item: (-item[1], item[0]))
            mean = round(sum(e.goldstein) / len(e.goldstein), 2) if e.goldstein else ""
            writer.writerow([
                source, target, "Directed", len(e.events), ranked[0][0], "|".join(f"{t}:{c}" for t, c in ranked),
                e.cooperation, e.conflict, mean, e.first.isoformat() if e.first else "",
                e.last.isoformat() if e.last else "",
            ])
    summary.files[str(nodes_path)] = len(nodes)
    summary.files[str(edges_path)] = len(edges)
