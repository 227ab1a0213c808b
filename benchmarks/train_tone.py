"""Train the tone model (src/newsevents/data/tone_model.npz) on NewsMTSC's training set.

Usage:
    .venv/bin/python benchmarks/train_tone.py [--cv-only] [--parse-cache DIR] [--out PATH]

Data: `tone/NewsMTSC_train.jsonl` of the development data (NewsMTSC, fhamborg/NewsMTSC, MIT
licence), and nothing else: 7,758 sentences, 8,739 target mentions, polarity coded 2.0 negative,
4.0 neutral, 6.0 positive. The held-out `NewsMTSC_devtest_mt.jsonl` is used only by
benchmarks/tone.py.

Each target's features come from `newsevents.analysis.tone.target_features` over the pipeline's
spaCy parse of its sentence; features seen in fewer than --min-count training targets are
dropped. The model is a multinomial logistic regression (scikit-learn, lbfgs, L2). Its
regularisation C and class weighting are chosen by 5-fold cross-validation on the training set,
grouped by source article so that sentences of one article never straddle folds, on macro F1
over the three labels. The final model is fitted on the whole training set with the chosen
setting. scikit-learn is needed here only; the shipped scorer is numpy.

The lexicon shipped in the weights file is VADER's (vaderSentiment package, C.J. Hutto, MIT
licence): its single-word entries.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from common import REPO, dev_data

from newsevents.analysis.tone import DENSE_WIDTH, LABELS, feature_key, target_features

POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC: 2 negative, 4 neutral, 6 positive
OUT = REPO / "src" / "newsevents" / "data" / "tone_model.npz"
C_GRID = (0.02, 0.05, 0.1)
DENSE = "\x00dense"  # the vocabulary name of dense feature i is DENSE + str(i)
CLASS_WEIGHTS = (None, "balanced")


def read_targets(path: Path) -> list[tuple[str, str, list[tuple[int, int, int]]]]:
    """(group, sentence, [(start, end, label)]) per line; the group is the source article."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row["sentence_normalized"]
        targets = [(t["from"], t["to"], POLARITY[float(t["polarity"])]) for t in row["targets"]]
        group = "_".join(row["primary_gid"].split("_")[:3])
        items.append((group, text, targets))
    return items


def vader_lexicon() -> dict[str, float]:
    """VADER's single-word entries (lower-case letters, hyphen and apostrophe) and their valence."""
    from importlib import resources

    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    lexicon = {}
    for line in text.splitlines():
        parts = line.split("\t")
        word = parts[0]
        if len(parts) >= 2 and word[:1].isalpha() and all(c.isalpha() or c in "-'" for c in word) and word == word.lower():
            lexicon[word] = float(np.float32(parts[1]))  # as stored in the weights file
    return lexicon


def vader_licence() -> str:
    """VADER's MIT licence notice, which travels with the lexicon inside the weights file."""
    from importlib.metadata import distribution

    files = distribution("vaderSentiment").files or []
    return next(f for f in files if f.name.upper().startswith("LICENSE")).read_text(encoding="utf-8")


def parse(texts: list[str], cache: Path | None, name: str):  # type: ignore[no-untyped-def]
    from spacy.tokens import DocBin

    from newsevents.nlp import load_model

    nlp = load_model()
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = cache / f"{name}-{nlp.meta['name']}-{nlp.meta['version']}-{key}.spacy" if cache else None
    if path and path.exists():
        # DocBin keeps no tensor: the parser's token vectors are stored beside it.
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        tensors = np.load(path.with_suffix(".tensor.npy"))
        position = 0
        for doc in docs:
            doc.tensor = tensors[position:position + len(doc)]
            position += len(doc)
        return docs
    docs = list(nlp.pipe(texts, batch_size=64))
    if path:
        cache.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(path)
        np.save(path.with_suffix(".tensor.npy"), np.concatenate([doc.tensor for doc in docs]))
    return docs


def featurise(items, docs, lexicon):  # type: ignore[no-untyped-def]
    """Feature dicts, labels and groups, one per target."""
    rows, labels, groups = [], [], []
    for (group, _, targets), doc in zip(items, docs, strict=True):
        cache: dict = {}
        for start, end, label in targets:
            found = target_features(doc, start, end, lexicon, cache)
            features = {} if found is None else {**found.sentence, **found.target}
            if found is not None and found.dense is not None:
                features.update((f"{DENSE}{i}", float(v)) for i, v in enumerate(found.dense))
            rows.append(features)
            labels.append(label)
            groups.append(group)
    return rows, np.array(labels), np.array(groups)


def matrix(rows, vocabulary):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix

    indptr, indices, data = [0], [], []
    for features in rows:
        for name, value in features.items():
            column = vocabulary.get(name)
            if column is not None and value:
                indices.append(column)
                data.append(value)
        indptr.append(len(indices))
    return csr_matrix((np.array(data, dtype=np.float64), np.array(indices), np.array(indptr)),
                      shape=(len(rows), len(vocabulary)))


def build_vocabulary(rows, min_count: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    counts: Counter[str] = Counter(name for features in rows for name in features)
    names = sorted(name for name, n in counts.items() if n >= min_count)
    return {name: i for i, name in enumerate(names)}


def model_for(c: float, class_weight):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, class_weight=class_weight, max_iter=3000, tol=1e-4)


def cross_validate(rows, labels, groups, min_count: int, settings, folds: int = 5):  # type: ignore[no-untyped-def]
    """Macro F1 of each setting, vocabulary built inside each fold."""
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupKFold

    predictions = {setting: np.zeros(len(labels), dtype=int) for setting in settings}
    for train, test in GroupKFold(n_splits=folds).split(rows, labels, groups):
        vocabulary = build_vocabulary([rows[i] for i in train], min_count)
        x_train = matrix([rows[i] for i in train], vocabulary)
        x_test = matrix([rows[i] for i in test], vocabulary)
        for setting in settings:
            model = model_for(*setting).fit(x_train, labels[train])
            predictions[setting][test] = model.predict(x_test)
    return {setting: (f1_score(labels, predicted, average="macro"), predicted) for setting, predicted in predictions.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv-only", action="store_true", help="cross-validate, write nothing")
    parser.add_argument("--parse-cache", type=Path, help="keep the spaCy parses here between runs")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    import sklearn
    from sklearn.metrics import classification_report

    path = dev_data() / "tone" / "NewsMTSC_train.jsonl"
    items = read_targets(path)
    began = time.perf_counter()
    docs = parse([text for _, text, _ in items], args.parse_cache, "NewsMTSC_train")
    lexicon = vader_lexicon()
    rows, labels, groups = featurise(items, docs, lexicon)
    print(f"{path.name}: {len(items)} sentences, {len(labels)} targets "
          f"({', '.join(f'{LABELS[k]} {n}' for k, n in sorted(Counter(labels.tolist()).items()))}); "
          f"parsed and featurised in {time.perf_counter() - began:.0f} s", flush=True)

    settings = [(c, w) for w in CLASS_WEIGHTS for c in C_GRID]
    scores = cross_validate(rows, labels, groups, args.min_count, settings)
    print("5-fold cross-validation on train, grouped by article (macro F1):")
    for (c, weight), (score, _) in scores.items():
        print(f"  C={c:<5} class_weight={weight!s:<9} {score:.4f}")
    best = max(scores, key=lambda s: scores[s][0])
    best_score, predicted = scores[best]
    print(f"chosen: C={best[0]} class_weight={best[1]} (CV macro F1 {best_score:.4f})")
    print(classification_report(labels, predicted, target_names=list(LABELS), digits=3))
    if args.cv_only:
        return 0

    vocabulary = build_vocabulary(rows, args.min_count)
    model = model_for(*best).fit(matrix(rows, vocabulary), labels)
    coef = model.coef_.T.astype(np.float32)  # (features, 3), columns in LABELS order
    dense_weights = np.zeros((DENSE_WIDTH, 3), dtype=np.float32)
    sparse_names, sparse_rows = [], []
    for name, column in vocabulary.items():
        if name.startswith(DENSE):
            dense_weights[int(name[len(DENSE):])] = coef[column]
        else:
            sparse_names.append(name)
            sparse_rows.append(column)
    keys = np.array([feature_key(name) for name in sparse_names], dtype=np.uint32)
    weights = coef[sparse_rows]
    order = np.argsort(keys, kind="stable")
    keys, weights = keys[order], weights[order]
    # Two names with one key: their weights add up (what scoring would do anyway).
    unique, inverse = np.unique(keys, return_inverse=True)
    if len(unique) < len(keys):
        merged = np.zeros((len(unique), 3), dtype=np.float32)
        np.add.at(merged, inverse, weights)
        keys, weights = unique, merged
    keep = np.abs(weights).max(axis=1) >= 1e-4
    keys, weights = keys[keep], weights[keep]
    words = sorted(lexicon)
    meta = {
        "trained_on": "tone/NewsMTSC_train.jsonl",
        "train_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "targets": len(labels),
        "labels": list(LABELS),
        "C": best[0],
        "class_weight": best[1],
        "min_count": args.min_count,
        "cv_macro_f1": round(float(best_score), 4),
        "scikit_learn": sklearn.__version__,
        "lexicon": "VADER (vaderSentiment, C.J. Hutto, MIT licence), single-word entries",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        keys=keys,
        weights=weights.astype(np.float16),
        dense_weights=dense_weights,
        intercept=model.intercept_.astype(np.float32),
        lexicon_words=np.array(words),
        lexicon_values=np.array([lexicon[w] for w in words], dtype=np.float32),
        lexicon_licence=np.array(vader_licence()),
        meta=np.array(json.dumps(meta)),
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, {len(keys)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
