"""The party an act is aimed at, when the trigger's own object names none: beside the thing, its
owner, the complement, the one asked or given a condition, the one called, the place."""

from __future__ import annotations

from spacy.tokens import Token

from .event_candidate import Candidate
from .event_lexicon import (
    GENERIC_HEADS,
    LIGHT_VERBS,
)
from .event_syntax import (
    NOT_ACTORS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    VISITING_VERBS,
    counted_party,
    is_event_noun,
    is_passive,
    is_role_word,
    names_a_state,
    objects_of_preps,
    owned_by_actor,
    with_conjuncts,
)
from .mention_index import MentionIndex

_PERMITTING_VERBS = frozenset({"allow", "let", "permit", "enable", "help", "force", "compel", "authorize", "authorise"})
_COMPLEMENT_PREPS = frozenset({"to", "from", "on", "against", "with", "into", "for", "in", "at", "of"})


def complement_parties(verb: Token) -> list[Token]:
    """Objects inside the clause a verb governs ("agreed to open its borders to Somali refugees")."""
    found: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
        for child in clause.children:
            if (child.dep_ == "dobj" or child.dep_ == "dative" and child.pos_ != "ADP") and not owned_by_actor(child):
                found.append(child)
            elif child.dep_ in ("prep", "dative") and child.lower_ in _COMPLEMENT_PREPS:
                found.extend(g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_ACTORS)
            elif child.dep_ == "ccomp" and clause.lemma_.lower() in _PERMITTING_VERBS:
                # "agreed to allow aid workers to enter": the ones allowed
                found.extend(g for g in child.children if g.dep_ in SUBJECTS)
            elif child.dep_ in SUBJECTS and clause.pos_ == "ADJ":
                # "found Britta Nielsen guilty": the subject of the small clause
                found.append(child)
            elif child.dep_ == "nsubj" and clause.dep_ == "ccomp" and child.i < clause.i and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
                # "welcomed Putin to mediate", "urged Kenya to act": the parser's subject of the infinitive
                found.append(child)
    return with_conjuncts(found)


_PARTY_PREPS = frozenset({"of", "by", "against", "on", "into", "over", "from", "with", "to", "for", "toward", "towards",
                          "between", "among", "amongst"})


# Prepositions that name the party an act is aimed at, when the object is a thing
# ("suspended flights to Armenia", "demanded an explanation from the prime minister").
_IMPOSED_ON = frozenset({"on", "against", "upon"})
_AIMED_PREPS = frozenset({"to", "against", "from", "with", "on", "for", "toward", "towards", "at", "into"})
ASKING_ROOTS = frozenset({"02", "10"})
_GIVING_ROOTS = frozenset({"05", "06", "07", "08"})
_WITH = frozenset({"with"})
# Things that hold between two sides, whose "with" names the other side.
_RELATION_NOUNS = frozenset({"border", "frontier", "tie", "relation", "link", "contact", "cooperation", "trade"})
_CALLED = OBJECTS | {"oprd"}  # "called Prime Minister Jan Novak to ...": the parser reads a name after "call" as oprd
_CONDITIONING_ROOTS = frozenset({"12", "13"})
_CONDITION_MARKS = frozenset({"until", "unless", "if", "before", "till"})
_PLACE_PREPS = frozenset({"in", "at", "inside", "across", "throughout", "along"})
PARTY_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _is_party(token: Token, index: MentionIndex) -> bool:
    """Does the word name an actor: an entity, or a role ("the prime minister", "officials")?"""
    if index.at(token.idx, token.idx + len(token.text)) is not None or token.ent_type_ in PARTY_ENTITY_TYPES:
        return True
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.lemma_.lower() in GENERIC_HEADS or is_role_word(token)


def _named_place_of(token: Token) -> Token | None:
    """ "the town of Cizre", "the city of Hebron": the place named after the kind of place."""
    if token.lemma_.lower() not in _PLACE_NOUNS:
        return None
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN")), None)


def _party_within(token: Token, index: MentionIndex) -> Token:
    """For a recipient that names no actor ("a raid on a German organisation", "one of the critics",
    "the threats made by the government"), the first actor inside it; else the token itself."""
    if (place := _named_place_of(token)) is not None:
        return place
    if _is_party(token, index):
        return token
    if token.lemma_.lower() in _RELATION_NOUNS:
        # "closed Venezuela's borders with Brazil", "cut its ties with Qatar": the other side
        holders = [token, token.head] if token.dep_ in OBJECTS else [token]  # "closed its borders with X"
        partners = [t for h in holders for t in objects_of_preps(h, _WITH) if _is_party(t, index)]
        if partners:
            return partners[0]
    frontier = [token]
    for _ in range(3):
        following: list[Token] = []
        for current in frontier:
            # "talks with President Mugabe": an event noun's partner before its modifiers ("unity government")
            partner_first = is_event_noun(current)
            for child in sorted(current.children, key=lambda c: (c.dep_ != "appos", not (partner_first and c.dep_ == "prep" and c.lower_ == "with"))):
                if child.dep_ in ("poss", "compound", "amod", "nmod", "appos") and child.tag_ != "PRP$":
                    following.append(child)
                elif child.dep_ == "prep" and child.lower_ in _PARTY_PREPS:
                    following.extend(c for c in child.children if c.dep_ == "pobj")
                elif child.dep_ == "acl":
                    # "the threats made by the government", "sanctions imposed on India"
                    following.extend(c for p in child.children if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ in _IMPOSED_ON
                                     for c in p.children if c.dep_ == "pobj")
        for candidate in following:
            if _is_party(candidate, index):
                return candidate
        frontier = following
    return token


def recipient_tokens(candidate: Candidate, index: MentionIndex) -> list[Token]:
    """The recipients as parties. A thing named as the object gives way to the actor inside it
    ("rejected Theresa May's agreement") or to the party the act is aimed at beside it ("suspended
    flights to Armenia"); an act with no party at all is aimed at the place it happens in
    ("declared a ceasefire in Tripoli")."""
    if candidate.code.plover == "CONSULT":
        # "discussed Libya with Trump": the counterpart, not the topic
        trigger = candidate.token
        partners = [t for t in objects_of_preps(trigger, _WITH) if _is_party(t, index)]
        if not partners and trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() in VISITING_VERBS:
            # "called Lavrov to discuss Syria", "called on the president to discuss": the one called
            visit = trigger.head
            partners = [t for t in [*visit.children, *objects_of_preps(visit, frozenset({"on", "upon"}))]
                        if (t.dep_ in _CALLED or t.dep_ == "pobj") and _is_party(t, index)]
        found = with_conjuncts(partners) if partners and candidate.rule.pos == "VERB" else candidate.recipients
        if not found:
            # "held meetings in Baghdad", "attended a summit in the United Kingdom": the host
            scene = _Scene(candidate, index)
            found = scene.mediated() or [t for t in scene.place() if t.ent_type_ == "GPE"]
        return found
    consumed = candidate.consumed
    if candidate.code.root in ASKING_ROOTS and consumed is not None and is_event_noun(consumed) \
            and (inside := _party_within(consumed, index)).i != consumed.i and _is_party(inside, index):
        return with_conjuncts([inside])  # "demanded the withdrawal of Serbian forces": of the forces
    if candidate.code.root in ASKING_ROOTS and (asked := _Scene(candidate, index).asked()):
        return asked  # "demanded that the United States match the EU's support": the one asked
    hosted = candidate.code.root in _CONTRIBUTING_ROOTS
    found = [hosted and _hosting_country(t) or _party_within(t, index) for t in candidate.recipients
             if not _sent_forces(t) and not _own_forces(t)]
    # "rejected a call for its peacekeeping forces to be deployed in East Timor": not its own forces
    found = [t for t in found if not _own_forces(t)]
    if candidate.code.cameo.startswith("087") and not found:
        # "speeded up the withdrawal of some forces from Panama": where the forces leave
        found = [g for t in objects_of_preps(candidate.token, frozenset({"of"})) for g in objects_of_preps(t, frozenset({"from"}))]
    if candidate.code.plover == "MOBILIZE" or candidate.code.cameo.startswith("087"):
        # "mobilized the army for an assault on X", "withdrew some of its troops from Syria": the
        # forces are the actor's own
        found = [t for t in found if t.ent_type_ in PARTY_ENTITY_TYPES and t.lemma_.lower() not in GENERIC_HEADS]
    if any(_is_party(t, index) for t in found):
        if all(_unplaced_group(t) for t in found if _is_party(t, index)):
            # "killed 48 people in Afghanistan": victims named by number alone are the place's people
            scene = _Scene(candidate, index)
            return found + (scene.place() or scene.clause_place())
        return found
    beside = _parties_beside(candidate, index)
    if beside:
        return beside
    if all(_plain_thing(t) for t in found):
        # "agreed to share information", "contribute air support to a force in Somalia": a thing
        # given or done is no party; the place the act happens in is
        return _Scene(candidate, index).clause_place() or found
    return found


# Words for people and for measures, which can be the party or the issue an act is aimed at even
# where no name goes with them ("arrested a person", "condemned the legislation").
_PEOPLE_NOUNS = frozenset({"people", "person", "man", "woman", "girl", "boy", "child", "member", "individual",
                           "civilian", "resident", "family", "student", "worker", "refugee", "migrant", "group",
                           "faction", "movement", "organization", "organisation", "party", "union", "coalition",
                           "alliance", "community", "population", "side"})
_MEASURE_NOUNS = frozenset({"legislation", "law", "bill", "policy", "plan", "decision", "ban", "measure",
                            "embargo", "sanction", "restriction", "program", "programme", "project"})


def _plain_thing(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and not is_event_noun(token) and lemma not in _PEOPLE_NOUNS | _MEASURE_NOUNS \
        and not is_role_word(token) and not is_force(token) and lemma not in GENERIC_HEADS \
        and token.ent_type_ not in PARTY_ENTITY_TYPES


# Forces and envoys an actor sends, deploys or withdraws: its means, not the party the act is aimed
# at ("sent 200 troops to Syria", "refused to send peacekeepers to Angola").
FORCE_NOUNS = frozenset({"troop", "troops", "soldier", "force", "forces", "peacekeeper", "brigade", "battalion",
                          "unit", "contingent", "personnel", "instructor", "expert", "team", "warship", "ship",
                          "jet", "aircraft", "reinforcement", "marine", "adviser", "advisor", "observer"})
SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "contribute", "station", "place", "move", "withdraw",
                            "pull", "mobilize", "mobilise", "commit", "redeploy", "bring", "rush", "fly", "post"})


# Heads that name people by number or role alone, with no country or group of their own.
_PLAIN_PEOPLE = frozenset({"people", "person", "civilian", "resident", "villager", "inhabitant", "worker",
                           "passenger", "child", "woman", "man", "family", "student", "farmer", "fisherman"})


def _hosting_country(token: Token) -> Token | None:
    """ "sent troops to the UN peacekeeping force in South Sudan": the country a mission serves
    ("a truce with Moslem forces in Bosnia" is with the forces, which have a nationality)."""
    if token.lemma_.lower() not in _MISSION_HEADS or token.ent_type_ in ("GPE", "NORP") or any(
            c.ent_type_ in ("GPE", "NORP") for c in token.lefts):
        return None
    return next((t for t in objects_of_preps(token, frozenset({"in"})) if names_a_state(t)), None)


_MISSION_HEADS = frozenset({"force", "mission", "operation", "contingent"})
_CONTRIBUTING_ROOTS = frozenset({"03", "05", "06", "07"})


def is_force(token: Token) -> bool:
    return token.lemma_.lower() in FORCE_NOUNS or token.lower_ in FORCE_NOUNS


def _own_forces(token: Token) -> bool:
    """ "a call for its peacekeeping forces to be deployed": the actor's own forces."""
    return is_force(token) and owned_by_actor(token)


def _sent_forces(token: Token) -> bool:
    if not is_force(token):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "send peacekeepers or instructors"
    return token.dep_ in OBJECTS and token.head.lemma_.lower() in SENDING_VERBS


def _unplaced_group(token: Token) -> bool:
    """ "48 people", "32 civilians": a group named by its head word alone (no entity, no
    nationality, no place of its own)."""
    if token.lemma_.lower() not in _PLAIN_PEOPLE:
        return False
    return not any(t.ent_type_ in ("GPE", "NORP", "LOC", "ORG") for t in token.subtree if t.i != token.i)


def _parties_beside(candidate: Candidate, index: MentionIndex) -> list[Token]:
    """The party an act is aimed at when its own arguments name none, from the first of these
    that finds one."""
    scene = _Scene(candidate, index)
    finders = [scene.owners, scene.conditioned, scene.resisted, scene.settled, scene.called, scene.place] if not candidate.rule.takes_recipient else [
        scene.aimed_from_trigger, scene.owners, scene.misplaced_agents, scene.aimed_from_things, scene.in_complement, scene.asked,
        scene.conditioned, scene.resisted, scene.protested, scene.mediated, scene.investigated, scene.settled, scene.called,
        scene.place]
    for find in finders:
        if found := find():
            return found
    return []


class _Scene:
    """The words around a trigger where its recipient may be named."""

    def __init__(self, candidate: Candidate, index: MentionIndex) -> None:
        self.candidate, self.index = candidate, index
        trigger = self.trigger = candidate.token
        self.heads = [trigger]
        if candidate.rule.pos == "NOUN" and trigger.head.i != trigger.i and trigger.head.lemma_.lower() in LIGHT_VERBS:
            self.heads.append(trigger.head)  # "opened investigations against hundreds of banks"
        self.things = [t for head in self.heads for t in head.children if t.dep_ in OBJECTS and t.i != trigger.i]
        if candidate.consumed is not None and candidate.consumed not in self.things:
            self.things.append(candidate.consumed)
        self.clauses = [c for head in self.heads for c in head.children if c.dep_ in ("xcomp", "advcl", "ccomp", "acl")]
        self.actors = {t.i for t in candidate.actors}

    def _party(self, token: Token) -> bool:
        return _is_party(token, self.index) and token.i not in self.actors and not _sent_forces(token) and not _own_forces(token)

    def _aimed(self, heads: list[Token]) -> list[Token]:
        for head in heads:
            parties = [p for t in map(counted_party, objects_of_preps(head, _AIMED_PREPS)) if (p := _party_within(t, self.index)).i not in self.actors
                       and not _own_forces(p) and (_is_party(p, self.index) or t.head.lower_ == "against" and t.ent_type_ not in NOT_ACTORS)]
            if parties:
                return with_conjuncts(parties)
        return []

    def aimed_from_trigger(self) -> list[Token]:
        return self._aimed(self.heads)

    def aimed_from_things(self) -> list[Token]:
        found = self._aimed(self.things)
        if found or self.candidate.code.root not in _GIVING_ROOTS:
            return found
        # "returned a silver pendant engraved with the image of Peter the Great to Russian
        # authorities": the parser hangs "to" deep inside the thing's phrase
        deeper = [t for thing in self.things for t in thing.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.i > thing.i]
        # the last "to" is the one the giving goes to ("skulls that date back to A.D. 640 to Peru")
        return self._aimed(deeper) if not deeper else next(
            (parties for prep in reversed(deeper) if (parties := [p for c in prep.children if c.dep_ == "pobj"
                                                        and self._party(p := _party_within(c, self.index))])), [])

    def owners(self) -> list[Token]:
        """ "rejected Theresa May's agreement", "accepted the demands by protesters"."""
        return with_conjuncts([p for t in self.things if t.i != self.trigger.i and not owned_by_actor(t)
                        and (p := _party_within(t, self.index)).i != t.i and self._party(p)])

    def misplaced_agents(self) -> list[Token]:
        """ "protest the rights violations ... by Islamic fundamentalists": the parser hung the
        agent of the act named as the object on the active verb; it belongs to that act."""
        if self.candidate.rule.pos != "VERB" or is_passive(self.trigger) or not any(
                t.pos_ == "NOUN" and not _is_party(t, self.index) for t in self.things):
            return []
        return with_conjuncts([t for t in objects_of_preps(self.trigger, frozenset({"by"})) if self._party(t)])

    def in_complement(self) -> list[Token]:
        return [t for t in complement_parties(self.trigger) if self._party(t)]

    def asked(self) -> list[Token]:
        """ "demanded that Dbeibeh appear": the one asked is the subject of what is asked."""
        if self.candidate.code.root not in ASKING_ROOTS:
            return []
        clauses = [c for c in self.trigger.children if c.dep_ in ("ccomp", "acl") or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
        if not clauses and self.trigger.dep_ in OBJECTS:
            # "reiterated its demand today that Israel ease restrictions": the clause hangs on the verb
            clauses = [c for c in self.trigger.head.children if c.dep_ == "ccomp" and c.i > self.trigger.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        parties = [_party_within(s, self.index) for c in clauses for s in c.children if s.dep_ in SUBJECTS]
        return [t for t in with_conjuncts(parties) if self._party(t)]

    def conditioned(self) -> list[Token]:
        """ "will not lift the embargo until Cuba reforms", "threatened to strike unless Israel
        withdrew": the one the condition is put to."""
        if self.candidate.code.root not in _CONDITIONING_ROOTS:
            return []
        # the condition hangs on the threatened act: "threatened to halt the talks if ...", "threats
        # that he would open the borders unless ..."
        verbs = [self.trigger, *(c for c in self.trigger.children if c.dep_ in ("xcomp", "ccomp", "acl"))]
        conditions = [c for verb in verbs for c in verb.children if c.dep_ == "advcl" and any(
                      m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)]
        conditions += [conj for c in conditions for conj in c.conjuncts]
        found: list[Token] = []
        for clause in conditions:
            # "until their demands are met by the authorities", "until the management is sacked"
            agents = [g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            subjects = [t for t in clause.children if t.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            found += [t for t in agents if t.pos_ in ("NOUN", "PROPN") and t.i not in self.actors]  # a doer named as such
            found += [t for t in subjects if self._party(t)]
            if not found:
                # "until he is satisfied Vietnam is doing all it can": the party in the clause he awaits
                found += [t for c in clause.children if c.dep_ == "ccomp" for t in c.children if t.dep_ in SUBJECTS and self._party(t)]
            if found:
                break
        return found

    def protested(self) -> list[Token]:
        """ "staged a hunger strike to demand the resignation of X", "rallied in protest against X":
        a protest is aimed at whom its purpose names."""
        if self.candidate.code.root != "14":
            return []
        for clause in self.clauses:
            for child in clause.children:
                if child.dep_ in OBJECTS and self._party(party := _party_within(child, self.index)):
                    return [party]
            if aimed := self._aimed([clause]):
                return aimed
        protests = [g for head in self.heads for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                    for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "protest"]
        if aimed := self._aimed(protests):
            return aimed
        # "in protest of the government's refusal": what the protest is of
        parties = [p for g in protests for t in objects_of_preps(g, _OF) if self._party(p := _party_within(t, self.index))]
        if parties:
            return with_conjuncts(parties)
        # "a general strike that shut down Kathmandu": whom or what the protest stopped
        for clause in (c for head in self.heads for c in head.children if c.dep_ == "relcl"):
            for child in clause.children:
                if child.dep_ in OBJECTS and (child.ent_type_ in ("GPE", "LOC") or self._party(child)):
                    return [child]
        return []

    def mediated(self) -> list[Token]:
        """ "a mediation effort to resolve the rift between Qatar and the Gulf states", "designed to
        help the government and the rebels reach a settlement": the parties mediated between."""
        if not self.candidate.code.cameo.startswith("045"):
            return []
        for clause in self.clauses:
            for token in clause.subtree:
                if token.dep_ == "prep" and token.lower_ == "between":
                    parties = with_conjuncts([c for c in token.children if c.dep_ == "pobj"])
                    if any(self._party(p) for p in parties):
                        return parties
            for helper in (t for t in clause.subtree if t.lemma_.lower() == "help" and t.pos_ == "VERB"):
                helped = [s for c in helper.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ in SUBJECTS]
                helped += [c for c in helper.children if c.dep_ in OBJECTS]
                parties = [p for p in with_conjuncts(helped) if self._party(p)]
                if parties:
                    return parties
        return []

    def investigated(self) -> list[Token]:
        """ "an investigation into claims that two servicemen abused children", "into whether
        Yovanovitch was spied on": the one the inquiry is about."""
        if self.candidate.code.root != "09":
            return []
        preps = [c for head in self.heads for c in head.children if c.dep_ == "prep" and c.lower_ in ("into", "of")]
        clauses = [g for p in preps for g in p.children if g.dep_ == "pcomp"]
        clauses += [c for p in preps for o in p.children if o.dep_ == "pobj" for c in o.children if c.dep_ in ("acl", "ccomp")]
        parties = [s for c in clauses for s in c.children if s.dep_ in SUBJECTS | PASSIVE_SUBJECTS and self._party(s)]
        return with_conjuncts(parties)

    def resisted(self) -> list[Token]:
        """ "declined to resign despite pressure from the anti-corruption commission", "refused to
        step down despite calls by the UN": a refusal is aimed at whoever presses for the act."""
        if self.candidate.code.root != "12":
            return []
        # the refusal and the act refused: "declined to resign despite ...", "refused to step down despite ..."
        heads = [*self.heads, *(h.head for h in self.heads if h.dep_ == "xcomp" and h.head.i != h.i),
                 *(c for h in self.heads for c in h.children if c.dep_ == "xcomp")]
        for head in heads:
            for noun in objects_of_preps(head, _DESPITE):
                parties = [p for t in objects_of_preps(noun, _PRESSING_PREPS) if self._party(p := _party_within(t, self.index))]
                if parties:
                    return with_conjuncts(parties)
        return []

    def settled(self) -> list[Token]:
        """ "called off the strike after talks with the government", "after reaching agreement with
        the employers": a concession that follows a settlement is made to the other side of it."""
        if self.candidate.code.root != "08":
            return []
        for head in self.heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in _AFTER:
                    continue
                for token in prep.subtree:
                    if token.dep_ != "pobj" or token.head.lower_ != "with":
                        continue
                    holder = token.head.head
                    settles = holder.lemma_.lower() in _SETTLEMENT_NOUNS or any(
                        c.dep_ in OBJECTS and c.lemma_.lower() in _SETTLEMENT_NOUNS for c in holder.children)
                    if settles and self._party(party := _party_within(token, self.index)):
                        return with_conjuncts([party])
        return []

    def called(self) -> list[Token]:
        """ "called Erdogan to convey Pakistan's support": the one called is the one told."""
        current = self.trigger
        for _ in range(3):
            if current.dep_ not in ("dobj", "xcomp", "advcl") or current.head.i == current.i:
                return []
            current = current.head
            if current.lemma_.lower() in VISITING_VERBS:
                return with_conjuncts([t for t in current.children if t.dep_ in _CALLED and self._party(t)])
        return []

    def place(self) -> list[Token]:
        """An act aimed at nobody in particular is aimed at the place it happens in; aid, at the
        place its purpose names ("gave 40 million euros to promote investment in Ethiopia")."""
        verbs = [c for c in self.clauses if c.dep_ == "xcomp"]
        # forces are put on alert or moved somewhere: "mobilised police to the Pando region"
        preps = _PLACE_PREPS | _DESTINATION_PREPS if self.candidate.code.plover == "MOBILIZE" else _PLACE_PREPS
        participles = [c for t in self.things for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        # "threatened to institute a curfew in Algiers", "refused to deploy peacekeepers in Iraq"
        clause_things = [c for v in verbs for c in v.children if c.dep_ in OBJECTS]
        for head in [*self.heads, *self.things, *verbs, *participles, *clause_things]:
            settings = objects_of_preps(head, preps)
            # "killed 48 people in two attacks in Afghanistan": the place of the setting
            settings += [g for t in settings if t.ent_type_ not in ("GPE", "LOC") for g in objects_of_preps(t, _PLACE_PREPS)]
            places = [_apposed_name(t) for t in settings if (t.ent_type_ in ("GPE", "LOC") or _named_place(t)) and t.i not in self.actors]
            if places:
                return places[:1]
        if self.candidate.code.root == "07":
            purposes = [c for c in self.clauses if c.dep_ in ("advcl", "xcomp")]
            purposes += [g for t in [*self.heads, *self.things] for c in t.children if c.dep_ == "prep" and c.lower_ == "for"
                         for g in c.children if g.dep_ == "pobj"]
            for purpose in purposes:
                places = [t for t in purpose.subtree if t.ent_type_ == "GPE" and t.i not in self.actors]
                if places:
                    return places[:1]
        return []

    def clause_place(self) -> list[Token]:
        """ "declared a ceasefire effective from Sunday in Somalia", "surrendered from the group's
        last holdout in Syria": a place named deeper in the act's own clause, outside its actor's
        words and outside clauses of saying."""
        verb = self.heads[-1]
        skipped = {t.i for c in verb.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | _OTHER_CLAUSES for t in c.subtree}
        skipped |= {t.i for a in self.candidate.actors for t in a.subtree}
        for token in verb.subtree:
            if token.i in skipped or token.dep_ != "pobj" or token.head.lower_ not in _PLACE_PREPS:
                continue
            if token.ent_type_ in ("GPE", "LOC") or _named_place(token):
                return [_apposed_name(token)]
        if verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i and verb.head.lemma_.lower() in SENDING_VERBS:
            # "sent experts to Saudi Arabia to investigate the attacks": where they were sent
            sender = verb.head
            # "sent a team of experts to Peru": the parser may hang the destination on the thing sent
            heads = [sender, *(t for c in sender.children if c.dep_ in OBJECTS for t in c.subtree)]
            return [_apposed_name(t) for h in heads for t in objects_of_preps(h, _DESTINATION_PREPS | _PLACE_PREPS)
                    if names_a_state(t) or t.ent_type_ == "LOC"][:1]
        return []


_AFTER = frozenset({"after", "following"})
_DESPITE = frozenset({"despite"})
_PRESSING_PREPS = frozenset({"by", "from", "of"})
_OF = frozenset({"of"})
_SETTLEMENT_NOUNS = frozenset({"agreement", "talk", "talks", "deal", "accord", "negotiation", "deliberation", "meeting",
                               "dialogue", "consultation", "understanding", "settlement", "compromise"})


# Clauses beside an act that are not part of it: what is said about it, asides.
_OTHER_CLAUSES = frozenset({"ccomp", "parataxis", "relcl"})

_DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})


# Common nouns that name a place when a name goes with them: "the Thailand border", "Niger's Maradi
# region", "Bosnian Serb territory"; a bare "the area" names none.
_PLACE_NOUNS = frozenset({"area", "region", "territory", "border", "district", "province", "zone", "countryside", "capital",
                          "corridor", "enclave", "city", "town", "village", "state", "county", "valley", "strip"})


def _apposed_name(token: Token) -> Token:
    """ "the capital Kabul": the name rather than the kind of place."""
    return next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ in ("GPE", "LOC")), token)


def _named_place(token: Token) -> bool:
    if token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "ORG", "NORP", "DATE", "TIME"):
        return True  # "in occupied Karabakh": a name the tagger left unlabelled
    if token.lemma_.lower() not in _PLACE_NOUNS:
        return False
    return any(c.dep_ in ("compound", "amod", "poss", "nmod", "appos") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "LOC"))
               for c in token.children) or any(  # "several areas near the capital Damascus"
        g.ent_type_ in ("GPE", "LOC") or any(a.dep_ == "appos" and (a.ent_type_ in ("GPE", "LOC") or a.pos_ == "PROPN") for a in g.children)
        for c in token.children if c.dep_ == "prep" and c.lower_ in ("near", "of", "in", "around")
        for g in c.children if g.dep_ == "pobj")
