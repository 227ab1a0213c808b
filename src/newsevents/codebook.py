"""The event codebook: CAMEO codes with Goldstein weights, QuadClass and PLOVER type, mode and context.

The data is `data/codebook.tsv`, built by `scripts/build_codebook.py` from the public CAMEO and
CAMEO->PLOVER tables; its header names the sources and the project's rules over them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True)
class EventCode:
    cameo: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    context: tuple[str, ...]

    @property
    def root(self) -> str:
        return self.cameo[:2]


@lru_cache(maxsize=1)
def codebook() -> dict[str, EventCode]:
    text = resources.files("newsevents").joinpath("data/codebook.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    codes: dict[str, EventCode] = {}
    for line in lines[1:]:
        cameo, name, goldstein, quad, plover, mode, context = (line.split("\t") + [""] * 7)[:7]
        codes[cameo] = EventCode(cameo, name, float(goldstein), int(quad), plover or None, mode or None,
                                 tuple(c for c in context.split(";") if c))
    return codes


def lookup(cameo: str) -> EventCode:
    """The code's entry; an unknown code is a programming or data error."""
    try:
        return codebook()[cameo]
    except KeyError:
        raise KeyError(f"CAMEO code {cameo!r} is not in the codebook") from None
