"""PySide6 6.12.0 aborts Python 3.11 after a few thousand calls of methods returning nothing
(DESIGN.md §4a). If an upgrade brings that back, this test takes the run down loudly."""

import PySide6
from PySide6.QtWidgets import QLabel


def test_pinned_pyside_version() -> None:
    assert PySide6.__version__ == "6.11.3"


def test_twenty_thousand_void_calls_do_not_abort(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for index in range(20_000):
        label.setText(f"第 {index} 行")
        label.update()
    assert label.text() == "第 19999 行"
