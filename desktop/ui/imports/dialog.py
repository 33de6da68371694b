"""The import dialog (sheet, encoding, header row, column mapping, preview) and the result."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import messages
from desktop.core.errors import UserError
from desktop.services import exports, importing
from desktop.services.context import AppContext
from desktop.services.importing import Source
from desktop.ui.dialogs import show_error
from desktop.ui.labels import vocab_label
from desktop.ui.operations import Operation
from desktop.ui.workers import Task

if TYPE_CHECKING:
    from desktop.ui.shell import Shell

ENCODINGS = ["", "utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "big5"]


def field_choices() -> list[tuple[str, str]]:
    choices = [
        (importing.KEEP_AS_EXTRA, QCoreApplication.translate("ImportDialog", "（保留为附加字段）")),
        (importing.DROP_COLUMN, QCoreApplication.translate("ImportDialog", "（忽略，不保存）")),
    ]
    choices += [(f, f"{vocab_label('IMPORT_FIELDS', f)}  {f}") for f in importing.MAPPABLE_FIELDS]
    return choices


class ImportDialog(QDialog):
    """Preview a file, adjust the mapping, then import it in the background."""

    preview_loaded = Signal()
    import_finished = Signal(object)
    import_failed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        window: Shell,
        path: Path | None,
        *,
        pasted_rows: list[list[str]] | None = None,
        running: importing.RunningImports | None = None,
    ) -> None:
        super().__init__(window.widget())
        self.running = running if running is not None else importing.RunningImports()
        self.ctx = ctx
        self.shell = window
        self.path = path
        self.pasted_rows = pasted_rows
        self.source: Source | None = None
        self.result: importing.ImportResult | None = None
        self.error_text = ""
        self._loading = False
        self.setWindowTitle(self.tr("导入舆情"))
        self.resize(1000, 680)

        layout = QVBoxLayout(self)
        name = path.name if path else self.tr("剪贴板中的表格")
        self.file_label = QLabel(self.tr("文件：{name}").format(name=name))
        self.file_label.setObjectName("pageSubtitle")
        layout.addWidget(self.file_label)

        form = QFormLayout()
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet_combo")
        self.encoding_combo = QComboBox()
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding or self.tr("自动识别"), encoding)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(-1, 20)
        self.header_spin.setSpecialValueText(self.tr("自动识别"))
        self.header_spin.setValue(-1)
        self.header_spin.setToolTip(self.tr("0 = 没有标题行，第一行就是数据"))
        self.preset_label = QLabel("")
        self.preset_label.setObjectName("preset_label")
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("preset_combo")
        self.preset_combo.addItem(self.tr("自动识别"), "")
        for preset in importing.PRESETS:
            self.preset_combo.addItem(vocab_label("IMPORT_PRESETS", preset.name), preset.name)
        self.saved_presets: dict[str, dict[str, str]] = {}
        if ctx.workspace is not None:
            self.saved_presets = importing.saved_presets(ctx.workspace.db)
        for name in self.saved_presets:
            self.preset_combo.addItem(self.tr("{name}（已保存）").format(name=name), name)
        row = QHBoxLayout()
        row.addWidget(self.header_spin)
        row.addWidget(QLabel(self.tr("（0 = 没有标题行，第一行就是数据）")))
        row.addStretch(1)
        form.addRow(self.tr("工作表"), self.sheet_combo)
        form.addRow(self.tr("编码"), self.encoding_combo)
        form.addRow(self.tr("标题行"), row)
        form.addRow(self.tr("识别的格式"), self.preset_label)
        form.addRow(self.tr("使用预设"), self.preset_combo)
        layout.addLayout(form)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mapping_table")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("表格中的列"), self.tr("对应到"), self.tr("示例")]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setObjectName("preview_table")
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        splitter.addWidget(self.mapping_table)
        splitter.addWidget(self.preview_table)
        layout.addWidget(splitter, 1)

        self.warning_label = QLabel("")
        self.warning_label.setWordWrap(True)
        self.warning_label.setObjectName("warning_label")
        layout.addWidget(self.warning_label)

        buttons = QDialogButtonBox()
        self.save_preset_button = QPushButton(self.tr("另存为预设…"))
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setDefault(True)
        buttons.addButton(self.save_preset_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)
        self.save_preset_button.clicked.connect(self.save_preset)
        layout.addWidget(buttons)

        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._reload())
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self._reload())
        self.header_spin.valueChanged.connect(lambda _v: self._reload())
        self.preset_combo.currentIndexChanged.connect(lambda _i: self._reload())
        self.import_button.setEnabled(False)
        self.load_preview()

    # -- preview -------------------------------------------------------------------------------

    def options(self) -> dict[str, Any]:
        sheet = self.sheet_combo.currentData() if self.sheet_combo.count() else None
        header = self.header_spin.value()
        preset = self.preset_combo.currentData() or None
        return {
            "preset": preset if preset in importing.PRESETS_BY_NAME else None,
            "mapping": self.saved_presets.get(preset) if preset else None,
            "sheet": sheet or None,
            "encoding": self.encoding_combo.currentData() or None,
            "header_row": None if header < 0 else header,
        }

    def _reload(self) -> None:
        if not self._loading:
            self.load_preview()

    def load_preview(self) -> None:
        options = self.options()
        timezone = "UTC"
        if self.ctx.workspace is not None:
            timezone = self.ctx.workspace.setting("timezone", "UTC")
        self.import_button.setEnabled(False)
        self.warning_label.setText(self.tr("正在读取文件…"))
        if self.pasted_rows is not None:
            try:
                source = importing.preview_pasted(
                    self.pasted_rows,
                    header_row=options["header_row"],
                    preset=options["preset"],
                    mapping=options["mapping"],
                )
            except UserError as exc:
                self._preview_failed(exc.message, exc.hint)
                return
            self._show_source(source)
            return
        task = Task(
            importing.preview_file,
            self.path,
            sheet=options["sheet"],
            encoding=options["encoding"],
            header_row=options["header_row"],
            preset=options["preset"],
            mapping=options["mapping"],
            timezone=timezone,
        )
        task.signals.succeeded.connect(self._show_source)
        task.signals.failed.connect(self._preview_failed)
        self.shell.tasks.start(task)

    def _preview_failed(self, message: str, hint: str) -> None:
        self.error_text = f"{message} {hint}".strip()
        self.warning_label.setText(self.error_text)
        self.preview_loaded.emit()
        show_error(self, self.tr("无法导入这个文件"), message, hint)

    def _show_source(self, source: Source) -> None:
        self.source = source
        self._loading = True
        try:
            self.sheet_combo.clear()
            for sheet in source.sheets:
                label = sheet.name
                if not sheet.visible:
                    label += self.tr("（隐藏）")
                self.sheet_combo.addItem(label, sheet.name)
            index = self.sheet_combo.findData(source.sheet)
            self.sheet_combo.setCurrentIndex(max(index, 0))
            self.sheet_combo.setEnabled(bool(source.sheets))
            if source.encoding:
                enc = self.encoding_combo.findData(source.encoding)
                if enc >= 0 and self.encoding_combo.currentIndex() != 0:
                    self.encoding_combo.setCurrentIndex(enc)
        finally:
            self._loading = False
        preset = importing.PRESETS_BY_NAME.get(source.preset)
        detail = (
            vocab_label("IMPORT_PRESETS", preset.name)
            if preset
            else (source.preset or self.tr("未识别（请检查列对应）"))
        )
        extra = []
        if source.encoding:
            extra.append(self.tr("编码 {e}").format(e=source.encoding))
        extra.append(
            self.tr("标题行：第 {n} 行").format(n=source.header_row)
            if source.header_row
            else self.tr("没有标题行")
        )
        self.preset_label.setText(
            self.tr("{detail}（{extra}）").format(detail=detail, extra=self.tr("，").join(extra))
        )
        self._fill_mapping(source)
        self._fill_preview(source)
        self.warning_label.setText("\n".join(source.warnings))
        self.import_button.setEnabled(True)
        self.preview_loaded.emit()

    def _fill_mapping(self, source: Source) -> None:
        table = self.mapping_table
        table.setRowCount(len(source.headers))
        for row, header in enumerate(source.headers):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, item)
            combo = QComboBox()
            for value, label in field_choices():
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(source.mapping.get(header, "")), 0))
            table.setCellWidget(row, 1, combo)
            samples = [r[row] for r in source.preview[:3] if row < len(r) and r[row]]
            sample = QTableWidgetItem(" | ".join(s.replace("\n", " ")[:40] for s in samples))
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 2, sample)
        table.resizeColumnToContents(0)
        table.setColumnWidth(1, 220)

    def _fill_preview(self, source: Source) -> None:
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(source.headers))
        table.setHorizontalHeaderLabels(source.headers)
        rows = source.preview[:20]
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value.replace("\n", " ")[:120]))

    def mapping(self) -> dict[str, str]:
        result = {}
        for row in range(self.mapping_table.rowCount()):
            header = self.mapping_table.item(row, 0).text()
            combo = self.mapping_table.cellWidget(row, 1)
            result[header] = combo.currentData()
        return result

    def set_mapping(self, header: str, field: str) -> None:
        for row in range(self.mapping_table.rowCount()):
            if self.mapping_table.item(row, 0).text() == header:
                combo = self.mapping_table.cellWidget(row, 1)
                combo.setCurrentIndex(combo.findData(field))
                return
        raise KeyError(header)

    def save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("另存为预设"), self.tr("预设名称："))
        if not ok or not name.strip():
            return
        mapping = self.mapping()
        Operation(
            self,
            self.ctx,
            lambda: importing.save_preset(self.ctx.require_workspace(), name, mapping),
        ).titled(self.tr("保存预设")).success(
            lambda _changes: self.preset_label.setText(
                self.tr("已保存为预设：{name}").format(name=name.strip())
            )
        ).run()

    # -- import --------------------------------------------------------------------------------

    def start_import(self) -> Task | None:
        workspace = self.ctx.require_workspace()
        mapping = self.mapping()
        if not any(f in {"text", "title", "url"} for f in mapping.values()):
            show_error(
                self,
                self.tr("列对应不完整"),
                self.tr("至少要有一列对应到“正文”“标题”或“链接”。"),
                self.tr("请在上面的表格中选择。"),
            )
            return None
        options = self.options()
        call = functools.partial(
            importing.import_file,
            workspace.path,
            self.path,
            sheet=options["sheet"],
            preset=options["preset"] or (self.source.preset if self.source else None),
            mapping=mapping,
            encoding=options["encoding"],
            header_row=options["header_row"],
            user=self.ctx.user,
            ctx_paths=self.ctx.paths,
            pasted_rows=self.pasted_rows,
            running=self.running,
        )
        self.import_button.setEnabled(False)
        self.hide()
        # The progress dialog belongs to the window (this dialog hides); the changes are
        # published as this dialog's.
        task = (
            Operation(self.shell.widget(), self.ctx, call)
            .on_behalf_of(self)
            .success(self._imported)
            .failure(self._import_failed)
            .run_in_background(self.shell.tasks, progress_title=self.tr("正在导入舆情"))
        )
        task.signals.cancelled.connect(self._import_cancelled)
        return task

    def _imported(self, result: importing.ImportResult) -> None:
        self.result = result
        self.import_finished.emit(result)
        dialog = ImportResultDialog(self.shell.widget(), self.ctx, result)
        dialog.show()
        self.result_dialog = dialog
        self.accept()

    def _import_failed(self, error: UserError) -> None:
        self.error_text = f"{error.message} {error.hint}".strip()
        self.import_failed.emit(self.error_text)
        show_error(self.shell.widget(), self.tr("导入失败"), error.message, error.hint)
        self.reject()

    def _import_cancelled(self) -> None:
        self.error_text = self.tr("已取消导入，工作区没有改动。")
        self.import_failed.emit(self.error_text)
        self.shell.show_message(self.error_text, 8000)
        self.reject()


class ImportResultDialog(QDialog):
    """Read / inserted / updated / duplicates / rejected, the first rejects, export them."""

    def __init__(self, parent: QWidget, ctx: AppContext, result: importing.ImportResult) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result = result
        self.setWindowTitle(self.tr("导入完成"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr(
                "<b>{file}</b><br>读取 {read:,} 行：新增 <b>{inserted:,}</b>，更新 {updated:,}，"
                "重复 {duplicates:,}，拒绝 <b>{rejected:,}</b>"
            ).format(
                file=result.file_name,
                read=result.rows_read,
                inserted=result.inserted,
                updated=result.updated,
                duplicates=result.duplicates,
                rejected=result.rejected,
            )
        )
        summary.setObjectName("result_summary")
        layout.addWidget(summary)
        if result.told_apart:
            told_apart = QLabel(
                self.tr(
                    "其中 {n:,} 行与文件中前面的行作者、时间、正文都相同（没有链接），"
                    "按不同的人分别导入，未算作重复。"
                ).format(n=result.told_apart)
            )
            told_apart.setObjectName("result_told_apart")
            told_apart.setWordWrap(True)
            layout.addWidget(told_apart)
        if result.warnings:
            warnings = QLabel("\n".join(result.warnings))
            warnings.setWordWrap(True)
            layout.addWidget(warnings)
        self.rejects_table = QTableWidget(len(result.rejects), 2)
        self.rejects_table.setHorizontalHeaderLabels([self.tr("行号"), self.tr("原因")])
        self.rejects_table.horizontalHeader().setStretchLastSection(True)
        self.rejects_table.verticalHeader().setVisible(False)
        for row, reject in enumerate(result.rejects):
            self.rejects_table.setItem(row, 0, QTableWidgetItem(str(reject["row_number"])))
            # the stored reason is a Chinese vocabulary word; shown in the display language
            self.rejects_table.setItem(row, 1, QTableWidgetItem(messages.word(reject["reason"])))
        if result.rejects:
            layout.addWidget(
                QLabel(self.tr("被拒绝的行（前 {n} 行）：").format(n=len(result.rejects)))
            )
            layout.addWidget(self.rejects_table, 1)
        else:
            layout.addWidget(QLabel(self.tr("没有被拒绝的行。")))
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("导出被拒绝的行…"))
        self.export_button.setEnabled(bool(result.rejected))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export_rejects)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def export_rejects(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出被拒绝的行"), "rejects.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not path:
            return
        import_id = self.result.import_id
        Operation(
            self,
            self.ctx,
            lambda: exports.export_rejects(self.ctx.require_workspace(), import_id, Path(path)),
        ).titled(self.tr("导出失败")).run()
