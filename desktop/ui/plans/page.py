"""预案: one contingency plan per scenario — the list (scenario, version, status, last tested)
and the chosen plan in its four phase tabs; edit → save (a new draft version) → submit →
approve through the one approval dialog; export the plan or the binder as PDF, all plans as
Excel, and import them back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.plan_vocab import APPROVAL_ACTIVITY
from desktop.core.roster_rules import Finding
from desktop.services import kb, plans, workspaces
from desktop.services.context import AppContext
from desktop.services.plans import excel as plan_excel
from desktop.ui.approval_dialog import ApprovalDialog, DialogFactory, approve_through_dialog
from desktop.ui.dialogs import show_error
from desktop.ui.labels import vocab_label
from desktop.ui.operations import Operation
from desktop.ui.page import Page, page_header
from desktop.ui.plans.editor import PlanEditor
from desktop.ui.plans.history import PlanHistory
from desktop.ui.rows_model import RowsTableModel
from desktop.ui.shell import Shell
from desktop.ui.theme import icon

FINDINGS_SHOWN = 8  # findings in the message itself; all of them under its details


class PlansPage(Page):
    nav_key = "plans"
    nav_icon = "mdi6.shield-check-outline"

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__(ctx, shell)
        self.current_id: int | None = None
        self.dirty = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.addWidget(
            page_header(
                self.tr("应急预案"),
                self.tr(
                    "每个场景一份预案，分四个阶段：评估（风险）、计划（第一小时清单、口径、渠道）、"
                    "演练（试一试是否可行）、执行（在案例中启用）。"
                ),
            )
        )
        buttons = QHBoxLayout()
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("保存"))
        self.save_button.clicked.connect(lambda: self.save())
        self.submit_button = QPushButton(icon("mdi6.send-outline"), self.tr("提交审批"))
        self.submit_button.clicked.connect(lambda: self.submit())
        self.approve_button = QPushButton(icon("mdi6.check-decagram-outline"), self.tr("审批…"))
        self.approve_button.clicked.connect(lambda: self.approve())
        self.pdf_button = QPushButton(icon("mdi6.file-pdf-box"), self.tr("导出 PDF"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.binder_button = QPushButton(icon("mdi6.book-open-variant"), self.tr("导出预案汇编"))
        self.binder_button.clicked.connect(lambda: self.export_pdf(binder=True))
        self.xlsx_button = QPushButton(icon("mdi6.microsoft-excel"), self.tr("导出 Excel"))
        self.xlsx_button.clicked.connect(lambda: self.export_excel())
        self.import_button = QPushButton(icon("mdi6.file-import-outline"), self.tr("导入 Excel"))
        self.import_button.clicked.connect(lambda: self.import_excel())
        self.create_button = QPushButton(icon("mdi6.auto-fix"), self.tr("按模板建立预案"))
        self.create_button.clicked.connect(lambda: self.create_from_templates())
        for button in (
            self.save_button,
            self.submit_button,
            self.approve_button,
            self.pdf_button,
            self.binder_button,
            self.xlsx_button,
            self.import_button,
            self.create_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        # Above the list it checks (in the button row it was cut at 1024 px).
        self.health_label = QLabel()
        self.health_label.setWordWrap(True)
        # the count alone (with a tooltip of 84 lines) did not say what to fix
        self.health_button = QPushButton(self.tr("查看问题…"))
        self.health_button.clicked.connect(lambda: self.show_findings_dialog())
        self.health_button.hide()
        self.found: list[Finding] = []
        self.findings_box: QMessageBox | None = None

        self.model = RowsTableModel(
            [
                (self.tr("场景"), lambda p: vocab_label("SCENARIOS", p.scenario)),
                (self.tr("版本"), lambda p: p.version),
                (self.tr("状态"), lambda p: self.status_text(p.status)),
                (
                    self.tr("上次演练"),
                    lambda p: (p.last_tested_at or "")[:10] or self.tr("从未"),
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 140)  # 员工或小编不当言行 whole; no sideways scroll at 1024
        self.table.setColumnWidth(1, 44)
        self.table.setColumnWidth(2, 60)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self._row_chosen(current.row())
        )

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.editor = PlanEditor()
        self.editor.edited.connect(self._edited)
        self.editor.regenerate_requested.connect(self.regenerate_checklist)
        self.editor.link_requested.connect(lambda: self.link_kb_entry())
        self.history = PlanHistory()
        self.history.restore_requested.connect(self.restore_version)
        self.editor.tabs.addTab(self.history, icon("mdi6.history"), self.tr("版本历史"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.status_label)
        right_layout.addWidget(self.editor, 1)
        right_layout.addWidget(self.empty, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        health_row = QHBoxLayout()
        health_row.addWidget(self.health_label, 1)
        health_row.addWidget(self.health_button)
        left_layout.addLayout(health_row)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        outer.addWidget(self.splitter, 1)

    # -- page life ---------------------------------------------------------------------------

    def nav_title(self) -> str:
        return self.tr("应急预案")

    def wants(self, changes: Changes) -> bool:
        return changes.plans or changes.roster

    def status_text(self, status: str) -> str:
        words = {
            "draft": self.tr("草稿"),
            "in_review": self.tr("待审批"),
            "approved": self.tr("已批准"),
        }
        return words.get(status, status)

    def refresh(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            self.model.set_rows([])
            self._show_empty(self.tr("没有打开的工作区。"))
            return
        listed = plans.list_plans(workspace)
        self.model.set_rows(listed)
        writable = not workspace.read_only
        self.import_button.setEnabled(writable)
        self.create_button.setVisible(not listed)
        self.create_button.setEnabled(writable)
        for button in (self.pdf_button, self.binder_button, self.xlsx_button):
            button.setEnabled(bool(listed))
        if not listed:
            self.current_id = None
            self._show_empty(
                self.tr(
                    "这个工作区还没有应急预案。点“按模板建立预案”为每个场景生成一份预案"
                    "（第一小时清单按危机通讯录的职责矩阵生成），或“导入 Excel”。"
                )
            )
            return
        ids = [p.id for p in listed]
        self._show_findings(plans.findings(workspace))
        if self.dirty and self.current_id in ids:
            self._keep_editing(self.current_id)  # someone else's change: keep the user's edits
            return
        self.dirty = False
        chosen = self.current_id if self.current_id in ids else ids[0]
        self.select_plan(chosen)

    def _keep_editing(self, plan_id: int) -> None:
        """The list reloaded under unsaved edits: select the plan's row again, editor untouched."""
        row = next(i for i, p in enumerate(self.model.rows) if p.id == plan_id)
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)
        selection.setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(blocked)
        self._show_status(plans.get_plan(self.ctx.require_workspace(), plan_id))

    def _show_findings(self, found: list[Finding]) -> None:
        """The plan health findings (also in the roster's health check) as a badge."""
        self.found = found
        self.health_button.setVisible(bool(found))
        if not found:
            self.health_label.setText(self.tr("✓ 预案检查正常"))
            self.health_label.setToolTip("")
            return
        self.health_label.setText(self.tr("预案检查：{n} 个问题").format(n=len(found)))
        self.health_label.setToolTip("\n".join(f"{f.message} → {f.fix}" for f in found))

    def show_findings_dialog(self) -> QMessageBox:
        """Every finding with its fix; the first few in the message, all in the details."""
        lines = [f"• {f.message} → {f.fix}" for f in self.found]
        shown = FINDINGS_SHOWN
        text = "\n".join(lines[:shown])
        if len(lines) > shown:
            text += "\n" + self.tr("……另有 {n} 条，见“显示详细信息”。").format(n=len(lines) - shown)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("预案检查"), text)
        box.setParent(self, box.windowFlags())
        if any(f.code == "plan_role_empty" for f in self.found):
            box.setInformativeText(
                self.tr(
                    "职责没人负责：在“危机通讯录”里添加人员并给他们角色，这类问题就会消失。"
                    "从未演练：用“文件 → 开始演练…”做一次桌面推演。"
                )
            )
        box.setDetailedText("\n".join(lines))
        box.open()
        self.findings_box = box
        return box

    def select_plan(self, plan_id: int) -> None:
        row = next((i for i, p in enumerate(self.model.rows) if p.id == plan_id), 0)
        self.current_id = None  # force the reload even when the row does not move
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if self.current_id is None:
            self._row_chosen(row)

    def _row_chosen(self, row: int) -> None:
        summary = self.model.row_at(row)
        if summary is None:
            return
        if self.dirty and self.current_id not in (None, summary.id) and not self._may_discard():
            return
        self._show_plan(summary.id)

    def _may_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("未保存的修改"), self.tr("这个预案有未保存的修改，放弃这些修改？")
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_plan(self, plan_id: int) -> None:
        workspace = self.ctx.require_workspace()
        plan = plans.get_plan(workspace, plan_id)
        self.current_id = plan_id
        self.editor.show_plan(
            plan,
            plans.drill_history(workspace, plan_id),
            plans.activations_of(workspace, plan_id),
            plans.kb_titles(workspace, plan),
        )
        self.history.writable = not workspace.read_only
        self.history.show_versions(
            plans.versions(workspace, plan_id),
            plan.approved_version,
            lambda old, new: plans.diff(workspace, plan_id, old, new),
        )
        self.dirty = False
        self.empty.hide()
        self.editor.show()
        self.status_label.show()
        self._show_status(plan)

    def _show_status(self, plan: plans.Plan) -> None:
        parts = [
            self.tr("{scenario} · 第 {v} 版 · {status}").format(
                scenario=vocab_label("SCENARIOS", plan.scenario),
                v=plan.version,
                status=self.status_text(plan.status),
            )
        ]
        if plan.approved_version is not None and plan.approved_version == plan.version:
            parts[0] = self.tr("{scenario} · 第 {v} 版 · 已批准（{who}，{at}）").format(
                scenario=vocab_label("SCENARIOS", plan.scenario),
                v=plan.version,
                who=plan.approved_by,
                at=(plan.approved_at or "")[:10],
            )
        elif plan.approved_version is not None:
            parts.append(
                self.tr("已批准第 {v} 版（{who}，{at}）").format(
                    v=plan.approved_version, who=plan.approved_by, at=(plan.approved_at or "")[:10]
                )
            )
            parts.append(self.tr("案例启用的是已批准的版本，直到新版本获批"))
        if self.dirty:
            parts.append(self.tr("有未保存的修改"))
        self.status_label.setText(" · ".join(parts))
        writable = not self.ctx.require_workspace().read_only
        self.editor.set_editable(writable)
        self.save_button.setEnabled(writable and self.dirty)
        self.submit_button.setEnabled(writable and plan.status == "draft" and not self.dirty)
        self.approve_button.setEnabled(writable and plan.status != "approved" and not self.dirty)

    def _show_empty(self, text: str) -> None:
        self.editor.hide()
        self.status_label.hide()
        self.empty.setText(text)
        self.empty.show()
        for button in (self.save_button, self.submit_button, self.approve_button):
            button.setEnabled(False)

    def _edited(self) -> None:
        self.dirty = True
        if self.current_id is not None:
            self._show_status(plans.get_plan(self.ctx.require_workspace(), self.current_id))

    # -- writes ------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.current_id is None:
            return False
        workspace, plan_id, data = (
            self.ctx.require_workspace(),
            self.current_id,
            self.editor.content_data(),
        )
        done = (
            Operation(self, self.ctx, lambda: plans.save_plan(workspace, plan_id, data))
            .titled(self.tr("不能保存预案"))
            .run()
        )
        if done is None:
            return False
        self.dirty = False
        self.shell.show_message(
            self.tr("已保存为第 {v} 版（草稿）").format(v=done.version)
            if done.changed
            else self.tr("内容没有变化"),
            5000,
        )
        self._show_plan(plan_id)
        return True

    def submit(self) -> bool:
        if self.current_id is None:
            return False
        workspace, plan_id = self.ctx.require_workspace(), self.current_id
        done = (
            Operation(self, self.ctx, lambda: plans.submit_for_review(workspace, plan_id))
            .titled(self.tr("不能提交审批"))
            .run()
        )
        return done is not None

    def approve(self, dialog_factory: DialogFactory = ApprovalDialog) -> bool:
        """The one approval flow: the dialog asks, `plans.approve` decides (one transaction)."""
        if self.current_id is None:
            return False
        workspace, plan_id = self.ctx.require_workspace(), self.current_id
        plan = plans.get_plan(workspace, plan_id)
        done = approve_through_dialog(
            self,
            self.ctx,
            activity=APPROVAL_ACTIVITY,
            scenario=plan.scenario,
            subject_title=self.tr("{title}（第 {v} 版）").format(title=plan.title, v=plan.version),
            approve=lambda given: plans.approve(workspace, plan_id, given),
            dialog_factory=dialog_factory,
        )
        return done is not None

    def restore_version(self, version: int) -> bool:
        """An old version back as a new draft (asks first when there are unsaved edits)."""
        if self.current_id is None:
            return False
        if self.dirty and not self._may_discard():
            return False
        workspace, plan_id = self.ctx.require_workspace(), self.current_id
        done = (
            Operation(self, self.ctx, lambda: plans.restore_version(workspace, plan_id, version))
            .titled(self.tr("不能恢复版本"))
            .run()
        )
        if done is None:
            return False
        self.dirty = False
        self._show_plan(plan_id)
        self.shell.show_message(
            self.tr("已把第 {old} 版恢复为第 {v} 版（草稿）").format(old=version, v=done.version),
            6000,
        )
        return True

    def link_kb_entry(self, entry_id: int | None = None) -> bool:
        """Link the selected key message to a 问答库 entry, picked from the list by title."""
        if self.editor.messages.table.currentRow() < 0:
            self.shell.show_message(self.tr("请先在口径表里选中一行。"), 5000)
            return False
        entries = kb.list_entries(self.ctx.require_workspace())
        titles = {e.id: e.title for e in entries}
        if entry_id is None:
            choices = [f"#{i} {t}" for i, t in titles.items()]
            if not choices:
                self.shell.show_message(self.tr("问答库里还没有条目。"), 5000)
                return False
            picked, ok = QInputDialog.getItem(
                self,
                self.tr("链接问答库条目"),
                self.tr("这条口径的完整话术在哪个条目里？"),
                choices,
                0,
                False,
            )
            if not ok:
                return False
            entry_id = int(picked.split(" ", 1)[0].lstrip("#"))
        if entry_id not in titles:
            return False
        return self.editor.link_selected_message(entry_id, titles[entry_id])

    def regenerate_checklist(self) -> None:
        if self.current_id is None:
            return
        workspace = self.ctx.require_workspace()
        plan = plans.get_plan(workspace, self.current_id)
        self.editor.set_duties(plans.generate_checklist(workspace, plan.scenario))
        self.shell.show_message(self.tr("已按职责矩阵重新生成第一小时清单（保存后生效）"), 5000)

    def create_from_templates(self) -> bool:
        workspace = self.ctx.require_workspace()
        done = (
            Operation(self, self.ctx, lambda: plans.seed_plans(workspace))
            .titled(self.tr("不能建立预案"))
            .run()
        )
        return done is not None

    # -- files -------------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, filters: str, suffix: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(self.ctx.paths.data / name), filters
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export_pdf(self, path: Path | None = None, *, binder: bool = False) -> Path | None:
        """One plan (or the binder of every plan) as PDF — a read: nothing is published."""
        from desktop.printing.plan_document import write_binder_pdf, write_plan_pdf

        workspace = self.ctx.require_workspace()
        if not binder and self.current_id is None:
            return None
        if path is None:
            name = self.tr("应急预案汇编.pdf") if binder else self.tr("应急预案.pdf")
            path = self._ask_path(self.tr("导出 PDF"), name, self.tr("PDF 文件 (*.pdf)"), ".pdf")
            if path is None:
                return None
        try:
            if binder:
                write_binder_pdf(workspace, path)
            else:
                write_plan_pdf(workspace, self.current_id or 0, path)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("导出失败"), exc, self.tr("换一个文件夹或文件名再试。"))
            return None
        self.shell.show_message(self.tr("已导出 {p}").format(p=path), 8000)
        return path

    def export_excel(self, path: Path | None = None) -> Path | None:
        workspace = self.ctx.require_workspace()
        if path is None:
            path = self._ask_path(
                self.tr("导出 Excel"),
                self.tr("应急预案.xlsx"),
                self.tr("Excel 工作簿 (*.xlsx)"),
                ".xlsx",
            )
            if path is None:
                return None
        target = path
        done = (
            Operation(self, self.ctx, lambda: plan_excel.export_xlsx(workspace, target))
            .titled(self.tr("导出失败"))
            .run()
        )
        if done is None:
            return None
        self.shell.show_message(
            self.tr("已导出 {n} 个预案到 {p}").format(n=done.plans, p=path), 8000
        )
        return path

    def import_excel(self, path: Path | None = None) -> plan_excel.ImportResult | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("导入应急预案"),
                str(self.ctx.paths.data),
                self.tr("Excel 文件 (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        workspace, source = self.ctx.require_workspace(), path

        def apply() -> plan_excel.ImportResult:
            workspaces.backup_before(self.ctx, "before-plan-import")
            return plan_excel.import_xlsx(workspace, source)

        result = Operation(self, self.ctx, apply).titled(self.tr("无法导入")).run()
        if result is None:
            return None
        text = self.tr("新建 {c}，更新 {u}（新的草稿版本），未变 {s}。").format(
            c=len(result.created), u=len(result.updated), s=len(result.unchanged)
        )
        if result.rejected:
            text += "\n" + self.tr("以下行有问题，所在的预案没有导入：") + "\n"
            text += "\n".join(
                self.tr("{sheet} 第 {row} 行：{reason}").format(
                    sheet=r.sheet, row=r.row, reason=r.reason
                )
                for r in result.rejected[:10]
            )
        QMessageBox.information(self, self.tr("导入完成"), text)
        return result
