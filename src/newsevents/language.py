"""Language identification (py3langid, loaded once per process).

Analysis models are English; an article in another language is stored but not analysed.
"""

from __future__ import annotations

from functools import lru_cache

SUPPORTED_LANGUAGES = frozenset({"en"})
_SAMPLE_CHARS = 3000


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    code, _probability = _identifier().classify(sample)
    return code
