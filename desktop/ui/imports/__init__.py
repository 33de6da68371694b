"""Import mentions: File → 导入舆情… (Ctrl+I), paste a table, drop a file onto the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog

from desktop.core.errors import UserError
from desktop.services import importing
from desktop.ui.dialogs import show_error
from desktop.ui.imports.dialog import ImportDialog, ImportResultDialog
from desktop.ui.operations import Operation

if TYPE_CHECKING:
    from desktop.ui.shell import Shell

SUFFIXES = {".xlsx", ".xlsm", ".csv", ".tsv", ".txt"}

__all__ = ["ImportDialog", "ImportResultDialog", "install", "open_import_dialog"]


def install(window: Shell) -> None:
    """The File menu actions and the drop handler. They share one `RunningImports`: the
    recovery run when a workspace opens leaves the imports of this window alone."""
    running = importing.RunningImports()
    import_action = QAction(QCoreApplication.translate("imports", "导入舆情…"), window.widget())
    import_action.setObjectName("action_import_mentions")
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.triggered.connect(
        lambda _checked=False: choose_and_import(window, running=running)
    )
    window.add_file_action(import_action)
    paste_action = QAction(
        QCoreApplication.translate("imports", "从剪贴板粘贴表格…"), window.widget()
    )
    paste_action.setObjectName("action_paste_mentions")
    paste_action.triggered.connect(lambda _checked=False: import_clipboard(window, running=running))
    window.add_file_action(paste_action)
    window.drop_handlers.append(lambda path: handle_drop(window, path, running=running))
    window.workspace_opened.connect(lambda: recover_stale(window, running=running))


def recover_stale(window: Shell, *, running: importing.RunningImports | None = None) -> None:
    """An import killed with the app stays "running": mark it failed when the file opens.
    One killed after its merge gets its indexes built and its mentions indexed for search."""
    workspace = window.ctx.workspace
    if workspace is None or workspace.read_only:
        return
    Operation(
        window.widget(), window.ctx, lambda: importing.recover(workspace, running=running)
    ).run()


def choose_and_import(
    window: Shell, *, running: importing.RunningImports | None = None
) -> ImportDialog | None:
    if window.ctx.workspace is None:
        return None
    path, _ = QFileDialog.getOpenFileName(
        window.widget(),
        QCoreApplication.translate("imports", "导入舆情表格"),
        str(Path.home()),
        QCoreApplication.translate(
            "imports", "表格 (*.xlsx *.xlsm *.csv *.tsv *.txt);;所有文件 (*)"
        ),
    )
    if not path:
        return None
    return open_import_dialog(window, Path(path), running=running)


def handle_drop(
    window: Shell, path: Path, *, running: importing.RunningImports | None = None
) -> bool:
    if path.suffix.lower() not in SUFFIXES:
        return False
    open_import_dialog(window, path, running=running)
    return True


def import_clipboard(
    window: Shell, *, running: importing.RunningImports | None = None
) -> ImportDialog | None:
    mime = QGuiApplication.clipboard().mimeData()
    markup = mime.html() if mime is not None and mime.hasHtml() else ""
    text = mime.text() if mime is not None and mime.hasText() else ""
    try:
        rows = importing.parse_pasted(text, markup)
    except UserError as exc:
        show_error(window.widget(), QCoreApplication.translate("imports", "粘贴表格"), exc)
        return None
    return open_import_dialog(window, None, pasted_rows=rows, running=running)


def open_import_dialog(
    window: Shell,
    path: Path | None,
    *,
    pasted_rows: list[list[str]] | None = None,
    running: importing.RunningImports | None = None,
) -> ImportDialog | None:
    if window.ctx.workspace is None or window.ctx.workspace.read_only:
        show_error(
            window.widget(),
            QCoreApplication.translate("imports", "导入舆情"),
            QCoreApplication.translate("imports", "请先打开一个可编辑的工作区。"),
        )
        return None
    dialog = ImportDialog(window.ctx, window, path, pasted_rows=pasted_rows, running=running)
    dialog.show()
    return dialog
