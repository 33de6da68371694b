"""预警设置: the thresholds of every alert kind (workspace setting `alert_settings`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import alert_vocab as vocab
from desktop.ui.listening.labels import alert_kind_label


class AlertSettingsDialog(QDialog):
    """One box per kind: switched on, and its numbers; `values()` is what to save."""

    def __init__(self, current: dict[str, dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("预警设置"))
        self.current = current
        self.enabled: dict[str, QCheckBox] = {}
        self.fields: dict[tuple[str, str], QSpinBox | QDoubleSpinBox | QComboBox] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "按舆情自己的发布时间计算：每次导入后、以及页面打开时每隔几分钟检查一次。"
                "负面按“已确认 + 模型有把握的建议”计数。"
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("pageSubtitle")
        layout.addWidget(intro)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        spike = self.tr("最近 1 小时 ≥ 基线平均的")
        for kind in (vocab.NEGATIVE_SPIKE, vocab.GROUP_SPIKE):
            form = self._box(layout, kind)
            form.addRow(spike, self._double(kind, "ratio", 1.0, 20.0, self.tr(" 倍")))
            form.addRow(
                self.tr("并且至少多出"), self._int(kind, "min_above", 1, 100_000, self.tr(" 条"))
            )
            baseline = QComboBox()
            baseline.addItem(self.tr("过去 12 小时"), 12)
            baseline.addItem(self.tr("过去 7 天"), 168)
            baseline.setCurrentIndex(max(baseline.findData(current[kind]["baseline_hours"]), 0))
            self.fields[(kind, "baseline_hours")] = baseline
            form.addRow(self.tr("基线"), baseline)
        form = self._box(layout, vocab.INFLUENCER)
        form.addRow(
            self.tr("作者粉丝 ≥"),
            self._int(vocab.INFLUENCER, "min_followers", 0, 1_000_000_000, "", step=10_000),
        )
        form.addRow(QLabel(self.tr("表格里有“媒体/认证”列时，媒体或认证账号的负面也算。")))
        form = self._box(layout, vocab.SENSITIVE)
        form.addRow(
            self.tr("同一小时命中 ≥"),
            self._int(vocab.SENSITIVE, "min_mentions", 1, 10_000, self.tr(" 条")),
        )
        form = self._box(layout, vocab.RESPONSE_BREACH)
        form.addRow(QLabel(self.tr("回复时限在舆情台账的设置里修改。")))
        form = self._box(layout, vocab.CASE_CLOCK)
        form.addRow(
            self.tr("离时限不到"),
            self._int(vocab.CASE_CLOCK, "warn_minutes", 1, 240, self.tr(" 分钟")),
        )
        general = QFormLayout()
        general.addRow(
            self.tr("回看"), self._int("general", "lookback_hours", 1, 24 * 30, self.tr(" 小时"))
        )
        layout.addLayout(general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _box(self, _layout: QVBoxLayout, kind: str) -> QFormLayout:
        """A group box for the kind, two to a row."""
        box = QGroupBox(alert_kind_label(kind))
        form = QFormLayout(box)
        check = QCheckBox(self.tr("启用"))
        check.setChecked(bool(self.current[kind]["enabled"]))
        self.enabled[kind] = check
        form.addRow(check)
        placed = len(self.enabled) - 1
        self.grid.addWidget(box, placed // 2, placed % 2)
        return form

    def _int(
        self, kind: str, key: str, low: int, high: int, suffix: str, step: int = 1
    ) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setGroupSeparatorShown(True)
        spin.setSuffix(suffix)
        spin.setValue(int(self.current[kind][key]))
        self.fields[(kind, key)] = spin
        return spin

    def _double(self, kind: str, key: str, low: float, high: float, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setSuffix(suffix)
        spin.setValue(float(self.current[kind][key]))
        self.fields[(kind, key)] = spin
        return spin

    def values(self) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {k: dict(v) for k, v in self.current.items()}
        for kind, check in self.enabled.items():
            result[kind]["enabled"] = check.isChecked()
        for (kind, key), widget in self.fields.items():
            result[kind][key] = (
                widget.currentData() if isinstance(widget, QComboBox) else widget.value()
            )
        return result
