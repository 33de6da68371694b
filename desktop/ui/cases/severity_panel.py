"""The case view's 级别研判 tab: the system's suggestion with its factors, and the level the
user sets with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.vocab import SEVERITY_NUMERALS
from desktop.services import cases
from desktop.ui.cases.dialogs import SeverityDialog
from desktop.ui.cases.models import short_time
from desktop.ui.cases.panel import CaseHost, CasePanel
from desktop.ui.cases.widgets import severity_chip


class SeverityPanel(CasePanel):
    def __init__(self, host: CaseHost) -> None:
        super().__init__(host)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.suggested_chip = QLabel()
        self.set_chip = QLabel()
        self.set_reason = QLabel()
        self.set_reason.setWordWrap(True)
        for label, chip in (
            (self.tr("系统建议"), self.suggested_chip),
            (self.tr("已定级别"), self.set_chip),
        ):
            row = QHBoxLayout()
            row.addWidget(chip)
            row.addStretch(1)
            form.addRow(label, row)
        form.addRow(self.tr("定级理由"), self.set_reason)
        layout.addLayout(form)
        self.factors = QLabel()
        self.factors.setWordWrap(True)
        self.factors.setTextFormat(Qt.TextFormat.RichText)
        self.factors.setObjectName("card")
        self.factors.setMargin(12)
        layout.addWidget(self.factors)
        bar = QHBoxLayout()
        self.recompute_button = QPushButton(self.tr("重新计算建议"))
        self.recompute_button.clicked.connect(self.recompute)
        self.set_level_button = QPushButton(self.tr("定级…"))
        self.set_level_button.setProperty("primary", True)
        self.set_level_button.clicked.connect(self.set_level)
        bar.addWidget(self.recompute_button)
        bar.addWidget(self.set_level_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addStretch(1)

    def write_widgets(self) -> list[QWidget]:
        return [self.recompute_button, self.set_level_button]

    def show_detail(self, detail: cases.CaseDetail) -> None:
        case = detail.case
        suggestion = detail.suggestion
        suggested = suggestion.get("level", "")
        self.suggested_chip.setText(
            f" {SEVERITY_NUMERALS.get(suggested, '—')} "
            + (self.tr(" {n} 分").format(n=suggestion.get("score", 0)) if suggested else "")
        )
        self.suggested_chip.setStyleSheet(severity_chip(suggested))
        self.set_chip.setText(f" {SEVERITY_NUMERALS.get(case['severity'], self.tr('未定级'))} ")
        self.set_chip.setStyleSheet(severity_chip(case["severity"]))
        by = (
            self.tr("（{user} {time}）").format(
                user=case["severity_set_by"], time=short_time(case["severity_set_at"])
            )
            if case["severity"]
            else ""
        )
        self.set_reason.setText(
            (case["severity_reason"] or self.tr("尚未人工定级：参考系统建议，写明理由后定级。"))
            + by
        )
        self.factors.setText(self._factors_html(suggestion))

    def _factors_html(self, suggestion: dict[str, Any]) -> str:
        factors = suggestion.get("factors") or []
        if not factors:
            return self.tr("还没有关联舆情，无法给出建议。先从舆情台账关联相关条目。")
        rows = "".join(
            f"<tr><td><b>{f['label']}</b></td><td>{f['value']}</td>"
            f"<td align='center'>{f['points']}/{f['max_points']}</td><td>{f['explanation']}</td></tr>"
            for f in factors
        )
        notes = "".join(f"<p>⚠ {n}</p>" for n in suggestion.get("notes") or [])
        return (
            f"<p>{self.tr('系统按五个因素打分（每项 0–3 分），合计 {score} 分。').format(score=suggestion.get('score', 0))}</p>"
            f"<table cellspacing='6'><tr><th align='left'>{self.tr('因素')}</th><th align='left'>{self.tr('数值')}</th>"
            f"<th>{self.tr('得分')}</th><th align='left'>{self.tr('说明')}</th></tr>{rows}</table>{notes}"
        )

    def recompute(self) -> None:
        case_id = self.case_id
        self.host.write(
            self.tr("计算失败"), lambda: cases.recompute_suggestion(self.host.workspace, case_id)
        )

    def set_level(self) -> None:
        case = self.detail.case
        dialog = SeverityDialog(self, case["severity"], case["suggested_severity"])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        level, reason = dialog.level.currentData(), dialog.reason.toPlainText()
        case_id = self.case_id
        self.host.write(
            self.tr("不能定级"),
            lambda: cases.set_severity(self.host.workspace, case_id, level, reason),
        )
