"""Country codes the export formats need: FIPS 10-4 (GDELT geography), CAMEO (GDELT and ICEWS actors),
PLOVER country codes, and English names.

The data is `data/fips_countries.tsv` (GeoNames countryInfo, see its header) and, for names,
`data/countries.tsv` (the project's curated country names).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    fips: str | None
    cameo: str
    name: str


def _data_rows(name: str) -> list[list[str]]:
    text = resources.files("newsevents").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country and territory by ISO 3166-1 alpha-3 code."""
    names = {row[0]: row[1] for row in _data_rows("countries.tsv") if len(row) > 1 and row[1]}
    table: dict[str, Country] = {}
    for iso3, iso2, fips, cameo, name in (row[:5] for row in _data_rows("fips_countries.tsv")):
        table[iso3] = Country(iso3, iso2, fips or None, cameo or iso3, names.get(iso3, name))
    return table


def country(iso3: str | None) -> Country | None:
    return countries().get(iso3) if iso3 else None


def cameo_code(iso3: str | None) -> str:
    """The CAMEO country code of an ISO alpha-3 code ('' when it is not a country: IGO, NGO, ...)."""
    found = country(iso3)
    return found.cameo if found else ""


def country_name(iso3: str | None) -> str:
    found = country(iso3)
    return found.name if found else ""


# Gaza Strip: FIPS 10-4 splits the Palestinian territories into WE (West Bank) and GZ (Gaza Strip).
_GAZA_BOX = (31.2, 31.65, 34.15, 34.6)  # lat min, lat max, lon min, lon max


def fips_code(iso3: str | None, name: str | None = None, lat: float | None = None, lon: float | None = None) -> str:
    """The FIPS 10-4 country code of a place in country `iso3` ('' when none is known)."""
    found = country(iso3)
    if found is None or not found.fips:
        return ""
    if iso3 == "PSE":
        in_gaza = name is not None and "gaza" in name.casefold()
        if lat is not None and lon is not None:
            lat_min, lat_max, lon_min, lon_max = _GAZA_BOX
            in_gaza = in_gaza or (lat_min <= lat <= lat_max and lon_min <= lon <= lon_max)
        return "GZ" if in_gaza else "WE"
    return found.fips


# PLOVER country codes (manual, chapter 5): ISO alpha-3 for states and a few territories, KOS for
# Kosovo, and seven codes for international non-state actors (Table 5.1).
PLOVER_NON_STATE = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")


def plover_country(iso3: str | None, code: str | None) -> str | None:
    """The PLOVER country code of an entity with country `iso3` and CAMEO-style actor code `code`."""
    if not iso3:
        return None
    if iso3 == "XKX":
        return "KOS"
    if iso3 == "IGO":
        if code and code.startswith("IGOUNO"):
            return "UNO"
        if code and code.startswith("IGOEUREEC"):
            return "EUR"
        return "IGO"
    if iso3 in PLOVER_NON_STATE or iso3 in countries():
        return iso3
    return None
