"""The case view's 关联舆情 tab: the linked mentions, linking by a search, unlinking."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.mention_filter import MentionFilter
from desktop.services import cases
from desktop.ui.cases.models import LinkedMentionsTableModel
from desktop.ui.cases.panel import CaseHost, CasePanel
from desktop.ui.cases.widgets import table
from desktop.ui.dialogs import show_error


class MentionsPanel(CasePanel):
    def __init__(self, host: CaseHost) -> None:
        super().__init__(host)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.mentions_summary = QLabel()
        self.link_search = QLineEdit()
        self.link_search.setPlaceholderText(self.tr("搜索词，如：钢丝 徐汇"))
        self.link_search.setMaximumWidth(260)
        self.link_button = QPushButton(self.tr("关联符合搜索的舆情"))
        self.link_button.clicked.connect(self.link_by_search)
        self.unlink_button = QPushButton(self.tr("取消关联选中"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        bar.addWidget(self.mentions_summary, 1)
        bar.addWidget(self.link_search)
        bar.addWidget(self.link_button)
        bar.addWidget(self.unlink_button)
        layout.addLayout(bar)
        self.mentions_model = LinkedMentionsTableModel(self)
        self.mentions_table = table(self.mentions_model)
        self.mentions_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.mentions_table, 1)
        self.mentions_empty = QLabel(
            self.tr(
                "还没有关联舆情。在“舆情台账”选中条目，右键“关联到案例…”，或在上方输入搜索词关联。"
            )
        )
        self.mentions_empty.setObjectName("emptyState")
        self.mentions_empty.setWordWrap(True)
        layout.addWidget(self.mentions_empty)

    def write_widgets(self) -> list[QWidget]:
        return [self.link_button, self.unlink_button]

    def show_detail(self, detail: cases.CaseDetail) -> None:
        counts = detail.mention_counts
        self.mentions_model.set_rows(detail.mentions)
        self.mentions_table.resizeColumnsToContents()
        self.mentions_table.setColumnWidth(6, 520)
        self.mentions_summary.setText(
            self.tr("共 {n} 条：负面 {neg}、中性 {neu}、正面 {pos}；粉丝合计 {reach:,}").format(
                n=counts["total"],
                neg=counts["neg"],
                neu=counts["neu"],
                pos=counts["pos"],
                reach=detail.reach["followers_sum"],
            )
        )
        self.mentions_empty.setVisible(counts["total"] == 0)
        self.mentions_table.setVisible(counts["total"] > 0)

    def tab_title(self, detail: cases.CaseDetail) -> str:
        return self.tr("关联舆情（{n}）").format(n=detail.mention_counts["total"])

    def link_by_search(self) -> None:
        text = self.link_search.text().strip()
        if not text:
            show_error(
                self, self.tr("关联舆情"), self.tr("请先输入搜索词。"), self.tr("例如：钢丝 徐汇店")
            )
            return
        case_id = self.case_id
        self.host.write(
            self.tr("关联失败"),
            lambda: cases.link_matching(self.host.workspace, case_id, MentionFilter(search=text)),
        )

    def unlink_selected(self) -> None:
        rows = {i.row() for i in self.mentions_table.selectionModel().selectedRows()}
        ids = [self.mentions_model.rows[r]["id"] for r in rows]
        if not ids:
            show_error(
                self,
                self.tr("取消关联"),
                self.tr("没有选中舆情。"),
                self.tr("先在表格里选中要取消关联的条目。"),
            )
            return
        case_id = self.case_id
        self.host.write(
            self.tr("取消关联失败"),
            lambda: cases.unlink_mentions(self.host.workspace, case_id, ids),
        )
