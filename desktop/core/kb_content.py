"""What a 问答库 entry says: the versioned content that approval covers, and its reply variants.

`Content` is the snapshot stored with every version (`kb_versions.snapshot_json`, as
`as_dict()`), compared to tell a real edit from a save of the same text, and rendered for the
version diff. The text helpers here are the one place that splits and joins keywords and
typical comments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

CONTENT_FIELDS: tuple[str, ...] = (
    "title",
    "examples",
    "keywords",
    "category",
    "language",
    "tone_note",
)

_KEYWORD_SPLIT = re.compile(r"[,，;；、/\s]+")


def split_keywords(text: str) -> list[str]:
    return [k for k in _KEYWORD_SPLIT.split(text or "") if k]


def join_keywords(keywords: Iterable[str] | str) -> str:
    """Keywords as stored: trimmed, de-duplicated, joined with a full-width comma."""
    if isinstance(keywords, str):
        keywords = split_keywords(keywords)
    return "，".join(dict.fromkeys(k.strip() for k in keywords if k.strip()))


def split_examples(text: str) -> list[str]:
    """Typical comments: one per line, blank lines dropped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@dataclass(frozen=True)
class Reply:
    """One reply variant of an entry: a kind (public, private…) for a channel."""

    kind: str
    channel: str
    body: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reply:
        return cls(
            str(data.get("kind") or "public"),
            str(data.get("channel") or "generic"),
            str(data.get("body") or ""),
        )

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "channel": self.channel, "body": self.body}


@dataclass(frozen=True)
class Content:
    """The versioned content of an entry; `category` is a path ("场景 / 问题类型")."""

    title: str = ""
    examples: str = ""
    keywords: str = ""
    category: str = ""
    language: str = ""
    tone_note: str = ""
    replies: tuple[Reply, ...] = field(default_factory=tuple)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Content:
        """From a stored snapshot (or anything with the same keys; missing ones are empty)."""
        return cls(
            **{name: str(data.get(name) or "") for name in CONTENT_FIELDS},
            replies=tuple(Reply.from_dict(r) for r in data.get("replies") or []),
        )

    def as_dict(self) -> dict[str, Any]:
        """The snapshot as stored and audited (keys in this order)."""
        data: dict[str, Any] = {name: getattr(self, name) for name in CONTENT_FIELDS}
        data["replies"] = [reply.as_dict() for reply in self.replies]
        return data

    def search_text(self) -> str:
        """What the full-text index of the list search holds for this content."""
        parts = [self.title, self.examples, self.keywords, *(r.body for r in self.replies)]
        return "\n".join(p for p in parts if p)
