"""HTML pieces built in Python: the annotated article text and the SVG charts, network, timeline and map.

Everything that comes from the database goes through `escape` (text and attribute values alike,
quotes included), so an article containing `<script>` or `" onmouseover="...` stays inert text.
Numbers are formatted here, never taken as strings from the data.
"""

from __future__ import annotations

import json
import math
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

QUAD_COLOURS = {1: "#6aa84f", 2: "#1e6b3a", 3: "#e69138", 4: "#c0392b"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
NO_QUAD_COLOUR = "#8a8a8a"


def quad_colour(quad: int | None) -> str:
    return QUAD_COLOURS.get(int(quad), NO_QUAD_COLOUR) if quad else NO_QUAD_COLOUR


def actor_url(key: str) -> str:
    return "/actors/" + quote(key, safe="")


def article_url(article_id: str, event_id: str | None = None) -> str:
    url = "/articles/" + quote(article_id, safe="")
    if event_id:
        url += "?" + urlencode({"event": event_id}) + "#ev-" + quote(event_id, safe="")
    return url


def events_url(**params: Any) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return "/events" + ("?" + urlencode(clean) if clean else "")


def _attrs(attrs: dict[str, Any]) -> str:
    return "".join(f' {name}="{escape(value)}"' for name, value in attrs.items() if value is not None)


# -- annotated article text ---------------------------------------------------------------------

@dataclass
class Span:
    start: int
    end: int
    classes: str
    tip: str
    attrs: dict[str, Any] = field(default_factory=dict)
    anchor: str | None = None  # an id for the first piece of this span


def annotate(text: str, spans: list[Span]) -> Markup:
    """The text with every span wrapped in <span class=... title=...>. Spans nest (the longer outside);
    where two spans cross, the inner one is closed at the outer one's end and opened again after it,
    so the markup is always well nested and each span's text stays inside its elements."""
    n = len(text)
    valid = [s for s in spans if s.start is not None and s.end is not None and 0 <= s.start < s.end <= n]
    order = {id(s): i for i, s in enumerate(valid)}
    starts: dict[int, list[Span]] = {}
    for s in valid:
        starts.setdefault(s.start, []).append(s)
    cuts = sorted({0, n, *(s.start for s in valid), *(s.end for s in valid)})
    stack: list[Span] = []
    anchored: set[int] = set()
    out: list[str] = []

    def open_tag(s: Span) -> str:
        attrs = dict(s.attrs)
        if s.anchor and id(s) not in anchored:
            attrs = {"id": s.anchor, **attrs}
            anchored.add(id(s))
        return f'<span class="{escape(s.classes)}" title="{escape(s.tip)}"{_attrs(attrs)}>'

    for position, following in zip(cuts, [*cuts[1:], None]):
        # close the spans ending here, and any opened inside them that go on (to be opened again)
        reopen: list[Span] = []
        while any(s.end <= position for s in stack):
            top = stack.pop()
            out.append("</span>")
            if top.end > position:
                reopen.append(top)
        for s in reversed(reopen):
            stack.append(s)
            out.append(open_tag(s))
        for s in sorted(starts.get(position, []), key=lambda s: (-s.end, order[id(s)])):
            stack.append(s)
            out.append(open_tag(s))
        if following is not None:
            out.append(str(escape(text[position:following])))
    out.extend("</span>" for _ in stack)
    return Markup("".join(out))


def snippet(text: str, start: int, end: int, classes: str, tip: str, context: int = 80) -> Markup:
    """A few words around [start, end) with the span marked (for framing terms in the Story page)."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    spans = [Span(start - left, end - left, classes, tip)]
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    return Markup(escape(prefix) + annotate(text[left:right], spans) + escape(suffix))


# -- charts ---------------------------------------------------------------------------------------

def bucket_range(bucket: str) -> tuple[str, str]:
    """'2022-11' -> ('2022-11-01', '2022-11-30'); '2022' -> ('2022-01-01', '2022-12-31')."""
    if len(bucket) == 7:
        year, month = int(bucket[:4]), int(bucket[5:])
        return f"{bucket}-01", f"{bucket}-{monthrange(year, month)[1]:02d}"
    return f"{bucket}-01-01", f"{bucket}-12-31"


def buckets_between(first: date, last: date, unit: str) -> list[str]:
    out = []
    if unit == "year":
        return [str(y) for y in range(first.year, last.year + 1)]
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def stacked_bars(buckets: list[str], series: dict[Any, dict[str, int]], colours: dict[Any, str],
                 names: dict[Any, str], link_key: str | None = None, title: str = "") -> Markup:
    """Vertical stacked bars, one per bucket; each segment links to the events it counts."""
    width, height, left, bottom, top = 900, 240, 40, 40, 10
    if not buckets:
        return Markup('<p class="empty">No dated events.</p>')
    totals = [sum(series[k].get(b, 0) for k in series) for b in buckets]
    peak = max(totals) or 1
    step = (width - left - 10) / len(buckets)
    bar = max(1.0, step * 0.8)
    scale = (height - bottom - top) / peak
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">']
    for tick in _ticks(peak):
        y = height - bottom - tick * scale
        parts.append(f'<line class="grid" x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="axis" x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')
    label_every = max(1, math.ceil(len(buckets) / 16))
    for i, b in enumerate(buckets):
        x = left + i * step + (step - bar) / 2
        y = height - bottom
        since, until = bucket_range(b)
        for key, counts in series.items():
            count = counts.get(b, 0)
            if not count:
                continue
            h = count * scale
            y -= h
            params = {"since": since, "until": until}
            if link_key:
                params[link_key] = key
            tip = f"{b}: {count} {names.get(key, key)} event{'s' if count != 1 else ''}"
            parts.append(f'<a href="{escape(events_url(**params))}"><rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                         f'height="{h:.1f}" fill="{escape(colours.get(key, NO_QUAD_COLOUR))}"><title>{escape(tip)}</title></rect></a>')
        if i % label_every == 0:
            parts.append(f'<text class="axis" x="{x + bar / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle">{escape(b)}</text>')
    parts.append("</svg>")
    legend = "".join(f'<span class="key">{swatch(colours.get(k, NO_QUAD_COLOUR))}{escape(names.get(k, k))}</span>' for k in series)
    return Markup("".join(parts) + f'<div class="legend">{legend}</div>')


def swatch(colour: str) -> Markup:
    """A small coloured square (SVG, so that no inline style is needed under the content security policy)."""
    return Markup(f'<svg class="swatch" width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="{escape(colour)}"/></svg>')


def _ticks(peak: int) -> list[int]:
    step = max(1, 10 ** max(0, len(str(peak)) - 1))
    if peak / step < 3:
        step = max(1, step // 2)
    return list(range(0, peak + 1, step))


def heatmap(buckets: list[str], rows: list[str], counts: dict[tuple[str, str], int], title: str = "") -> Markup:
    """Rows (event types) by buckets (months or years); darker is more; each cell links to its events."""
    if not buckets or not rows:
        return Markup('<p class="empty">No dated events.</p>')
    cell_w = max(6.0, min(24.0, 820 / len(buckets)))
    cell_h, left, top = 16, 90, 6
    width = left + cell_w * len(buckets) + 10
    height = top + cell_h * len(rows) + 30
    peak = max(counts.values()) if counts else 1
    parts = [f'<svg class="chart heatmap" viewBox="0 0 {width:.0f} {height}" role="img" aria-label="{escape(title)}">']
    for r, row in enumerate(rows):
        y = top + r * cell_h
        total = sum(counts.get((row, b), 0) for b in buckets)
        parts.append(f'<text class="axis" x="{left - 4}" y="{y + 12}" text-anchor="end">{escape(row)} ({total})</text>')
        for c, b in enumerate(buckets):
            count = counts.get((row, b), 0)
            x = left + c * cell_w
            if not count:
                parts.append(f'<rect class="cell-empty" x="{x:.1f}" y="{y}" width="{cell_w - 1:.1f}" height="{cell_h - 1}"/>')
                continue
            shade = 0.25 + 0.75 * math.sqrt(count / peak)
            since, until = bucket_range(b)
            parts.append(f'<a href="{escape(events_url(type=row, since=since, until=until))}"><rect x="{x:.1f}" y="{y}" '
                         f'width="{cell_w - 1:.1f}" height="{cell_h - 1}" fill="#2f5d8a" fill-opacity="{shade:.2f}">'
                         f'<title>{escape(f"{row}, {b}: {count} event" + ("s" if count != 1 else ""))}</title></rect></a>')
    label_every = max(1, math.ceil(len(buckets) / 16))
    for c, b in enumerate(buckets):
        if c % label_every == 0:
            x = left + c * cell_w + cell_w / 2
            parts.append(f'<text class="axis" x="{x:.1f}" y="{top + cell_h * len(rows) + 14}" text-anchor="middle">{escape(b)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def hbars(items: list[tuple[str, int, str | None]], title: str = "") -> Markup:
    """Horizontal bars: (label, value, link)."""
    if not items:
        return Markup('<p class="empty">None.</p>')
    peak = max(v for _, v, _ in items) or 1
    row_h, left, width = 20, 220, 520
    height = row_h * len(items) + 4
    parts = [f'<svg class="chart hbars" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">']
    for i, (label, value, link) in enumerate(items):
        y = 2 + i * row_h
        w = (width - left - 50) * value / peak
        text = label if len(label) <= 34 else label[:33] + "…"
        bar = (f'<text class="axis" x="{left - 6}" y="{y + 14}" text-anchor="end">{escape(text)}<title>{escape(label)}</title></text>'
               f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="#2f5d8a"/>'
               f'<text class="axis" x="{left + w + 4:.1f}" y="{y + 14}">{value}</text>')
        parts.append(f'<a href="{escape(link)}">{bar}</a>' if link else bar)
    parts.append("</svg>")
    return Markup("".join(parts))


# -- actor network and timeline -------------------------------------------------------------------

def network(centre: dict[str, Any], interactions: list[dict[str, Any]], limit: int = 24) -> Markup:
    """A radial layout: the actor in the middle, its counterparts on a circle, one curved edge per
    direction (arrow: who acts on whom), coloured by the QuadClass of most of their events and as
    wide as their number."""
    if not interactions:
        return Markup('<p class="empty">No interactions with other identified actors.</p>')
    nodes: dict[str, dict[str, Any]] = {}
    for edge in interactions:
        node = nodes.setdefault(edge["actor_id"], {"key": edge["actor_id"], "name": edge["name"] or edge["actor_id"], "events": 0})
        node["events"] += edge["events"]
    ordered = sorted(nodes.values(), key=lambda n: (-n["events"], n["key"]))[:limit]
    codes = {e["actor_id"]: e.get("code") for e in interactions}
    names = [n["name"] for n in ordered]
    for node in ordered:  # two actors of the same name (a country and its government): tell them apart
        if names.count(node["name"]) > 1 and codes.get(node["key"]):
            node["name"] = f"{node['name']} [{codes[node['key']]}]"
    radius = 220 if len(ordered) > 8 else 150
    size = 2 * (radius + 120)
    cx = cy = size / 2
    position = {}
    for i, node in enumerate(ordered):
        angle = -math.pi / 2 + 2 * math.pi * i / len(ordered)
        position[node["key"]] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    peak = max(e["events"] for e in interactions)
    parts = [f'<svg class="network" viewBox="0 40 {size} {size - 80}" role="img" aria-label="interactions of {escape(centre["name"])}">',
             "<defs>" + "".join(
                 f'<marker id="arrow-{q}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">'
                 f'<path d="M0 0L10 5L0 10z" fill="{c}"/></marker>' for q, c in [*QUAD_COLOURS.items(), (0, NO_QUAD_COLOUR)]) + "</defs>"]
    for edge in interactions:
        if edge["actor_id"] not in position:
            continue
        x, y, _ = position[edge["actor_id"]]
        # bend outgoing edges one way and incoming ones the other, so both directions show
        bend = 0.12 if edge["direction"] == "out" else -0.12
        mx, my = (cx + x) / 2 - (y - cy) * bend, (cy + y) / 2 + (x - cx) * bend
        (x1, y1), (x2, y2) = ((cx, cy), (x, y)) if edge["direction"] == "out" else ((x, y), (cx, cy))
        # stop short of the node circles
        x1, y1 = _towards(x1, y1, mx, my, 16)
        x2, y2 = _towards(x2, y2, mx, my, 16)
        quad = edge.get("quad_class") or 0
        width = 1.5 + 4 * edge["events"] / peak
        types = ", ".join(f"{t} ×{n}" for t, n in edge["types"].items())
        who = f"{centre['name']} → {edge['name']}" if edge["direction"] == "out" else f"{edge['name']} → {centre['name']}"
        tip = f"{who}: {edge['events']} event{'s' if edge['events'] != 1 else ''} ({types}); mean Goldstein {edge['goldstein']:+.1f}"
        parts.append(f'<path class="edge" d="M{x1:.1f} {y1:.1f}Q{mx:.1f} {my:.1f} {x2:.1f} {y2:.1f}" stroke="{quad_colour(quad)}" '
                     f'stroke-width="{width:.1f}" fill="none" marker-end="url(#arrow-{quad})"><title>{escape(tip)}</title></path>')
    parts.append(f'<circle class="node centre" cx="{cx}" cy="{cy}" r="16"><title>{escape(centre["name"])}</title></circle>'
                 f'<text class="node-label centre" x="{cx}" y="{cy + 32}" text-anchor="middle">{escape(centre["name"])}</text>')
    for node in ordered:
        x, y, angle = position[node["key"]]
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        lx = x + 14 * math.cos(angle)
        ly = y + 14 * math.sin(angle) + (12 if math.sin(angle) > 0.5 else 4 if anchor != "middle" else -6)
        label = node["name"] if len(node["name"]) <= 26 else node["name"][:25] + "…"
        parts.append(f'<a href="{escape(actor_url(node["key"]))}"><circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="{6 + min(6, node["events"]):.0f}">'
                     f'<title>{escape(node["name"])}: {node["events"]} event{"s" if node["events"] != 1 else ""}</title></circle>'
                     f'<text class="node-label" x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">{escape(label)}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _towards(x: float, y: float, tx: float, ty: float, distance: float) -> tuple[float, float]:
    dx, dy = tx - x, ty - y
    norm = math.hypot(dx, dy) or 1
    return x + dx / norm * distance, y + dy / norm * distance


def timeline(events: list[dict[str, Any]]) -> Markup:
    """Dots on a time axis, one per event (stacked on the same day), coloured by QuadClass; each links to its evidence."""
    dated = [e for e in events if e.get("date")]
    if not dated:
        return Markup('<p class="empty">No dated events.</p>')
    first, last = min(e["date"] for e in dated), max(e["date"] for e in dated)
    span = max(1, (last - first).days)
    width, left, right, base = 900, 20, 20, 150
    stack: dict[int, int] = {}
    parts = [f'<svg class="chart timeline" viewBox="0 0 {width} 180" role="img" aria-label="timeline">',
             f'<line class="axis-line" x1="{left}" x2="{width - right}" y1="{base}" y2="{base}"/>']
    for e in sorted(dated, key=lambda e: (e["date"], e["article_id"], e["event_id"])):
        x = left + (width - left - right) * (e["date"] - first).days / span
        slot = round(x / 8)
        level = stack.get(slot, 0)
        stack[slot] = level + 1
        y = base - 8 - 10 * min(level, 12)
        tip = f"{e['date']}: {e['type']} ({e.get('outlet') or 'no outlet'}) — {(e.get('evidence_text') or '')[:160]}"
        parts.append(f'<a href="{escape(article_url(e["article_id"], e["event_id"]))}"><circle cx="{x:.1f}" cy="{y}" r="4.5" '
                     f'fill="{quad_colour(e.get("quad_class"))}"><title>{escape(tip)}</title></circle></a>')
    for i in range(5):
        day = first.toordinal() + span * i // 4
        x = left + (width - left - right) * i / 4
        parts.append(f'<text class="axis" x="{x:.1f}" y="{base + 18}" text-anchor="{"start" if i == 0 else "end" if i == 4 else "middle"}">'
                     f'{date.fromordinal(day).isoformat()}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# -- map ------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def world() -> dict[str, Any]:
    text = resources.files("newsevents.web").joinpath("data/world.json").read_text(encoding="utf-8")
    return json.loads(text)


def world_map(points: list[dict[str, Any]]) -> Markup:
    """Natural Earth country outlines (equirectangular: x = lon + 180, y = 90 - lat) with a circle per
    event location, as large as its number of events and coloured by the QuadClass of most of them."""
    outline = world()
    peak = max((p["events"] for p in points), default=1)
    parts = [f'<svg class="map" viewBox="0 -2 {outline["width"]} {outline["height"] - 20}" role="img" aria-label="event locations">',
             '<rect class="sea" x="0" y="-2" width="360" height="180"/>', '<g class="land">']
    for country in outline["countries"]:
        parts.append(f'<path d="{escape(country["path"])}"><title>{escape(country["name"])}</title></path>')
    parts.append('</g><g class="points">')
    for i, p in reversed(list(enumerate(points))):  # the largest drawn first, under the smaller ones
        x, y = p["lon"] + 180, 90 - p["lat"]
        r = 0.8 + 3.2 * math.sqrt(p["events"] / peak)
        types = ", ".join(f"{t} ×{n}" for t, n in p["types"].items())
        tip = f"{p['name']} ({p['country'] or '?'}): {p['events']} event{'s' if p['events'] != 1 else ''} — {types}"
        parts.append(f'<a href="#place-{i}"><circle cx="{x:.2f}" cy="{y:.2f}" r="{r:.2f}" fill="{quad_colour(p.get("quad_class"))}" '
                     f'data-place="{i}"><title>{escape(tip)}</title></circle></a>')
    parts.append("</g></svg>")
    return Markup("".join(parts))
