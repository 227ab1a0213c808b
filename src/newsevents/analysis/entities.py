"""Entity layer: spaCy NER mentions of actors, with character offsets, grouped into entities.

Grouping here is deliberately literal: the same normalised name is one entity, and a one-word
person mention joins the person whose full name ends with it ("Kochavi" -> "Aviv Kochavi").
Coding actors (country, sector, CAMEO code, Wikidata) is the actor-resolution component's job.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from spacy.tokens import Token

from ..model import Entity, Mention
from ..pipeline import AnalysisState, register_component

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’])$")
_EDGE_PUNCT = "\"'“”‘’«»()[],.;:-–— \n\t"


DASHES = frozenset({"-", "--", "–", "—"})


def is_spaced_dash(token: Token) -> bool:
    """A dash set off by spaces ("IRNA - Secretary-General"), not a hyphen inside a word."""
    return token.text in DASHES and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a leading article, a possessive and stray punctuation from a mention span."""
    surface = text[start:end]
    while surface and surface[0] in _EDGE_PUNCT:
        start, surface = start + 1, surface[1:]
    while surface and surface[-1] in _EDGE_PUNCT and not surface.endswith("."):
        end, surface = end - 1, surface[:-1]
    match = _LEADING.match(surface)
    if match and len(surface) > match.end():
        start, surface = start + match.end(), surface[match.end():]
        while surface and surface[0] in _EDGE_PUNCT:  # 'the "Taliban"'
            start, surface = start + 1, surface[1:]
    opening = surface.rfind(" (")
    if opening > 0 and ")" not in surface[opening:]:
        end, surface = start + opening, surface[:opening]  # NER stopped inside a bracket: "Khanty-Mansiysk (Siberia"
    match = _TRAILING.search(surface)
    if match and match.start() > 0:
        end, surface = end - (len(surface) - match.start()), surface[: match.start()]
    return start, end


def name_key(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(folded.replace(".", "").split())


# Honorifics and rank abbreviations NER sometimes takes into a name ("Ms Pelosi" as ORG,
# "Rear Adm. Alireza Tangsiri" as ORG): they are cut off, and what is left is a person.
HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "gen", "lt", "col", "maj", "capt",
        "cmdr", "adm", "brig", "sgt", "cpl", "pvt", "lt gen", "maj gen", "brig gen", "rear adm", "vice adm",
        "lt col", "navy capt", "sen", "rep", "gov", "pres", "amb",
    }
)
_WORD_RUN = re.compile(r"\S+")


def strip_honorific(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Cut a leading honorific or rank ("Ms", "Rear Adm.") off a mention followed by a
    capitalised word; says whether one was cut."""
    words = list(_WORD_RUN.finditer(text[start:end]))
    for size in (2, 1):
        if len(words) <= size or not words[size].group()[:1].isupper():
            continue
        prefix = " ".join(w.group().rstrip(".").lower() for w in words[:size])
        if prefix in HONORIFICS:
            return start + words[size].start(), end, True
    return start, end, False


class EntityRecogniser:
    def __call__(self, state: AnalysisState) -> None:
        text = state.article.text
        groups: dict[str, list[Mention]] = {}
        labels: dict[str, Counter[str]] = {}
        for ent in state.doc.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            start, end = clean_span(text, ent.start_char, ent.end_char)
            cut = False
            if ent.label_ in {"PERSON", "ORG"}:  # not "Sheikh Jarrah", a place
                start, end, cut = strip_honorific(text, start, end)
            label = "PERSON" if cut else ent.label_
            if end <= start or name_key(text[start:end]) in HONORIFICS:
                continue
            mention = Mention(start=start, end=end, text=text[start:end])
            key = name_key(mention.text)
            groups.setdefault(key, []).append(mention)
            labels.setdefault(key, Counter())[label] += 1
        _merge_surnames(groups, labels)
        ordered = sorted(groups.items(), key=lambda item: min(m.start for m in item[1]))
        state.result.entities = [
            Entity(
                id=f"E{number}",
                name=canonical_name(mentions),
                type=labels[key].most_common(1)[0][0],
                mentions=sorted(mentions, key=lambda m: m.start),
            )
            for number, (key, mentions) in enumerate(ordered, start=1)
        ]


def canonical_name(mentions: list[Mention]) -> str:
    """The longest surface form, the earliest among equals."""
    return max(mentions, key=lambda m: (len(m.text), -m.start)).text


def _merge_surnames(groups: dict[str, list[Mention]], labels: dict[str, Counter[str]]) -> None:
    """A one-word name joins the one person whose full name ends with it ("Kochavi"), or else
    begins with it, as family names do in Korean and Chinese ("Kim" -> "Kim Jong Un")."""
    people = [key for key in groups if labels[key].most_common(1)[0][0] == "PERSON"]
    full_names = [key for key in people if " " in key]
    for key in list(groups):
        if " " in key or key not in groups or labels[key].most_common(1)[0][0] not in {"PERSON", "ORG"}:
            continue
        owners = [full for full in full_names if full.split()[-1] == key]
        if not owners and labels[key].most_common(1)[0][0] == "PERSON":
            owners = [full for full in full_names if full.split()[0] == key]
        if len(owners) == 1 and owners[0] != key:
            groups[owners[0]].extend(groups.pop(key))
            labels.pop(key)  # the full name keeps its own label


register_component("entities", assigns=("entities",), requires=("doc",))(EntityRecogniser)
