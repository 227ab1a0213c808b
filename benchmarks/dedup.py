"""Near-duplicate detection: copies must be linked, other articles must not.

    .venv/bin/python benchmarks/dedup.py [--update-floors]

Data: ../shared/data/dev/stories/ECBplus, news documents grouped by topic and by the specific
event ("ecb" and "ecbplus" halves of a topic are different events). A document flagged as a
copy of a document about a different event is certainly a false positive. Documents about the
same event may be real wire copies (ECB+ holds several: the same AP story on two sites), so
those flags are counted and listed, not scored. Copies are made by editing each document the
way syndication does (a new first sentence, one sentence dropped from the middle, the last
sentence trimmed); each must be linked to its original.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from common import check_floors, dev_data

from newsevents.dedup import DuplicateIndex


def documents(root: Path) -> dict[str, list[str]]:
    """Sentences of each ECB+ document, rebuilt from its tokens."""
    docs: dict[str, list[str]] = {}
    for path in sorted(root.glob("*/*.xml")):
        sentences: dict[str, list[str]] = {}
        for token in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(token.get("sentence", "0"), []).append(token.text or "")
        docs[path.name] = [" ".join(words) for _, words in sorted(sentences.items(), key=lambda kv: int(kv[0]))]
    return docs


def event_of(name: str) -> str:
    """'12_3ecbplus.xml' -> '12 ecbplus': the topic and which half of it."""
    topic, rest = name.split("_", 1)
    return f"{topic} {'ecbplus' if 'ecbplus' in rest else 'ecb'}"


def syndicated_copy(sentences: list[str]) -> str | None:
    if len(sentences) < 5:
        return None
    middle = len(sentences) // 2
    edited = ["Officials said on Monday that " + sentences[0][0].lower() + sentences[0][1:]] + sentences[1:middle] + sentences[middle + 1 : -1]
    return " ".join(edited)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()
    docs = documents(dev_data() / "stories" / "ECBplus")
    index = DuplicateIndex()
    cross_event: list[str] = []
    same_event: list[str] = []
    for name, sentences in docs.items():
        signature = DuplicateIndex.signature(" ".join(sentences))
        match = index.best_match(name, signature)
        if match is not None:
            line = f"{name} ~ {match.original_id} ({match.similarity:.2f}): {' '.join(sentences)[:70]}"
            (same_event if event_of(name) == event_of(match.original_id) else cross_event).append(line)
        index.add(name, signature)
    copies = found = 0
    for name, sentences in docs.items():
        copy = syndicated_copy(sentences)
        if copy is None:
            continue
        copies += 1
        match = index.best_match("copy-of-" + name, DuplicateIndex.signature(copy))
        found += match is not None and match.original_id == name
    print(f"{len(docs)} ECB+ documents: {len(cross_event)} flagged as copies of a document about another event "
          f"(false positives), {len(same_event)} as copies of one about the same event:")
    for line in cross_event + same_event:
        print("  " + line)
    print(f"{copies} syndicated copies: {found} linked to their original (recall {found / copies:.4f})")
    return check_floors(
        {"dedup.ecbplus.cross_event_specificity": 1 - len(cross_event) / len(docs), "dedup.ecbplus.copy_recall": found / copies},
        args.update_floors,
    )


if __name__ == "__main__":
    sys.exit(main())
