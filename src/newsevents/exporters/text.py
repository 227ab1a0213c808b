"""Sentence numbers and the lead paragraph of an article's text, for GDELT's SentenceID and
IsRootEvent and ICEWS's Sentence Number.

The store keeps each event's sentence (its evidence span) but not the article's full sentence
segmentation, and the exporters do not load the spaCy model, so sentences are counted with a rule:
a blank line; a line break, unless after a lower-case letter or a comma (a line wrapped
mid-sentence); or . ! ? (and any closing quotes or brackets) followed by white space and a capital,
digit or opening quote, unless the word before the full stop is a common abbreviation or an
initial. The number can differ from the parser's on unusual punctuation; it is 1-based.
"""

from __future__ import annotations

import bisect
import re

_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+\s*")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_WRAPPED = re.compile(r"[a-z,;:\-]\s*$")
ABBREVIATIONS = frozenset([
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Gen", "Lt", "Col", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Maj",
    "Sgt", "Cpl", "Pvt", "Rep", "Sen", "Gov", "Pres", "Amb", "Sec", "St", "Mt", "Ft", "Jr", "Sr", "No",
    "Nos", "Vol", "Inc", "Corp", "Ltd", "Co", "Bros", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "U.S", "U.N", "U.K", "E.U", "U.S.A", "D.C"
])
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")


def sentence_starts(text: str) -> list[int]:
    """Character offsets at which the text's sentences start (the first is always 0)."""
    starts = [0]
    for match in _BOUNDARY.finditer(text):
        gap = match.group()
        before = match.start()
        if gap.startswith("\n") and gap.count("\n") == 1 and _WRAPPED.search(text, max(0, before - 3), before):
            continue  # a line wrapped mid-sentence
        if gap.startswith("."):
            word = _WORD_BEFORE.search(text, max(0, before - 12), before)
            token = word.group(1) if word else ""
            if token in ABBREVIATIONS or (len(token) == 1 and token.isupper()):
                continue
        if match.end() < len(text) and match.end() > starts[-1]:
            starts.append(match.end())
    return starts


def sentence_number(starts: list[int], offset: int) -> int:
    """The 1-based number of the sentence holding `offset`."""
    return max(1, bisect.bisect_right(starts, offset))


def lead_paragraph(text: str) -> tuple[int, int]:
    """Start and end of the lead paragraph: the first paragraph (blank-line separated) that ends like
    a sentence, which skips a dateline and a headline; the first paragraph if none does."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    if not spans:
        return (0, len(text))
    for start, end in spans:
        if _SENTENCE_END.search(text[start:end]):
            return (start, end)
    return spans[0]
