"""What a write changed, so every page refreshes from one typed value instead of strings.

Every writing service returns a `Changes` (or a result whose `.changes` is one); the UI's
operation runner publishes it, and each page asks only the questions it cares about
(`changes.mentions`, `changes.kb`, …). The pattern is Anki's `OpChanges`: a misspelt area is a
type error, not a page that silently never refreshes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Protocol, Self


@dataclass(frozen=True)
class Changes:
    """Which areas of the workspace a write touched, and which rows where it knows them.

    Empty id sets with a true flag mean "something in this area, reload it all"; ids narrow
    that down for a page that can refresh single rows.
    """

    mentions: bool = False
    kb: bool = False
    roster: bool = False
    cases: bool = False
    plans: bool = False
    workspace: bool = False
    audit: bool = False
    mention_ids: frozenset[int] = field(default_factory=frozenset)
    kb_ids: frozenset[int] = field(default_factory=frozenset)
    case_ids: frozenset[int] = field(default_factory=frozenset)
    person_ids: frozenset[int] = field(default_factory=frozenset)
    # Mentions changed in content or order (an import, a delete), not only in values.
    mention_rows: bool = False
    # Watch groups or which mentions they match changed (services/watchlists).
    watch: bool = False
    # Alerts raised, acknowledged or snoozed (services/alerts).
    alerts: bool = False

    def __or__(self, other: Changes) -> Changes:
        merged = {}
        for item in fields(Changes):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            merged[item.name] = mine | theirs
        return replace(self, **merged)

    def __bool__(self) -> bool:
        return any(
            getattr(self, item.name) for item in fields(Changes) if item.type in ("bool", bool)
        )

    @classmethod
    def everything(cls) -> Changes:
        """A workspace opened, closed or restored: every page reloads."""
        return cls(
            mentions=True,
            kb=True,
            roster=True,
            cases=True,
            plans=True,
            workspace=True,
            audit=True,
            mention_rows=True,
            watch=True,
            alerts=True,
        )

    @classmethod
    def of_mentions(cls, ids: frozenset[int] | set[int] | list[int] = frozenset()) -> Changes:
        """Triage values of these mentions changed; the rows and their order did not."""
        return cls(mentions=True, audit=True, mention_ids=frozenset(ids))

    @classmethod
    def of_kb(cls, *ids: int) -> Changes:
        return cls(kb=True, audit=True, kb_ids=frozenset(ids))

    @classmethod
    def of_cases(cls, *ids: int) -> Changes:
        return cls(cases=True, audit=True, case_ids=frozenset(ids))

    @classmethod
    def of_roster(cls, *ids: int) -> Changes:
        return cls(roster=True, audit=True, person_ids=frozenset(ids))


NO_CHANGES = Changes()


@dataclass(frozen=True)
class ChangesWithId(Changes):
    """A write that created (or chiefly concerns) one row: its id comes back with the changes."""

    id: int = 0

    def with_changes(self, more: Changes) -> Self:
        merged = Changes.__or__(self, more)
        return replace(self, **{item.name: getattr(merged, item.name) for item in fields(Changes)})


@dataclass(frozen=True)
class ChangesWithCount(Changes):
    """A bulk write: how many rows it changed comes back with the changes."""

    count: int = 0


class HasChanges(Protocol):
    """A richer result (an import, an export) that carries its changes beside its figures."""

    @property
    def changes(self) -> Changes: ...


def changes_of(result: object) -> Changes:
    """The changes a service's return value carries (NO_CHANGES for a read or None)."""
    if isinstance(result, Changes):
        return result
    carried = getattr(result, "changes", None)
    return carried if isinstance(carried, Changes) else NO_CHANGES
