"""Actor coding: country and full code of the event actors of the PLOVER gold records.

    .venv/bin/python benchmarks/actors.py [--errors N] [--update-floors]

Gold: every source and target actor of ../shared/data/dev/events/PLOVER_GSR_CAMEO.json with
its `code` (ISO alpha-3, IGO or NGO) and `sector` (GOV, MIL, CVL, REB, ... or none). The
system's actor for a gold span is the entity whose mention holds the span's head word, else
the one that overlaps it best; a gold title right before a name ("U.S. negotiator" in "U.S.
negotiator Paul Nitze") is that person. Country is right when the entity's country equals the gold code;
the full code is right when the sector matches too (the gold's ethnic or religious suffix,
as in CVLalb, is not compared; a gold sector of *** or none expects no sector). A gold actor
with no overlapping entity counts as wrong in both.

The gold writes some codes in an older codebook's spelling. Before comparing, its legacy
country codes are read as their ISO 3166 codes (JAP Japan, ITL Italy, VTN Vietnam), its
sectors MED (doctors, the Red Cross) and JRN (newspapers, journalists, web sites) as the
CAMEO codebook's HLH and MED, and the sector CIV, a slip for CVL on three civilian groups
(CIV is Ivory Coast's country code, never a sector), as CVL. Both figures are printed: with
the gold as written, and read so; the second is the one the goals are set against.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from common import check_floors, dev_data, plover_gold_actors

from newsevents.model import Article
from newsevents.pipeline import Pipeline

GOLD_COUNTRY_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GOLD_SECTOR_TO_CAMEO = {"MED": "HLH", "JRN": "MED", "CIV": "CVL"}

_POSTMODIFIER = re.compile(r"\s(?:of|in|from|on|at|throughout|across|who|which|living|near|fleeing|ordered|loyal|allied)\s|,|\(")


def head_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Character range of the gold span's head word: its last word before any postmodifier
    ("King Hassan of Morocco" -> "Hassan", "Iraqi Kurds" -> "Kurds")."""
    cut = _POSTMODIFIER.search(text, start, end)
    stop = cut.start() if cut else end
    words = list(re.finditer(r"[\w.'’-]+", text[start:stop]))
    if not words:
        return start, end
    return start + words[-1].start(), start + words[-1].end()


def best_entity(entities, text: str, start: int, end: int):  # type: ignore[no-untyped-def]
    """The entity standing for a gold actor span: one whose mention holds the span's head word,
    else the best-overlapping one; a title right before a person's name ("U.S. negotiator" in
    "U.S. negotiator Paul Nitze") stands for that person."""
    head_start, head_end = head_range(text, start, end)
    best, best_score = None, 0.0
    for entity in entities:
        for mention in entity.mentions:
            inter = min(end, mention.end) - max(start, mention.start)
            if inter <= 0:
                continue
            score = inter / (max(end, mention.end) - min(start, mention.start))
            if mention.start <= head_start and head_end <= mention.end:
                score += 1.0
            if score > best_score:
                best, best_score = entity, score
    if best_score < 1.0:
        for entity in entities:
            if entity.type == "PERSON" and any(0 <= m.start - end <= 2 for m in entity.mentions):
                return entity
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong codes")
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()
    items = [
        (rid, text, [a for a in actors if a.code]) for rid, text, actors in plover_gold_actors(dev_data() / "events" / "PLOVER_GSR_CAMEO.json")
    ]
    items = [item for item in items if item[2]]
    pipeline = Pipeline()
    articles = [Article(id=rid, text=text) for rid, text, _ in items]
    total = found = country_ok = code_ok = country_as_written = code_as_written = 0
    wrong: list[str] = []
    confusion: Counter[tuple[str, str]] = Counter()
    for (rid, text, actors), result in zip(items, pipeline.analyse_many(articles, batch_size=64)):
        for gold in actors:
            start, end, surface, code, sector = gold.start, gold.end, gold.text, gold.code, gold.sector
            total += 1
            entity = best_entity(result.entities, text, start, end)
            if entity is None:
                wrong.append(f"{rid}: {surface!r} gold {code}{sector or ''}: no entity")
                continue
            found += 1
            predicted_sector = (entity.sector or "")[:3] or None
            if entity.country == code:
                country_as_written += 1
                code_as_written += predicted_sector == sector
            code, sector = GOLD_COUNTRY_TO_ISO.get(code, code), GOLD_SECTOR_TO_CAMEO.get(sector or "", sector)
            if entity.country == code:
                country_ok += 1
                if predicted_sector == sector:
                    code_ok += 1
                else:
                    confusion[(sector or "-", predicted_sector or "-")] += 1
                    wrong.append(f"{rid}: {surface!r} gold {code}{sector or ''}, got {entity.code} ({entity.name!r})")
            else:
                wrong.append(f"{rid}: {surface!r} gold {code}{sector or ''}, got {entity.code} ({entity.name!r})")
    print(f"{len(items)} sentences, {total} gold actors; an entity found for {found} ({found / total:.3f})")
    print(f"gold as written: country accuracy {country_as_written / total:.3f}; full code accuracy {code_as_written / total:.3f}")
    print(f"gold's legacy codes read as ISO/CAMEO: country accuracy {country_ok / total:.3f}; full code accuracy {code_ok / total:.3f}")
    print("sector confusions (gold -> predicted) among right countries:", ", ".join(f"{g}->{p} {n}" for (g, p), n in confusion.most_common(8)))
    for line in wrong[: args.errors]:
        print("  " + line)
    figures = {
        "actors.plover_gsr.country": country_ok / total,
        "actors.plover_gsr.code": code_ok / total,
        "actors.plover_gsr.country_as_written": country_as_written / total,
        "actors.plover_gsr.code_as_written": code_as_written / total,
    }
    return check_floors(figures, args.update_floors)


if __name__ == "__main__":
    sys.exit(main())
