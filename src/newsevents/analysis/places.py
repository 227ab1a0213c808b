"""Places: toponyms found in the article and resolved to a point of the offline gazetteer.

Recognition. Candidate spans come from spaCy's place entities (GPE, LOC, FAC) and from a scan of
capitalised word sequences that the gazetteer knows ("Rapides Parish", "Strait of Hormuz",
"Fordow"), longest first, also inside organisation names ("the Hall County Sheriff's Office").
A gazetteer-only match must look like a name (proper noun, not a person's name, not a month or
another entity type) and must be plausible: a country, a first-level division, a county or a
curated place, or a city that is large or that lies where the article's other places lie. "City,
State" and "City, Country" qualifiers ("Paris, Texas", "Athens, Ga.", "Pandi, Bulacan") are
found too; the qualifier is a place of its own.

Resolution. Every candidate gets a prior from what it is (continent > country > first-level
division and curated places > county; a city by its population, a capital a little more), then
evidence from the article: how strongly its country and its US state are supported by the
other names (each name spreads its weight over its own candidates), whether it lies near the
places the other names resolved to, and a qualifier, which keeps only the candidates inside it.
Two rounds: the second uses the first round's choices. A name keeps one sense in an article,
except where a qualifier says otherwise.

`feature` is one of: continent, country, ADM1 (first-level division), ADM2 (second-level
division: US county or parish), city (any populated place), region (named region that is not an
administrative unit), territory (dependent, disputed or occupied territory), water (sea, gulf,
strait, lake, river, canal), site (facility, base, crossing, landmark), island, peninsula,
valley. A place entity the gazetteer does not know is kept with `name` and no point.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc

from ..gazetteer import Gazetteer, GazPlace, distance_km, load_gazetteer
from ..knowledge import fold, load_knowledge
from ..model import Place
from ..pipeline import AnalysisState, register_component
from .entities import clean_span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SITE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "near", "to", "from", "into"})
# Entities whose words are not place names (unless a gazetteer place inside an ORG).
# (The small model's other labels, PRODUCT, NORP, EVENT and the like, are too often wrong on
# towns to block them: "located in Winnipeg" as PRODUCT, "a Longview woman" as NORP.)
_BLOCKING_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
# Continent adjectives, beside the country adjectives of countries.tsv.
_CONTINENT_ADJECTIVES = {"african": "Africa", "european": "Europe", "asian": "Asia", "north american": "North America",
                         "south american": "South America", "antarctic": "Antarctica"}
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "les", "du", "des", "da", "do", "dos", "das", "di", "y", "and",
                         "upon", "on", "am", "im", "sur", "en", "al", "el", "the", "-", "'", "’", ".", "&"})
_MAX_WORDS = 6
# Capitalised words that are places somewhere but are everyday words or names far more often.
_COMMON_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "god", "lord", "mobile",
     "reading", "bath", "nice", "orange", "hope", "independence", "liberty", "union", "justice", "mission", "progress",
     "enterprise", "commerce", "police", "chief", "university", "college", "school", "church", "hospital", "center",
     "centre", "county", "city", "state", "street", "road", "north", "south", "east", "west", "central", "republic",
     "congress", "senate", "house", "court", "news", "post", "times", "herald", "journal", "tribune", "star", "sun",
     "globe", "mail", "guardian", "democrat", "republican", "president", "governor", "mayor", "sheriff", "officer",
     "deputy", "judge", "bishop", "christian", "muslim", "jewish", "catholic", "baptist", "methodist", "federal",
     "national", "international", "american", "english", "french", "german", "obama", "mac", "man", "most", "bar",
     "sale", "over", "bowling", "early", "cash", "energy", "friendship", "harmony", "unity", "victory", "welcome",
     "fame", "story", "ransom", "price", "king", "young", "long", "jobs", "ohio state", "of", "page", "health",
     "education", "internet", "web", "online", "google", "facebook", "twitter", "apple", "amazon", "disney", "ford",
     "chase", "best", "gap", "target", "nike", "dodge", "chevrolet", "monroe", "lincoln", "jackson",
     "madison", "jefferson", "franklin", "clinton", "hamilton", "wilson", "taylor", "johnson", "harrison", "warren",
     "marshall", "clay", "grant", "hayes", "bush", "carter", "adams", "polk", "pierce", "tyler", "fillmore"}
)
# AP-style state abbreviations, as in "Athens, Ga." (postal codes are read from the gazetteer).
_AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA",
    "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "Penn.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI",
    "Wyo.": "WY", "D.C.": "DC",
}
# AP forms that are no English word ("Mass.", "Ill.", "Ind.", "Miss." are).
_UNAMBIGUOUS_AP_STATES = frozenset({"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Fla.", "Kan.", "Kans.", "Ky.",
                                    "Md.", "Mich.", "Minn.", "Mont.", "Neb.", "Nebr.", "Nev.", "Okla.", "Ore.", "Tenn.",
                                    "Tex.", "Vt.", "Wis.", "Wisc.", "Wyo."})
_STREET_WORDS = frozenset({"road", "rd", "street", "st", "avenue", "ave", "drive", "dr", "boulevard", "blvd", "lane", "ln",
                           "highway", "hwy", "parkway", "pkwy", "way", "court", "ct", "circle", "place", "pl", "pike",
                           "trail", "terrace", "square", "mall", "plaza", "airport", "station", "bridge", "park"})
# Words the parser sometimes tags as a place on their own, cut from a longer name.
_GENERIC_WORDS = frozenset({"north", "south", "east", "west", "center", "centre", "central", "city", "county", "state",
                            "metro", "downtown", "uptown", "midtown"})
_COUNTY_WORDS = re.compile(r"\b(?:counties|parishes|Counties|Parishes)\b")
_NAME = r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)?"
_COUNTY_LIST = re.compile(rf"((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME}) $")
_COUNTY_LIST_AFTER = re.compile(rf"\s*(?:[:—–”\"(]|--?)\s*((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME})\b")
_LIST_ITEM = re.compile(r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)?")
_HOMETOWN = re.compile(r"(?:(?<=, )|(?<=\())(?:R|D|I|DFL|GOP)-((?:Mc|Mac|De|La)?[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# A dateline: a place in capitals opening the story or a paragraph, before a dash ("HAMILTON —",
# "CHARLESTON, W.Va. (AP) --"); capitals say nothing elsewhere, here they say "place".
_DATELINE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][A-Z'’.-]+(?: (?:[A-Z][A-Z'’.-]+|OF|DE|LA|DU|DEL))*)"
                       r"(?=(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([A-Z]+\)\s*)?(?:—|–|--?)\s)")
# Kind words after a name, and the features of the places they may name.
_DIVISION_FEATURES = frozenset({"ADM1", "ADM2", "region", "territory"})
_KIND_WORDS = {"province": _DIVISION_FEATURES, "state": _DIVISION_FEATURES, "region": _DIVISION_FEATURES,
               "prefecture": _DIVISION_FEATURES, "governorate": _DIVISION_FEATURES, "department": _DIVISION_FEATURES,
               "county": _DIVISION_FEATURES, "district": _DIVISION_FEATURES | {"city"}, "city": frozenset({"city"}),
               "town": frozenset({"city"}), "village": frozenset({"city"}), "township": frozenset({"city"})}
_SETTLEMENT_WORDS = frozenset({"town", "village", "city", "township", "hamlet", "municipality", "suburb"})
# Words after a town's name in the name of its own services and officers.
_MUNICIPAL_WORDS = frozenset({"police", "fire", "mayor", "township", "village", "council", "selectman", "selectmen",
                              "aldermen", "schools", "library", "borough", "municipal", "emergency"})
_ARTICLES = frozenset({"the", "a", "an"})
# Of those, the ones only a town has (not "Carnegie Library", "UN Emergency"), and words of a title before them.
_TOWN_OFFICE_WORDS = frozenset({"police", "fire", "mayor", "council", "selectman", "selectmen", "aldermen", "borough"})
_TITLE_WORDS = frozenset({"vice", "deputy", "acting", "former", "assistant", "interim"})
# Presidents' names among the common words, which are towns' names too.
_SURNAME_TOWNS = frozenset({"monroe", "lincoln", "jackson", "madison", "jefferson", "franklin", "clinton", "hamilton",
                            "wilson", "taylor", "johnson", "harrison", "warren", "marshall", "clay", "grant", "hayes",
                            "carter", "adams", "polk", "pierce", "tyler", "fillmore"})
# Words after "City" in the name of a town's council and officers ("Dublin City Council").
_CITY_OFFICE_WORDS = frozenset({"council", "councilman", "councilwoman", "councilmember", "councilor", "councillor",
                                "hall", "manager", "commission", "commissioner", "commissioners", "attorney", "clerk",
                                "administrator", "schools", "school", "limits", "police", "treasurer", "engineer"})
# Words that make a name a place name by themselves.
_FEATURE_WORDS = frozenset({"river", "lake", "lakes", "mountain", "mountains", "mount", "mt", "sea", "bay", "island", "islands",
                            "valley", "county", "parish", "creek", "forest", "desert", "canyon", "peninsula", "gulf",
                            "strait", "coast", "hills", "falls", "beach", "harbor", "harbour", "reservoir", "ocean", "township",
                            "village", "province", "district", "region", "state"})
# Feature words of nature, whose names are often those of a place far away ("Columbia River").
_NATURAL_WORDS = frozenset({"river", "lake", "lakes", "mountain", "mountains", "mount", "mt", "sea", "bay", "island",
                            "islands", "valley", "creek", "forest", "desert", "canyon", "peninsula", "gulf", "strait",
                            "coast", "hills", "falls", "beach", "harbor", "harbour", "reservoir", "ocean", "park"})
# Feature words that may also begin a name ("Lake Vermont", "Mount Hood", "River Lune").
_LEADING_FEATURE_WORDS = frozenset({"lake", "lakes", "mount", "mt", "river", "sea", "bay", "gulf", "strait", "isle",
                                    "island", "islands", "cape"})
_POSTAL = re.compile(r"[A-Z]{2}\b")
# Acronyms and initials ("UK", "NSW", "D.A.", "S.E."): a country's or a state's short name, not a town's alias.
_ACRONYM = re.compile(r"[A-Z]{1,5}|(?:[A-Z]\.){1,4}")
_QUALIFIER_GAP = re.compile(r"\s*,\s*")

# Prior weights (see `_prior`).
_FEATURE_PRIOR = {"continent": 11.0, "country": 10.0, "ADM1": 8.5, "territory": 8.5, "region": 8.0, "water": 8.5,
                  "site": 8.5, "island": 8.0, "peninsula": 8.0, "valley": 8.0, "ADM2": 6.5}
_CAPITAL_BONUS = 0.5
_OWN_NAME_BONUS = 1.5
_COUNTRY_WEIGHT = 3.0
_ADMIN1_WEIGHT = 1.0
_ADMIN1_CAP = 3.5
_NEAR_KM = 60.0
_NEAR_WEIGHT = 1.0
_COUNTY_KM = 80.0
_PAIR_WEIGHT = 0.5
_PAIR_PRIOR_GAP = 1.5
# A gazetteer-only city must be this large, unless the article's evidence supports it.
_PLAIN_CITY_POPULATION = 100_000
# An old name of a city this large is still in use ("Calcutta", "Bombay").
_FAMOUS_CITY_POPULATION = 1_000_000
_SOFTMAX_T = 1.0
_ROUNDS = 3


@dataclass
class _Mention:
    start: int
    end: int
    key: str
    candidates: list[GazPlace]
    from_ner: bool
    label: str = ""
    inside: GazPlace | None = None  # "Paris, Texas": Texas
    qualifier_of: int | None = None
    chosen: GazPlace | None = None
    scores: dict[int, float] = field(default_factory=dict)


def _prior(place: GazPlace) -> float:
    if place.feature == "city":
        return 2.0 + math.log10(place.population + 1) + (_CAPITAL_BONUS if place.capital else 0.0)
    return _FEATURE_PRIOR.get(place.feature, 7.0)


_GLOSS = re.compile(r"\s*\([^)]*\)$")


def _own_name(place: GazPlace) -> str:
    """The place's name without the gazetteer's gloss: "Georgia (US state)" is named Georgia."""
    return fold(_GLOSS.sub("", place.name))


def _looks_like_feature_name(key: str) -> bool:
    """A name the gazetteer lacks that is still a place by its form: a feature word ends it
    ("Red River", "Henry County") or begins it ("Lake Vermont"), beside a word of its own. An
    organisation or an office named after a place ("Lamar County Commissioners", "Henderson
    County Jail", "County Judges") is not one: the place inside it is found by the scan."""
    words = key.split()
    if not 2 <= len(words) <= 5:
        return False
    own = [w for w in words if w not in _FEATURE_WORDS and w not in _CONNECTORS and w not in _GENERIC_WORDS]
    if not own:
        return False
    return words[-1] in _FEATURE_WORDS or words[0] in _LEADING_FEATURE_WORDS


def _independent_groups(groups: list[list[_Mention]]) -> list[list[int]]:
    """For each group of mentions, the other groups that are evidence for it: not those that may
    name the same place ("Dublin City" beside "Dublin"), which would only echo its own reading."""
    places = [{(c.name, c.lat, c.lon) for c in group[0].candidates} for group in groups]
    return [[h for h in range(len(groups)) if h != g and not places[g] & places[h]] for g in range(len(groups))]


_LOCAL_FEATURES = frozenset({"city", "ADM2", "site"})


def _cell(place: GazPlace) -> tuple[int, int]:
    return math.floor(place.lat), math.floor(place.lon)


def _near_readings(groups: list[list[_Mention]], priors: list[list[float]], apart: list[list[int]]) -> list[list[int]]:
    """For each candidate of each group, how many independent groups have a reading near it.
    Two ambiguous names with readings next to each other ("Paris" and "Henry County", both in
    Tennessee) most likely mean those, however famous another Paris is. Only readings that
    are not much less likely than their name's best count ("Houston" is not a village in
    Pennsylvania because "California" is one too), and only where a town is the name's most
    likely sense (a state's name stays the state)."""
    grid: dict[tuple[int, int], list[tuple[int, GazPlace]]] = defaultdict(list)
    for h, (group, prior) in enumerate(zip(groups, priors)):
        top = max(prior)
        for c, p in zip(group[0].candidates, prior):
            if c.feature in _LOCAL_FEATURES and p >= top - _PAIR_PRIOR_GAP:
                grid[_cell(c)].append((h, c))
    counts = []
    for g, group in enumerate(groups):
        best = group[0].candidates[max(range(len(priors[g])), key=priors[g].__getitem__)]
        independent = set(apart[g])
        row = []
        for c in group[0].candidates:
            near: set[int] = set()
            # a country's name is a town's only beside a county ("Lebanon" and "Boone County", Indiana)
            partners = _LOCAL_FEATURES if best.feature in _LOCAL_FEATURES else \
                frozenset({"ADM2"}) if best.feature == "country" else frozenset()
            if c.feature in _LOCAL_FEATURES and partners:
                y, x = _cell(c)
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        for h, other in grid.get((y + dy, x + dx), ()):
                            if h in independent and h not in near and other.feature in partners and \
                                    distance_km(c.lat, c.lon, other.lat, other.lon) < _NEAR_KM:
                                near.add(h)
            row.append(len(near))
        counts.append(row)
    return counts


def _state_if_said(doc: Doc, end_token: int, candidates: list[GazPlace]) -> list[GazPlace]:
    """"Washington state", "New York state": the first-level division of that name."""
    if end_token < len(doc) and doc[end_token].text == "state":
        divisions = [c for c in candidates if c.feature == "ADM1"]
        if divisions:
            return divisions
    return candidates


_LIST_GAP = re.compile(r"\s*(?:,|, and|, or|and|or)\s*")


def _lists(mentions: list[_Mention], text: str) -> list[list[_Mention]]:
    """Runs of three or more names joined by commas, "and" or "or" ("Ohio, Indiana and Utah")."""
    runs: list[list[_Mention]] = []
    run: list[_Mention] = []
    for m in mentions:
        if run and _LIST_GAP.fullmatch(text[run[-1].end:m.start]):
            run.append(m)
            continue
        if len(run) >= 3:
            runs.append(run)
        run = [m]
    if len(run) >= 3:
        runs.append(run)
    return runs


def _best_feature(m: _Mention) -> str | None:
    if not m.candidates:
        return None
    return max(m.candidates, key=lambda c: _prior(c) + (_OWN_NAME_BONUS if _own_name(c) == m.key else 0.0)).feature


def _same_kind_in_list(items: list[_Mention]) -> None:
    """In a list of countries or of states, a name that may be either is one too ("Mexico, China
    and Japan" is not a town China; "Utah, Washington and Oregon" is not the capital)."""
    kinds = [_best_feature(m) for m in items]
    for k, m in enumerate(items):
        others = [f for j, f in enumerate(kinds) if j != k]
        for feature in ("country", "ADM1"):
            if others.count(feature) >= 2 and others.count(feature) * 2 > len(others):
                same = [c for c in m.candidates if c.feature == feature]
                if same:
                    m.candidates = same


def _unless_only_an_alias(key: str, candidates: list[GazPlace]) -> list[GazPlace]:
    """A word the parser does not call a place, that is no town's own name but only another
    name of some town ("Hamas" of Hamm, "Drug" of Durg, "Market" of Marquette), is a word, unless
    it is an old name of a great city ("Calcutta", "Bombay")."""
    alias = [c.feature == "city" and fold(_own_name(c).translate(_LATIN_LETTERS)) != key for c in candidates]
    if all(alias):
        return [c for c in candidates if c.population >= _FAMOUS_CITY_POPULATION]
    if any(alias):
        # where towns bear the name as their own, an old name of a great city is not meant
        # ("Berea" of Aleppo, beside Berea, Ohio and Berea, Kentucky)
        return [c for c, other in zip(candidates, alias) if not other or c.population >= _FAMOUS_CITY_POPULATION]
    return candidates


# Letters that Unicode does not decompose into a base letter and a diacritic ("Puławy" is "Pulawy").
_LATIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                                "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h"})
_NOT_A_PLACE_AFTER = re.compile(r"\$|\s+(?:virus|viruses|ebolavirus|fever|hemorrhagic|haemorrhagic|encephalitis)\b")


def _names_a_thing(text: str, m: _Mention) -> bool:
    """A place name that is part of a currency ("US$") or of a disease ("West Nile virus",
    "Marburg hemorrhagic fever") is not the place."""
    return text[m.start:m.end].endswith("$") or _NOT_A_PLACE_AFTER.match(text, m.end) is not None


_IN_WORDS = frozenset({"in", "near", "outside", "inside"})


def _whole_entity_after_in(doc: Doc, i: int, j: int) -> bool:
    """"in Dadaab", "near Migori": a name the parser calls a person or an organisation, whole,
    after a preposition of place, is a place however small."""
    if i == 0 or doc[i - 1].lower_ not in _IN_WORDS:
        return False
    return doc[i].ent_iob_ == "B" and (j == len(doc) or doc[j].ent_iob_ != "I")


_DIVISIONS = frozenset({"ADM1", "territory"})


def _demonym_stems(word: str) -> list[tuple[str, frozenset[str]]]:
    """Names a demonym may be made from, each with the features it may have."""
    stems: list[tuple[str, frozenset[str]]] = []
    if word.endswith("an"):
        # Minnesotan, Ohioan, Texan, Ontarian, Floridian, Hawaiian
        stems += [(word[:-1], _DIVISIONS), (word[:-2], _DIVISIONS), (word[:-2] + "s", _DIVISIONS),
                  (word[:-3] + "o", _DIVISIONS), (word[:-3] + "a", _DIVISIONS), (word[:-2] + "o", _DIVISIONS),
                  (word[:-1] + "s", _DIVISIONS)]  # Ontarian, Kansan
    elif word.endswith("i"):
        stems.append((word[:-1], _DIVISIONS))  # Dagestani
    elif word.endswith("er"):
        stems.append((word[:-2], frozenset({"city"})))  # Londoner, New Yorker (not "Further" of Fürth)
    else:
        stems.append((word + "ia", _DIVISIONS))  # Abkhaz
    return stems


def _short_county_names(groups: list[list[_Mention]], chosen: list[GazPlace | None]) -> None:
    """"DeKalb" in a story about DeKalb County is the county or a town in it, not a DeKalb
    elsewhere: the short form of a county the story names."""
    counties = {group[0].key: place for group, place in zip(groups, chosen)
                if place is not None and place.feature == "ADM2"}
    for g, group in enumerate(groups):
        place = chosen[g]
        county = next((counties[f"{group[0].key} {word}"] for word in ("county", "parish")
                       if f"{group[0].key} {word}" in counties), None)
        if county is None or place is None or distance_km(place.lat, place.lon, county.lat, county.lon) < _COUNTY_KM:
            continue
        _settle_near(group, chosen, g, county)


def _short_town_names(groups: list[list[_Mention]], chosen: list[GazPlace | None]) -> None:
    """"Avondale" in a story about Avondale Estates is that town or one next to it, not an
    Avondale elsewhere: the first words of a longer town name the story gives in full. A state,
    a country or a great city keeps its own sense ("Kansas" beside "Kansas City")."""
    towns = {group[0].key: place for group, place in zip(groups, chosen)
             if place is not None and place.feature == "city" and " " in group[0].key and _own_name(place) == group[0].key
             and group[0].key.rsplit(" ", 1)[1] not in _GENERIC_WORDS | _FEATURE_WORDS | _MUNICIPAL_WORDS}
    if not towns:
        return
    for g, group in enumerate(groups):
        place, key = chosen[g], group[0].key
        if place is None or place.feature != "city" or place.population >= _FAMOUS_CITY_POPULATION or place.capital:
            continue
        town = next((t for k, t in towns.items() if k.startswith(key + " ")), None)
        if town is None or distance_km(place.lat, place.lon, town.lat, town.lon) < _COUNTY_KM:
            continue
        _settle_near(group, chosen, g, town)


def _settle_near(group: list[_Mention], chosen: list[GazPlace | None], g: int, anchor: GazPlace) -> None:
    """The group's place becomes its first candidate within the county radius of the story's
    `anchor` (a county, a longer town name), else the anchor itself."""
    near = [c for c in group[0].candidates if distance_km(c.lat, c.lon, anchor.lat, anchor.lon) < _COUNTY_KM]
    chosen[g] = near[0] if near else anchor
    if not near:
        for m in group:
            m.candidates = [anchor]


def _inside(place: GazPlace, container: GazPlace) -> bool:
    if place is container:
        return False
    if container.feature in {"country", "territory"} and container.country:
        return place.country == container.country and place.feature not in {"country", "continent"}
    if container.feature in {"ADM1", "region", "island"}:
        if container.admin1 and place.admin1:
            return place.admin1 == container.admin1 and place.feature not in {"ADM1", "country"}
        if container.country and place.country != container.country:
            return False
        return place.feature not in {"country", "continent"} and distance_km(place.lat, place.lon, container.lat, container.lon) < 400
    return False


class PlaceRecogniser:
    def __init__(self) -> None:
        self.gaz: Gazetteer = load_gazetteer()
        self.kb = load_knowledge()
        self.states = {p.admin1.split(".")[1]: p for p in self.gaz.admin1_places.values() if p.admin1 and p.admin1.startswith("USA.")}
        capital = [p for p in self.gaz.lookup("Washington") if p.capital and p.country == "USA"]
        self.abbreviations: dict[str, GazPlace] = {abbr: self.states[code] for abbr, code in _AP_STATES.items() if code in self.states}
        if capital:
            self.abbreviations["D.C."] = capital[0]
        # Abbreviations that are no word and no other name, so that they stand alone ("the S.C.
        # Highway Patrol", "Sen. Jane Doe, D-N.J."): initials, and the long AP forms.
        self.standalone = {abbr: place for abbr, place in self.abbreviations.items()
                           if abbr.count(".") >= 2 or abbr in _UNAMBIGUOUS_AP_STATES}
        # initials whose full stop the tokenizer split off or the writer left out ("to D.C..", "Bronx County, N.Y,")
        self.standalone.update({abbr[:-1]: place for abbr, place in list(self.standalone.items())
                                if abbr.count(".") >= 2 and abbr.endswith(".") and " " not in abbr})
        los_angeles = [p for p in self.gaz.lookup("Los Angeles") if p.country == "USA" and p.population > 1_000_000]
        if los_angeles:
            self.standalone["L.A."] = los_angeles[0]

    def __call__(self, state: AnalysisState) -> None:
        text = state.article.text
        mentions = self._drop_surnames(self.recognise(state.doc, text, state), state)
        self.resolve(mentions)
        places = []
        for number, m in enumerate(sorted(mentions, key=lambda m: (m.start, m.end)), start=1):
            place = m.chosen
            places.append(
                Place(
                    id=f"P{number}", start=m.start, end=m.end, text=text[m.start:m.end],
                    name=place.name if place else text[m.start:m.end],
                    geonames_id=place.geonames_id if place else None,
                    lat=place.lat if place else None, lon=place.lon if place else None,
                    country=place.country if place else None, feature=place.feature if place else None,
                )
            )
        state.result.places = places

    # -- recognition ----------------------------------------------------------------------------
    def recognise(self, doc: Doc, text: str, state: AnalysisState) -> list[_Mention]:
        gaz = self.gaz
        ents = list(doc.ents)
        token_label = [""] * len(doc)
        for ent in ents:
            for i in range(ent.start, ent.end):
                token_label[i] = ent.label_
        mentions: list[_Mention] = []
        taken = [False] * len(doc)

        def take(start_token: int, end_token: int) -> None:
            for k in range(start_token, end_token):
                taken[k] = True

        # 1. Place entities of the parser.
        place_keys: set[str] = set()
        for ent in ents:
            if ent.label_ not in PLACE_LABELS or any(taken[ent.start:ent.end]):
                continue
            start, end = clean_span(text, ent.start_char, ent.end_char)
            if end <= start or not text[start:start + 1].isupper():
                continue
            surface = text[start:end]
            key = fold(surface)
            if key in _GENERIC_WORDS or key in {"street", "avenue", "road", "boulevard", "lane", "drive"}:
                continue  # "Street" of "Delmar Street", "North" of "North John Street"
            state_abbreviation = self._state_abbreviation(text, start, end)
            longer = self._longer_name(doc, ent.start, ent.end, start)
            if state_abbreviation is not None:
                # "Kansas City, Kan.": the state, not a town that "Kan" is another name of
                end, state_place = state_abbreviation
                candidates = [state_place]
                key = fold(state_place.name)
            elif longer is not None:
                # "Democratic Republic" + "of the Congo": the parser cut a name the gazetteer has whole
                end_token, key, candidates = longer
                end = doc[end_token - 1].idx + len(doc[end_token - 1])
                take(ent.start, end_token)
            else:
                candidates = gaz.lookup_key(key)
                office = self._city_before_office(doc, ent.start, ent.end, key, candidates)
                if office is not None:
                    end_token, key, candidates = office
                    end = doc[end_token - 1].idx + len(doc[end_token - 1])
            candidates = _state_if_said(doc, ent.end, candidates)
            if not candidates and key in self.kb.adjectives and self.kb.adjectives[key] in gaz.country_places:
                candidates = [gaz.country_places[self.kb.adjectives[key]]]
            if candidates:
                mentions.append(_Mention(start, end, key, candidates, True, ent.label_))
                place_keys.add(key)
                take(ent.start, ent.end)
                continue
            the_feature = key in _FEATURE_WORDS and text[max(0, start - 4):start].lower() == "the "
            inner = self._named_after_a_place(doc, ent.start, ent.end, start) if ent.label_ != "NORP" and \
                _looks_like_feature_name(key) else None
            if inner is not None:
                # "Mount Pleasant Civic Center", "Bicester Village": the town inside, found by the scan
                take(inner, ent.end)
                continue
            if ent.label_ != "NORP" and (_looks_like_feature_name(key) or the_feature):
                # ... or "the Gulf", "the Strait": a feature the story named before or takes as known
                # "Red River", "Ural Mountains", "Lake Vermont": a place the gazetteer does not have
                mentions.append(_Mention(start, end, key, [], True, ent.label_))
                take(ent.start, ent.end)

        # Words of people's names ("Henry" of "Chiquita Raquel Henry") are not places; a "person"
        # that begins with a place the parser or the gazetteer knows well is not a person.
        person_keys: set[str] = set()
        for entity in state.result.entities:
            if entity.type != "PERSON":
                continue
            for mention in entity.mentions:
                words = mention.text.split()
                if len(words) < 2 or fold(mention.text) in gaz or fold(words[0]) in place_keys or self._strong(fold(words[0])):
                    continue
                person_keys.update({fold(mention.text), fold(words[-1]), fold(words[0])})
        person_keys -= place_keys

        # 2. Lists of counties ("Becker, Clay and Swift counties") and legislators' home towns
        # ("Rep. X, R-Elbow Lake").
        for word_match in _COUNTY_WORDS.finditer(text):
            suffix = "County" if word_match.group().lower().startswith("count") else "Parish"
            offset = max(0, word_match.start() - 300)
            match = _COUNTY_LIST.search(text, offset, word_match.start())
            if match is None:  # "the three largest counties — Douglas, Lancaster and Sarpy —"
                match = _COUNTY_LIST_AFTER.match(text, word_match.end())
            if match is None:
                continue
            for word in _LIST_ITEM.finditer(match.group(1)):
                key = fold(f"{word.group()} {suffix}")
                candidates = [c for c in gaz.lookup_key(key) if c.feature == "ADM2"]
                if candidates:
                    start = match.start(1) + word.start()
                    end = start + len(word.group())
                    # the county, not the parser's reading of the bare word
                    mentions[:] = [m for m in mentions if not (m.start < end and start < m.end)]
                    mentions.append(_Mention(start, end, key, candidates, False, "list"))
        for match in _HOMETOWN.finditer(text):
            key = fold(match.group(1))
            if f"{match.group(1)}." in self.standalone:  # "Nancy Pelosi, D-Calif,": the state
                state_place = self.standalone[f"{match.group(1)}."]
                mentions.append(_Mention(match.start(1), match.end(1), fold(state_place.name), [state_place], False, "abbr"))
                continue
            # a town, or a county where members sit for counties ("Clif Moore, D-McDowell")
            candidates = [c for c in gaz.lookup_key(key) if c.country == "USA" and c.feature == "city"] + \
                [c for c in gaz.lookup_key(f"{key} county") if c.feature == "ADM2"]
            if candidates:
                mentions.append(_Mention(match.start(1), match.end(1), key, candidates, False, "hometown"))
        for match in _DATELINE.finditer(text):
            key = fold(match.group(1))
            candidates = [c for c in gaz.lookup_key(key) if c.feature in {"city", "ADM2", "ADM1", "country", "territory"}]
            if candidates and not any(m.start < match.end(1) and match.start(1) < m.end for m in mentions):
                mentions.append(_Mention(match.start(1), match.end(1), key, candidates, False, "dateline"))
                place_keys.add(key)  # the story's other mentions of its dateline's town are the town
                person_keys.discard(key)
        for m in mentions:
            if m.label in {"list", "hometown", "dateline"}:
                for k, token in enumerate(doc):
                    if token.idx < m.end and m.start < token.idx + len(token):
                        taken[k] = True

        # 3. Capitalised sequences the gazetteer knows, and country adjectives ("Sudanese").
        headline = self._headline_tokens(doc)
        i, n = 0, len(doc)
        while i < n:
            token = doc[i]
            if taken[i] or not token.text[:1].isupper() or token.lower_ in _ARTICLES:
                i += 1
                continue
            abbreviation = self._standalone_abbreviation(doc, i)
            if abbreviation is not None:
                j, place = abbreviation
                mentions.append(_Mention(token.idx, doc[j - 1].idx + len(doc[j - 1]), fold(place.name), [place], False, "abbr"))
                take(i, j)
                i = j
                continue
            match = self._longest_match(doc, i, taken)
            if match is not None and match[1] in self.kb.adjectives and match[0] == i + 1:
                match = None  # "Canadian" is the country's adjective before it is a town in Texas
            if match is not None:
                match = self._city_before_office(doc, i, match[0], match[1], match[2]) or match
                j, key, candidates = match
                label = token_label[i]
                start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
                state_abbreviation = self._state_abbreviation(text, start, end) if j == i + 1 else None
                if state_abbreviation is not None:
                    end, state_place = state_abbreviation
                    mentions.append(_Mention(start, end, fold(state_place.name), [state_place], False, "abbr"))
                    take(i, j)
                    i = j
                    continue
                typed = self._typed(doc, i, j, candidates) or self._qualified(doc, j, candidates)
                if typed:
                    # "the village of Pulawy", "Guerrero state": the text says what the name is
                    mentions.append(_Mention(start, end, key, typed, False, "typed"))
                    place_keys.add(key)  # and so are the story's other mentions of the name
                    person_keys.discard(key)
                    take(i, j)
                    i = j
                    continue
                if key in place_keys or self._plausible_name(doc, i, j, key, label, candidates, person_keys, headline[i]):
                    if _ACRONYM.fullmatch(token.text) and j == i + 1:
                        # an acronym names a country or a state ("UK", "NSW"), not a town's alias
                        candidates = [c for c in candidates if c.feature != "city" or fold(c.name) == key]
                    if label not in PLACE_LABELS and key not in place_keys and j == i + 1:
                        candidates = _unless_only_an_alias(key, candidates)
                    if candidates:
                        if label in {"PERSON", "ORG"} and _whole_entity_after_in(doc, i, j):
                            label = "locative"
                        elif label not in PLACE_LABELS and j < len(doc) and doc[j].lower_ in _TOWN_OFFICE_WORDS and \
                                key not in _TITLE_WORDS and not token.text.isupper() and \
                                any(c.feature == "city" and _own_name(c) == key for c in candidates):
                            label = "municipal"  # "Grovetown police": a town, however small, that has them
                        mentions.append(_Mention(start, end, key, candidates, label in PLACE_LABELS, label))
                        take(i, j)
                        i = j
                        continue
            demonym = self._demonym(doc, i, taken)
            if demonym is not None:
                j, key, place = demonym
                mentions.append(_Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1]), key, [place], False, "demonym"))
                take(i, j)
                i = j
                continue
            i += 1

        # 4. "City, State" qualifiers written as abbreviations ("Athens, Ga.", "Athens, GA").
        for m in list(mentions):
            gap = _QUALIFIER_GAP.match(text, m.end)
            if gap is None or gap.end() == m.end or "," not in gap.group():
                continue
            q_start = gap.end()
            if any(o.start <= q_start < o.end for o in mentions):
                continue
            rest = text[q_start:q_start + 6]
            qualifier = next(((abbr, place) for abbr, place in self.abbreviations.items() if rest.startswith(abbr)), None)
            if qualifier is None:
                postal = _POSTAL.match(rest)
                if postal and postal.group() in self.states and any(c.country == "USA" for c in m.candidates):
                    qualifier = (postal.group(), self.states[postal.group()])
            if qualifier is not None:
                abbr, place = qualifier
                mentions.append(_Mention(q_start, q_start + len(abbr), fold(place.name), [place], False, "abbr"))

        mentions.sort(key=lambda m: m.start)
        for items in _lists(mentions, text):
            _same_kind_in_list(items)

        # 5. "X, Y" where Y is a country or a first-level division: X lies inside Y.
        for a, b in pairwise(mentions):
            gap = text[a.end:b.start]
            if "," not in gap or not _QUALIFIER_GAP.fullmatch(gap) or not a.candidates:
                continue
            containers = [c for c in b.candidates if c.feature in {"country", "ADM1", "territory"}]
            if not containers:
                continue
            inside = [c for c in a.candidates if any(_inside(c, box) for box in containers)]
            if inside:
                a.candidates = inside
                b.candidates = [box for box in containers if any(_inside(c, box) for c in inside)]
                a.inside = b.candidates[0]
        return [m for m in mentions if (m.candidates or m.from_ner) and not _names_a_thing(text, m)]

    def _named_after_a_place(self, doc: Doc, first: int, last: int, start: int) -> int | None:
        """A facility or a district the gazetteer lacks that begins with a place's name ("Mount
        Pleasant Civic Center", "Moore County District", "Bicester Village") lies in that place. Not
        a river, a lake or a mountain, which are often named after a place far from them
        ("Columbia River"), nor a township, a unit of its own ("Hamilton Township"). The end of the
        place's name, or None."""
        while first < last and doc[first].idx < start:
            first += 1
        match = self._longest_match(doc, first, None, limit=last - 1) if first < last - 1 else None
        if match is None or doc[first].text.isupper() or match[1] in _COMMON_WORDS or match[1] in _GENERIC_WORDS:
            return None
        end, key, candidates = match
        if {t.lower_.rstrip(".") for t in doc[end:last]} & (_NATURAL_WORDS | {"township", "twp"}):
            return None
        # its own name, not another name of some town ("River" of a town in New Brunswick)
        candidates = [c for c in candidates if c.feature != "city" or _own_name(c).removeprefix("the ") == key]
        kinds = _KIND_WORDS.get(doc[end].lower_)
        if kinds is not None:  # "Nyanza Province" is no town Nyanza ("Sumatra province" is the island)
            candidates = [c for c in candidates if c.feature in kinds or c.feature != "city"]
        return end if candidates else None

    def _longer_name(self, doc: Doc, first: int, last: int, start: int) -> tuple[int, str, list[GazPlace]] | None:
        """A gazetteer name that begins where the parser's place entity begins and runs past it."""
        while first < last and doc[first].idx < start:
            first += 1
        match = self._longest_match(doc, first, None) if first < last else None
        if match is None or match[0] <= last:
            return None
        # not a generic word that makes no other place of it ("Dublin City" of "Dublin City Council")
        if all(t.lower_ in _GENERIC_WORDS for t in doc[last:match[0]]):
            own = {(c.name, c.lat, c.lon) for c in self.gaz.lookup_key(fold(doc[first:last].text))}
            if any((c.name, c.lat, c.lon) in own for c in match[2]):
                return None
        return match

    def _city_before_office(self, doc: Doc, i: int, j: int, key: str, candidates: list[GazPlace]):  # type: ignore[no-untyped-def]
        """"Dublin City Council", "San Fernando City Councilwoman": the word "city" belongs to the
        office, and the place is the town before it (not a place that "Dublin City" is another
        name of), unless a town's own name ends in "City" ("Jefferson City Council")."""
        if j - i < 2 or j >= len(doc) or doc[j - 1].lower_ != "city" or doc[j].lower_ not in _CITY_OFFICE_WORDS:
            return None
        if any(c.feature == "city" and _own_name(c) == key for c in candidates):
            return None
        short = fold(doc[i:j - 1].text)
        shorter = self.gaz.lookup_key(short)
        return (j - 1, short, shorter) if shorter else None

    @staticmethod
    def _surname_town_after_in(doc: Doc, i: int, j: int, key: str) -> bool:
        """"made in Lincoln", "a church in Clinton": a president's name that is a town's too, alone
        after "in", is the town (not "in Lincoln's day", nor "in Jackson Hole"; but "in Hamilton
        Municipal Court"). "near" and "from" are not enough ("near Franklin" is a school's)."""
        if key not in _SURNAME_TOWNS or i == 0 or doc[i - 1].lower_ != "in":
            return False
        if j < len(doc):
            after = doc[j]
            if after.text in {"'s", "’s", "'", "’"}:
                return False
            if after.text[:1].isupper() and after.lower_ not in _MUNICIPAL_WORDS | {"municipal", "city", "county"}:
                return False
        return True

    def _typed(self, doc: Doc, i: int, j: int, candidates: list[GazPlace]) -> list[GazPlace]:
        """The candidates of a name the text calls a place of some kind: a kind word after it
        ("Guerrero state", "Masvingo province", "Heze city") or "the town of" before it; none if it
        does not."""
        key = fold(doc[i:j].text)
        if doc[i].is_stop or key in _COMMON_WORDS or not _unless_only_an_alias(key, candidates):
            return []  # "But town and state police", "the Police department"
        kinds: frozenset[str] | None = None
        if j < len(doc) and doc[j].text in _KIND_WORDS:
            kinds = _KIND_WORDS[doc[j].text]
            whole = self.gaz.lookup_key(fold(f"{doc[i:j].text} {doc[j].text}"))
            if whole:
                return whole
        elif i >= 2 and doc[i - 1].lower_ in {"of", "called"} and doc[i - 2].lower_ in _SETTLEMENT_WORDS:
            kinds = frozenset({"city"})
        if kinds is None:
            return []
        return [c for c in candidates if c.feature in kinds] or candidates

    def _qualified(self, doc: Doc, j: int, candidates: list[GazPlace]) -> list[GazPlace]:
        """The candidates inside the state or country named after a comma ("Greer, South Carolina",
        "Greer, S.C."), whatever else the name may be; none if no such qualifier follows."""
        if j + 1 >= len(doc) or doc[j].text != "," or not doc[j + 1].text[:1].isupper():
            return []
        containers = [place for _, place in [self._standalone_abbreviation(doc, j + 1) or (0, None)] if place is not None]
        if not containers:
            match = self._longest_match(doc, j + 1, None)
            if match is not None:
                containers = [c for c in match[2] if c.feature in {"country", "ADM1"}]
        return [c for c in candidates if c.feature == "city" and any(_inside(c, box) for box in containers)]

    def _standalone_abbreviation(self, doc: Doc, i: int) -> tuple[int, GazPlace] | None:
        """A state's or a city's abbreviation on its own ("S.C.", "W. Va.", "Calif."): its end token and place."""
        for j in (i + 1, i + 2):
            if j <= len(doc) and not any(t.is_space for t in doc[i:j]):
                place = self.standalone.get(doc[i:j].text)
                if place is not None:
                    return j, place
        return None

    def _state_abbreviation(self, text: str, start: int, end: int) -> tuple[int, GazPlace] | None:
        """An AP abbreviation of a US state ("Kan.", "Pa.", "N.Y."), with the end of its full stop."""
        surface = text[start:end]
        if surface in self.abbreviations:
            return end, self.abbreviations[surface]
        if text[end:end + 1] == "." and surface + "." in self.abbreviations:
            return end + 1, self.abbreviations[surface + "."]
        return None

    def _strong(self, key: str) -> bool:
        return any(c.feature != "city" or c.population >= _PLAIN_CITY_POPULATION for c in self.gaz.lookup_key(key))

    def _headline_tokens(self, doc: Doc) -> list[bool]:
        """Tokens of sentences written in title case (headlines), where capitals say nothing."""
        flags = [False] * len(doc)
        for sent in doc.sents:
            words = [t for t in sent if t.is_alpha and len(t) > 3]
            if len(words) >= 4 and sum(1 for t in words if t.text[:1].isupper()) >= 0.7 * len(words):
                for t in sent:
                    flags[t.i] = True
        return flags

    def _demonym(self, doc: Doc, i: int, taken: list[bool]):  # type: ignore[no-untyped-def]
        for j in range(min(len(doc), i + 3), i, -1):
            if any(taken[i:j]) or not doc[j - 1].text[:1].isupper():
                continue
            surface = doc[i:j].text
            key = fold(surface)
            iso3 = self.kb.adjectives.get(key)
            place = self.gaz.country_places.get(iso3) if iso3 else None
            if place is None and key in _CONTINENT_ADJECTIVES:
                place = next((c for c in self.gaz.lookup(_CONTINENT_ADJECTIVES[key]) if c.feature == "continent"), None)
            if place is None and iso3 is None and doc[i].ent_type_ not in {"PERSON", "ORG"}:
                place = self._division_demonym(key)
            if place is not None:
                return j, key, place
        return None

    def _division_demonym(self, key: str) -> GazPlace | None:
        """The state, province or region a demonym is made from ("Ohioans", "Minnesotan", "Texan",
        "South Ossetians", "Dagestani"), or the great city of one in -er ("Londoner", "New Yorkers")."""
        word = key.removesuffix("s")
        if len(word) < 5 or word.endswith("man"):
            return None  # "Gunman" is no man of Gunma
        for stem, features in _demonym_stems(word):
            for c in self.gaz.lookup_key(stem):
                if c.feature in features and _own_name(c) == stem and \
                        (c.feature != "city" or c.population >= _FAMOUS_CITY_POPULATION):
                    return c
        return None

    def _has_inner_match(self, doc: Doc, start: int, end: int) -> bool:
        for i in range(start, end):
            if doc[i].text[:1].isupper() and self._longest_match(doc, i, None, limit=end) is not None:
                return True
        return False

    def _longest_match(self, doc: Doc, i: int, taken: list[bool] | None, limit: int | None = None):  # type: ignore[no-untyped-def]
        gaz = self.gaz
        stop = min(len(doc), i + _MAX_WORDS, limit if limit is not None else len(doc))
        last_ok = []
        for j in range(i, stop):
            if taken is not None and taken[j]:
                break
            word = doc[j].text
            if j > i and not word[:1].isupper() and word.lower() not in _CONNECTORS and word != ",":
                break
            if doc[j].is_space or "\n" in doc[j].whitespace_:
                last_ok.append(j + 1)
                break
            last_ok.append(j + 1)
        for j in reversed(last_ok):
            last = doc[j - 1]
            if not last.text[:1].isupper() and last.text not in {"."}:
                continue
            # a span's text, not Doc.text: spaCy rebuilds Doc.text from every token on each access
            key = fold(doc[i:j].text)
            if key and key in gaz:
                if last.text == "." and j - 1 > i and fold(doc[i:j - 1].text) == key:
                    j -= 1  # the sentence's full stop is not part of the name ("... to Texas.")
                return j, key, gaz.lookup_key(key)
        return None

    def _plausible_name(self, doc: Doc, i: int, j: int, key: str, label: str, candidates: list[GazPlace],
                        person_keys: set[str], headline: bool) -> bool:
        if key in _GENERIC_WORDS or key in _STREET_WORDS:
            return False  # "Street" of "Wichita Street", which the parser tags as a whole
        if key.endswith(" co") and (doc[i:j].text.count("&") or (j < len(doc) and doc[j].text == ",")):
            return False  # "Loudon Co. man dies" is the county; "Crane Co., of Chicago" and "Swift & Co." are firms
        if label in PLACE_LABELS:
            return True
        if headline and not self._strong(key):
            return False
        if key in person_keys or (key in _COMMON_WORDS and not self._surname_town_after_in(doc, i, j, key)):
            return False
        if j < len(doc) and doc[j].lower_.rstrip(".") in _STREET_WORDS and \
                not any(c.feature in {"country", "ADM1"} for c in candidates):
            return False  # "Dublin Road", "Memphis St." (but "the Minnesota Highway Patrol")
        strong = [c for c in candidates if c.feature != "city" or c.population >= _PLAIN_CITY_POPULATION or c.capital]
        divisions = [c for c in candidates if c.feature in {"country", "ADM1", "ADM2"}]
        if label == "PERSON":
            # The small model calls many towns people ("Alexandria woman charged"): a place name
            # that is the whole person entity, or a county inside one, is still a place.
            ent = doc[i].ent_iob_ == "B" and (j == len(doc) or doc[j].ent_iob_ != "I")
            if not (divisions or ent):
                return False
            label = ""
        elif label in _BLOCKING_LABELS:
            return False
        if label == "ORG":
            # "Hall County Sheriff's Office", "University of Georgia": the place inside an organisation;
            # "met at the Pentagon": a seat of power where a locative preposition makes it a place.
            before = doc[i - 1] if i > 0 and doc[i - 1].lower_ != "the" else (doc[i - 2] if i > 1 else None)
            if before is not None and before.lower_ in _SITE_PREPOSITIONS and any(c.feature == "site" for c in candidates):
                return True
            if j < len(doc) and doc[j].lower_ in _MUNICIPAL_WORDS and all(t.pos_ == "PROPN" and t.is_title for t in doc[i:j]) \
                    and any(c.feature == "city" and _own_name(c) == key for c in candidates):
                return True  # "Grovetown police", "the Tega Cay Fire Department": a town's own services
            whole = doc[i].ent_iob_ == "B" and (j == len(doc) or doc[j].ent_iob_ != "I")
            if whole and before is not None and before.lower_ in _SITE_PREPOSITIONS | {"of"}:
                return True  # "officials in Dogubayazit": a town the parser took for an organisation
            return bool([c for c in candidates if c.feature in {"country", "ADM1", "ADM2"} or
                         (c.feature == "city" and c.population >= 20_000)])
        words = doc[i:j]
        weak = not strong and not divisions
        if weak and j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B":
            return False  # "Secretary Francisco Duque": a title
        if weak and j - i == 1 and len(doc[i].text) <= 3:
            return False
        if j - i == 1:
            token = doc[i]
            if token.pos_ not in {"PROPN"} and not token.text.isupper():
                return False
            if len(token.text) < 3 and not token.text.isupper():
                return False
            if token.text.isupper() and len(token.text) <= 3 and not strong:
                return False
        elif not any(t.pos_ == "PROPN" for t in words):
            return False
        return True  # weak cities are checked against the article's evidence in `resolve`

    # -- resolution -----------------------------------------------------------------------------
    def resolve(self, mentions: list[_Mention]) -> None:
        live = [m for m in mentions if m.candidates]
        if not live:
            return
        names: dict[str, list[_Mention]] = defaultdict(list)
        for m in live:
            names[m.key if m.inside is None else f"{m.key}@{m.start}"].append(m)
        groups = list(names.values())
        # The place's own name beats an alternate name of a bigger place ("Fort Hood").
        priors = [[_prior(c) + (_OWN_NAME_BONUS if _own_name(c) == group[0].key else 0.0) for c in group[0].candidates]
                  for group in groups]
        reliable = [any(m.from_ner or m.inside is not None or m.label in {"abbr", "list", "hometown", "demonym", "dateline"} for m in group)
                    or any(c.feature != "city" or c.population >= _PLAIN_CITY_POPULATION for c in group[0].candidates)
                    for group in groups]
        chosen: list[GazPlace | None] = [None] * len(groups)
        weights = [self._softmax(p) for p in priors]
        apart = _independent_groups(groups)
        pairs = _near_readings(groups, priors, apart)
        # Three rounds: a name settled in the second by its neighbours' first choices (a county by
        # its town) settles them in turn in the third (a fourth gains nothing on LGL).
        for _round in range(_ROUNDS):
            country_support: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(groups))
            admin1_support: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(groups))
            for g, group in enumerate(groups):
                by_country: dict[str, float] = defaultdict(float)
                by_admin1: dict[str, float] = defaultdict(float)
                admin1s = {c.admin1 for c in group[0].candidates if c.admin1}
                flat = 1.0 / len(admin1s) if admin1s else 0.0
                # a quarter in the later rounds, once the first has told which state a name is in
                half = 0.5 if _round == 0 else 0.25
                for c, w in zip(group[0].candidates, weights[g]):
                    if c.country:
                        by_country[c.country] += w
                    if c.admin1:
                        # each name spreads half its weight evenly over the divisions it may be in,
                        # so that several small towns of one state find each other (then a quarter)
                        by_admin1[c.admin1] = max(by_admin1[c.admin1], (1.0 - half) * w + half * flat)
                        if c.feature == "ADM1":  # the state itself, named: its whole weight
                            by_admin1[c.admin1] = max(by_admin1[c.admin1], w)
                mult = 1.0 + 0.25 * min(len(group) - 1, 4)
                for k, w in by_country.items():
                    country_support[k][g] = min(1.0, w) * mult
                for k, w in by_admin1.items():
                    admin1_support[k][g] = min(1.0, w) * mult
            new_weights = []
            for g, group in enumerate(groups):
                scores = []
                others = apart[g]
                own_total = sum(v[h] for v in country_support.values() for h in others)
                best_support = max((sum(v[h] for h in others) for v in country_support.values()), default=0.0)
                for k, (c, prior) in enumerate(zip(group[0].candidates, priors[g])):
                    score = prior + _PAIR_WEIGHT * min(pairs[g][k], 3)
                    if own_total > 0:
                        if c.country:
                            support = sum(country_support[c.country][h] for h in others)
                        else:  # an ocean or a continent fits any article
                            support = best_support
                        score += _COUNTRY_WEIGHT * support / own_total
                    if c.admin1:
                        support = sum(admin1_support[c.admin1][h] for h in others)
                        score += min(_ADMIN1_CAP, _ADMIN1_WEIGHT * support)
                    if _round > 0:
                        near = 0
                        for h in others:
                            other = chosen[h]
                            if other is not None and other.feature in {"city", "ADM2", "site"} and \
                                    distance_km(c.lat, c.lon, other.lat, other.lon) < _NEAR_KM:
                                near += 1
                        score += _NEAR_WEIGHT * min(near, 3)
                    scores.append(score)
                best = max(range(len(scores)), key=scores.__getitem__)
                chosen[g] = group[0].candidates[best]
                new_weights.append(self._softmax(scores))
                for m in group:
                    m.scores = dict(enumerate(scores))
            weights = new_weights
        _short_county_names(groups, chosen)
        _short_town_names(groups, chosen)
        # A weak gazetteer-only city is dropped when nothing in the article supports it.
        for g, group in enumerate(groups):
            place = chosen[g]
            for m in group:
                m.chosen = place
            if place is None or place.feature != "city" or \
                    any(m.from_ner or m.inside is not None or m.label in {"dateline", "locative", "typed", "municipal"} for m in group):
                continue
            if place.population >= _PLAIN_CITY_POPULATION or place.capital:
                continue
            supported = False
            for h, other in enumerate(chosen):
                if h == g or other is None or not reliable[h]:
                    continue
                if (place.admin1 and other.admin1 == place.admin1) or distance_km(place.lat, place.lon, other.lat, other.lon) < 150:
                    supported = True
                    break
            if not supported:
                for m in group:
                    m.candidates = []
                    m.chosen = None
        for m in mentions:
            if not m.candidates and not m.from_ner:
                m.chosen = None
        mentions[:] = [m for m in mentions if m.candidates or m.from_ner]

    def _drop_surnames(self, mentions: list[_Mention], state: AnalysisState) -> list[_Mention]:
        """A one-word name that is the surname of a person the article names ("Webb" after
        "Jim Webb", "Obama" for Barack Obama) is the person, unless it names a country or a
        state. A "person" whose first word is a place ("Wichita Police") does not count."""
        names: set[str] = set()
        for entity in state.result.entities:
            words = entity.name.split()
            if entity.type == "PERSON" and len(words) >= 2 and fold(words[0]) not in self.gaz:
                names.add(fold(words[-1]))
        return [m for m in mentions if m.key not in names or " " in m.key
                or any(c.feature in {"country", "ADM1", "continent"} or c.population >= _PLAIN_CITY_POPULATION
                       for c in m.candidates)]

    @staticmethod
    def _softmax(scores: list[float]) -> list[float]:
        top = max(scores)
        exps = [math.exp((s - top) / _SOFTMAX_T) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


register_component("places", assigns=("places",), requires=("doc", "entities"))(PlaceRecogniser)
