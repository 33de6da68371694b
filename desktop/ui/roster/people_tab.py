"""The 成员与联系方式 tab: the people table beside the editor of the selected person.

Saving, deleting, 已核实 and adding a role run as Operations; the page reloads the tab from
the published changes and keeps the edited person selected.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes, ChangesWithId
from desktop.services import roster
from desktop.services.context import AppContext
from desktop.ui.labels import vocab_text
from desktop.ui.operations import Operation
from desktop.ui.roster.models import PeopleTableModel
from desktop.ui.theme import icon

EMPTY_PERSON: MappingProxyType[str, Any] = MappingProxyType(
    {
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
        "role_ids": (),
    }
)


class PeopleTab(QSplitter):
    """People on the left, the selected (or new) person's details on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.ctx = ctx
        self.current_person_id: int | None = None
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 8, 0, 0)
        self.model = PeopleTableModel(ctx, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.load_person(self.model.person_id(current.row()))
        )
        self.empty_note = QLabel(
            self.tr("还没有成员。点“新增成员”添加危机小组，或用“导入 Excel”导入现成的通讯录。")
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setObjectName("pageSubtitle")
        left_layout.addWidget(self.empty_note)
        left_layout.addWidget(self.view, 1)
        self.addWidget(left)
        self.addWidget(self._build_editor())
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

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

    # -- showing -----------------------------------------------------------------------------

    def set_writable(self, writable: bool) -> None:
        for widget in (
            self.save_button,
            self.delete_button,
            self.verify_button,
            self.add_role_button,
        ):
            widget.setEnabled(writable)

    def reload(self) -> None:
        """Reload the people and roles; keep the selected person when they still exist."""
        keep = self.current_person_id
        self.model.reload()
        self.view.resizeColumnsToContents()
        self.empty_note.setVisible(not self.model.people)
        self._fill_roles()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_person(keep)
        elif self.model.people:
            self.select_person(self.model.people[0]["id"])
        else:
            self.load_person(None)

    def _fill_roles(self) -> None:
        self.roles_list.clear()
        for role in roster.roles(self.ctx.require_workspace()):
            item = QListWidgetItem(vocab_text(role["name"]))
            item.setData(Qt.ItemDataRole.UserRole, role["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.roles_list.addItem(item)

    def _checked_role_ids(self) -> list[int]:
        return [
            self.roles_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.roles_list.count())
            if self.roles_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        self.load_person(person_id)

    def load_person(self, person_id: int | None) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return
        found = roster.person(workspace, person_id) if person_id is not None else None
        self.current_person_id = person_id if found else None
        person: Any = found or EMPTY_PERSON
        self.editor_title.setText(person["name"] or self.tr("新成员"))
        for key, edit in self.fields.items():
            edit.setText(person[key] or "")
        for row in range(self.roles_list.count()):
            item = self.roles_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in person["role_ids"]
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.backup_combo.clear()
        self.backup_combo.addItem(self.tr("（无备用人）"), None)
        for other in self.model.people:
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
        self.view.clearSelection()
        self.load_person(None)
        self.fields["name"].setFocus()

    def editor_values(self) -> tuple[dict[str, Any], list[int]]:
        fields: dict[str, Any] = {key: edit.text() for key, edit in self.fields.items()}
        fields["backup_id"] = self.backup_combo.currentData()
        fields["available"] = self.available_check.isChecked()
        fields["availability_note"] = self.availability_note.text().strip()
        fields["notes"] = self.notes_edit.toPlainText()
        return fields, self._checked_role_ids()

    # -- writing -----------------------------------------------------------------------------

    def add_role(self, name: str | None = None) -> int | None:
        """Roles are a workspace list: add one (e.g. 食品安全官) and tick it for this person.

        Published on behalf of the roles list: the page then keeps the editor's unsaved input.
        """
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("新增角色"), self.tr("角色名称"))
            if not ok:
                return None
        workspace = self.ctx.require_workspace()
        checked = set(self._checked_role_ids())
        added = (
            Operation(self, self.ctx, lambda: roster.add_role(workspace, name))
            .titled(self.tr("无法新增角色"))
            .on_behalf_of(self.roles_list)
            .run()
        )
        if added is None:
            return None
        self._fill_roles()
        for i in range(self.roles_list.count()):
            item = self.roles_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in checked | {added.id}:
                item.setCheckState(Qt.CheckState.Checked)
        return added.id

    def save_person(self) -> bool:
        fields, role_ids = self.editor_values()
        workspace = self.ctx.require_workspace()

        def save() -> ChangesWithId:
            saved = roster.save_person(workspace, self.current_person_id, fields, role_ids)
            self.current_person_id = saved.id  # the reload keeps the saved person selected
            return saved

        return Operation(self, self.ctx, save).titled(self.tr("无法保存成员")).run() is not None

    def delete_person(self) -> None:
        if self.current_person_id is None:
            return
        person_id = self.current_person_id
        answer = QMessageBox.question(
            self,
            self.tr("删除成员"),
            self.tr(
                "删除 {name}？他/她在职责矩阵中的职责会一并删除，以他/她为备用人的成员将没有备用人。"
            ).format(name=self.fields["name"].text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self.ctx.require_workspace()

        def delete() -> Changes:
            deleted = roster.delete_person(workspace, person_id)
            self.current_person_id = None
            return deleted

        Operation(self, self.ctx, delete).titled(self.tr("无法删除成员")).run()

    def mark_verified(self) -> None:
        if self.current_person_id is None:
            return
        workspace = self.ctx.require_workspace()
        person_id = self.current_person_id
        Operation(self, self.ctx, lambda: roster.mark_verified(workspace, person_id)).titled(
            self.tr("无法记录核实")
        ).run()
