"""危机通讯录: people and contacts, the responsibility matrix, health checks, card, Excel.

The page holds the three tabs (people_tab, matrix_tab, health_tab) and the actions on the
whole roster (crisis card, Excel export and import). Writes run as Operations; the page
refreshes from the published `Changes` and tells its tabs' own edits apart by initiator.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.roster_rules import Finding
from desktop.printing.crisis_card import write_crisis_card
from desktop.services import plans, roster, workspaces
from desktop.services.context import AppContext
from desktop.ui.dialogs import show_error
from desktop.ui.operations import Operation
from desktop.ui.page import Page, page_header
from desktop.ui.roster.export_dialog import RosterExportDialog
from desktop.ui.roster.health_tab import HealthTab
from desktop.ui.roster.matrix_tab import MatrixTab
from desktop.ui.roster.models import ResponsibilityMatrixModel
from desktop.ui.roster.people_tab import PeopleTab
from desktop.ui.shell import Shell
from desktop.ui.theme import icon
from desktop.ui.workers import Task, run_with_progress

TAB_PEOPLE, TAB_MATRIX, TAB_HEALTH = 0, 1, 2
# Plan findings fixed on the plans page (a plan role nobody holds is fixed in the matrix).
PLAN_PAGE_FINDINGS = frozenset({"plan_never_tested", "plan_test_stale", "scenario_without_plan"})
SHOWN_PROBLEMS = 10  # skipped import rows listed in the result box


class RosterPage(Page):
    nav_key = "roster"
    nav_icon = "mdi6.card-account-phone-outline"

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__(ctx, shell)
        self.findings: list[Finding] = []
        self.last_import: roster.ImportResult | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.addWidget(
            page_header(
                self.tr("危机通讯录"),
                self.tr(
                    "谁说、谁做、谁批：成员与联系方式、职责矩阵（R 执行 · A 审批 · C 咨询 · I 知会）和健康检查。"
                ),
            )
        )
        buttons = QHBoxLayout()
        self.new_button = QPushButton(icon("mdi6.account-plus-outline"), self.tr("新增成员"))
        self.new_button.clicked.connect(self.new_person)
        self.card_button = QPushButton(icon("mdi6.printer-outline"), self.tr("打印危机联络卡"))
        self.card_button.clicked.connect(lambda: self.print_card())
        self.export_button = QPushButton(icon("mdi6.microsoft-excel"), self.tr("导出 Excel"))
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.import_button = QPushButton(icon("mdi6.file-import-outline"), self.tr("导入 Excel"))
        self.import_button.clicked.connect(lambda: self.import_excel())
        for button in (self.new_button, self.card_button, self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.health_badge = QLabel()
        buttons.addWidget(self.health_badge)
        outer.addLayout(buttons)

        self.people_tab = PeopleTab(ctx)
        self.matrix_tab = MatrixTab(ctx)
        self.matrix_tab.edited.connect(self._matrix_edited)
        self.health_tab = HealthTab(ctx)
        self.health_tab.fix_requested.connect(self.show_fix)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people_tab, self.tr("成员与联系方式"))
        self.tabs.addTab(self.matrix_tab, self.tr("职责矩阵"))
        self.tabs.addTab(self.health_tab, self.tr("健康检查"))
        outer.addWidget(self.tabs, 1)

    # -- page life ---------------------------------------------------------------------------

    def nav_title(self) -> str:
        return self.tr("危机通讯录")

    def wants(self, changes: Changes) -> bool:
        return changes.roster or changes.plans  # plans: their findings are in the health tab

    def on_changes(self, changes: Changes, initiator: object | None) -> None:
        if changes.workspace or not self.wants(changes):
            super().on_changes(changes, initiator)
        elif initiator is self.matrix_tab.model:
            pass  # the model updated its row; its `edited` signal refreshes the health list
        elif initiator is self.people_tab.roles_list:
            # a role added in the editor: keep the unsaved input, only role columns change
            if self.matrix_tab.model.mode == ResponsibilityMatrixModel.BY_ROLE:
                self.matrix_tab.reload()
        elif initiator is self.health_tab:
            self.refresh_health()
        else:
            self.refresh()

    def refresh(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return
        writable = not workspace.read_only
        self.new_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.people_tab.set_writable(writable)
        self.matrix_tab.set_writable(writable)
        self.health_tab.set_writable(writable)
        self.refresh_health()  # first: the people table marks the stale contacts it finds
        self.people_tab.reload()
        self.matrix_tab.reload()

    def refresh_health(self) -> None:
        report = roster.health(self.ctx.require_workspace())
        self.findings = report.findings
        self.people_tab.model.stale_ids = {
            f.person_id for f in report.findings if f.code == "stale_contact" and f.person_id
        }
        self.health_tab.show_report(report)
        plan_findings = plans.findings(self.ctx.require_workspace())
        self.health_tab.show_plan_findings(plan_findings)
        counts = report.as_dict()
        if not report.findings:
            self.health_badge.setText(self.tr("✓ 健康"))
        else:
            self.health_badge.setText(
                self.tr("健康检查：{e} 错误 · {w} 提醒").format(
                    e=counts["errors"], w=counts["warnings"]
                )
            )
        if plan_findings:
            self.health_badge.setText(
                self.health_badge.text()
                + self.tr(" · 预案 {n} 个问题").format(n=len(plan_findings))
            )
        count = len(report.findings)
        self.tabs.setTabText(
            TAB_HEALTH, self.tr("健康检查（{n}）").format(n=count) if count else self.tr("健康检查")
        )

    def new_person(self) -> None:
        self.people_tab.new_person()
        self.tabs.setCurrentIndex(TAB_PEOPLE)

    def _matrix_edited(self, message: str) -> None:
        if message:
            self.shell.show_message(message, 6000)
        self.refresh_health()

    def show_fix(self, finding: Finding) -> None:
        """Go to what a health finding asks to change: the matrix row, the person, or the
        plans page for a plan never (or long ago) drilled or a scenario without a plan."""
        if finding.code in PLAN_PAGE_FINDINGS:
            self.shell.show_page("plans")
        elif finding.activity:
            self.tabs.setCurrentIndex(TAB_MATRIX)
            self.matrix_tab.select_matrix(finding.scenario, finding.level, finding.activity)
        elif finding.person_id is not None:
            self.tabs.setCurrentIndex(TAB_PEOPLE)
            self.people_tab.select_person(finding.person_id)
        elif finding.code in ("no_people", "no_spokesperson"):
            self.tabs.setCurrentIndex(TAB_PEOPLE)
        else:
            self.tabs.setCurrentIndex(TAB_MATRIX)

    # -- card and Excel ----------------------------------------------------------------------

    def print_card(self, path: Path | None = None) -> Path | None:
        """The crisis card of the matrix shown in the matrix tab, as a one-page PDF."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("打印危机联络卡（含完整联系方式）"),
                str(Path.home() / "危机联络卡.pdf"),
                self.tr("PDF 文件 (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        scenario, severity = self.matrix_tab.scenario(), self.matrix_tab.severity()
        try:  # a read: the PDF is written, the workspace is not
            write_crisis_card(self.ctx.require_workspace(), path, scenario, severity)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("无法生成危机联络卡"), exc, self.tr("请换一个保存位置再试。"))
            return None
        self.shell.show_message(
            self.tr("已生成危机联络卡：{p}（含完整联系方式，供打印张贴，请妥善保管）").format(
                p=path
            ),
            8000,
        )
        return path

    def export_excel(
        self, path: Path | None = None, *, unmask_contacts: bool = False
    ) -> Path | None:
        """Export the roster; contacts masked unless `unmask_contacts` (asked and confirmed in
        the dialog when no path is given). The unmasked export is audited before it is written."""
        workspace = self.ctx.require_workspace()
        if path is None:
            dialog = RosterExportDialog(
                self,
                default_path=Path.home() / "危机通讯录.xlsx",
                read_only=workspace.read_only,
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            path, unmask_contacts = dialog.path(), dialog.unmask_contacts()
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        hint = self.tr("请确认文件没有在 Excel 中打开，或换一个位置。")
        title = self.tr("导出失败")
        target = path
        unmask = unmask_contacts

        def export() -> roster.ExportResult:
            try:
                return roster.export_xlsx(workspace, target, unmask_contacts=unmask)
            except OSError as exc:
                raise UserError(str(exc), hint=hint) from exc

        result = (
            Operation(self, self.ctx, export)
            .failure(lambda error: show_error(self, title, error, hint))
            .run()
        )
        if result is None:
            return None
        if result.masked:
            message = self.tr("已导出 {n} 人到 {p}（联系方式已打码）")
        else:
            message = self.tr("已导出 {n} 人到 {p}（含完整联系方式，已记入审计日志）")
        self.shell.show_message(message.format(n=result.people, p=path), 8000)
        return path

    def import_excel(self, path: Path | None = None) -> Task | None:
        """Read the workbook in the isolated child (off the UI thread), then import it."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("导入危机通讯录"), str(Path.home()), self.tr("Excel 文件 (*.xlsx)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        task = Task(roster.read_sheets, path)
        task.signals.succeeded.connect(lambda sheets: self._apply_import(path, sheets))
        task.signals.failed.connect(
            lambda message, hint: show_error(self, self.tr("无法导入"), message, hint)
        )
        run_with_progress(self.shell.tasks, self, self.tr("正在读取通讯录…"), task)
        return task

    def _apply_import(self, path: Path, sheets: roster.RosterSheets) -> None:
        workspace = self.ctx.require_workspace()

        def apply() -> roster.ImportResult:
            workspaces.backup_before(self.ctx, "before-roster-import")
            return roster.import_xlsx(workspace, path, sheets=sheets)

        Operation(self, self.ctx, apply).titled(self.tr("无法导入")).success(
            self._show_import_result
        ).run()

    def _show_import_result(self, result: roster.ImportResult) -> None:
        self.last_import = result
        text = self.tr("新增 {i} 人，更新 {u} 人；职责矩阵 {c} 格。").format(
            i=result.people_inserted, u=result.people_updated, c=result.cells
        )
        if result.masked_contacts_skipped:
            text += "\n" + self.tr(
                "{n} 项打码的联系方式（如 138****8000）未导入，原有联系方式保持不变。"
            ).format(n=result.masked_contacts_skipped)
        if result.problems:
            text += "\n" + self.tr("跳过 {n} 行：").format(n=len(result.problems))
            text += "\n".join(
                self.tr("{sheet} 第 {row} 行：{reason}").format(
                    sheet=p["sheet"], row=p["row"], reason=p["reason"]
                )
                for p in result.problems[:SHOWN_PROBLEMS]
            )
        QMessageBox.information(self, self.tr("导入完成"), text)
