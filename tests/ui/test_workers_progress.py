"""The progress dialog of background work: rows with their rate while rows are counted;
steps that count no rows (indexes being built) say what they do without a row count; once
the work has committed, the cancel button goes."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from desktop.ui.workers import Task, TaskRunner, run_with_progress


def cancel_buttons(dialog: QProgressDialog) -> list[str]:
    return [button.text() for button in dialog.findChildren(QPushButton) if not button.isHidden()]


def test_the_dialog_counts_rows_only_while_rows_are_counted(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    go_on = [threading.Event(), threading.Event()]

    def work(progress):
        progress.report(500, 1_000, "读取并转换", force=True)
        go_on[0].wait(10)
        progress.committed()
        progress.report(0, 0, "整理索引（3/11）", force=True)
        go_on[1].wait(10)
        return "ok"

    task = run_with_progress(runner, parent, "正在导入舆情", Task(work))
    dialog = parent.findChild(QProgressDialog)
    try:
        qtbot.waitUntil(lambda: "读取并转换" in dialog.labelText())
        assert cancel_buttons(dialog) == ["取消"]
        assert "500 行" in dialog.labelText() and "行/s" in dialog.labelText()
        assert (dialog.value(), dialog.maximum()) == (500, 1_000)
        go_on[0].set()
        qtbot.waitUntil(lambda: "整理索引" in dialog.labelText())
        assert dialog.labelText() == "正在导入舆情\n整理索引（3/11）"
        assert dialog.maximum() == 0  # busy, not a bar of rows
        # Committed: a cancel would no longer undo anything, so there is none to press.
        assert cancel_buttons(dialog) == []
    finally:
        for event in go_on:
            event.set()
        runner.wait(10_000)
    assert task.done
