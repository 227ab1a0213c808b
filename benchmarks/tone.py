"""Tone benchmark on NewsMTSC devtest_mt (target-dependent sentiment in news sentences).

Usage:
    .venv/bin/python benchmarks/tone.py [--model linear|minilm] [--errors N] [--no-articles] [--update-floors]

Gold: every target of `tone/NewsMTSC_devtest_mt.jsonl` (721 sentences, each with two or more
targets of differing polarity; polarity 2.0 negative, 4.0 neutral, 6.0 positive). Each sentence
is parsed by the pipeline's spaCy model and each target's character span scored by the same
function the `tone` component uses (the chosen model's `probabilities(doc, spans)`); the label
is the most probable class. Scores: precision, recall and F1 per label, macro F1 over the
three labels (NewsMTSC's measure), and accuracy. The model never saw this file (it is trained
on NewsMTSC_train by benchmarks/train_tone.py, or, with --model minilm, by
benchmarks/train_tone_minilm.py; that one needs the `transformer` extra).

Cost: the time to score every target against the time to parse the same sentences; and, unless
--no-articles, the `tone` component (every entity mention scored) on the 84 news articles of
quotes/dev/text against their parse, the texts speed.py uses.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter

from common import check_floors, dev_data

from newsevents.analysis.tone import (
    LABELS,
    ToneScorer,
    load_tone_model,
)
from newsevents.model import Article
from newsevents.pipeline import AnalysisState, Pipeline

POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC: 2 negative, 4 neutral, 6 positive
BATCH = 64


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def article_cost(pipeline: Pipeline) -> tuple[int, int, float, float]:
    """(articles, mentions scored, parse seconds, tone seconds) on the speed benchmark's texts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((dev_data() / "quotes" / "dev" / "text").glob("*.txt"))]
    nlp = pipeline.nlp
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse = time.perf_counter() - started
    states = []
    for n, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        state = AnalysisState(article=Article(id=str(n), text=text), doc=doc)
        for _, component in pipeline.components:
            component(state)
        states.append(state)
    scorer = ToneScorer()
    started = time.perf_counter()
    for state in states:
        scorer(state)
    tone = time.perf_counter() - started
    mentions = sum(record.mentions for state in states for record in state.result.tone)
    return len(texts), mentions, parse, tone


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many misclassified targets")
    parser.add_argument("--no-articles", action="store_true", help="skip the cost measure on news articles")
    parser.add_argument("--model", choices=("linear", "minilm"), default="linear", help="the tone model to score")
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()
    os.environ["NEWSEVENTS_TONE_MODEL"] = args.model  # the component in article_cost follows it
    path = dev_data() / "tone" / "NewsMTSC_devtest_mt.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    pipeline = Pipeline(["entities"])
    nlp = pipeline.nlp
    if args.model == "minilm":
        from newsevents.analysis.tone_minilm import load_minilm_tone_model

        score = load_minilm_tone_model().probabilities
    else:
        score = load_tone_model().probabilities
    texts = [row["sentence_normalized"] for row in rows]
    list(nlp.pipe(texts[:8]))  # warm up
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=BATCH))
    parse_seconds = time.perf_counter() - started

    gold: list[int] = []
    predicted: list[int] = []
    examples: list[tuple[str, int, int, int, int]] = []
    started = time.perf_counter()
    for row, doc in zip(rows, docs, strict=True):
        spans = [(t["from"], t["to"]) for t in row["targets"]]
        probabilities = score(doc, spans)
        for target, p in zip(row["targets"], probabilities, strict=True):
            gold.append(POLARITY[float(target["polarity"])])
            predicted.append(int(p.argmax()))
            examples.append((row["sentence_normalized"], target["from"], target["to"], gold[-1], predicted[-1]))
    tone_seconds = time.perf_counter() - started

    pairs = Counter(zip(gold, predicted, strict=True))
    print(f"{path.name}: {len(rows)} sentences, {len(gold)} targets "
          f"({', '.join(f'{LABELS[k]} {n}' for k, n in sorted(Counter(gold).items()))})")
    print(f"{'label':<10} {'gold':>5} {'found':>6} {'precision':>9} {'recall':>7} {'F1':>6}")
    scores = []
    for k, label in enumerate(LABELS):
        n_gold = sum(n for (g, _), n in pairs.items() if g == k)
        n_found = sum(n for (_, p), n in pairs.items() if p == k)
        precision = pairs[(k, k)] / n_found if n_found else 0.0
        recall = pairs[(k, k)] / n_gold if n_gold else 0.0
        scores.append(f1(precision, recall))
        print(f"{label:<10} {n_gold:5d} {n_found:6d} {precision:9.3f} {recall:7.3f} {scores[-1]:6.3f}")
    macro = sum(scores) / len(scores)
    accuracy = sum(pairs[(k, k)] for k in range(3)) / len(gold)
    print(f"macro F1 {macro:.4f}   accuracy {accuracy:.4f}   (reference GRU-TSC: macro F1 0.831)")
    print("confusion (rows gold, columns predicted): " + "; ".join(
        f"{LABELS[g][:3]}: " + " ".join(f"{pairs[(g, p)]:4d}" for p in range(3)) for g in range(3)))
    per_sentence = tone_seconds / len(rows)
    print(f"cost: parse {parse_seconds:.2f} s, tone scoring {tone_seconds:.3f} s "
          f"({per_sentence * 1000:.2f} ms per sentence, {tone_seconds / parse_seconds:.1%} of the parse)")
    if not args.no_articles:
        articles, mentions, parse, tone = article_cost(pipeline)
        print(f"news articles (quotes/dev/text): {articles} articles, {mentions} entity mentions scored; "
              f"parse {parse:.2f} s, tone component {tone:.3f} s ({tone / parse:.1%} of the parse)")
    if args.errors:
        wrong = [e for e in examples if e[3] != e[4]]
        print(f"\nmisclassified ({len(wrong)}):")
        for text, start, end, g, p in wrong[: args.errors]:
            print(f"  gold {LABELS[g]:<8} system {LABELS[p]:<8} | {text[:start]}[{text[start:end]}]{text[end:]}")
    prefix = "tone" if args.model == "linear" else f"tone.{args.model}"
    return check_floors({f"{prefix}.newsmtsc_mt.macro_f1": macro, f"{prefix}.newsmtsc_mt.accuracy": accuracy},
                        args.update_floors)


if __name__ == "__main__":
    sys.exit(main())
