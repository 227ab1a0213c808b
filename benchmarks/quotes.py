"""Quotes: attributions found, on PolNeAR (news articles with source, cue and content spans).

    .venv/bin/python benchmarks/quotes.py [--split dev|train] [--limit N | --sample N] [--errors N] [--update-floors]

--limit N takes the first N articles in name order; --sample N takes N articles spread evenly over
the split (every k-th), the fixed subset to iterate on: `--split train --sample 210` is every 4th
train article. Given both, the sample is taken from the first N.

Gold: ../shared/data/dev/quotes/<split>/ — text/<name>.txt and attributions/<name>_<annotator>.ann
(brat standoff: Source, Cue and Content spans joined by Attribution relations). Where several
annotators marked one article, the first annotation file in name order is the gold.

Figures are token-overlap precision, recall and F1, as citron reports them on PARC 3.0:
- content: word tokens inside predicted contents that lie inside gold contents, over all predicted
  content tokens (precision) and over all gold content tokens (recall);
- source: the same over speaker spans, where a predicted speaker token only counts inside the
  source of a gold attribution whose content the predicted quote's content overlaps, so a
  speaker found for the wrong quote earns nothing;
- cue: the same over cue spans, under the same condition.
Tokens are maximal runs of word characters or single other non-space characters.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from common import check_floors, dev_data

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    source: list[tuple[int, int]] = field(default_factory=list)


def _spans(field_text: str) -> list[tuple[int, int]]:
    # "Content 115 290" or "Content 10 20;25 40" for discontinuous spans
    _, ranges = field_text.split(" ", 1)
    return [(int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))]


def load_annotation(path: Path) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label = parts[1].split(" ", 1)[0]
            spans[parts[0]] = (label, _spans(parts[1]))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(parts[1].split())
    out = []
    for relation in relations:
        gold = GoldAttribution()
        for role_ref in relation[1:]:
            role, ref = role_ref.split(":", 1)
            if ref not in spans:
                continue
            target = {"Content": gold.content, "Cue": gold.cue, "Source": gold.source}.get(role.rstrip("0123456789"))
            if target is not None:
                target.extend(spans[ref][1])
        if gold.content:
            out.append(gold)
    return out


def load_split(root: Path, split: str) -> list[tuple[str, str, list[GoldAttribution]]]:
    folder = root / "quotes" / split
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}\.ann$", "", ann.name)
        chosen.setdefault(name, ann)
    items = []
    for name, ann in sorted(chosen.items()):
        text_path = folder / "text" / f"{name}.txt"
        if text_path.exists():
            items.append((name, text_path.read_text(encoding="utf-8"), load_annotation(ann)))
    return items


def _tokens(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Start offsets of the tokens inside the spans."""
    out: set[int] = set()
    for start, end in spans:
        for match in _TOKEN.finditer(text, start, end):
            out.add(match.start())
    return out


class Score:
    def __init__(self) -> None:
        self.hit_predicted = 0
        self.predicted = 0
        self.hit_gold = 0
        self.gold = 0

    def add(self, predicted: set[int], gold: set[int]) -> None:
        self.hit_predicted += len(predicted & gold)
        self.predicted += len(predicted)
        self.hit_gold += len(gold & predicted)
        self.gold += len(gold)

    def prf(self) -> tuple[float, float, float]:
        p = self.hit_predicted / self.predicted if self.predicted else 0.0
        r = self.hit_gold / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(items, pipeline, errors: int) -> dict[str, Score]:  # type: ignore[no-untyped-def]
    from newsevents.errors import AnalysisError
    from newsevents.model import Article, ArticleResult

    scores = {"content": Score(), "source": Score(), "cue": Score()}
    shown = 0
    for name, text, gold in items:
        try:
            result = pipeline.analyse(Article(id=name, text=text))
        except AnalysisError as exc:  # counted as finding nothing, and said
            print(f"FAILED {name}: {exc}", file=sys.stderr)
            result = ArticleResult(article=Article(id=name, text=text))
        predicted_content = _tokens(text, [(q.content.start, q.content.end) for q in result.quotes])
        gold_content = _tokens(text, [s for g in gold for s in g.content])
        scores["content"].add(predicted_content, gold_content)
        # sources and cues count only where they belong to a quote matching a gold attribution
        for part in ("source", "cue"):
            predicted_all: set[int] = set()
            linked: set[int] = set()
            for quote in result.quotes:
                span = quote.speaker if part == "source" else quote.cue
                if span is None:
                    continue
                tokens = _tokens(text, [(span.start, span.end)])
                predicted_all |= tokens
                content = _tokens(text, [(quote.content.start, quote.content.end)])
                for attribution in gold:
                    if content & _tokens(text, attribution.content):
                        spans = attribution.source if part == "source" else attribution.cue
                        linked |= tokens & _tokens(text, spans)
            gold_part = _tokens(text, [s for g in gold for s in (g.source if part == "source" else g.cue)])
            scores[part].hit_predicted += len(linked)
            scores[part].predicted += len(predicted_all)
            scores[part].hit_gold += len(linked & gold_part)
            scores[part].gold += len(gold_part)
        if shown < errors:
            missed = [g for g in gold if not (_tokens(text, g.content) & predicted_content)]
            for g in missed[: errors - shown]:
                s, e = g.content[0]
                print(f"MISSED {name}: {text[max(0, s - 60):s]!r} [[{text[s:e]}]] cue={[text[a:b] for a, b in g.cue]}")
                shown += 1
            spurious = [q for q in result.quotes if not (_tokens(text, [(q.content.start, q.content.end)]) & gold_content)]
            for q in spurious[: max(0, errors - shown)]:
                print(f"SPURIOUS {name}: [[{q.content.text[:160]}]] cue={q.cue.text if q.cue else None}")
                shown += 1
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=0, help="the first N articles")
    parser.add_argument("--sample", type=int, default=0, help="N articles spread evenly over the split (every k-th)")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()

    from newsevents.pipeline import Pipeline

    items = load_split(dev_data(), args.split)
    if args.limit:
        items = items[: args.limit]
    if 0 < args.sample < len(items):
        step = len(items) / args.sample
        items = [items[int(i * step)] for i in range(args.sample)]
    pipeline = Pipeline()
    started = time.perf_counter()
    scores = evaluate(items, pipeline, args.errors)
    elapsed = time.perf_counter() - started
    gold_count = sum(len(g) for _, _, g in items)
    print(f"PolNeAR {args.split}: {len(items)} articles, {gold_count} attributions, {elapsed:.1f}s")
    results = {}
    for part, score in scores.items():
        p, r, f = score.prf()
        print(f"  {part:8s} overlap  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        results[f"quotes.polnear_{args.split}.{part}_f1"] = f
    if args.split != "dev" or args.limit or args.sample:
        return 0
    return check_floors(results, args.update_floors)


if __name__ == "__main__":
    sys.exit(main())
