"""File → 导出舆情… (Ctrl+E): export the mention log's current view to .xlsx or .csv.

The dialog asks for the file and format, offers an unmasked export only behind an explicit
confirmation (audited before the file is written), runs the export off the UI thread on its
own read-only connection, and ends with a summary that can open the folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.services import exports
from desktop.services.context import AppContext
from desktop.ui.contact_privacy import UnmaskContactsOption
from desktop.ui.dialogs import show_error
from desktop.ui.labels import ui_language
from desktop.ui.operations import Operation
from desktop.ui.shell import Shell
from desktop.ui.theme import icon
from desktop.ui.workers import Task

ACTION_NAME = "action_export_mentions"
FOLDERS_SETTING = "export_folders"  # folders exported to, cleaned of orphan temp files on start
MAX_FOLDERS = 10
FORMATS = {
    ".xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel 工作簿 (*.xlsx)"),
    ".csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV，UTF-8 (*.csv)"),
}


@dataclass
class ExportOptions:
    out: Path
    mention_filter: MentionFilter
    unmask_contacts: bool = False


@runtime_checkable
class FilterSource(Protocol):
    """The page whose view gets exported (the mention log): what it shows, as a filter."""

    def current_filter(self) -> MentionFilter: ...


def install_export_action(shell: Shell) -> None:
    """The installer registered in ui/pages.py `action_installers()`."""
    controller = ExportController(shell)
    action = QAction(
        icon("mdi6.file-export-outline"),
        QCoreApplication.translate("ExportController", "导出舆情…"),
        shell.widget(),
    )
    action.setObjectName(ACTION_NAME)
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.setStatusTip(
        QCoreApplication.translate("ExportController", "把舆情台账当前的视图导出为 Excel 或 CSV")
    )
    action.triggered.connect(lambda _checked=False: controller.open_dialog())
    shell.add_file_action(action, needs_write=False)
    controller.action = action
    controller.cleanup_temp_files()


class ExportController(QObject):
    """Owns the export flow of one window: dialog → audit → background export → summary."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.setObjectName("export_controller")
        self.shell = shell
        self.ctx: AppContext = shell.ctx
        self.action: QAction | None = None
        self.task: Task | None = None
        self.last_result: exports.ExportResult | None = None

    # -- where and what ------------------------------------------------------------------------

    def current_filter(self) -> MentionFilter:
        page = self.shell.page("mentions")
        if isinstance(page, FilterSource):
            found = page.current_filter()
            if isinstance(found, MentionFilter):
                return found
        return MentionFilter()

    def default_path(self) -> Path:
        folders = [Path(p) for p in self.ctx.settings.get(FOLDERS_SETTING, []) or []]
        folder = next((f for f in folders if f.is_dir()), None) or Path.home()
        workspace = self.ctx.workspace
        fallback = self.tr("舆情")
        name = workspace.info()["name"] if workspace is not None else fallback
        safe = "".join(c for c in name if c not in '\\/:*?"<>|').strip() or fallback
        exported = self.tr("舆情导出")  # outside the f-string, where lupdate sees it
        return folder / f"{safe}-{exported}-{datetime.now():%Y%m%d-%H%M}.xlsx"

    def remember_folder(self, folder: Path) -> None:
        entry = str(folder.resolve())
        folders = [p for p in self.ctx.settings.get(FOLDERS_SETTING, []) or [] if p != entry]
        self.ctx.settings.set(FOLDERS_SETTING, [entry, *folders][:MAX_FOLDERS])

    def cleanup_temp_files(self) -> int:
        """Orphans of exports killed mid-write (RELIABILITY.md E-06), on start."""
        return exports.clean_export_folders(self.ctx.settings.get(FOLDERS_SETTING, []) or [])

    # -- flow --------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            return
        parent = self.shell.widget()
        if self.task is not None and not self.task.done:
            show_error(parent, self.tr("导出舆情"), self.tr("上一次导出还在进行中。"))
            return
        mention_filter = self.current_filter()
        try:
            count = exports.count_mentions(workspace, mention_filter, None)
        except Exception:
            count = -1
        dialog = ExportDialog(
            parent,
            default_path=self.default_path(),
            filter_text=exports.describe_filter(mention_filter, language=ui_language()),
            row_count=count,
            read_only=workspace.read_only,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start(dialog.options(mention_filter))

    def start(self, options: ExportOptions) -> Task | None:
        """Audit an unmasked export on the window's connection (before a byte is written),
        then write the file on the thread pool through a read-only connection of its own."""
        workspace = self.ctx.workspace
        if workspace is None:
            return None
        parent = self.shell.widget()

        def audit_first() -> Changes:
            exports.output_format(options.out)
            if not options.unmask_contacts:
                return NO_CHANGES
            return exports.record_unmasked_export(
                workspace,
                out=options.out,
                mention_filter=options.mention_filter,
                rows=exports.count_mentions(workspace, options.mention_filter, None),
            )

        audited = Operation(parent, self.ctx, audit_first).on_behalf_of(self)
        if audited.titled(self.tr("无法导出")).run() is None:
            return None
        export = partial(
            exports.export_mentions_from_file,
            workspace.path,
            workspace.user,
            options.out,
            options.mention_filter,
            unmask_contacts=options.unmask_contacts,
            audit_recorded=options.unmask_contacts,  # just done on the window's connection
        )
        task = (
            Operation(parent, self.ctx, export)
            .on_behalf_of(self)
            .success(self._succeeded)
            .failure(self._failed)
            .run_in_background(self.shell.tasks, progress_title=self.tr("正在导出舆情"))
        )
        task.signals.cancelled.connect(self._cancelled)
        self.task = task
        return task

    def _succeeded(self, result: exports.ExportResult) -> None:
        self.last_result = result
        self.remember_folder(result.path.parent)
        self.show_summary(result)

    def _failed(self, error: UserError) -> None:
        show_error(
            self.shell.widget(),
            self.tr("导出失败"),
            error.message,
            error.hint or self.tr("原来的文件（如果有）没有改动。"),
        )

    def _cancelled(self) -> None:
        self.shell.show_message(self.tr("已取消导出，原来的文件（如果有）没有改动。"), 8000)

    def show_summary(self, result: exports.ExportResult) -> None:
        lines = [self.tr("已导出 {rows:,} 条舆情。").format(rows=result.rows)]
        lines.append(
            self.tr("联系方式已打码。")
            if result.masked
            else self.tr("含完整联系方式（已记入审计日志），请妥善保管这个文件。")
        )
        if result.control_chars_replaced:
            lines.append(
                self.tr("替换了 {n:,} 个无法写入表格的控制字符（显示为 �）。").format(
                    n=result.control_chars_replaced
                )
            )
        if result.truncated_cells:
            lines.append(
                self.tr("{n:,} 个单元格超过 Excel 的 32767 字上限，已截断并注明。").format(
                    n=result.truncated_cells
                )
            )
        if result.formula_like_cells:
            lines.append(
                self.tr("{n:,} 个以 = + - @ 开头的文本已按文本写入，不会被当作公式执行。").format(
                    n=result.formula_like_cells
                )
            )
        box = QMessageBox(self.shell.widget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("导出完成"))
        box.setText("\n".join(lines))
        box.setInformativeText(str(result.path))
        folder_button = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok).setText(self.tr("确定"))
        folder_button.clicked.connect(lambda: self.open_folder(result.path))
        box.exec()

    def open_folder(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class ExportDialog(QDialog):
    """File name, format and the masked/unmasked choice for one export."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        default_path: Path,
        filter_text: str,
        row_count: int,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("导出舆情"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        what = QLabel(filter_text)
        what.setObjectName("export_what")
        what.setWordWrap(True)
        form.addRow(self.tr("导出范围"), what)
        self.count_label = QLabel(
            self.tr("{n:,} 条").format(n=row_count) if row_count >= 0 else self.tr("（未知）")
        )
        self.count_label.setObjectName("export_count")
        form.addRow(self.tr("条数"), self.count_label)
        self.path_edit = QLineEdit(str(default_path))
        self.path_edit.setObjectName("export_path")
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("保存为"), row)
        self.format_box = QComboBox()
        self.format_box.setObjectName("export_format")
        for suffix, label in FORMATS.items():
            self.format_box.addItem(self.tr(str(label)), suffix)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("格式"), self.format_box)
        layout.addLayout(form)

        notes = QLabel(
            self.tr(
                "Excel 文件包含我们的字段、原始表格的列，以及一张“导出摘要”。"
                "以 = + - @ 开头的文本按文本写入，打开时不会被当作公式执行。"
            )
        )
        notes.setWordWrap(True)
        notes.setObjectName("pageSubtitle")
        layout.addWidget(notes)

        self.privacy_option = UnmaskContactsOption(
            self,
            read_only=read_only,
            question=self.tr(
                "导出的文件将包含客户的完整手机号等联系方式。"
                "这次导出会记入审计日志（谁、何时、导出了什么、多少条）。\n\n确定要导出不打码的版本吗？"
            ),
            masked_note=self.tr("手机号会打码为 138****8000；订单号、帖子 ID 等不受影响。"),
            unmasked_note=self.tr("⚠ 将导出完整联系方式，并记入审计日志。请妥善保管导出的文件。"),
            object_name="export_unmask",
        )
        self.unmask_box = self.privacy_option.checkbox
        self.privacy_note = self.privacy_option.note
        layout.addWidget(self.privacy_option)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.path_edit.textChanged.connect(self._path_changed)
        self._path_changed(self.path_edit.text())

    # -- behaviour ---------------------------------------------------------------------------

    def _browse(self) -> None:
        suffix = self.format_box.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出舆情"),
            self.path_edit.text(),
            ";;".join(self.tr(str(label)) for label in FORMATS.values()),
        )
        if path:
            if Path(path).suffix.lower() not in FORMATS:
                path += suffix
            self.path_edit.setText(path)

    def _format_changed(self, _index: int) -> None:
        suffix = self.format_box.currentData()
        text = self.path_edit.text().strip()
        if text and Path(text).suffix.lower() != suffix:
            current = Path(text)
            base = current.with_suffix("") if current.suffix.lower() in FORMATS else current
            self.path_edit.setText(str(base) + suffix)

    def _path_changed(self, text: str) -> None:
        suffix = Path(text.strip()).suffix.lower()
        index = self.format_box.findData(suffix)
        if index >= 0 and index != self.format_box.currentIndex():
            self.format_box.blockSignals(True)
            self.format_box.setCurrentIndex(index)
            self.format_box.blockSignals(False)

    def _accept(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            show_error(self, self.tr("导出舆情"), self.tr("请填写要保存的文件名。"))
            return
        path = Path(text).expanduser()
        if path.suffix.lower() not in FORMATS:
            path = path.with_name(path.name + self.format_box.currentData())
            self.path_edit.setText(str(path))
        if not path.parent.is_dir():
            show_error(
                self,
                self.tr("导出舆情"),
                self.tr("保存位置不存在：{folder}").format(folder=path.parent),
                self.tr("请选择一个已有的文件夹。"),
            )
            return
        if path.exists():
            answer = QMessageBox.question(
                self,
                self.tr("文件已存在"),
                self.tr("{name} 已存在，要替换它吗？（导出完成前原文件保持不变）").format(
                    name=path.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.accept()

    def options(self, mention_filter: MentionFilter) -> ExportOptions:
        return ExportOptions(
            out=Path(self.path_edit.text().strip()).expanduser(),
            mention_filter=mention_filter,
            unmask_contacts=self.unmask_box.isChecked(),
        )
