"""What a tab of the case view may ask of the view it lives in: the case shown, and one way
to write (an `Operation` published on behalf of the view, then the case reloaded)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from desktop.services import cases
from desktop.services.cases import Workspace
from desktop.services.context import AppContext

T = TypeVar("T")


class CaseHost(Protocol):
    """The case view as its tabs see it."""

    ctx: AppContext
    case_id: int | None
    detail: cases.CaseDetail | None

    @property
    def workspace(self) -> Workspace: ...

    def widget(self) -> QWidget:
        """The view itself: the parent of dialogs and the initiator of its changes."""
        ...

    def write(
        self, title: str, call: Callable[[], T], then: Callable[[T], None] | None = None
    ) -> T | None:
        """Run one service write; None when it was refused (the user was told why)."""
        ...

    def reload(self) -> None: ...


class CasePanel(QWidget):
    """A tab of the case view: shows a part of the case and offers its writes."""

    def __init__(self, host: CaseHost) -> None:
        super().__init__()
        self.host = host

    def show_detail(self, detail: cases.CaseDetail) -> None:
        """The case was (re)loaded: show it."""

    def write_widgets(self) -> list[QWidget]:
        """What a read-only workspace disables."""
        return []

    @property
    def case_id(self) -> int:
        if self.host.case_id is None:  # a panel only acts on a case that is shown
            raise RuntimeError("no case is shown")
        return self.host.case_id

    @property
    def detail(self) -> cases.CaseDetail:
        if self.host.detail is None:
            raise RuntimeError("no case is shown")
        return self.host.detail
