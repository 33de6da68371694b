"""The command registry every command module uses; it imports no command itself.

A command is a handler `(ctx, args) -> CommandResult` marked with `@command(...)` (the style
of qutebrowser's `@cmdutils.register`): the mark carries the command's name, help and
arguments, and `desktop.cli` collects the marks of its command modules into the parser. A
name with a space ("case show") is an action of a group declared with `group(...)`.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from desktop.core.messages import Language, language_of
from desktop.services.context import AppContext

LANGUAGE_ENV = "CRISISDESK_LANG"  # en | zh_CN: the CLI's language, over the user's setting

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


@dataclass
class CommandResult:
    text: str
    data: dict[str, Any] = field(default_factory=dict)
    exit_code: int = EXIT_OK


Handler = Callable[[AppContext, argparse.Namespace], CommandResult]
Arguments = Callable[[argparse.ArgumentParser], None]
SPEC_ATTRIBUTE = "cli_command"


@dataclass(frozen=True)
class CommandSpec:
    name: str
    help: str
    handler: Handler
    arguments: Arguments | None = None
    description: str | None = None
    json_flag: bool = True


@dataclass(frozen=True)
class GroupSpec:
    """A command with actions (`crisisdesk case list|show|report`)."""

    name: str
    help: str


def command(
    name: str,
    *,
    help: str,
    arguments: Arguments | None = None,
    description: str | None = None,
    json_flag: bool = True,
) -> Callable[[Handler], Handler]:
    """Mark a handler as the command `name`; `arguments` adds its arguments to its parser."""

    def mark(handler: Handler) -> Handler:
        spec = CommandSpec(name, help, handler, arguments, description, json_flag)
        setattr(handler, SPEC_ATTRIBUTE, spec)
        return handler

    return mark


def group(name: str, *, help: str) -> GroupSpec:
    return GroupSpec(name, help)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # one line, exit 2
        self.exit(EXIT_BAD_INPUT, f"crisisdesk: {message}\n")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def specs_in(module: ModuleType) -> tuple[list[GroupSpec], list[CommandSpec]]:
    """The groups and commands a module declares, in the order it declares them."""
    values = list(vars(module).values())
    groups = [value for value in values if isinstance(value, GroupSpec)]
    commands = [
        getattr(value, SPEC_ATTRIBUTE)
        for value in values
        if callable(value) and isinstance(getattr(value, SPEC_ATTRIBUTE, None), CommandSpec)
    ]
    return groups, commands


def add_commands(subparsers: argparse._SubParsersAction, modules: Sequence[ModuleType]) -> None:
    """One sub-parser per registered command, and per group with its actions."""
    group_parsers: dict[str, argparse._SubParsersAction] = {}
    for module in modules:
        groups, commands = specs_in(module)
        for spec in groups:
            parser = subparsers.add_parser(spec.name, help=spec.help)
            group_parsers[spec.name] = parser.add_subparsers(
                dest=f"{spec.name}_command", metavar="ACTION", required=True
            )
        for cmd in commands:
            parent, _, action = cmd.name.rpartition(" ")
            target = group_parsers[parent] if parent else subparsers
            parser = target.add_parser(action, help=cmd.help, description=cmd.description)
            if cmd.arguments is not None:
                cmd.arguments(parser)
            if cmd.json_flag:
                add_json_flag(parser)
            parser.set_defaults(handler=cmd.handler)


def cli_language(ctx: AppContext) -> Language:
    """The language of the CLI's human text and messages: $CRISISDESK_LANG, else the language
    the user chose for the window (Settings `language`), Chinese by default. --json keeps
    its keys in any language."""
    return language_of(os.environ.get(LANGUAGE_ENV) or ctx.settings.get("language"))


def emit(result: CommandResult, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.data, ensure_ascii=False, default=str))
    elif result.text:
        print(result.text)
