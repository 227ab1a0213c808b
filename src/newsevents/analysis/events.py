"""Events: who did what to whom, from dependency rules over the spaCy parse.

A trigger is a verb or an event noun listed in `data/event_triggers.tsv` with its CAMEO code. Its
actor is the subject (the `by`-agent of a passive, the possessor or national modifier of a noun,
the subject of a light verb such as "held talks"); its recipient the object or the object of the
trigger's recipient preposition. The words governing the trigger give its status (planned,
considered, hypothetical, negated, claimed) and the reporting verb above it gives `reported_by`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..codebook import EventCode, lookup
from ..knowledge import fold, load_knowledge
from ..model import Event, EventDate, EventLocation, Ref, Span
from ..pipeline import AnalysisState, register_component
from .event_lexicon import (
    CLAIM_ADVERBS,
    CLAIMED_MODIFIERS,
    CLAIMED_WORDS,
    CONSIDERED_WORDS,
    FUTURE_AUX,
    GENERIC_HEADS,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_MARKS,
    HYPOTHETICAL_MODIFIERS,
    HYPOTHETICAL_WORDS,
    LIGHT_VERBS,
    NEGATING_WORDS,
    NEGATING_WORDS_ON_NOUNS,
    PLANNED_MODIFIERS,
    PLANNED_WORDS,
    REFINE_BY_COMPLEMENT,
    REPORTING_VERBS,
    TriggerRule,
    trigger_rules,
)
from .event_setting import EventDater, EventLocator
from .mention_index import MentionIndex

_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_OBJECTS = frozenset({"dobj", "obj"})
# Links through which a clause inherits its subject from the clause above it.
_SUBJECT_INHERITING = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
# Links from an embedded clause up to the word that governs its status or its reporter.
_GOVERNING = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "acl", "dobj", "pobj", "prep", "conj", "nsubj", "attr", "oprd"})
_SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Acts done together whatever their PLOVER type: "the US and China signed an agreement".
_MUTUAL_CODES = frozenset({"057"})
_JOINT_WORDS = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational", "multilateral"})
# Words that make a cooperative act an expressed intent, and the CAMEO 03x code for each act.
_INTENT_WORDS = frozenset({"willing", "ready", "prepared", "eager", "pledge", "promise", "vow", "offer",
                           "commit", "undertake", "volunteer", "agree"})
_INTENT_ROOTS = frozenset({"04", "05", "06", "07", "08"})
_INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                 "061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331", "072": "0332",
                 "073": "0333", "074": "0334", "081": "0351", "082": "0352", "084": "0353", "085": "0354",
                 "086": "0355", "087": "0356", "045": "039", "046": "036"}
_REFUSAL_ROOTS = _INTENT_ROOTS | {"03"}
_FUTURE_INTENT_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
_FAILING_WORDS = frozenset({"fail", "refuse", "decline"})
_REFUSAL_CODES = {"04": "125", "05": "120", "06": "121", "07": "122", "08": "124", "03": "120",
                  "084": "1243", "085": "1244", "086": "1245", "087": "1246", "081": "1241", "082": "1242",
                  "045": "126", "061": "1211", "062": "1212", "063": "1213", "064": "121"}
# Documents that speak for whoever issued them: "released a statement accusing X".
_DOCUMENT_NOUNS = frozenset({"statement", "report", "letter", "lawsuit", "suit", "complaint", "resolution",
                             "communique", "communiqué", "declaration", "petition", "motion", "note", "memo",
                             "bill", "order", "decree", "ruling", "verdict", "judgment", "judgement", "post",
                             "tweet", "message", "video", "speech", "editorial", "op-ed", "article"})


@dataclass
class Candidate:
    token: Token
    rule: TriggerRule
    code: EventCode
    particle: Token | None = None
    consumed: Token | None = None  # the object word a restricted row used up ("lifted sanctions")
    status: str | None = None  # set when the code already says what the words around it mean
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    arguments_given: bool = False  # the rule that made the candidate found its arguments too


class EventExtractor:
    def __init__(self) -> None:
        self.rules = trigger_rules()

    def __call__(self, state: AnalysisState) -> None:
        doc = state.doc
        index = MentionIndex(state.result.entities)
        found = state.scratch.get("times")
        dater = EventDater(doc, state.article.text, found if isinstance(found, list) else [], state.article.published)
        locator = EventLocator(doc, state.article.text, state.result.places)
        events: list[Event] = []
        for sentence in doc.sents:
            for candidate in self._sentence_events(sentence):
                event = self._event(candidate, sentence, state.article.text, index, dater.date_of(candidate.token))
                if event is not None:
                    event.location = EventLocation(place=locator.place_of(candidate.token))
                    events.append(event)
        events.sort(key=lambda e: (e.trigger.start, e.type))
        for number, event in enumerate(events, start=1):
            event.id = f"V{number}"
        state.result.events = events

    # -- candidates -------------------------------------------------------------------------
    def _sentence_events(self, sentence: SpacySpan) -> list[Candidate]:
        candidates = [c for token in sentence if (c := self._match(token)) is not None]
        candidates += [c for token in sentence if (c := _reported_demand(token)) is not None]
        consumed = {c.consumed.i for c in candidates if c.consumed is not None}
        candidates = [c for c in candidates if c.token.i not in consumed]
        nouns = {c.token.i for c in candidates if c.rule.pos == "NOUN"}
        # "ordered an investigation", "offered criticism": the light verb lends its subject to the noun
        candidates = [c for c in candidates if not (
            c.rule.pos == "VERB" and not c.rule.objects and c.token.lemma_.lower() in LIGHT_VERBS
            and any(o.dep_ in _OBJECTS and o.i in nouns for o in c.token.children))]
        by_token = {c.token.i: c for c in candidates}
        kept: list[Candidate] = []
        absorbed: dict[int, Candidate] = {}
        for candidate in candidates:
            governor = _governing_event(candidate.token, by_token)
            if governor is not None and governor.code.plover and governor.token.lemma_.lower() not in CLAIMED_WORDS:
                refined = REFINE_BY_COMPLEMENT.get(governor.code.cameo, {}).get(candidate.code.root)
                if refined:
                    governor.code = lookup(refined)
                elif governor.token.lemma_.lower() in _ORDERING_VERBS and candidate.code.root in _ORDERED_ROOTS:
                    # "the judge ordered them jailed", "ordered the paper to suspend publication": an
                    # authority's order to coerce is the coercion
                    governor.code = candidate.code
                if not _has_own_actor(candidate):
                    absorbed[governor.token.i] = candidate
                    continue
            if not candidate.arguments_given:
                _find_arguments(candidate)
            carrier = candidate.token if candidate.rule.pos == "VERB" else _light_carrier(candidate.token)
            if carrier is not None and candidate.code.root in _INTENT_ROOTS and (
                    _intent_word(carrier) or _announced_intent(carrier)):
                # "is willing to withdraw", "pledged to release": an expressed intent (CAMEO 03x)
                candidate.code = lookup(_INTENT_CODES.get(candidate.code.cameo[:3], _INTENT_CODES[candidate.code.root]))
                candidate.status = "actual"
            if candidate.code.root in _REFUSAL_ROOTS and _refused_intent(candidate.token):
                # "will not withdraw": declining to yield or to cooperate (CAMEO 12x)
                candidate.code = lookup(_REFUSAL_CODES.get(candidate.code.cameo[:3], _REFUSAL_CODES[candidate.code.root]))
                candidate.status = "actual"
            if not candidate.code.plover:
                continue
            if not candidate.recipients and candidate.rule.pos == "VERB":
                # "agreed to lift sanctions against the North": the complement names the other party
                inner = absorbed.get(candidate.token.i)
                if inner is not None:
                    _find_arguments(inner)
                    candidate.recipients = [t for t in inner.recipients if t not in candidate.actors]
                if not candidate.recipients:
                    candidate.recipients = [t for t in _complement_parties(candidate.token) if t not in candidate.actors]
            # a noun names an event only with its actor ("Israel's strikes"); "in a statement" is none
            if candidate.actors or (candidate.recipients and candidate.rule.pos == "VERB"):
                kept.append(candidate)
        return _without_protest_topics(kept)

    def _match(self, token: Token) -> Candidate | None:
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else None
        if pos is None or (pos == "NOUN" and token.dep_ == "compound"):
            return None
        rules = self.rules.get((token.lemma_.lower(), pos)) or self.rules.get((token.lower_, pos))
        if not rules and pos == "NOUN" and token.lemma_.lower() in LIGHT_HEADS:
            # "launched a mediation effort between X and Y": the effort is the mediation
            named = next((c for c in token.children if c.dep_ == "compound" and (c.lemma_.lower(), "NOUN") in self.rules), None)
            rules = self.rules.get((named.lemma_.lower(), "NOUN")) if named is not None else None
        if not rules:
            return None
        best: Candidate | None = None
        for rule in rules:
            if best is not None and rule.specificity < best.rule.specificity:
                break
            particle = None
            if rule.particles:
                particle = next((c for c in token.children if c.dep_ in ("prt", "prep", "agent", "advmod", "compound", "npadvmod")
                                 and c.lower_ in rule.particles and not _dated(c)), None)
                if particle is None:
                    # "pushing for the US to back the plan": the parser marks the clause with "for"
                    particle = next((m for c in token.children if c.dep_ in ("advcl", "ccomp") for m in c.children
                                     if m.dep_ == "mark" and m.lower_ in rule.particles and m.i > token.i), None)
                if particle is None:
                    continue
            consumed = None
            if rule.objects:
                consumed = _matched_object(token, particle, rule.objects, rule.pos)
                if consumed is None:
                    continue
            code = rule.code
            if code.root == "15" and any(c.lower_ in _JOINT_WORDS for c in token.children):
                code = lookup("062")
            candidate = Candidate(token=token, rule=rule, code=code, particle=particle, consumed=consumed)
            # among rows as specific, an object the verb governs itself beats one reached through a
            # preposition: "suspended aid to Gaza because of fighting" is about the aid
            if consumed is None or consumed.head.i in (token.i, getattr(particle, "i", -1)):
                return candidate
            best = best or candidate
        return best

    # -- output -----------------------------------------------------------------------------
    def _event(self, candidate: Candidate, sentence: SpacySpan, text: str, index: MentionIndex,
               date: EventDate | None) -> Event | None:
        # `text` is the article's text, which the doc was parsed from; Doc.text rebuilds it per call
        actors = _dedupe([_ref(text, t, index) for t in candidate.actors])
        # "discussed the threat": what a CONSULT is about is a topic, not a party, so only
        # entities count there; elsewhere a recipient gives way to the actor inside it
        topical = candidate.code.plover == "CONSULT"
        tokens = [t for t in _recipient_tokens(candidate, index) if not t.is_punct]
        actor_keys = {_ref_key(r) for r in actors}
        recipients = [r for r in _dedupe([_ref(text, t, index) for t in tokens])
                      if _ref_key(r) not in actor_keys and (r.entity is not None or not topical)]
        if not actors and not any(r.entity for r in recipients):
            return None  # "the roads were closed": no actor, no event
        code = candidate.code
        token = candidate.token
        status = candidate.status or _status(token)
        if status == "planned" and not _announced(token):
            code = _future_code(code)
        start, end = token.idx, token.idx + len(token.text)
        if candidate.particle is not None and 0 < candidate.particle.i - token.i <= 2:
            end = candidate.particle.idx + len(candidate.particle.text)
        return Event(
            id="", type=code.plover or "", mode=code.mode, context=list(code.context), cameo=code.cameo,
            quad_class=code.quad_class, goldstein=code.goldstein, status=status,
            actor=actors, recipient=recipients, date=date,
            trigger=Span(start=start, end=end, text=text[start:end]),
            evidence=_evidence(sentence, text, start),
            reported_by=_dedupe([_ref(text, t, index) for t in _reporters(token)]),
        )


# The threat (13x) that a conflictual act announced for the future amounts to, by its CAMEO code,
# the most specific prefix first.
_THREAT_CODES = {
    "162": "1311", "163": "1312", "161": "1313", "164": "134", "165": "135", "166": "136", "16": "131",
    "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "172": "132", "17": "137",
    "14": "133", "191": "1381", "192": "1382", "18": "1383", "19": "1384", "20": "1385",
}


def _future_code(code: EventCode) -> EventCode:
    """The code of an act reported as lying ahead."""
    if code.plover in _FUTURE_INTENT_TYPES and code.root in _INTENT_CODES:
        # PLOVER manual 3.1 and 3.2.1: cooperation reported in the future ("will meet next week")
        # is coded AGREE; the CAMEO code becomes the matching intent (036 for a meeting)
        return lookup(_INTENT_CODES.get(code.cameo[:3], _INTENT_CODES[code.root]))
    threat = _threat_code(code.cameo)
    # CAMEO manual, 130: "when any conflictual behavior is forecasted using future tense, it is
    # treated as a threat" ("will impose sanctions" is 1312, "will attack" 1384)
    return lookup(threat) if threat is not None else code


def _announced(trigger: Token) -> bool:
    """ "announced the arrest of 26 gang members", "announced a suspension of aid": an act made
    public as done, which the status words read as ahead."""
    return trigger.dep_ in _OBJECTS and trigger.head.lemma_.lower() == "announce"


def _threat_code(cameo: str) -> str | None:
    for length in (4, 3, 2):
        if cameo[:length] in _THREAT_CODES:
            return _THREAT_CODES[cameo[:length]]
    return None


def _evidence(sentence: SpacySpan, text: str, trigger_start: int) -> Span:
    """The trigger's sentence, without a dateline or paragraph the parser joined to it."""
    start, end = sentence.start_char, sentence.end_char
    cut = text.rfind("\n\n", start, trigger_start)
    if cut >= 0:
        start = cut + 2
    cut = text.find("\n\n", trigger_start, end)
    if cut >= 0:
        end = cut
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


# -- arguments ------------------------------------------------------------------------------

def _find_arguments(candidate: Candidate) -> None:
    token, rule = candidate.token, candidate.rule
    if rule.pos == "VERB":
        actors, recipients = _verb_arguments(token, rule, candidate.consumed)
    else:
        actors, recipients = _noun_arguments(token, rule)
    if not rule.takes_recipient:
        recipients = []
    actors = [_relative_antecedent(t) for t in actors]
    candidate.actors = [t for t in _expand([_named_party(_reported_antecedent(t) or t) for t in actors]) if not _is_dateline(t)]
    candidate.recipients = [t for t in _expand([_counted(t) for t in recipients]) if t not in candidate.actors and not _is_dateline(t)]
    if not candidate.actors and rule.pos == "VERB" and candidate.code.root in _STATE_ACT_ROOTS and _is_passive(token):
        # "was arrested in Rwanda", "were expelled from North Korea": with no agent named, the state
        # where it happened
        preps = frozenset({"in", "from"}) if token.lemma_.lower() in _EXPELLING_VERBS else frozenset({"in"})
        settings = _objects_of_preps(token, preps)
        settings += [g for t in settings for g in _objects_of_preps(t, frozenset({"in"}))]
        candidate.actors = [t for t in settings if _names_a_state(t)][:1]
    if not candidate.actors and rule.pos == "VERB" and _is_passive(token) and token.lemma_.lower() in _SENDING_VERBS:
        # "peacekeepers were deployed to relieve X": the forces sent act
        candidate.actors = [t for t in candidate.recipients if t.lemma_.lower() in _FORCE_NOUNS or t.lower_ in _FORCE_NOUNS]
        candidate.recipients = [t for t in candidate.recipients if t not in candidate.actors]
    _refine_by_arguments(candidate)
    _split_joint_actors(candidate)


_EXPELLING_VERBS = frozenset({"expel", "deport", "ban", "bar"})


def _names_a_state(token: Token) -> bool:
    """A country or place by its entity label, or a country's name the tagger mislabelled ("in Niger")."""
    return token.ent_type_ == "GPE" or token.pos_ == "PROPN" and fold(token.text) in load_knowledge().countries


def _relative_antecedent(token: Token) -> Token:
    """ "a statement that praised X": the relative pronoun stands for the noun, and a document for
    whoever issued it."""
    if token.lower_ not in ("that", "which", "who") or token.head.dep_ != "relcl":
        return token
    noun = token.head.head
    if noun.lemma_.lower() in _DOCUMENT_NOUNS and noun.head.i != noun.i:
        issuer = noun.head.head if noun.head.dep_ == "prep" else noun.head
        subjects = [c for c in issuer.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects[0]
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
            # "fired four shells at targets in Jericho": the weapons' target
            candidate.recipients = [t for w in [token, *weapons] for t in _prepositional_objects(w, _FIRED_AT)]
        if weapons and not candidate.recipients and candidate.rule.pos == "VERB":
            # "fired ballistic missiles" with no target: a show of force, not an attack (CAMEO 150)
            candidate.code = lookup("150")


_VERBAL_ADJECTIVES = frozenset({"scathing", "blistering", "verbal", "stinging", "withering", "scorching", "vitriolic",
                                "personal", "rhetorical", "extraordinary", "fierce", "furious", "angry", "sharp"})
_NAMING_VERBS = frozenset({"call", "describe", "brand", "label", "accuse", "dub", "say", "term"})
_POLICY_NOUNS = frozenset({"law", "plan", "policy", "decision", "bill", "proceeding", "inquiry", "investigation",
                           "report", "remark", "comment", "statement", "speech", "proposal", "ruling", "record",
                           "handling", "leadership", "campaign", "contribution", "budget", "reform", "deal"})


def _verbal_attack(candidate: Candidate) -> bool:
    """An attack in words: a verbal adjective, a participle that names the target ("calling them
    nutters"), or a target that is a policy or a text, which no weapon can hit."""
    token = candidate.token
    if any(c.dep_ == "amod" and c.lower_ in _VERBAL_ADJECTIVES for c in token.children):
        return True
    heads = [token, token.head] if token.dep_ in _OBJECTS else [token]
    if any(c.dep_ in ("advcl", "acl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _NAMING_VERBS
           for head in heads for c in head.children):
        return True
    return bool(candidate.recipients) and all(r.lemma_.lower() in _POLICY_NOUNS for r in candidate.recipients)


def _without_protest_topics(candidates: list[Candidate]) -> list[Candidate]:
    """ "staged a hunger strike to demand the resignation of X", "demonstrated, calling for
    independence": the demand is what the protest is about, not an event of its own (PLOVER manual
    3.12.2); the protest is aimed at whom it names."""
    protests = [c for c in candidates if c.code.root == "14"]
    if not protests:
        return candidates
    anchors = {c.token.i for c in protests} | {c.token.head.i for c in protests if c.rule.pos == "NOUN"}

    def about_a_protest(candidate: Candidate) -> bool:
        current = candidate.token
        for _ in range(3):
            if current.dep_ not in ("advcl", "xcomp", "acl", "relcl", "conj") or current.head.i == current.i:
                return False
            current = current.head
            if current.i in anchors:
                return True
        return False

    return [c for c in candidates if c.code.root not in _ASKING_ROOTS or not about_a_protest(c)]


def _split_joint_actors(candidate: Candidate) -> None:
    """ "Kochavi and Milley met": each is the other's counterpart. Not where the complement names
    a party: "Bahrain and Kuwait agreed to lift a ban on Egyptian imports"."""
    if any(t.ent_type_ in _PARTY_ENTITY_TYPES for t in _complement_parties(candidate.token)):
        return
    if not candidate.recipients and (candidate.code.plover in _SYMMETRIC_TYPES or candidate.code.cameo in _MUTUAL_CODES) \
            and len(candidate.actors) > 1:
        candidate.recipients = candidate.actors[1:]
        candidate.actors = candidate.actors[:1]


_EXERCISE_NOUNS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "game", "wargame"})
# Roots of acts that only a state or an armed group does, whose place names the state when the
# actor goes unnamed: yield and release (08), reduce relations (16), coerce and arrest (17).
_STATE_ACT_ROOTS = frozenset({"08", "16", "17"})


_DISPLACED = frozenset({"refugee", "migrant", "asylum", "asylum-seeker", "seeker", "displaced", "evacuee", "exile",
                        "fleeing", "flee", "expellee", "deportee"})


def _displaced(token: Token) -> bool:
    return any(t.lemma_.lower() in _DISPLACED or t.lower_ in _DISPLACED for t in token.subtree)


_PEACEKEEPING = frozenset({"peacekeeping", "peacekeeper", "peacekeep", "peace-keeping", "peace-keeper", "blue-helmet"})


def _for_peacekeeping(trigger: Token) -> bool:
    """Does the deployment's own clause say it is for peacekeeping? For a noun, also the purpose
    its verb gives ("announced the deployment of 230 troops to Liberia on a peacekeeping mission")."""
    scope = list(trigger.subtree)
    if trigger.pos_ == "NOUN" and trigger.dep_ in _OBJECTS:
        scope += [t for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "as") for t in c.subtree]
    return any(t.lemma_.lower() in _PEACEKEEPING or t.lower_ in _PEACEKEEPING for t in scope)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children) or _passive_participle(verb)


def _people_noun(token: Token) -> bool:
    roles = load_knowledge().roles
    return token.ent_type_ in ("PERSON", "NORP") or fold(token.lower_) in roles or fold(token.lemma_) in roles


def _passive_participle(verb: Token) -> bool:
    """ "the weapons seized last year", "sanctions imposed on India": a past participle after its
    noun says what was done to the noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i


def _verb_arguments(verb: Token, rule: TriggerRule, consumed: Token | None) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    recipients: list[Token] = []
    passive = _is_passive(verb)
    for child in verb.children:
        if child.dep_ in _SUBJECTS and not passive:
            actors.append(child)
        elif child.dep_ in _PASSIVE_SUBJECTS:
            recipients.append(child)
        elif child.dep_ == "agent":
            actors.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in _OBJECTS and not passive and not _owned_by_actor(child) and (
                consumed is None or child.i != consumed.i or not _is_event_noun(child)) or child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            recipients.append(child)
    if consumed is not None and [r.i for r in recipients] == [consumed.i]:
        # "supplied drones to Russia": the thing supplied gives way to the party it goes to
        to_party = _prepositional_objects(verb, rule.recipient_preps) or _prepositional_objects(consumed, rule.recipient_preps)
        if to_party:
            recipients = to_party
    if not recipients:
        recipients.extend(_prepositional_objects(verb, rule.recipient_preps))
    if not recipients and consumed is not None:
        # "imposed sanctions on Iran": the preposition may hang from the object
        recipients.extend(_prepositional_objects(consumed, rule.recipient_preps | _noun_recipient_preps(consumed)))
    recipients = [r for r in recipients if consumed is None or r.i != consumed.i or not _is_event_noun(r)]
    if not actors and not passive:
        actors.extend(_inherited_subject(verb))
    if not recipients and _passive_participle(verb) and (verb.head.i != getattr(consumed, "i", -1) or _people_noun(verb.head)):
        recipients.append(verb.head)  # "the prisoners held by the rebels", "hostages held by the rebels"
    return actors, recipients


def _dated(preposition: Token) -> bool:
    """ "called her on Monday": a preposition that only dates the act is not the verb's particle."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _is_event_noun(token: Token) -> bool:
    return (token.lemma_.lower(), "NOUN") in trigger_rules()


def _noun_recipient_preps(token: Token) -> frozenset[str]:
    rules = trigger_rules().get((token.lemma_.lower(), "NOUN"), ())
    return frozenset().union(*(r.recipient_preps for r in rules)) if rules else frozenset()


def _noun_arguments(noun: Token, rule: TriggerRule) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    recipients = _prepositional_objects(noun, rule.recipient_preps)
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG")):
            actors.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            actors.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "between":
            parties = [c for c in child.children if c.dep_ == "pobj"]
            parties = _expand(parties)
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
        governor = head if anchor.dep_ in _OBJECTS else head.head if anchor.dep_ == "pobj" and head.dep_ == "prep" else None
        if governor is not None and governor.pos_ in ("VERB", "AUX"):
            actors = [c for c in governor.children if c.dep_ in _SUBJECTS] or _inherited_subject(governor) or actors
    if actors and all(a.tag_ == "PRP$" for a in actors) and head.lemma_.lower() in LIGHT_VERBS:
        actors = []  # "the OIC expressed its rejection": the subject names "its"
    if anchor.dep_ in _OBJECTS and head.lemma_.lower() in _RECEIVING_VERBS:
        # "Iran faces criticism from the UN", "drew praise from Washington": the giver acts on the receiver
        givers = _prepositional_objects(noun, frozenset({"from"}))
        if givers:
            actors = givers
            recipients = [c for c in head.children if c.dep_ in _SUBJECTS] or recipients
    if anchor.dep_ in _OBJECTS and head.lemma_.lower() in _TAKING_PART_VERBS | _AVOWING_VERBS:
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS] or _inherited_subject(head)
        if subjects and head.lemma_.lower() in _TAKING_PART_VERBS and rule.code.root in _GATHERING_ROOTS:
            # "Kushner attends a Cabinet meeting", "a meeting of the North Atlantic Council": the one
            # attending takes part, and the body is the other party
            recipients = [*recipients, *(a for a in actors if a.tag_ != "PRP$"), *_prepositional_objects(noun, frozenset({"of"}))]
            actors = subjects
        elif subjects and actors:
            actors = subjects  # "Erdogan reiterated Turkey's support": the one who says it
    if not actors and anchor.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _USING_VERBS:
        # "held 20,000 civilians as human shields": the holder acts on the ones held
        user = head.head
        actors.extend(c for c in user.children if c.dep_ in _SUBJECTS)
        recipients.extend(c for c in user.children if c.dep_ in _OBJECTS)
    if not actors and anchor.dep_ in ("dobj", "attr", "nsubjpass", "obj") and head.lemma_.lower() in LIGHT_VERBS:
        if anchor.dep_ == "nsubjpass":
            actors.extend(c for agent in head.children if agent.dep_ == "agent" for c in agent.children if c.dep_ == "pobj")
        else:
            actors.extend(c for c in head.children if c.dep_ in _SUBJECTS)
            if not actors:
                actors.extend(_inherited_subject(head))
        if not recipients:
            recipients.extend(_prepositional_objects(head, rule.recipient_preps))
            recipients.extend(c for c in head.children if c.dep_ == "dative")
    return actors, recipients


_RECEIVING_VERBS = frozenset({"face", "receive", "draw", "attract", "earn", "win", "get", "meet", "incur", "garner"})
_TAKING_PART_VERBS = frozenset({"attend", "join", "host", "chair", "address"})
_GATHERING_ROOTS = frozenset({"03", "04", "05", "06"})  # meetings, summits, talks, joint exercises
_AVOWING_VERBS = frozenset({"reiterate", "reaffirm", "express", "voice", "convey", "repeat", "restate", "stress",
                            "underline", "emphasise", "emphasize", "renew"})
_ORDERING_VERBS = frozenset({"order", "direct", "instruct"})
_ORDERED_ROOTS = frozenset({"16", "17"})
_SERIES_HEADS = frozenset({"round", "series", "wave", "spate", "string", "volley", "barrage", "flurry", "campaign",
                           "day", "week", "month", "hour"})  # "launched ten days of war games"
_USING_VERBS = frozenset({"hold", "use", "keep", "take", "exploit"})
_NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def _prepositional_objects(head: Token, preps: frozenset[str]) -> list[Token]:
    return [t for t in _objects_of_preps(head, preps) if t.ent_type_ not in _NOT_ACTORS]


def _objects_of_preps(head: Token, preps: frozenset[str]) -> list[Token]:
    found: list[Token] = []
    for child in head.children:
        if child.dep_ in ("prep", "prt", "dative") and child.lower_ in preps:
            found.extend(c for c in child.children if c.dep_ == "pobj")
            # "cracked down on": the preposition may hang from the particle
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ in preps:
                    found.extend(c for c in grandchild.children if c.dep_ == "pobj")
    return found


def _inherited_subject(verb: Token) -> list[Token]:
    """The subject a clause shares with the clause above it ("agreed to meet", "met and agreed")."""
    current = verb
    for _ in range(4):
        if current.dep_ == "acl" and current.head.ent_type_ in ("DATE", "TIME") and current.head.head.i != current.head.i:
            # "hit the enclave for a sixth day, killing 32 civilians": the day does not kill
            current = current.head.head
            if current.dep_ == "prep":
                current = current.head
            subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
            if subjects:
                return subjects
            continue
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children) and (
                current.head.lemma_.lower() in _PURPOSE_NOUNS or _is_event_noun(current.head)):
            # "sent agents in a rush to investigate", "converged for a rally to protest": whoever
            # rushes or rallies, from the verb the noun hangs on
            verb = current.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                return []
            subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
            if subjects:
                return subjects
            current = verb
            continue
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            if current.head.lemma_.lower() in _DOCUMENT_NOUNS and current.head.head.i != current.head.i:
                # "released a statement criticising X": the statement's issuer
                issuer = current.head.head
                subjects = [c for c in issuer.children if c.dep_ in _SUBJECTS]
                if subjects:
                    return subjects
            return [current.head]
        if current.dep_ == "prep" and current.head.pos_ == "ADJ" and current.head.i != current.i:
            current = current.head  # "were guilty of violating the truce": whoever is guilty
        if current.dep_ not in _SUBJECT_INHERITING or current.head.i == current.i:
            return []
        head = current.head
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        if subjects:
            # "urged Iran to stop": an object-control verb passes its object down
            objects = [c for c in head.children if c.dep_ in _OBJECTS] \
                if current.dep_ == "xcomp" and head.lemma_.lower() not in _VISITING_VERBS else []
            return objects or subjects
        agents = [c for a in head.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
        if agents:
            return agents
        current = head
    return []


# Nouns a purpose clause hangs on that are nobody: "in a rush to investigate", "in a bid to end".
_PURPOSE_NOUNS = frozenset({"rush", "attempt", "bid", "effort", "move", "push", "drive", "race", "hurry", "scramble",
                            "way", "plan", "decision", "step", "measure", "order"})
# "called Lavrov to discuss Syria": the caller discusses, not the one called
_VISITING_VERBS = frozenset({"call", "phone", "ring", "telephone", "meet", "visit", "host", "receive", "join", "see"})


def _expand(tokens: list[Token]) -> list[Token]:
    """Each argument with the ones coordinated with it ("Kochavi and Milley")."""
    out: list[Token] = []
    for token in tokens:
        for member in (token, *token.conjuncts):
            if member not in out and (member.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "X")
                                      or member.tag_ == "VBG" and member.dep_ in ("pobj", "dobj")):  # "over Syrian shelling"
                out.append(member)
    return out


def _matched_object(token: Token, particle: Token | None, objects: frozenset[str], pos: str) -> Token | None:
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
                            "state", "team", "mission", "delegation"})
# Heads that take their meaning from the noun before them: "mediation efforts", "peacekeeping operations".
LIGHT_HEADS = frozenset({"effort", "mission", "operation", "process", "campaign", "programme", "program",
                         "initiative", "bid", "activity", "work", "drive", "plan"})

# Heads that, as an object, are what the word before them is: "violated the ceasefire agreement",
# "eased curfew hours".
_NAMED_BY_COMPOUND = frozenset({"agreement", "accord", "deal", "line", "hour", "order", "measure", "regulation", "rule",
                                "point", "material", "item", "kit"})


def _fits(token: Token, objects: frozenset[str]) -> bool:
    """Does the word satisfy a row's object restriction? Besides lemmas a row may name two classes:
    "@money" ("gave 352.5 million euros") and "@person" ("released Odin Sanchez")."""
    lemma = token.lemma_.lower()
    if lemma in objects or "@money" in objects and _is_money(token) or "@person" in objects and _is_person(token):
        return True
    if lemma in _MEASURE_HEADS or lemma in _COLLECTIVE_HEADS or token.lower_ in _COLLECTIVE_HEADS:
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


_PERMITTING_VERBS = frozenset({"allow", "let", "permit", "enable", "help", "force", "compel", "authorize", "authorise"})
_COMPLEMENT_PREPS = frozenset({"to", "from", "on", "against", "with", "into", "for", "in", "at", "of"})


def _complement_parties(verb: Token) -> list[Token]:
    """Objects inside the clause a verb governs ("agreed to open its borders to Somali refugees")."""
    found: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
        for child in clause.children:
            if (child.dep_ == "dobj" or child.dep_ == "dative" and child.pos_ != "ADP") and not _owned_by_actor(child):
                found.append(child)
            elif child.dep_ in ("prep", "dative") and child.lower_ in _COMPLEMENT_PREPS:
                found.extend(g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in _NOT_ACTORS)
            elif child.dep_ == "ccomp" and clause.lemma_.lower() in _PERMITTING_VERBS:
                # "agreed to allow aid workers to enter": the ones allowed
                found.extend(g for g in child.children if g.dep_ in _SUBJECTS)
            elif child.dep_ in _SUBJECTS and clause.pos_ == "ADJ":
                # "found Britta Nielsen guilty": the subject of the small clause
                found.append(child)
            elif child.dep_ == "nsubj" and clause.dep_ == "ccomp" and child.i < clause.i and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
                # "welcomed Putin to mediate", "urged Kenya to act": the parser's subject of the infinitive
                found.append(child)
    return _expand(found)


def _owned_by_actor(token: Token) -> bool:
    """ "its troops", "their weapons": the actor's own, not a recipient."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children)


_FIRED_AT = frozenset({"at", "on", "into", "toward", "towards", "against"})
_WEAPONS = frozenset({"missile", "rocket", "drone", "shell", "projectile", "bullet", "round", "mortar", "grenade",
                      "bomb", "munition", "salvo", "barrage", "icbm", "irbm", "warhead", "torpedo", "shot", "weapon"})


def _is_dateline(token: Token) -> bool:
    """ "DUBAI (Meridian Wire) — ...", "MOGADISHU, Somalia -- ...": the place a report was filed
    from is not an actor."""
    if not token.text.isupper() or len(token.text) < 3:
        return _in_dateline_country(token)
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


def _counted(token: Token) -> Token:
    """ "thousands of Iraqi Kurds", "a group of refugees", "scores of civilians": the ones counted."""
    if token.lemma_.lower() in _COLLECTIVE_HEADS or token.lower_ in _COLLECTIVE_HEADS:
        counted = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if counted:
            return _counted(counted[0])
    return token


def _named_party(token: Token) -> Token:
    """ "The head of the occupation army, Aviv Kochavi": the name in apposition; a collective gives
    way to the ones counted."""
    counted = _counted(token)
    if counted.i != token.i:
        return _named_party(counted)
    if token.ent_type_:
        return token
    appos = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")), None)
    return appos or token


_COLLECTIVE_HEADS = frozenset({"group", "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score",
                               "scores", "ten", "tens", "million", "millions", "number", "majority", "minority", "some",
                               "many", "most", "several", "all", "one", "two", "three", "few", "handful", "crowd",
                               "band", "batch", "contingent", "member", "members", "section", "faction", "wing", "part",
                               "patch", "detachment", "squad"})
_ANAPHORS = frozenset({"it", "they", "he", "she", "we", "i"})


def _reported_antecedent(pronoun: Token) -> Token | None:
    """ "Iran said it would free the prisoners": the pronoun is the one who said it."""
    if pronoun.lower_ not in _ANAPHORS:
        return None
    current = pronoun.head
    for _ in range(4):
        if current.dep_ in ("ccomp", "parataxis") and current.head.lemma_.lower() in REPORTING_VERBS:
            subjects = [c for c in current.head.children if c.dep_ in _SUBJECTS and c.lower_ not in _ANAPHORS]
            return subjects[0] if subjects else None
        if current.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or current.head.i == current.i:
            return None
        if any(c.dep_ in _SUBJECTS and c.lower_ not in _ANAPHORS for c in current.head.children) \
                and current.head.lemma_.lower() not in REPORTING_VERBS:
            # "the bombers killed 23 people when they blew themselves up, police said": the clause
            # above has a subject of its own, which the pronoun takes up
            return None
        current = current.head
    return None


def _refused_intent(trigger: Token) -> bool:
    """ "will not withdraw", "won't release", "failed to reach agreement": a refusal; also through
    the verb that carries the act ("will not begin talks", "will not go to Moscow to meet him")."""
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in _FAILING_WORDS:
        return True
    verbs = [trigger] if trigger.pos_ in ("VERB", "AUX") else []
    if trigger.dep_ in ("dobj", "xcomp", "advcl") and trigger.head.i != trigger.i and (
            trigger.head.lemma_.lower() in LIGHT_VERBS or trigger.head.lemma_.lower() in _MOTION_VERBS or trigger.dep_ == "xcomp"):
        verbs.append(trigger.head)
    return any(any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in verb.children) for verb in verbs)


_MOTION_VERBS = frozenset({"go", "come", "travel", "fly", "return"})


_OBLIGING_MODALS = {"must": "100", "should": "020"}
_DEMAND_RULES = {code: TriggerRule(lemma="", pos="VERB", particles=frozenset(), objects=frozenset(),
                                   recipient_preps=frozenset(), takes_recipient=True, code=lookup(code), light=False)
                 for code in set(_OBLIGING_MODALS.values())}


def _reported_demand(verb: Token) -> Candidate | None:
    """ "Russia says Israel must end attacks": a speaker telling another party what it must or
    should do makes a demand (CAMEO 100) or an appeal (020) of it."""
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    speakers = [c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ in ("NOUN", "PROPN")]
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        modal = next((c.lower_ for c in clause.children if c.dep_ == "aux" and c.lower_ in _OBLIGING_MODALS), None)
        if modal is None or any(c.dep_ == "neg" for c in clause.children):
            continue
        addressed = [c for c in clause.children if c.dep_ in _SUBJECTS and c.pos_ in ("NOUN", "PROPN")]
        if speakers and addressed:
            rule = _DEMAND_RULES[_OBLIGING_MODALS[modal]]
            return Candidate(token=verb, rule=rule, code=rule.code, status="actual",
                             actors=_expand(speakers), recipients=_expand(addressed), arguments_given=True)
    return None


def _announced_intent(verb: Token) -> bool:
    """ "The ELN said it will release X": an actor announcing what it will do expresses an intent."""
    children = list(verb.children)
    # "said it would allow": reported speech shifts "will" back to "would"
    future = FUTURE_AUX | {"would"} if verb.dep_ == "ccomp" else FUTURE_AUX
    if any(c.dep_ == "neg" for c in children) or not any(c.dep_ == "aux" and c.lower_ in future for c in children):
        return False
    return any(c.dep_ in _SUBJECTS and _reported_antecedent(c) is not None for c in children)


def _light_carrier(noun: Token) -> Token | None:
    """The light verb that carries an event noun ("provide support"), if any."""
    if noun.dep_ in _OBJECTS and noun.head.lemma_.lower() in LIGHT_VERBS:
        return noun.head
    return None


def _intent_word(verb: Token) -> bool:
    """Is the verb the complement of a word of intent ("willing to", "pledged to")?"""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    return head.lemma_.lower() in _INTENT_WORDS or head.lower_ in _INTENT_WORDS


def _has_own_actor(candidate: Candidate) -> bool:
    """A noun event inside another event keeps its place only when it names its own actor
    ("condemned Israel's strikes on Gaza")."""
    token = candidate.token
    if candidate.rule.pos != "NOUN":
        return False
    return any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
               or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children)


def _governing_event(token: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    """The event whose complement this trigger is ("threatened to strike", "agreed to talks")."""
    current = token
    for _ in range(4):
        if current.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp") or current.head.i == current.i:
            return None
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in REPORTING_VERBS:
            return None
        current = current.head
        if current.i in by_token:
            return by_token[current.i]
    return None


# -- status and reporter --------------------------------------------------------------------

def _status(trigger: Token) -> str:
    found = set(_markers(trigger))
    current = trigger
    for _ in range(5):
        if current.dep_ not in _GOVERNING or current.head.i == current.i or _passive_participle(current):
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
    return verb.lemma_.lower() == "call" and not any(c.lower_ in ("on", "upon", "for") and not _dated(c) for c in verb.children)


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


def _reporters(trigger: Token) -> list[Token]:
    current = trigger
    for _ in range(6):
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                return [g for to in child.children for g in to.children if g.dep_ == "pobj"] or \
                       [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in REPORTING_VERBS and child.i > trigger.i:
                speakers = [c for c in child.children if c.dep_ in _SUBJECTS]
                if speakers:
                    return _expand(speakers)
        if current.dep_ in ("ccomp", "conj", "xcomp", "advcl", "parataxis") and current.head.i != current.i:
            head = current.head
            if head.lemma_.lower() in REPORTING_VERBS and current.dep_ in ("ccomp", "parataxis"):
                return _expand([c for c in head.children if c.dep_ in _SUBJECTS])
            current = head
        elif current.pos_ in ("NOUN", "PROPN") and current.head.i != current.i:
            current = current.head
        else:
            break
    return []


# -- references ------------------------------------------------------------------------------

def _ref(text: str, token: Token, index: MentionIndex) -> Ref:
    start, end = token.idx, token.idx + len(token.text)
    mention = index.at(start, end)
    if mention is not None:
        # "Israel's military chief Aviv Kochavi": the name rather than the title
        subtree = [t for t in token.subtree]
        named = [m for m in index.within(subtree[0].idx, subtree[-1].idx + len(subtree[-1].text))
                 if m[2] == mention[2] and m[3] in index.names.get(m[2], "")]
        if named and mention[3] not in index.names.get(mention[2], ""):
            mention = named[0]
        return Ref(entity=mention[2], text=mention[3], start=mention[0], end=mention[1])
    phrase = _noun_phrase(token)
    p_start = phrase[0].idx
    p_end = phrase[-1].idx + len(phrase[-1].text)
    entity = None
    inner = index.within(p_start, p_end)
    if inner:
        entity = inner[-1][2]
    elif token.lower_ in GENERIC_HEADS or token.lemma_.lower() in GENERIC_HEADS:
        # "the leader of Hamas": the organisation after "of"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    found = index.at(obj.idx, obj.idx + len(obj.text))
                    if found is not None:
                        entity = found[2]
    return Ref(entity=entity, text=text[p_start:p_end], start=p_start, end=p_end)


_PARTY_PREPS = frozenset({"of", "by", "against", "on", "into", "over", "from", "with", "to", "for", "toward", "towards",
                          "between", "among", "amongst"})
# Prepositions that name the party an act is aimed at, when the object is a thing
# ("suspended flights to Armenia", "demanded an explanation from the prime minister").
_IMPOSED_ON = frozenset({"on", "against", "upon"})
_AIMED_PREPS = frozenset({"to", "against", "from", "with", "on", "for", "toward", "towards", "at", "into"})
_ASKING_ROOTS = frozenset({"02", "10"})
_GIVING_ROOTS = frozenset({"05", "06", "07", "08"})
_WITH = frozenset({"with"})
_CALLED = _OBJECTS | {"oprd"}  # "called Prime Minister Jan Novak to ...": the parser reads a name after "call" as oprd
_CONDITIONING_ROOTS = frozenset({"12", "13"})
_CONDITION_MARKS = frozenset({"until", "unless", "if", "before", "till"})
_PLACE_PREPS = frozenset({"in", "at", "inside", "across", "throughout", "along"})
_PARTY_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _is_party(token: Token, index: MentionIndex) -> bool:
    """Does the word name an actor: an entity, or a role ("the prime minister", "officials")?"""
    if index.at(token.idx, token.idx + len(token.text)) is not None or token.ent_type_ in _PARTY_ENTITY_TYPES:
        return True
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    roles = load_knowledge().roles
    return token.lemma_.lower() in GENERIC_HEADS or fold(token.lower_) in roles or fold(token.lemma_) in roles


def _party_within(token: Token, index: MentionIndex) -> Token:
    """For a recipient that names no actor ("a raid on a German organisation", "one of the critics",
    "the threats made by the government"), the first actor inside it; else the token itself."""
    if _is_party(token, index):
        return token
    frontier = [token]
    for _ in range(3):
        following: list[Token] = []
        for current in frontier:
            # "talks with President Mugabe": an event noun's partner before its modifiers ("unity government")
            partner_first = _is_event_noun(current)
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


def _recipient_tokens(candidate: Candidate, index: MentionIndex) -> list[Token]:
    """The recipients as parties. A thing named as the object gives way to the actor inside it
    ("rejected Theresa May's agreement") or to the party the act is aimed at beside it ("suspended
    flights to Armenia"); an act with no party at all is aimed at the place it happens in
    ("declared a ceasefire in Tripoli")."""
    if candidate.code.plover == "CONSULT":
        # "discussed Libya with Trump": the counterpart, not the topic
        trigger = candidate.token
        partners = [t for t in _objects_of_preps(trigger, _WITH) if _is_party(t, index)]
        if not partners and trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() in _VISITING_VERBS:
            # "called Lavrov to discuss Syria", "called on the president to discuss": the one called
            visit = trigger.head
            partners = [t for t in [*visit.children, *_objects_of_preps(visit, frozenset({"on", "upon"}))]
                        if (t.dep_ in _CALLED or t.dep_ == "pobj") and _is_party(t, index)]
        found = _expand(partners) if partners and candidate.rule.pos == "VERB" else candidate.recipients
        if not found:
            # "held meetings in Baghdad", "attended a summit in the United Kingdom": the host
            scene = _Scene(candidate, index)
            found = scene.mediated() or [t for t in scene.place() if t.ent_type_ == "GPE"]
        return found
    if candidate.code.root in _ASKING_ROOTS and (asked := _Scene(candidate, index).asked()):
        return asked  # "demanded that the United States match the EU's support": the one asked
    hosted = candidate.code.root in _CONTRIBUTING_ROOTS
    found = [hosted and _hosting_country(t) or _party_within(t, index) for t in candidate.recipients if not _sent_forces(t)]
    if candidate.code.plover == "MOBILIZE" or candidate.code.cameo.startswith("087"):
        # "mobilized the army for an assault on X", "withdrew some of its troops from Syria": the
        # forces are the actor's own
        found = [t for t in found if t.ent_type_ in _PARTY_ENTITY_TYPES and t.lemma_.lower() not in GENERIC_HEADS]
    if any(_is_party(t, index) for t in found):
        if all(_unplaced_group(t) for t in found if _is_party(t, index)):
            # "killed 48 people in Afghanistan": victims named by number alone are the place's people
            return found + _Scene(candidate, index).place()
        return found
    return _parties_beside(candidate, index) or found


# Forces and envoys an actor sends, deploys or withdraws: its means, not the party the act is aimed
# at ("sent 200 troops to Syria", "refused to send peacekeepers to Angola").
_FORCE_NOUNS = frozenset({"troop", "troops", "soldier", "force", "forces", "peacekeeper", "brigade", "battalion",
                          "unit", "contingent", "personnel", "instructor", "expert", "team", "warship", "ship",
                          "jet", "aircraft", "reinforcement", "marine", "adviser", "advisor", "observer"})
_SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "contribute", "station", "place", "move", "withdraw",
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
    return next((t for t in _objects_of_preps(token, frozenset({"in"})) if _names_a_state(t)), None)


_MISSION_HEADS = frozenset({"force", "mission", "operation", "contingent"})
_CONTRIBUTING_ROOTS = frozenset({"03", "05", "06", "07"})


def _sent_forces(token: Token) -> bool:
    if token.lemma_.lower() not in _FORCE_NOUNS and token.lower_ not in _FORCE_NOUNS:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "send peacekeepers or instructors"
    return token.dep_ in _OBJECTS and token.head.lemma_.lower() in _SENDING_VERBS


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
    finders = [scene.owners, scene.conditioned, scene.called, scene.place] if not candidate.rule.takes_recipient else [
        scene.aimed_from_trigger, scene.owners, scene.aimed_from_things, scene.in_complement, scene.asked,
        scene.conditioned, scene.protested, scene.mediated, scene.called, scene.place]
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
        self.things = [t for head in self.heads for t in head.children if t.dep_ in _OBJECTS and t.i != trigger.i]
        if candidate.consumed is not None and candidate.consumed not in self.things:
            self.things.append(candidate.consumed)
        self.clauses = [c for head in self.heads for c in head.children if c.dep_ in ("xcomp", "advcl", "ccomp", "acl")]
        self.actors = {t.i for t in candidate.actors}

    def _party(self, token: Token) -> bool:
        return _is_party(token, self.index) and token.i not in self.actors and not _sent_forces(token)

    def _aimed(self, heads: list[Token]) -> list[Token]:
        for head in heads:
            parties = [p for t in map(_counted, _objects_of_preps(head, _AIMED_PREPS)) if (p := _party_within(t, self.index)).i not in self.actors
                       and (_is_party(p, self.index) or t.head.lower_ == "against" and t.ent_type_ not in _NOT_ACTORS)]
            if parties:
                return _expand(parties)
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
        return self._aimed(deeper) if not deeper else next(
            (parties for prep in deeper if (parties := [p for c in prep.children if c.dep_ == "pobj"
                                                        and self._party(p := _party_within(c, self.index))])), [])

    def owners(self) -> list[Token]:
        """ "rejected Theresa May's agreement", "accepted the demands by protesters"."""
        return _expand([p for t in self.things if t.i != self.trigger.i and not _owned_by_actor(t)
                        and (p := _party_within(t, self.index)).i != t.i and self._party(p)])

    def in_complement(self) -> list[Token]:
        return [t for t in _complement_parties(self.trigger) if self._party(t)]

    def asked(self) -> list[Token]:
        """ "demanded that Dbeibeh appear": the one asked is the subject of what is asked."""
        if self.candidate.code.root not in _ASKING_ROOTS:
            return []
        clauses = [c for c in self.trigger.children if c.dep_ in ("ccomp", "acl") or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
        if not clauses and self.trigger.dep_ in _OBJECTS:
            # "reiterated its demand today that Israel ease restrictions": the clause hangs on the verb
            clauses = [c for c in self.trigger.head.children if c.dep_ == "ccomp" and c.i > self.trigger.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        parties = [_party_within(s, self.index) for c in clauses for s in c.children if s.dep_ in _SUBJECTS]
        return [t for t in _expand(parties) if self._party(t)]

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
            subjects = [t for t in clause.children if t.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS]
            found += [t for t in agents if t.pos_ in ("NOUN", "PROPN") and t.i not in self.actors]  # a doer named as such
            found += [t for t in subjects if self._party(t)]
            if not found:
                # "until he is satisfied Vietnam is doing all it can": the party in the clause he awaits
                found += [t for c in clause.children if c.dep_ == "ccomp" for t in c.children if t.dep_ in _SUBJECTS and self._party(t)]
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
                if child.dep_ in _OBJECTS and self._party(party := _party_within(child, self.index)):
                    return [party]
            if aimed := self._aimed([clause]):
                return aimed
        protests = [g for head in self.heads for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                    for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "protest"]
        return self._aimed(protests)

    def mediated(self) -> list[Token]:
        """ "a mediation effort to resolve the rift between Qatar and the Gulf states", "designed to
        help the government and the rebels reach a settlement": the parties mediated between."""
        if not self.candidate.code.cameo.startswith("045"):
            return []
        for clause in self.clauses:
            for token in clause.subtree:
                if token.dep_ == "prep" and token.lower_ == "between":
                    parties = _expand([c for c in token.children if c.dep_ == "pobj"])
                    if any(self._party(p) for p in parties):
                        return parties
            for helper in (t for t in clause.subtree if t.lemma_.lower() == "help" and t.pos_ == "VERB"):
                helped = [s for c in helper.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ in _SUBJECTS]
                helped += [c for c in helper.children if c.dep_ in _OBJECTS]
                parties = [p for p in _expand(helped) if self._party(p)]
                if parties:
                    return parties
        return []

    def called(self) -> list[Token]:
        """ "called Erdogan to convey Pakistan's support": the one called is the one told."""
        current = self.trigger
        for _ in range(3):
            if current.dep_ not in ("dobj", "xcomp", "advcl") or current.head.i == current.i:
                return []
            current = current.head
            if current.lemma_.lower() in _VISITING_VERBS:
                return _expand([t for t in current.children if t.dep_ in _CALLED and self._party(t)])
        return []

    def place(self) -> list[Token]:
        """An act aimed at nobody in particular is aimed at the place it happens in; aid, at the
        place its purpose names ("gave 40 million euros to promote investment in Ethiopia")."""
        verbs = [c for c in self.clauses if c.dep_ == "xcomp"]
        # forces are put on alert or moved somewhere: "mobilised police to the Pando region"
        preps = _PLACE_PREPS | _DESTINATION_PREPS if self.candidate.code.plover == "MOBILIZE" else _PLACE_PREPS
        for head in [*self.heads, *self.things, *verbs]:
            settings = _objects_of_preps(head, preps)
            # "killed 48 people in two attacks in Afghanistan": the place of the setting
            settings += [g for t in settings if t.ent_type_ not in ("GPE", "LOC") for g in _objects_of_preps(t, _PLACE_PREPS)]
            places = [t for t in settings if (t.ent_type_ in ("GPE", "LOC") or _named_place(t)) and t.i not in self.actors]
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


_DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
# Common nouns that name a place when a name goes with them: "the Thailand border", "Niger's Maradi
# region", "Bosnian Serb territory"; a bare "the area" names none.
_PLACE_NOUNS = frozenset({"area", "region", "territory", "border", "district", "province", "zone", "countryside",
                          "corridor", "enclave", "city", "town", "village", "state", "county", "valley", "strip"})


def _named_place(token: Token) -> bool:
    if token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "ORG", "NORP", "DATE", "TIME"):
        return True  # "in occupied Karabakh": a name the tagger left unlabelled
    if token.lemma_.lower() not in _PLACE_NOUNS:
        return False
    return any(c.dep_ in ("compound", "amod", "poss", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "LOC"))
               for c in token.children) or any(  # "several areas near the capital Damascus"
        g.ent_type_ in ("GPE", "LOC") or any(a.dep_ == "appos" and (a.ent_type_ in ("GPE", "LOC") or a.pos_ == "PROPN") for a in g.children)
        for c in token.children if c.dep_ == "prep" and c.lower_ in ("near", "of", "in", "around")
        for g in c.children if g.dep_ == "pobj")


def _noun_phrase(token: Token) -> list[Token]:
    """The head with the words before it that modify it (determiners, adjectives, compounds)."""
    left = [t for t in token.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct")]
    start = left[0].left_edge.i if left else token.i
    tokens = [t for t in token.doc[start:token.i + 1]]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tokens or [token]


def _ref_key(ref: Ref) -> tuple[str | None, int, int]:
    return (ref.entity, ref.start, ref.end) if ref.entity is None else (ref.entity, -1, -1)


def _dedupe(refs: list[Ref]) -> list[Ref]:
    seen: set[tuple[str | None, int, int]] = set()
    out: list[Ref] = []
    for ref in refs:
        key = _ref_key(ref)
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return out


register_component("events", assigns=("events",), requires=("doc", "entities", "actors"))(EventExtractor)
