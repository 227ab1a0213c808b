"""Shared by the benchmark scripts: where the development data is, and the quality floors.

Like trafilatura's evaluation gate, floors.json pins the figures a change may not fall below;
a run that falls below fails, and floors only move when someone passes --update-floors.
"""

from __future__ import annotations

import json
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FLOORS = Path(__file__).resolve().parent / "floors.json"


def dev_data() -> Path:
    root = Path(os.environ.get("NEWSEVENTS_DEV_DATA", REPO.parent / "shared" / "data" / "dev"))
    if not root.is_dir():
        sys.exit(f"development data not found at {root}; set NEWSEVENTS_DEV_DATA")
    return root


@dataclass(frozen=True)
class GoldActor:
    start: int
    end: int
    text: str
    code: str | None  # ISO alpha-3, IGO or NGO
    sector: str | None  # first three letters of the gold sector; None for none or ***


def plover_gold_actors(path: Path) -> list[tuple[str, str, list[GoldActor]]]:
    """(record id, sentence, actors found in it) for each PLOVER gold record with a text: every
    source and target actor whose actorText occurs in the sentence (first occurrence)."""
    items = []
    for record in json.load(open(path, encoding="utf-8")):
        text = record.get("text")
        if not text:
            continue
        actors = []
        for key in ("source", "target"):
            for actor in record.get(key) if isinstance(record.get(key), list) else []:
                surface = (actor.get("actorText") or "").strip()
                position = text.find(surface) if surface else -1
                if position < 0:
                    continue
                sector = (actor.get("sector") or "")[:3].upper()
                actors.append(
                    GoldActor(position, position + len(surface), surface, actor.get("code") or None,
                              None if sector in {"", "***"} else sector)
                )
        if actors:
            items.append((record["id"], text, actors))
    return items


def check_floors(results: dict[str, float], update: bool) -> int:
    """Compare `results` with the pinned floors; returns an exit code."""
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed = []
    for name, value in results.items():
        floor = floors.get(name)
        if floor is not None and value < floor - 1e-9:
            failed.append(f"{name}: {value:.4f} < floor {floor:.4f}")
    if failed and not update:
        print("BELOW FLOOR:\n  " + "\n  ".join(failed), file=sys.stderr)
        return 1
    if update:
        for name, value in results.items():
            if name not in floors or value > floors[name] or failed:
                floors[name] = math.floor(value * 1000) / 1000
        FLOORS.write_text(json.dumps(dict(sorted(floors.items())), indent=2) + "\n")
        print(f"floors written to {FLOORS}" + (" (lowered on purpose: " + "; ".join(failed) + ")" if failed else ""))
    return 0
