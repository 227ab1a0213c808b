"""Whether a trigger's object satisfies a lexicon row's object restriction (lemmas, and the
@money, @person and @party classes)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_syntax import COLLECTIVE_HEADS, is_role_word


def matched_object(token: Token, particle: Token | None, objects: frozenset[str], pos: str) -> Token | None:
    """The word that satisfies a row's object restriction, if any (see the lexicon's header)."""
    if pos == "NOUN" and particle is None:
        return next((c for c in token.lefts if c.lemma_.lower() in objects or c.lower_ in objects), None)
    # a verb particle ("handed over", "stepped up") leaves the object on the verb
    heads = [token] if particle is None else [particle, token] if particle.dep_ == "prt" else [particle]
    for head in heads:
        for child in head.children:
            if child.dep_ in ("dobj", "obj", "pobj", "nsubjpass", "attr", "oprd", "xcomp", "ccomp", "acomp") and (
                    _fits(child, objects) or any(_fits(c, objects) for c in child.conjuncts)):
                return child  # "aerial photographs and other military intelligence": any of the objects
            if child.dep_ == "ccomp":
                # "declared a state of siege to begin at midnight": the parser makes the object the
                # subject of the clause after it
                found = next((g for g in child.children if g.dep_ == "nsubj" and g.i < child.i and _fits(g, objects)), None)
                if found is not None:
                    return found
            if child.dep_ in ("prep", "prt", "advmod"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and _fits(grandchild, objects):
                        return grandchild
                    if grandchild.dep_ == "prep":
                        found = next((g for g in grandchild.children if g.dep_ == "pobj" and _fits(g, objects)), None)
                        if found is not None:
                            return found
    if particle is None and token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in objects:
        return token.head
    return None


_CURRENCIES = frozenset({"$", "€", "£", "¥", "usd", "eur", "dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee",
                         "franc", "ruble", "rouble", "shekel", "peso", "real", "riyal", "rial", "dinar", "dirham",
                         "lira", "krona", "krone", "kroner", "won", "naira", "rand", "shilling", "birr", "taka"})


# Heads that measure out what the row is about: "700 kg of medicine", "$4 million worth of equipment",
# "a state of emergency".
_MEASURE_HEADS = frozenset({"kg", "kilogram", "ton", "tonne", "pound", "worth", "amount", "quantity", "shipment",
                            "consignment", "batch", "load", "lot", "package", "cargo", "truckload", "plane", "planeload",
                            "state", "team", "mission", "delegation",
                            # "allow the return of UN inspectors", "the deployment of peacekeepers"
                            "return", "entry", "arrival", "deployment", "presence"})


# Heads that take their meaning from the noun before them: "mediation efforts", "peacekeeping operations".
LIGHT_HEADS = frozenset({"effort", "mission", "operation", "process", "campaign", "programme", "program",
                         "initiative", "bid", "activity", "work", "drive", "plan"})


# Heads that, as an object, are what the word before them is: "violated the ceasefire agreement",
# "eased curfew hours".
_NAMED_BY_COMPOUND = frozenset({"agreement", "accord", "deal", "line", "hour", "order", "measure", "regulation", "rule",
                                "point", "material", "item", "kit"})


def _fits(token: Token, objects: frozenset[str]) -> bool:
    """Does the word satisfy a row's object restriction? Besides lemmas a row may name two classes:
    "@money" ("gave 352.5 million euros"), "@person" ("released Odin Sanchez") and "@party" (any
    actor: "allowed the World Food Program to deliver food")."""
    lemma = token.lemma_.lower()
    if lemma in objects or "@money" in objects and _is_money(token) or "@person" in objects and _is_person(token):
        return True
    if "@party" in objects and _is_party(token):
        return True
    if lemma in _MEASURE_HEADS or lemma in COLLECTIVE_HEADS or token.lower_ in COLLECTIVE_HEADS:
        return any(_fits(g, objects) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")
    if lemma in LIGHT_HEADS or lemma in _NAMED_BY_COMPOUND:
        return any(c.dep_ == "compound" and c.lemma_.lower() in objects for c in token.children)
    return False


def _is_money(token: Token) -> bool:
    return token.ent_type_ == "MONEY" or token.lower_ in _CURRENCIES or token.lemma_.lower() in _CURRENCIES


def _is_person(token: Token) -> bool:
    if token.ent_type_ == "NORP" and token.tag_ in ("NNS", "NNPS"):
        return True  # "released 19 Christians", "two Americans"
    return token.ent_type_ == "PERSON" or token.pos_ == "PROPN" and not token.ent_type_ and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _is_party(token: Token) -> bool:
    return _is_person(token) or token.ent_type_ in ("ORG", "GPE") or token.pos_ in ("NOUN", "PROPN") and is_role_word(token)
