"""Time-expression benchmark on TimeBank + AQUAINT (TBAQ-cleaned, TempEval-3 training data).

Usage:
    .venv/bin/python benchmarks/times.py [--errors N] [--update-floors] [--corpus TimeBank|AQUAINT]

Each document's TEXT is analysed with its creation time (DCT) as the publication date. Scores
follow TempEval-3: strict match (same span), relaxed match (overlapping spans), and value and
type F1 over relaxed matches (precision over system expressions, recall over gold ones).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

from common import check_floors, dev_data

from newsevents.model import Article
from newsevents.pipeline import Pipeline


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    name: str
    dct: date
    text: str
    gold: list[GoldTimex]


def read_timeml(path: Path) -> Document:
    root = ElementTree.parse(path).getroot()
    dct_value = root.find("DCT/TIMEX3").get("value")  # type: ignore[union-attr]
    pieces: list[str] = []
    gold: list[GoldTimex] = []

    def walk(element: ElementTree.Element) -> None:
        start = sum(map(len, pieces))
        pieces.append(element.text or "")
        for child in element:
            walk(child)
            pieces.append(child.tail or "")
        if element.tag == "TIMEX3":
            end = sum(map(len, pieces))
            surface = "".join(pieces)[start:end]
            gold.append(GoldTimex(start, end, surface, element.get("type", ""), element.get("value", "")))

    walk(root.find("TEXT"))  # type: ignore[arg-type]
    return Document(path.stem, date.fromisoformat(dct_value[:10]), "".join(pieces), gold)


def load(corpora: list[str]) -> list[Document]:
    base = dev_data() / "time" / "TBAQ-cleaned"
    return [read_timeml(path) for corpus in corpora for path in sorted((base / corpus).glob("*.tml"))]


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    parser.add_argument("--corpus", choices=["TimeBank", "AQUAINT"], action="append")
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()
    documents = load(args.corpus or ["TimeBank", "AQUAINT"])
    pipeline = Pipeline(["times"])
    articles = [Article(id=d.name, text=d.text, published=d.dct) for d in documents]
    began = time.perf_counter()
    results = list(pipeline.analyse_many(articles))
    elapsed = time.perf_counter() - began

    counts: Counter[str] = Counter()
    errors: dict[str, list[str]] = {"missed": [], "spurious": [], "span": [], "value": [], "type": []}
    for document, result in zip(documents, results, strict=True):
        if isinstance(result, Exception):
            raise result
        system = result.times
        counts["gold"] += len(document.gold)
        counts["system"] += len(system)
        used: set[int] = set()
        for gold in document.gold:
            overlapping = [t for t in system if t.start < gold.end and gold.start < t.end and id(t) not in used]
            if not overlapping:
                errors["missed"].append(f"{document.name} {gold.text!r} {gold.value}  | {_context(document.text, gold.start, gold.end)}")
                continue
            match = min(overlapping, key=lambda t: abs(t.start - gold.start) + abs(t.end - gold.end))
            used.add(id(match))
            counts["relaxed"] += 1
            if (match.start, match.end) == (gold.start, gold.end):
                counts["strict"] += 1
            else:
                errors["span"].append(f"{document.name} gold {gold.text!r} system {match.text!r}")
            if match.value == gold.value:
                counts["value"] += 1
            else:
                errors["value"].append(f"{document.name} {gold.text!r} gold {gold.value} system {match.value}  (DCT {document.dct})"
                                       f"  | {_context(document.text, gold.start, gold.end)}")
            if match.type == gold.type:
                counts["type"] += 1
            else:
                errors["type"].append(f"{document.name} {gold.text!r} gold {gold.type} system {match.type}")
        for timex in system:
            if id(timex) not in used:
                errors["spurious"].append(f"{document.name} {timex.text!r} {timex.value}  | {_context(document.text, timex.start, timex.end)}")

    scores = {}
    print(f"TBAQ-cleaned: {len(documents)} documents, {counts['gold']} gold expressions, {counts['system']} found "
          f"({elapsed:.1f} s with parsing)")
    print(f"{'measure':<10} {'precision':>9} {'recall':>7} {'F1':>6}")
    for measure in ("strict", "relaxed", "value", "type"):
        precision = counts[measure] / counts["system"] if counts["system"] else 0.0
        recall = counts[measure] / counts["gold"] if counts["gold"] else 0.0
        scores[measure] = f1(precision, recall)
        print(f"{measure:<10} {precision:9.3f} {recall:7.3f} {scores[measure]:6.3f}")
    if args.errors:
        for kind, items in errors.items():
            print(f"\n{kind} ({len(items)}):")
            for line in items[: args.errors]:
                print("  " + line)
    if args.corpus:
        return 0
    return check_floors({f"times.tbaq.{measure}_f1": value for measure, value in scores.items()}, args.update_floors)


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    return " ".join((text[max(0, start - width):start] + "[" + text[start:end] + "]" + text[end:end + width]).split())


if __name__ == "__main__":
    sys.exit(main())
