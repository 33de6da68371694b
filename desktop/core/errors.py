"""Errors whose message is written for the user, not the developer."""

from __future__ import annotations

from desktop.core.messages import Language, Message, render


class UserError(Exception):
    """A problem the user can understand and act on; its text is shown as is (CLI exit 2).

    The message and hint are plain text or a `core.messages.Message` (an id and parameters):
    `.message` / `.hint` give them in the display language (Chinese unless the front end
    chose English), `.text(language)` in any; `.said` / `.said_hint` are the originals, what
    crosses a process boundary (an import's parser child) so the parent shows them in its own
    language.
    """

    def __init__(self, message: str | Message, *, hint: str | Message = "") -> None:
        super().__init__(str(message))
        self.said = message
        self.said_hint = hint

    @property
    def message(self) -> str:
        return render(self.said)

    @property
    def hint(self) -> str:
        return render(self.said_hint)

    def text(self, language: Language | None = None) -> str:
        return f"{render(self.said, language)} {render(self.said_hint, language)}".strip()

    def __str__(self) -> str:
        return self.text()


class Cancelled(Exception):
    """Raised inside long work when the user pressed cancel; callers roll back and say so."""
