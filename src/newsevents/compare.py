"""Outlet comparison: for a story, an actor or a set of outlets, how each outlet tells it.

Side by side, per outlet: how it names each actor, the loaded terms, hedges, evaluative words
and scare quotes it uses in its own voice, whose voices it quotes and how often, its tone
towards each actor, and the events it reports that no other outlet in the comparison reports.

Actors are matched across articles by Wikidata id where known, else by resolved name, so "the
IDF" in one outlet and "the IOF" in another are the same actor (the actors component resolves
both to the Israel Defense Forces).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from .errors import UsageError
from .store import Store

NO_OUTLET = "(no outlet)"


@dataclass(frozen=True)
class Selection:
    story: str | None = None
    actor: str | None = None
    outlets: tuple[str, ...] = ()


def compare_outlets(store: Store, selection: Selection, top: int = 10) -> dict[str, Any]:
    """The comparison as plain data (what `newsevents compare --format json` prints)."""
    articles = _articles(store, selection)
    if not articles:
        raise UsageError("no analysed articles match this selection")
    outlet_of = {row["id"]: row["outlet"] or NO_OUTLET for row in articles}
    ids = list(outlet_of)
    actors = _actors(store, ids)
    focus = _focus_keys(actors, selection.actor) if selection.actor else None
    outlets: dict[str, dict[str, Any]] = {}
    for outlet in sorted(set(outlet_of.values())):
        outlets[outlet] = {"articles": sum(1 for o in outlet_of.values() if o == outlet), "naming": {},
                           "framing": [], "quoted": [], "tone": {}, "events": 0, "only_here": []}
    _naming(store, ids, outlet_of, actors, focus, outlets, top)
    _framing(store, ids, outlet_of, outlets, top)
    _quoted(store, ids, outlet_of, actors, outlets, top)
    _tone(store, ids, outlet_of, actors, focus, outlets)
    _events(store, ids, outlet_of, actors, focus, outlets, top)
    return {
        "selection": {"story": selection.story, "actor": selection.actor, "outlets": list(selection.outlets)},
        "articles": [{"id": row["id"], "outlet": outlet_of[row["id"]], "title": row["title"],
                      "published": str(row["published"]) if row["published"] else None} for row in articles],
        "outlets": outlets,
    }


def actor_by_outlet(store: Store, key: str, article_ids: list[str]) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, Any]]]:
    """For one actor (its cross-article key, see `actor_key`) in the given articles: how each
    outlet names it ({outlet: {form: count}}) and its tone towards it ({outlet: {score,
    mentions, label}})."""
    if not article_ids:
        return {}, {}
    articles = store.query(f"SELECT id, outlet FROM articles WHERE analysed AND duplicate_of IS NULL AND id IN ({_in(article_ids)})",
                           article_ids)
    if not articles:
        return {}, {}
    outlet_of = {row["id"]: row["outlet"] or NO_OUTLET for row in articles}
    ids = list(outlet_of)
    actors = _actors(store, ids)
    outlets: dict[str, dict[str, Any]] = {o: {"naming": {}, "tone": {}} for o in set(outlet_of.values())}
    _naming(store, ids, outlet_of, actors, {key}, outlets, top=1)
    _tone(store, ids, outlet_of, actors, {key}, outlets)
    naming: dict[str, dict[str, int]] = {}
    tone: dict[str, dict[str, Any]] = {}
    for outlet in sorted(outlets):
        for forms in outlets[outlet]["naming"].values():
            naming[outlet] = forms
        for cell in outlets[outlet]["tone"].values():
            tone[outlet] = cell
    return naming, tone


def _articles(store: Store, selection: Selection) -> list[dict[str, Any]]:
    clauses = ["a.analysed", "a.duplicate_of IS NULL"]
    params: list[Any] = []
    if selection.story:
        if not store.has_table("story_articles"):
            raise UsageError("this database has no story links; ingest with a version that links stories")
        clauses.append("a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)")
        params.append(selection.story)
    if selection.actor:
        clauses.append("""a.id IN (SELECT article_id FROM entities
            WHERE upper(code) = upper(?) OR upper(wikidata) = upper(?) OR name ILIKE ?)""")
        params += [selection.actor, selection.actor, selection.actor]
    if selection.outlets:
        clauses.append("(" + " OR ".join("a.outlet ILIKE ?" for _ in selection.outlets) + ")")
        params += list(selection.outlets)
    return store.query(f"SELECT a.id, a.outlet, a.title, a.published FROM articles a WHERE {' AND '.join(clauses)} "
                       "ORDER BY a.published NULLS LAST, a.id", params)


def _in(ids: list[str]) -> str:
    return ", ".join("?" for _ in ids)


def _actors(store: Store, ids: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """(article id, entity id) -> the actor's cross-article key, name and code."""
    rows = store.query(f"SELECT article_id, id, name, type, code, wikidata FROM entities WHERE article_id IN ({_in(ids)}) "
                       "ORDER BY article_id, id", ids)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        names[actor_key(row)][row["name"]] += 1
    label = {key: _group_label(counter) for key, counter in names.items()}
    return {(r["article_id"], r["id"]): {"key": actor_key(r), "name": label[actor_key(r)], "code": r["code"]} for r in rows}


def _group_label(names: Counter[str]) -> str:
    """A group is labelled by the name most of its entities have ("Israel Defense Forces" for the
    IDF however each outlet calls it); bodies that only share a code (the Treasury and the White
    House, both USAGOV) by their two commonest names."""
    ranked = sorted(names.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    if ranked[0][1] * 2 >= sum(names.values()) or len(ranked) == 1:
        return ranked[0][0]
    return " / ".join(name for name, _ in ranked[:2]) + (" / ..." if len(ranked) > 2 else "")


def actor_key(row: dict[str, Any]) -> str:
    """People by Wikidata id or name; organisations and groups by their code where they have one,
    so "the IDF" and "the occupation army" (both ISRMIL) are one actor across outlets."""
    if row["wikidata"]:
        return row["wikidata"]
    if row["type"] != "PERSON" and row["code"]:
        return f"code:{row['code']}"
    return row["name"].casefold()


def _focus_keys(actors: dict[tuple[str, str], dict[str, Any]], wanted: str) -> set[str]:
    wanted_folded = wanted.casefold()
    return {a["key"] for a in actors.values()
            if wanted_folded in (a["name"].casefold(), (a["code"] or "").casefold(), a["key"].casefold())}


def _label(actor: dict[str, Any]) -> str:
    return f"{actor['name']} [{actor['code']}]" if actor.get("code") else actor["name"]


def _naming(store: Store, ids: list[str], outlet_of: dict[str, str], actors: dict, focus: set[str] | None,
            outlets: dict[str, dict[str, Any]], top: int) -> None:
    rows = store.query(f"SELECT article_id, entity_id, text FROM mentions WHERE article_id IN ({_in(ids)}) ORDER BY article_id, start", ids)
    forms: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    labels: dict[str, str] = {}
    totals: Counter[str] = Counter()
    for row in rows:
        actor = actors.get((row["article_id"], row["entity_id"]))
        if actor is None or (focus is not None and actor["key"] not in focus):
            continue
        outlet = outlet_of[row["article_id"]]
        forms[outlet][actor["key"]][row["text"]] += 1
        labels[actor["key"]] = _label(actor)
        totals[actor["key"]] += 1
    keep = {key for key, _ in totals.most_common(top)}
    for outlet, by_actor in forms.items():
        outlets[outlet]["naming"] = {labels[key]: dict(counter.most_common()) for key, counter in
                                     sorted(by_actor.items(), key=lambda kv: -totals[kv[0]]) if key in keep}


def _framing(store: Store, ids: list[str], outlet_of: dict[str, str], outlets: dict[str, dict[str, Any]], top: int) -> None:
    rows = store.query(f"SELECT article_id, kind, lower(text) AS text, neutral, voice FROM framing WHERE article_id IN ({_in(ids)}) ORDER BY article_id, start", ids)
    counts: dict[str, Counter[tuple[str, str, str | None, str]]] = defaultdict(Counter)
    for row in rows:
        counts[outlet_of[row["article_id"]]][(row["kind"], row["text"], row["neutral"], row["voice"])] += 1
    for outlet, counter in counts.items():
        outlets[outlet]["framing"] = [{"kind": k, "text": t, "neutral": n, "voice": v, "count": c}
                                      for (k, t, n, v), c in sorted(counter.items(), key=lambda kv: (kv[0][3] != "outlet", -kv[1], kv[0][0], kv[0][1]))][: top * 3]


def _quoted(store: Store, ids: list[str], outlet_of: dict[str, str], actors: dict, outlets: dict[str, dict[str, Any]], top: int) -> None:
    rows = store.query(f"SELECT article_id, kind, speaker_entity, speaker_text FROM quotes WHERE article_id IN ({_in(ids)}) "
                       "ORDER BY article_id, content_start", ids)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        actor = actors.get((row["article_id"], row["speaker_entity"]))
        speaker = _label(actor) if actor else (row["speaker_text"] or "(unattributed)")
        counts[outlet_of[row["article_id"]]][speaker] += 1
    for outlet, counter in counts.items():
        outlets[outlet]["quoted"] = [{"speaker": s, "quotes": c} for s, c in counter.most_common(top)]


def _tone(store: Store, ids: list[str], outlet_of: dict[str, str], actors: dict, focus: set[str] | None,
          outlets: dict[str, dict[str, Any]]) -> None:
    rows = store.query(f"SELECT article_id, entity_id, score, mentions FROM tone WHERE article_id IN ({_in(ids)}) ORDER BY article_id, entity_id", ids)
    sums: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    labels: dict[str, str] = {}
    for row in rows:
        actor = actors.get((row["article_id"], row["entity_id"]))
        if actor is None or (focus is not None and actor["key"] not in focus):
            continue
        weight = max(1, row["mentions"])
        cell = sums[outlet_of[row["article_id"]]][actor["key"]]
        cell[0] += row["score"] * weight
        cell[1] += weight
        labels[actor["key"]] = _label(actor)
    for outlet, by_actor in sums.items():
        outlets[outlet]["tone"] = {labels[key]: {"score": round(total / weight, 3), "mentions": int(weight),
                                                 "label": _tone_label(total / weight)}
                                   for key, (total, weight) in sorted(by_actor.items(), key=lambda kv: -kv[1][1])}


def _tone_label(score: float) -> str:
    return "positive" if score > TONE_MARGIN else "negative" if score < -TONE_MARGIN else "neutral"


# An outlet's mean tone towards an actor counts as positive or negative beyond this margin.
TONE_MARGIN = 0.1


def _events(store: Store, ids: list[str], outlet_of: dict[str, str], actors: dict, focus: set[str] | None,
            outlets: dict[str, dict[str, Any]], top: int) -> None:
    """The events each outlet reports, and those no other outlet in the comparison reports. Two
    reports are of one event when story linking linked them (the same `link_id`) or when they
    have the same type, actors and recipients."""
    links = store.has_table("story_events")
    within = _in(ids)
    # every table is filtered to the articles by itself: DuckDB does not carry the filter across the joins
    link_join = (f"""LEFT JOIN (SELECT article_id, event_id, min(link_id) AS link_id FROM story_events
                                WHERE article_id IN ({within}) GROUP BY article_id, event_id) se
                     ON se.article_id = e.article_id AND se.event_id = e.id""" if links else "")
    rows = store.query(f"""SELECT e.article_id, e.id, e.type, e.status, e.evidence_text, e.trigger_start,
            {"se.link_id" if links else "NULL"} AS link_id,
            list(ea.entity_id ORDER BY ea.position) FILTER (WHERE ea.role = 'actor') AS actor_ids,
            list(ea.entity_id ORDER BY ea.position) FILTER (WHERE ea.role = 'recipient') AS recipient_ids
        FROM events e
        LEFT JOIN (SELECT * FROM event_actors WHERE article_id IN ({within})) ea
          ON ea.article_id = e.article_id AND ea.event_id = e.id
        {link_join}
        WHERE e.article_id IN ({within}) GROUP BY ALL ORDER BY e.article_id, e.trigger_start, e.id""",
        ids * (3 if links else 2))
    by_outlet: dict[str, dict[tuple, dict[str, Any]]] = defaultdict(dict)
    keys_of: dict[str, set[object]] = defaultdict(set)
    for row in rows:
        sides = []
        for role in ("actor_ids", "recipient_ids"):
            found = [actors.get((row["article_id"], entity)) for entity in (row[role] or []) if entity]
            sides.append(tuple(sorted({a["key"] for a in found if a})))
            row[role.replace("_ids", "s")] = sorted({_label(a) for a in found if a})
        if focus is not None and not (set(sides[0]) | set(sides[1])) & focus:
            continue
        signature = (row["type"], sides[0], sides[1])
        outlet = outlet_of[row["article_id"]]
        outlets[outlet]["events"] += 1
        keys_of[outlet].add(signature)
        if row["link_id"]:
            keys_of[outlet].add(row["link_id"])
        event = by_outlet[outlet].setdefault(signature, {"type": row["type"], "status": row["status"], "actors": row["actors"],
                                                         "recipients": row["recipients"], "evidence": row["evidence_text"],
                                                         "article": row["article_id"], "links": set()})
        if row["link_id"]:
            event["links"].add(row["link_id"])
    for outlet, signatures in by_outlet.items():
        elsewhere = {key for other, keys in keys_of.items() if other != outlet for key in keys}
        only = [event for signature, event in signatures.items()
                if len(outlets) > 1 and signature not in elsewhere and not event["links"] & elsewhere]
        for event in signatures.values():
            del event["links"]
        outlets[outlet]["only_here"] = only[:top]


def render_text(comparison: dict[str, Any]) -> str:
    """The comparison as readable text, one block per outlet."""
    lines: list[str] = []
    selection = comparison["selection"]
    described = ", ".join(f"{k} {v if not isinstance(v, list) else '/'.join(v)}" for k, v in selection.items() if v) or "all articles"
    lines.append(f"Comparing {len(comparison['outlets'])} outlets over {len(comparison['articles'])} articles ({described})")
    for outlet, data in comparison["outlets"].items():
        lines += ["", f"== {outlet}: {data['articles']} articles, {data['events']} events"]
        if data["naming"]:
            lines.append("  naming:")
            for actor, forms in data["naming"].items():
                lines.append(f"    {actor}: " + ", ".join(f"“{form}” ×{count}" for form, count in forms.items()))
        own = [f for f in data["framing"] if f["voice"] == "outlet"]
        quoted = [f for f in data["framing"] if f["voice"] == "quoted"]
        for title, items in (("framing in its own voice", own), ("framing inside quotes", quoted)):
            if items:
                lines.append(f"  {title}:")
                for item in items:
                    neutral = f" (neutral: {item['neutral']})" if item["neutral"] else ""
                    shown = item["text"] if item["kind"] == "scare_quote" else f"“{item['text']}”"
                    lines.append(f"    {item['kind']}: {shown} ×{item['count']}{neutral}")
        if data["quoted"]:
            lines.append("  voices quoted: " + ", ".join(f"{q['speaker']} ×{q['quotes']}" for q in data["quoted"]))
        if data["tone"]:
            lines.append("  tone: " + ", ".join(f"{actor} {t['score']:+.2f} ({t['label']})" for actor, t in data["tone"].items()))
        if data["only_here"]:
            lines.append("  events no other outlet here reports:")
            for event in data["only_here"]:
                who = ", ".join(event["actors"]) or "?"
                whom = ", ".join(event["recipients"])
                lines.append(f"    {event['type']} ({event['status']}) {who}" + (f" -> {whom}" if whom else "") +
                             f": {(event['evidence'] or '')[:120]}")
    return "\n".join(lines)
