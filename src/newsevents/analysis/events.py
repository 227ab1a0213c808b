"""Events: who did what to whom, from dependency rules over the spaCy parse.

A trigger is a verb or an event noun listed in `data/event_triggers.tsv` with its CAMEO code. Its
actor is the subject (the `by`-agent of a passive, the possessor or national modifier of a noun,
the subject of a light verb such as "held talks"); its recipient the object or the object of the
trigger's recipient preposition. The words governing the trigger give its status (planned,
considered, hypothetical, negated, claimed) and the reporting verb above it gives `reported_by`.

This module matches triggers, settles codes (intent, refusal, future acts) and writes the events;
the work is shared with `event_arguments` (actors and recipients from the trigger's clause),
`event_recipients` (the party aimed at when the clause names a thing), `event_matching` (lexicon
object restrictions), `event_status` (status and reporter) and `event_syntax` (tree helpers).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..codebook import EventCode, lookup
from ..model import Event, EventDate, EventLocation, Ref, Span
from ..pipeline import AnalysisState, register_component
from .event_arguments import JOINT_WORDS, find_arguments, reported_antecedent
from .event_candidate import Candidate
from .event_lexicon import (
    CLAIMED_WORDS,
    FUTURE_AUX,
    GENERIC_HEADS,
    LIGHT_VERBS,
    NO_OBJECT,
    REFINE_BY_COMPLEMENT,
    REPORTING_VERBS,
    TriggerRule,
    trigger_rules,
)
from .event_matching import LIGHT_HEADS, matched_object
from .event_recipients import ASKING_ROOTS, complement_parties, recipient_tokens
from .event_setting import EventDater, EventLocator
from .event_status import reporters_of, status_of
from .event_syntax import (
    OBJECTS,
    SUBJECTS,
    is_dated_preposition,
    noun_phrase,
    with_conjuncts,
)
from .mention_index import MentionIndex

# Words that make a cooperative act an expressed intent, and the CAMEO 03x code for each act.
_INTENT_WORDS = frozenset({"willing", "ready", "prepared", "eager", "pledge", "promise", "vow", "swear", "offer",
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
            and any(o.dep_ in OBJECTS and o.i in nouns for o in c.token.children))]
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
                find_arguments(candidate)
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
                    find_arguments(inner)
                    candidate.recipients = [t for t in inner.recipients if t not in candidate.actors]
                if not candidate.recipients:
                    candidate.recipients = [t for t in complement_parties(candidate.token) if t not in candidate.actors]
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
                                 and c.lower_ in rule.particles and not is_dated_preposition(c)), None)
                if particle is None:
                    # "pushing for the US to back the plan": the parser marks the clause with "for"
                    particle = next((m for c in token.children if c.dep_ in ("advcl", "ccomp") for m in c.children
                                     if m.dep_ == "mark" and m.lower_ in rule.particles and m.i > token.i), None)
                if particle is None:
                    continue
            consumed = None
            if rule.objects == NO_OBJECT:
                if any(c.dep_ in _OBJECT_OR_CLAUSE for c in token.children):
                    continue
            elif rule.objects:
                consumed = matched_object(token, particle, rule.objects, rule.pos)
                if consumed is None:
                    continue
            code = rule.code
            if code.root == "15" and any(c.lower_ in JOINT_WORDS for c in token.children):
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
        tokens = [t for t in recipient_tokens(candidate, index) if not t.is_punct]
        actor_keys = {_ref_key(r) for r in actors}
        recipients = [r for r in _dedupe([_ref(text, t, index) for t in tokens])
                      if _ref_key(r) not in actor_keys and (r.entity is not None or not topical)]
        if not actors and not any(r.entity for r in recipients):
            return None  # "the roads were closed": no actor, no event
        code = candidate.code
        token = candidate.token
        status = candidate.status or status_of(token)
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
            reported_by=_dedupe([_ref(text, t, index) for t in reporters_of(token)]),
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
    return trigger.dep_ in OBJECTS and trigger.head.lemma_.lower() == "announce"


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

    return [c for c in candidates if c.code.root not in ASKING_ROOTS or not about_a_protest(c)]


_OBJECT_OR_CLAUSE = frozenset({"dobj", "obj", "ccomp"})
_ORDERING_VERBS = frozenset({"order", "direct", "instruct"})
_ORDERED_ROOTS = frozenset({"16", "17"})


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


# Verbs of concluding and telling whose that-clause can say what another party must do.
_DEMANDING_VERBS = REPORTING_VERBS | {"conclude", "rule", "decide", "resolve", "remind"}
# Nouns of telling whose that-clause does the same: "issued a reminder to Iraq that it must cooperate".
_DEMANDING_NOUNS = frozenset({"reminder", "warning", "message", "notice", "ultimatum"})


def _speakers(verb: Token) -> list[Token]:
    speakers = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN")]
    if not speakers:
        # "The Red Cross operating in Iraq said": the parser made the participle the subject
        speakers = [g for c in verb.children if c.dep_ in SUBJECTS and c.tag_ == "VBG"
                    for g in c.children if g.dep_ in SUBJECTS and g.pos_ in ("NOUN", "PROPN")]
    return speakers


def _reported_demand(verb: Token) -> Candidate | None:
    """ "Russia says Israel must end attacks": a speaker telling another party what it must or
    should do makes a demand (CAMEO 100) or an appeal (020) of it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    nouns = [o for o in verb.children if o.dep_ in OBJECTS and o.lemma_.lower() in _DEMANDING_NOUNS]
    if verb.lemma_.lower() not in _DEMANDING_VERBS and not nouns:
        return None
    speakers = _speakers(verb)
    told = [g for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    told += [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [c for o in nouns for c in o.children if c.dep_ in ("acl", "ccomp")]
    for clause in clauses:
        modal = next((c.lower_ for c in clause.children if c.dep_ == "aux" and c.lower_ in _OBLIGING_MODALS), None)
        if modal is None or any(c.dep_ == "neg" for c in clause.children):
            continue
        addressed = [c for c in clause.children if c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN")]
        if not addressed and told and any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in clause.children):
            addressed = told[:1]  # "reminded Iraq that it must cooperate": the one told
        if speakers and addressed:
            rule = _DEMAND_RULES[_OBLIGING_MODALS[modal]]
            return Candidate(token=verb, rule=rule, code=rule.code, status="actual",
                             actors=with_conjuncts(speakers), recipients=with_conjuncts(addressed), arguments_given=True)
    return None


def _announced_intent(verb: Token) -> bool:
    """ "The ELN said it will release X": an actor announcing what it will do expresses an intent."""
    children = list(verb.children)
    # "said it would allow": reported speech shifts "will" back to "would"
    future = FUTURE_AUX | {"would"} if verb.dep_ == "ccomp" else FUTURE_AUX
    if any(c.dep_ == "neg" for c in children) or not any(c.dep_ == "aux" and c.lower_ in future for c in children):
        return False
    return any(c.dep_ in SUBJECTS and reported_antecedent(c) is not None for c in children)


def _light_carrier(noun: Token) -> Token | None:
    """The light verb that carries an event noun ("provide support"), if any."""
    if noun.dep_ in OBJECTS and noun.head.lemma_.lower() in LIGHT_VERBS:
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
    phrase = noun_phrase(token)
    p_start = phrase[0].idx
    p_end = phrase[-1].idx + len(phrase[-1].text)
    entity = None
    inner = index.within(p_start, p_end)
    if inner:
        entity = inner[-1][2]
    elif token.lower_ in GENERIC_HEADS or token.lemma_.lower() in GENERIC_HEADS:
        # "the deputy chief of Israel's militia ally": the organisation after "of", and the phrase
        # runs to its end
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                p_end = max(p_end, child.right_edge.idx + len(child.right_edge.text))
                for obj in child.children:
                    found = index.at(obj.idx, obj.idx + len(obj.text))
                    if found is not None:
                        entity = found[2]
    return Ref(entity=entity, text=text[p_start:p_end], start=p_start, end=p_end)


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
