"""The README's contract example is checked against the code, like datasette's documentation."""

from __future__ import annotations

import json
import re

from newsevents.model import ArticleResult
from tests.conftest import REPO


def readme_example() -> dict:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- contract-example -->\n```json\n(.*?)\n```", readme, re.DOTALL)
    assert match, "README lost its contract example"
    return json.loads(match.group(1))


def test_readme_example_follows_the_contract() -> None:
    example = readme_example()
    result = ArticleResult.model_validate(example)
    assert result.to_json_dict() == example
    text = example["article"]["text"]
    for entity in example["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_readme_example_is_what_extract_prints(tmp_path, pipeline) -> None:
    from newsevents.extraction import extract_sources

    example = readme_example()
    path = tmp_path / "example.txt"
    path.write_text(example["article"]["text"], encoding="utf-8")
    (item,) = list(extract_sources([str(path)], pipeline=pipeline))
    assert item.result is not None
    assert item.result.to_json_dict() == example


def test_readme_error_codes_match_the_code() -> None:
    from newsevents.errors import ErrorCode

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"\bNE\d{3}\b", readme))
    assert documented == {code.value for code in ErrorCode}
