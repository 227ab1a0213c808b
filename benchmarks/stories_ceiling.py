"""How far story linking's similarity can go on ECB+: an offline clustering with the threshold chosen on the gold.

    .venv/bin/python benchmarks/stories_ceiling.py [--cache FILE] [--windows 30,60,0] [--linkage average|complete]
        [--embeddings W]

Story linking is incremental and greedy: each article joins the best story linked before it. This script
asks what the same similarity would give with neither limit. The ECB+ documents are ingested as
`benchmarks/stories.py` ingests them (same cache). Every pair of stored original articles is then scored the
way linking scores an article against a story: `TEXT_WEIGHT` x the cosine of their TF-IDF word vectors plus
the rest x the cosine of their name vectors, with IDF over the whole collection.

The articles are clustered by average link (or complete link), bottom up over the whole collection at once. Two clusters may
merge only when their dated articles lie within the window of each other, the same rule linking applies; a
window of 0 means no time rule. B-cubed F1 is taken at every threshold of a grid, and the best one is
reported, together with its threshold. That threshold is chosen on the gold itself, so the figure is an
upper bound for this similarity and this clustering, not a result to publish as accuracy.

`--embeddings W` mixes in the cosine of MiniLM sentence embeddings (mean of the token states of the
first 256 tokens), weight W. It needs the `transformer` extra.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

import numpy as np
from common import dev_data
from stories import CachedPipeline, articles, bcubed, gold_event, run

from newsevents import linking
from newsevents.store import Store

GRID = [round(0.04 + 0.02 * k, 2) for k in range(24)]  # 0.04 .. 0.50
NOT_ALLOWED = -9.0


def unit_rows(vectors: list[dict[str, float]]) -> np.ndarray:
    """Sparse dict vectors (already unit length) as the rows of a dense matrix."""
    columns: dict[str, int] = {}
    for vector in vectors:
        for key in vector:
            columns.setdefault(key, len(columns))
    matrix = np.zeros((len(vectors), max(1, len(columns))))
    for row, vector in enumerate(vectors):
        for key, value in vector.items():
            matrix[row, columns[key]] = value
    return matrix


def similarity(profiles: list[linking.Profile], linker: linking.Linker) -> np.ndarray:
    """Linking's words-and-names similarity for every pair. The name part falls back to the words when
    either article has no names: `Linker.score` falls back only when the incoming article has none, but a
    similarity between two articles has to be symmetric."""
    pairs = [linker.vectors(profile) for profile in profiles]
    words = unit_rows([terms for terms, _ in pairs])
    names = unit_rows([named for _, named in pairs])
    text = words @ words.T
    named = names @ names.T
    has_names = np.array([bool(named) for _, named in pairs])
    named = np.where(np.outer(has_names, has_names), named, text)
    return linking.TEXT_WEIGHT * text + (1 - linking.TEXT_WEIGHT) * named


def embedding_similarity(texts: list[str]) -> np.ndarray:
    import torch

    from newsevents.analysis.tone_minilm import load_minilm_encoder

    tokenizer, model = load_minilm_encoder()
    model.eval()
    rows = []
    with torch.no_grad():
        for start in range(0, len(texts), 16):
            batch = tokenizer(texts[start:start + 16], truncation=True, max_length=256, padding=True, return_tensors="pt")
            states = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            rows.append(torch.nn.functional.normalize((states * mask).sum(1) / mask.sum(1), dim=-1).numpy())
    embedded = np.concatenate(rows)
    return embedded @ embedded.T


def cluster(similar: np.ndarray, days: list[date | None], window: int, grid: list[float],
            method: str = "average") -> dict[float, np.ndarray]:
    """Constrained agglomerative clustering: merge the most similar pair of clusters (average link: the mean
    pairwise similarity; complete link: the least similar pair) while that is above the lowest threshold of
    `grid`; the labels as they stand when the best pair falls below each threshold."""
    n = len(days)
    link = similar.astype(float).copy()  # similarity between clusters, updated as they merge
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    first = np.array([d.toordinal() if d else np.nan for d in days], dtype=float)
    last = first.copy()
    labels = np.arange(n)

    def allowed(i: int) -> np.ndarray:
        # cluster i's dated span within the window of every other's (undated spans always are)
        gap = np.maximum(first - last[i], first[i] - last)
        fits = np.nan_to_num(gap, nan=0.0) <= window if window else np.ones(n, dtype=bool)
        fits &= alive
        fits[i] = False
        return fits

    candidates = np.where(np.array([allowed(i) for i in range(n)]), link, NOT_ALLOWED)
    cuts: dict[float, np.ndarray] = {}
    pending = sorted(grid, reverse=True)
    while pending:
        i, j = np.unravel_index(int(np.argmax(candidates)), candidates.shape)
        best = candidates[i, j]
        while pending and best < pending[0]:
            cuts[pending.pop(0)] = labels.copy()
        if not pending:
            break
        if method == "complete":
            row = np.minimum(link[i], link[j])
        else:
            row = (size[i] * link[i] + size[j] * link[j]) / (size[i] + size[j])
        link[i], link[:, i] = row, row
        size[i] += size[j]
        alive[j] = False
        labels[labels == j] = i
        span = np.array([first[i], first[j], last[i], last[j]])
        if not np.isnan(span).all():
            first[i], last[i] = np.nanmin(span[:2]), np.nanmax(span[2:])
        fits = np.where(allowed(i), link[i], NOT_ALLOWED)
        candidates[i], candidates[:, i] = fits, fits
        candidates[j], candidates[:, j] = NOT_ALLOWED, NOT_ALLOWED
    return cuts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="the analysis cache benchmarks/stories.py keeps")
    parser.add_argument("--windows", default="30,60,0", help="time windows in days, comma-separated (0: no time rule)")
    parser.add_argument("--linkage", choices=("average", "complete"), default="average")
    parser.add_argument("--embeddings", type=float, default=0.0, help="weight of MiniLM embedding cosine (0: none)")
    args = parser.parse_args()
    items = articles(dev_data() / "stories" / "ECBplus")
    gold = {a.id: gold_event(a.id) for a in items}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        run(items, CachedPipeline(args.cache), 10, folder)
        with Store(folder / "stories.duckdb") as store:
            copies = dict(store.con.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall())
            ids = [a.id for a in items if a.id not in copies]
            profiles = linking.load_profiles(store, ids)
            ids = [i for i in ids if i in profiles]
            linker = linking.Linker(store)  # its IDF counts every stored article
            similar = similarity([profiles[i] for i in ids], linker)
            if args.embeddings:
                texts = dict(store.con.execute("SELECT id, text FROM articles").fetchall())
                embedded = embedding_similarity([texts[i] for i in ids])
                similar = (1 - args.embeddings) * similar + args.embeddings * embedded
    days = [profiles[i].day for i in ids]
    print(f"ECB+: {len(ids)} original articles ({len(copies)} copies count in their original's cluster), "
          f"{sum(d is not None for d in days)} dated; {args.linkage} link, embeddings weight {args.embeddings}")
    for window in (int(w) for w in args.windows.split(",")):
        scored = []
        for threshold, labels in cluster(similar, days, window, GRID, args.linkage).items():
            clusters = {i: str(label) for i, label in zip(ids, labels, strict=True)}
            clusters.update({copy: clusters[original] for copy, original in copies.items() if original in clusters})
            scored.append((bcubed(clusters, gold), threshold, len(set(labels))))
        (p, r, f), threshold, count = max(scored, key=lambda s: s[0][2])
        rule = f"window {window} days" if window else "no time rule"
        print(f"{rule}: best B-cubed F1 {f:.4f} (P {p:.4f} R {r:.4f}) at threshold {threshold}, {count} clusters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
