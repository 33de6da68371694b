"""Dialogs of the cases page: new case, reference library, link to case, timeline event,
level, statement, approver, follow-up action."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.case_vocab import EVENT_KINDS, STATEMENT_CHANNELS, STATEMENT_KINDS
from desktop.core.kb_vocab import LANGUAGE_LABELS
from desktop.core.vocab import SCENARIOS, SEVERITIES, SEVERITY_NUMERALS
from desktop.services.cases import fill_placeholder_defaults, reference_cases
from desktop.ui.labels import vocab_label, vocab_text


def combo(choices: dict[str, str], current: str = "", *, blank: str | None = None) -> QComboBox:
    box = QComboBox()
    if blank is not None:
        box.addItem(blank, "")
    for key, label in choices.items():
        box.addItem(vocab_text(label), key)
    index = box.findData(current)
    if index >= 0:
        box.setCurrentIndex(index)
    return box


def iso_from(edit: QDateTimeEdit) -> str:
    moment = edit.dateTime().toPython()
    if isinstance(moment, datetime) and moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("CaseDialogs", "取消")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NewCaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建案例"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.title = QLineEdit(title)
        self.title.setPlaceholderText(self.tr("例如：徐汇店沙拉碗钢丝事件"))
        self.scenario = combo(SCENARIOS, "other")
        self.detected = QDateTimeEdit(QDateTime.currentDateTime())
        self.detected.setCalendarPopup(True)
        self.detected.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("发生了什么？谁最先发帖，在哪个平台？"))
        self.summary.setFixedHeight(90)
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.tr("场景"), self.scenario)
        form.addRow(self.tr("发现时间"), self.detected)
        form.addRow(self.tr("摘要"), self.summary)
        self.buttons = _buttons(self, self.tr("新建"))
        form.addRow(self.buttons)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "scenario": self.scenario.currentData(),
            "detected_at": iso_from(self.detected),
            "summary": self.summary.toPlainText().strip(),
        }


class ReferenceLibraryDialog(QDialog):
    """Read the built-in public cases; "用作模板" starts a new case from the selected one."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("参考案例库"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("根据公开报道整理的知名危机案例，供研判和培训参考；可用作新案例的模板。")
        )
        note.setObjectName("pageSubtitle")
        layout.addWidget(note)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMaximumWidth(330)
        self.cases = reference_cases()
        for case in self.cases:
            item = QListWidgetItem(f"{case['year']} · {case['title']}")
            item.setData(Qt.ItemDataRole.UserRole, case["key"])
            self.list.addItem(item)
        self.text = QTextBrowser()
        row.addWidget(self.list)
        row.addWidget(self.text, 1)
        layout.addLayout(row, 1)
        self.buttons = _buttons(self, self.tr("用作模板新建案例"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)

    def selected_key(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def _show(self, row: int) -> None:
        if not (0 <= row < len(self.cases)):
            self.text.clear()
            return
        case = self.cases[row]
        from html import escape

        lessons = "".join(f"<li>{escape(x)}</li>" for x in case["lessons"])
        # tr() outside the f-string: pyside6-lupdate does not look inside f-strings
        happened, done = self.tr("发生了什么"), self.tr("怎么应对的")
        outcome, learned = self.tr("结果"), self.tr("经验教训")
        self.text.setHtml(
            f"<h2>{escape(case['title'])}</h2>"
            f"<p style='color:#6b7280'>{escape(case['organisation'])} · {case['year']} · "
            f"{escape(case['region'])} · {escape(vocab_label('SCENARIOS', case['scenario'], ''))}</p>"
            f"<h3>{happened}</h3><p>{escape(case['what_happened'])}</p>"
            f"<h3>{done}</h3><p>{escape(case['what_was_done'])}</p>"
            f"<h3>{outcome}</h3><p>{escape(case['outcome'])}</p>"
            f"<h3>{learned}</h3><ul>{lessons}</ul>"
        )


class LinkToCaseDialog(QDialog):
    """Pick the case the mentions go to (open cases first), or a new one."""

    NEW = -1

    def __init__(self, parent: QWidget | None, cases: list[dict[str, Any]], count: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关联到案例"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("把 {n} 条舆情关联到：").format(n=count)))
        self.case = QComboBox()
        for case in cases:
            self.case.addItem(f"#{case['id']} {case['title']}", case["id"])
        self.case.addItem(self.tr("新建案例…"), self.NEW)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("新案例的标题"))
        self.new_title.setEnabled(not cases)
        self.case.currentIndexChanged.connect(
            lambda: self.new_title.setEnabled(self.case.currentData() == self.NEW)
        )
        form.addRow(self.tr("案例"), self.case)
        form.addRow(self.tr("新案例标题"), self.new_title)
        form.addRow(_buttons(self, self.tr("关联")))

    def choice(self) -> tuple[int, str]:
        return int(self.case.currentData()), self.new_title.text().strip()


class EventDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加时间线事件"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        manual = {
            k: v
            for k, v in EVENT_KINDS.items()
            if k not in ("mentions_linked", "severity_changed", "phase_changed")
        }
        self.kind = combo(manual, "note")
        self.at = QDateTimeEdit(QDateTime.currentDateTime())
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(100)
        form.addRow(self.tr("事项"), self.kind)
        form.addRow(self.tr("时间"), self.at)
        form.addRow(self.tr("内容"), self.text)
        form.addRow(_buttons(self, self.tr("添加")))

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "at": iso_from(self.at),
            "text": self.text.toPlainText().strip(),
        }


class StatementDialog(QDialog):
    """A new statement: channel, kind, and a start from the 问答库's statement scripts (the
    case's scenario only unless "显示全部场景"; the workspace's language first)."""

    def __init__(
        self, parent: QWidget | None, templates: list[dict[str, Any]], language: str = "zh-CN"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建声明"))
        self.setMinimumWidth(620)
        self.templates = templates
        self.language = language
        form = QFormLayout(self)
        self.channel = combo(STATEMENT_CHANNELS, "weibo")
        self.kind = combo(STATEMENT_KINDS, "holding")
        self.template = QComboBox()
        self.show_all = QCheckBox(self.tr("显示全部场景"))
        self.show_all.setToolTip(self.tr("默认只列出本案场景的话术"))
        self.show_all.toggled.connect(self._fill_templates)
        self.template_note = QLabel()
        self.template_note.setObjectName("pageSubtitle")
        self.template_note.setWordWrap(True)
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(180)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.show_all)
        form.addRow(self.tr("渠道"), self.channel)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("从问答库开始"), template_row)
        form.addRow("", self.template_note)
        form.addRow(self.tr("正文"), self.body)
        form.addRow(_buttons(self, self.tr("保存草稿")))
        self._fill_templates()
        self.template.currentIndexChanged.connect(self._use_template)

    def template_label(self, template: dict[str, Any]) -> str:
        """Title · kind in words (暂缓回复 / 官方声明) · the language when not the workspace's."""
        parts = [str(template["title"]), vocab_label("KB_KINDS", template["kind"])]
        if template.get("language", self.language) != self.language:
            parts.append(LANGUAGE_LABELS.get(template["language"], template["language"]))
        return " · ".join(parts)

    def _fill_templates(self) -> None:
        show_all = self.show_all.isChecked()
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItem(self.tr("（空白）"), -1)
        shown = 0
        for index, template in enumerate(self.templates):
            if show_all or template.get("scenario_match", True):
                self.template.addItem(self.template_label(template), index)
                shown += 1
        self.template.blockSignals(False)
        if not self.templates:
            self.template_note.setText(self.tr("问答库里还没有官方声明或暂缓回复话术。"))
        elif not shown:
            self.template_note.setText(
                self.tr("问答库里没有本案场景的声明话术；勾选“显示全部场景”查看其他场景。")
            )
        else:
            self.template_note.setText("")

    def _use_template(self) -> None:
        index = self.template.currentData()
        if index is None or index < 0:
            return
        template = self.templates[index]
        self.body.setPlainText(fill_placeholder_defaults(template["body"]))
        self.kind.setCurrentIndex(max(0, self.kind.findData(template["statement_kind"])))

    def values(self) -> dict[str, Any]:
        index = self.template.currentData()
        template = self.templates[index] if index is not None and index >= 0 else None
        return {
            "channel": self.channel.currentData(),
            "kind": self.kind.currentData(),
            "body": self.body.toPlainText().strip(),
            "title": template["title"] if template else "",
            "kb_entry_id": template["entry_id"] if template else None,
        }


class SeverityDialog(QDialog):
    def __init__(self, parent: QWidget | None, current: str, suggested: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("定级"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.level = combo(SEVERITIES, current or suggested or "IV")
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("为什么是这个级别？例如：涉及食品安全，已有媒体问询。")
        )
        self.reason.setFixedHeight(90)
        form.addRow(self.tr("级别"), self.level)
        form.addRow(self.tr("理由"), self.reason)
        form.addRow(_buttons(self, self.tr("定级")))


class DetectedReasonDialog(QDialog):
    """Why the detection time (the response clock's start) moves: the timeline records it."""

    def __init__(self, parent: QWidget | None, before: str, after: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改发现时间"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        note = QLabel(
            self.tr("发现时间从 {before} 改为 {after}：响应时钟从这里开始计时。").format(
                before=before, after=after
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("为什么改？例如：客服 11 月 3 日已接到第一通投诉电话。")
        )
        self.reason.setFixedHeight(90)
        form.addRow(self.tr("理由"), self.reason)
        form.addRow(_buttons(self, self.tr("修改")))

    def text(self) -> str:
        return self.reason.toPlainText().strip()


def qdatetime_of(value: str | None) -> QDateTime | None:
    """An ISO time (with its offset) as a QDateTime in local time; None when unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return QDateTime(moment)


class ActionDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加改进措施"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.text = QLineEdit()
        self.owner = QLineEdit()
        self.due = QDateEdit(QDateTime.currentDateTime().date().addDays(7))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("措施"), self.text)
        form.addRow(self.tr("负责人"), self.owner)
        form.addRow(self.tr("期限"), self.due)
        form.addRow(_buttons(self, self.tr("添加")))

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.text().strip(),
            "owner": self.owner.text().strip(),
            "due_date": self.due.date().toString("yyyy-MM-dd"),
        }


class ThresholdsDialog(QDialog):
    """The workspace's severity thresholds and response targets (defaults are sane)."""

    TIERS = (
        ("negative_volume", QT_TRANSLATE_NOOP("ThresholdsDialog", "负面条数（1/2/3 分）")),
        ("reach_sum", QT_TRANSLATE_NOOP("ThresholdsDialog", "粉丝合计（1/2/3 分）")),
        ("velocity_per_hour", QT_TRANSLATE_NOOP("ThresholdsDialog", "每小时峰值（1/2/3 分）")),
        ("first_two_hours", QT_TRANSLATE_NOOP("ThresholdsDialog", "头 2 小时条数（1/2/3 分）")),
        ("level_scores", QT_TRANSLATE_NOOP("ThresholdsDialog", "总分达到Ⅲ/Ⅱ/Ⅰ级")),
    )
    NUMBERS = (
        ("influencer_followers", QT_TRANSLATE_NOOP("ThresholdsDialog", "大V粉丝数")),
        ("verified_followers", QT_TRANSLATE_NOOP("ThresholdsDialog", "认证/媒体账号粉丝数")),
        ("small_volume_cap", QT_TRANSLATE_NOOP("ThresholdsDialog", "少于多少条负面不建议Ⅰ级")),
    )

    def __init__(
        self, parent: QWidget | None, thresholds: dict[str, Any], targets: dict[str, int]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("级别研判阈值与响应时限"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        note = QLabel(
            self.tr("用“/”分隔三个档位，从小到大。修改后，所有进行中案例的建议级别会重新计算。")
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in self.TIERS:
            edit = QLineEdit("/".join(str(v) for v in thresholds[key]))
            self.fields[key] = edit
            form.addRow(self.tr(label), edit)
        for key, label in self.NUMBERS:
            edit = QLineEdit(str(thresholds[key]))
            self.fields[key] = edit
            form.addRow(self.tr(label), edit)
        self.targets: dict[str, QLineEdit] = {}
        for level in ("I", "II", "III", "IV"):
            edit = QLineEdit(str(targets[level]))
            self.targets[level] = edit
            form.addRow(
                self.tr("{level}级响应时限（分钟）").format(level=SEVERITY_NUMERALS[level]), edit
            )
        form.addRow(_buttons(self, self.tr("保存")))

    def values(self) -> tuple[dict[str, Any], dict[str, int]]:
        """Raises ValueError with a readable message on bad input."""
        thresholds: dict[str, Any] = {}
        for key, label in self.TIERS:
            parts = [p.strip().replace(",", "") for p in self.fields[key].text().split("/")]
            try:
                tiers = [int(p) for p in parts]
            except ValueError:
                raise ValueError(
                    self.tr("“{label}”需要三个整数，例如 10/50/200。").format(label=label)
                ) from None
            if len(tiers) != 3 or tiers != sorted(tiers):
                raise ValueError(self.tr("“{label}”需要三个从小到大的整数。").format(label=label))
            thresholds[key] = tiers
        for key, label in self.NUMBERS:
            try:
                thresholds[key] = int(self.fields[key].text().replace(",", ""))
            except ValueError:
                raise ValueError(self.tr("“{label}”需要一个整数。").format(label=label)) from None
        targets: dict[str, int] = {}
        for level, edit in self.targets.items():
            try:
                minutes = int(edit.text())
            except ValueError:
                minutes = 0
            if minutes <= 0:
                raise ValueError(self.tr("响应时限需要大于 0 的分钟数。"))
            targets[level] = minutes
        return thresholds, targets
