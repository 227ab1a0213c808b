"""Places in the shapes of GDELT's geography blocks, ICEWS's location columns and PLOVER's location object.

A stored place has a name, a country (ISO alpha-3), a point and a feature kind (country, territory,
ADM1, ADM2, city, site, water, island, peninsula, valley, region, continent; see data/places.tsv).
"""

from __future__ import annotations

from typing import Any

from .base import number
from .countries import country_name, fips_code, plover_country
from .records import PlaceRecord

# GDELT geography types: 1 COUNTRY, 2 USSTATE, 3 USCITY, 4 WORLDCITY, 5 WORLDSTATE; 0 = no place.
_POINT_FEATURES = {"city", "site", "water", "island", "peninsula", "valley", "ADM2", "territory", None}


def gdelt_type(place: PlaceRecord) -> int:
    feature = place.feature
    in_us = place.country == "USA"
    if feature == "country":
        return 1
    if feature == "territory" and place.country == "PSE":
        return 1  # the West Bank and the Gaza Strip have FIPS country codes of their own
    if feature == "ADM1" or (feature == "region" and place.country):
        return 2 if in_us else 5
    if feature in ("region", "continent"):
        return 0  # spans several countries: GDELT has no type for it
    if feature in _POINT_FEATURES:
        if place.lat is None or place.lon is None:
            return 0 if not place.country else 1
        return 3 if in_us else 4
    return 0


def gdelt_full_name(place: PlaceRecord, kind: int) -> str:
    country = country_name(place.country)
    if kind == 1 and place.feature == "country":
        return country or place.name or ""
    parts = [place.name or place.text or ""]
    if country and country != parts[0]:
        parts.append(country)
    return ", ".join(p for p in parts if p)


def gdelt_geo(place: PlaceRecord | None) -> list[str]:
    """The eight fields of a GDELT geography block: Type, FullName, CountryCode (FIPS 10-4), ADM1Code,
    ADM2Code, Lat, Long, FeatureID. Type 0 and the rest empty when there is no usable place."""
    if place is None:
        return ["0", "", "", "", "", "", "", ""]
    kind = gdelt_type(place)
    if kind == 0:
        return ["0", "", "", "", "", "", "", ""]
    fips = fips_code(place.country, place.name or place.text, place.lat, place.lon)
    if kind == 1 and place.feature != "country" and place.country != "PSE":
        # a point feature with no coordinates: known only at the country level
        return ["1", country_name(place.country), fips, fips, "", "", "", fips]
    feature_id = fips if kind == 1 else ("" if place.geonames_id is None else str(place.geonames_id))
    return [
        str(kind), gdelt_full_name(place, kind), fips, fips, "", number(place.lat), number(place.lon), feature_id,
    ]


def icews_location(place: PlaceRecord | None) -> list[str]:
    """ICEWS's City, District, Province, Country, Latitude, Longitude."""
    if place is None:
        return ["", "", "", "", "", ""]
    name = place.name or place.text or ""
    return [
        name if place.feature == "city" else "",
        name if place.feature == "ADM2" else "",
        name if place.feature == "ADM1" else "",
        country_name(place.country),
        number(place.lat),
        number(place.lon),
    ]


# GeoNames feature classes and codes, and PLOVER's resolution levels, for the stored feature kinds.
_FEATURE_CLASS = {"country": "A", "territory": "A", "ADM1": "A", "ADM2": "A", "city": "P", "site": "S",
                  "water": "H", "island": "T", "peninsula": "T", "valley": "T", "region": "L", "continent": "L"}
_FEATURE_CODE = {"country": "PCLI", "ADM1": "ADM1", "ADM2": "ADM2", "continent": "CONT", "region": "RGN"}
_RESOLUTION = {"country": 1, "territory": 1, "ADM1": 2, "ADM2": 3, "city": 4, "site": 5}


def plover_location(place: PlaceRecord | None) -> dict[str, Any] | None:
    """The PLOVER location object (manual, Table 6.6)."""
    if place is None:
        return None
    name = place.name or place.text
    return {
        "extracted_place": place.text,
        "resolved_place": name,
        "geonameid": place.geonames_id,
        "lat": place.lat,
        "lon": place.lon,
        "city": name if place.feature == "city" else None,
        "district": name if place.feature == "ADM2" else None,
        "province": name if place.feature == "ADM1" else None,
        "country": country_name(place.country) or None,
        "country_code": plover_country(place.country, None),
        "feature_class": _FEATURE_CLASS.get(place.feature or ""),
        "feature_code": _FEATURE_CODE.get(place.feature or ""),
        "resolution": _RESOLUTION.get(place.feature or ""),
        "feature": place.feature,
        "start": place.start,
        "end": place.end,
    }
