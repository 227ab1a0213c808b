"""Quotes: who said what. Direct quotations in any quote style, partial quotations and indirect
speech, each with its content, cue and speaker spans and the speaker resolved to an entity.

Two sources of evidence meet here. Quotation marks say where someone's own words are; the parse
says which verb of saying governs a clause and who its subject is. A cue verb with a clause gives an
indirect quote; when that clause is a quotation it is direct; a few quoted words inside reported
speech are a partial quote. A quotation with no cue of its own that follows another speaker's
quotation continues it ("...," he said. "We will respond.").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import Entity, Quote, Span, Speaker
from ..pipeline import AnalysisState, register_component
from .mention_index import MentionIndex
from .quote_lexicon import (
    ACCUSING_VERBS,
    CONTENT_ADJECTIVES,
    CONTENT_NOUNS,
    CONTENT_PREPOSITIONS,
    CUE_NOUNS,
    CUE_VERBS,
    EXPERIENCER_VERBS,
    EXPRESSING_VERBS,
    INTENT_NOUNS,
    LIKENING_VERBS,
    NAMING_VERBS,
    OBJECT_SPEECH_VERBS,
    OBJECT_THOUGHT_VERBS,
    RECIPIENT_OBJECT_VERBS,
    ROLE_HEADS,
    SPEECH_VERBS,
    STANCE_VERBS,
    THOUGHT_VERBS,
)

_OPENERS = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "‹": "›", "”": "”"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLAUSES = frozenset({"ccomp", "parataxis"})
_EDGE = " \t\n,;:—–―-"
# A quotation this short, with no verb, is a quoted phrase rather than someone's statement.
_PARTIAL_MAX_WORDS = 8
_WORD = re.compile(r"\w+")


@dataclass
class Quoted:
    """A stretch of text inside quotation marks (the marks included)."""

    start: int
    end: int
    closed: bool
    used: bool = False


@dataclass
class Found:
    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None
    speaker: Token | None = None
    speaker_span: tuple[int, int] | None = None
    labelled: bool = False  # a transcript line or signed quotation: the layout names the speaker
    relative: bool = False  # said in a relative clause set off by a comma: ", who says he is honored"


def quoted_spans(text: str) -> list[Quoted]:
    """Every quotation in `text`. A quotation does not cross a paragraph break; one left open at
    the end of a paragraph (the convention for quotes running over paragraphs) ends there."""
    # typewriter quotes: '' and `` stand for one mark; a zero-width filler keeps the offsets
    original = text
    text = text.replace("''", '"\u200b').replace("``", '"\u200b')
    spans: list[Quoted] = []
    for para_start, para_end in _paragraphs(text):
        position = para_start
        while position < para_end:
            char = text[position]
            closer = _OPENERS.get(char)
            if closer is None or not _opens(text, position, para_start):
                position += 1
                continue
            end = _closing(text, position + 1, para_end, char, closer)
            if end is None:
                if para_end - position > 40:
                    spans.append(Quoted(position, _rstrip(text, position, para_end), closed=False))
                position = para_end
            else:
                end += 2 if original[end:end + 2] == "''" else 1
                spans.append(Quoted(position, end, closed=True))
                position = end
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for match in re.finditer(r"\n\s*\n|\n(?=\s*[“\"«„])", text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if e > s]


def _opens(text: str, i: int, floor: int) -> bool:
    before = text[i - 1] if i > floor else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "'‘’":
        return (before.isspace() or before in "([—–-") and after.isalnum()
    if text[i] == "”":  # a closing mark opening a paragraph, as some sites print it
        return (i == floor or before == "\n") and after.isalnum()
    if text[i] == '"':
        return not before.isalnum() and not after.isspace()
    return True


def _closing(text: str, start: int, limit: int, opener: str, closer: str) -> int | None:
    depth = 0  # “he calls “hell” a place” nests when the marks differ
    for j in range(start, limit):
        char = text[j]
        if char == opener and opener != closer and opener != "”":
            depth += 1
        elif char == closer:
            if closer in "’'":
                after = text[j + 1] if j + 1 < len(text) else " "
                if after.isalpha():
                    continue  # an apostrophe: "don’t"
            if depth:
                depth -= 1
                continue
            return j
        elif opener == '"' and char == "“":
            return None
        elif (opener, char) in (("“", '"'), ('"', "”")) and _ends_word(text, j, limit):
            return j  # “..." or "...”: a curly mark paired with a straight one
    return None


def _ends_word(text: str, j: int, limit: int) -> bool:
    before = text[j - 1] if j > 0 else " "
    after = text[j + 1] if j + 1 < limit else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class QuoteFinder:
    def __call__(self, state: AnalysisState) -> None:
        state.result.quotes = find_quotes(state.doc, state.result.entities)


def find_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    text = doc.text  # built once: spaCy joins every token on each access
    quotations = quoted_spans(text)
    index = MentionIndex(entities)
    found: list[Found] = []
    inside = _inside_quotations(quotations, len(text))
    for sentence in doc.sents:
        for token in sentence:
            if not inside[token.idx]:
                found.extend(_from_cue(token, sentence, text))
    found.extend(_labelled_paragraphs(doc, text, quotations))
    _attach_quotations(found, quotations, doc, text)
    for item in found:
        _speaker_outside_quotations(item, doc, text, inside)
        _speaker_below_heading(item, doc, text)
    found = _outermost(found, text)
    for quoted in quotations:
        quoted.used = any(f.kind != "indirect" and _overlap(f.start, f.end, quoted.start, quoted.end) for f in found)
    _continuations(found, quotations, doc, text)
    found.extend(_governed_quotations(found, quotations, doc, text, inside))
    for item in found:
        item.start, item.end = _cover_marks(item.start, item.end, quotations)
    records = []
    for item in sorted(found, key=lambda f: (f.start, f.end)):
        content = Span(start=item.start, end=item.end, text=text[item.start:item.end])
        cue = Span(start=item.cue[0], end=item.cue[1], text=text[item.cue[0]:item.cue[1]]) if item.cue else None
        speaker = _speaker(item, index, entities, text)
        records.append(Quote(id="", kind=item.kind, content=content, cue=cue, speaker=speaker))  # type: ignore[arg-type]
    unique: list[Quote] = []
    seen: set[tuple[str, int, int]] = set()
    for quote in records:
        key = (quote.kind, quote.content.start, quote.content.end)
        if key not in seen:
            seen.add(key)
            unique.append(quote)
    for number, quote in enumerate(unique, start=1):
        quote.id = f"Q{number}"
    return unique


def _speaker_outside_quotations(item: Found, doc: Doc, text: str, inside: bytearray) -> None:
    """A subject inside a quotation is the quoted words' own, never the one who says them: in
    "“Full panic mode,” said Jane Doe" the parse gives "said" two subjects, and the speaker is the
    one outside the marks; failing that, the words between the closing mark and the cue ("“...,”
    Chief Jane Doe said")."""
    speaker = item.speaker
    if speaker is None or item.speaker_span is not None or not inside[speaker.idx] or item.cue is None:
        return
    cue = doc.char_span(item.cue[0], item.cue[1], alignment_mode="expand")
    subjects = [_subject(t, lambda c: bool(inside[c.idx])) for t in cue or [] if t.pos_ in ("VERB", "AUX")]
    item.speaker = next((s for s in subjects if s is not None), None)
    if item.speaker is None and cue is not None:
        first = cue.start
        while first > 0 and cue.start - first < 12 and not inside[doc[first - 1].idx] and doc[first - 1].text not in _QUOTE_MARKS:
            first -= 1
        between = [t for t in doc[first:cue.start] if not t.is_punct or t.i > first]
        closed = first > 0 and doc[first - 1].text in _QUOTE_MARKS
        nouns = [t for t in between if t.pos_ in ("PROPN", "NOUN")]
        # a capitalised word is part of a name the tagger read as a verb ("Tulsa police Chief ...")
        verbs = [t for t in between if t.pos_ in ("VERB", "AUX") and not t.is_title]
        if closed and nouns and not verbs:
            item.speaker = nouns[-1]
            item.speaker_span = _trim(text, between[0].idx, between[-1].idx + len(between[-1].text))


def _speaker_below_heading(item: Found, doc: Doc, text: str) -> None:
    """A subject cut from its cue by a line break or a colon is the parse joining a heading, a
    label or a time stamp ("3:45 p.m.", "The Latest: ...") to the sentence under it; the speaker is
    what opens the cue's line or follows the colon, up to its first verb."""
    speaker = item.speaker
    if speaker is None or item.speaker_span is not None or item.cue is None or speaker.idx > item.cue[0]:
        return
    line, colon = text.rfind("\n", speaker.idx, item.cue[0]), text.rfind(": ", speaker.idx, item.cue[0])
    if colon >= 0 and _has_verb(doc, speaker.idx, colon):  # "Peabody said: “...,” adding ..."
        colon = -1
    if line < 0 and colon < 0:
        return
    start = max(line + 1, colon + 2 if colon >= 0 else 0)
    verb = next((t for t in doc.char_span(start, item.cue[0], alignment_mode="expand") or [] if t.pos_ in ("VERB", "AUX")), None)
    start, end = _trim(text, start, verb.idx if verb is not None else item.cue[0])
    line = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    nouns = [t for t in line or [] if t.pos_ in ("PROPN", "NOUN", "PRON")]
    if line is None or not nouns:
        item.speaker = None
        return
    item.speaker, item.speaker_span = line.root if line.root.pos_ in ("PROPN", "NOUN", "PRON") else nouns[-1], (start, end)


def _cover_marks(start: int, end: int, quotations: list[Quoted]) -> tuple[int, int]:
    """Content that stops just inside a quotation's closing mark takes the mark."""
    for quoted in quotations:
        if start <= quoted.start < end < quoted.end <= end + 2:
            end = quoted.end
    return start, end


def _inside_quotations(quotations: list[Quoted], length: int) -> bytearray:
    """Which characters lie inside a quotation, closed or left open to run on into the next
    paragraph: a verb there is the speaker's own ("I think"), never the cue of a quote."""
    inside = bytearray(length + 1)
    for quoted in quotations:
        if quoted.end - quoted.start > 2:
            inside[quoted.start + 1:quoted.end - 1] = b"\x01" * (quoted.end - quoted.start - 2)
    return inside


# -- cues and the clauses they govern -----------------------------------------------------------

def _from_cue(token: Token, sentence: SpacySpan, text: str) -> list[Found]:
    if token.lower_ == "according" and (token.dep_ == "prep" or _followed_by_to(token) and token.i > sentence.start):
        return _according_to(token, sentence, text)
    if token.lower_ == "according" and token.dep_ == "ROOT" and token.i == sentence.start:
        return _according_to_opening(token, sentence, text)
    if token.lower_ == "under" and token.dep_ == "prep":
        return _under_plan(token, sentence, text)
    if token.lower_ in ("in", "by") and token.dep_ == "prep":
        return _in_view_of(token, sentence, text)
    if token.tag_ == "NNS" and token.dep_ == "ROOT":
        misread = _misread_verb(token, text)
        if misread:
            return misread
    lemma = _cue_lemma(token)
    if token.dep_ == "prep":  # a participle used as a preposition: "compared with last year"
        return []
    if token.pos_ == "VERB" and lemma in EXPERIENCER_VERBS:
        felt = _felt(token, text)
        if felt:
            return felt
    if lemma in EXPRESSING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in _NOUN_CUES for c in token.children):
        return []  # "expressed concern that ...": the noun's own content
    aside = _as_aside(token, lemma)
    if (token.pos_ not in ("VERB", "AUX") or lemma not in CUE_VERBS) and not aside:
        if token.pos_ == "NOUN" and lemma in _NOUN_CUES:
            return _noun_cue(token, text)
        if token.pos_ == "ADJ" and lemma in CONTENT_ADJECTIVES:
            return _adjective_cue(token, text)
        return []
    cue = _cue_span(token, text)
    if aside and lemma == "put":  # "put it"
        cue = (cue[0], max(c.idx + len(c.text) for c in token.children if c.dep_ == "dobj"))
    clauses = [c for c in token.children if (c.dep_ in _CLAUSES or _that_clause(c)) and _is_clause(c) and not _bare_attribution(c)
               and not _run_on(c)]
    line = _line_of(text, token.idx)
    pieces: list[tuple[int, int]] = [p for p in (_clause_span(c, text) for c in clauses) if _overlap(*p, *line)]
    trailing = None
    if not pieces and not aside and lemma in SPEECH_VERBS | THOUGHT_VERBS:
        trailing = _closing_attribution(token, sentence, text)
        if trailing is not None:
            pieces = [trailing[0]]
    if not pieces and not aside:
        pieces, cue = _complement(token, lemma, text, cue)
    if not pieces and not aside:
        pieces = _relative_object(token)
    # "The talks went well, he said.": a cue with nothing of its own hangs off the clause it reports
    if not pieces and (token.dep_ in ("parataxis", "ccomp") and lemma in SPEECH_VERBS | THOUGHT_VERBS or aside) \
            and _is_clause(token.head) and not _reports(token.head, token):
        pieces = [p for p in _span_without(token.head, token, text) if _has_word(text, *p)]
    if not pieces:
        return []
    low, high = line
    dateline = _DATELINE.match(text, low, high)
    if dateline:
        low = dateline.end()
    pieces = [_through_colon(text, s, e, sentence.end_char) for s, e in pieces]
    if token.text.isupper() and len(token.text) > 1:
        pieces = _within_heading(token, pieces)
    pieces = [_without_trailing_aside(token.doc, text, s, e) for s, e in pieces]
    pieces = [_without_full_stop(text, *_trim(text, max(s, low), min(e, high))) for s, e in pieces]
    speaker = _agent(token) if _is_passive(token) else _reporter_of_clause(token) or _subject(token)
    if speaker is not None and speaker.lower_ in ("that", "which") and token.dep_ == "relcl":
        speaker = _owner_of_vessel(token.head) or speaker
    if trailing is not None:
        speaker = trailing[1]
    if speaker is None and (_is_passive(token) or token.tag_ == "VBN"):  # "As stated in the report, ..."
        speaker = _document(token)
    phrase = _stranded_subject(token, text) if speaker is None and not _is_passive(token) else None
    if phrase is not None:
        speaker = token.doc[phrase[1] - 1]
    span = (phrase[0], phrase[1]) if phrase is not None else None
    if speaker is None and phrase is None and lemma in SPEECH_VERBS:
        speaker = _inverted_subject(token)
    if speaker is None and _describing_participle(token):  # "pastors supporting Mr. Cruz"
        speaker, span = token.head, (token.head.left_edge.i, token.i)
    relative = token.dep_ == "relcl" and lemma in SPEECH_VERBS and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","
    return [Found("indirect", s, e, cue, speaker, _char_span(token.doc, span), relative=relative) for s, e in pieces if e > s]


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _inverted_subject(verb: Token) -> Token | None:
    """ "“...,” declared Jane Doe, 29, of Salem.": a verb of saying right after a quotation, with the
    name after it that the parse hung elsewhere."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or doc[verb.i - 1].text not in _QUOTE_MARK_TOKENS:
        return None
    first = doc[verb.i + 1]
    if first.pos_ not in ("PROPN", "DET", "NOUN", "ADJ"):
        return None
    node = first
    while node.head.i > verb.i and node.head.i != node.i and node.head.pos_ in ("PROPN", "NOUN"):
        node = node.head
    return node if node.pos_ in ("PROPN", "NOUN") else None


def _owning_verb(noun: Token) -> Token | None:
    """The verb of making or putting out whose object the noun is ("issued a statement")."""
    verb = noun.head
    if noun.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and verb.lemma_.lower() in _OWNING_VERBS:
        return verb
    return None


def _owner_of_vessel(noun: Token) -> Token | None:
    """ "Rand Paul has released a Web video that accuses Cruz of ...": what a text or a video someone
    issues says is said by whoever issued it."""
    verb = _owning_verb(noun)
    if verb is None or _is_passive(verb):
        return None
    subject = _subject(verb)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


def _describing_participle(token: Token) -> bool:
    """ "pastors supporting Mr. Cruz", "a news organization seeking to extend its reach": a
    participle right after the noun it describes, with no comma between, has that noun for its
    speaker."""
    head = token.head
    return token.dep_ == "acl" and token.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") and head.i < token.i \
        and not any(t.is_punct for t in token.doc[head.i:token.i]) and head.left_edge.i >= token.sent.start


def _reporter_of_clause(participle: Token) -> Token | None:
    """ "Jane Doe said she did not believe it, arguing that ...": a participle after a comma that the
    parse hangs on the reported clause goes on with what its reporter says."""
    clause = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or not _comma_participle(participle) or clause.dep_ != "ccomp":
        return None
    if _cue_lemma(clause.head) not in SPEECH_VERBS:
        return None
    return _subject(clause.head)


def _relative_object(verb: Token) -> list[tuple[int, int]]:
    """ "which the bank detailed in filings", "That was what Jane Doe said": the relative word a verb
    of saying has for its object stands for what was said."""
    if verb.dep_ not in ("relcl", "ccomp") or _subject(verb) is None:
        return []
    word = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lower_ in ("which", "what", "that") and c.i < verb.i), None)
    return [] if word is None else [(word.idx, word.idx + len(word.text))]


def _followed_by_to(token: Token) -> bool:
    """ "..., according to the union's president": however the parse hangs "according"."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"


def _clause_span(clause: Token, text: str) -> tuple[int, int]:
    """The reported clause, up to a clause joined to it that is an attribution of its own: "She said
    fathers would not be eligible, and when pressed, the mother replied, ..." reports only the first
    (but "said X and that Y" reports both)."""
    for conjunct in clause.children:
        if conjunct.dep_ == "conj" and conjunct.i > clause.i and _cue_lemma(conjunct) in SPEECH_VERBS \
                and any(c.dep_ == "nsubj" for c in conjunct.children) and not any(c.dep_ == "mark" for c in conjunct.children):
            start = _subtree_span(clause, text)[0]
            end = min(t.idx for t in conjunct.subtree)
            return _trim(text, start, _strip_conjunction(text, start, end))
    return _subtree_span(clause, text)


def _strip_conjunction(text: str, start: int, end: int) -> int:
    stripped = text[start:end].rstrip(" ,\n").removesuffix(" and").removesuffix(" but")
    return start + len(stripped.rstrip(" ,"))


def _that_clause(child: Token) -> bool:
    """ "Trump tweeted in the early morning hours that Machado was ...": the parse may read a
    complement clause opening with "that" as an adverbial one."""
    if child.dep_ != "advcl" or child.i < child.head.i:
        return False
    if child.left_edge.lower_ == "that" and child.left_edge.dep_ in ("mark", "advmod"):
        return True
    # "Trump said after the convention he would not accept ...": a time phrase the parse took for
    # the clause's subordinator
    opening = child.left_edge
    return opening.dep_ == "prep" and opening.head.i == child.i and any(g.dep_ == "pobj" for g in opening.children) \
        and not any(c.dep_ == "mark" for c in child.children) and any(c.dep_ == "nsubj" for c in child.children) \
        and _cue_lemma(child.head) in SPEECH_VERBS


def _closing_attribution(verb: Token, sentence: SpacySpan, text: str) -> tuple[tuple[int, int], Token] | None:
    """ "Language unclear on whether mothers are covered, experts say.", "People like Scott, he
    said.": a verb of saying that closes its sentence with its subject just before it, after a
    comma, attributes what comes before the comma even when the parse read that as no clause."""
    if any(not t.is_punct and not t.is_space for t in verb.doc[verb.i + 1:sentence.end]):
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.right_edge.i == verb.i - 1), None)
    if subject is None or subject.left_edge.i - 1 <= sentence.start or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    comma = verb.doc[subject.left_edge.i - 1]
    start, end = _trim(text, sentence.start_char, comma.idx)
    return ((start, end), subject) if len(_WORD.findall(text[start:end])) >= 2 else None


def _stranded_subject(verb: Token, text: str) -> tuple[int, int] | None:
    """A finite verb of saying with no subject where the parse hung the noun phrase right before it
    elsewhere ("... editorial board of the Washington Post Trump said that ...", "“...,” Tulsa
    police Chief Chuck Jordan said Monday"): that phrase, as token indices [start, end), speaks."""
    if verb.tag_ in _FINITE and verb.dep_ == "dep" and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
        # "Republican activists clamoring to block Trump say ...": the parse took the participle
        # for the sentence's verb; its subject and the participle's phrase speak
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
        if subject is not None and not any(t.is_punct for t in verb.doc[subject.i:verb.i]):
            start = subject.left_edge.i
            while start < subject.i and verb.doc[start].pos_ in ("CCONJ", "ADP", "PUNCT"):
                start += 1
            return start, verb.i
    if verb.tag_ not in _FINITE or verb.dep_ not in ("ROOT", "conj", "ccomp", "parataxis"):
        return None
    doc, floor = verb.doc, verb.sent.start
    end = verb.i
    while end > floor and doc[end - 1].dep_ == "advmod" and doc[end - 1].pos_ == "ADV":
        end -= 1
    end = _before_participle_aside(doc, floor, end)
    named = _name_with_apposition(doc, floor, end)
    if named is not None:
        return named
    end = _before_comma_aside(doc, floor, end)
    last = doc[end - 1] if end > floor else None
    if last is None or last.pos_ not in ("PROPN", "NOUN", "PRON") or last.tag_ == "PRP$" or last.head.i == verb.i:
        return None
    if last.pos_ == "PRON":
        return (last.i, last.i + 1) if last.lower_ in ("he", "she", "they", "i", "we") else None
    node = last
    # "Chief Chuck Jordan", "Obama and Clinton": a name's title or its first conjunct, with no comma between
    while node.dep_ in ("appos", "conj") and node.head.pos_ in ("PROPN", "NOUN") and node.head.i < node.i \
            and not any(t.is_punct for t in doc[node.head.i:node.i]):
        node = node.head
    start = max(node.left_edge.i, floor)
    while start > floor + 1 and doc[start - 1].is_title and doc[start - 1].pos_ not in _FUNCTION_POS:
        start -= 1
    for i in range(last.i, start, -1):  # "the Washington Post Trump": two names read as one
        if doc[i].ent_iob_ == "B" and doc[i - 1].ent_type_:
            start = i
            break
    while start < last.i and (doc[start].pos_ in ("CCONJ", "ADP", "PUNCT") or doc[start].is_punct):
        start += 1
    return start, end


def _name_with_apposition(doc: Doc, floor: int, end: int) -> tuple[int, int] | None:
    """ "In a panel in Washington, Marc H. Morial, the chief executive of the League, told ...": a
    name and its apposition closed by a comma right before the verb, whatever the parse hung them
    on; as token indices [start, end), the closing comma included."""
    if end - 2 <= floor or doc[end - 1].text != ",":
        return None
    # the first apposition the parse closes there whose head is a person's name: "At Boca West, Jay
    # DiPietro, the club's president, suggested" hangs the name on the place as one more apposition
    apposition = next((t for t in doc[floor:end - 1] if t.dep_ == "appos" and t.right_edge.i == end - 2
                       and t.head.pos_ == "PROPN" and t.head.ent_type_ == "PERSON" and doc[t.left_edge.i - 1].text == ","), None)
    if apposition is None:
        return None
    name = apposition.head
    start = name.i
    while start > floor and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i:
        start -= 1
    return start, end


def _aside_opening(doc: Doc, floor: int, end: int) -> int | None:
    """The comma that opens an aside closed by the comma at `end - 1`, on one line, within 25
    tokens and after `floor`; None when there is none."""
    if end - 1 <= floor or doc[end - 1].text != ",":
        return None
    opening = next((i for i in range(end - 2, max(floor, end - 25), -1) if doc[i].text == ","), None)
    if opening is None or "\n" in doc[opening:end].text:
        return None
    return opening


def _before_participle_aside(doc: Doc, floor: int, end: int) -> int:
    """ "President Obama, dedicating the museum on Saturday, said": where the speaker's phrase ends
    when an aside set off by commas that opens with a participle stands before the verb."""
    opening = _aside_opening(doc, floor, end)
    if opening is None or doc[opening + 1].tag_ not in ("VBG", "VBN"):
        return end
    return opening


def _before_comma_aside(doc: Doc, floor: int, end: int) -> int:
    """ "Humphrey, for example, said", "Sanders, meanwhile, who sits at zero such endorsements, said":
    where the speaker's phrase ends when an adverbial or a relative clause set off by commas stands
    before the verb."""
    opening = _aside_opening(doc, floor, end)
    if opening is None:
        return end
    aside = doc[opening + 1:end - 1]
    adverbial = len(aside) <= 3 and all(t.pos_ in ("ADV", "ADP", "NOUN", "DET", "ADJ") for t in aside)
    relative = doc[opening + 1].text.lower() in ("who", "whose")  # the aside may be empty: "Officials, , said"
    if not (adverbial or relative):
        return end
    before = _before_comma_aside(doc, floor, opening + 1)  # "Sanders, meanwhile, who ..., said"
    return before if before != opening + 1 else opening


_NOUN_CUES = CUE_NOUNS | CONTENT_NOUNS

_FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT"})


def _char_span(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Token indices [start, end) as character offsets."""
    if span is None:
        return None
    last = doc[span[1] - 1]
    return doc[span[0]].idx, last.idx + len(last.text)


def _misread_verb(token: Token, text: str) -> list[Found]:
    """ "Trump charges that ...", "..., the candidate's former doctor maintains.": a verb of saying in
    the third person that the tagger read as a plural noun, its subject read as the noun's modifier."""
    word = token.lower_
    if not any(stem in SPEECH_VERBS | THOUGHT_VERBS for stem in (word[:-1], word[:-2] if word.endswith("es") else "")):
        return []
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.head.i != token.i or before.dep_ not in ("compound", "nsubj") or before.pos_ not in ("PROPN", "NOUN"):
        return []
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return []
    describers = [c for c in token.children if c.i < token.i and c.dep_ in ("compound", "nsubj", "amod", "poss", "det")]
    start = min(t.i for c in describers for t in c.subtree)
    speaker_span = _trim(text, token.doc[start].idx, before.idx + len(before.text))
    out = []
    for clause in clauses:
        s, e = _subtree_span(clause, text)
        s, e = _without_full_stop(text, *_trim(text, s, e))
        out.append(Found("indirect", s, e, (token.idx, token.idx + len(token.text)), before, speaker_span))
    return out


# What a text says in its own right: "as stated in Davis' commentary", "as noted in the report".
_DOCUMENTS = frozenset({"report", "statement", "commentary", "article", "letter", "filing", "memo", "email",
                        "study", "complaint", "lawsuit", "ruling", "opinion", "editorial", "column", "release",
                        "document", "documents", "order", "motion", "brief", "affidavit", "indictment", "survey", "poll"})


def _document(verb: Token) -> Token | None:
    """The text a passive verb of saying with no agent is said in: "As stated in the report, ..."."""
    if _cue_lemma(verb) not in SPEECH_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in _DOCUMENTS:
                return noun
    return None


def _within_heading(token: Token, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "EVEN OZ'S BOSS THINKS HE'S FULL OF IT — The head of Sony ... indicated as much": a verb in
    a heading set in capitals governs the heading only, whatever the parse joined to it."""
    doc = token.doc
    low = high = token.i
    while low > 0 and _capitalised(doc[low - 1]):
        low -= 1
    while high + 1 < len(doc) and _capitalised(doc[high + 1]):
        high += 1
    start, end = doc[low].idx, doc[high].idx + len(doc[high].text)
    clipped = [(max(s, start), min(e, end)) for s, e in pieces]
    heading = doc[low:high + 1]  # its own text, not doc.text, which spaCy rebuilds on each access
    return [(s, e) for s, e in clipped if len(_WORD.findall(heading.text[s - start:e - start])) >= 2]


def _capitalised(token: Token) -> bool:
    return not token.is_space and "\n" not in token.text_with_ws and (token.text.isupper() or not any(ch.isalpha() for ch in token.text)) \
        and token.text not in ("—", "–", "--", ":")


def _reports(head: Token, clause: Token) -> bool:
    """ "RT's management never told them what to say, both men say": the clause the parse hangs a
    cue from is itself an attribution, which reports the cue's clause rather than the reverse."""
    return _cue_lemma(head) in SPEECH_VERBS | THOUGHT_VERBS and _subject(head) is not None


def _felt(token: Token, text: str) -> list[Found]:
    """ "That worries environmentalists", "Business leaders were unsettled by the protests": a verb
    of feeling whose object (or passive subject) feels, about its subject (or agent)."""
    children = list(token.children)
    if any(c.dep_ in ("xcomp", "ccomp") for c in children):  # "worried that ...", "pleased to ..."
        return []
    if _is_passive(token):
        experiencer = next((c for c in children if c.dep_ == "nsubjpass"), None)
        cause = _agent(token)
    else:
        experiencer = next((c for c in children if c.dep_ in ("dobj", "obj") and c.i > token.i), None)
        cause = next((c for c in children if c.dep_ == "nsubj"), None)
    if experiencer is None or cause is None or experiencer.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    start, end = _subtree_span(cause, text) if cause.tag_ not in ("WDT", "WP") else (cause.idx, cause.idx + len(cause.text))
    return [Found("indirect", start, end, _cue_span(token, text), experiencer)]


def _without_full_stop(text: str, start: int, end: int) -> tuple[int, int]:
    """Reported speech ends before the sentence's full stop (not an abbreviation's: "the U.S.")."""
    if end - start > 1 and text[end - 1] == "." and (text[end - 2].islower() or text[end - 2].isdigit()):
        return start, end - 1
    return start, end


def _as_aside(token: Token, lemma: str) -> bool:
    """ "As the minister noted, ...", "As one analyst put it, ...": an aside that attributes the
    clause it hangs from."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    return lemma in SPEECH_VERBS and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children)


_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}(?:\([A-Za-z. ]+\))?\s*(?:--|—|–|―|-)\s*")


def _line_of(text: str, position: int) -> tuple[int, int]:
    """The line a cue stands on: what the parse joins to it across a line break is a heading or
    another paragraph (some sources part paragraphs with a single break), never what it reports."""
    low = text.rfind("\n", 0, position)
    high = text.find("\n", position)
    return low + 1, (len(text) if high < 0 else high)


def _through_colon(text: str, start: int, end: int, sentence_end: int) -> tuple[int, int]:
    """ "...at a rare moment where three things happen at once: values are rising, ...": what
    follows a colon still belongs to the content the parse cut before it."""
    rest = text[end:sentence_end]
    if rest.lstrip().startswith(":") and "\n" not in rest:
        return start, sentence_end
    return start, end


def _without_trailing_aside(doc: Doc, text: str, start: int, end: int) -> tuple[int, int]:
    """Reported speech ends before the writer's own aside that closes the sentence: ", which
    forced her to leave early", ", implicitly putting his name on the line"."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return start, end
    for token in span:
        if token.i == span.start or doc[token.i - 1].text != ",":
            continue
        clause = token.head if token.lower_ in ("which", "who", "whom", "whose") and token.head.dep_ == "relcl" else \
            token if token.dep_ == "advcl" and token.tag_ == "VBG" else None
        if clause is None:
            continue
        last = max(t.i for t in clause.subtree)
        if last >= span.end - 2 and token.idx - start > 20:
            return _trim(text, start, doc[token.i - 1].idx)
    return start, end


def _cue_lemma(token: Token) -> str:
    """The lemma, mended where the tagger's lemmatiser slips ("rated" -> "rat")."""
    lemma = token.lemma_.lower()
    if lemma == "read" and _written(token):
        return "say"
    if lemma in CUE_VERBS or token.pos_ not in ("VERB", "AUX"):
        return lemma
    word = token.lower_
    # only an inflection comes off: "seems" is not "see" + "ms"
    guesses = (word[:-1] if word.endswith(("d", "s")) else "", word[:-2] if word.endswith(("ed", "es")) else "",
               word[:-3] + "y" if word.endswith("ied") else "")
    for guess in guesses:
        if guess in CUE_VERBS:
            return guess
    return lemma


# Texts that "read" what they say: "the letter read", "“...,” the sign reads".
_WRITINGS = _DOCUMENTS | {"sign", "headline", "caption", "note", "message", "post", "tweet", "text", "banner",
                          "placard", "inscription", "plaque", "card", "ad", "advertisement", "notice", "label", "piece"}


def _written(verb: Token) -> bool:
    """A text is what "reads" here, not a reader."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _WRITINGS and not _is_passive(verb)


def _run_on(clause: Token) -> bool:
    """ "His views were echoed by experts I spoke to": a clause the parse sets beside the verb with
    no punctuation between, after something else the verb governs, is a relative clause misread."""
    if clause.dep_ != "parataxis" or clause.i < clause.head.i:
        return False
    previous = clause.doc[clause.left_edge.i - 1]
    return not previous.is_punct and previous.i > clause.head.i


def _bare_attribution(clause: Token) -> bool:
    """ "He decided to stay, Mr. Clarke said": the parse hangs "Mr. Clarke said" below "decided"
    as its clause; that is the attribution of the whole sentence, not what was decided."""
    # "Those talks are continuing, he said": a clause before a verb of saying is what it reports
    if clause.i < clause.head.i and _cue_lemma(clause.head) in SPEECH_VERBS:
        return False
    return clause.lemma_.lower() in SPEECH_VERBS and not any(c.dep_ in _CLAUSES or c.dep_ in ("dobj", "xcomp") for c in clause.children) \
        and len(list(clause.subtree)) <= 8


def _complement(token: Token, lemma: str, text: str, cue: tuple[int, int]) -> tuple[list[tuple[int, int]], tuple[int, int]]:
    """Content that is not a clause: "wants to run", "urged voters to turn out", "criticised the
    plan", "called the vote rigged", "warned of retaliation"."""
    children = list(token.children)
    objects = [c for c in children if c.dep_ in ("dobj", "obj") and c.i > token.i]
    xcomps = [c for c in children if c.dep_ == "xcomp" and c.i > token.i]
    if xcomps:
        first = objects[0] if objects and objects[0].i < xcomps[0].i else xcomps[0]
        start = _subtree_span(first, text)[0]
        return [(start, _subtree_span(xcomps[0], text)[1])], cue
    pointed = _verb_preposition_object(token, lemma, text)
    if pointed is not None:
        return [pointed[0]], (cue[0], pointed[1])
    if lemma not in STANCE_VERBS and lemma not in OBJECT_SPEECH_VERBS and lemma not in ACCUSING_VERBS \
            and (lemma not in OBJECT_THOUGHT_VERBS or _is_passive(token) or token.dep_ == "acl"):  # "known as"
        return [], cue
    passive = _passive_with_agent(token, text)
    if passive is not None:
        return [passive], cue
    # "called Trump a liar": the parse may read both the one named and the name as predicates
    predicates = [c for c in children if c.dep_ == "oprd" and c.i > token.i]
    if lemma in NAMING_VERBS and not objects and len(predicates) >= 2:
        return [(_subtree_span(predicates[0], text)[0], _subtree_span(predicates[-1], text)[1])], cue
    if objects and lemma not in RECIPIENT_OBJECT_VERBS:
        predicates = [c for c in children if c.dep_ in ("oprd", "acomp") or c.dep_ == "prep" and c.lower_ == "as"]
        if lemma in NAMING_VERBS and not any(c.i > objects[0].i for c in predicates):
            return [], cue
        start, end = _subtree_span(objects[0], text)
        following = [c for c in children if c.i > objects[0].i and (c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "as"
                                                                   or c.dep_ == "prep" and c.lower_ in ("of", "for") and lemma in ACCUSING_VERBS
                                                                   or c.dep_ == "prep" and c.lower_ in ("to", "with") and lemma in LIKENING_VERBS)]
        if following:
            end = max(end, _subtree_span(following[-1], text)[1])
        return [(start, end)], cue
    for child in children:
        if child.dep_ == "prep" and child.lower_ in CONTENT_PREPOSITIONS and _next_to(token, child):
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in _SETTING_ENTITIES]
            if objects:
                return [_subtree_span(objects[0], text)], (cue[0], child.idx + len(child.text))
    return [], cue


# "spoke on Friday", "talked in Geneva": a time or a place is where or when, never what was said.
_SETTING_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"})


def _next_to(word: Token, prep: Token) -> bool:
    """The preposition follows the word closely ("asked him about") or with nothing between but a
    particle, an adverb or a time ("spoke out Tuesday about", "comments Tuesday on")."""
    if prep.i <= word.i:
        return False
    if prep.i - word.i <= 2 and word.pos_ in ("VERB", "AUX"):
        return True
    between = word.doc[word.i + 1:prep.i]
    # "talked to me last week about": whom it was said to may stand between as well
    addressee = {t.i for c in word.children if c.dep_ == "prep" and c.lower_ in ("to", "with") and c.i < prep.i for t in c.subtree}
    return len(between) - len(addressee) <= 3 and len(between) <= 6 \
        and all(t.dep_ in ("prt", "advmod", "npadvmod") or t.ent_type_ in ("DATE", "TIME") or t.i in addressee for t in between)


def _is_passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


# Verbs whose own preposition introduces what is said: "pointed to the crime bill".
_VERB_PREPOSITIONS = {"point": "to", "refer": "to", "allude": "to", "object": "to"}


def _verb_preposition_object(token: Token, lemma: str, text: str) -> tuple[tuple[int, int], int] | None:
    """The content after a verb's own preposition, and where the cue then ends."""
    word = _VERB_PREPOSITIONS.get(lemma)
    for child in token.children:
        if word is not None and child.dep_ == "prep" and child.lower_ == word and _next_to(token, child):
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return _subtree_span(objects[0], text), child.idx + len(child.text)
    return None


def _passive_with_agent(token: Token, text: str) -> tuple[int, int] | None:
    """ "The story was first reported by the Post", "He has been called a charlatan by doctors":
    what the agent said is the passive's subject, with what it was called."""
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or _agent(token) is None:
        return None
    start, end = _subtree_span(subject, text)
    predicates = [c for c in token.children if c.i > token.i and (c.dep_ in ("oprd", "acomp") or c.dep_ == "prep" and c.lower_ in ("as", "of", "for"))]
    if predicates:
        end = max(end, _subtree_span(predicates[-1], text)[1])
    return start, end


def _agent(token: Token) -> Token | None:
    """Who speaks in the passive: "it was announced by the ministry"; the subject of a passive
    ("the plan was criticised") is what was said, never who said it."""
    for child in token.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _according_to(token: Token, sentence: SpacySpan, text: str) -> list[Found]:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    objects = [g for g in to.children if g.dep_ == "pobj"] if to is not None else [c for c in token.children if c.dep_ == "pobj"]
    phrase_start, phrase_end = _subtree_span(token, text)
    low, high = _line_of(text, token.idx)
    pieces = [(max(sentence.start_char, low), phrase_start), (phrase_end, min(sentence.end_char, high))]
    pieces = [_without_full_stop(text, *_trim(text, s, e)) for s, e in pieces]
    pieces = [p for p in pieces if _has_word(text, *p) and len(_WORD.findall(text[p[0]:p[1]])) > 2]
    cue_end = to.idx + len(to.text) if to is not None else token.idx + len(token.text)
    speaker = _author(objects[0]) if objects else None
    return [Found("indirect", s, e, (token.idx, cue_end), speaker) for s, e in pieces]


def _author(source: Token) -> Token:
    """ "according to a speech Mrs. Clinton delivered in July": the one who gave the speech or wrote
    the text speaks, named in the relative clause on it."""
    if source.lemma_.lower() not in _DOCUMENTS | {"speech", "remarks", "interview", "testimony"}:
        return source
    clause = next((c for c in source.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and not _is_passive(c)), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None) if clause is not None else None
    return subject if subject is not None else source


def _according_to_opening(token: Token, sentence: SpacySpan, text: str) -> list[Found]:
    """ "According to radio host Rush Limbaugh, the move reeks of fear.", read by the parse as a
    sentence governed by "According": the source runs to the first comma, the rest is what it says."""
    to = next((c for c in token.children if c.lower_ == "to" and c.i == token.i + 1), None)
    comma = next((t for t in sentence if t.i > token.i + 1 and t.text == ","), None)
    if to is None or comma is None:
        return []
    source = next((c for c in to.children if c.dep_ == "pobj" and c.i < comma.i), None)
    if source is None:
        return []
    start, end = _without_full_stop(text, *_trim(text, comma.idx + 1, sentence.end_char))
    if len(_WORD.findall(text[start:end])) <= 2:
        return []
    phrase = _trim(text, to.idx + len(to.text), comma.idx)
    return [Found("indirect", start, end, (token.idx, to.idx + len(to.text)), source, phrase)]


def _under_plan(token: Token, sentence: SpacySpan, text: str) -> list[Found]:
    """ "Under Mrs. Clinton's plan, taxpayers would pay ...": what the plan's owner proposes."""
    if token.i > token.head.i:  # "taxes would go up under Trump's plan, according to ...": a circumstance
        return []
    plan = next((c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in _PROPOSALS), None)
    owner = next((c for c in plan.children if c.dep_ == "poss"), None) if plan is not None else None
    if owner is None:
        return []
    return [Found(f.kind, f.start, f.end, (plan.idx, plan.idx + len(plan.text)), owner) for f in _according_to(token, sentence, text)]


_PROPOSALS = frozenset({"plan", "proposal", "proposals", "scheme", "blueprint"})


def _in_view_of(token: Token, sentence: SpacySpan, text: str) -> list[Found]:
    """ "In his view, ...", "in the eyes of critics", "by one estimate", "Clinton led by 5 points in
    the latest poll": the clause is what the viewer holds or what the poll found. Not the medium of
    a verb of saying ("said in a statement"), which is the verb's own attribution."""
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is not None and token.head.pos_ == "NOUN" and token.lower_ == "in":
        return _standing_in_polls(token, noun, text)
    if noun is None or token.head.pos_ not in ("VERB", "AUX") or _cue_lemma(token.head) in CUE_VERBS:
        return []
    lemma = noun.lemma_.lower()
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    of_object = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if owner is None and of_object is not None and (noun.pos_ == "NUM" or lemma in _QUANTIFIERS):
        lemma = of_object.lemma_.lower()  # "in one of the first polls"
    elif owner is None:
        owner = of_object
    if lemma in _FINDINGS and owner is None:
        owner = noun
    if owner is None or lemma not in (_VIEWPOINTS if token.lower_ == "in" else _ESTIMATES) | _FINDINGS:
        return []
    cue = (token.idx, token.idx + len(token.text)) if owner is noun else (token.idx, noun.idx + len(noun.text))
    return [Found(f.kind, f.start, f.end, cue, owner) for f in _according_to(token, sentence, text)]


def _standing_in_polls(token: Token, noun: Token, text: str) -> list[Found]:
    """ "Trump's recent gains in some polls": what a poll shows about the noun it qualifies."""
    lemma = noun.lemma_.lower()
    if lemma not in _FINDINGS - {"report", "analysis", "study"}:
        return []
    pieces = [p for p in _span_without(token.head, token, text) if _has_word(text, *p)]
    if not pieces or pieces[0][1] > token.idx:
        return []
    return [Found("indirect", pieces[0][0], pieces[0][1], (token.idx, token.idx + len(token.text)), noun)]


_QUANTIFIERS = frozenset({"one", "some", "several", "many", "most", "each", "all", "both", "none", "few"})
# "in his view", "in the eyes of critics"; "by one estimate", "by his own account"
_VIEWPOINTS = frozenset({"view", "opinion", "eye", "eyes", "mind", "judgment", "judgement", "estimation", "words"})
_ESTIMATES = frozenset({"estimate", "account", "count", "reckoning", "measure", "calculation", "admission"})
# Surveys and studies that speak for themselves: "in a new poll", "by one estimate"
_FINDINGS = frozenset({"poll", "survey", "study", "analysis", "estimate", "census", "audit", "report"})


def _noun_cue(token: Token, text: str) -> list[Found]:
    """ "Iran's claim that ...", "questions about the foundation", "his attacks on Machado"."""
    lemma = token.lemma_.lower()
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in c.children if g.dep_ == "pobj"), None)
    if owner is None and (verb := _owning_verb(token)) is not None:
        owner = _subject(verb)
    if owner is None:
        owner = _holder(token)
    owner_span = None
    if owner is None and token.dep_ == "appos" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i:
        owner = token.head  # "Jane Doe, a critic of the plan," is the critic
        owner_span = _trim(text, owner.left_edge.idx, token.left_edge.idx)
    out = []
    if lemma in CUE_NOUNS:
        for clause in token.children:
            if clause.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                start, end = _subtree_span(clause, text)
                out.append(Found("indirect", start, end, (token.idx, token.idx + len(token.text)), owner, owner_span))
    if not out and lemma in CONTENT_NOUNS | INTENT_NOUNS:
        for clause in token.children:
            if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
                    and clause.i > token.i:
                start, end = _subtree_span(clause, text)
                out.append(Found("indirect", start, end, (token.idx, token.idx + len(token.text)), owner, owner_span))
    if not out and lemma in CONTENT_NOUNS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in _NOUN_CONTENT_PREPOSITIONS and _next_to(token, prep):
                objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
                if objects:
                    start, end = _subtree_span(objects[0], text)
                    out.append(Found("indirect", start, end, (token.idx, prep.idx + len(prep.text)), owner, owner_span))
                break
    return out


def _holder(noun: Token) -> Token | None:
    """Who holds a view, a question or a position it has, or answers with or to: "the I.R.S. has
    questions about ...", "both men had the same position on ...", "responded with attacks on ...",
    "did not respond to requests for comment"."""
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in _HOLDING_VERBS or noun.dep_ == "attr":
        verb = noun.head
    elif noun.dep_ == "pobj" and (noun.head.lower_ == "with" or noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in _ANSWERING_VERBS
                                  or noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in _PERSISTING_VERBS):
        verb = noun.head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or _is_passive(verb):
        return None
    return _subject(verb)


_HOLDING_VERBS = frozenset({"have", "hold", "share", "harbor", "harbour", "keep"})
_ANSWERING_VERBS = frozenset({"respond", "reply", "answer", "react"})
# "Democrats persisted in arguments that ...", "joined in calls for ...": taking part in what is said
_PERSISTING_VERBS = frozenset({"persist", "join", "engage", "participate", "lead", "continue"})


# Verbs through which a subject owns the statement it makes: "Trump made comments about ...".
_OWNING_VERBS = frozenset({"make", "issue", "voice", "express", "deliver", "give", "post", "send", "repeat", "launch", "level",
                           "unveil", "present", "outline", "submit", "file", "raise", "publish", "release", "renew", "sign", "air"})
_NOUN_CONTENT_PREPOSITIONS = frozenset({"about", "on", "of", "for", "to", "against", "over", "that"})


def _adjective_cue(token: Token, text: str) -> list[Found]:
    """ "Graham has been critical of Trump", "Republicans were concerned about the shift"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "about", "over", "with", "on") and prep.i == token.i + 1:
            objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
            if objects and token.dep_ == "acomp":
                start, end = _subtree_span(objects[0], text)
                return [Found("indirect", start, end, (token.idx, prep.idx + len(prep.text)), _subject(token.head))]
    return []


def _is_clause(token: Token) -> bool:
    if token.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ in _SUBJECTS or c.dep_ == "cop" for c in token.children)


def _cue_span(token: Token, text: str) -> tuple[int, int]:
    start, end = token.idx, token.idx + len(token.text)
    for child in token.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < token.i and token.i - child.i <= 3:
            start = min(start, child.idx)
        if child.dep_ == "prt" and child.i == token.i + 1:
            end = child.idx + len(child.text)
    return start, end


def _subject(token: Token, skip: Callable[[Token], bool] = lambda _: False) -> Token | None:
    """Who speaks: the cue's subject, the agent of a passive, or the subject of the clause a
    participle or conjunct hangs from ("..., criticising the plan"); a relative pronoun stands for
    the noun it modifies. Subjects `skip` rejects are passed over."""
    current = token
    for _ in range(4):
        for child in current.children:
            if child.dep_ in _SUBJECTS and not skip(child):
                return child
            if child.dep_ == "agent":
                objects = [g for g in child.children if g.dep_ == "pobj" and not skip(g)]
                if objects:
                    return objects[0]
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head.head
        elif current.dep_ == "acl" and current.tag_ == "VBG" and _object_of_verb(current.head) is not None:
            current = _object_of_verb(current.head)  # type: ignore[assignment]
        elif current.dep_ == "acl" and current.tag_ == "VBG" and current.head.dep_ == "pobj" and current.head.head.dep_ == "prep" \
                and current.head.head.head.pos_ == "VERB":
            current = current.head.head.head
        elif current.dep_ in ("conj", "xcomp", "advcl") and current.head.i != current.i or _predicate_adjective(current):
            current = current.head
        else:
            break
    return None


def _predicate_adjective(token: Token) -> bool:
    """ "He was able to tout ...", "she is eager to say ...": the adjective's subject speaks, but not
    the "it" that stands in for an extraposed clause ("It is worth noting that ...")."""
    if token.dep_ != "acomp" or token.head.i == token.i:
        return False
    return not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in token.head.children)


def _object_of_verb(noun: Token) -> Token | None:
    """The active verb whose object `noun` is, directly or through "of": "issued a statement
    calling ...", "posted a series of tweets criticising ..."."""
    current = noun
    for _ in range(3):
        if current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.pos_ == "NOUN":
            current = current.head.head
        elif current.dep_ in ("dobj", "obj") and current.head.pos_ == "VERB" and not _is_passive(current.head):
            return current.head
        else:
            return None
    return None


def _antecedent(subject: Token) -> Token:
    if subject.tag_ in ("WP", "WDT") or subject.lower_ in ("that", "which", "who"):
        clause = subject.head
        if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
            return clause.head
    return subject


def _subtree_span(token: Token, text: str) -> tuple[int, int]:
    tokens = list(token.subtree)
    return _trim(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _span_without(head: Token, cut: Token, text: str) -> list[tuple[int, int]]:
    """The clause under `head` with the subtree under `cut` taken out: the text before and after."""
    tokens = list(head.subtree)
    removed = {t.i for t in cut.subtree}
    pieces: list[tuple[int, int]] = []
    run: list[Token] = []
    for tok in tokens:
        if tok.i in removed:
            if run:
                pieces.append((run[0].idx, run[-1].idx + len(run[-1].text)))
                run = []
        else:
            run.append(tok)
    if run:
        pieces.append((run[0].idx, run[-1].idx + len(run[-1].text)))
    return [_trim(text, s, e) for s, e in pieces]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _has_word(text: str, start: int, end: int) -> bool:
    return end > start and _WORD.search(text, start, end) is not None


# -- layouts: transcripts, vox pops, block quotes -----------------------------------------------

_LABEL = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):[ \t]+(?=\S)")
_SIGNATURE = re.compile(r"[”\"]\s*[―—–]\s*([A-Z][^\n,]{1,60}?)\s*(?:,[^\n]*)?$")
_NOT_SPEAKERS = frozenset({"update", "updated", "note", "editor", "watch", "read", "related", "photo", "video",
                           "source", "sources", "breaking", "exclusive", "q", "a", "latest", "clarification",
                           "correction", "corrections", "disclosure", "advertisement", "summary"})


def _labelled_paragraphs(doc: Doc, text: str, quotations: list[Quoted]) -> list[Found]:
    """ "PENCE: And that's why ..." (a transcript line or a headline naming who speaks),
    "“...” ― Pamela Padilla" (a signed quotation) and "He added:" followed by a block quote."""
    out: list[Found] = []
    paragraphs = _paragraphs(text)
    for number, (start, end) in enumerate(paragraphs):
        line = text[start:end]
        label = _LABEL.match(line.lstrip(" \"“"))
        if label:
            offset = start + (len(line) - len(line.lstrip(" \"“")))
            name_start, name_end = offset + label.start(1), offset + label.end(1)
            words = label.group(1).lower().split()
            # a headline ("Pence: Flowers Won't Be at Debate") names its speaker without NER's help
            headline = number == 0 and len(_WORD.findall(line)) <= 25
            if words[0] not in _NOT_SPEAKERS and words[-1] not in _NOT_SPEAKERS and not any(ch.isdigit() for ch in label.group(1)) \
                    and (headline or _names_someone(doc, name_start, name_end, label.group(1))):
                content = _trim(text, offset + label.end(), end)
                if _has_word(text, *content) and len(_WORD.findall(text[content[0]:content[1]])) >= 3:
                    speaker = doc.char_span(name_start, name_end, alignment_mode="expand")
                    out.append(Found("direct", content[0], content[1], (name_end, name_end + 1),
                                     speaker.root if speaker is not None else None, (name_start, name_end), labelled=True))
                    continue
        if number == 0:
            quoted = _headline_quotation(doc, text, start, end, quotations)
            if quoted is not None:
                out.append(quoted)
                continue
        signature = _SIGNATURE.search(line)
        if signature:
            name_start, name_end = start + signature.start(1), start + signature.end(1)
            closing = start + signature.start()
            opening = next((q for q in quotations if q.start < closing < q.end + 1), None)
            if opening is not None:
                speaker = doc.char_span(name_start, name_end, alignment_mode="expand")
                out.append(Found("direct", opening.start, opening.end, (closing + 1, name_start - 1),
                                 speaker.root if speaker is not None else None, (name_start, name_end), labelled=True))
                opening.used = True
                continue
        if line.rstrip().endswith(":") and number + 1 < len(paragraphs):
            cue = _colon_cue(doc, start, end)
            if cue is not None:
                block_start, block_end = paragraphs[number + 1]
                content = _trim(text, block_start, block_end)
                if _has_word(text, *content):
                    out.append(Found("direct", content[0], content[1], _cue_span(cue, text), _subject(cue)))
                    for quoted in quotations:
                        if content[0] <= quoted.start and quoted.end <= content[1] + 1:
                            quoted.used = True
    return out


def _headline_quotation(doc: Doc, text: str, start: int, end: int, quotations: list[Quoted]) -> Found | None:
    """ "Jane Doe Slams Budget Chief: ‘He Should Resign.’", "A lesson from Jane Doe: ‘Be heard.’": a
    headline's quotation after a colon is the words of what comes before it, in headline capitals
    all of it, else the person it names."""
    colon = text.find(": ", start, end)
    quoted = next((q for q in quotations if q.start == colon + 2), None) if colon > start else None
    if quoted is None:
        return None
    words = text[start:colon].split()
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) <= 8:
        name_start, name_end = _trim(text, start, colon)
    else:
        label = doc.char_span(start, colon, alignment_mode="contract")
        person = next((e for e in reversed(label.ents) if e.label_ == "PERSON"), None) if label is not None else None
        if person is None:
            return None
        name_start, name_end = person.start_char, person.end_char
    speaker = doc.char_span(name_start, name_end, alignment_mode="expand")
    quoted.used = True
    return Found("direct", quoted.start, quoted.end, (colon, colon + 1), speaker.root if speaker is not None else None,
                 (name_start, name_end), labelled=True)


def _names_someone(doc: Doc, start: int, end: int, label: str) -> bool:
    if label.isupper() and len(label) > 1:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(e.label_ in ("PERSON", "ORG", "NORP") for e in span.ents)


def _colon_cue(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in reversed(list(span)):
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_VERBS:
            return token
        if token.pos_ == "NOUN" and token.lemma_.lower() in ("comment", "statement", "remark", "message", "tweet", "post"):
            owner = next((t for t in span if t.dep_ in _SUBJECTS and t.head.i > t.i), None)
            return owner.head if owner is not None else token
    return None


def _outermost(found: list[Found], text: str) -> list[Found]:
    """A quote split by its own attribution ("We will," he said, "respond.") becomes the parts on
    either side; an attribution inside another quote's content (a speaker's "I think", a third
    party's words reported by the speaker) is part of that quote, not a quote of its own."""
    split: list[Found] = []
    for item in found:
        cue = item.cue
        if cue is not None and item.start < cue[0] and cue[1] < item.end:
            low, high = cue
            if item.speaker is not None:
                phrase = _phrase(item.speaker, text)
                low, high = min(low, phrase[0]), max(high, phrase[1])
            for start, end in (_trim(text, item.start, low), _trim(text, high, item.end)):
                if len(_WORD.findall(text[start:end])) >= 2:
                    split.append(Found(item.kind, start, end, item.cue, item.speaker, item.speaker_span, item.labelled))
        else:
            split.append(item)
    # what someone is reported as saying that a third party said or thought stays inside the
    # outer quote: "Butler said Kochavi and Milley discussed ..." is Butler's
    outer = [(f.start, f.end) for f in split]
    # a transcript line ("PENCE: Well, I think ...") is the labelled speaker's words throughout
    labelled = [(f.start, f.end) for f in split if f.labelled]
    kept = []
    for item in split:
        cue = item.cue
        nested = cue is not None and any(s <= cue[0] and cue[1] <= e and s <= item.start and item.end <= e for s, e in outer)
        in_transcript = cue is not None and any(s <= cue[0] and cue[1] <= e for s, e in labelled)
        if item.labelled or item.relative and not in_transcript or not (nested or in_transcript):
            kept.append(item)
    return kept


# -- quotation marks ----------------------------------------------------------------------------

def _attach_quotations(found: list[Found], quotations: list[Quoted], doc: Doc, text: str) -> None:
    """Make reported clauses that are quotations direct, add partial quotes for quoted phrases
    inside reported speech, and find cues for quotations the parse left without one."""
    for quoted in quotations:
        inner = (quoted.start + 1, quoted.end - (1 if quoted.closed else 0))
        words = len(_WORD.findall(text[inner[0]:inner[1]]))
        holders = [f for f in found if f.kind == "indirect" and _overlap(f.start, f.end, quoted.start, quoted.end)]
        if words <= _PARTIAL_MAX_WORDS and not _has_verb(doc, *inner):
            for holder in holders:
                if holder.start <= quoted.start and quoted.end <= holder.end + 1 and (holder.end - holder.start) > (quoted.end - quoted.start) + 3:
                    found.append(Found("partial", quoted.start, quoted.end, holder.cue, holder.speaker, holder.speaker_span))
                    quoted.used = True
                    break
            if not quoted.used and words >= 1 and _whole_utterance(text, quoted):
                _attach_to_nearby_cue(found, quoted, doc, text, after_only=True)
            continue
        if holders:
            for holder in holders:
                holder.kind = "direct"
                holder.start, holder.end = min(holder.start, quoted.start), max(holder.end, quoted.end)
                holder.start, holder.end = _fit_quotation(text, holder.start, holder.end, quoted)
            quoted.used = True
            continue
        _attach_to_nearby_cue(found, quoted, doc, text)


def _attach_to_nearby_cue(found: list[Found], quoted: Quoted, doc: Doc, text: str, after_only: bool = False) -> None:
    """The quotation is a direct quote of the verb of saying beside it (with `after_only`, after it), if any."""
    near = _nearby_cue(doc, quoted, text)
    if near is not None and (not after_only or near[0].idx >= quoted.end):
        found.append(Found("direct", quoted.start, quoted.end, _cue_span(near[0], text), near[1]))
        quoted.used = True


def _whole_utterance(text: str, quoted: Quoted) -> bool:
    """ "“Too much hate,” she said": a short quotation with no verb is an utterance of its own, not
    a phrase the outlet borrows, when it opens a sentence and closes on its own punctuation."""
    inner = text[quoted.start + 1:quoted.end - 1].rstrip()
    return quoted.closed and _starts_sentence(text, quoted.start) and inner[-1:] in (",", ".", "!", "?")


def _fit_quotation(text: str, start: int, end: int, quoted: Quoted) -> tuple[int, int]:
    """A clause that is the quotation plus a stray "that" or comma becomes the quotation."""
    outside = text[start:quoted.start] + text[quoted.end:end]
    if len(_WORD.findall(outside)) <= 1:
        return quoted.start, quoted.end
    return start, end


def _nearby_cue(doc: Doc, quoted: Quoted, text: str) -> tuple[Token, Token] | None:
    """A verb of saying just before or after the quotation, outside it and in the same sentence,
    and its subject: "he said: “...”", "“...,” she added", "“...,” he said, “...”"."""
    after = doc.char_span(quoted.end, min(len(text), quoted.end + 160), alignment_mode="expand")
    before = doc.char_span(max(0, quoted.start - 80), quoted.start, alignment_mode="expand")
    for window, forward in ((after, True), (before, False)):
        if window is None:
            continue
        tokens = [t for t in window if (t.idx >= quoted.end if forward else t.idx < quoted.start)]
        if not forward:
            tokens.reverse()
        for distance, token in enumerate(tokens):
            if token.text in (".", "!", "?") or "\n" in token.text:
                break
            if token.pos_ not in ("VERB", "AUX") or _cue_lemma(token) not in CUE_VERBS:
                continue
            subject = _subject(token) or (_participle_speaker(token, tokens) if forward else None)
            if subject is not None \
                    and ((forward and distance <= 4) or not _has_clause_child(token, quoted)) \
                    and (not forward or distance <= 4 or _opens_after(subject, tokens)):
                return token, subject
    return None


def _participle_speaker(verb: Token, following: list[Token]) -> Token | None:
    """ "“... in disgrace!” the presumptive nominee, Donald Trump, tweeted Sunday": after a
    quotation the parse may read the verb of saying as a participle describing the speaker."""
    head = verb.head
    if verb.dep_ != "acl" or head.i > verb.i or head.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    return head if _opens_after(head, following) else None


def _opens_after(subject: Token | None, following: list[Token]) -> bool:
    """ "“...!” Scott's niece, state Del. Marcia Price (D-Newport News), shouted": a long speaker's
    phrase that opens right after the quotation."""
    return subject is not None and bool(following) and subject.left_edge.i <= following[0].i + 1


def _has_clause_child(token: Token, quoted: Quoted) -> bool:
    """The cue reports a clause of its own elsewhere, not this quotation."""
    for child in token.children:
        if child.dep_ in _CLAUSES and _is_clause(child):
            tokens = list(child.subtree)
            if not _overlap(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), quoted.start, quoted.end):
                return True
    return False


def _continuations(found: list[Found], quotations: list[Quoted], doc: Doc, text: str) -> None:
    """An unattributed quotation of whole sentences right after another speaker's quote is the same
    speaker going on."""
    direct = sorted((f for f in found if f.kind in ("direct", "indirect") and f.speaker is not None), key=lambda f: f.end)
    ends = [f.end for f in direct]
    for quoted in quotations:
        if quoted.used:
            continue
        inner = text[quoted.start + 1:quoted.end]
        previous = bisect_right(ends, quoted.start) - 1
        if previous < 0:
            continue
        before = direct[previous]
        gap = text[before.end:quoted.start]
        if not _starts_sentence(text, quoted.start) and not _split_by_attribution(before, gap):
            continue
        words = len(_WORD.findall(inner))
        stripped = inner.strip(" \u200b\"”’'»")
        whole_sentence = words >= 3 and stripped[:1].isupper() and stripped[-1:] in ".!?,"
        # in the same paragraph a long quotation goes on from its speaker; a short one only right
        # after; in the next paragraph only if the speaker's quote ended that paragraph
        same_paragraph = "\n" not in gap
        if words > _PARTIAL_MAX_WORDS or whole_sentence:
            limit = 40 if same_paragraph else 12
        else:
            limit = 6 if words >= 2 and same_paragraph else -1
        if len(_WORD.findall(gap)) > limit or gap.count("\n\n") > 1:
            continue
        split = not _starts_sentence(text, quoted.start)
        continued = Found("direct", quoted.start, quoted.end, before.cue if split else None, before.speaker, before.speaker_span)
        found.append(continued)
        position = bisect_right(ends, continued.end)
        direct.insert(position, continued)
        ends.insert(position, continued.end)
        quoted.used = True


def _governed_quotations(found: list[Found], quotations: list[Quoted], doc: Doc, text: str, inside: bytearray) -> list[Found]:
    """ "Reid has gone after Trump as a “human leech”", "Trump is claiming that fraud is “a big
    problem”", "The piece used her words as its headline: “...”": a quotation no one is said to say
    is the words of the subject of the verb it depends on, or of the verb before its colon."""
    out = []
    for quoted in quotations:
        if quoted.used or quoted.end - quoted.start <= 2 or any(_overlap(f.start, f.end, quoted.start, quoted.end) for f in found):
            continue
        span = doc.char_span(quoted.start + 1, quoted.end - 1, alignment_mode="contract")
        verb = _governing_verb(span.root, quoted.start, inside) if span is not None and len(span) else None
        kind = "partial"
        if verb is None and span is not None and len(span) and text[max(0, quoted.start - 20):quoted.start].rstrip().endswith(":"):
            verb, kind = _verb_before_colon(doc[span.start - 1], inside), "direct"
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and not inside[c.idx]), None) if verb is not None else None
        if subject is not None:
            out.append(Found(kind, quoted.start, quoted.end, _cue_span(verb, text), subject))
            quoted.used = True
    return out


def _verb_before_colon(mark: Token, inside: bytearray) -> Token | None:
    """ "Sen. Jane Doe scolded him: “...”": the verb of the clause a colon closes introduces the
    quotation after it."""
    colon = next((t for t in reversed(mark.doc[mark.sent.start:mark.i + 1]) if t.text == ":"), None)
    if colon is None or colon.i - 1 < mark.sent.start:
        return None
    verb = next((t for t in mark.doc[colon.i - 1].ancestors if t.pos_ == "VERB"), None)
    if verb is None and mark.doc[colon.i - 1].pos_ == "VERB":
        verb = mark.doc[colon.i - 1]
    return verb if verb is not None and not inside[verb.idx] and not _is_passive(verb) and verb.i < colon.i else None


# Verbs that put a name on something, the quoted name being the subject's words: "branded North
# Korea an “outlaw nation”".
_BRANDING_VERBS = frozenset({"brand", "dub", "label", "nickname", "term", "deem", "christen", "style"})


def _governing_verb(token: Token, before: int, inside: bytearray) -> Token | None:
    """The verb of saying a quotation depends on, or any verb that casts something "as" it; not
    through a preposition of place or medium ("told “Morning Joe”", "in “13th”")."""
    node, through_as = token, False
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.dep_ == "pobj":
            if node.head.lower_ != "as":
                return None
            through_as = True
        node = node.head
        if node.pos_ == "VERB" and node.idx < before and not inside[node.idx]:
            if _is_passive(node) or not (through_as or _cue_lemma(node) in CUE_VERBS | _BRANDING_VERBS):
                return None
            return node
    return None


def _split_by_attribution(before: Found, gap: str) -> bool:
    """ "“...,” he said, “and they're terrifying.”": the quotation goes on after its own attribution."""
    return before.cue is not None and before.cue[0] >= before.end and gap.rstrip().endswith(",") \
        and "\n" not in gap and len(_WORD.findall(gap)) <= 8


def _starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?:\n”\"’"


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in span)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


# -- speakers -----------------------------------------------------------------------------------

def _speaker(item: Found, index: MentionIndex, entities: list[Entity], text: str) -> Speaker | None:
    token = item.speaker
    if token is None:
        return None
    token = _apposition_after_object(token)
    titled = None if item.speaker_span else _name_after_title(token)
    if titled is not None:
        start, end = _speaker_phrase(titled, text)
        start, token = min(start, token.left_edge.idx), titled
    else:
        start, end = _name_span(text, *item.speaker_span) if item.speaker_span else _speaker_phrase(token, text)
    if item.cue is not None and token.idx < item.cue[0] < end:
        start, end = _closing_comma(text, *_trim(text, start, item.cue[0]))  # the cue is never the speaker's: "the nominee, Jane Doe, tweeted"
    named = _antecedent(token)
    found = index.at(named.idx, named.idx + len(named.text))
    entity = found[2] if found is not None else None
    if entity is None:
        inner = index.within(start, end)
        if inner:
            entity = inner[0][2]
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
    if entity is None and definite and token.lemma_.lower() in ROLE_HEADS:
        entity = _last_with_title(token, entities)
    return Speaker(entity=entity, start=start, end=end, text=text[start:end])


# Abbreviated titles the parser splits from the name after them ("said Army Capt. Jane Doe").
_TITLE_ABBREVIATIONS = frozenset({"capt", "lt", "sgt", "gen", "col", "maj", "cmdr", "adm", "cpl", "pvt", "gov", "sen",
                                  "rep", "rev", "dr", "prof", "det", "insp", "supt", "lt.-gen", "brig", "amb"})


def _name_after_title(token: Token) -> Token | None:
    """ "said Army Capt. Jane Doe": the parse makes the title and the name two subjects; the name,
    a subject of the same verb starting right after the title's full stop, is the speaker."""
    doc = token.doc
    if token.lower_.rstrip(".") not in _TITLE_ABBREVIATIONS or token.dep_ not in _SUBJECTS:
        return None
    after = token.i + (2 if token.i + 1 < len(doc) and doc[token.i + 1].text == "." else 1)
    return next((c for c in token.head.children if c.i > token.i and c.dep_ == token.dep_ and c.pos_ == "PROPN"
                 and c.left_edge.i <= after), None)


def _apposition_after_object(token: Token) -> Token:
    """ "To understand the real Dred Scott, Chief Justice Roberts said", "With 50 days until the
    election, Jane Doe, an adviser, called ...": a subject right after a preposition or a verb is the
    object of an opening phrase the parse ran on into the subject, given to it as an apposition."""
    # a dateline: "WASHINGTON -- Jane Doe said", "CLEVELAND, July 19 (UPI) — Jane Doe told"
    dash = next((t for t in token.doc[token.i + 1:token.i + 10] if t.text in _DASHES), None) if token.text.isupper() else None
    if dash is not None and all(t.text in (",", "(", ")", ".") or t.like_num or t.is_title or t.is_upper
                                for t in token.doc[token.i + 1:dash.i]):
        return next((c for c in token.children if c.dep_ == "appos" and c.i > dash.i), token)
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > token.sent.start else None
    if before is None or before.pos_ not in ("ADP", "VERB") or token.dep_ not in _SUBJECTS or token.head.i < token.i:
        return token
    apposition = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i
                       and token.doc[c.left_edge.i - 1].text == ","), None)
    return apposition if apposition is not None and apposition.pos_ == "PROPN" else token


def _phrase(token: Token, text: str) -> tuple[int, int]:
    """The speaker's phrase: the subject with everything that describes it (apposition and
    relative clause included, as attribution corpora mark it), but nothing before a line break or
    a colon (a heading or a time stamp) or the end of a quotation ("“Why?” Jane Doe said")."""
    kept = sorted(token.subtree, key=lambda t: t.i)
    start, end = kept[0].idx, kept[-1].idx + len(kept[-1].text)
    closing = [m.end() - 1 for m in _QUOTATION_END.finditer(text, start, token.idx)]
    # a dash before the speaker ends an earlier clause: "is also predictable - Donald J. Trump"
    dashes = [m.end() - 1 for m in _SPACED_DASH.finditer(text, start, token.idx)]
    cut = max(text.rfind("\n", start, token.idx), text.rfind(":", start, token.idx), *closing, *dashes)
    if cut >= 0:
        start = cut + 1
    newline = text.find("\n", token.idx, end)
    if newline >= 0:
        end = newline
    return _trim(text, start, end)


_QUOTATION_END = re.compile(r"[.?!,][”\"]")
_SPACED_DASH = re.compile(r" (?:-|--|—|–|―) ")


def _speaker_phrase(token: Token, text: str) -> tuple[int, int]:
    """The speaker's phrase as attribution corpora mark it: `_phrase` without what describes the
    moment rather than the speaker (", speaking to reporters", "in 2015", "Even ..."), and with the
    comma that closes an apposition ("Jane Doe, a lawyer, said")."""
    dropped = {t.i for child in token.children if _circumstantial(child) for t in child.subtree}
    # a participle set off by a comma deeper in the phrase is the parse hanging the sentence's own
    # verb or an aside on the speaker's last noun ("..., McCrory's opponent in the election, called
    # Friday for releasing the videos, saying ...")
    dropped |= {t.i for child in token.subtree if child.head.i != token.i and child.i != token.i
                and _comma_participle(child) for t in child.subtree}
    dropped |= {t.i for child in token.subtree if _describes_object(child) or _subordinate_clause(child) or _speaking_clause(child)
                for t in child.subtree}
    kept = [t for t in token.subtree if t.i not in dropped]
    run = [t for t in kept if _contiguous(kept, t, token)]
    start, end = _phrase(token, text)
    start, end = max(start, run[0].idx), min(end, run[-1].idx + len(run[-1].text))
    start, end = _trim(text, start, end)
    while start < end and text[start] in _QUOTE_MARKS:
        start += 1
    while end > start and text[end - 1] in " (":  # the bracket of an aside left out
        end -= 1
    dateline = _DATELINE.match(text, start, end)
    if dateline and dateline.end() <= token.idx:
        start = dateline.end()
    apposition = _second_subject(token)
    if apposition is not None and token.right_edge.lower_ == "notwithstanding":
        start, end = _phrase(apposition, text)  # "His promises notwithstanding, analysts agree": the first is no subject
    elif apposition is not None and end >= token.right_edge.idx + len(token.right_edge.text):
        end = _phrase(apposition, text)[1]
    return _closing_comma(text, *_trim(text, start, end))


def _second_subject(token: Token) -> Token | None:
    """ "Jane Doe, the mayor of Springfield, vowed ...": the parse may read the apposition as a
    second subject of the verb rather than as part of the first."""
    if token.dep_ != "nsubj":
        return None
    comma = token.right_edge.i + 1
    if comma >= len(token.doc) or token.doc[comma].text != ",":
        return None
    return next((c for c in token.head.children if c.dep_ == "nsubj" and c.left_edge.i == comma + 1), None)


def _closing_comma(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Jane Doe, a lawyer, said", "Jane Doe -- a lawyer -- said": the comma or dash closing the
    apposition belongs to the phrase."""
    if "," in text[start:end] and text[end:end + 1] == ",":
        return start, end + 1
    following = text[end:end + 4].lstrip(" ")
    dash = next((d for d in _DASHES if d in text[start:end] and following.startswith(d)), None)
    if dash is not None:
        end = text.index(dash, end) + len(dash)
    return start, end


_DASHES = ("--", "—", "–", "―")


_QUOTE_MARKS = "\"“”‘’'« »"
_QUOTE_MARK_TOKENS = frozenset(_QUOTE_MARKS) - {" "}  # a token's text, tested whole
_FOCUS_ADVERBS = frozenset({"even", "also", "only", "both", "just", "too"})


def _circumstantial(child: Token) -> bool:
    """A modifier of the speaker that tells when or where it spoke, or what else it said or did."""
    previous = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    if child.dep_ in ("advmod", "preconj", "predet") and child.lower_ in _FOCUS_ADVERBS and child.i < child.head.i:
        return True
    if child.dep_ == "relcl" and previous is not None and previous.text == "," \
            and any(c.dep_ in ("dobj", "obj") and c.lower_ in ("which", "whom") and c.i < child.i for c in child.children):
        return True  # "The Convention, which most nations signed,": what others did with it
    if child.dep_ == "amod" and child.i > child.head.i and previous is not None and previous.text == ",":
        return True  # "The agency's bureaucracy, second only to the Pentagon,": a remark on the speaker
    # ", speaking to reporters": when or where it spoke; but ", conducted in early September" says
    # which poll
    if child.dep_ in ("acl", "advcl") and child.tag_ in ("VBG", "VBN") and previous is not None and previous.text == "," \
            and not (child.tag_ == "VBN" and child.head.lemma_.lower() in _FINDINGS):
        return True
    # ", who argued that ...": an attribution of its own, not a description of the speaker
    if child.dep_ == "relcl" and previous is not None and previous.text == "," and child.lemma_.lower() in CUE_VERBS:
        return True
    if child.dep_ == "prep" and child.i > child.head.i:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        return bool(objects) and objects[0].ent_type_ in ("DATE", "TIME")
    # "Trump this week said", "Mr. Obama on Saturday said": a time after the name
    if child.dep_ in ("npadvmod", "nmod", "appos") and child.i > child.head.i and child.ent_type_ in ("DATE", "TIME") \
            and not child.like_num:  # "Jane Doe, 56," is her age
        return True
    # "Mr. Burman (a view echoed by everyone I interviewed)", "The film ― which weaves ... ―": an
    # aside in brackets or dashes with a verb
    return previous is not None and (previous.text == "(" or previous.text in _DASHES) and child.i > child.head.i \
        and any(t.pos_ == "VERB" and t.tag_ != "VBG" for t in child.subtree)


def _describes_object(token: Token) -> bool:
    """ "Jane Doe, spokeswoman for the Coalition, which represents developers,": a relative clause
    set off by a comma after a noun that follows a preposition deeper in the speaker's phrase
    describes that noun, not the speaker."""
    if token.dep_ != "relcl" or token.head.dep_ != "pobj" or token.left_edge.i == 0:
        return False
    # ", who ..." after a place or a body is the parse misplacing a clause about the speaker
    if token.left_edge.lower_ in ("who", "whom") and token.head.ent_type_ != "PERSON":
        return False
    return token.doc[token.left_edge.i - 1].text == ","


def _speaking_clause(token: Token) -> bool:
    """ "one Democrat familiar with the discussion, who added that ...", "a former executive who
    requested anonymity to ...": a relative clause that adds a statement or asks for anonymity is an
    account of the speaking, not part of who speaks, wherever the parse hangs it in the phrase (with
    every verb of saying, or "spoke with", the train split lost more speaker tokens than it gained)."""
    return token.dep_ == "relcl" and token.lemma_.lower() in _SPEAKING


_SPEAKING = frozenset({"request", "add"})


def _subordinate_clause(token: Token) -> bool:
    """ "a presentation his aides carry with them as they speak to leaders", "Trump -- even as he
    says ... --": a clause of "as" or "while" inside the speaker's phrase tells when, not who (with
    "when", "because", "after" ... as well it lost more on the train split than it gained)."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in token.children)


def _comma_participle(token: Token) -> bool:
    previous = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return token.dep_ in ("acl", "advcl") and token.tag_ in ("VBG", "VBN") and previous is not None and previous.text == ","


def _contiguous(kept: list[Token], token: Token, head: Token) -> bool:
    """Whether `token` is joined to `head` by kept tokens with no gap between."""
    indices = {t.i for t in kept}
    low, high = sorted((token.i, head.i))
    return all(i in indices for i in range(low, high + 1))


def _name_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A name read off the layout ("― Jane Doe."): without the sentence's full stop."""
    last = _WORD.findall(text[start:end])
    if text[end - 1:end] == "." and last and len(last[-1]) > 3:
        end -= 1
    return _closing_comma(text, start, end)


_ROLE_FAMILIES = {"spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes"}


def _last_with_title(token: Token, entities: list[Entity]) -> str | None:
    """"the spokesman added": the last entity named before it that holds that title."""
    word = token.lemma_.lower()
    family = _ROLE_FAMILIES.get(word, word)
    best: tuple[int, str] | None = None
    for entity in entities:
        titles = [title.lower() for title in entity.titles]
        if any(family in title or word in title for title in titles):
            for mention in entity.mentions:
                if mention.start < token.idx and (best is None or mention.start > best[0]):
                    best = (mention.start, entity.id)
    return best[1] if best is not None else None


register_component("quotes", assigns=("quotes",), requires=("doc", "entities", "actors"))(QuoteFinder)
