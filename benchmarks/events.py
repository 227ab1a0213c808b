"""Event extraction: does the system find each gold (source, target, type)?

    .venv/bin/python benchmarks/events.py [--data plv|gsr|both] [--errors N] [--update-floors]

Gold:
- PLV_train.tsv: one sentence per row with its marked source (<s>) and target (<t>) and the PLOVER
  root (`gold_root`).
- PLOVER_GSR_CAMEO.json: each record's source and target actors (their actorText, first
  occurrence in the sentence) and its event type. Compound-actor records ("SRC/TAR") list every
  party as a source and no target.
Older labels map as the issue says: YIELD -> CONCEDE or RETREAT, DEMAND -> REQUEST,
DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT.

Matching. A system event *connects* a gold pair when one of its actors overlaps the gold source
and one of its recipients overlaps the gold target (character overlap; a gold without a target
needs the source only). For CONSULT, COOPERATE and AGREE, whose parties act together, the
actors and recipients are pooled and must overlap both. Recall: share of gold pairs connected by an
event of the gold type. Precision on annotated pairs: of the system events that connect a gold
pair, the share whose type is the gold type. The rules are not trained on this data, so there is
no cross-validation; the figures are held-out figures for the lexicon as written.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from common import check_floors, dev_data

from newsevents.model import Article
from newsevents.pipeline import Pipeline

LEGACY = {"YIELD": {"CONCEDE", "RETREAT"}, "DEMAND": {"REQUEST"}, "DISAPPROVE": {"ACCUSE"},
          "INVESTIGATE": {"ACCUSE"}, "FIGHT": {"ASSAULT"}}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
_MARK = re.compile(r"</?[st]>")
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "it", "its", "they", "them", "their"})


@dataclass
class Gold:
    key: str
    text: str
    sources: list[tuple[int, int]]
    targets: list[tuple[int, int]]
    label: str

    @property
    def accepted(self) -> set[str]:
        return LEGACY.get(self.label, {self.label})

    @property
    def report_type(self) -> str:
        return "CONCEDE/RETREAT" if self.label == "YIELD" else next(iter(self.accepted))


def plv_gold() -> list[Gold]:
    path = dev_data() / "events" / "PLV_train.tsv"
    golds = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            marked = row["marked_sentence"]
            # A side may be marked more than once ("to <t>Ukraine</t> ... upon <t>Ukraine</t>'s
            # progress"): every marked mention is that actor.
            clean, spans, offset = [], {"s": [], "t": []}, 0
            position = 0
            for match in _MARK.finditer(marked):
                clean.append(marked[position:match.start()])
                offset += match.start() - position
                position = match.end()
                tag = match.group()
                if tag.startswith("</"):
                    spans[tag[2]][-1] = (spans[tag[2]][-1][0], offset)
                else:
                    spans[tag[1]].append((offset, offset))
            clean.append(marked[position:])
            text = "".join(clean)
            if not spans["s"] or not spans["t"]:
                continue
            golds.append(Gold(f"plv-{row['sentence_id']}-{len(golds)}", text, spans["s"], spans["t"], row["gold_root"]))
    return golds


def _find_word(text: str, surface: str) -> int:
    """The first occurrence of the actor's text as whole words ("Iraq" is not the start of
    "Iraqi Kurds"), else the first occurrence at all."""
    match = re.search(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)
    return match.start() if match else text.find(surface)


def gsr_gold() -> list[Gold]:
    records = json.loads((dev_data() / "events" / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    golds = []
    for record in records:
        text, label = record.get("text"), record.get("event")
        if not text or label in (None, "DOCUMENT"):
            continue
        sides = []
        for key in ("source", "target"):
            spans = []
            for actor in record.get(key) if isinstance(record.get(key), list) else []:
                surface = (actor.get("actorText") or "").strip()
                at = _find_word(text, surface) if surface else -1
                if at >= 0:
                    spans.append((at, at + len(surface)))
            sides.append(spans)
        if sides[0]:
            golds.append(Gold(record["id"], text, sides[0], sides[1], label))
    return golds


def _overlaps(refs, spans, mentions=None) -> bool:  # type: ignore[no-untyped-def]
    """Does a reference overlap a gold span? A pronoun resolved to an entity also counts where
    that entity is named in the span ("pardoned him" for the gold "Peter Biar Ajak")."""
    mentions = mentions or {}
    return any(start < r_end and r_start < end
               for r in refs for r_start, r_end in [(r.start, r.end), *(mentions.get(r.entity, ()) if r.text.lower() in _PRONOUNS else ())]
               for start, end in spans)


def connects(event, gold: Gold, mentions=None) -> bool:  # type: ignore[no-untyped-def]
    if event.type in SYMMETRIC:
        pooled = [*event.actor, *event.recipient]
        return _overlaps(pooled, gold.sources, mentions) and (not gold.targets or _overlaps(pooled, gold.targets, mentions))
    return _overlaps(event.actor, gold.sources, mentions) and (not gold.targets or _overlaps(event.recipient, gold.targets, mentions))


def _pronoun_mentions(result) -> dict[str, list[tuple[int, int]]]:  # type: ignore[no-untyped-def]
    """Each entity's named mentions, for the references that are pronouns resolved to it."""
    return {e.id: [(m.start, m.end) for m in e.mentions if m.text.lower() not in _PRONOUNS] for e in result.entities}


def evaluate(golds: list[Gold], pipeline: Pipeline, name: str, show_errors: int) -> dict[str, float]:
    texts = sorted({g.text for g in golds})
    results, mentions = {}, {}
    for text, result in zip(texts, pipeline.analyse_many(Article(id=str(i), text=text) for i, text in enumerate(texts)), strict=True):
        results[text] = result.events if not isinstance(result, Exception) else []
        mentions[text] = _pronoun_mentions(result) if not isinstance(result, Exception) else {}
    per_type: dict[str, Counter] = defaultdict(Counter)
    errors: list[str] = []
    reasons = Counter()
    for gold in golds:
        events = results[gold.text]
        linked = [e for e in events if connects(e, gold, mentions[gold.text])]
        hit = any(e.type in gold.accepted for e in linked)
        counts = per_type[gold.report_type]
        counts["gold"] += 1
        counts["hit"] += hit
        counts["linked"] += len(linked)
        counts["linked_right"] += sum(e.type in gold.accepted for e in linked)
        if not hit:
            if linked:
                reason = "wrong type: " + "/".join(sorted({e.type for e in linked}))
            elif any(e.type in gold.accepted for e in events):
                reason = "right type, other arguments"
            elif events:
                reason = "other events only"
            else:
                reason = "no event"
            reasons[reason.split(":")[0]] += 1
            if len(errors) < show_errors:
                found = "; ".join(f"{e.type}({e.cameo}) {[a.text for a in e.actor]}->{[r.text for r in e.recipient]} '{e.trigger.text}'" for e in events)
                src = " | ".join(gold.text[s:e] for s, e in gold.sources)
                tgt = " | ".join(gold.text[s:e] for s, e in gold.targets)
                errors.append(f"[{gold.label}] {reason}\n  {gold.text}\n  gold: {src} -> {tgt}\n  system: {found or '-'}")
    total = Counter()
    print(f"\n{name}: {len(golds)} gold pairs in {len(texts)} sentences")
    print(f"{'type':18} {'gold':>5} {'recall':>7} {'prec':>6} {'F1':>6}")
    for type_, counts in sorted(per_type.items()):
        total.update(counts)
        print(_line(type_, counts))
    print(_line("ALL", total))
    print("misses:", dict(reasons.most_common()))
    for error in errors:
        print(error)
    recall, precision, f1 = _scores(total)
    return {f"events.{name}.recall": recall, f"events.{name}.precision": precision, f"events.{name}.f1": f1}


def _scores(counts: Counter) -> tuple[float, float, float]:
    recall = counts["hit"] / counts["gold"] if counts["gold"] else 0.0
    precision = counts["linked_right"] / counts["linked"] if counts["linked"] else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    return recall, precision, f1


def _line(name: str, counts: Counter) -> str:
    recall, precision, f1 = _scores(counts)
    return f"{name:18} {counts['gold']:5d} {recall:7.3f} {precision:6.3f} {f1:6.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", choices=("plv", "gsr", "both"), default="both")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline()
    results: dict[str, float] = {}
    if args.data in ("plv", "both"):
        results.update(evaluate(plv_gold(), pipeline, "plv_train", args.errors))
    if args.data in ("gsr", "both"):
        results.update(evaluate(gsr_gold(), pipeline, "plover_gsr", args.errors))
    print(json.dumps({k: round(v, 4) for k, v in results.items()}))
    return check_floors(results, args.update_floors)


if __name__ == "__main__":
    raise SystemExit(main())
