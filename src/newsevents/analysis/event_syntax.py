"""Dependency-tree helpers the event rules share: argument relations, prepositional objects,
coordination, collectives, datelines and the like."""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge import fold, load_knowledge
from .entities import DASHES, is_spaced_dash
from .event_lexicon import trigger_rules

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj"})


def names_a_state(token: Token) -> bool:
    """A country or place by its entity label, or a country's name the tagger mislabelled ("in Niger")."""
    return token.ent_type_ == "GPE" or token.pos_ == "PROPN" and fold(token.text) in load_knowledge().countries


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children) or is_passive_participle(verb)


def is_role_word(token: Token) -> bool:
    """A role noun of the knowledge ("minister", "officials", "prisoners")."""
    roles = load_knowledge().roles
    return fold(token.lower_) in roles or fold(token.lemma_) in roles


def names_people(token: Token) -> bool:
    return token.ent_type_ in ("PERSON", "NORP") or is_role_word(token)


def is_passive_participle(verb: Token) -> bool:
    """ "the weapons seized last year", "sanctions imposed on India": a past participle after its
    noun says what was done to the noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i \
        and not any(c.dep_ in SUBJECTS or c.dep_ == "aux" for c in verb.children)


def is_dated_preposition(preposition: Token) -> bool:
    """ "called her on Monday": a preposition that only dates the act is not the verb's particle."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def is_event_noun(token: Token) -> bool:
    return (token.lemma_.lower(), "NOUN") in trigger_rules()


def noun_recipient_preps(token: Token) -> frozenset[str]:
    rules = trigger_rules().get((token.lemma_.lower(), "NOUN"), ())
    return frozenset().union(*(r.recipient_preps for r in rules)) if rules else frozenset()


NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def prepositional_objects(head: Token, preps: frozenset[str]) -> list[Token]:
    # "against hundreds of banks": the ones counted, before numbers are set aside
    return [t for t in map(counted_party, objects_of_preps(head, preps)) if t.ent_type_ not in NOT_ACTORS]


def objects_of_preps(head: Token, preps: frozenset[str]) -> list[Token]:
    found: list[Token] = []
    for child in head.children:
        if child.dep_ in ("prep", "prt", "dative") and child.lower_ in preps:
            found.extend(c for c in child.children if c.dep_ == "pobj")
            # "cracked down on": the preposition may hang from the particle
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ in preps:
                    found.extend(c for c in grandchild.children if c.dep_ == "pobj")
    return found


# "called Lavrov to discuss Syria": the caller discusses, not the one called
VISITING_VERBS = frozenset({"call", "phone", "ring", "telephone", "meet", "visit", "host", "receive", "join", "see"})


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Each argument with the ones coordinated with it ("Kochavi and Milley")."""
    out: list[Token] = []
    for token in tokens:
        for member in (token, *token.conjuncts):
            if member not in out and (member.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "X")
                                      or member.tag_ == "VBG" and member.dep_ in ("pobj", "dobj")):  # "over Syrian shelling"
                out.append(member)
    return out


def owned_by_actor(token: Token) -> bool:
    """ "its troops", "their weapons": the actor's own, not a recipient."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children)


def dateline_dash(token: Token) -> Token | None:
    """The dash that closes the dateline a token opens or lies in: "Tehran, March 15, IRNA -
    ...", "Kabul, May 2 (Pajhwok) -- ...": a place at the start of a line, then only dates,
    agencies and punctuation up to the dash."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and not doc[start].is_sent_start and token.i - start < 10:
        start -= 1
    first = doc[start]
    if first.ent_type_ not in ("GPE", "LOC") and not (first.text.isupper() and len(first.text) >= 3):
        return None
    for t in doc[start + 1:min(start + 12, len(doc))]:
        if t.text in DASHES and t.i > token.i and t.i > start + 1 and not (t.whitespace_ == "" and doc[t.i - 1].whitespace_ == ""):
            return t
        if not (t.is_punct or t.like_num or t.ent_type_ in ("GPE", "LOC", "DATE", "ORG") or t.text.isupper() or t.pos_ == "PROPN"):
            return None
    return None


def is_dateline(token: Token) -> bool:
    """ "DUBAI (Meridian Wire) — ...", "MOGADISHU, Somalia -- ...": the place a report was filed
    from is not an actor."""
    if not token.text.isupper() or len(token.text) < 3:
        return _in_dateline_country(token) or token.ent_type_ in ("GPE", "LOC") and dateline_dash(token) is not None
    doc = token.doc
    window = doc[max(token.i - 3, 0):min(token.i + 8, len(doc))]
    return any(t.text in ("—", "--", "–") for t in window if t.i > token.i) and \
        (token.i < 3 or "\n" in doc[max(token.i - 3, 0):token.i].text)


def _in_dateline_country(token: Token) -> bool:
    """The country after the city in "MOGADISHU, Somalia -- ..."."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "," or not doc[token.i - 2].text.isupper() or len(doc[token.i - 2].text) < 3:
        return False
    city = doc[token.i - 2]
    if city.i > 0 and "\n" not in doc[city.i - 1].whitespace_ + doc[city.i - 1].text and not city.is_sent_start:
        return False
    return any(t.text in ("—", "--", "–") for t in doc[token.i + 1:min(token.i + 3, len(doc))])


def counted_party(token: Token) -> Token:
    """ "thousands of Iraqi Kurds", "a group of refugees", "scores of civilians": the ones counted."""
    if token.lemma_.lower() in COLLECTIVE_HEADS or token.lower_ in COLLECTIVE_HEADS:
        counted = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if counted:
            return counted_party(counted[0])
    return token


COLLECTIVE_HEADS = frozenset({"group", "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score",
                               "scores", "ten", "tens", "million", "millions", "number", "majority", "minority", "some",
                               "many", "most", "several", "all", "one", "two", "three", "few", "handful", "crowd",
                               "band", "batch", "contingent", "member", "members", "section", "faction", "wing", "part",
                               "patch", "detachment", "squad", "series", "volley", "wave", "spate", "string", "hail"})
ANAPHORS = frozenset({"it", "they", "he", "she", "we", "i"})


def noun_phrase(token: Token) -> list[Token]:
    """The head with the words before it that modify it (determiners, adjectives, compounds)."""
    left = [t for t in token.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct")]
    start = left[0].left_edge.i if left else token.i
    tokens = [t for t in token.doc[start:token.i + 1]]
    # "IRNA - Secretary-General": a dateline's agency the parser joined to the phrase is not part of it
    closing = [t for t in tokens[:-1] if is_spaced_dash(t)]
    if closing:
        tokens = tokens[tokens.index(closing[-1]) + 1:]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tokens or [token]
