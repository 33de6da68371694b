"""The case view's 概况 tab: the case's fields, and who the roster says to inform."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.case_vocab import CASE_NATURES, CAUSES
from desktop.core.vocab import SCENARIOS
from desktop.services import cases
from desktop.ui.cases.dialogs import DetectedReasonDialog, combo, iso_from, qdatetime_of
from desktop.ui.cases.panel import CaseHost, CasePanel
from desktop.ui.labels import joined


class OverviewPanel(CasePanel):
    def __init__(self, host: CaseHost) -> None:
        super().__init__(host)
        row = QHBoxLayout(self)
        form = QFormLayout()
        self.f_title = QLineEdit()
        self.f_scenario = combo(SCENARIOS)
        self.f_cause = combo(CAUSES, blank="—")
        self.f_nature = combo(CASE_NATURES, blank="—")
        self.f_platforms = QLineEdit()
        self.f_platforms.setPlaceholderText(self.tr("如：微博、小红书、大众点评"))
        self.f_regions = QLineEdit()
        self.f_media = QLineEdit()
        self.f_media.setPlaceholderText(self.tr("介入的媒体、大V"))
        self.f_owner = QLineEdit()
        # a date-time editor, never free text: the clock cannot start at "11月3日 下午"
        self.f_detected = QDateTimeEdit()
        self.f_detected.setCalendarPopup(True)
        self.f_detected.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.f_detected.setToolTip(
            self.tr("响应时钟从这里开始；从舆情新建的案例取最早一条舆情的发布时间")
        )
        self._detected_shown = ""
        self.f_summary = QPlainTextEdit()
        self.f_summary.setMinimumHeight(110)
        form.addRow(self.tr("标题"), self.f_title)
        form.addRow(self.tr("场景"), self.f_scenario)
        form.addRow(self.tr("起因"), self.f_cause)
        form.addRow(self.tr("性质"), self.f_nature)
        form.addRow(self.tr("平台"), self.f_platforms)
        form.addRow(self.tr("地区"), self.f_regions)
        form.addRow(self.tr("媒体"), self.f_media)
        form.addRow(self.tr("负责人"), self.f_owner)
        form.addRow(self.tr("发现时间"), self.f_detected)
        form.addRow(self.tr("摘要"), self.f_summary)
        self.save_fields_button = QPushButton(self.tr("保存"))
        self.save_fields_button.setProperty("primary", True)
        self.save_fields_button.clicked.connect(self.save_fields)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_fields_button)
        form.addRow("", save_row)
        row.addLayout(form, 3)
        side = QVBoxLayout()
        self.inform_label = QLabel()
        self.inform_label.setWordWrap(True)
        self.inform_label.setTextFormat(Qt.TextFormat.RichText)
        self.inform_label.setObjectName("card")
        self.inform_label.setMargin(12)
        self.inform_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.inform_label)
        side.addStretch(1)
        row.addLayout(side, 2)

    def write_widgets(self) -> list[QWidget]:
        return [self.save_fields_button]

    def show_detail(self, detail: cases.CaseDetail) -> None:
        case = detail.case
        self.f_title.setText(case["title"])
        self.f_scenario.setCurrentIndex(max(0, self.f_scenario.findData(case["scenario"])))
        self.f_cause.setCurrentIndex(max(0, self.f_cause.findData(case["cause"])))
        self.f_nature.setCurrentIndex(max(0, self.f_nature.findData(case["nature"])))
        self.f_platforms.setText(case["scope_platforms"])
        self.f_regions.setText(case["scope_regions"])
        self.f_media.setText(case["scope_media"])
        self.f_owner.setText(case["owner"])
        shown = qdatetime_of(case.get("detected_at")) or qdatetime_of(case.get("opened_at"))
        if shown is not None:
            self.f_detected.setDateTime(shown)
        self._detected_shown = iso_from(self.f_detected)
        self.f_summary.setPlainText(case["summary"])
        self.inform_label.setText(self._inform_html(detail.inform))

    def _inform_html(self, inform: cases.Inform) -> str:
        def names(people: list[Any]) -> str:
            return joined(p["name"] for p in people) or self.tr("（危机通讯录未指定）")

        # tr() outside the f-string: pyside6-lupdate does not look inside f-strings (the
        # reason these words were missing from the .ts files and stayed Chinese in English)
        heading = self.tr("按本案场景和级别，需要通知：")
        rows = [
            (self.tr("知会（I）："), inform["informed"]),
            (self.tr("负责内部通知（R）："), inform["responsible"]),
            (self.tr("审批内部通知（A）："), inform["accountable"]),
            (self.tr("审批声明："), inform["statement_approvers"]),
        ]
        return f"<b>{heading}</b><br/>" + "<br/>".join(
            f"{label}{names(people)}" for label, people in rows
        )

    def save_fields(self) -> None:
        values = {
            "title": self.f_title.text().strip(),
            "scenario": self.f_scenario.currentData(),
            "cause": self.f_cause.currentData(),
            "nature": self.f_nature.currentData(),
            "scope_platforms": self.f_platforms.text().strip(),
            "scope_regions": self.f_regions.text().strip(),
            "scope_media": self.f_media.text().strip(),
            "owner": self.f_owner.text().strip(),
            "summary": self.f_summary.toPlainText().strip(),
        }
        detected = iso_from(self.f_detected)
        if detected != self._detected_shown:  # the user moved the clock's start: ask why
            dialog = DetectedReasonDialog(
                self,
                self._detected_shown[:16].replace("T", " "),
                detected[:16].replace("T", " "),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values["detected_at"] = detected
            values["reason"] = dialog.text()
        case_id = self.case_id
        self.host.write(
            self.tr("保存失败"),
            lambda: cases.update_case(self.host.workspace, case_id, **values),
        )
