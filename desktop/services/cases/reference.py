"""A built-in library of well-known public crisis cases, written by us from public facts.

Readable in the app and usable as a template for a new case. The cases are data:
resources/seed/reference_cases.json.
"""

from __future__ import annotations

from typing import TypedDict, cast

from desktop.services.seed_files import seed_data


class ReferenceCase(TypedDict):
    key: str
    title: str
    organisation: str
    year: int
    region: str  # 中国 / 国际
    scenario: str  # a key of core.vocab SCENARIOS
    what_happened: str
    what_was_done: str
    outcome: str
    lessons: list[str]


def reference_cases() -> list[ReferenceCase]:
    """The library, oldest entry first as written (a fresh copy each call)."""
    return cast(list[ReferenceCase], seed_data("reference_cases")["cases"])


def reference_case(key: str) -> ReferenceCase | None:
    return next((c for c in reference_cases() if c["key"] == key), None)
