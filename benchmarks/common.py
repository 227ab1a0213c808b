"""Shared by the benchmark scripts: where the development data is, and the quality floors.

Like trafilatura's evaluation gate, floors.json pins the figures a change may not fall below;
a run that falls below fails, and floors only move when someone passes --update-floors.
"""

from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FLOORS = Path(__file__).resolve().parent / "floors.json"


def dev_data() -> Path:
    root = Path(os.environ.get("NEWSEVENTS_DEV_DATA", REPO.parent / "shared" / "data" / "dev"))
    if not root.is_dir():
        sys.exit(f"development data not found at {root}; set NEWSEVENTS_DEV_DATA")
    return root


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
