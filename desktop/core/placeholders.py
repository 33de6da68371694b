"""Placeholders in reply scripts: `{称呼|您}`, `{订单号}`, `{热线}`.

A placeholder is a name with an optional default after `|`. Filling uses the values given
(from the mention and the workspace); a placeholder without a value falls back to its default;
one with neither stays in the text, and is reported so the composer can prompt for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

PLACEHOLDER = re.compile(r"\{([^{}|\n]{1,30})(?:\|([^{}\n]*))?\}")


@dataclass(frozen=True)
class Placeholder:
    name: str
    default: str | None
    start: int
    end: int

    @property
    def text(self) -> str:
        return "{" + self.name + ("" if self.default is None else "|" + self.default) + "}"


@dataclass
class FillResult:
    text: str
    filled: dict[str, str] = field(default_factory=dict)
    defaulted: list[str] = field(default_factory=list)
    unfilled: list[str] = field(default_factory=list)
    # (start, end) of every placeholder still in `text`, to highlight.
    spans: list[tuple[int, int]] = field(default_factory=list)


def parse(text: str) -> list[Placeholder]:
    """Every placeholder in `text`, in order."""
    return [
        Placeholder(m.group(1).strip(), m.group(2), m.start(), m.end())
        for m in PLACEHOLDER.finditer(text or "")
    ]


def names(text: str) -> list[str]:
    """The distinct placeholder names, in order of first appearance."""
    seen: list[str] = []
    for placeholder in parse(text):
        if placeholder.name not in seen:
            seen.append(placeholder.name)
    return seen


def fill(text: str, values: Mapping[str, str]) -> FillResult:
    """Replace placeholders with `values`, else their default; list the ones left."""
    result = FillResult(text="")
    out: list[str] = []
    position = 0
    length = 0
    for placeholder in parse(text):
        chunk = text[position : placeholder.start]
        out.append(chunk)
        length += len(chunk)
        value = values.get(placeholder.name)
        value = value.strip() if isinstance(value, str) else value
        if value:
            replacement = str(value)
            result.filled[placeholder.name] = replacement
        elif placeholder.default is not None:
            replacement = placeholder.default
            if placeholder.name not in result.defaulted:
                result.defaulted.append(placeholder.name)
        else:
            replacement = placeholder.text
            if placeholder.name not in result.unfilled:
                result.unfilled.append(placeholder.name)
            result.spans.append((length, length + len(replacement)))
        out.append(replacement)
        length += len(replacement)
        position = placeholder.end
    out.append(text[position:])
    result.text = "".join(out)
    return result


def unfilled(text: str) -> list[str]:
    """Placeholders still in a text that have no default (what the user must still type)."""
    return [p.name for p in parse(text) if p.default is None]
