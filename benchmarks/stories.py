"""Stories: articles about the same specific event linked into one story, on ECB+ and the demo corpus.

    .venv/bin/python benchmarks/stories.py [--cache FILE] [--batch N] [--shuffles N] [--errors N] [--window DAYS]
        [--update-floors]

Data: ../shared/data/dev/stories/ECBplus, 982 news documents grouped by topic and by specific event
(the "ecb" and "ecbplus" halves of a topic are two different events of the same kind: Tara Reid's
and Lindsay Lohan's stays in rehab; an Indian Navy warship foiling a pirate attack in the Gulf of
Aden in 2008 and another one in 2011), 86 events in all. Each document becomes an article: its text
rebuilt from the tokens, and the URL the newer documents open with as its URL (the host as its
outlet); no publication date (ECB+ gives none; the newer documents carry a dateline in their text).

The articles go through the same code path as `newsevents ingest`: JSON Lines files of `--batch`
articles each are ingested one run after the other into one database (copy detection, analysis by
the project's pipeline, storage, then story linking at the end of the run), and the stories are read
back with `linking.list_stories`. Copies detected by ingest count in their original's story.
B-cubed precision, recall and F1 of the stories against the specific events, for the documents in
file order and in shuffled orders (linking is incremental, so order matters). The demo corpus
(examples/corpus: 50 articles, seven stories told by two to four outlets, the others on their own)
is ingested in publication order and scored the same way.

Analysis is the slow part (about 10 documents a second); `--cache FILE` keeps the pipeline's results
between runs (keyed by article id and text, so a changed text is analysed again).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from common import REPO, check_floors, dev_data

from newsevents.model import Article, ArticleResult

_URL_LINE = re.compile(r"^https? : / / ")


def detokenise(sentence: str) -> str:
    """ECB+ keeps tokens only: undo the usual tokeniser spacing ("U.S. , the" -> "U.S., the")."""
    text = sentence.replace("``", '"').replace("''", '"')
    text = re.sub(r" ([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text, flags=re.IGNORECASE)
    text = re.sub(r"([a-z]) - ([a-z])", r"\1-\2", text)
    text = re.sub(r"(\d) ?: ?(\d\d)\b", r"\1:\2", text)
    # straight quotes: glue an opening quote to the next word and a closing one to the last
    parts = text.split('"')
    if len(parts) > 1:
        out = parts[0]
        for i, part in enumerate(parts[1:], 1):
            out = out.rstrip() + (' "' if out.strip() else '"') + part.lstrip() if i % 2 else out.rstrip() + '"' + part
        text = out.strip()
    return text


def read_document(path: Path) -> tuple[list[str], str | None]:
    """The sentences of an ECB+ document rebuilt from its tokens, and its URL when the first line is one."""
    sentences: dict[str, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(token.get("sentence", "0"), []).append(token.text or "")
    lines = [" ".join(words) for _, words in sorted(sentences.items(), key=lambda kv: int(kv[0]))]
    url = None
    if lines and _URL_LINE.match(lines[0]):
        url = lines.pop(0).replace(" ", "")
    return [detokenise(line) for line in lines], url


def articles(root: Path) -> list[Article]:
    """Every ECB+ document as an Article: its text, and its URL and outlet (the URL's host) where it has one.
    No publication date: ECB+ gives none (the newer documents carry a dateline in their text)."""
    items = []
    for path in sorted(root.glob("*/*.xml")):
        sentences, url = read_document(path)
        host = (urlsplit(url).hostname or "").removeprefix("www.") if url else None
        items.append(Article(id=path.stem, url=url, outlet=host or None, text="\n".join(sentences)))
    return items


def gold_event(article_id: str) -> str:
    """'12_3ecbplus' -> '12plus', '12_3ecb' -> '12': the topic and which half of it (the specific event)."""
    topic, rest = article_id.split("_", 1)
    return topic + ("plus" if rest.endswith("ecbplus") else "")


# What analysis depends on; linking, storage and export code do not change the pipeline's results.
_NOT_ANALYSIS = {"linking.py", "datelines.py", "store.py", "schema.py", "ingestion.py", "query.py", "cli.py", "demo.py"}


def analysis_fingerprint() -> str:
    """A hash of the package's analysis code and data, so that a cache of results is used only with the
    code that produced it."""
    digest = hashlib.sha256()
    package = REPO / "src" / "newsevents"
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if not path.is_file() or path.suffix not in {".py", ".tsv", ".json", ".txt"} or relative.parts[0] in {"exporters", "web"}:
            continue
        if path.name in _NOT_ANALYSIS and len(relative.parts) == 1:
            continue
        digest.update(str(relative).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class CachedPipeline:
    """The project's pipeline, its results kept in a JSON Lines file keyed by article id, text and the
    analysis code's fingerprint: ingest calls `analyse_many` as usual and gets exactly what this
    pipeline gives for the same article."""

    def __init__(self, cache: Path | None) -> None:
        self.path = cache
        self.results: dict[tuple[str, str], str] = {}
        self._pipeline = None
        self.analysed = 0
        self.fingerprint = analysis_fingerprint()
        if cache is not None and cache.exists():
            for line in cache.read_text(encoding="utf-8").splitlines():
                key, _, value = line.partition("\t")
                article_id, _, digest = key.partition("\x1f")
                self.results[(article_id, digest)] = value

    def _digest(self, text: str) -> str:
        from newsevents.ids import content_hash

        return f"{content_hash(text)}-{self.fingerprint}"

    def analyse_many(self, articles, batch_size: int = 16):  # type: ignore[no-untyped-def]
        from newsevents.errors import AnalysisError
        from newsevents.pipeline import Pipeline

        articles = list(articles)
        missing = [a for a in articles if (a.id, self._digest(a.text)) not in self.results]
        if missing:
            self._pipeline = self._pipeline or Pipeline()
            fresh = []
            for article, result in zip(missing, self._pipeline.analyse_many(missing, batch_size), strict=True):
                if isinstance(result, AnalysisError):
                    continue
                key = (article.id, self._digest(article.text))
                self.results[key] = result.model_dump_json()
                fresh.append(f"{key[0]}\x1f{key[1]}\t{self.results[key]}\n")
                self.analysed += 1
            if self.path is not None and fresh:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.path, "a", encoding="utf-8") as handle:
                    handle.writelines(fresh)
        for article in articles:
            value = self.results.get((article.id, self._digest(article.text)))
            if value is None:
                yield AnalysisError(f"analysis of {article.id} failed")
                continue
            result = ArticleResult.model_validate_json(value)
            yield result.model_copy(update={"article": article})


@dataclass
class Outcome:
    clusters: dict[str, str]  # article id -> story id (copies: their original's story)
    copies: int
    seconds_linking: float
    articles: int
    stories: list[dict]


def run(items: list[Article], pipeline: CachedPipeline, batch: int, folder: Path) -> Outcome:
    """Ingest `items` in this order, `batch` articles a run (linking at the end of each run, as ingest
    does), and read the stories back."""
    from newsevents import ingestion, linking
    from newsevents.store import Store

    db = folder / "stories.duckdb"
    if db.exists():
        db.unlink()
    spent = 0.0
    real_link = linking.link_articles

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal spent
        start = time.perf_counter()
        try:
            return real_link(*args, **kwargs)
        finally:
            spent += time.perf_counter() - start

    ingestion.link_articles = timed
    try:
        with Store(db) as store:
            for i in range(0, len(items), batch):
                source = folder / f"run-{i // batch:04d}.jsonl"
                with open(source, "w", encoding="utf-8") as handle:
                    handle.writelines(a.model_dump_json(exclude_none=True) + "\n" for a in items[i : i + batch])
                report = ingestion.Ingester(store, pipeline).run([str(source)])
                if report.errors:
                    print(f"run {i // batch}: {report.errors} errors: {report.problems[:3]}", file=sys.stderr)
                source.unlink()
            stories = linking.list_stories(store)
            copies = store.con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    finally:
        ingestion.link_articles = real_link
    clusters = {aid: story["id"] for story in stories for aid in story["article_ids"]}
    linked = len(items) - copies
    return Outcome(clusters, copies, spent, linked, stories)


def bcubed(clusters: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against the gold one (articles missing from
    `clusters` count as singletons)."""
    members: dict[str, set[str]] = defaultdict(set)
    golds: dict[str, set[str]] = defaultdict(set)
    for item, label in gold.items():
        members[clusters.get(item, "single:" + item)].add(item)
        golds[label].add(item)
    precision = recall = 0.0
    for item, label in gold.items():
        mine = members[clusters.get(item, "single:" + item)]
        both = len(mine & golds[label])
        precision += both / len(mine)
        recall += both / len(golds[label])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def demo_corpus() -> tuple[list[Article], dict[str, str]]:
    """The demo corpus in publication order, and its stories (S1-S7; every other article a story of its own)."""
    from newsevents.readers import read_sources

    src = REPO / "examples" / "corpus"
    labels = {}
    for path in sorted((src / "src").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            labels[record["id"]] = record.get("story") or record["id"]
    items = [o.article for o in read_sources([str(src / "jsonl" / "corpus.jsonl")]) if o.article is not None]
    items.sort(key=lambda a: (a.published or date.min, a.id))
    return items, labels


def report(name: str, outcome: Outcome, gold: dict[str, str], errors: int) -> tuple[float, float, float]:
    p, r, f = bcubed(outcome.clusters, gold)
    per = outcome.seconds_linking / max(1, outcome.articles) * 1000
    print(f"{name}: B-cubed P {p:.4f} R {r:.4f} F1 {f:.4f}; {len(set(outcome.clusters.values()))} stories "
          f"(gold {len(set(gold.values()))}), {outcome.copies} stored as copies; linking {per:.1f} ms/article")
    if errors:
        gold_members: dict[str, set[str]] = defaultdict(set)
        for item, label in gold.items():
            gold_members[label].add(item)
        by_story: dict[str, list[str]] = defaultdict(list)
        for item, story in outcome.clusters.items():
            by_story[story].append(item)
        mixed = [(story, items) for story, items in by_story.items() if len({gold[i] for i in items}) > 1]
        print(f"  {len(mixed)} stories mix gold events:")
        for story, items in sorted(mixed, key=lambda s: -len(s[1]))[:errors]:
            print(f"    {story}: " + ", ".join(f"{g} x{n}" for g, n in Counter(gold[i] for i in items).most_common()))
        split = {g: Counter(outcome.clusters.get(i, i) for i in members) for g, members in gold_members.items()}
        split = {g: c for g, c in split.items() if len(c) > 1}
        print(f"  {len(split)} gold events split:")
        for g, c in sorted(split.items(), key=lambda kv: -sum(kv[1].values()))[:errors]:
            print(f"    {g}: " + " + ".join(str(n) for n in sorted(c.values(), reverse=True)))
    return p, r, f


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="keep the pipeline's results in this file between runs")
    parser.add_argument("--batch", type=int, default=10, help="articles per ingest run (linking runs after each)")
    parser.add_argument("--shuffles", type=int, default=2, help="shuffled orders to run besides the fixed one")
    parser.add_argument("--errors", type=int, default=0, help="list this many mixed and split stories")
    parser.add_argument("--window", type=int, help="link with this time window in days instead of linking.WINDOW_DAYS")
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()
    if args.window is not None:
        from newsevents import linking

        if args.update_floors:
            parser.error("--update-floors measures the shipped window; leave --window out")
        linking.WINDOW_DAYS = args.window
    pipeline = CachedPipeline(args.cache)
    items = articles(dev_data() / "stories" / "ECBplus")
    gold = {a.id: gold_event(a.id) for a in items}
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"ECB+: {len(items)} documents, {len(set(gold.values()))} specific events, {args.batch} documents a run")
        p, r, f = report("fixed order", run(items, pipeline, args.batch, folder), gold, args.errors)
        results.update({"stories.ecbplus.precision": p, "stories.ecbplus.recall": r, "stories.ecbplus.f1": f})
        shuffled = []
        for seed in range(1, args.shuffles + 1):
            order = list(items)
            random.Random(seed).shuffle(order)
            shuffled.append(report(f"shuffled (seed {seed})", run(order, pipeline, args.batch, folder), gold, 0))
        if shuffled:
            mean = [sum(x[i] for x in shuffled) / len(shuffled) for i in range(3)]
            low = min(x[2] for x in shuffled)
            print(f"shuffled, mean of {len(shuffled)}: P {mean[0]:.4f} R {mean[1]:.4f} F1 {mean[2]:.4f} (lowest F1 {low:.4f})")
            results["stories.ecbplus.f1_shuffled_min"] = low
        demo, labels = demo_corpus()
        outcome = run(demo, pipeline, args.batch, folder)
        p, r, f = report(f"demo corpus ({len(demo)} articles, publication order)", outcome, labels, args.errors)
        results.update({"stories.demo.f1": f})
    if pipeline.analysed:
        print(f"({pipeline.analysed} documents analysed by the pipeline" + (f", kept in {args.cache})" if args.cache else ")"))
    return check_floors(results, args.update_floors)


if __name__ == "__main__":
    sys.exit(main())
