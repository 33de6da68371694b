"""Qt models of the roster page: the people table and the responsibility matrix grid."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from desktop.core.vocab import ACTIVITIES
from desktop.services import roster
from desktop.services.context import AppContext
from desktop.ui.labels import joined, matrix_label, vocab_label, vocab_labels, vocab_text

Index = QModelIndex | QPersistentModelIndex
RACI_COLOURS = {
    "A": QColor("#fde68a"),
    "R": QColor("#bfdbfe"),
    "C": QColor("#e9d5ff"),
    "I": QColor("#e5e7eb"),
}
INHERITED_TEXT = QColor("#9ca3af")

CellEdit = Callable[[], roster.CellChange]
# Runs a cell edit as the UI runs every write (an Operation): the change, or None if refused.
RunEdit = Callable[[CellEdit], roster.CellChange | None]


class PeopleTableModel(QAbstractTableModel):
    """One row per person: name, roles, phone, backup, availability, last verified."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.people: list[roster.Person] = []
        self.role_names: dict[int, str] = {}
        self.stale_ids: set[int] = set()
        self.headers = [
            QCoreApplication.translate("roster", "姓名"),
            QCoreApplication.translate("roster", "职务"),
            QCoreApplication.translate("roster", "危机角色"),
            QCoreApplication.translate("roster", "手机"),
            QCoreApplication.translate("roster", "备用人"),
            QCoreApplication.translate("roster", "状态"),
            QCoreApplication.translate("roster", "最近核实"),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            self.people, self.role_names = [], {}
        else:
            self.people = roster.people(workspace)
            self.role_names = {r["id"]: vocab_text(r["name"]) for r in roster.roles(workspace)}
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if (parent is not None and parent.isValid()) else len(self.people)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if (parent is not None and parent.isValid()) else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def person_id(self, row: int) -> int | None:
        return self.people[row]["id"] if 0 <= row < len(self.people) else None

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self.people) if p["id"] == person_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.people)):
            return None
        person = self.people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            names = {p["id"]: p["name"] for p in self.people}
            values = [
                person["name"],
                person["title"],
                joined(self.role_names.get(r, "?") for r in person["role_ids"]),
                person["phone"] or person["office_phone"],
                names.get(person["backup_id"], "")
                if person["backup_id"]
                else QCoreApplication.translate("roster", "（无）"),
                QCoreApplication.translate("roster", "在岗")
                if person["available"]
                else QCoreApplication.translate("roster", "不在岗"),
                (person["verified_at"] or QCoreApplication.translate("roster", "从未"))[:10],
            ]
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 5 and not person["available"]:
                return QBrush(QColor("#b91c1c"))
            if column == 6 and person["id"] in self.stale_ids:
                return QBrush(QColor("#c2410c"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and person["availability_note"]:
            return person["availability_note"]
        return None


class ResponsibilityMatrixModel(QAbstractTableModel):
    """Rows = activities, columns = people (or roles), cells = R/A/C/I, edited in place.

    Rows the chosen matrix inherits are shown grey with where they come from; editing one
    copies it into this matrix first (services/roster.set_cell). Edits go through `run_edit`
    (the tab's Operation), which shows a refusal and publishes the change.
    """

    edited = Signal(str)  # a message for the user ("" when nothing special happened)

    BY_PERSON = "person"
    BY_ROLE = "role"

    def __init__(self, ctx: AppContext, parent: Any = None, *, run_edit: RunEdit) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_edit = run_edit
        self.activities = list(ACTIVITIES)
        self.columns: list[tuple[str, int, str]] = []  # (kind, id, name)
        self.scenario = ""
        self.severity = ""
        self.mode = self.BY_PERSON
        self.view: roster.MatrixView | None = None
        self.role_members: dict[int, list[int]] = {}
        self.role_names: dict[int, str] = {}

    # -- loading -----------------------------------------------------------------------------

    def set_matrix(self, scenario: str, severity: str, mode: str | None = None) -> None:
        self.scenario, self.severity = scenario, severity
        if mode:
            self.mode = mode
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            self.columns, self.view = [], None
        else:
            roles = roster.roles(workspace)
            self.role_names = {r["id"]: vocab_text(r["name"]) for r in roles}
            people = roster.people(workspace)
            self.role_members = {}
            for person in people:
                for role_id in person["role_ids"]:
                    self.role_members.setdefault(role_id, []).append(person["id"])
            if self.mode == self.BY_ROLE:
                self.columns = [("role", r["id"], vocab_text(r["name"])) for r in roles]
            else:
                self.columns = [("person", p["id"], p["name"]) for p in people]
            self.view = roster.matrix(workspace, self.scenario, self.severity)
        self.endResetModel()

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return (
            0
            if (parent is not None and parent.isValid()) or self.view is None
            else len(self.activities)
        )

    def columnCount(self, parent: Index | None = None) -> int:
        return (
            0
            if (parent is not None and parent.isValid()) or self.view is None
            else len(self.columns)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not (0 <= section < len(self.columns)):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section][2]
            return None
        if not (0 <= section < len(self.activities)) or self.view is None:
            return None
        activity = self.activities[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return vocab_label("ACTIVITIES", activity)
        if role == Qt.ItemDataRole.ForegroundRole and self.view.inherited(activity):
            return QBrush(INHERITED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.source_text(activity)
        return None

    def source_text(self, activity: str) -> str:
        if self.view is None:
            return ""
        source = self.view.sources.get(activity)
        if source is None:
            return QCoreApplication.translate("roster", "尚未指定任何人")
        if self.view.inherited(activity):
            return QCoreApplication.translate(
                "roster", "继承自：{where}（修改任一格即在本矩阵中覆盖整行）"
            ).format(where=matrix_label(*source))
        return QCoreApplication.translate("roster", "本矩阵：{where}").format(
            where=matrix_label(self.scenario, self.severity)
        )

    def _cell(self, index: Index) -> tuple[str, str]:
        """(raci, via) of a cell: via is a role name when a person holds it through a role."""
        if self.view is None:
            return "", ""
        activity = self.activities[index.row()]
        kind, holder_id, _name = self.columns[index.column()]
        raci = self.view.raci(activity, kind, holder_id)
        if raci or kind != "person":
            return raci, ""
        for cell in self.view.rows.get(activity, []):
            if cell.role_id is not None and holder_id in self.role_members.get(cell.role_id, []):
                return cell.raci, self.role_names.get(cell.role_id, "?")
        return "", ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or self.view is None
            or not (0 <= index.row() < len(self.activities))
            or not (0 <= index.column() < len(self.columns))
        ):
            return None
        raci, via = self._cell(index)
        activity = self.activities[index.row()]
        inherited = self.view.inherited(activity)
        if role == Qt.ItemDataRole.DisplayRole:
            if via:
                return f"({raci})"
            return raci
        if role == Qt.ItemDataRole.EditRole:
            return "" if via else raci
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and raci and not via and not inherited:
            return QBrush(RACI_COLOURS[raci])
        if role == Qt.ItemDataRole.ForegroundRole and (inherited or via):
            return QBrush(INHERITED_TEXT)
        if role == Qt.ItemDataRole.FontRole and raci == "A":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{vocab_label('ACTIVITIES', activity)} · {self.columns[index.column()][2]}"]
            if raci:
                parts.append(f"{raci} = {vocab_label('RACI', raci)}")
            if via:
                parts.append(
                    QCoreApplication.translate("roster", "通过角色“{role}”").format(role=via)
                )
            parts.append(self.source_text(activity))
            return "\n".join(parts)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        workspace = self.ctx.workspace
        if workspace is not None and not workspace.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.view is None:
            return False
        workspace = self.ctx.workspace
        if workspace is None or workspace.read_only:
            return False
        raci = str(value or "").strip().upper()[:1]
        if raci == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        activity = self.activities[index.row()]
        kind, holder_id, _name = self.columns[index.column()]
        scenario, severity = self.scenario, self.severity
        change = self.run_edit(
            lambda: roster.set_cell(
                workspace,
                scenario=scenario,
                severity=severity,
                activity=activity,
                person_id=holder_id if kind == "person" else None,
                role_id=holder_id if kind == "role" else None,
                raci=raci,
            )
        )
        if change is None:
            return False
        self.view = roster.matrix(workspace, self.scenario, self.severity)
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        self.edited.emit(change.message)
        return True


class RaciDelegate(QStyledItemDelegate):
    """A combo box with R/A/C/I and 'empty' for a matrix cell."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("roster", "（空）"), "")
        for key, name in vocab_labels("RACI").items():
            combo.addItem(f"{key} {name}", key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole) or ""
            editor.setCurrentIndex(max(editor.findData(value), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
