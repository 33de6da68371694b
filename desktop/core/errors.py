"""Errors whose message is written for the user, not the developer."""


class UserError(Exception):
    """A problem the user can understand and act on; its text is shown as is (CLI exit 2)."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class Cancelled(Exception):
    """Raised inside long work when the user pressed cancel; callers roll back and say so."""
