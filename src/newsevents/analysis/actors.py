"""Actor resolution: country, sector, CAMEO-style code, Wikidata id and titles for every entity,
plus the actors NER does not name ("Iranian officials", "the Sudanese government", "protesters")
and definite role references to people already named ("the minister" -> the minister named before).

Evidence, in order: the curated knowledge (names, aliases and dated office terms; a known name
also corrects a wrong NER label), then the words around the mention — titles before a name
("Israeli Defence Minister X"), appositions ("X, a spokesman for Iran's foreign ministry") and
modifiers of role nouns ("Sudanese government").
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..knowledge import (
    ActorInfo,
    Knowledge,
    Role,
    city_countries,
    compose_code,
    fold,
    load_knowledge,
)
from ..model import Entity, Mention
from ..pipeline import AnalysisState, register_component
from .entities import canonical_name, clean_span, is_spaced_dash

_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "npadvmod", "nummod", "prep", "pobj", "cc", "conj", "punct", "det"})
_MAX_NGRAM = 6
_WORD = re.compile(r"\S+")
# Titles that are also given names ("Amir Ali Hajizadeh", "King Abdullah" is fine either way).
_NAME_LIKE_TITLES = frozenset({"amir", "emir", "king", "major", "sultan", "bishop", "judge", "sheikh", "prince", "marshal"})
# Sectors of state office, for which a title names the holder's own country.
_STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "LEG", "JUD", "COP"})
# Sectors whose holders act inside one country: a title of one places its holder in the one
# country of the sentence ("opposition leader X ... Pakistani").
_DOMESTIC_SECTORS = _STATE_SECTORS | {"OPP", "PTY"}
_NOMINAL_TYPES = {"body": "ORG", "group": "GROUP", "person": "PERSON"}
_PLACE_KINDS = frozenset({"province", "region", "district", "state", "county", "city", "town", "governorate",
                          "prefecture", "oblast", "territory", "area", "valley"})
_PLACE_OF = frozenset({"in", "of", "from", "throughout", "across"})
_RIGHT_AFTER_OBJECT = frozenset({"in", "throughout", "across"})  # "killed civilians in Gaza"; not "from"
# a group loyal or allied to a side takes that side's country ("militants loyal to Iraq's ...")
_ALLEGIANCE = frozenset({"loyal", "allied"})
_NON_STATE_COUNTRIES = frozenset({None, "IGO", "NGO", "IMG"})
_NAME_PARTICLES = frozenset({"of", "the", "for", "and", "al", "el", "de", "la", "du", "bin", "ibn", "von", "der", "van"})
# "Israel's militia ally in southern Lebanon": the possessor is the patron, not the group's country
_CLIENT_NOUNS = frozenset({"ally", "allies", "proxy", "proxies", "surrogate", "surrogates", "client", "clients"})


class ActorResolver:
    def __init__(self) -> None:
        self.kb: Knowledge = load_knowledge()
        self._ents: list[SpacySpan] = []
        self._text = ""
        self._name_matcher: PhraseMatcher | None = None

    def _untagged_known_names(self, state: AnalysisState) -> None:
        """People and bodies of the knowledge whose names NER leaves untagged ("the Dalai Lama
        said"): names of two or more words, written capitalised in the text."""
        doc, text = state.doc, state.article.text
        if self._name_matcher is None:
            self._name_matcher = PhraseMatcher(doc.vocab, attr="LOWER")
            names = sorted(key for key, infos in self.kb.aliases.items()
                           if " " in key and any(i.type in {"PERSON", "ORG"} and i.source != "surname" for i in infos))
            for chunk in range(0, len(names), 1000):
                self._name_matcher.add("KNOWN", [Doc(doc.vocab, words=name.split()) for name in names[chunk:chunk + 1000]])
        taken = _tokens_in_mentions(doc, state.result.entities)
        spans = [doc[start:end] for _, start, end in self._name_matcher(doc)]
        for span in sorted(spans, key=lambda s: (s.start, -len(s))):
            if not span[0].text[:1].isupper() or any(t.i in taken for t in span):
                continue
            if not all(t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES for t in span):
                continue
            info = self.kb.lookup(span.text)
            if info is None:
                continue
            mention = Mention(start=span.start_char, end=span.end_char, text=text[span.start_char:span.end_char])
            state.result.entities.append(Entity(id="", name=mention.text, type=info.type, mentions=[mention]))
            taken.update(range(span.start, span.end))

    def __call__(self, state: AnalysisState) -> None:
        doc = state.doc
        when = state.article.published
        self._ents = list(doc.ents)  # spaCy rebuilds doc.ents (and Span.ents) on every access
        self._text = state.article.text  # and Doc.text from every token
        self._trim_role_prefixes(state.result.entities)
        self._untagged_known_names(state)
        title_spans: list[tuple[int, int]] = []
        for entity in state.result.entities:
            self._resolve(entity, doc, when, title_spans)
        _merge_same_actors(state.result.entities)
        self._drop_title_fragments(state.result.entities, title_spans, when)
        _take_possessors_country(doc, state.result.entities)
        for entity in state.result.entities:
            if entity.type == "ORG" and entity.country is None and entity.sector is not None:
                # "the Foreign Ministry said": the country named just before
                entity.country = _recent_country(doc, state.result.entities, self.kb, entity.mentions[0].start)
                entity.code = compose_code(entity.country, entity.sector)
        self._unnamed_countries(state)
        self._nominal_actors(state)
        self._unnamed_peoples(state)
        _resolve_personal_pronouns(doc, state.result.entities)
        _renumber(state.result.entities)

    # -- named entities ---------------------------------------------------------------------
    def _resolve(self, entity: Entity, doc: Doc, when: date | None, title_spans: list[tuple[int, int]]) -> None:
        kb = self.kb
        person_like = entity.type in {"PERSON", "ORG"}
        info = _first(kb.lookup(form, when, surnames=person_like) for form in [entity.name, *(m.text for m in entity.mentions)])
        if info is not None and info.source == "seat" and entity.name.islower():
            info = None  # "the white house on the corner" is no White House
        if info is None and entity.type in {"GPE", "ORG"} and (capital := kb.capital_of_misspelling(entity.name)):
            info = kb.lookup(capital, when)  # "Khatmandu": the capital, with its government
        titles: list[str] = []
        title_country = title_sector = None
        former = specific_title = False
        if entity.type == "PERSON" or (info is not None and info.type == "PERSON"):
            for mention in entity.mentions[:4]:
                for title_tokens in _title_token_groups(doc, mention):
                    title_spans.append((title_tokens[0].idx, title_tokens[-1].idx + len(title_tokens[-1])))
                    former = former or _marks_former(title_tokens)
                    title, country, sector = self._read_title(title_tokens, when)
                    if title and title not in titles:
                        titles.append(title)
                    title_country = title_country or country
                    title_sector = title_sector or sector
                    specific_title = specific_title or self._sector_of_words([t.text for t in title_tokens], generic=False) is not None
        if entity.type == "PERSON" and info is None and not title_country:
            title_country = _first(
                c for m in entity.mentions[:2] for c in self._person_prepositional_country(doc, m, when)
            )
        if entity.type == "PERSON" and info is None and not title_country and title_sector in _DOMESTIC_SECTORS:
            # "President Bush": the one country of the curated people of that surname and sector;
            # else "President Levy Mwanawasa" in a sentence that names Zambia and no other country
            title_country = self._country_of_surname(entity.name, title_sector) or self._only_country_of_sentence(doc, entity.mentions[0])
        if info is not None and info.type == "PERSON" and when is not None and not info.covers(when) and title_country:
            # a known person in an office the knowledge does not list: the article's title wins
            entity.country, entity.sector, entity.wikidata = title_country, title_sector, info.wikidata
            entity.type = "PERSON"
        elif info is not None:
            if entity.type != info.type:
                entity.type = info.type
            entity.country, entity.sector, entity.code, entity.wikidata = info.country, info.sector, info.code, info.wikidata
            if info.source.startswith(("institutions", "organisations")) and info.name:
                # "the IOF", "the occupation army": the Israel Defense Forces. A place keeps its own
                # name ("Washington" is not renamed "United States")
                entity.name = info.name
            if info.role and not titles:
                titles.append(info.role)
            if info.source == "seat" and info.type == "GPE" and self._only_as_scene(doc, entity):
                # "a demonstration in Baku": the capital is where something happened, not the
                # government acting; it stands for the country
                entity.sector, entity.code = None, info.country
            if info.type == "PERSON" and specific_title and title_sector != info.sector and title_country in (None, info.country) \
                    and (when is None or not info.covers(when)) and not _same_office(info.role, titles):
                # "General Michel Aoun", "Prime Minister Ismail Haniyeh" in an undated text: the office
                # the article gives the person is the one they act in, not the last the knowledge lists
                entity.sector, entity.code = title_sector, None
        elif kb.is_ethnic_group(entity.name) and _stands_for_group(doc, entity):
            # "Iraqi Kurds", "Karen guerrillas", "Hausa politicians": where they live, else where
            # most of the group lives, else the one country of the sentence
            entity.type = "NORP"
            entity.country = (
                _first(self._residence_country(doc, m, when, ethnic=True) for m in entity.mentions[:2])
                or kb.ethnic_groups[fold(entity.name)]
                or self._only_country_of_sentence(doc, entity.mentions[0])
            )
            if entity.country and _names_people(doc, entity):
                entity.sector = "CVL"
        elif " " not in entity.name and (word_country := self._country_word(entity)) and entity.type in {"PERSON", "ORG"}:
            # NER took a country word for a person or body ("Ugandan opposition", "Bangladeshi troops"),
            # or a misspelt country for a body ("Quatar's emir")
            entity.type = "NORP" if fold(entity.name) in kb.adjectives else "GPE"
            entity.country = word_country
            if entity.type == "NORP" and _names_people(doc, entity):
                entity.sector = "CVL"
        elif entity.type in {"GPE", "LOC", "FAC"}:
            # "Jenin", "Adelaide"; "Congo" by the article's clues and date
            entity.country = self._place_country(entity.name) or _ambiguous_country(entity.name, self._text, when)
            if entity.country and entity.type == "GPE" and self._plain_city(entity.name):
                # a town that acts or is acted on stands for its people ("Tel Aviv was hit"); a
                # capital stands for the government, a country for the state
                entity.sector = "CVL"
        elif entity.type in {"PERSON", "ORG"} and not titles and not title_country and _named_as_place(doc, entity):
            # a one-word "person" or "body" with no title, in place position, that is a known city
            # ("at Rafah", "in Khanty-Mansiysk")
            entity.country = self._place_country(entity.name)
            if entity.country is not None:
                entity.type = "GPE"
        elif entity.type == "NORP":
            entity.country = kb.country_of_word(entity.name) or self._place_country(entity.name)
            entity.country = self._diaspora_country(doc, entity, when) or entity.country
            if entity.country and _names_people(doc, entity):
                entity.sector = "CVL"  # "Palestinians", "Nigerians": the people, not the state
        elif entity.type == "PERSON":
            entity.country, entity.sector = title_country, title_sector
        else:
            entity.country = title_country or self._country_in_name(entity.name) or _international_country(entity.name)
            entity.sector = title_sector or self._sector_of_name(entity.name)
        if entity.type == "PERSON" and entity.sector in _STATE_SECTORS and (former or self._term_ended(info, when, title_sector)):
            # CAMEO codes former officials as elites: "ousted President X", a minister whose term ended
            entity.sector, entity.code = "ELI", None
        entity.code = entity.code or compose_code(entity.country, entity.sector)
        entity.titles = titles

    def _only_as_scene(self, doc: Doc, entity: Entity) -> bool:
        """Is every mention the object of a preposition of place ("arrived in Amman", "into
        Kabul")? Not "to" or "from", which name a party as often as a place ("a message from
        Tehran"), nor a place that qualifies a state body ("the regime in Tehran", "the embassy in
        Tehran"): that is the government."""
        for mention in entity.mentions:
            span = _mention_span(doc, mention)
            if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in _SCENE_PREPOSITIONS:
                return False
            governor = span.root.head.head
            role = self.kb.roles.get(fold(governor.text)) or self.kb.roles.get(fold(governor.lemma_))
            if governor.pos_ in {"NOUN", "PROPN"} and role is not None and role.sector in _STATE_SECTORS:
                return False
        return True

    def _country_of_surname(self, name: str, sector: str) -> str | None:
        people = self.kb.people_by_surname.get(fold(name.split()[-1]), [])
        countries = {p.country for p in people if p.sector == sector}
        return countries.pop() if len(countries) == 1 else None

    def _country_word(self, entity: Entity) -> str | None:
        """The country a one-word name is; a misspelt one only for a body, never for a person."""
        country = self.kb.country_of_word(entity.name)
        if country is None and entity.type == "ORG" and entity.name[:1].isupper():
            country = self.kb.country_of_misspelling(entity.name)
        return country

    def _term_ended(self, info: ActorInfo | None, when: date | None, title_sector: str | None) -> bool:
        """A known person named after the end of every office listed for them, with no title of a
        new one (a gap between two terms is not the end: the knowledge may miss the office between)."""
        if info is None or info.type != "PERSON" or when is None or title_sector is not None:
            return False
        terms = [c for c in self.kb.aliases.get(fold(info.name), []) if c.type == "PERSON" and c.name == info.name]
        return all(t.end is not None and t.end <= when for t in terms)

    def _trim_role_prefixes(self, entities: list[Entity]) -> None:
        """NER sometimes takes a title into a person's name ("Spokeswoman Hua Chunying",
        "Counsellor Aung San Suu Kyi"): the role words are cut off, and entities left with the
        same name merge."""
        for entity in entities:
            if entity.type != "PERSON":
                continue
            for mention in entity.mentions:
                if self.kb.lookup(mention.text) is not None:
                    continue
                words = list(_WORD.finditer(mention.text))
                for size in range(min(self.kb.max_role_words, len(words) - 2), 0, -1):
                    prefix = fold(" ".join(w.group() for w in words[:size]))
                    role = self.kb.roles.get(prefix)
                    if role is None or role.kind != "person" or prefix in _NAME_LIKE_TITLES:
                        continue
                    if all(w.group()[:1].isupper() for w in words[size:]):
                        cut = words[size].start()
                        mention.start += cut
                        mention.text = mention.text[cut:]
                        break
            entity.name = canonical_name(entity.mentions)
        merged: dict[tuple[str, str], Entity] = {}
        for entity in list(entities):
            key = (fold(entity.name), entity.type)
            if key in merged:
                merged[key].mentions = sorted(merged[key].mentions + entity.mentions, key=lambda m: m.start)
                entities.remove(entity)
            else:
                merged[key] = entity

    def _ents_within(self, start: int, end: int) -> list[SpacySpan]:
        """The named-entity spans lying within tokens [start, end) of the current doc."""
        return [e for e in self._ents if e.start >= start and e.end <= end]

    def _place_country(self, name: str) -> str | None:
        """The country a place name is or lies in: a country, adjective or capital, a curated
        region ("Darfur"), else the most populous GeoNames city of that name."""
        country = self.kb.country_of_word(name) or self.kb.regions.get(fold(name))
        if country is None:
            city = city_countries().get(fold(name))
            country = city[1] if city else None
        words = name.split()
        if country is None and len(words) > 1 and fold(words[-1]) in _PLACE_KINDS:
            # "Montenegro province", "Kano state": the place before the kind of place
            country = self._place_country(" ".join(words[:-1]))
        return country or self.kb.country_of_misspelling(name)

    def _plain_city(self, name: str) -> bool:
        key = fold(name)
        return key in city_countries() and not (self.kb.country_of_word(name) or self.kb.regions.get(key))

    def _drop_title_fragments(self, entities: list[Entity], spans: list[tuple[int, int]], when: date | None) -> None:
        """Unknown one-word names inside a person's title are pieces of the title ("State" in
        "Secretary of State Antony Blinken", "Defense" in "Defense Secretary Lloyd Austin"), not
        actors; a longer name in an apposition ("chief executive of Northwind Shipping") stays."""
        if not spans:
            return
        for entity in entities:
            if entity.type not in {"ORG", "NORP"} or self.kb.lookup(entity.name, when) is not None:
                continue
            entity.mentions = [
                m for m in entity.mentions if " " in m.text or not any(s <= m.start and m.end <= e for s, e in spans)
            ]
        entities[:] = [e for e in entities if e.mentions]

    def _country_in_name(self, name: str) -> str | None:
        """The country named by a word or two of an unknown name ("Iranian Foreign Ministry")."""
        words = _name_words(name)
        country = _first(self.kb.country_of_word(w) for w in words) or _first(
            self.kb.country_of_word(" ".join(words[i : i + 2])) for i in range(len(words) - 1)
        )
        if country is None and self._sector_of_name(name) in _STATE_SECTORS:
            # "Phillippines military"; not "Columbia University", which names no state body
            country = _first(self.kb.country_of_misspelling(w) for w in words if w[:1].isupper())
        return country

    def _sector_of_name(self, name: str) -> str | None:
        """Sector of an organisation's name from its head noun: the role phrase that ends the
        name, or ends it before "of"/"for" ("Ministry of Defence", "Israeli Air Force"), never a
        word inside it ("General" in "General Motors Company")."""
        words = _name_words(name)
        if len(words) > 1 and words[-1].lower() == "assembly" and self.kb.country_of_word(" ".join(words[:-1])):
            return "LEG"  # "Montenegro Assembly", "Serbian Assembly": a state's assembly is its legislature
        heads = [words]
        for i, word in enumerate(words):
            if word.lower() in {"of", "for"} and i > 0:
                heads.append(words[:i])
                break
        for head in heads:
            folded = [fold(w) for w in head]
            for size in range(min(self.kb.max_role_words, len(folded)), 0, -1):
                role = self.kb.roles.get(" ".join(folded[-size:]))
                if role is not None and role.sector:
                    return role.sector
        return None

    def _read_title(self, tokens: list[Token], when: date | None) -> tuple[str | None, str | None, str | None]:
        """(title text, country, sector) from the tokens of a title or apposition."""
        words = [t.text for t in tokens]
        ents = self._ents_within(tokens[0].i, tokens[-1].i + 1)
        names = [e.text for e in ents]  # NER labels a country ORG now and then ("Niger's ambassador")
        in_names = {i for e in ents for i in range(e.start, e.end)}
        named_country = _first(self.kb.country_of_word(n) for n in names) or _first(
            self.kb.country_of_word(t.text) for t in tokens if t.pos_ in {"PROPN", "ADJ", "NOUN"} and t.i not in in_names
        )
        org = self._org_within(words, when)
        if org is not None and named_country is not None and org.country != named_country:
            org = None  # "Serbian Labour Minister": the title's own country wins over a party named "Labour"
        country = named_country or (org.country if org else None)
        sector = (org.sector if org else None) or self._sector_of_words(words)
        title = _title_text(tokens, self.kb)
        return title, country, sector

    def _org_within(self, words: list[str], when: date | None) -> ActorInfo | None:
        """The longest known organisation named inside a run of words; a single word counts only
        as an acronym ("IRGC"), so that a title's common words ("Labour") name no party."""
        for size in range(min(_MAX_NGRAM, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                candidate = " ".join(words[start : start + size])
                info = self.kb.lookup(candidate, when, surnames=candidate[:1].isupper())
                if info is not None and info.type == "PERSON":
                    return info  # "Milley's spokesman": the person's side
                if size == 1 and not (words[start].isupper() and len(words[start]) > 1):
                    continue
                if info is not None and info.type == "ORG":
                    return info
                if info is not None and info.source == "seat" and size > 1:
                    return info
        return None

    def _sector_of_words(self, words: list[str], generic: bool = True) -> str | None:
        """Sector of the right-most specific role phrase ("military chief" -> MIL), else (unless
        `generic` is false) of a generic head word ("leader" -> GOV)."""
        folded = [f for w in words if (f := fold(w).strip(" -"))]  # "Secretary-General" comes as three tokens
        fallback = None
        for end in range(len(folded), 0, -1):
            for size in range(min(self.kb.max_role_words, end), 0, -1):
                role = self.kb.roles.get(" ".join(folded[end - size : end]))
                if role is None or not role.sector:
                    continue
                if role.kind != "generic":
                    return role.sector
                fallback = fallback or role.sector
                break
        return fallback if generic else None

    # -- actors NER does not name ---------------------------------------------------------
    def _nominal_actors(self, state: AnalysisState) -> None:
        doc, text = state.doc, state.article.text
        when = state.article.published
        entities = state.result.entities
        named_tokens = _tokens_in_mentions(doc, entities)
        covered_until: dict[int, int] = {}  # character inside a named mention -> where that mention ends
        for entity in entities:
            for m in entity.mentions:
                for position in range(m.start, m.end):
                    covered_until[position] = max(covered_until.get(position, -1), m.end)
        main_country = _main_country(entities)
        owners = _token_owners(doc, entities)
        nominal: dict[str, Entity] = {}
        modifier_spans: list[tuple[int, int]] = []
        known_spans: list[tuple[int, int]] = []
        for phrase in _role_phrases(doc, named_tokens):
            root = phrase[-1]  # the phrase ends at its noun; a run of compounds has no single parse root
            if phrase[0].tag_ in {"WP$", "WDT", "WP"}:
                continue  # "whose forces": a relative clause, not an actor
            first = next((t for t in phrase if t.dep_ != "det" and not t.is_punct and t.pos_ != "NUM"), root)
            start, end = clean_span(text, first.idx, phrase.end_char)
            if end <= start:
                continue
            if covered_until.get(start, -1) >= end:
                continue  # the phrase is a name already found ("«Reuters»")
            known = self.kb.lookup(text[start:end], when)
            if known is None and first.tag_ == "PRP$" and first.i < root.i:
                # "its European common market partners": the body the knowledge knows, without "its"
                start = clean_span(text, doc[first.i + 1].idx, phrase.end_char)[0]
                known = self.kb.lookup(text[start:end], when)
                if known is None or known.type != "ORG":
                    start = clean_span(text, first.idx, phrase.end_char)[0]
            if known is not None and known.source == "seat" and text[start:end].islower():
                known = None  # "the white house on the corner" is no White House
            if known is not None and known.type == "ORG":  # "occupation army", "Zionist regime"
                self._add_nominal(nominal, entities, Mention(start=start, end=end, text=text[start:end]),
                                  "ORG", known.country, known.sector, known.code)
                modifier_spans.append((start, end))
                known_spans.append((start, end))
                continue
            role_words, role = self._role_of_chunk(phrase, when)
            if role is None:
                continue
            modifiers = [t for t in phrase if t.i < role_words.start]
            if role.sector in _STATE_SECTORS and any(t.lower_ == "civilian" for t in modifiers):
                role = Role("CVL", role.kind)  # "Russian civilian advisers": not the state's agents
            if root.dep_ == "compound" and root.head.i > root.i and self._role_of_chunk(doc[root.head.i : root.head.i + 1])[1]:
                continue  # the longer phrase is the actor: "army officers"
            person = _apposed_person(doc, root, entities)
            if person is not None:  # "Israel's military chief, Aviv Kochavi": a mention of him
                _add_mention(person, start, end, text)
                continue
            countries = self._modifier_countries(modifiers, when)
            client = _client_of(root)
            if client is not None:
                countries = self._prepositional_country(client, when) or [(i, c) for i, c in countries if doc[i].dep_ != "poss"]
            if not countries or _ethnic_country_word(doc, countries[0][0]):
                # "rebels in the Ivory Coast", "opposition groups in Zimbabwe"; residence beats
                # ethnicity: "ethnic Albanian guerrillas operating in Macedonia" are Macedonia's
                countries = _first(self._prepositional_country(head, when, through_clauses=True) for head in _phrase_heads(root)) or countries
                if not countries and role.sector == "CVL" and root.dep_ == "dobj":
                    # "urged civilians in Gaza to move south": the parse hangs "in Gaza" on the verb; the
                    # people are there either way (not so for troops, whom "deployed troops in Syria" sends)
                    countries = self._prepositional_country(root.head, when, prepositions=_RIGHT_AFTER_OBJECT,
                                                            after=root.right_edge.i)
                if not countries and any(self.kb.is_ethnic_group(t.text) for t in phrase if t.text[:1].isupper()):
                    # "the main Hutu rebel group ... Burundi": a group split between countries
                    country = self._only_country_of_sentence(doc, Mention(start=start, end=end, text=text[start:end]))
                    countries = [(first.i, country)] if country else []
            if not countries and role.sector == "MIL" and _transnational_force(list(phrase)):
                countries = [(first.i, "IGO")]  # "a multinational force", "regional peacekeeping troops"
            if role.kind == "person" and not countries:
                if phrase[0].dep_ == "det" and phrase[0].lower_ == "the":
                    target = _last_person_with_role(entities, fold(role_words.text), start)
                    if target is not None:
                        _add_mention(target, start, end, text)
                continue
            if not countries:
                # "officials said": the country named just before; not for "our forces" or "militaries"
                own = any(t.tag_ == "PRP$" for t in phrase) or (role.kind == "body" and root.tag_ == "NNS")
                country = None if own else _recent_country(doc, entities, self.kb, phrase.start_char)
                pronoun = next((t for t in phrase if t.lower_ in _SINGULAR_POSSESSIVES), None)
                if pronoun is not None:
                    # "Islamabad said its military had targeted ...", "ordered his troops"
                    country = _possessor_country(pronoun, owners)
                if country is None and not own:
                    # "Islamic fundamentalists ... Algerian President X": the one country of the
                    # sentence, not one of the party acted on ("gunmen attacked Israeli soldiers")
                    country = self._only_country_of_sentence(doc, Mention(start=start, end=end, text=text[start:end]),
                                                             outside=_other_party_tokens(root))
                if country is None and not own and _home_group(phrase, role):
                    country = main_country  # "clashed with police", "the government said" in a story about France
                countries = [(first.i, country)]
            if role_words[-1].lemma_ == "settler" and countries and countries[0][1] == "PSE":
                # settlements in the Palestinian territories are Israel's: the CAMEO manual codes
                # the settlers ISRSET
                countries = [(countries[0][0], "ISR")]
            modifier_spans.append((start, end))
            # "U.S. and Russian negotiators": one actor per country, each mention from its own modifier
            for position, (token_index, country) in enumerate(countries):
                own_start = start if position == 0 else doc[token_index].idx
                mention = Mention(start=own_start, end=end, text=text[own_start:end])
                self._add_nominal(nominal, entities, mention, _NOMINAL_TYPES.get(role.kind, "GROUP"),
                                  country, role.sector, compose_code(country, role.sector))
        _drop_modifier_mentions(entities, modifier_spans)
        _drop_modifier_mentions(entities, known_spans, types=frozenset({"ORG", "GPE"}))

    def _unnamed_peoples(self, state: AnalysisState) -> None:
        """Ethnic groups NER leaves unnamed ("Uighurs marched", "Igbo traders"), placed as
        `_resolve` places named ones."""
        doc, text, when = state.doc, state.article.text, state.article.published
        entities = state.result.entities
        taken = _tokens_in_mentions(doc, entities)
        i, size = 0, len(doc)
        while i < size:
            if i in taken or not doc[i].text[:1].isupper():  # the cheap test first: most words fail it
                i += 1
                continue
            span = next((doc[i : i + n] for n in (3, 2, 1) if i + n <= size and self._names_people_group(doc[i : i + n], taken)), None)
            if span is None:
                i += 1
                continue
            mention = Mention(start=span.start_char, end=span.end_char, text=text[span.start_char : span.end_char])
            entity = Entity(id="", name=mention.text, type="NORP", mentions=[mention])
            entity.country = (
                self._residence_country(doc, mention, when, ethnic=True)
                or self.kb.ethnic_groups[fold(span.text)]
                or self._only_country_of_sentence(doc, mention)
            )
            entity.sector = "CVL" if entity.country and _names_people(doc, entity) else None
            entity.code = compose_code(entity.country, entity.sector)
            entities.append(entity)
            taken.update(range(span.start, span.end))
            i = span.end

    def _unnamed_countries(self, state: AnalysisState) -> None:
        """Countries NER leaves untagged ("Uzbekistan finally opened the bridge"), and a misspelt
        country standing alone as a name ("Ethopia has agreed")."""
        doc, text, when = state.doc, state.article.text, state.article.published
        entities = state.result.entities
        taken = _tokens_in_mentions(doc, entities)
        i = 0
        while i < len(doc):
            if i in taken or not doc[i].text[:1].isupper():  # the cheap test first: most words fail it
                i += 1
                continue
            found = self._country_run(doc, text, i, taken, when)
            if found is None:
                i += 1
                continue
            span, country = found
            mention = Mention(start=span.start_char, end=span.end_char, text=text[span.start_char : span.end_char])
            entities.append(Entity(id="", name=mention.text, type="GPE", country=country, code=country, mentions=[mention]))
            taken.update(range(span.start, span.end))
            i = span.end

    def _country_run(self, doc: Doc, text: str, start: int, taken: set[int], when: date | None) -> tuple[SpacySpan, str] | None:
        """The country named by the capitalised words from `start` ("South Sudan", "Republic of
        the Congo"), else by one proper noun that is a country misspelt, not part of a longer name."""
        for size in (4, 3, 2, 1):
            span = doc[start : start + size]
            if span.end > len(doc) or len(span) < size or any(t.i in taken for t in span) or not span[-1].text[:1].isupper():
                continue
            if not all(t.text[:1].isupper() or t.lower_ in {"of", "the", "and"} for t in span):
                continue
            # the article's text, not doc.text, which spaCy rebuilds from every token on each access
            country = self.kb.countries.get(fold(span.text)) or _ambiguous_country(span.text, text, when)
            if country:
                return span, country
        token = doc[start]
        beside = [doc[j] for j in (start - 1, start + 1) if 0 <= j < len(doc)]
        if token.pos_ != "PROPN" or any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in beside):
            return None
        if self.kb.lookup(token.text) is not None or self.kb.country_of_word(token.text):
            return None
        key = fold(token.text)
        misspelt = key not in city_countries() and key not in self.kb.regions and self.kb.country_of_misspelling(token.text)
        return (doc[start : start + 1], misspelt) if misspelt else None

    def _names_people_group(self, span: SpacySpan, taken: set[int]) -> bool:
        return (
            all(t.text[:1].isupper() and t.i not in taken for t in span)
            and self.kb.is_ethnic_group(span.text)
            and span[-1].pos_ in {"PROPN", "NOUN", "ADJ"}
        )

    @staticmethod
    def _add_nominal(nominal: dict[str, Entity], entities: list[Entity], mention: Mention, type_: str,
                     country: str | None, sector: str | None, code: str | None) -> None:
        key = f"{fold(mention.text)}|{country}|{sector}"  # "officials" of two countries are two actors
        entity = nominal.get(key)
        if entity is None:
            entity = Entity(id="", name=mention.text, type=type_, country=country, sector=sector, code=code)
            nominal[key] = entity
            entities.append(entity)
        entity.mentions.append(mention)

    def _only_country_of_sentence(self, doc: Doc, mention: Mention, outside: frozenset[int] = frozenset()) -> str | None:
        span = _mention_span(doc, mention)
        if span is None:
            return None
        sentence = span.sent
        ents = [e for e in self._ents_within(sentence.start, sentence.end) if e.start not in outside]
        countries = {self._place_country(e.text) for e in ents if e.label_ in {"GPE", "NORP", "LOC"}}
        countries |= {self._domestic_country(e.text) for e in ents if e.label_ not in {"GPE", "NORP", "LOC", "PERSON"}}
        countries.discard(None)
        return countries.pop() if len(countries) == 1 else None

    def _domestic_country(self, name: str) -> str | None:
        """The country of a known body of one state ("UNITA" -> AGO); None for international ones."""
        info = self.kb.lookup(name)
        if info is None or info.type != "ORG" or info.country in _NON_STATE_COUNTRIES:
            return None
        return info.country

    def _residence_country(self, doc: Doc, mention: Mention, when: date | None, ethnic: bool) -> str | None:
        """Where a people named by `mention` lives, when the sentence says it: a country word just
        before ("Iraqi Kurds", "Turkish Alevis") or a place after ("Albanians of southern Serbia").
        A nationality is placed only by "of" ("Americans in Iraq" are still Americans); an ethnic
        group also by "in" and "from"."""
        span = _mention_span(doc, mention)
        if span is None:
            return None
        before = span.start - 1
        if before >= 0 and doc[before].lower_ == "ethnic":
            before -= 1
        if ethnic and before >= 0 and doc[before].head.i >= span.start and doc[before].pos_ in {"ADJ", "PROPN"}:
            country = self.kb.country_of_word(doc[before].text)
            if country:
                return country
        prepositions = _PLACE_OF if ethnic else frozenset({"of"})
        found = self._prepositional_country(span.root, when, prepositions, through_clauses=ethnic)
        return found[0][1] if found else None

    def _diaspora_country(self, doc: Doc, entity: Entity, when: date | None) -> str | None:
        """The country a nationality lives in when it is not its own: "ethnic Albanians in south
        Serbia", "the Albanians of southern Serbia"; "ethnic Turks" with no place after them live in
        the first other country their sentence names (CAMEO codes residence, not ethnicity)."""
        own = self.kb.country_of_word(entity.name)
        for mention in entity.mentions[:2]:
            span = _mention_span(doc, mention)
            if span is not None:
                compound = _first(self.kb.ethnic_groups.get(fold(doc[max(span.start - k, 0) : span.end].text)) for k in (2, 1))
                if compound:  # "Kosovo Serbs", "Turkish Cypriots", which NER splits in two
                    return compound
            ethnic = span is not None and span.start > 0 and doc[span.start - 1].lower_ == "ethnic"
            country = self._residence_country(doc, mention, when, ethnic=ethnic)
            if country is None and ethnic and span is not None:
                country = self._first_other_country(span.sent, own)
            if country is not None and country != own:
                return country
        return None

    def _first_other_country(self, sentence: SpacySpan, own: str | None) -> str | None:
        for ent in self._ents_within(sentence.start, sentence.end):
            if ent.label_ in {"GPE", "NORP"}:
                country = self.kb.country_of_word(ent.text) or self.kb.regions.get(fold(ent.text))
                if country is not None and country != own:
                    return country
        return None

    def _person_prepositional_country(self, doc: Doc, mention: Mention, when: date | None) -> list[str]:
        span = _mention_span(doc, mention)
        return [c for _, c in self._prepositional_country(span.root, when)] if span is not None else []

    def _prepositional_country(self, head: Token, when: date | None, prepositions: frozenset[str] = _PLACE_OF,
                               through_clauses: bool = False, after: int | None = None) -> list[tuple[int, str]]:
        """The country of a place attached by "in", "of" or "from" ("security forces in Guinea",
        "King Hassan of Morocco", "the government of Sindh province"); with `through_clauses`, also
        by a participle clause of a group ("refugees fleeing the war in Liberia", "rebels based in X");
        with `after`, only a preposition right after that token."""
        for prep in _attached_prepositions(head, through_clauses):
            if after is not None and prep.i != after + 1:
                continue
            if prep.lower_ not in prepositions and not (prep.lower_ in {"to", "with"} and prep.head.lower_ in _ALLEGIANCE):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                # the place named by the object itself first: "the Israeli-occupied West Bank" is PSE
                named = _first(self._place_country(e.text) for e in self._ents
                               if e.start <= obj.i < e.end and e.label_ in {"GPE", "LOC"})
                if named:
                    return [(obj.i, named)]
                words = [t for t in obj.subtree if t.pos_ in {"PROPN", "ADJ", "NOUN"}]
                found = self._modifier_countries(words, when) if words else []
                if not found:
                    country = self._place_country(" ".join(t.text for t in words if t.pos_ == "PROPN"))
                    found = [(obj.i, country)] if country else []
                if found:
                    return found[:1]
        return []

    def _modifier_countries(self, tokens: list[Token], when: date | None) -> list[tuple[int, str]]:
        """Distinct countries named by the modifiers of a role noun, in order, with the index of
        the token naming each: adjectives and country names ("Sudanese", "Iran's"), capitals
        ("Khartoum government"), and known people or bodies ("Bush administration", "U.N. court")."""
        found: list[tuple[int, str]] = []
        if not tokens:
            return found
        units: list[tuple[int, str, bool]] = []  # (first token, text, is a name)
        covered: set[int] = set()
        for ent in self._ents_within(tokens[0].i, tokens[-1].i + 1):
            units.append((ent.start, ent.text, True))
            covered.update(range(ent.start, ent.end))
        units += [(t.i, t.text, t.pos_ == "PROPN") for t in tokens if t.i not in covered and t.pos_ in {"PROPN", "ADJ", "NOUN"}]
        for index, text, is_name in sorted(units):
            if _opposed_to(tokens[0].doc, index):
                continue  # "an anti-Syria journalist" is not Syria's
            if found and _in_brackets(tokens[0].doc, index):
                continue  # "Montenegro Municipality Association (AKK) officials": the name's acronym again
            country = self.kb.country_of_word(text)
            if country is None and is_name and " " in text:
                # NER joined a country word to another ("Radical French farmers")
                country = _first(self.kb.country_of_word(word) for word in text.split())
            if country is None and text[:1].isupper():
                country = self.kb.ethnic_groups.get(fold(text))  # "Yoruba leaders", "Karen guerrillas"
            if country is None and is_name:
                info = self.kb.lookup(text, when, surnames=True)
                country = info.country if info is not None else self.kb.country_of_misspelling(text)
            if country and all(country != c for _, c in found):
                found.append((index, country))
        return found

    def _role_of_chunk(self, chunk: SpacySpan, when: date | None = None):  # type: ignore[no-untyped-def]
        """The longest role phrase ending at the chunk's root ("security forces", "foreign ministry");
        a generic head takes the sector of a role word before it ("rebel leaders" -> REB)."""
        root = chunk[-1]
        for size in range(min(self.kb.max_role_words, root.i - chunk.start + 1), 0, -1):
            words = chunk.doc[root.i - size + 1 : root.i + 1]
            role = self.kb.roles.get(fold(words.text)) or (self.kb.roles.get(fold(root.lemma_)) if size == 1 else None)
            if role is None:
                continue
            if role.kind == "generic":
                before = [t.text for t in chunk if t.i < words.start]
                org = self._org_within(before, when) if before else None
                specific = (org.sector if org else None) or self._sector_of_words(before)
                if specific is None and any(self.kb.is_ethnic_group(w) for w in before if w[:1].isupper()):
                    specific = "ELI"  # "Yoruba leaders": the community's notables, not a state's
                kind = "group" if root.tag_ in {"NNS", "NNPS"} else "person"
                return words, Role(specific or role.sector, kind)
            return words, role
        return None, None


# "Congo" alone: the Republic of the Congo while its neighbour was Zaire (27 October 1971 to
# 17 May 1997), the Democratic Republic after, as news has used the bare name since; words of the
# article about either country decide first.
_ZAIRE_RENAMED = date(1997, 5, 17)
_CONGO_CLUES = {
    "COG": ("brazzaville", "pointe-noire", "sassou", "lissouba", "zaire"),
    "COD": ("kinshasa", "kabila", "tshisekedi", "goma", "kivu", "lubumbashi", "ituri", "katanga", "m23"),
}


def _ambiguous_country(name: str, text: str, when: date | None) -> str | None:
    """The country a name shared by two states stands for ("Congo"), else None."""
    if fold(name) != "congo":
        return None
    lowered = text.lower()
    hits = {country for country, clues in _CONGO_CLUES.items() if any(clue in lowered for clue in clues)}
    if len(hits) == 1:
        return hits.pop()
    if when is not None and not hits:
        return "COG" if when < _ZAIRE_RENAMED else "COD"
    return None


def _same_office(role: str | None, titles: list[str]) -> bool:
    """Does a title name the office the knowledge lists ("British Defence Secretary" and "Defence
    Secretary")? Then the knowledge's code for that office stands."""
    return bool(role) and any(fold(role) in fold(title) for title in titles)


_UN_BODY = re.compile(r"^(?:United Nations|UN|U\.N\.)\s+[A-Z]")
_TRANSNATIONAL_WORDS = frozenset({"international", "world", "global", "african", "asian", "european", "arab",
                                  "latin", "americas", "inter-american", "pan-african", "transnational"})
_NGO_HEADS = frozenset({"association", "associations", "federation", "forum", "foundation", "society", "network",
                        "alliance", "watch", "institute", "coalition", "confederation"})


def _international_country(name: str) -> str | None:
    """An unknown body that no state owns: a UN body by its name ("United Nations Emergency Relief
    Coordinator") is an IGO; an association, forum or foundation of several countries'
    people ("Association of African Jurists", "World Water Forum") an NGO."""
    if _UN_BODY.match(name):
        return "IGO"
    words = {w.lower() for w in _name_words(name)}
    if words & _NGO_HEADS and words & _TRANSNATIONAL_WORDS:
        return "NGO"
    return None


def _ethnic_country_word(doc: Doc, index: int) -> bool:
    """ "ethnic Albanian": a country word that names the actor's ethnicity, not where it lives."""
    return index >= 1 and doc[index - 1].lower_ == "ethnic"


def _transnational_force(phrase: list[Token]) -> bool:
    """A force that several states make up: "multinational", "international", or a "regional"
    peacekeeping force."""
    words = {t.lower_ for t in phrase}
    return bool(words & {"multinational", "international", "multi-national"}) or ("regional" in words and "peacekeeping" in words)


def _opposed_to(doc: Doc, index: int) -> bool:
    """ "anti-Syria", "pro-Iranian": a country word that names the side taken, not the actor's own."""
    token = doc[index]
    if fold(token.text).startswith(("anti-", "pro-")):
        return True
    return index >= 2 and doc[index - 1].text == "-" and doc[index - 2].lower_ in ("anti", "pro")


def _first(values):  # type: ignore[no-untyped-def]
    for value in values:
        if value:
            return value
    return None


def _name_words(name: str) -> list[str]:
    return name.replace("'s", " ").replace("’s", " ").split()


def _mention_span(doc: Doc, mention: Mention) -> SpacySpan | None:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _add_mention(entity: Entity, start: int, end: int, text: str) -> None:
    entity.mentions.append(Mention(start=start, end=end, text=text[start:end]))
    entity.mentions.sort(key=lambda m: m.start)


_FORMER_MARKERS = frozenset({"former", "ex", "ousted", "deposed", "toppled", "overthrown", "exiled", "late", "onetime", "one-time", "erstwhile", "retired"})


def _marks_former(tokens: list[Token]) -> bool:
    """A title that says its office is over ("former president", "ex-premier", "the ousted
    leader"); not one where the marker qualifies someone else ("aide to the former president")."""
    for position, token in enumerate(tokens):
        word = token.lower_
        if word in _FORMER_MARKERS or (word.startswith("ex-") and len(word) > 3):
            rest = tokens[position + 1 :]
            return not any(t.lower_ in {"of", "for", "to", "with"} or t.tag_ == "POS" for t in rest)
    return False


def _attached_prepositions(head: Token, through_clauses: bool) -> list[Token]:
    """The prepositions attached to a noun; with `through_clauses`, also those of a participle
    clause on it and of that clause's object ("fleeing the war in Liberia")."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    if through_clauses:
        for clause in (c for c in head.children if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"}):
            preps += [c for c in clause.children if c.dep_ == "prep"]
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                preps += [c for c in obj.children if c.dep_ == "prep"]
        for word in (c for c in head.children if c.i > head.i and c.lower_ in _ALLEGIANCE):
            preps += [c for c in word.children if c.dep_ == "prep"]  # "militants loyal to Iraq's ..."
    return preps


def _home_group(phrase: SpacySpan, role: Role) -> bool:
    """Unplaced actors that belong to the country an article is about: its people and police
    ("residents", "crowds", "police"), and its state named by a bare definite body ("the
    government", "the military"). Officials, lawmakers or troops often belong to a visiting
    side, and "the regime" to the other one."""
    if role.sector in {"CVL", "COP"}:
        return True
    root = phrase[-1]
    return (role.kind == "body" and role.sector in {"GOV", "MIL", "LEG", "JUD"} and len(phrase) == 2
            and phrase[0].lower_ == "the" and root.tag_ == "NN" and root.lower_ != "regime")


def _main_country(entities: list[Entity]) -> str | None:
    """The country an article is about: the state named most often, by at least two mentions and
    half as many again as the next."""
    counts = Counter(e.country for e in entities if e.type in {"GPE", "NORP"} for _ in e.mentions
                     if e.country not in _NON_STATE_COUNTRIES)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] < 1.5 * ranked[1][1]):
        return None
    return ranked[0][0]


_SINGULAR_POSSESSIVES = frozenset({"its", "his", "her"})


def _token_owners(doc: Doc, entities: list[Entity]) -> dict[int, Entity]:
    """Token index -> the entity with a country whose mention holds the token."""
    owner_of: dict[int, Entity] = {}
    for entity in entities:
        if entity.country is not None:
            for mention in entity.mentions:
                span = _mention_span(doc, mention)
                if span is not None:
                    owner_of.update((i, entity) for i in range(span.start, span.end))
    return owner_of


def _possessor_country(pronoun: Token, owner_of: dict[int, Entity]) -> str | None:
    """The country of what "its", "his" or "her" stands for: the subject of a verb above it
    ("Islamabad said its military ..."), else the nearest fitting actor before it in its sentence."""
    def fits(entity: Entity) -> bool:
        return (entity.type == "PERSON") == (pronoun.lower_ != "its")

    node = pronoun
    while node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i), None)
        if subject is None:
            continue
        if subject.i not in owner_of:
            return None  # "it said its troops ...", "the army said its troops ...": not the nearest name
        if fits(owner_of[subject.i]):
            return owner_of[subject.i].country
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        if i in owner_of and fits(owner_of[i]):
            return owner_of[i].country
    return None


def _take_possessors_country(doc: Doc, entities: list[Entity]) -> None:
    """A body with no country of its own takes its possessor's: "the IAEA's Board of Governors",
    "Iran's Atomic Energy Organisation"."""
    owner_of = _token_owners(doc, entities)
    for entity in entities:
        if entity.type != "ORG" or entity.country is not None:
            continue
        for mention in entity.mentions:
            span = _mention_span(doc, mention)
            possessor = next((c for c in span.root.children if c.dep_ == "poss" and c.i in owner_of), None) if span is not None else None
            if possessor is not None:
                entity.country = owner_of[possessor.i].country
                entity.code = compose_code(entity.country, entity.sector)
                break


def _other_party_tokens(root: Token) -> frozenset[int]:
    """The words of the object and prepositional phrases of the verb a subject acts through:
    the party acted on ("attacked Danish web sites", "clashed with Israeli troops")."""
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return frozenset()
    verb = root.head
    return frozenset(t.i for child in verb.children if child.dep_ in {"dobj", "dative", "prep", "agent"} for t in child.subtree)


def _client_of(root: Token) -> Token | None:
    """The "ally" or "proxy" a role noun qualifies ("militia" in "Israel's militia ally")."""
    head = root.head
    if root.dep_ == "compound" and head.i > root.i and head.lower_ in _CLIENT_NOUNS:
        return head
    return None


def _phrase_heads(root: Token) -> list[Token]:
    """A role phrase's own noun, and the noun it qualifies ("opposition" in "opposition groups")."""
    if root.dep_ == "compound" and root.head.i > root.i and root.head.pos_ in {"NOUN", "PROPN"}:
        return [root, root.head]
    return [root]


def _title_token_groups(doc: Doc, mention: Mention) -> list[list[Token]]:
    """Token runs that give a person's title: words before the name, and appositions."""
    span = _mention_span(doc, mention)
    if span is None:
        return []
    root = span.root
    groups: list[list[Token]] = []
    subtree = {t.i for t in root.subtree}
    left: list[Token] = []
    i = span.start - 1
    while i >= 0 and i in subtree and doc[i].dep_ in _TITLE_DEPS and doc[i].text not in {",", "(", ")"}:
        left.insert(0, doc[i])
        i -= 1
    left = _strip_determiners(left)
    if left:
        groups.append(left)
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i:
            groups.append(_strip_determiners([t for t in child.subtree if t.text not in {",", "(", ")"}]))
    if root.dep_ == "appos" and root.head.i < root.i:
        head_tokens = [t for t in root.head.subtree if t.i < span.start and t.i not in subtree]
        while head_tokens and head_tokens[-1].text in {",", "(", "-", "—"}:
            head_tokens.pop()
        head_tokens = _strip_determiners(head_tokens)
        if head_tokens and len(head_tokens) <= 12:
            groups.append(head_tokens)
    return [g for g in groups if g and len(g) <= 12]


def _strip_determiners(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text != ".":
        tokens = tokens[:-1]
    return tokens


def _title_text(tokens: list[Token], kb: Knowledge) -> str | None:
    """The title without a leading country word or possessive: "Israel's military chief" -> "military chief"."""
    rest = list(tokens)
    while rest and (kb.country_of_word(rest[0].text) or rest[0].tag_ == "POS" or rest[0].dep_ == "case"):
        rest = rest[1:]
    if not rest:
        return None
    text = rest[0].doc[rest[0].i : rest[-1].i + 1].text
    return text or None


def _tokens_in_mentions(doc: Doc, entities: list[Entity]) -> set[int]:
    inside: set[int] = set()
    for entity in entities:
        for mention in entity.mentions:
            span = _mention_span(doc, mention)
            if span is not None:
                inside.update(range(span.start, span.end))
    return inside


def _last_person_with_role(entities: list[Entity], role: str, before: int) -> Entity | None:
    best: tuple[int, Entity] | None = None
    for entity in entities:
        if entity.type != "PERSON":
            continue
        if not any(role in fold(title).split() or role == fold(title) for title in entity.titles):
            continue
        earlier = [m.start for m in entity.mentions if m.start < before]
        if earlier and (best is None or max(earlier) > best[0]):
            best = (max(earlier), entity)
    return best[1] if best else None


def _window_start(doc: Doc, token_or_span) -> int:  # type: ignore[no-untyped-def]
    """Start of the sentence before the one holding `token_or_span` (or of its own, if first)."""
    sentence = token_or_span.sent
    return doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char


def _recent_country(doc: Doc, entities: list[Entity], kb: Knowledge, position: int) -> str | None:
    """The country of the nearest country named (as a country, adjective or capital, not a mere
    city where something happened) before `position`, in its sentence or the one before."""
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    if token is None:
        return None
    window_start = _window_start(doc, token)
    best: tuple[int, str] | None = None
    for entity in entities:
        if entity.type not in {"GPE", "NORP"}:
            continue
        for mention in entity.mentions:
            if window_start <= mention.start < position and (best is None or mention.start > best[0]):
                country = kb.country_of_word(mention.text)
                if country is not None:
                    best = (mention.start, country)
    return best[1] if best else None


_PHRASE_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "case", "quantmod", "advmod"})


def _role_phrases(doc: Doc, named_tokens: set[int]) -> list[SpacySpan]:
    """Noun phrases headed by a common noun that is not inside a named mention, each from its
    first left modifier to the noun: "the Sudanese government", "Iran's foreign ministry",
    "the Russian government" in "the Russian government's refusal"."""
    phrases = []
    for token in doc:
        if token.pos_ not in {"NOUN", "PROPN"} or token.i in named_tokens or not token.text[:1].isalpha():
            continue  # spaCy sometimes tags a closing « » or ” as a noun
        start = token.i
        if token.dep_ == "compound" and token.head.i in named_tokens:
            continue  # a title before a name ("military chief Aviv Kochavi"): the name is the actor
        if token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"} and token.head.i > token.i:
            # "Israeli army bulldozers": "army" with the modifiers before it, in case the head
            # noun is no actor (the caller skips it when the head is one: "army officers")
            for child in token.head.lefts:
                if child.dep_ in _PHRASE_DEPS and child.i < token.i:
                    start = min(start, min(t.i for t in child.subtree))
        if _holds_place(token):
            # "Albanian rebel-held territory": the modifiers of the held place qualify the holder
            for child in token.head.head.lefts:
                if child.dep_ in _PHRASE_DEPS and child.i < token.i:
                    start = min(start, min(t.i for t in child.subtree))
        for child in token.lefts:
            if child.dep_ in _PHRASE_DEPS:
                start = min(start, min(t.i for t in child.subtree))
        # "IRNA - Secretary-General": a dateline's agency the parser joined to the phrase
        dashes = [t.i for t in doc[start:token.i] if is_spaced_dash(t)]
        if dashes:
            start = dashes[-1] + 1
        phrases.append(doc[start : token.i + 1])
    return phrases


def _holds_place(token: Token) -> bool:
    """The holder in a "rebel-held" or "militia-controlled" compound before a place noun."""
    head = token.head
    return (token.dep_ == "npadvmod" and head.lower_ in {"held", "controlled"} and head.dep_ == "amod"
            and head.i == token.i + 2 and token.doc[token.i + 1].text == "-")


def _in_brackets(doc: Doc, index: int) -> bool:
    return 0 < index < len(doc) - 1 and doc[index - 1].text == "(" and any(t.text == ")" for t in doc[index + 1:index + 4])


def _apposed_person(doc: Doc, root: Token, entities: list[Entity]) -> Entity | None:
    """The named person a role phrase stands in apposition with ("Israel's military chief,
    Lt. Gen. Aviv Kochavi" / "Dave Butler, Milley's spokesman"), if any."""
    partners = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        partners.append(root.head)
    for partner in partners:
        for entity in entities:
            if entity.type != "PERSON":
                continue
            for mention in entity.mentions:
                if mention.start <= partner.idx < mention.end:
                    return entity
    return None


_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "into", "across", "outside", "inside", "around", "towards"})


_PLACE_NOUNS = frozenset({"crossing", "border", "camp", "port", "airport", "harbour", "harbor", "region", "province",
                          "district", "area", "city", "town", "village", "checkpoint", "base", "outskirts", "governorate",
                          "oblast", "front", "frontline", "corridor", "strip", "valley", "plain"})


def _named_as_place(doc: Doc, entity: Entity) -> bool:
    """A one-word name that stands where places stand: the object of "in", "at", "near", ...,
    or the name before a kind of place ("the Rafah crossing")."""
    if " " in entity.name:
        return False
    for mention in entity.mentions:
        span = _mention_span(doc, mention)
        if span is None:
            continue
        word = span.root
        while word.dep_ == "conj" and word.head.i < word.i:
            word = word.head  # "in Lviv, Dnipro and Kharkiv": each in the list stands where the first does
        if word.dep_ == "pobj" and word.head.lower_ in _PLACE_PREPOSITIONS:
            return True
        if word.dep_ == "compound" and word.head.lemma_ in _PLACE_NOUNS:
            return True  # "the Rafah crossing", "the Kharkiv region"
    return False


_SCENE_PREPOSITIONS = frozenset({"in", "at", "into", "inside", "outside", "near", "around", "across", "throughout", "within"})


def _stands_for_group(doc: Doc, entity: Entity) -> bool:
    """An ethnic name that NER took for a person stands for the people only as a plural or as a
    modifier ("Karen guerrillas"); "Karen said" is a woman's name."""
    if entity.type != "PERSON":
        return True
    for mention in entity.mentions:
        span = _mention_span(doc, mention)
        if span is not None and (span.root.tag_ in {"NNPS", "NNS"} or span.root.dep_ in {"compound", "amod", "nmod"}):
            return True
    return False


def _names_people(doc: Doc, entity: Entity) -> bool:
    """True when a mention names people rather than qualifying a noun: a plural ("Palestinians")
    or a demonym standing as a noun ("a Palestinian was wounded")."""
    for mention in entity.mentions:
        span = _mention_span(doc, mention)
        if span is None:
            continue
        root = span.root
        if root.tag_ in {"NNPS", "NNS"} or (root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"} and root.pos_ in {"NOUN", "PROPN"}):
            return True
    return False


def _drop_modifier_mentions(entities: list[Entity], spans: list[tuple[int, int]],
                            types: frozenset[str] = frozenset({"NORP"})) -> None:
    """A country adjective inside a larger actor ("Iranian" in "Iranian officials") is part of
    that actor, not an actor of its own; so is a body or place inside a name the knowledge knows
    whole ("UN" in "UN peacekeepers", "Kabul" in "Kabul government")."""
    if not spans:
        return
    for entity in entities:
        if entity.type not in types:
            continue
        entity.mentions = [
            m for m in entity.mentions if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)
        ]
    entities[:] = [e for e in entities if e.mentions]


_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


def _resolve_personal_pronouns(doc: Doc, entities: list[Entity]) -> None:
    """"he", "she", "his", "her" join the person named last before them, in their sentence or
    the one before; with no person named there, a pronoun stays unresolved."""
    people = [(m.start, e) for e in entities if e.type == "PERSON" for m in e.mentions]
    if not people:
        return
    people.sort(key=lambda item: item[0])
    text = doc.text  # Doc.text joins every token on each access
    for token in doc:
        if token.lower_ not in _PERSONAL_PRONOUNS or token.pos_ != "PRON":
            continue
        window_start = _window_start(doc, token)
        bound = _own_subject_span(token)
        before = [entity for start, entity in people if window_start <= start < token.idx
                  and not (bound[0] <= start < bound[1])]
        if before:
            _add_mention(before[-1], token.idx, token.idx + len(token.text), text)


def _own_subject_span(pronoun: Token) -> tuple[int, int]:
    """ "Kiir pardoned him": an object pronoun is never the subject of its own verb (the reflexive
    would be used), so that subject's characters are closed to it."""
    if pronoun.tag_ != "PRP" or pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return (0, 0)
    verb = pronoun.head.head if pronoun.dep_ == "pobj" and pronoun.head.dep_ in ("prep", "dative") else pronoun.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return (0, 0)
    first, last = subjects[0].left_edge, subjects[-1].right_edge
    return (first.idx, last.idx + len(last.text))


def _merge_same_actors(entities: list[Entity]) -> None:
    """Names the knowledge resolved to one actor ("IDF" and "Israeli army") become one entity."""
    merged: dict[tuple[str, str, str | None], Entity] = {}
    for entity in list(entities):
        key = (fold(entity.name), entity.type, entity.code)
        kept = merged.get(key)
        if kept is None:
            merged[key] = entity
            continue
        kept.mentions = sorted(kept.mentions + entity.mentions, key=lambda m: m.start)
        kept.titles += [t for t in entity.titles if t not in kept.titles]
        entities.remove(entity)


def _renumber(entities: list[Entity]) -> None:
    entities.sort(key=lambda e: min(m.start for m in e.mentions))
    for number, entity in enumerate(entities, start=1):
        entity.id = f"E{number}"


register_component("actors", assigns=("actors",), requires=("doc", "entities"))(ActorResolver)
