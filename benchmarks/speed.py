"""Speed of extraction as a ratio to a bare spaCy parse of the same texts, in one run.

    .venv/bin/python benchmarks/speed.py [--repeats 3] [--update-floors]

Texts: the 84 news articles of ../shared/data/dev/quotes/dev/text (PolNeAR dev). Both sides
use the same loaded model and batch size; the runs are interleaved and the best of the repeats
is kept for each, so that other load on the machine affects both alike. "extract" is the whole
per-article work of `newsevents extract` (language check, parse, every registered component,
JSON serialisation); reading files is left out of both.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from common import check_floors, dev_data

from newsevents.language import detect_language
from newsevents.model import Article
from newsevents.pipeline import Pipeline

BATCH = 16


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()
    paths = sorted((dev_data() / "quotes" / "dev" / "text").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    pipeline = Pipeline()
    nlp = pipeline.nlp
    list(nlp.pipe(texts[:4]))  # warm up

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=BATCH):
            pass

    def extract() -> None:
        for article in articles:
            article.language = detect_language(article.text)
        for result in pipeline.analyse_many(articles, batch_size=BATCH):
            json.dumps(result.to_json_dict(), ensure_ascii=False)

    best = {"bare": float("inf"), "extract": float("inf")}
    for _ in range(args.repeats):
        for name, run in (("bare", bare), ("extract", extract)):
            started = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - started)
    # The components alone, on docs parsed beforehand: the part of the ratio that is ours.
    docs = list(nlp.pipe(texts, batch_size=BATCH))
    started = time.perf_counter()
    for article, doc in zip(articles, docs):
        pipeline._run(article, doc)
    components = time.perf_counter() - started
    chars = sum(len(t) for t in texts)
    ratio = best["extract"] / best["bare"]
    print(f"{len(texts)} articles, {chars:,} characters; components: {', '.join(pipeline.names)}")
    print(f"bare spaCy parse: {best['bare']:.2f}s ({len(texts) / best['bare']:.1f} articles/s)")
    print(f"newsevents extract: {best['extract']:.2f}s ({len(texts) / best['extract']:.1f} articles/s on one core, "
          f"{chars / best['extract'] / 1000:.0f}k characters/s)")
    print(f"ratio extract / bare parse: {ratio:.3f}")
    print(f"components alone on parsed docs: {components:.2f}s ({components / best['bare']:.1%} of the bare parse)")
    # the floor is on the inverse, so that higher is better like every other figure
    return check_floors({"speed.bare_over_extract": 1 / ratio}, args.update_floors)


if __name__ == "__main__":
    sys.exit(main())
