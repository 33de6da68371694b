"""UI fixtures: the main window, and message boxes that answer instead of blocking."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.services.context import AppContext
from desktop.ui.main_window import MainWindow


@dataclass
class DialogRecorder:
    """What modal boxes the code showed, and what they should answer next."""

    shown: list[str] = field(default_factory=list)
    question_answer: QMessageBox.StandardButton = QMessageBox.StandardButton.No
    click_button_text: str | None = None

    def texts(self) -> str:
        return "\n".join(self.shown)


@pytest.fixture(autouse=True)
def dialogs(qapp, monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()

    def record_exec(box: QMessageBox) -> int:
        recorder.shown.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        if recorder.click_button_text:
            for button in box.buttons():
                if button.text() == recorder.click_button_text:
                    button.click()
                    return 0
        return 0

    def record_static(kind: str):
        def show(parent, title, text, *args, **kwargs):
            recorder.shown.append(f"{kind}:{title}|{text}")
            if kind == "question":
                return recorder.question_answer
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "exec", record_exec)
    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, record_static(kind))
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][0] if a[3] else "", False))
    )
    return recorder


@pytest.fixture(autouse=True)
def no_modifier_left_held(qapp):
    """Qt remembers the modifiers of the last key event: a test that ends on Ctrl+Z would
    leave Ctrl "held" for the next one, whose row selections then toggle instead of select."""
    yield
    if QGuiApplication.queryKeyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyRelease(QWidget(), Qt.Key.Key_Control)


@pytest.fixture
def main_window(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.tasks.cancel_all()
    window.tasks.wait()
    window.close_workspace()
