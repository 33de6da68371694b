"""The File menu's "导入问答库（Excel）…" and "导出问答库（Excel）…": each runs in a worker with
progress (the import on a connection of its own, the window keeps the lock) and says what it did."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.services.context import AppContext
from desktop.services.kb import excel as kb_excel
from desktop.ui.dialogs import show_error
from desktop.ui.operations import Operation
from desktop.ui.shell import Shell
from desktop.ui.theme import icon
from desktop.ui.workers import Task

PROBLEMS_SHOWN = 10


class KbExcelActions(QObject):
    """Import and export of the whole 问答库; the last results stay for whoever asks."""

    def __init__(self, ctx: AppContext, shell: Shell, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell = shell
        self.parent_widget = parent
        self.last_import: kb_excel.KbImportResult | None = None
        self.last_export: kb_excel.KbExportResult | None = None

    def install(self, shell: Shell) -> None:
        """The two File menu actions (the import needs a writable workspace)."""
        owner = shell.widget()
        import_action = QAction(
            icon("mdi6.table-arrow-left"), self.tr("导入问答库（Excel）…"), owner
        )
        import_action.setObjectName("action_import_kb")
        import_action.triggered.connect(lambda _c=False: self.import_dialog())
        export_action = QAction(
            icon("mdi6.table-arrow-right"), self.tr("导出问答库（Excel）…"), owner
        )
        export_action.setObjectName("action_export_kb")
        export_action.triggered.connect(lambda _c=False: self.export_dialog())
        shell.add_file_action(import_action)
        shell.add_file_action(export_action, needs_write=False)

    # -- import ----------------------------------------------------------------------------------

    def import_dialog(self, path: str | None = None) -> Task | None:
        """Import an Excel 问答库 in a worker; the result is shown when it is done."""
        workspace = self.ctx.workspace
        if workspace is None or workspace.read_only:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.parent_widget,
                self.tr("导入问答库"),
                str(Path.home()),
                self.tr("Excel 文件 (*.xlsx)"),
            )
        if not path:
            return None
        file, workspace_path, user = path, str(workspace.path), workspace.user

        def run(progress: Progress) -> kb_excel.KbImportResult:
            return kb_excel.import_kb_file(workspace_path, file, user=user, progress=progress)

        return (
            Operation(self.parent_widget, self.ctx, run)
            .titled(self.tr("导入问答库"))
            .success(self._imported)
            .run_in_background(
                self.shell.tasks, progress_title=self.tr("导入问答库"), unit=self.tr("条")
            )
        )

    def _imported(self, result: kb_excel.KbImportResult) -> None:
        self.last_import = result
        message = self.tr(
            "新建 {c} 个条目，更新 {u} 个（成为待审批的新草稿），未变 {n} 个，跳过 {s} 个。"
        ).format(c=result.created, u=result.updated, n=result.unchanged, s=result.skipped)
        if result.duplicates:
            message += "\n" + self.tr(
                "{n} 个新条目的典型评论与已有条目几乎相同，请检查是否重复。"
            ).format(n=len(result.duplicates))
        if result.problems:
            message += "\n" + "\n".join(result.problems[:PROBLEMS_SHOWN])
        QMessageBox.information(self.parent_widget, self.tr("导入问答库"), message)

    # -- export ----------------------------------------------------------------------------------

    def export_dialog(self, path: str | None = None) -> Task | None:
        """Export the whole 问答库 to .xlsx in a worker."""
        workspace = self.ctx.workspace
        if workspace is None:
            return None
        if path is None:
            suggested = Path.home() / f"{workspace.info()['name']}-问答库.xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self.parent_widget,
                self.tr("导出问答库"),
                str(suggested),
                self.tr("Excel 文件 (*.xlsx)"),
            )
        if not path:
            return None
        out, workspace_path = path, str(workspace.path)

        def run(progress: Progress) -> kb_excel.KbExportResult:
            return kb_excel.export_kb_file(workspace_path, out, progress=progress)

        return (
            Operation(self.parent_widget, self.ctx, run)
            .success(self._exported)
            .failure(self._export_failed)
            .run_in_background(
                self.shell.tasks, progress_title=self.tr("导出问答库"), unit=self.tr("行")
            )
        )

    def _exported(self, result: kb_excel.KbExportResult) -> None:
        self.last_export = result
        self.shell.show_message(
            self.tr("已导出 {n} 个条目到 {p}").format(n=result.entries, p=result.path), 8000
        )

    def _export_failed(self, error: UserError) -> None:
        show_error(
            self.parent_widget,
            self.tr("导出问答库"),
            error.message,
            error.hint or self.tr("请换一个保存位置，或关闭正在打开该文件的 Excel。"),
        )
