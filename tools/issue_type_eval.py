"""Measuring the issue-type model on the seeded 问答库 (bench/bench_triage.py and tests).

Examples and keywords come from every resources/seed/kb*.json entry, grouped by its
issue_type; the test texts are tests/support/kb_labelled_set.py's paraphrases (written apart
from the entries' own examples), each expected to get its entry's issue type.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
SEED: Final = ROOT / "resources" / "seed"
_KEYWORD_SPLIT: Final = re.compile(r"[，,、\s]+")


def _entries() -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for path in sorted(SEED.glob("kb*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        entries += [e for e in data.get("entries", []) if e.get("issue_type")]
    return entries


def seeded_examples() -> dict[str, list[str]]:
    """issue type → the seeded entries' examples and keywords."""
    examples: dict[str, list[str]] = defaultdict(list)
    for entry in _entries():
        keywords = [k for k in _KEYWORD_SPLIT.split(str(entry.get("keywords", ""))) if k]
        examples[str(entry["issue_type"])] += [str(e) for e in entry.get("examples", [])] + keywords  # type: ignore[attr-defined]
    return dict(examples)


def paraphrase_set() -> list[tuple[str, str]]:
    """(text, expected issue type) from the labelled paraphrases of the seeded entries."""
    from tests.support.kb_labelled_set import LABELLED

    type_of = {str(e["title"]): str(e["issue_type"]) for e in _entries()}
    return [
        (t, type_of[title]) for title, texts in LABELLED.items() if title in type_of for t in texts
    ]


def keyword_predict(examples: dict[str, list[str]], texts: list[str]) -> list[str]:
    """The baseline: the type with most keyword (short example) substrings in the text."""
    keywords = {t: [k for k in ks if len(k) <= 6] for t, ks in examples.items()}
    result = []
    for text in texts:
        hits = {t: sum(k in text for k in ks) for t, ks in keywords.items()}
        best = max(hits, key=lambda t: hits[t]) if hits else ""
        result.append(best if best and hits[best] else "")
    return result
