"""The case view's 级别研判 tab: the system's suggestion with its factors, and the level the
user sets with a reason."""

from __future__ import annotations

from html import escape
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
        unset = self.tr("未定级")  # outside the f-string, where lupdate sees it
        self.set_chip.setText(f" {SEVERITY_NUMERALS.get(case['severity'], unset)} ")
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
            f"<tr><td><b>{escape(self._label(f))}</b></td><td>{escape(self._value(f))}</td>"
            f"<td align='center'>{f['points']}/{f['max_points']}</td>"
            f"<td>{escape(self._explanation(f))}</td></tr>"
            for f in factors
        )
        notes = "".join(f"<p>⚠ {escape(n)}</p>" for n in self._notes(suggestion))
        intro = self.tr("系统按五个因素打分（每项 0–3 分），合计 {score} 分。").format(
            score=suggestion.get("score", 0)
        )
        factor, value, points, why = (
            self.tr("因素"),
            self.tr("数值"),
            self.tr("得分"),
            self.tr("说明"),
        )
        return (
            f"<p>{intro}</p>"
            f"<table cellspacing='6'><tr><th align='left'>{factor}</th><th align='left'>{value}</th>"
            f"<th>{points}</th><th align='left'>{why}</th></tr>{rows}</table>{notes}"
        )

    # The words of a factor, built here from its key and numbers (core.severity's `data`), so
    # they follow the UI language; a suggestion stored before factors had numbers keeps the
    # Chinese words it was stored with.

    def _names(self, names: list[Any]) -> str:
        return self.tr("、").join(str(name) for name in names)

    def _label(self, f: dict[str, Any]) -> str:
        labels = {
            "negative_volume": self.tr("负面声量"),
            "reach": self.tr("传播范围"),
            "velocity": self.tr("传播速度"),
            "first_two_hours": self.tr("头 2 小时"),
            "sensitive_words": self.tr("敏感词"),
        }
        return labels.get(f.get("key", ""), str(f.get("label", "")))

    def _value(self, f: dict[str, Any]) -> str:
        data, key = f.get("data"), f.get("key")
        if not isinstance(data, dict) or not data:
            return str(f.get("value", ""))
        if key == "negative_volume":
            return self._negatives(data)
        if key == "reach":
            return self.tr("{n} 粉丝").format(n=f"{data['reach_sum']:,}")
        if key == "velocity":
            return self.tr("峰值 {n} 条/小时").format(n=data["peak"])
        if key == "first_two_hours":
            return self.tr("{n} 条").format(n=data["count"])
        if key == "sensitive_words":
            return self.tr("{n} 个").format(n=data["words"])
        return str(f.get("value", ""))

    def _explanation(self, f: dict[str, Any]) -> str:
        data, key = f.get("data"), f.get("key")
        if not isinstance(data, dict) or not data:
            return str(f.get("explanation", ""))
        if key == "negative_volume":
            a, b, c = data["tiers"]
            return self.tr("（{a}/{b}/{c} 条起各加 1 分）").format(a=a, b=b, c=c)
        if key == "velocity":
            a, b, c = data["tiers"]
            return self.tr("（{a}/{b}/{c} 条/小时起各加 1 分）").format(a=a, b=b, c=c)
        if key == "first_two_hours":
            return self.tr("负面在最初 1–2 小时扩散最快")
        if key == "reach":
            why = [
                self.tr("粉丝合计 {total}，最大 {most}").format(
                    total=f"{data['reach_sum']:,}", most=f"{data['reach_max']:,}"
                )
            ]
            if data["influencers"]:
                why.append(
                    self.tr("大V（≥{n} 粉丝）：{names}").format(
                        n=f"{data['influencer_followers']:,}",
                        names=self._names(data["influencers"]),
                    )
                )
            if data["media_count"]:
                why.append(
                    self.tr("媒体/认证账号 {n} 个：{names}").format(
                        n=data["media_count"], names=self._names(data["media"])
                    )
                )
            return self.tr("；").join(why)
        if key == "sensitive_words":
            if not data["top"]:
                return self.tr("未发现敏感词")
            text = self.tr("{n} 条含敏感词：{words}").format(
                n=data["mentions"], words=self._names([f"{w}×{c}" for w, c in data["top"]])
            )
            if data["grave"]:
                text += self.tr("；严重词：{words}").format(words=self._names(data["grave"]))
            return text
        return str(f.get("explanation", ""))

    def _negatives(self, data: dict[str, Any]) -> str:
        """How many negatives; with any of the model's among them, which a person or the
        sheet confirmed and which the model suggests (a level must not rest on guesses
        unsaid)."""
        text = self.tr("{n} 条负面").format(n=data["negative"])
        suggested, weak = data.get("suggested", 0), data.get("not_counted", 0)
        if "confirmed" not in data or not (suggested or weak):
            return text  # all confirmed, or stored before sources were counted apart
        text += self.tr("（已确认 {c} 条，模型建议 {s} 条）").format(
            c=data["confirmed"], s=suggested
        )
        if weak:
            text += self.tr("；另有 {g} 条把握不足的模型判断未计入").format(g=weak)
        return text

    def _notes(self, suggestion: dict[str, Any]) -> list[str]:
        notes = [str(n) for n in suggestion.get("notes") or []]
        note_data = suggestion.get("note_data")
        if not isinstance(note_data, list) or len(note_data) != len(notes):
            return notes
        worded = []
        for note, data in zip(notes, note_data, strict=True):
            key = data.get("key") if isinstance(data, dict) else None
            if key == "small_volume":
                note = self.tr("负面仅 {n} 条（少于 {cap} 条），最高建议Ⅱ级，请人工研判").format(
                    n=data["negative"], cap=data["cap"]
                )
            elif key == "no_mentions":
                note = self.tr("还没有关联舆情：先从舆情台账关联相关条目")
            worded.append(note)
        return worded

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
