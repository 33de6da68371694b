"""危机通讯录: people and contacts, the responsibility matrix, health checks, card, Excel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.roster_rules import Finding
from desktop.core.vocab import SCENARIOS, SEVERITIES
from desktop.printing.crisis_card import write_crisis_card
from desktop.services import roster, workspaces
from desktop.ui.dialogs import show_error
from desktop.ui.labels import vocab_text
from desktop.ui.page import Page, page_header
from desktop.ui.roster.models import PeopleTableModel, RaciDelegate, ResponsibilityMatrixModel
from desktop.ui.theme import icon
from desktop.ui.workers import Task, run_with_progress

TAB_PEOPLE, TAB_MATRIX, TAB_HEALTH = 0, 1, 2


class RosterPage(Page):
    nav_key = "roster"
    nav_icon = "mdi6.card-account-phone-outline"

    def __init__(self, ctx, window) -> None:
        super().__init__(ctx, window)
        self.current_person_id: int | None = None
        self.findings: list[Finding] = []
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

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_people_tab(), self.tr("成员与联系方式"))
        self.tabs.addTab(self._build_matrix_tab(), self.tr("职责矩阵"))
        self.tabs.addTab(self._build_health_tab(), self.tr("健康检查"))
        outer.addWidget(self.tabs, 1)

    # -- building ----------------------------------------------------------------------------

    def _build_people_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 8, 0, 0)
        self.people_model = PeopleTableModel(self.ctx, self)
        self.people_view = QTableView()
        self.people_view.setModel(self.people_model)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_view.verticalHeader().hide()
        self.people_view.horizontalHeader().setStretchLastSection(True)
        self.people_view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._load_person(self.people_model.person_id(current.row()))
        )
        self.people_empty = QLabel(
            self.tr("还没有成员。点“新增成员”添加危机小组，或用“导入 Excel”导入现成的通讯录。")
        )
        self.people_empty.setWordWrap(True)
        self.people_empty.setObjectName("pageSubtitle")
        left_layout.addWidget(self.people_empty)
        left_layout.addWidget(self.people_view, 1)
        splitter.addWidget(left)
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(12, 8, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        self.editor_title = QLabel()
        self.editor_title.setStyleSheet("font-weight: 600; font-size: 12pt;")
        form.addRow(self.editor_title)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("name", self.tr("姓名")),
            ("title", self.tr("职务")),
            ("department", self.tr("部门")),
            ("phone", self.tr("手机")),
            ("office_phone", self.tr("办公电话")),
            ("email", self.tr("邮箱")),
            ("wechat", self.tr("微信")),
        ):
            edit = QLineEdit()
            self.fields[key] = edit
            form.addRow(label, edit)
        self.roles_list = QListWidget()
        self.roles_list.setMaximumHeight(118)
        roles_box = QVBoxLayout()
        roles_box.addWidget(self.roles_list)
        self.add_role_button = QPushButton(self.tr("新增角色…"))
        self.add_role_button.clicked.connect(lambda: self.add_role())
        roles_box.addWidget(self.add_role_button, 0, Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("危机角色"), roles_box)
        self.backup_combo = QComboBox()
        form.addRow(self.tr("备用人"), self.backup_combo)
        availability = QHBoxLayout()
        self.available_check = QCheckBox(self.tr("在岗"))
        self.availability_note = QLineEdit()
        self.availability_note.setPlaceholderText(self.tr("不在岗说明，例如：出差至 11 月 25 日"))
        availability.addWidget(self.available_check)
        availability.addWidget(self.availability_note, 1)
        form.addRow(self.tr("可用"), availability)
        verified = QHBoxLayout()
        self.verified_label = QLabel()
        self.verify_button = QPushButton(icon("mdi6.check-decagram-outline"), self.tr("已核实"))
        self.verify_button.setToolTip(self.tr("刚与本人核对过联系方式：记下今天的日期"))
        self.verify_button.clicked.connect(self.mark_verified)
        verified.addWidget(self.verified_label, 1)
        verified.addWidget(self.verify_button)
        form.addRow(self.tr("最近核实"), verified)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(60)
        form.addRow(self.tr("备注"), self.notes_edit)
        row = QHBoxLayout()
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("保存"))
        self.save_button.clicked.connect(self.save_person)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("删除"))
        self.delete_button.clicked.connect(self.delete_person)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(self.save_button)
        form.addRow(row)
        return editor

    def _build_matrix_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        selectors = QHBoxLayout()
        self.scenario_combo = QComboBox()
        self.scenario_combo.addItem(self.tr("默认矩阵（所有场景）"), "")
        for key, label in SCENARIOS.items():
            self.scenario_combo.addItem(vocab_text(label), key)
        self.severity_combo = QComboBox()
        self.severity_combo.addItem(self.tr("任何级别"), "")
        for key, label in SEVERITIES.items():
            self.severity_combo.addItem(vocab_text(label), key)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("列：成员"), ResponsibilityMatrixModel.BY_PERSON)
        self.mode_combo.addItem(self.tr("列：角色"), ResponsibilityMatrixModel.BY_ROLE)
        for combo in (self.scenario_combo, self.severity_combo, self.mode_combo):
            combo.currentIndexChanged.connect(self._matrix_selection_changed)
        self.reset_button = QPushButton(self.tr("恢复继承"))
        self.reset_button.setToolTip(self.tr("删除本矩阵对所选事项的覆盖，重新继承上级矩阵"))
        self.reset_button.clicked.connect(self.reset_row)
        selectors.addWidget(QLabel(self.tr("场景")))
        selectors.addWidget(self.scenario_combo)
        selectors.addWidget(QLabel(self.tr("级别")))
        selectors.addWidget(self.severity_combo)
        selectors.addWidget(self.mode_combo)
        selectors.addStretch(1)
        selectors.addWidget(self.reset_button)
        layout.addLayout(selectors)
        self.matrix_model = ResponsibilityMatrixModel(self.ctx, self)
        self.matrix_model.edited.connect(self._matrix_edited)
        self.matrix_model.failed.connect(
            lambda message, hint: show_error(self, self.tr("无法修改职责"), message, hint)
        )
        self.matrix_view = QTableView()
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setItemDelegate(RaciDelegate(self.matrix_view))
        self.matrix_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.matrix_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.matrix_view.horizontalHeader().setMinimumSectionSize(56)
        layout.addWidget(self.matrix_view, 1)
        self.matrix_note = QLabel()
        self.matrix_note.setWordWrap(True)
        self.matrix_note.setObjectName("pageSubtitle")
        layout.addWidget(self.matrix_note)
        return tab

    def _build_health_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.health_summary = QLabel()
        self.health_summary.setWordWrap(True)
        top.addWidget(self.health_summary, 1)
        top.addWidget(QLabel(self.tr("联系方式超过")))
        self.stale_spin = QSpinBox()
        self.stale_spin.setRange(7, 730)
        self.stale_spin.setSuffix(self.tr(" 天"))
        self.stale_spin.setKeyboardTracking(False)
        self.stale_spin.valueChanged.connect(self.set_stale_days)
        top.addWidget(self.stale_spin)
        top.addWidget(QLabel(self.tr("未核实即提醒")))
        layout.addLayout(top)
        self.health_list = QListWidget()
        self.health_list.setWordWrap(True)
        self.health_list.itemActivated.connect(self._jump_to_fix)
        self.health_list.itemDoubleClicked.connect(self._jump_to_fix)
        layout.addWidget(self.health_list, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("双击一条问题可跳到要修改的成员或事项。")))
        row.addStretch(1)
        self.fix_button = QPushButton(icon("mdi6.wrench-outline"), self.tr("去修改"))
        self.fix_button.clicked.connect(lambda: self._jump_to_fix(self.health_list.currentItem()))
        row.addWidget(self.fix_button)
        layout.addLayout(row)
        return tab

    # -- page life ---------------------------------------------------------------------------

    def nav_title(self) -> str:
        return self.tr("危机通讯录")

    def wants(self, changes: Changes) -> bool:
        return changes.roster

    def refresh(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return
        writable = not workspace.read_only
        for widget in (
            self.new_button,
            self.import_button,
            self.save_button,
            self.delete_button,
            self.verify_button,
            self.reset_button,
            self.add_role_button,
            self.stale_spin,
        ):
            widget.setEnabled(writable)
        keep = self.current_person_id
        self.people_model.reload()
        self.people_view.resizeColumnsToContents()
        self.people_empty.setVisible(not self.people_model.people)
        self.matrix_model.reload()
        self._refresh_health()
        self._fill_role_and_backup_choices()
        if keep is not None and self.people_model.row_of(keep) >= 0:
            self.select_person(keep)
        elif self.people_model.people:
            self.select_person(self.people_model.people[0]["id"])
        else:
            self._load_person(None)
        self._update_matrix_note()

    def set_stale_days(self, days: int) -> None:
        workspace = self.ctx.require_workspace()
        if workspace.read_only or days == roster.stale_days(workspace):
            return
        self.ctx.bus.publish(roster.set_stale_days(workspace, days), self)
        self._refresh_health()

    def _refresh_health(self) -> None:
        report = roster.health(self.ctx.require_workspace())
        self.stale_spin.blockSignals(True)
        self.stale_spin.setValue(report.stale_days)
        self.stale_spin.blockSignals(False)
        self.findings = report.findings
        self.people_model.stale_ids = {
            f.person_id for f in report.findings if f.code == "stale_contact" and f.person_id
        }
        self.health_list.clear()
        summary = report.as_dict()
        for finding in report.findings:
            error = finding.severity == "error"
            item = QListWidgetItem(
                icon("mdi6.alert-circle", color="#d32f2f" if error else "#f57c00"),
                f"{finding.message}\n    → {finding.fix}",
            )
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.health_list.addItem(item)
        if not report.findings:
            self.health_summary.setText(
                self.tr(
                    "通讯录健康：每个事项都有执行人和唯一的审批人，联系方式都在 {days} 天内核实过。"
                ).format(days=report.stale_days)
            )
            self.health_badge.setText(self.tr("✓ 健康"))
        else:
            self.health_summary.setText(
                self.tr("发现 {e} 个错误、{w} 个提醒。").format(
                    e=summary["errors"], w=summary["warnings"]
                )
            )
            self.health_badge.setText(
                self.tr("健康检查：{e} 错误 · {w} 提醒").format(
                    e=summary["errors"], w=summary["warnings"]
                )
            )
        count = len(report.findings)
        self.tabs.setTabText(
            TAB_HEALTH, self.tr("健康检查（{n}）").format(n=count) if count else self.tr("健康检查")
        )

    # -- people ------------------------------------------------------------------------------

    def _fill_role_and_backup_choices(self) -> None:
        workspace = self.ctx.require_workspace()
        self.roles_list.clear()
        for role in roster.roles(workspace):
            item = QListWidgetItem(vocab_text(role["name"]))
            item.setData(Qt.ItemDataRole.UserRole, role["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.roles_list.addItem(item)

    def add_role(self, name: str | None = None) -> int | None:
        """Roles are a workspace list: add one (e.g. 食品安全官) and tick it for this person."""
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("新增角色"), self.tr("角色名称"))
            if not ok:
                return None
        try:
            role_id = roster.add_role(self.ctx.require_workspace(), name).id
        except UserError as exc:
            show_error(self, self.tr("无法新增角色"), exc)
            return None
        checked = {
            self.roles_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.roles_list.count())
            if self.roles_list.item(i).checkState() == Qt.CheckState.Checked
        } | {role_id}
        self._fill_role_and_backup_choices()
        for i in range(self.roles_list.count()):
            item = self.roles_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in checked:
                item.setCheckState(Qt.CheckState.Checked)
        if self.matrix_model.mode == ResponsibilityMatrixModel.BY_ROLE:
            self.matrix_model.reload()
        return role_id

    def select_person(self, person_id: int) -> None:
        row = self.people_model.row_of(person_id)
        if row < 0:
            return
        index = self.people_model.index(row, 0)
        self.people_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.people_view.scrollTo(index)
        self._load_person(person_id)

    def _load_person(self, person_id: int | None) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return
        found = roster.person(workspace, person_id) if person_id is not None else None
        self.current_person_id = person_id if found else None
        person = found or {
            "name": "",
            "title": "",
            "department": "",
            "phone": "",
            "office_phone": "",
            "email": "",
            "wechat": "",
            "backup_id": None,
            "available": True,
            "availability_note": "",
            "verified_at": None,
            "notes": "",
            "role_ids": [],
        }
        self.editor_title.setText(person["name"] or self.tr("新成员"))
        for key, edit in self.fields.items():
            edit.setText(person[key] or "")
        for row in range(self.roles_list.count()):
            item = self.roles_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in person["role_ids"]
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.backup_combo.clear()
        self.backup_combo.addItem(self.tr("（无备用人）"), None)
        for other in self.people_model.people:
            if other["id"] != person_id:
                self.backup_combo.addItem(other["name"], other["id"])
        self.backup_combo.setCurrentIndex(max(self.backup_combo.findData(person["backup_id"]), 0))
        self.available_check.setChecked(bool(person["available"]))
        self.availability_note.setText(person["availability_note"])
        self.verified_label.setText((person["verified_at"] or "")[:10] or self.tr("从未核实"))
        self.notes_edit.setPlainText(person["notes"])
        self.delete_button.setEnabled(found is not None and not workspace.read_only)
        self.verify_button.setEnabled(found is not None and not workspace.read_only)

    def new_person(self) -> None:
        self.people_view.clearSelection()
        self._load_person(None)
        self.tabs.setCurrentIndex(TAB_PEOPLE)
        self.fields["name"].setFocus()

    def editor_values(self) -> tuple[dict[str, Any], list[int]]:
        fields: dict[str, Any] = {key: edit.text() for key, edit in self.fields.items()}
        fields["backup_id"] = self.backup_combo.currentData()
        fields["available"] = self.available_check.isChecked()
        fields["availability_note"] = self.availability_note.text().strip()
        fields["notes"] = self.notes_edit.toPlainText()
        role_ids = [
            self.roles_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.roles_list.count())
            if self.roles_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return fields, role_ids

    def save_person(self) -> bool:
        fields, role_ids = self.editor_values()
        try:
            person_id = roster.save_person(
                self.ctx.require_workspace(), self.current_person_id, fields, role_ids
            ).id
        except UserError as exc:
            show_error(self, self.tr("无法保存成员"), exc)
            return False
        self.current_person_id = person_id
        self.ctx.bus.publish(Changes.of_roster(), self)
        return True

    def delete_person(self) -> None:
        if self.current_person_id is None:
            return
        name = self.fields["name"].text()
        answer = QMessageBox.question(
            self,
            self.tr("删除成员"),
            self.tr(
                "删除 {name}？他/她在职责矩阵中的职责会一并删除，以他/她为备用人的成员将没有备用人。"
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        roster.delete_person(self.ctx.require_workspace(), self.current_person_id)
        self.current_person_id = None
        self.ctx.bus.publish(Changes.of_roster(), self)

    def mark_verified(self) -> None:
        if self.current_person_id is None:
            return
        roster.mark_verified(self.ctx.require_workspace(), self.current_person_id)
        self.ctx.bus.publish(Changes.of_roster(), self)

    # -- matrix ------------------------------------------------------------------------------

    def _matrix_selection_changed(self) -> None:
        self.matrix_model.set_matrix(
            self.scenario_combo.currentData() or "",
            self.severity_combo.currentData() or "",
            self.mode_combo.currentData(),
        )
        self._update_matrix_note()

    def _update_matrix_note(self) -> None:
        if not self.matrix_model.columns:
            self.matrix_note.setText(
                self.tr("先在“成员与联系方式”里添加成员，再在这里指定每个事项由谁执行、由谁审批。")
            )
            return
        inherited = sum(
            1
            for a in self.matrix_model.activities
            if self.matrix_model.view and self.matrix_model.view.inherited(a)
        )
        text = self.tr("双击单元格选择 R/A/C/I。每个事项恰好一个 A（设新的 A 会替换旧的）。")
        if inherited:
            text += self.tr("灰色行继承自上级矩阵（共 {n} 行），修改后在本矩阵中覆盖。").format(
                n=inherited
            )
        self.matrix_note.setText(text)

    def _matrix_edited(self, message: str) -> None:
        if message:
            self.shell.show_message(message, 6000)
        self._refresh_health()
        self._update_matrix_note()

    def reset_row(self) -> None:
        index = self.matrix_view.currentIndex()
        if not index.isValid():
            return
        try:
            roster.reset_row(
                self.ctx.require_workspace(),
                scenario=self.matrix_model.scenario,
                severity=self.matrix_model.severity,
                activity=self.matrix_model.activities[index.row()],
            )
        except UserError as exc:
            show_error(self, self.tr("无法恢复继承"), exc)
            return
        self.ctx.bus.publish(Changes.of_roster(), self)

    def select_matrix(self, scenario: str, severity: str, activity: str = "") -> None:
        self.scenario_combo.setCurrentIndex(max(self.scenario_combo.findData(scenario), 0))
        self.severity_combo.setCurrentIndex(max(self.severity_combo.findData(severity), 0))
        if activity in self.matrix_model.activities:
            row = self.matrix_model.activities.index(activity)
            self.matrix_view.selectRow(row)
            self.matrix_view.scrollTo(self.matrix_model.index(row, 0))

    # -- health ------------------------------------------------------------------------------

    def _jump_to_fix(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        finding: Finding = item.data(Qt.ItemDataRole.UserRole)
        if finding.activity:
            self.tabs.setCurrentIndex(TAB_MATRIX)
            self.select_matrix(finding.scenario, finding.level, finding.activity)
        elif finding.person_id is not None:
            self.tabs.setCurrentIndex(TAB_PEOPLE)
            self.select_person(finding.person_id)
        elif finding.code in ("no_people", "no_spokesperson"):
            self.tabs.setCurrentIndex(TAB_PEOPLE)
        else:
            self.tabs.setCurrentIndex(TAB_MATRIX)

    # -- card and Excel ----------------------------------------------------------------------

    def print_card(self, path: Path | None = None) -> Path | None:
        scenario = self.scenario_combo.currentData() or ""
        severity = self.severity_combo.currentData() or ""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("打印危机联络卡"),
                str(Path.home() / "危机联络卡.pdf"),
                self.tr("PDF 文件 (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_crisis_card(self.ctx.require_workspace(), path, scenario, severity)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("无法生成危机联络卡"), exc, self.tr("请换一个保存位置再试。"))
            return None
        self.shell.show_message(self.tr("已生成危机联络卡：{p}").format(p=path), 8000)
        return path

    def export_excel(self, path: Path | None = None) -> Path | None:
        if path is None:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("导出危机通讯录"))
            box.setText(
                self.tr(
                    "导出的文件包含成员的手机、微信等联系方式，电话不做遮盖——这是危机通讯录的用途。"
                )
            )
            box.setInformativeText(self.tr("请妥善保管，不要外发。导出会记入操作日志。"))
            box.setStandardButtons(
                QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
            )
            if box.exec() == QMessageBox.StandardButton.Cancel:
                return None
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("导出 Excel"),
                str(Path.home() / "危机通讯录.xlsx"),
                self.tr("Excel 文件 (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            result = roster.export_xlsx(self.ctx.require_workspace(), path)
        except (UserError, OSError) as exc:
            show_error(
                self,
                self.tr("导出失败"),
                exc,
                self.tr("请确认文件没有在 Excel 中打开，或换一个位置。"),
            )
            return None
        self.shell.show_message(
            self.tr("已导出 {n} 人到 {p}（含未遮盖的电话）").format(n=result.people, p=path), 8000
        )
        return path

    def import_excel(self, path: Path | None = None) -> Task | None:
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

    def _apply_import(self, path: Path, sheets: Any) -> None:
        try:
            workspaces.backup_before(self.ctx, "before-roster-import")
            result = roster.import_xlsx(self.ctx.require_workspace(), path, sheets=sheets)
        except UserError as exc:
            show_error(self, self.tr("无法导入"), exc)
            return
        self.last_import = result
        self.ctx.bus.publish(Changes.of_roster(), self)
        text = self.tr("新增 {i} 人，更新 {u} 人；职责矩阵 {c} 格。").format(
            i=result.people_inserted, u=result.people_updated, c=result.cells
        )
        if result.problems:
            text += "\n" + self.tr("跳过 {n} 行：").format(n=len(result.problems))
            text += "\n".join(
                self.tr("{sheet} 第 {row} 行：{reason}").format(
                    sheet=p["sheet"], row=p["row"], reason=p["reason"]
                )
                for p in result.problems[:10]
            )
        QMessageBox.information(self, self.tr("导入完成"), text)
