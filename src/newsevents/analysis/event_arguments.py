"""Who acts and who is acted on, as the trigger's own clause gives them: subjects, objects,
agents, inherited subjects, owners of event nouns; and the codes the arguments make more precise."""

from __future__ import annotations

from spacy.tokens import Token

from ..codebook import lookup
from .event_candidate import Candidate
from .event_lexicon import (
    LIGHT_VERBS,
    REPORTING_VERBS,
    TriggerRule,
)
from .event_recipients import PARTY_ENTITY_TYPES, SENDING_VERBS, is_force
from .event_syntax import (
    ANAPHORS,
    NOT_ACTORS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    VISITING_VERBS,
    counted_party,
    is_dateline,
    is_event_noun,
    is_passive,
    is_passive_participle,
    names_a_state,
    names_people,
    noun_recipient_preps,
    objects_of_preps,
    owned_by_actor,
    prepositional_objects,
    with_conjuncts,
)

# Links through which a clause inherits its subject from the clause above it.
_SUBJECT_INHERITING = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
_SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


# Acts done together whatever their PLOVER type: "the US and China signed an agreement"; a truce
# two sides are said to have broken is broken against each other ("X and Y violated the ceasefire").
_MUTUAL_CODES = frozenset({"057", "196"})
JOINT_WORDS = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational", "multilateral"})


# Documents that speak for whoever issued them: "released a statement accusing X".
_DOCUMENT_NOUNS = frozenset({"statement", "report", "letter", "lawsuit", "suit", "complaint", "resolution",
                             "communique", "communiqué", "declaration", "petition", "motion", "note", "memo",
                             "bill", "order", "decree", "ruling", "verdict", "judgment", "judgement", "post",
                             "tweet", "message", "video", "speech", "editorial", "op-ed", "article"})


def find_arguments(candidate: Candidate) -> None:
    token, rule = candidate.token, candidate.rule
    if rule.pos == "VERB":
        actors, recipients = _verb_arguments(token, rule, candidate.consumed)
    else:
        actors, recipients = _noun_arguments(token, rule)
    if not rule.takes_recipient:
        recipients = []
    actors = [_relative_antecedent(t) for t in actors]
    candidate.actors = [t for t in with_conjuncts([_named_party(reported_antecedent(t) or t) for t in actors]) if not is_dateline(t)]
    candidate.actors = [party for t in candidate.actors for party in _jointly_modified(t)]
    candidate.recipients = [t for t in with_conjuncts([counted_party(t) for t in recipients]) if t not in candidate.actors and not is_dateline(t)]
    if not candidate.actors and rule.pos == "VERB" and candidate.code.root in _STATE_ACT_ROOTS and (
            is_passive(token) or _shares_passive(token)):
        # "was arrested in Rwanda", "were expelled from North Korea", "was put under investigation in
        # Italy": with no agent named, the state where it happened
        preps = frozenset({"in", "from"}) if token.lemma_.lower() in _EXPELLING_VERBS else frozenset({"in"})
        settings = objects_of_preps(token, preps)
        # "was put under investigation in Peru": the place may hang from the verb's own phrase
        phrases = [g for p in token.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        settings += [g for t in [*settings, *phrases] for g in objects_of_preps(t, frozenset({"in"}))]
        candidate.actors = [t for t in settings if names_a_state(t)][:1]
    if not candidate.actors and rule.pos == "VERB" and is_passive(token) and token.lemma_.lower() in SENDING_VERBS:
        # "peacekeepers were deployed to relieve X": the forces sent act
        candidate.actors = [t for t in candidate.recipients if is_force(t)]
        candidate.recipients = [t for t in candidate.recipients if t not in candidate.actors]
    _refine_by_arguments(candidate)
    _split_joint_actors(candidate)


_EXPELLING_VERBS = frozenset({"expel", "deport", "ban", "bar"})


def _relative_antecedent(token: Token) -> Token:
    """ "a statement that praised X": the relative pronoun stands for the noun, and a document for
    whoever issued it."""
    if token.lower_ not in ("that", "which", "who") or token.head.dep_ != "relcl":
        return token
    noun = token.head.head
    if noun.lemma_.lower() in _DOCUMENT_NOUNS and noun.head.i != noun.i:
        # "reiterated the UN's commitment to supporting X in a statement that praised Y": the
        # statement is the nearest clause subject's above it
        issuer = noun.head
        for _ in range(5):
            subjects = [c for c in issuer.children if c.dep_ in SUBJECTS]
            if subjects:
                return subjects[0]
            if issuer.head.i == issuer.i:
                break
            issuer = issuer.head
    return noun


def _refine_by_arguments(candidate: Candidate) -> None:
    """The code the arguments make more precise than the trigger alone."""
    token, code = candidate.token, candidate.code
    if code.root == "15" and candidate.rule.pos == "NOUN" and len(candidate.actors) > 1 and not candidate.recipients \
            and token.lemma_.lower() in _EXERCISE_NOUNS:
        # "French and Egyptian warships launched war games": exercising together is military cooperation
        candidate.code = lookup("062")
    elif code.cameo == "154" and _for_peacekeeping(token) or code.cameo == "042" and any(
            _for_peacekeeping(actor) for actor in candidate.actors):
        # "sent 200 troops to Syria to serve as a peacekeeping force", "peacekeepers arrived in
        # Monrovia": peacekeeping, not a build-up or a visit
        candidate.code = lookup("074")
    elif code.cameo == "0872" and any(_displaced(t) for t in candidate.recipients):
        # "opened its borders to refugees": territorial asylum, aid (PLOVER manual 3.6)
        candidate.code = lookup("075")
    elif code.cameo == "190" and token.lemma_.lower() == "attack" and _verbal_attack(candidate):
        # "launched a scathing attack on the government, calling it anti-people": criticism (CAMEO 111)
        candidate.code = lookup("111")
    elif code.root in ("18", "19", "20"):
        weapons = [t for t in candidate.recipients if t.lemma_.lower() in _WEAPONS]
        candidate.recipients = [t for t in candidate.recipients if t.lemma_.lower() not in _WEAPONS]
        if weapons and not candidate.recipients:
            # "fired four shells at targets in Jericho": the weapons' target; bombs set off in a place
            # are set off against it ("exploded a series of bombs in the capital Kabul")
            aimed = _FIRED_AT | {"in"} if code.cameo.startswith("183") else _FIRED_AT
            candidate.recipients = [t for w in [token, *weapons] for t in prepositional_objects(w, aimed)]
        if weapons and not candidate.recipients and candidate.rule.pos == "VERB":
            # "fired ballistic missiles" with no target: a show of force, not an attack (CAMEO 150)
            candidate.code = lookup("150")


_NAMING_VERBS = frozenset({"call", "describe", "brand", "label", "accuse", "dub", "say", "term"})
_POLICY_NOUNS = frozenset({"law", "plan", "policy", "decision", "bill", "proceeding", "inquiry", "investigation",
                           "report", "remark", "comment", "statement", "speech", "proposal", "ruling", "record",
                           "handling", "leadership", "campaign", "contribution", "budget", "reform", "deal"})


def _verbal_attack(candidate: Candidate) -> bool:
    """An attack in words (a "scathing attack" has a lexicon row of its own): a participle that names
    the target ("calling them nutters"), or a target that is a policy or a text, which no weapon can hit."""
    token = candidate.token
    heads = [token, token.head] if token.dep_ in OBJECTS else [token]
    if any(c.dep_ in ("advcl", "acl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _NAMING_VERBS
           for head in heads for c in head.children):
        return True
    return bool(candidate.recipients) and all(r.lemma_.lower() in _POLICY_NOUNS for r in candidate.recipients)


def _split_joint_actors(candidate: Candidate) -> None:
    """ "Kochavi and Milley met": each is the other's counterpart. Not where the complement names
    a party: "Bahrain and Kuwait agreed to lift a ban on Egyptian imports"."""
    actors = {t.i for t in candidate.actors}
    clauses = [c for c in candidate.token.children if c.dep_ in ("xcomp", "ccomp")]
    if any(t.ent_type_ in PARTY_ENTITY_TYPES and t.i not in actors for c in clauses for t in c.subtree):
        return
    if not candidate.recipients and (candidate.code.plover in _SYMMETRIC_TYPES or candidate.code.cameo in _MUTUAL_CODES) \
            and len(candidate.actors) > 1:
        candidate.recipients = candidate.actors[1:]
        candidate.actors = candidate.actors[:1]


_EXERCISE_NOUNS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "game", "wargame"})


# Roots of acts that only a state or an armed group does, whose place names the state when the
# actor goes unnamed: yield and release (08), investigate (09), reduce relations (16), coerce and
# arrest (17). Not an assault: where it happened is not who did it.
_STATE_ACT_ROOTS = frozenset({"08", "09", "16", "17"})
_DISPLACED = frozenset({"refugee", "migrant", "asylum", "asylum-seeker", "seeker", "displaced", "evacuee", "exile",
                        "fleeing", "flee", "expellee", "deportee"})


def _displaced(token: Token) -> bool:
    return any(t.lemma_.lower() in _DISPLACED or t.lower_ in _DISPLACED for t in token.subtree)


_PEACEKEEPING = frozenset({"peacekeeping", "peacekeeper", "peacekeep", "peace-keeping", "peace-keeper", "blue-helmet"})


def _for_peacekeeping(trigger: Token) -> bool:
    """Does the deployment's own clause say it is for peacekeeping? For a noun, also the purpose
    its verb gives ("announced the deployment of 230 troops to Liberia on a peacekeeping mission")."""
    scope = list(trigger.subtree)
    if trigger.pos_ == "NOUN" and trigger.dep_ in OBJECTS:
        scope += [t for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "as") for t in c.subtree]
    return any(t.lemma_.lower() in _PEACEKEEPING or t.lower_ in _PEACEKEEPING for t in scope)


_STATIVE_PARTICIPLES = frozenset({"commit", "prepare", "determine", "dedicate", "resolve", "poise", "set", "oppose"})


def _verb_arguments(verb: Token, rule: TriggerRule, consumed: Token | None) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    recipients: list[Token] = []
    # "is committed to opening", "is prepared to send": a state of the subject, not something done to it
    passive = is_passive(verb) and verb.lemma_.lower() not in _STATIVE_PARTICIPLES
    if not passive and _shares_passive(verb):
        # "was tortured and killed": the second participle shares the first one's patient and agent
        head = verb.head
        patients = [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
        agents = [c for a in head.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
        own_agents = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
        return own_agents or agents, patients
    for child in verb.children:
        if child.dep_ in SUBJECTS and not passive or child.dep_ in PASSIVE_SUBJECTS and not passive:
            actors.append(child)
        elif child.dep_ in PASSIVE_SUBJECTS:
            recipients.append(child)
        elif child.dep_ == "agent":
            # "shortened the curfew by one hour": a measure is no agent
            actors.extend(c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in NOT_ACTORS)
        elif child.dep_ in OBJECTS and not passive and not owned_by_actor(child) and (
                consumed is None or child.i != consumed.i or not is_event_noun(child)) or child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            recipients.append(child)
    if consumed is not None and [r.i for r in recipients] == [consumed.i]:
        # "supplied drones to Russia": the thing supplied gives way to the party it goes to
        to_party = prepositional_objects(verb, rule.recipient_preps) or prepositional_objects(consumed, rule.recipient_preps)
        if to_party:
            recipients = to_party
    if not recipients:
        recipients.extend(prepositional_objects(verb, rule.recipient_preps))
    if not recipients and consumed is not None and consumed.dep_ in SUBJECTS and consumed.head.dep_ == "ccomp" \
            and consumed.head.head.i == verb.i and not is_event_noun(consumed):
        recipients.append(consumed)  # "allowed the WFP to deliver food": the parser's clause subject is the object
    if not recipients and consumed is not None:
        # "imposed sanctions on Iran": the preposition may hang from the object
        recipients.extend(prepositional_objects(consumed, rule.recipient_preps | noun_recipient_preps(consumed)))
    recipients = [r for r in recipients if consumed is None or r.i != consumed.i or not is_event_noun(r)]
    if not actors and not passive:
        actors.extend(_inherited_subject(verb))
    if not recipients and is_passive_participle(verb) and (verb.head.i != getattr(consumed, "i", -1) or names_people(verb.head)):
        recipients.append(verb.head)  # "the prisoners held by the rebels", "hostages held by the rebels"
    return actors, recipients


def _shares_passive(verb: Token) -> bool:
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i \
        and not any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.head.children)


def _noun_arguments(noun: Token, rule: TriggerRule) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    recipients = prepositional_objects(noun, rule.recipient_preps)
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG")):
            actors.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            actors.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "between":
            parties = [c for c in child.children if c.dep_ == "pobj"]
            parties = with_conjuncts(parties)
            if parties and rule.code.cameo == "045" and noun.head.lemma_.lower() in LIGHT_VERBS:
                recipients.extend(parties)  # "Qatar launched a mediation effort between Sudan and Chad"
            elif parties:
                actors.append(parties[0])
                recipients.extend(parties[1:])
    actors = [a for a in actors if a.ent_type_ not in ("DATE", "TIME")]  # "Saturday's meeting"
    anchor = noun
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i and anchor.head.pos_ in ("NOUN", "PROPN"):
        anchor = anchor.head  # "its rejection and condemnation of X"
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in _SERIES_HEADS:
        anchor = anchor.head.head  # "began a new round of joint exercises": the round is the exercises
    if anchor.i != noun.i and not actors:
        actors.extend(c for c in anchor.children if c.dep_ == "poss")
    head = anchor.head
    if actors and all(a.tag_ == "PRP$" for a in actors) and head.lemma_.lower() not in LIGHT_VERBS:
        # "North Korea reiterated its demand", "insisted on its demands": the owner is the subject
        governor = head if anchor.dep_ in OBJECTS else head.head if anchor.dep_ == "pobj" and head.dep_ == "prep" else None
        if governor is not None and governor.pos_ in ("VERB", "AUX"):
            actors = [c for c in governor.children if c.dep_ in SUBJECTS] or _inherited_subject(governor) or actors
    if actors and all(a.tag_ == "PRP$" for a in actors) and head.lemma_.lower() in LIGHT_VERBS:
        actors = []  # "the OIC expressed its rejection": the subject names "its"
    if anchor.dep_ in OBJECTS and head.lemma_.lower() in _RECEIVING_VERBS:
        # "Iran faces criticism from the UN", "drew praise from Washington": the giver acts on the receiver
        givers = prepositional_objects(noun, frozenset({"from"}))
        if givers:
            actors = givers
            recipients = [c for c in head.children if c.dep_ in SUBJECTS] or recipients
    if anchor.dep_ in OBJECTS and head.lemma_.lower() in _TAKING_PART_VERBS | _AVOWING_VERBS:
        subjects = [c for c in head.children if c.dep_ in SUBJECTS] or _inherited_subject(head)
        if subjects and head.lemma_.lower() in _TAKING_PART_VERBS and rule.code.root in _GATHERING_ROOTS:
            # "Kushner attends a Cabinet meeting", "a meeting of the North Atlantic Council": the one
            # attending takes part, and the body is the other party
            recipients = [*recipients, *(a for a in actors if a.tag_ != "PRP$"), *prepositional_objects(noun, frozenset({"of"}))]
            actors = subjects
        elif subjects and actors:
            actors = subjects  # "Erdogan reiterated Turkey's support": the one who says it
    if not actors and anchor.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _USING_VERBS:
        # "held 20,000 civilians as human shields": the holder acts on the ones held
        user = head.head
        actors.extend(c for c in user.children if c.dep_ in SUBJECTS)
        recipients.extend(c for c in user.children if c.dep_ in OBJECTS)
    if not actors and anchor.dep_ in ("dobj", "attr", "nsubjpass", "obj") and head.lemma_.lower() in LIGHT_VERBS:
        if anchor.dep_ == "nsubjpass":
            actors.extend(c for agent in head.children if agent.dep_ == "agent" for c in agent.children if c.dep_ == "pobj")
        else:
            actors.extend(c for c in head.children if c.dep_ in SUBJECTS)
            if not actors:
                actors.extend(_inherited_subject(head))
        if not recipients:
            recipients.extend(prepositional_objects(head, rule.recipient_preps))
            recipients.extend(c for c in head.children if c.dep_ == "dative")
    return actors, recipients


_RECEIVING_VERBS = frozenset({"face", "receive", "draw", "attract", "earn", "win", "get", "meet", "incur", "garner"})
_TAKING_PART_VERBS = frozenset({"attend", "join", "host", "chair", "address"})
_GATHERING_ROOTS = frozenset({"03", "04", "05", "06"})  # meetings, summits, talks, joint exercises
_AVOWING_VERBS = frozenset({"reiterate", "reaffirm", "express", "voice", "convey", "repeat", "restate", "stress",
                            "underline", "emphasise", "emphasize", "renew"})
_SERIES_HEADS = frozenset({"round", "series", "wave", "spate", "string", "volley", "barrage", "flurry", "campaign",
                           "day", "week", "month", "hour"})  # "launched ten days of war games"
_USING_VERBS = frozenset({"hold", "use", "keep", "take", "exploit"})


def _inherited_subject(verb: Token) -> list[Token]:
    """The subject a clause shares with the clause above it ("agreed to meet", "met and agreed")."""
    current = verb
    for _ in range(4):
        if current.dep_ == "acl" and current.head.ent_type_ in ("DATE", "TIME") and current.head.head.i != current.head.i:
            # "hit the enclave for a sixth day, killing 32 civilians": the day does not kill
            current = current.head.head
            if current.dep_ == "prep":
                current = current.head
            subjects = [c for c in current.children if c.dep_ in SUBJECTS]
            if subjects:
                return subjects
            continue
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children) and (
                current.head.lemma_.lower() in _PURPOSE_NOUNS or is_event_noun(current.head)):
            # "sent agents in a rush to investigate", "converged for a rally to protest": whoever
            # rushes or rallies, from the verb the noun hangs on
            verb = current.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                return []
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
            if subjects:
                return subjects
            current = verb
            continue
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            if current.head.lemma_.lower() in _DOCUMENT_NOUNS and current.head.head.i != current.head.i:
                # "released a statement criticising X": the statement's issuer
                issuer = current.head.head
                subjects = [c for c in issuer.children if c.dep_ in SUBJECTS]
                if subjects:
                    return subjects
            return [current.head]
        if current.dep_ == "prep" and current.head.pos_ == "ADJ" and current.head.i != current.i:
            current = current.head  # "were guilty of violating the truce": whoever is guilty
        if current.dep_ == "ccomp" and current.head.lemma_.lower() == "let":
            current = current.head  # "Ethiopia let free 74 prisoners"
            subjects = [c for c in current.children if c.dep_ in SUBJECTS]
            if subjects:
                return subjects
        if current.dep_ not in _SUBJECT_INHERITING or current.head.i == current.i:
            return []
        head = current.head
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        if subjects:
            # "urged Iran to stop": an object-control verb passes its object down
            objects = [c for c in head.children if c.dep_ in OBJECTS] \
                if current.dep_ == "xcomp" and head.lemma_.lower() not in VISITING_VERBS else []
            return objects or subjects
        if current.dep_ == "conj":
            # "has been indicted by the court and will resign": who was indicted resigns
            patients = [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
            if patients:
                return patients
        agents = [c for a in head.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
        if agents:
            return agents
        current = head
    return []


# Nouns a purpose clause hangs on that are nobody: "in a rush to investigate", "in a bid to end".
_PURPOSE_NOUNS = frozenset({"rush", "attempt", "bid", "effort", "move", "push", "drive", "race", "hurry", "scramble",
                            "way", "plan", "decision", "step", "measure", "order"})
_FIRED_AT = frozenset({"at", "on", "into", "toward", "towards", "against"})
_WEAPONS = frozenset({"missile", "rocket", "drone", "shell", "projectile", "bullet", "round", "mortar", "grenade",
                      "bomb", "munition", "salvo", "barrage", "icbm", "irbm", "warhead", "torpedo", "shot", "weapon"})


def _jointly_modified(token: Token) -> list[Token]:
    """ "Nigerian and British armed forces", "UK and EU negotiators": two parties, the first named by
    its modifier alone."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return [token]
    modifiers = [c for c in token.lefts if c.dep_ in _NAMING_MODIFIERS and c.ent_type_ in _SIDE_ENTITIES]
    first = next((m for m in modifiers if any(c.dep_ in ("cc", "conj") for c in m.children)), None)
    if first is None or first.i == modifiers[-1].i and not any(c.dep_ == "conj" for c in first.children):
        return [token]
    return [first, token]


_NAMING_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_SIDE_ENTITIES = frozenset({"GPE", "NORP", "ORG"})


def _named_party(token: Token) -> Token:
    """ "The head of the occupation army, Aviv Kochavi": the name in apposition; a collective gives
    way to the ones counted."""
    counted = counted_party(token)
    if counted.i != token.i:
        return _named_party(counted)
    if token.ent_type_:
        return token
    appos = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")), None)
    return appos or token


def reported_antecedent(pronoun: Token) -> Token | None:
    """ "Iran said it would free the prisoners": the pronoun is the one who said it."""
    if pronoun.lower_ not in ANAPHORS:
        return None
    current = pronoun.head
    for _ in range(4):
        if current.dep_ in ("ccomp", "parataxis") and current.head.lemma_.lower() in REPORTING_VERBS:
            subjects = [c for c in current.head.children if c.dep_ in SUBJECTS and c.lower_ not in ANAPHORS
                        and not is_dateline(c)]  # "ISLAMABAD -- Gilani said that he ...": not the dateline
            return subjects[0] if subjects else None
        if current.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or current.head.i == current.i:
            return None
        if any(c.dep_ in SUBJECTS and c.lower_ not in ANAPHORS for c in current.head.children) \
                and current.head.lemma_.lower() not in REPORTING_VERBS:
            # "the bombers killed 23 people when they blew themselves up, police said": the clause
            # above has a subject of its own, which the pronoun takes up
            return None
        current = current.head
    return None
