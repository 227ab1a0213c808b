"""Actor codes broken into the fields GDELT, ICEWS and PLOVER want.

Entities carry a CAMEO-style actor code built from 3-character elements (CAMEO 1.1b3 manual,
chapter 3): a country or region, role codes (GOV, MIL, ...), international generic codes (IGO, NGO,
...) and organisation codes (UNO, HEZ, ...). Their `sector` uses the CAMEO meaning of the codes
(MED = media, HLH = health), which PLOVER renamed (JRN = journalists, MED = medical).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .countries import cameo_code, countries
from .records import Participant

# CAMEO 1.1b3, Table 3.1 (role codes) and Table 3.2 (international generic codes); PLOVER's sector
# codes (manual, Table 5.2) that CAMEO lacks. GDELT puts these in Actor*Type*Code.
ROLE_CODES = frozenset([
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV",
    "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "PTY", "SET", "REL", "SOC",
    "JRN", "PRE", "PRM", "UNK"
])
INTERNATIONAL_CODES = frozenset(["IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"])
TYPE_CODES = ROLE_CODES | INTERNATIONAL_CODES
# CAMEO 1.1b3, Table 3.3: region codes, written where a country would be (IGOEUREEC: the EU).
REGION_CODES = frozenset([
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT",
    "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"
])

# Names for role and generic codes, after the CAMEO 1.1b3 descriptions (used for ICEWS's sector names
# and Gephi labels; ICEWS's own sector vocabulary is finer-grained and not public as a mapping).
SECTOR_NAMES = {
    "GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judicial",
    "LEG": "Legislative / Parliamentary", "SPY": "Intelligence", "REB": "Rebels", "INS": "Insurgents",
    "SEP": "Separatists", "OPP": "Opposition", "PTY": "Parties", "UAF": "Unidentified Armed Forces",
    "AGR": "Agriculture", "BUS": "Business", "CRM": "Criminal", "CVL": "Civilian", "DEV": "Development",
    "EDU": "Education", "ELI": "Elite", "ENV": "Environmental", "HLH": "Health", "HRI": "Human Rights",
    "LAB": "Labor", "MED": "Media", "JRN": "Media", "REF": "Refugees", "REL": "Religious", "MOD": "Moderate",
    "RAD": "Radicals", "SET": "Settlers", "SOC": "Civil Society", "PRE": "Partially Recognized Entity",
    "PRM": "Paramilitary", "UNK": "Unidentified", "IGO": "International Government Organization",
    "NGO": "Non-Governmental Organization", "IMG": "International Militarized Group",
    "MNC": "Multinational Corporation", "NGM": "Non-Governmental Movement", "INT": "International",
    "UIS": "Unidentified State Actor",
}

# CAMEO sector -> PLOVER sector (manual, Table 5.2 and note 4): media and health were renamed,
# insurgents and separatists fold into REB, and CAMEO's issue-based sectors into civil society.
_PLOVER_RENAMED = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB", "DEV": "SOC", "ENV": "SOC",
                   "HRI": "SOC", "NGO": "SOC", "NGM": "SOC"}
PLOVER_SECTORS = frozenset([
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL",
    "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"
])


@dataclass(frozen=True)
class ActorFields:
    """GDELT's ten actor fields, and the type codes for the other formats."""

    code: str = ""
    name: str = ""
    country: str = ""
    known_group: str = ""
    ethnic: str = ""
    religion1: str = ""
    religion2: str = ""
    types: tuple[str, ...] = ()

    def gdelt(self) -> list[str]:
        types = list(self.types[:3]) + [""] * (3 - len(self.types[:3]))
        return [self.code, self.name, self.country, self.known_group, self.ethnic, self.religion1, self.religion2, *types]


@lru_cache(maxsize=1)
def _cameo_countries() -> frozenset[str]:
    return frozenset(c.cameo for c in countries().values())


def _segments(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def actor_fields(participant: Participant | None) -> ActorFields:
    """The actor fields of a participant; all empty when it names no entity."""
    if participant is None or not participant.resolved:
        return ActorFields()
    code = (participant.code or "").upper()
    segments = _segments(code) if code and len(code) % 3 == 0 and code.isalpha() else []
    cameo_countries = _cameo_countries()
    # Where the country sits: first, or second after an international generic code (NGOPSE..., IGOEUR...).
    country_at = None
    for index in (0, 1):
        if index < len(segments) and (index == 0 or segments[0] in INTERNATIONAL_CODES):
            segment = segments[index]
            if segment in countries() or segment in cameo_countries or segment in REGION_CODES:
                country_at = index
                break
    if country_at is not None and segments[country_at] in countries():
        segments[country_at] = cameo_code(segments[country_at])  # ISO -> CAMEO (ROU -> ROM)
    country = cameo_code(participant.country)
    if not country and country_at is not None:
        country = segments[country_at]
    types: list[str] = []
    known_group = ""
    for index, segment in enumerate(segments):
        if index == country_at:
            continue
        if segment in TYPE_CODES:
            if segment not in types:
                types.append(segment)
        elif not known_group:
            known_group = segment
    if participant.sector and participant.sector not in types:
        types.append(participant.sector)
    return ActorFields(
        code="".join(segments) if segments else code,
        name=(participant.name or "").upper(),
        country=country,
        known_group=known_group,
        types=tuple(types),
    )


def sector_names(fields: ActorFields) -> list[str]:
    return [SECTOR_NAMES[t] for t in fields.types if t in SECTOR_NAMES]


def plover_sector(sector: str | None) -> str | None:
    if not sector:
        return None
    sector = _PLOVER_RENAMED.get(sector, sector)
    return sector if sector in PLOVER_SECTORS else None
