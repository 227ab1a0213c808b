"""Framing markers: loaded terms, scare quotes, hedges and evaluative words, each with the voice it
is in (the outlet's own, or a quoted speaker's), the entity it qualifies and a neutral wording.

Terms come from the team's lexicon (data/framing_lexicon.tsv), matched on lower-cased tokens: the
acronyms it lists (IOF, RINO) have no ordinary lower-case homographs in news English, and exact-case
matching would miss headlines and sentence starts. Words that are loaded only in some senses
("regime", "neutralised", "claimed") carry conditions read from the spaCy parse.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.vocab import Vocab

from ..model import Entity, Framing, Quote
from ..pipeline import AnalysisState, register_component

LOADED_CATEGORIES = frozenset({"occupation", "terror", "regime", "dehumanising", "euphemism", "delegitimising",
                               "partisan", "contested_name"})
CATEGORIES = LOADED_CATEGORIES | {"hedge", "evaluative", "exempt"}


@dataclass(frozen=True)
class Term:
    variants: tuple[str, ...]
    category: str
    neutral: str | None
    conditions: tuple[str, ...]
    note: str

    @property
    def kind(self) -> str:
        return self.category if self.category in ("hedge", "evaluative") else "loaded_term"


@lru_cache(maxsize=1)
def load_lexicon() -> tuple[Term, ...]:
    text = resources.files("newsevents").joinpath("data/framing_lexicon.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    terms = []
    for row in rows[1:]:  # the first row is the header
        if len(row) != 5:
            raise ValueError(f"framing_lexicon.tsv: expected 5 columns, got {len(row)}: {row!r}")
        term, category, neutral, when, note = (cell.strip() for cell in row)
        conditions = () if when == "-" else tuple(c.strip() for c in when.split(","))
        if category not in CATEGORIES or any(c not in CONDITIONS for c in conditions):
            raise ValueError(f"framing_lexicon.tsv: unknown category or condition in {row!r}")
        variants = tuple(v.strip() for v in term.split("|") if v.strip())
        variants += tuple(v.replace("'", "’") for v in variants if "'" in v)
        terms.append(Term(variants, category, None if neutral == "-" else neutral, conditions, note))
    return tuple(terms)


_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher]] = {}


def _matcher(vocab: Vocab) -> PhraseMatcher:
    """One matcher per vocabulary (in practice per model), built on first use."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    import spacy

    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for index, term in enumerate(load_lexicon()):
        matcher.add(str(index), list(tokenizer.pipe(term.variants)))
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


# --- the parse conditions -------------------------------------------------------------------

_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
# Modifiers under which "regime" names a rule, not a government ("sanctions regime", "legal regime").
_NON_GOVERNMENT_MODIFIERS = frozenset({
    "legal", "regulatory", "fiscal", "monetary", "tax", "tariff", "customs", "trade", "visa", "visa-free", "sanctions",
    "sanction", "inspection", "inspections", "export", "control", "controls", "non-proliferation", "nonproliferation",
    "proliferation", "ceasefire", "cease-fire", "safeguards", "verification", "climate", "international", "global",
    "multilateral", "dietary", "diet", "training", "exercise", "fitness", "treatment", "drug", "medication", "dosing",
    "exchange", "currency", "investment", "licensing", "security", "border", "quarantine", "testing", "flow",
    "temperature", "operating", "pricing", "price", "subsidy", "pension", "insurance", "data", "privacy", "copyright",
    "patent", "asylum", "migration", "immigration", "residency", "entry", "transit", "curfew", "lockdown", "water",
})
# Common nouns that make "regime" more, not less, political ("terror regime", "military regime").
_GOVERNMENT_NOUNS = frozenset({"terror", "military", "army", "puppet", "occupation", "apartheid", "junta", "family",
                               "mullah", "mullahs", "clerical", "communist", "fascist", "criminal", "rogue"})
_LABEL_LEMMAS = frozenset({"designate", "designation", "list", "blacklist", "proscribe", "label", "brand", "classify",
                           "call", "deem", "declare", "term", "dub", "consider", "recognise", "recognize", "regard"})
_PERSON_NOUNS = frozenset({
    "terrorist", "militant", "gunman", "attacker", "assailant", "commander", "operative", "fighter", "soldier", "troop",
    "member", "leader", "chief", "suspect", "combatant", "infiltrator", "sniper", "man", "woman", "person", "people",
    "cell", "squad", "official", "figure", "scientist", "deputy", "head", "target", "enemy", "insurgent", "rebel",
    "jihadist", "spy", "agent", "collaborator", "gunmen", "militia", "militiaman", "he", "she", "they", "him", "her",
    "them", "who", "whom", "dozen", "dozens", "hundreds", "several", "many",
})
_PLACE_NOUNS = frozenset({"city", "town", "village", "territory", "settlement", "region", "area", "district",
                          "oblast", "province", "land", "lands", "island", "port", "bridgehead", "hamlet", "capital"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NON_CLAIM_OBJECTS = frozenset({"responsibility", "credit", "life", "lives", "victory", "seat", "title", "medal",
                                "prize", "win", "place", "spot", "asylum", "refund", "benefit", "compensation"})


def _object(token: Token) -> Token | None:
    """The one the verb was done to: its direct object, passive subject, or the noun a participle modifies."""
    if token.dep_ in ("amod", "acl") and token.head.pos_ in _NOUNS:
        return token.head
    for dep in ("dobj", "nsubjpass", "obj"):
        for child in token.children:
            if child.dep_ == dep:
                return child
    if token.pos_ == "NOUN":  # "the liberation of Kherson"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    return None


def _government(span: SpacySpan, _: _Mentions) -> bool:
    word = span.root
    if word.dep_ == "compound" and word.head.lemma_.lower() == "change":
        return False
    for child in word.children:
        lower = child.lower_
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ != "PROPN" and not child.ent_type_:
            if lower in _NON_GOVERNMENT_MODIFIERS or lower.split("-")[-1] in _NON_GOVERNMENT_MODIFIERS:
                return False
            if child.pos_ == "NOUN" and child.lemma_.lower() not in _GOVERNMENT_NOUNS:
                return False  # any other common noun: "ceasefire regime", "training regime"
        if child.dep_ == "prep" and lower == "of":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if any(obj.pos_ == "NOUN" and not obj.ent_type_ for obj in objects):
                return False  # "a regime of sanctions", not "the regime of Bashar al-Assad"
    return True


def _noun(span: SpacySpan, _: _Mentions) -> bool:
    word = span.root
    return word.pos_ in ("NOUN", "PROPN") and word.dep_ not in ("amod", "compound")


def _not_label(span: SpacySpan, _: _Mentions) -> bool:
    word: Token | None = span.root
    for _step in range(4):
        if word is None:
            break
        if word.lemma_.lower() in _LABEL_LEMMAS:
            return False
        if any(child.lemma_.lower() in _LABEL_LEMMAS for child in word.children if child.i < span.start):
            return False  # "a designated terrorist group"
        word = word.head if word.head.i != word.i else None
    return True


def _killing(span: SpacySpan, mentions: _Mentions) -> bool:
    target = _object(span.root)
    if target is None or any(child.lower_ == "from" for child in span.root.children):
        return False  # "eliminated from the tournament"
    if target.ent_type_ in ("PERSON", "NORP") or target.lemma_.lower() in _PERSON_NOUNS or target.lower_ in _PERSON_NOUNS:
        return True
    entity = mentions.at(target.idx, target.idx + len(target))
    return entity is not None and mentions.types.get(entity) in ("PERSON", "GROUP", "NORP")


def _place(span: SpacySpan, _: _Mentions) -> bool:
    target = _object(span.root)
    # A named object counts whatever NER calls it: the small model often takes towns for people.
    return target is not None and (target.ent_type_ in _PLACE_LABELS or target.pos_ == "PROPN"
                                   or target.lemma_.lower() in _PLACE_NOUNS)


def _attributive(span: SpacySpan, _: _Mentions) -> bool:
    word = span.root
    if word.dep_ in ("amod", "compound", "nmod"):
        return True
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return following is not None and following.pos_ in ("NOUN", "PROPN") and word.dep_ not in ("acomp", "attr", "xcomp")


def _claim(span: SpacySpan, _: _Mentions) -> bool:
    word = span.root
    if word.dep_ == "amod":
        return True  # "the claimed strike"
    if word.pos_ != "VERB":
        return False
    if any(child.dep_ == "dobj" and child.lemma_.lower() in _NON_CLAIM_OBJECTS for child in word.children):
        return False
    return any(child.dep_ in ("ccomp", "xcomp") for child in word.children)


CONDITIONS: dict[str, Callable[[SpacySpan, _Mentions], bool]] = {
    "government": _government,
    "noun": _noun,
    "not_label": _not_label,
    "killing": _killing,
    "place": _place,
    "attributive": _attributive,
    "claim": _claim,
}
# A title-case match inside a longer name of these kinds is part of the name ("Martyrs Square").
_NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})


# --- entity mentions ------------------------------------------------------------------------

class _Mentions:
    """Entity mentions by character position."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self.starts = [span[0] for span in self.spans]
        self.types = {e.id: e.type for e in entities}

    def _near(self, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        # Mentions are short; any that overlaps [start, end) starts at most this far before it.
        for index in range(bisect_left(self.starts, start - 200), len(self.spans)):
            span = self.spans[index]
            if span[0] >= end:
                break
            if span[1] > start:
                yield span

    def at(self, start: int, end: int) -> str | None:
        """The entity of the longest mention overlapping the characters (a token's)."""
        best = max(self._near(start, end), key=lambda s: (s[1] - s[0], -s[0]), default=None)
        return best[2] if best else None

    def of_marker(self, start: int, end: int, root: Token | None) -> str | None:
        """The entity a marker is itself a mention of, or lies within ("IOF", "regime" in "Syrian
        regime"); a mention inside the marker counts when it holds the marker's head word, so
        "Hamas-run" is about what Hamas runs, not Hamas."""
        near = list(self._near(start, end))
        containing = [s for s in near if s[0] <= start and end <= s[1]]
        if containing:
            return min(containing, key=lambda s: s[1] - s[0])[2]
        inside = [s for s in near if start <= s[0] and s[1] <= end
                  and (root is None or s[0] <= root.idx < s[1])]
        if inside:
            return max(inside, key=lambda s: s[1] - s[0])[2]
        return None


# --- what a marker is about -----------------------------------------------------------------

_ARGUMENT_ORDER = {
    "loaded_term": ("nsubjpass", "dobj", "nsubj", "agent"),  # "were martyred", "neutralised the commander"
    "evaluative": ("nsubj", "nsubjpass", "dobj", "agent"),   # "Pyongyang boasted"
    "hedge": ("nsubj", "agent", "nsubjpass", "dobj"),        # "troops allegedly executed"
    "scare_quote": ("nsubj", "nsubjpass", "dobj", "agent"),
}
_PRE_MODIFIERS = ("poss", "compound", "amod", "nmod", "appos")
# Prepositions that introduce the actor of a noun ("aggression by Russia", "provocations from Pyongyang").
_PHRASE_PREPS = frozenset({"of", "by", "from"})
# Verbs whose subject passes the judgement rather than receives it ("Tokyo called the launch reckless").
_JUDGING_LEMMAS = _LABEL_LEMMAS | {"describe", "condemn", "denounce", "dismiss", "criticise", "criticize", "slam",
                                   "view", "see", "find", "say", "warn", "accuse", "tolerate", "reject"}


def _argument(verb: Token, kind: str) -> list[Token]:
    """The verb's most direct argument for the kind of marker, if it has one; a verb without a
    subject of its own shares the one of the verb it depends on ("rejected it, claiming that")."""
    for dep in _ARGUMENT_ORDER[kind]:
        for child in verb.children:
            if child.dep_ == dep and dep == "agent":  # "killed by X": X
                return [grand for grand in child.children if grand.dep_ == "pobj"][:1]
            if child.dep_ == dep:
                return [child]
    if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return _argument(verb.head, kind)
    return []


def _described(verb: Token) -> list[Token]:
    """What a predicate describes: the object of a judging verb, else the subject ("was reckless")."""
    objects = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")][:1]
    if objects or verb.lemma_.lower() in _JUDGING_LEMMAS:
        return objects
    return _argument(verb, "evaluative")


def _targets(word: Token, kind: str) -> list[Token]:
    """The tokens whose phrases the marker qualifies, the most direct first."""
    while word.dep_ == "conj" and word.pos_ in ("ADJ", "ADV") and word.head.i != word.i:  # "dangerous and reckless"
        word = word.head
    head = word.head
    if word.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        return _described(head.head) + ([word] if word.pos_ in _NOUNS else [])  # "described the launch as reckless"
    if word.dep_ in ("amod", "compound", "nmod", "poss", "acl", "appos") and head.pos_ in _NOUNS:
        return [head]
    if word.pos_ in ("VERB", "AUX"):
        return _argument(word, kind)
    if word.dep_ in ("acomp", "attr", "oprd") and head.i != word.i:
        # "Hamas are terrorists"; "called the decision irresponsible": the decision, not the caller
        return _described(head) + ([word] if word.pos_ in _NOUNS else [])
    if word.dep_ in ("advmod", "prep", "npadvmod", "advcl", "neg", "mark") and head.i != word.i:
        if head.pos_ in ("VERB", "AUX"):
            return _argument(head, kind)
        if head.pos_ in _NOUNS:
            return [head]
        return _targets(head, kind)
    if word.pos_ in _NOUNS:
        return [word]
    return []


def _phrase_entity(word: Token, mentions: _Mentions, marker: tuple[int, int]) -> str | None:
    """The entity named by the word, else by the nearest mention among its modifiers and its
    of/by/from phrases ("Iran's malign influence" -> Iran)."""
    entity = mentions.at(word.idx, word.idx + len(word))
    if entity is not None:
        return entity
    tiers: tuple[list[Token], list[Token]] = ([], [])
    for child in word.children:
        if child.dep_ in _PRE_MODIFIERS:
            tiers[0].append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in _PHRASE_PREPS:
            tiers[1].extend(grand for grand in child.children if grand.dep_ == "pobj")
    for tier in tiers:
        named = []
        for token in tier:
            for part in token.subtree:
                if part.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                    continue
                found = mentions.at(part.idx, part.idx + len(part))
                if found is not None:
                    named.append((min(abs(part.idx - marker[0]), abs(part.idx - marker[1])), part.i, found))
        if named:
            return min(named)[2]
    return None


def _about(span: SpacySpan, kind: str, mentions: _Mentions, start: int, end: int) -> str | None:
    root = span.root
    entity = mentions.of_marker(start, end, root)
    if entity is not None:
        return entity
    targets = _targets(root, kind)
    # Nothing further afield: the subject of "Tokyo condemned the brutal attack" is not what is judged.
    for target in targets:
        entity = _phrase_entity(target, mentions, (start, end))
        if entity is not None:
            return entity
    return None


# --- scare quotes ---------------------------------------------------------------------------

# (opening, closing) marks; straight quotes open and close by what stands around them.
_PAIRS = (("“", "”"), ("«", "»"), ("‘", "’"), ('"', '"'), ("'", "'"))
_OPEN_BEFORE = frozenset(" \t\n([{—–-/“‘\"'«")
_MAX_WORDS = 4
_UTTERANCE_END = re.compile(r"[!?…]\W*$")
_CLAUSE_END = re.compile(r"[.,;:]\W*$")
# Naming cues after which a quoted phrase is the writer's distancing, not someone's words.
_NAMING_CUES = frozenset({"called", "calls", "calling", "dubbed", "dubs", "so-called", "termed", "branded", "labelled",
                          "labeled", "styled", "self-styled", "self-described", "described", "describes", "as"})
# Words before a quoted title, name or mention of a word: these are not scare quotes.
_TITLE_CUES = frozenset({
    "titled", "entitled", "headlined", "headline", "named", "codenamed", "code-named", "nicknamed", "film", "movie",
    "book", "song", "album", "novel", "series", "show", "documentary", "poem", "play", "hashtag", "slogan", "slogans",
    "motto", "chanting", "chanted", "chant", "chants", "word", "words", "term", "phrase", "banner", "placard",
    "placards", "sign", "signs", "reading", "read", "reads", "tweeted", "posted", "wrote", "caption", "captioned",
    "column", "op-ed", "editorial", "programme", "program", "podcast", "newspaper", "magazine", "exhibition",
    "operation", "campaign", "letters", "letter", "acronym", "abbreviation",
})
_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "ask", "reply", "respond", "answer", "shout", "write", "tweet", "insist",
                            "declare", "state", "warn", "note", "explain", "continue"})
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Quoted:
    open: int   # index of the opening mark
    close: int  # index of the closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPEN_BEFORE and not after.isspace()


def _is_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def quoted_spans(text: str) -> list[_Quoted]:
    """Spans between paired quotation marks, in any of the common styles, within one line. Straight
    and curly single quotes pair only where they cannot be apostrophes ("Israel's", "soldiers' pay")."""
    found = []
    for opening, closing in _PAIRS:
        if opening not in text:
            continue
        ambiguous = opening == closing or closing == "’"
        start: int | None = None
        for match in re.finditer(f"[{re.escape(opening + closing)}\n]", text):
            i, char = match.start(), match.group()
            if char == "\n":
                start = None
            elif char == closing and start is not None and (not ambiguous or _is_closing(text, i)):
                found.append(_Quoted(start, i))
                start = None
            elif char == opening and (not ambiguous or _is_opening(text, i)):
                start = i
    return sorted(found, key=lambda q: q.open)


def _is_scare_quote(doc: Doc, text: str, quoted: _Quoted) -> bool:
    # `text` is doc.text, which spaCy rebuilds from the tokens on every access.
    low, high = quoted.inner
    inner = text[low:high].strip()
    if not 1 <= len(_WORD.findall(inner)) <= _MAX_WORDS or sum(ch.isalpha() for ch in inner) < 2:
        return False
    if text[quoted.open] in "'‘" and inner[0].isdigit():
        return False  # "the '90s"
    before = [w.lower().strip(",:;(") for w in _WORD.findall(text[max(0, quoted.open - 60):quoted.open])][-3:]
    if before and before[-1] in _TITLE_CUES:
        return False
    if _UTTERANCE_END.search(inner):
        return False  # an exclamation or question is somebody's words
    named = any(word in _NAMING_CUES for word in before)
    if not named:
        introduced = text[:quoted.open].rstrip()[-1:] in (",", ":")  # 'she said: "Don't."', 'he said, "and I ..."'
        if introduced or (_CLAUSE_END.search(inner) and _speech_follows(doc, text, quoted.close + 1)):
            return False  # '"Never," he said.'
    return not _whole_sentence(doc, text, quoted)


def _speech_follows(doc: Doc, text: str, offset: int) -> bool:
    span = doc.char_span(offset, min(len(text), offset + 80), alignment_mode="expand")
    return span is not None and any(token.lemma_.lower() in _SPEECH_LEMMAS for token in list(span)[:10])


def _whole_sentence(doc: Doc, text: str, quoted: _Quoted) -> bool:
    span = doc.char_span(quoted.open, quoted.close + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sentence = span[0].sent
    words = [token for token in sentence if not token.is_punct and not token.is_space]
    if not words:
        return False
    if quoted.open <= words[0].idx and words[-1].idx + len(words[-1]) <= quoted.close + 1:
        return True
    # '"It is a start," a spokesperson for the WFP said': opens the sentence, ends on a comma
    return quoted.open <= words[0].idx and text[quoted.open + 1:quoted.close].rstrip().endswith(",")



_OPENING_MARKS = frozenset("“«‘\"'„‹")


def _is_quotation(text: str, quote: Quote) -> bool:
    """Whether a quote's content is enclosed in quotation marks (with or without them in the span)."""
    start = quote.content.start
    before = text[:start].rstrip()[-1:]
    return before in _OPENING_MARKS or text[start:start + 1] in _OPENING_MARKS


def _core(start: int, end: int, text: str) -> tuple[int, int]:
    """A span without the quote marks, spaces and punctuation at its edges."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


# --- the markers ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    kind: str
    about: str | None
    neutral: str | None
    core: tuple[int, int]


def _lexicon_markers(doc: Doc, mentions: _Mentions) -> list[tuple[SpacySpan, Term]]:
    terms = load_lexicon()
    strings = doc.vocab.strings
    exempt: list[tuple[int, int]] = []
    candidates: list[tuple[SpacySpan, Term]] = []
    for match_id, start, end in _matcher(doc.vocab)(doc):
        term = terms[int(strings[match_id])]
        if term.category == "exempt":
            exempt.append((start, end))
        else:
            candidates.append((doc[start:end], term))
    names = [ent for ent in doc.ents if ent.label_ in _NAME_LABELS]
    kept: list[tuple[SpacySpan, Term]] = []
    taken: set[int] = set()
    for span, term in sorted(candidates, key=lambda c: (c[0].start, -len(c[0]))):
        if taken.intersection(range(span.start, span.end)):
            continue
        if any(low < span.end and span.start < high and not (span.start <= low and high <= span.end) for low, high in exempt):
            continue
        if _inside_name(span, names):
            continue
        if not all(CONDITIONS[condition](span, mentions) for condition in term.conditions):
            continue
        kept.append((span, term))
        taken.update(range(span.start, span.end))
    return kept


def _inside_name(span: SpacySpan, names: list[SpacySpan]) -> bool:
    """A title-case match within a longer name ("Resistance Movement" in a party's name); not an
    acronym ("IOF") nor a name that is the term itself ("the Democrat Party")."""
    words = [token for token in span if token.is_alpha]
    if not words or not all(t.text[0].isupper() and not t.is_upper for t in words):
        return False
    for ent in names:
        if ent.start <= span.start and span.end <= ent.end:
            extra = [t for t in ent if not span.start <= t.i < span.end and t.is_alpha and t.pos_ != "DET"]
            if extra:
                return True
    return False


def find_framing(doc: Doc, entities: list[Entity], quotes: list[Quote]) -> list[Framing]:
    """Every framing marker in the parsed article, in text order."""
    text = doc.text
    mentions = _Mentions(entities)
    found: list[_Found] = []
    for span, term in _lexicon_markers(doc, mentions):
        start, end = span.start_char, span.end_char
        found.append(_Found(start, end, term.kind, _about(span, term.kind, mentions, start, end), term.neutral,
                            (start, end)))

    attributed = [q for q in quotes if q.speaker is not None]
    # A quoted phrase is a speaker's own words, not a scare quote, when it is an attributed quote, or
    # lies inside attributed speech that is not itself a quotation ('said Beijing had "overreacted"').
    # Inside a quotation it is the speaker's scare quote ('"We reject the 'peace plan'," he said').
    cores = {_core(q.content.start, q.content.end, text) for q in attributed}
    reported = [(q.content.start, q.content.end) for q in attributed if not _is_quotation(text, q)]
    for quoted in quoted_spans(text):
        core = _core(*quoted.inner, text)
        if core in cores or any(low <= quoted.open and quoted.close < high for low, high in reported):
            continue
        if not _is_scare_quote(doc, text, quoted):
            continue
        words = doc.char_span(*core, alignment_mode="expand")
        if words is None:  # cannot happen for a non-empty core; kept for the type checker
            about = mentions.of_marker(*core, None)
        else:
            about = _about(words, "scare_quote", mentions, *core)
        found.append(_Found(quoted.open, quoted.close + 1, "scare_quote", about, None, core))

    spoken = [(q.content.start, q.content.end) for q in quotes if q.kind in ("direct", "partial")]
    records = []
    for number, item in enumerate(sorted(found, key=lambda f: (f.start, f.end, f.kind)), start=1):
        records.append(Framing(id=f"F{number}", start=item.start, end=item.end, text=text[item.start:item.end],
                               kind=item.kind, voice=_voice(item, spoken, text),  # type: ignore[arg-type]
                               about=item.about, neutral=item.neutral))
    return records


def _voice(item: _Found, spoken: list[tuple[int, int]], text: str) -> str:
    """Quoted inside a speaker's words. A scare quote counts only inside a longer quotation: one
    that is itself an unattributed quote (same words, with or without the marks) is the outlet's."""
    for low, high in spoken:
        inside = low <= item.start and item.end <= high
        if inside and (item.kind != "scare_quote" or _core(low, high, text) != item.core):
            return "quoted"
    return "outlet"


class FramingMarker:
    """The `framing` component: the contract's `framing` records."""

    def __call__(self, state: AnalysisState) -> None:
        state.result.framing = find_framing(state.doc, state.result.entities, state.result.quotes)


register_component("framing", assigns=("framing",), requires=("doc", "entities", "actors", "quotes"))(FramingMarker)
