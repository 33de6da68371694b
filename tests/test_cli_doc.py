"""docs/cli.md is the CLI contract: every registered command has its own `### name` section,
and the page names no command the CLI does not have."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.cli import COMMAND_MODULES
from desktop.cli.base import specs_in

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
# Actions a command dispatches itself (`mentions set WS …` is the `mentions` command's).
ACTIONS = {"mentions set"}


def registered() -> set[str]:
    names: set[str] = set()
    for module in COMMAND_MODULES:
        _groups, commands = specs_in(module)
        names |= {spec.name for spec in commands}
    return names


def documented() -> set[str]:
    return set(re.findall(r"^### (.+?)\s*$", DOC.read_text(encoding="utf-8"), re.MULTILINE))


def test_every_registered_command_has_its_section() -> None:
    missing = registered() - documented()
    assert not missing, f"add these to docs/cli.md: {sorted(missing)}"


def test_the_page_documents_no_command_that_does_not_exist() -> None:
    extra = documented() - registered() - ACTIONS
    assert not extra, f"docs/cli.md documents commands the CLI lacks: {sorted(extra)}"


def test_each_section_gives_the_usage_and_the_json_shape() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name in registered() | ACTIONS:
        section = text.split(f"### {name}\n", 1)[1].split("\n### ", 1)[0]
        assert f"`crisisdesk {name}" in section, name
        assert "JSON" in section, name
    assert "| 2 | bad input" in text and "| 1 | findings" in text
