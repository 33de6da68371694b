"""Texts a service shows to a user, in Simplified Chinese and English, keyed by a message id.

Services do not know the language of the window or of the terminal, so what they say to a
user travels as a `Message` (an id and its parameters) and the front end renders it: the
window in its UI language (ui/labels.message_text), the CLI in its own (cli/base.cli_language).
A `UserError` can carry one (`UserError(msg("import.file_missing", path=…))`); its `.message`
stays the Chinese text so older callers keep working.

Parameter names are typed: a parameter called `activity`, `scenario`, `level`, `industry`,
`role` or `where` (see VOCAB_PARAMS) holds a vocabulary key or label, and `words` a list of
vocabulary labels; they are shown in the message's language. Every other parameter is user
data or a number and is shown as given (a list joined with 、 or a comma).
Traditional Chinese windows show the Simplified text (the catalogue has no zh-TW column yet).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.core import vocab
from desktop.core.message_catalogue import CATALOGUE
from desktop.core.vocab_english import VOCAB_ENGLISH

Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")

# The language a message is shown in when the caller names none: the front end sets it once
# (ui/theme.install_translators with the window's language, the CLI per command), the way Qt's
# installed translator is process-wide. Services never set it.
_display: list[Language] = ["zh"]


def display_language() -> Language:
    return _display[0]


def set_display_language(language: Language) -> Language:
    """Show messages in `language` from now on; returns the previous one (to restore)."""
    previous = _display[0]
    _display[0] = language
    return previous


def language_of(code: str | None) -> Language:
    """A UI or workspace language code (zh_CN, zh-TW, en, en_US …) as a catalogue column."""
    return "en" if (code or "").lower().startswith("en") else "zh"


def word(label: str, language: Language | None = None) -> str:
    """A vocabulary label (Simplified Chinese) in `language`; anything else unchanged."""
    if (language or _display[0]) == "en":
        found = VOCAB_ENGLISH.get(label)
        if found is None:  # app words that are no core vocabulary: "word.<label>" ids
            found = CATALOGUE.get(f"word.{label}", ("", label))[1]
        return found
    return label


def label(vocabulary: Mapping[str, str], key: str | None, language: Language | None = None) -> str:
    """The label of `key` in a core vocabulary, in `language`; the key itself if unknown."""
    source = vocabulary.get(key or "")
    return (key or "") if source is None else word(source, language)


def matrix_label(scenario: str, severity: str, language: Language | None = None) -> str:
    """Which responsibility matrix: 默认矩阵, or scenario · severity."""
    if not scenario and not severity:
        return text("roster.default_matrix", language)
    parts = []
    if scenario:
        parts.append(label(vocab.SCENARIOS, scenario, language))
    if severity:
        parts.append(label(vocab.SEVERITIES, severity, language))
    return " · ".join(parts)


def _vocab_param(name: str, value: object, params: Mapping[str, Any], language: Language) -> object:
    if name == "activity":
        return label(vocab.ACTIVITIES, str(value), language)
    if name == "scenario":
        return label(vocab.SCENARIOS, str(value), language)
    if name == "level":
        return label(vocab.SEVERITIES, str(value), language)
    if name == "industry":
        return label(vocab.INDUSTRIES, str(value), language)
    if name == "role":  # a role's name: user data, but the seeded roles are vocabulary words
        return word(str(value), language)
    if name == "where":  # the matrix of (scenario, level)
        return matrix_label(str(params.get("scenario", "")), str(params.get("level", "")), language)
    return value


def _shown(name: str, value: object, params: Mapping[str, Any], language: Language) -> object:
    """A parameter as the message shows it: a list joined (、 in Chinese, a comma in
    English), a nested Message in the same language, a vocabulary parameter in words."""
    if isinstance(value, Message):
        return value.text(language)
    if isinstance(value, (list, tuple)):
        items = [word(str(i), language) if name == "words" else str(i) for i in value]
        return ("、" if language == "zh" else ", ").join(items)
    if name in VOCAB_PARAMS:
        return _vocab_param(name, value, params, language)
    return value


VOCAB_PARAMS = frozenset({"activity", "scenario", "level", "industry", "role", "where", "words"})


def text(message_id: str, language: Language | None = None, /, **params: Any) -> str:
    """The message `message_id` in `language` (the display language if None), filled in."""
    language = language or _display[0]
    zh, en = CATALOGUE[message_id]
    template = en if language == "en" else zh
    if not params:
        return template
    shown = {name: _shown(name, value, params, language) for name, value in params.items()}
    if "{where}" in template and "where" not in shown:
        shown["where"] = _vocab_param("where", "", params, language)
    return template.format(**shown)


@dataclass(frozen=True)
class Message:
    """What a service says, before it is put into a language."""

    id: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: Language | None = None) -> str:
        return text(self.id, language, **self.params)

    def __str__(self) -> str:
        return self.text()

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "params": dict(self.params)}


class Said(str):
    """A Message already put into words (the display language of the process that said it)
    for code that handles plain strings (a list of warnings joined for a label), keeping its
    id and parameters: unpickled in another process (an import's parser child → the app), it
    is said again in that process's display language."""

    message: Message

    def __new__(cls, message: Message) -> Said:
        said = super().__new__(cls, message.text())
        said.message = message
        return said

    def __reduce__(self) -> tuple[Any, ...]:
        return (Said, (self.message,))


def said(message_id: str, **params: Any) -> Said:
    """msg() put into words now: a `str` that can be said again in another language."""
    return Said(msg(message_id, **params))


def msg(message_id: str, **params: Any) -> Message:
    """A Message; unknown ids fail here, where the service is written, not where it is shown."""
    if message_id not in CATALOGUE:
        raise KeyError(f"no message {message_id!r} in core/message_catalogue.py")
    return Message(message_id, params)


def render(value: str | Message, language: Language | None = None) -> str:
    """A plain string (user data, an old-style message) as it is; a Message (or a Said) in
    `language`."""
    if isinstance(value, Said):
        return value.message.text(language)
    return value.text(language) if isinstance(value, Message) else value
