"""An event's status (actual, planned, considered, hypothetical, negated, claimed) from the words
that govern and modify its trigger, and who reports it."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .event_lexicon import (
    CLAIM_ADVERBS,
    CLAIMED_MODIFIERS,
    CLAIMED_WORDS,
    CONSIDERED_WORDS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_MARKS,
    HYPOTHETICAL_MODIFIERS,
    HYPOTHETICAL_WORDS,
    NEGATING_WORDS,
    NEGATING_WORDS_ON_NOUNS,
    PLANNED_MODIFIERS,
    PLANNED_WORDS,
    REPORTING_VERBS,
)
from .event_syntax import (
    SUBJECTS,
    is_dated_preposition,
    is_passive_participle,
    with_conjuncts,
)

# Links from an embedded clause up to the word that governs its status or its reporter.
_GOVERNING = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "acl", "dobj", "pobj", "prep", "conj", "nsubj", "attr", "oprd"})


def status_of(trigger: Token) -> str:
    found = set(_markers(trigger))
    current = trigger
    for _ in range(5):
        if current.dep_ not in _GOVERNING or current.head.i == current.i or is_passive_participle(current):
            break  # "will return the weapons seized last year": what was seized was seized
        link = current.dep_
        head = current.head
        lemma = head.lemma_.lower()
        if link == "ccomp" and lemma in REPORTING_VERBS and lemma not in CLAIMED_WORDS:
            break
        if link != "conj":
            if lemma in NEGATING_WORDS:
                found.add("negated")
            elif lemma in CLAIMED_WORDS:
                found.add("claimed")
            elif lemma in CONSIDERED_WORDS:
                found.add("considered")
            elif lemma in HYPOTHETICAL_WORDS and not _phoned(head):
                found.add("hypothetical")
            elif lemma in PLANNED_WORDS and link in ("xcomp", "ccomp", "dobj", "pcomp", "acl") and not _attempt_made(head):
                found.add("planned")
        found.update(m for m in _markers(head) if m != "negated" or link in ("xcomp", "conj"))
        current = head
    for status in ("negated", "hypothetical", "considered", "planned", "claimed"):
        if status in found:
            return status
    return "actual"


def _attempt_made(verb: Token) -> bool:
    """ "attempted to assassinate", "has tried to hack": an attempt in the past is an act that took
    place, whatever came of it, not a plan."""
    return verb.lemma_.lower() in ("try", "attempt") and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _phoned(verb: Token) -> bool:
    """ "called Scholz to discuss the tariffs" is a call that took place; "called on Scholz to
    discuss" is an appeal."""
    return verb.lemma_.lower() == "call" and not any(c.lower_ in ("on", "upon", "for") and not is_dated_preposition(c) for c in verb.children)


def _reported_future(verb: Token) -> bool:
    """Is "would" on this verb the future of reported speech, not a condition?"""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS and not any(
        c.dep_ in ("mark", "advcl") and (c.lower_ in HYPOTHETICAL_MARKS or any(
            m.dep_ == "mark" and m.lower_ in HYPOTHETICAL_MARKS for m in c.children)) for c in verb.children)


def _markers(token: Token) -> Iterator[str]:
    for child in token.children:
        word = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and word in NEGATING_WORDS_ON_NOUNS):
            yield "negated"
        elif child.dep_ in ("aux", "auxpass"):
            if word == "would" and _reported_future(token):
                yield "planned"  # "they said they would march": reported speech shifts "will" back
            elif word in HYPOTHETICAL_AUX:
                yield "hypothetical"
            elif word in FUTURE_AUX:
                yield "planned"
        elif child.dep_ == "advmod" and word in CLAIM_ADVERBS:
            yield "claimed"
        elif child.dep_ == "mark" and word in HYPOTHETICAL_MARKS:
            yield "hypothetical"
        elif child.dep_ in ("amod", "det", "compound"):
            if word in PLANNED_MODIFIERS:
                yield "planned"
            elif word in HYPOTHETICAL_MODIFIERS:
                yield "hypothetical"
            elif word in CLAIMED_MODIFIERS:
                yield "claimed"


def reporters_of(trigger: Token) -> list[Token]:
    current = trigger
    for _ in range(6):
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                return [g for to in child.children for g in to.children if g.dep_ == "pobj"] or \
                       [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in REPORTING_VERBS and child.i > trigger.i:
                speakers = [c for c in child.children if c.dep_ in SUBJECTS]
                if speakers:
                    return with_conjuncts(speakers)
        if current.dep_ in ("ccomp", "conj", "xcomp", "advcl", "parataxis") and current.head.i != current.i:
            head = current.head
            if head.lemma_.lower() in REPORTING_VERBS and current.dep_ in ("ccomp", "parataxis"):
                return with_conjuncts([c for c in head.children if c.dep_ in SUBJECTS])
            current = head
        elif current.pos_ in ("NOUN", "PROPN") and current.head.i != current.i:
            current = current.head
        else:
            break
    return []
