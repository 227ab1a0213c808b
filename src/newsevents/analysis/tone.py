"""Tone: the outlet's own attitude towards each actor, from the sentences that mention it.

Every entity mention outside the content of direct and partial quotes (those are the speaker's
words, not the outlet's) is scored by a linear model over features of the spaCy parse around
it, and an entity's tone is the mean over those mentions.

Features of one target mention (all from the sentence it is in):
- the sentence's words (lemmas; names as their entity type, numbers as <NUM>);
- the words around the target by side and distance, and the words near it in the dependency
  tree by tree distance;
- the target's own dependency relation and head, the verb that governs it with the target's
  role ("nsubj:crush" and "dobj:crush" pull opposite ways), that verb's negation and other
  dependents, the target's own modifiers, appositions and what it is the possessor of;
- for every word of the polarity lexicon in the sentence: its sign conjoined with the shape
  of the dependency path from the target, its tree and linear distance, whether it lies inside
  quotation marks and whether it is nearer to the target or to another name; and summed
  lexicon valences by tree distance, window, subtree and the governing verb's clause (a negator
  among the three words before a word, or a `neg` dependent, flips and damps its valence);
- dense: the parser's own token vectors (`doc.tensor`, en_core_web_sm's tok2vec, computed by
  the parse anyway) averaged over the target, at its head, over the words within three of it
  and over the sentence.

The model is a multinomial logistic regression trained by `benchmarks/train_tone.py` on
NewsMTSC's training set; its weights and the lexicon live in `data/tone_model.npz` and are read
once per process. Scoring is numpy and pure Python: no model inference beyond the parse the
pipeline already made. The polarity lexicon is VADER's (vaderSentiment, C.J. Hutto, MIT
licence), its single-word entries, shipped inside the weights file. The features of a
sentence's tokens are read once per doc (`Doc.to_array`) and shared by all its mentions.

A mention's score is P(positive) - P(negative). An entity's probabilities are the mean of its
mentions' probabilities; its label is the most probable class of that mean (so one mention is
labelled exactly as the benchmark scores it), and its score the mean P(positive) - P(negative).
"""

from __future__ import annotations

import zlib
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
)
from spacy.tokens import Doc, Span

from ..model import Entity, Mention, Quote, Tone
from ..pipeline import AnalysisState, register_component
from .tone_minilm import chosen_tone_model, load_minilm_tone_model

LABELS = ("negative", "neutral", "positive")
MODEL_FILE = "data/tone_model.npz"

_NEGATORS = frozenset({"not", "n't", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without",
                       "hardly", "barely", "cannot", "nowhere", "ca", "wo", "lack", "fail"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "``", "''", "«", "»"})
_KEEP_PUNCT = frozenset({"!", "?", '"', "“", "”"})
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_VERBAL = frozenset({"VERB", "AUX"})
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss"})
_ATTRS = [ORTH, LOWER, LEMMA, POS, DEP, ENT_TYPE, IS_PUNCT, LIKE_NUM, IS_SPACE]
# Quote kinds whose content is the speaker's own wording.
SPEAKER_VOICE = frozenset({"direct", "partial"})
# The width of the parser's token vectors (en_core_web_sm's tok2vec) and the factor they are
# scaled by; four of them make the dense features.
TENSOR_WIDTH = 96
DENSE_SCALE = 0.3
DENSE_WIDTH = 4 * TENSOR_WIDTH


class TargetFeatures(NamedTuple):
    sentence: dict[str, float]  # shared by every target of the sentence
    target: dict[str, float]
    dense: np.ndarray | None  # DENSE_WIDTH values, or None when the doc has no tensor


def _bucket_linear(distance: int) -> str:
    return "1" if distance == 1 else "2" if distance <= 3 else "4" if distance <= 6 else ""


def _bucket_tree(distance: int) -> str:
    return "1" if distance == 1 else "2" if distance == 2 else "3" if distance <= 4 else ""


def _sign(value: float) -> str:
    return "+" if value > 0 else "-"


class _DocTable:
    """The token attributes of a whole doc, read once through `Doc.to_array`, as lists."""

    __slots__ = ("blank", "dep", "ent", "head", "lemma", "like_num", "lower", "orth", "pos", "punct")

    def __init__(self, doc: Doc) -> None:
        array = doc.to_array(_ATTRS)
        strings = doc.vocab.strings
        known = {key: strings[key] for key in set(array[:, :6].ravel().tolist())}
        known[0] = ""
        orth, lower, lemma, pos, dep, ent, punct, like_num, space = array.T.tolist()
        self.orth = [known[k] for k in orth]
        self.lower = [known[k] for k in lower]
        lemmas = {k: known[k].lower() for k in set(lemma)}
        self.lemma = [lemmas[k] for k in lemma]
        self.pos = [known[k] for k in pos]
        self.dep = [known[k] for k in dep]
        self.ent = [known[k] for k in ent]
        self.punct = [bool(k) for k in punct]
        self.like_num = like_num
        self.blank = [bool(a or b) for a, b in zip(punct, space, strict=True)]
        self.head = doc.to_array([HEAD]).astype(np.int64).ravel().tolist()  # signed offsets


class _Sentence:
    """What every target of one sentence shares: words, lexicon values, the tree, quotes."""

    __slots__ = ("_chains", "bag", "blank", "children", "deps", "heads", "kinds", "lemmas", "names", "offset",
                 "punct", "quoted", "skip", "values", "vector", "verbal", "words")

    def __init__(self, sent: Span, lexicon: dict[str, float], table: _DocTable) -> None:
        start, end = sent.start, sent.end
        self.offset = start
        tensor = sent.doc.tensor
        self.vector = (tensor[start:end].mean(axis=0)
                       if getattr(tensor, "shape", (0, 0)) == (len(sent.doc), TENSOR_WIDTH) else None)
        orths, lowers, lemmas = table.orth[start:end], table.lower[start:end], table.lemma[start:end]
        tags, deps, ents = table.pos[start:end], table.dep[start:end], table.ent[start:end]
        punct = table.punct[start:end]
        n = len(orths)
        heads = [i + h for i, h in enumerate(table.head[start:end])]
        named = [e in _NAME_TYPES and t == "PROPN" for e, t in zip(ents, tags, strict=True)]
        words = ["<" + e + ">" if m else "<NUM>" if num else lemma
                 for e, m, num, lemma in zip(ents, named, table.like_num[start:end], lemmas, strict=True)]
        self.words, self.lemmas, self.deps, self.heads, self.punct = words, lemmas, deps, heads, punct
        self.kinds = [e or t for e, t in zip(ents, tags, strict=True)]
        self.verbal = [t in _VERBAL for t in tags]
        self.blank = table.blank[start:end]
        skip = self.skip = [p and o not in _KEEP_PUNCT for p, o in zip(punct, orths, strict=True)]
        quoted = [False] * n
        if not _QUOTE_MARKS.isdisjoint(orths):
            inside = False
            for i, text in enumerate(orths):
                if text in _QUOTE_MARKS:
                    inside = not inside
                else:
                    quoted[i] = inside
        self.quoted = quoted
        # Tokens that stand for some other actor: names and personal pronouns.
        self.names = [i for i in range(n) if named[i] or (tags[i] == "PRON" and deps[i] in _ACTOR_DEPS)]
        children: list[list[int]] = [[] for _ in range(n)]
        negated = [False] * n
        for i, head in enumerate(heads):
            if head != i:
                children[head].append(i)
                if deps[i] == "neg":
                    negated[head] = True
        self.children = children
        values = [0.0] * n
        get = lexicon.get
        for i, lower in enumerate(lowers):
            value = get(lower)
            if value is None:
                value = get(words[i])
            if not value or lower in _NEGATORS:
                continue
            # VADER's rule: a negator among the three words before flips and damps a word.
            for back in range(max(0, i - 3), i):
                if lowers[back] in _NEGATORS:
                    value = -0.74 * value
                    break
            if negated[i]:
                value = -0.74 * value
            values[i] = value
        self.values = values
        self._chains: dict[int, list[int]] = {}
        bag = {"b:" + w for w, s in zip(words, skip, strict=True) if not s}
        self.bag: dict[str, float] = dict.fromkeys(bag, 1.0)
        self.bag["LX:sent+"] = sum(v for v in values if v > 0) / 4
        self.bag["LX:sent-"] = sum(v for v in values if v < 0) / 4

    def chain(self, i: int) -> list[int]:
        """The token and its ancestors up to the root."""
        chain = self._chains.get(i)
        if chain is None:
            heads = self.heads
            chain = [i]
            node = i
            while heads[node] != node and len(chain) < 40:
                node = heads[node]
                chain.append(node)
            self._chains[i] = chain
        return chain

    def tree_distances(self, sources: Iterable[int]) -> list[int]:
        """Each token's distance in the dependency tree from the nearest of `sources`."""
        far = 99
        distance = [far] * len(self.words)
        frontier = list(sources)
        for node in frontier:
            distance[node] = 0
        heads, children = self.heads, self.children
        while frontier:
            following = []
            for node in frontier:
                step = distance[node] + 1
                head = heads[node]
                if distance[head] == far:
                    distance[head] = step
                    following.append(head)
                for child in children[node]:
                    if distance[child] == far:
                        distance[child] = step
                        following.append(child)
            frontier = following
        return distance

    def path(self, a: int, b: int) -> tuple[int, int, int]:
        """(steps up from a, steps down to b, lowest common ancestor) between tokens a and b."""
        positions = {node: k for k, node in enumerate(self.chain(b))}
        for up, node in enumerate(self.chain(a)):
            down = positions.get(node)
            if down is not None:
                return up, down, node
        return 99, 99, -1

    def span_root(self, low: int, high: int) -> int:
        """The root of tokens low..high as spaCy's `Span.root` finds it: the sentence root if
        there, else of the tokens whose head lies outside, the one nearest the sentence root
        (childless punctuation and spaces last; the first among equals)."""
        heads = self.heads
        for t in range(low, high + 1):
            if heads[t] == t:
                return t
        best, root = len(self.words), -1
        for t in range(low, high + 1):
            if low <= heads[t] <= high:
                continue
            depth = len(self.words) - 1 if self.blank[t] and not self.children[t] else len(self.chain(t)) - 1
            if depth < best:
                best, root = depth, t
        return low if root < 0 else root

    def subtree(self, i: int) -> list[int]:
        found = [i]
        children = self.children
        for node in found:
            found.extend(children[node])
        return found


def _path_shape(sentence: _Sentence, source: int, target: int, up: int, down: int) -> str:
    """The dependency labels from `source` up to the common ancestor, then down to `target`
    ("nsubj^" + "dobj"), or '' when the path is long."""
    if up > 2 or down > 2:
        return ""
    deps = sentence.deps
    chain_a = sentence.chain(source)
    chain_b = sentence.chain(target)
    ups = [deps[chain_a[k]] for k in range(up)]
    downs = [deps[chain_b[k]] for k in range(down - 1, -1, -1)]
    return "/".join(ups) + "^" + "/".join(downs)


def _token_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The tokens [first, last) that the character span [start, end) touches."""
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None:
        return 0, 0
    return first.start, first.end


def target_features(doc: Doc, start: int, end: int, lexicon: dict[str, float],
                    memo: dict[int, Any] | None = None) -> TargetFeatures | None:
    """The features of the mention at character span [start, end) of `doc`: those shared by the
    whole sentence, those of this target, and the dense ones. None when the span covers no token.
    `memo`, kept between the calls on one doc, holds what the targets of a sentence share."""
    low_token, high_token = _token_range(doc, start, end)
    if high_token <= low_token:
        return None
    if memo is None:
        memo = {}
    sent = doc[low_token].sent
    sentence = memo.get(sent.start)
    if sentence is None:
        table = memo.get(-1)
        if table is None:
            table = memo[-1] = _DocTable(doc)
        sentence = memo[sent.start] = _Sentence(sent, lexicon, table)
    offset = sentence.offset
    low, high = low_token - offset, min(high_token, sent.end) - offset - 1
    words, lemmas, deps, heads, values = sentence.words, sentence.lemmas, sentence.deps, sentence.heads, sentence.values
    punct, children, verbal = sentence.punct, sentence.children, sentence.verbal
    root = sentence.span_root(low, high)
    f: dict[str, float] = {}

    # The target's place in the tree.
    head = heads[root]
    dep = deps[root]
    f["dep:" + dep] = 1.0
    f["hd:" + dep + ":" + lemmas[head]] = 1.0
    if heads[head] != head:
        f["hh:" + deps[head] + ":" + lemmas[heads[head]]] = 1.0
    f["tt:" + sentence.kinds[root]] = 1.0
    if low == 0 or (low == 1 and punct[0]):
        f["first"] = 1.0
    if sentence.quoted[root]:
        f["inquote"] = 1.0
    if dep == "poss":
        f["possof:" + lemmas[head]] = 1.0
        if values[head]:
            f["possof" + _sign(values[head])] = 1.0
    # The governing verb and the target's role under it.
    role, node, steps = dep, root, 0
    while not verbal[node] and heads[node] != node and steps < 4:
        if deps[node] == "pobj":
            role = "p_" + lemmas[heads[node]]
        elif deps[node] not in ("prep", "compound", "appos", "conj", "cc"):
            role = deps[node]
        node = heads[node]
        steps += 1
    verb = node if node != root else -2
    if verb >= 0:
        f["gv:" + role + ":" + lemmas[verb]] = 1.0
        f["gvr:" + role] = 1.0
        if values[verb]:
            f["gvl:" + role + ":" + _sign(values[verb])] = 1.0
        if any(deps[c] == "neg" for c in children[verb]):
            f["gvneg:" + role] = 1.0
        for c in children[verb]:
            if low <= c <= high or punct[c] or deps[c] in ("neg", "aux", "det", "punct"):
                continue
            f["gvc:" + role + ":" + deps[c] + ":" + words[c]] = 1.0
            if values[c]:
                f["gvcl:" + role + ":" + deps[c] + _sign(values[c])] = 1.0
        if deps[verb] in ("ccomp", "xcomp", "advcl", "relcl", "conj"):
            f["gvup:" + deps[verb] + ":" + lemmas[heads[verb]]] = 1.0
    # The target's own modifiers and appositions.
    for t in sentence.subtree(root):
        if not low <= t <= high and not punct[t]:
            f["mod:" + words[t]] = 1.0
    for c in children[root]:
        if deps[c] in ("appos", "amod", "relcl", "acl"):
            f["ch:" + deps[c] + ":" + words[c]] = 1.0

    # Words by linear and tree distance; lexicon words by path, distance, voice and nearness.
    sums: dict[str, float] = {}
    others = [n for n in sentence.names if not low <= n <= high]
    others_distance: list[int] | None = None
    skip = sentence.skip
    distances = sentence.tree_distances([root])
    for t in range(len(words)):
        if skip[t] or low <= t <= high:
            continue
        word = words[t]
        if t < low:
            side, linear = "L", low - t
        else:
            side, linear = "R", t - high
        lb = _bucket_linear(linear)
        if lb:
            f["w" + side + lb + ":" + word] = 1.0
        tree = distances[t]
        tb = _bucket_tree(tree)
        if tb:
            f["t" + tb + ":" + word] = 1.0
        value = values[t]
        if not value:
            continue
        sign = _sign(value)
        scaled = value / 4
        up, down, common = sentence.path(root, t)
        shape = _path_shape(sentence, root, t, up, down)
        if shape:
            f["lp:" + shape + sign] = 1.0
        f["lt" + (tb or "5") + sign] = 1.0
        if lb:
            f["ll" + side + lb + sign] = 1.0
        if sentence.quoted[t]:
            f["lq" + sign] = 1.0
        if others:
            if others_distance is None:
                others_distance = sentence.tree_distances(others)
            nearest = others_distance[t]
            f[("lown" if tree < nearest else "loth" if tree > nearest else "ltie") + sign] = 1.0
        key = "LX:t" + (tb or "5") + sign
        sums[key] = sums.get(key, 0.0) + scaled
        if linear <= 3:
            key = "LX:w3" + sign
            sums[key] = sums.get(key, 0.0) + scaled
        if common == verb and tree <= 4:
            key = "LX:clause" + sign
            sums[key] = sums.get(key, 0.0) + scaled
        if common == root:
            key = "LX:sub" + sign
            sums[key] = sums.get(key, 0.0) + scaled
    f.update(sums)
    f["bias"] = 1.0
    return TargetFeatures(sentence.bag, f, _dense(doc, low + offset, high + offset + 1, heads[root] + offset, sentence))


def _dense(doc: Doc, start: int, end: int, head: int, sentence: _Sentence) -> np.ndarray | None:
    """The parser's own token vectors (doc.tensor, tok2vec) of the target, its head, the words
    within three of it and the sentence, scaled; None when the doc carries no tensor."""
    if sentence.vector is None:
        return None
    tensor = doc.tensor
    low = max(sentence.offset, start - 3)
    high = min(sentence.offset + len(sentence.words), end + 3)
    return np.concatenate((tensor[start:end].sum(axis=0) / (end - start), tensor[head],
                           tensor[low:high].sum(axis=0) / (high - low), sentence.vector)) * DENSE_SCALE


_KNOWN_LIMIT = 500_000


def feature_key(name: str) -> int:
    """The stable 32-bit key a feature's weights are stored under."""
    return zlib.crc32(name.encode("utf-8"))


class ToneModel:
    """The trained weights: a row of three class weights per known feature key."""

    def __init__(self, keys: np.ndarray, weights: np.ndarray, dense_weights: np.ndarray, intercept: np.ndarray,
                 lexicon: dict[str, float]) -> None:
        self.rows = {int(k): i for i, k in enumerate(keys.tolist())}
        self.weights = np.asarray(weights, dtype=np.float32)
        self.dense_weights = np.asarray(dense_weights, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.lexicon = lexicon
        self.known: dict[str, int] = {}  # feature name -> row (-1: not in the model)

    @classmethod
    def load(cls, path: str | None = None) -> ToneModel:
        source = Path(path) if path else resources.files("newsevents").joinpath(MODEL_FILE)
        with source.open("rb") as handle, np.load(handle, allow_pickle=False) as data:
            lexicon = dict(zip(data["lexicon_words"].tolist(), data["lexicon_values"].astype(float).tolist(), strict=True))
            return cls(data["keys"], data["weights"], data["dense_weights"], data["intercept"], lexicon)

    def _logits(self, features: dict[str, float]) -> np.ndarray:
        rows, values = [], []
        known = self.known
        if len(known) > _KNOWN_LIMIT:
            known.clear()
        for name, value in features.items():
            row = known.get(name)
            if row is None:
                row = known[name] = self.rows.get(feature_key(name), -1)
            if row >= 0 and value:
                rows.append(row)
                values.append(value)
        if not rows:
            return np.zeros(3, dtype=np.float32)
        return np.asarray(values, dtype=np.float32) @ self.weights[rows]

    def probabilities(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """Class probabilities (negative, neutral, positive), one row per character span; a
        span that covers no token gets the neutral row (0, 1, 0)."""
        out = np.zeros((len(spans), 3), dtype=np.float64)
        memo: dict[int, Any] = {}
        shared: dict[int, np.ndarray] = {}
        for n, (start, end) in enumerate(spans):
            found = target_features(doc, start, end, self.lexicon, memo)
            if found is None:
                out[n] = (0.0, 1.0, 0.0)
                continue
            bag, own, dense = found
            key = id(bag)
            base = shared.get(key)
            if base is None:
                base = shared[key] = self._logits(bag)
            logits = base + self._logits(own) + self.intercept
            if dense is not None:
                logits = logits + dense.astype(np.float32) @ self.dense_weights
            logits = logits - logits.max()
            exp = np.exp(logits)
            out[n] = exp / exp.sum()
        return out


class TargetScorer(Protocol):
    """What scores target spans: `ToneModel` here, `tone_minilm.MiniLMToneModel`."""

    def probabilities(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> np.ndarray: ...


@cache
def load_tone_model() -> ToneModel:
    return ToneModel.load()


def target_probabilities(doc: Doc, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """(negative, neutral, positive) probabilities of the targets at `spans` (character offsets
    into doc.text), from the shipped model."""
    return load_tone_model().probabilities(doc, spans)


def score_targets(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[float]:
    """A score in [-1, 1] per target span: P(positive) - P(negative)."""
    probabilities = target_probabilities(doc, spans)
    return [float(p[2] - p[0]) for p in probabilities]


def label_of(probabilities: Sequence[float]) -> str:
    return LABELS[int(np.argmax(probabilities))]


def speaker_spans(quotes: Iterable[Quote]) -> list[tuple[int, int]]:
    """The content spans of the direct and partial quotes, sorted and merged."""
    spans = sorted((q.content.start, q.content.end) for q in quotes if q.kind in SPEAKER_VOICE)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def outlet_mentions(entity: Entity, quotes: Iterable[Quote]) -> list[Mention]:
    """The entity's mentions in the outlet's own voice: those not inside the content of a direct
    or partial quote (a mention overlapping such content counts as inside it)."""
    return _outside(entity.mentions, speaker_spans(quotes))


def _outside(mentions: Iterable[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that overlap none of `spans` (sorted, not overlapping one another)."""
    starts = [start for start, _ in spans]
    kept = []
    for mention in mentions:
        k = bisect_right(starts, mention.start) - 1  # the last span starting at or before it
        inside = any(0 <= j < len(spans) and spans[j][0] < mention.end and mention.start < spans[j][1]
                     for j in (k, k + 1))
        if not inside:
            kept.append(mention)
    return kept


def entity_tones(doc: Doc, entities: Sequence[Entity], quotes: Iterable[Quote],
                 model: TargetScorer | None = None) -> list[Tone]:
    """One Tone per entity with at least one mention in the outlet's voice, in entity order: the
    mean of its mentions' class probabilities gives the label (the most probable class) and the
    score (mean P(positive) - mean P(negative)); `mentions` counts the mentions scored. `model` is
    the linear `ToneModel` (the default) or `tone_minilm.MiniLMToneModel`."""
    model = model or load_tone_model()
    spans = speaker_spans(quotes)
    kept = [(entity, _outside(entity.mentions, spans)) for entity in entities]
    flat = [(m.start, m.end) for _, mentions in kept for m in mentions]
    probabilities = model.probabilities(doc, flat) if flat else np.zeros((0, 3))
    tones = []
    position = 0
    for entity, mentions in kept:
        if not mentions:
            continue
        mean = probabilities[position:position + len(mentions)].mean(axis=0)
        position += len(mentions)
        score = max(-1.0, min(1.0, round(float(mean[2] - mean[0]), 4)))
        tones.append(Tone(entity=entity.id, score=score, label=label_of(mean), mentions=len(mentions)))  # type: ignore[arg-type]
    return tones


class ToneScorer:
    """The `tone` component: the contract's `tone`, one record per entity the outlet mentions,
    from the linear model or, when NEWSEVENTS_TONE_MODEL=minilm, the transformer one (read at
    each article, so a process that changes the setting gets the model it asked for)."""

    def __init__(self) -> None:
        self.models: dict[str, TargetScorer] = {}
        self.model_for_setting()

    def model_for_setting(self) -> TargetScorer:
        name = chosen_tone_model()
        model = self.models.get(name)
        if model is None:
            model = self.models[name] = load_minilm_tone_model() if name == "minilm" else load_tone_model()
        return model

    def __call__(self, state: AnalysisState) -> None:
        model = self.model_for_setting()
        state.result.tone = entity_tones(state.doc, state.result.entities, state.result.quotes, model)


register_component("tone", assigns=("tone",), requires=("doc", "entities", "quotes"))(ToneScorer)
