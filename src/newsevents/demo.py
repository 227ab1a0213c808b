"""The bundled demo corpus: where it is, and the order its formats are ingested in."""

from __future__ import annotations

from pathlib import Path

from .errors import UsageError

# The JSON Lines copy carries the richest metadata, so it is read first and its articles become
# the originals; the same articles in the other formats are then recognised as copies.
FORMAT_ORDER = ("jsonl", "html", "rss", "warc", "txt")


def corpus_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "demo_corpus", here.parents[1] / "examples" / "corpus"):
        if (candidate / "jsonl").is_dir():
            return candidate
    raise UsageError("the demo corpus is not installed; pass --corpus PATH (examples/corpus in the repository)")


def corpus_inputs(root: Path | None = None) -> list[str]:
    root = root or corpus_dir()
    inputs = [str(root / name) for name in FORMAT_ORDER if (root / name).is_dir()]
    if not inputs:
        raise UsageError(f"no demo corpus formats ({', '.join(FORMAT_ORDER)}) under {root}")
    return inputs
