"""Entity layer: how many gold event actors does the entity layer find as mentions?

    .venv/bin/python benchmarks/entities.py [--update-floors]

Gold: the source and target actor spans of ../shared/data/dev/events/PLV_train.tsv (marked with
<s>…</s> and <t>…</t>) and the actorText of PLOVER_GSR_CAMEO.json. A gold actor counts as
found when an entity mention overlaps it (overlap recall) or when a mention equals it after
dropping a leading article and possessive (exact recall). Coding the actors (country, code) is
measured by the actor-resolution benchmark.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time

from common import check_floors, dev_data, plover_gold_actors

from newsevents.analysis.entities import clean_span
from newsevents.model import Article
from newsevents.pipeline import Pipeline

MARK = re.compile(r"<(s|t)>(.*?)</\1>")


def plv_items(path) -> list[tuple[str, list[tuple[int, int]]]]:
    """(sentence, gold actor spans) from the marked sentences."""
    items = []
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            marked = row["marked_sentence"]
            text, spans, last, out = "", [], 0, []
            for match in MARK.finditer(marked):
                out.append(marked[last : match.start()])
                start = sum(len(p) for p in out)
                out.append(match.group(2))
                spans.append((start, start + len(match.group(2))))
                last = match.end()
            out.append(marked[last:])
            text = "".join(out)
            items.append((text, spans))
    return items


def gsr_items(path) -> list[tuple[str, list[tuple[int, int]]]]:
    return [(text, [(a.start, a.end) for a in actors]) for _id, text, actors in plover_gold_actors(path)]


def score(pipeline: Pipeline, items) -> dict[str, float]:
    articles = [Article(id=str(i), text=text) for i, (text, _) in enumerate(items)]
    found_overlap = found_exact = total = 0
    for (text, spans), result in zip(items, pipeline.analyse_many(articles, batch_size=64)):
        mentions = [(m.start, m.end) for e in result.entities for m in e.mentions]
        for start, end in spans:
            total += 1
            if any(ms < end and start < me for ms, me in mentions):
                found_overlap += 1
            if clean_span(text, start, end) in mentions:
                found_exact += 1
    return {"actors": total, "overlap_recall": found_overlap / total, "exact_recall": found_exact / total}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()
    root = dev_data() / "events"
    pipeline = Pipeline(["entities"])
    results: dict[str, float] = {}
    for name, items in (("plv_train", plv_items(root / "PLV_train.tsv")), ("plover_gsr", gsr_items(root / "PLOVER_GSR_CAMEO.json"))):
        started = time.perf_counter()
        figures = score(pipeline, items)
        print(f"{name}: {len(items)} sentences, {figures['actors']} gold actors; "
              f"overlap recall {figures['overlap_recall']:.3f}, exact recall {figures['exact_recall']:.3f} "
              f"({time.perf_counter() - started:.1f}s)")
        results[f"entities.{name}.overlap_recall"] = figures["overlap_recall"]
        results[f"entities.{name}.exact_recall"] = figures["exact_recall"]
    return check_floors(results, args.update_floors)


if __name__ == "__main__":
    sys.exit(main())
