"""Start a drill: from a scripted scenario, a reference case or a past case of this
workspace; its level and how fast the clock runs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop.core.drill_clock import DEFAULT_SPEED, MAX_SPEED, MIN_SPEED
from desktop.core.severity import LEVELS
from desktop.core.vocab import SEVERITY_NUMERALS
from desktop.services import drills
from desktop.ui.labels import vocab_label


class StartDrillDialog(QDialog):
    """`values()` gives (kind, ref, level, speed) on Accepted."""

    def __init__(self, parent: QWidget | None, workspace: drills.Workspace) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("开始演练"))
        self.setMinimumWidth(560)
        self.sources = drills.describe_sources(workspace)
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "演练在一个单独的演练副本里进行：舆情按压缩的时钟逐条到来，"
                "团队像真实案例一样研判、写暂缓声明、审批、发内部通知。"
                "正式工作区在演练中不会被改动，结束时只记录一条演练总结。"
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("drill_kind")
        kinds = {
            "scenario": self.tr("演练脚本"),
            "reference": self.tr("参考案例"),
            "case": self.tr("本工作区的历史案例"),
        }
        for key, label in kinds.items():
            self.kind_combo.addItem(label, key)
        form.addRow(self.tr("来源"), self.kind_combo)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("drill_source")
        form.addRow(self.tr("内容"), self.source_combo)
        self.empty_label = QLabel(self.tr("本工作区还没有案例；可以先用演练脚本或参考案例。"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #b45309;")
        form.addRow(self.empty_label)
        self.level_combo = QComboBox()
        for level in reversed(LEVELS):  # I first
            self.level_combo.addItem(self.tr("{n}级").format(n=SEVERITY_NUMERALS[level]), level)
        form.addRow(self.tr("级别"), self.level_combo)
        self.speed_spin = QDoubleSpinBox()
        self.speed_spin.setRange(MIN_SPEED, MAX_SPEED)
        self.speed_spin.setDecimals(0)
        self.speed_spin.setValue(DEFAULT_SPEED)
        self.speed_spin.setSuffix(self.tr(" 倍"))
        self.speed_label = QLabel()
        form.addRow(self.tr("速度"), self.speed_spin)
        form.addRow("", self.speed_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("开始演练"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind_combo.currentIndexChanged.connect(self._fill_sources)
        self.source_combo.currentIndexChanged.connect(self._source_chosen)
        self.speed_spin.valueChanged.connect(self._show_speed)
        self._fill_sources()
        self._show_speed()

    def _fill_sources(self) -> None:
        kind = self.kind_combo.currentData()
        found: list[dict[str, Any]] = self.sources.get(kind, [])
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for item in found:
            scenario = vocab_label("SCENARIOS", item["scenario"])
            label = self.tr("{title}（{scenario}）").format(title=item["title"], scenario=scenario)
            self.source_combo.addItem(label, item)
        self.source_combo.blockSignals(False)
        self.empty_label.setVisible(kind == "case" and not found)
        self.ok_button.setEnabled(bool(found))
        self._source_chosen()

    def _source_chosen(self) -> None:
        item = self.source_combo.currentData()
        if not item:
            return
        kind = self.kind_combo.currentData()
        level = ""
        if kind == "scenario":
            level = next((s["level"] for s in drills.scenarios() if s["key"] == item["ref"]), "")
        index = self.level_combo.findData(level or "II")
        self.level_combo.setCurrentIndex(max(0, index))

    def _show_speed(self) -> None:
        minutes = 60 / max(1.0, self.speed_spin.value())
        self.speed_label.setText(
            self.tr("演练中 1 小时 = 实际 {m} 分钟").format(
                m=f"{minutes:.1f}".rstrip("0").rstrip(".")
            )
        )

    def choose(self, kind: str, ref: str) -> None:
        """Select a source (tests, and the plans page's "drill this plan")."""
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        for row in range(self.source_combo.count()):
            if self.source_combo.itemData(row)["ref"] == ref:
                self.source_combo.setCurrentIndex(row)
                return

    def values(self) -> tuple[str, str, str, float]:
        item = self.source_combo.currentData() or {"ref": ""}
        return (
            str(self.kind_combo.currentData()),
            str(item["ref"]),
            str(self.level_combo.currentData()),
            float(self.speed_spin.value()),
        )
