"""Build src/newsevents/data/codebook.tsv: every CAMEO code with its name, Goldstein weight,
QuadClass and PLOVER type, mode and context.

Inputs (public data, not shipped; pass their folder):
- cameo-codes.csv from andybega/icews (MIT): CAMEO 1.1b3 codes, names and Goldstein weights;
- CAMEO2PLOVER-2021.txt from openeventdata/PLOVER (CC BY-SA 4.0): the CAMEO -> PLOVER table of
  September 2021.

A code the PLOVER table does not list takes its nearest listed ancestor's type, mode and context.
Project rules over the table, written into the file's header:
- 01x (public statements) have no PLOVER type: PLOVER does not code statements as events.
- 02x (appeals) are REQUEST, as PLOVER folds appeals into requests; modes follow the matching 10x.
- 014 (consider policy option) has no PLOVER type: it is a status (considered), not an event.
- 163 (impose embargo, boycott or sanctions) is SANCTION 'discontinue': the PLOVER manual v0.8
  (section 3.13.3) codes international sanctions so, where the 2021 table says COERCE.

    python scripts/build_codebook.py ../shared/data/dev/events
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "src/newsevents/data/codebook.tsv"

# GDELT's QuadClass from the CAMEO root: verbal cooperation, material cooperation,
# verbal conflict, material conflict.
QUAD_BY_ROOT = {**{r: 1 for r in range(1, 6)}, **{r: 2 for r in range(6, 9)},
                **{r: 3 for r in range(9, 14)}, **{r: 4 for r in range(14, 21)}}

# Appeals (02x) mirror demands (10x): 021 appeal for material cooperation ~ 101, and so on.
APPEAL_TO_DEMAND = {"020": "100", "021": "101", "0211": "1011", "0212": "1012", "0213": "1013",
                    "0214": "1014", "022": "102", "023": "103", "0231": "1031", "0232": "1032",
                    "0233": "1033", "0234": "1034", "024": "104", "0241": "1041", "0242": "1042",
                    "0243": "1043", "0244": "1044", "025": "105", "0251": "1051", "0252": "1052",
                    "0253": "1053", "0254": "1054", "0255": "1055", "0256": "1056", "026": "106",
                    "027": "107", "028": "108"}

OVERRIDES = {
    "163": ("SANCTION", "discontinue", "diplomatic"),
    # PLOVER manual, draft 2.0 (4 February 2024), where it is explicit and the 2021 table differs:
    # 3.4 CONCEDE covers "removing curfews", easing legal restrictions and "declarations (but not
    # implementations) of ceasefires"; 3.7 "RETREAT also covers resignations of government officials".
    "0813": ("CONCEDE", "", "legal"),
    "0814": ("CONCEDE", "", "legal"),
    "0871": ("CONCEDE", "ceasefire", "military"),
    "0831": ("RETREAT", "", "political_institutions"),
    # The project's reading of the manual where it is silent: 3.15 lists no occupation of territory
    # among COERCE's modes ("seize" is searches, confiscation and raids), THREATEN has a 'territory'
    # mode for threats to occupy, and 3.16 ASSAULT covers deliberate armed action; so CAMEO 192
    # (occupy territory: captures, invasions) is ASSAULT with the 'territory' context.
    "192": ("ASSAULT", "", "military;territory"),
}

LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,?\s*([^,#]*?)\s*(?:,\s*([^#]*?))?\s*(?:#.*)?$")


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        match = LINE.match(raw.strip())
        if not match:
            continue
        code, type_, mode, context = match.groups()
        contexts = ";".join(c.strip() for c in (context or "").split(";") if c.strip())
        table[code] = (type_, mode.strip(), contexts)
    table.update(OVERRIDES)
    return table


def read_cameo(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="cp1252", newline="") as handle:
        return list(csv.DictReader(handle))


def plover_of(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    if code.startswith("01"):  # statements, 014 included
        return ("", "", "")
    if code in APPEAL_TO_DEMAND:
        code = APPEAL_TO_DEMAND[code]
    elif code.startswith("02"):
        code = "10" + code[2:]
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return ("", "", "")


def main(folder: str) -> None:
    source = Path(folder)
    table = read_plover(source / "CAMEO2PLOVER-2021.txt")
    rows = read_cameo(source / "cameo-codes.csv")
    header = [
        "# codebook.tsv: CAMEO 1.1b3 event codes with Goldstein weights, QuadClass and PLOVER v0.8 type,",
        "# mode and context. Built by scripts/build_codebook.py; do not edit by hand.",
        "# Sources: CAMEO codes, names and Goldstein weights from andybega/icews cameo-codes.csv (MIT),",
        "# after Schrodt et al., CAMEO 1.1b3 (2012) and Goldstein (1992); PLOVER type/mode/context from",
        "# openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, Schrodt, 17 Sept 2021).",
        "# QuadClass from the root: 01-05 verbal cooperation (1), 06-08 material cooperation (2),",
        "# 09-13 verbal conflict (3), 14-20 material conflict (4), as GDELT does.",
        "# Project rules: 01x statements and 014 have no PLOVER type (not emitted as events); 02x appeals",
        "# are REQUEST with the mode and context of the matching 10x demand; 163 is SANCTION 'discontinue'",
        "# (PLOVER manual v0.8, 3.13.3); after the PLOVER manual draft 2.0 (4 Feb 2024, 3.4 and 3.7), easing",
        "# a curfew or a state of emergency (0813, 0814) and declaring a ceasefire (0871) are CONCEDE and a",
        "# resignation (0831) is RETREAT; occupying territory (192: captures, invasions) is ASSAULT with the territory",
        "# context (the manual lists no occupation among COERCE's modes); a code the PLOVER table omits takes its nearest",
        "# listed ancestor's values. context holds ';'-separated PLOVER contexts.",
    ]
    out = ["\t".join(["cameo", "name", "goldstein", "quad_class", "plover", "mode", "context"])]
    for row in rows:
        code = row["code"].strip()
        type_, mode, context = plover_of(code, table)
        out.append("\t".join([code, row["name"].strip(), row["goldstein"].strip(),
                              str(QUAD_BY_ROOT[int(code[:2])]), type_, mode, context]))
    OUTPUT.write_text("\n".join(header + out) + "\n", encoding="utf-8")
    print(f"wrote {len(out) - 1} codes to {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/dev/events")
