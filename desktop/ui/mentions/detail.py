"""The detail panel of the mention log: the full mention, search hits highlighted, and the
triage controls (combos apply at once; text fields with 保存)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.pii import mask_contact
from desktop.core.response_window import response_state
from desktop.core.text import highlight_terms
from desktop.core.triage_vocab import BY_IMPORT, BY_MODEL, BY_PERSON, CONFIDENT_SUGGESTION
from desktop.services.nature import Hint
from desktop.ui.authors.dialogs import flag_label, hint_text
from desktop.ui.labels import response_label, vocab_label, vocab_labels

NO_DATE = QDate(2000, 1, 1)


def highlighted_html(text: str, query: str) -> str:
    """The text as HTML with every query term marked (case-insensitive), the rest escaped."""
    terms = sorted({t for t in highlight_terms(query) if t}, key=len, reverse=True)
    if not terms or not text:
        return html.escape(text or "").replace("\n", "<br>")
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    out: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(
            '<span style="background-color:#ffe082; color:#000000;">'
            f"{html.escape(match.group(0))}</span>"
        )
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


class MentionDetail(QWidget):
    """Shows one mention; emits `changes_requested({field: value})` for the page to apply."""

    changes_requested = Signal(dict)
    reveal_requested = Signal()
    bulk_edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mention: dict[str, Any] | None = None
        self.revealed_contact: str | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.placeholder = QLabel(self.tr("选择一条舆情查看详情。"))
        self.placeholder.setObjectName("pageSubtitle")
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.placeholder)
        self.bulk_button = QPushButton(self.tr("批量编辑所选…"))
        self.bulk_button.clicked.connect(self.bulk_edit_requested.emit)
        self.bulk_button.hide()
        layout.addWidget(self.bulk_button)

        self.content = QWidget()
        layout.addWidget(self.content)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        self.author_label = QLabel()
        self.author_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.author_label.setWordWrap(True)
        content.addWidget(self.author_label)
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.meta_label.setObjectName("pageSubtitle")
        content.addWidget(self.meta_label)
        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        self.text_view.setMinimumHeight(90)
        self.text_view.setMaximumHeight(170)
        content.addWidget(self.text_view)
        link_row = QHBoxLayout()
        self.open_link_button = QPushButton(self.tr("在浏览器中打开原文"))
        self.open_link_button.clicked.connect(self.open_link)
        link_row.addWidget(self.open_link_button)
        link_row.addStretch(1)
        content.addLayout(link_row)
        self.sentiment_label = QLabel()
        self.sentiment_label.setWordWrap(True)
        content.addWidget(self.sentiment_label)
        self.response_label = QLabel()
        self.response_label.setWordWrap(True)
        content.addWidget(self.response_label)
        self.reply_label = QLabel()
        self.reply_label.setWordWrap(True)
        self.reply_label.setObjectName("pageSubtitle")
        content.addWidget(self.reply_label)
        self.groups_of: Any = None  # mention id → watch group names (set by the 监测 page)
        self.groups_label = QLabel()
        content.addWidget(self.groups_label)
        # mention id → nature hints (services.nature.hints_for; set by the mention log page)
        self.hints_of: Callable[[int], list[Hint]] | None = None
        self.nature_label = QLabel()
        self.nature_label.setWordWrap(True)
        self.nature_label.setStyleSheet("color: #8a5a00;")
        content.addWidget(self.nature_label)

        form = QFormLayout()
        self.sentiment_combo = QComboBox()
        for key in ("neg", "neu", "pos", "unknown"):
            self.sentiment_combo.addItem(vocab_label("SENTIMENTS", key), key)
        self.issue_combo = QComboBox()
        self.nature_combo = QComboBox()
        self.nature_combo.addItem(self.tr("（未选）"), "")
        for key, name in vocab_labels("NATURES").items():
            self.nature_combo.addItem(name, key)
        self.status_combo = QComboBox()
        for key, name in vocab_labels("STATUSES").items():
            self.status_combo.addItem(name, key)
        for combo, name in (
            (self.sentiment_combo, "sentiment"),
            (self.issue_combo, "issue_type"),
            (self.nature_combo, "nature"),
            (self.status_combo, "status"),
        ):
            combo.activated.connect(lambda _i, c=combo, n=name: self._combo_changed(n, c))
        self.owner_edit = QComboBox()
        self.owner_edit.setEditable(True)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setMinimumDate(NO_DATE)
        self.due_edit.setSpecialValueText(self.tr("未设置"))
        contact_row = QHBoxLayout()
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("电话或微信（私下联系用，表格中打码）"))
        self.reveal_button = QPushButton(self.tr("显示"))
        self.reveal_button.setToolTip(self.tr("显示完整联系方式（会记录到审计日志）"))
        self.reveal_button.clicked.connect(self.reveal_requested.emit)
        contact_row.addWidget(self.contact_edit, 1)
        contact_row.addWidget(self.reveal_button)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("备注：处理经过、承诺的跟进…"))
        self.notes_edit.setMaximumHeight(90)
        form.addRow(self.tr("情感"), self.sentiment_combo)
        form.addRow(self.tr("问题类型"), self.issue_combo)
        form.addRow(self.tr("性质"), self.nature_combo)
        form.addRow(self.tr("状态"), self.status_combo)
        form.addRow(self.tr("负责人"), self.owner_edit)
        form.addRow(self.tr("跟进日期"), self.due_edit)
        form.addRow(self.tr("联系方式"), contact_row)
        form.addRow(self.tr("备注"), self.notes_edit)
        content.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save_text_fields)
        save_row.addWidget(self.save_button)
        content.addLayout(save_row)
        layout.addStretch(1)
        self.show_nothing()

    # -- showing ----------------------------------------------------------------------------

    def set_issue_types(self, issue_labels: dict[str, str]) -> None:
        self.issue_combo.clear()
        self.issue_combo.addItem(self.tr("（未选）"), "")
        for key, name in issue_labels.items():
            self.issue_combo.addItem(name, key)

    def set_owners(self, owners: list[str]) -> None:
        text = self.owner_edit.currentText()
        self.owner_edit.clear()
        self.owner_edit.addItems(["", *owners])
        self.owner_edit.setCurrentText(text)

    def show_nothing(self, selected: int = 0) -> None:
        self.mention = None
        self.content.hide()
        self.placeholder.show()
        if selected > 1:
            self.placeholder.setText(
                self.tr("已选 {n} 条。按 1/2/3 统一设置情感，或批量编辑。").format(n=selected)
            )
            self.bulk_button.show()
        else:
            self.placeholder.setText(self.tr("选择一条舆情查看详情。"))
            self.bulk_button.hide()

    def _ours(self, mention: dict[str, Any]) -> str:
        """Our sentiment and where it comes from, in words a reader cannot misread: a
        person's label (who), the sheet's own column, or the model's suggestion with its
        confidence (a question, not a fact)."""
        ours = vocab_label("SENTIMENTS", mention["sentiment"])
        by = mention["sentiment_by"]
        if by == BY_MODEL:
            confidence = mention["sentiment_confidence"] or 0.0
            text = self.tr("{ours}? · 模型建议 {p}%（空格确认，1/2/3 改判）").format(
                ours=ours, p=round(confidence * 100)
            )
            if confidence < CONFIDENT_SUGGESTION:
                text += self.tr("，把握不足不计入统计")
            return text
        if by == BY_PERSON:
            text = ours + self.tr(" · 人工标注（{user}）").format(
                user=mention["sentiment_user"] or self.tr("未记名")
            )
        elif by == BY_IMPORT:
            text = ours + self.tr(" · 原表情感")
        elif mention["sentiment"] in ("", "unknown", None):
            return self.tr("未判定（按 1/2/3 标注）")
        else:
            return ours  # set before sources were recorded
        reading = mention.get("model_sentiment") or ""
        if reading and reading != mention["sentiment"]:
            text += self.tr("；模型判断为{label}").format(label=vocab_label("SENTIMENTS", reading))
        return text

    def _sentiment_line(self, mention: dict[str, Any]) -> str:
        """情感：ours (its source); the sheet's raw value beside it when the sheet had one."""
        line = self.tr("情感：{ours}").format(ours=self._ours(mention))
        vendor = mention["vendor_sentiment"] or ""
        if vendor:
            line += self.tr("    原表情感：{vendor}").format(vendor=vendor)
        return line

    def _show_hints(self, mention_id: int) -> None:
        """Nature hints as flags with their reason, worded as possibilities, never verdicts."""
        hints = self.hints_of(mention_id) if self.hints_of is not None else []
        if not hints:
            self.nature_label.hide()
            return
        lines = [self.tr("性质提示（仅供参考，请核实后再判断）：")]
        lines += [f"⚑ {flag_label(hint.flag)}：{hint_text(hint)}" for hint in hints]
        self.nature_label.setText("\n".join(lines))
        self.nature_label.show()

    def show_mention(
        self,
        mention: dict[str, Any],
        *,
        query: str = "",
        issue_labels: dict[str, str],
        window_hours: float,
        read_only: bool = False,
    ) -> None:
        same = self.mention is not None and self.mention["id"] == mention["id"]
        self.mention = mention
        if not same:
            self.revealed_contact = None
        self._loading = True
        self.placeholder.hide()
        self.bulk_button.hide()
        self.content.show()
        followers = mention["followers"]
        self.author_label.setText(
            f"{mention['author'] or self.tr('（匿名）')}  ·  "
            + self.tr("{n} 粉丝").format(n=f"{followers:,}" if followers is not None else "?")
        )
        counts = self.tr("转发 {r} · 评论 {c} · 点赞 {l}").format(
            r=_n(mention["reposts"]), c=_n(mention["comments"]), l=_n(mention["likes"])
        )
        posted = (mention["posted_at"] or "").replace("T", " ")[:16]
        region = f" · {mention['region']}" if mention["region"] else ""
        self.meta_label.setText(f"{mention['platform']} · {posted}{region} · {counts}")
        body = mention["text"] or ""
        if mention["title"]:
            body = f"{mention['title']}\n\n{body}"
        self.text_view.setHtml(highlighted_html(body, query))
        self.open_link_button.setEnabled(bool(mention["url"]))
        self.open_link_button.setToolTip(mention["url"] or self.tr("没有原文链接"))
        self.sentiment_label.setText(self._sentiment_line(mention))
        state = response_state(
            sentiment=mention["sentiment"],
            status=mention["status"],
            posted_at=mention["posted_at"],
            replied_at=mention["replied_at"],
            now=datetime.now(UTC),
            window_hours=window_hours,
            sentiment_by=mention["sentiment_by"],
            confidence=mention["sentiment_confidence"],
        )
        if state.applies:
            text = self.tr("响应时限 {h:g} 小时：{label}").format(
                h=window_hours, label=response_label(state)
            )
            if state.overdue:
                text = "⚠ " + text + self.tr("，已超时未回复！")
                self.response_label.setStyleSheet("color: #b71c1c; font-weight: 600;")
            else:
                self.response_label.setStyleSheet("")
            self.response_label.setText(text)
            self.response_label.show()
        else:
            self.response_label.hide()
        if mention["reply_text"]:
            replied = (mention["replied_at"] or "").replace("T", " ")[:16]
            self.reply_label.setText(
                self.tr("已回复（{at}）：{text}").format(at=replied, text=mention["reply_text"])
            )
            self.reply_label.show()
        else:
            self.reply_label.hide()
        names = self.groups_of(mention["id"]) if self.groups_of else []
        self.groups_label.setText(self.tr("监测组：{names}").format(names="、".join(names)))
        self.groups_label.setVisible(bool(names))
        self._show_hints(mention["id"])
        _select(self.sentiment_combo, mention["sentiment"])
        if self.issue_combo.findData(mention["issue_type"]) < 0 and mention["issue_type"]:
            self.issue_combo.addItem(mention["issue_type"], mention["issue_type"])
        _select(self.issue_combo, mention["issue_type"])
        _select(self.nature_combo, mention["nature"])
        _select(self.status_combo, mention["status"])
        self.owner_edit.setCurrentText(mention["owner"] or "")
        due = QDate.fromString((mention["follow_up_due"] or "")[:10], "yyyy-MM-dd")
        self.due_edit.setDate(due if due.isValid() else NO_DATE)
        self._show_contact()
        self.notes_edit.setPlainText(mention["notes"] or "")
        for widget in (
            self.sentiment_combo,
            self.issue_combo,
            self.nature_combo,
            self.status_combo,
            self.owner_edit,
            self.due_edit,
            self.contact_edit,
            self.notes_edit,
            self.save_button,
        ):
            widget.setEnabled(not read_only)
        self._loading = False

    def _show_contact(self) -> None:
        contact = (self.mention or {}).get("contact") or ""
        if self.revealed_contact is not None:
            self.contact_edit.setText(self.revealed_contact)
            self.contact_edit.setReadOnly(False)
            self.reveal_button.hide()
        else:
            self.contact_edit.setText(mask_contact(contact))
            self.contact_edit.setReadOnly(bool(contact))
            self.reveal_button.setVisible(bool(contact))

    def reveal(self, contact: str) -> None:
        self.revealed_contact = contact
        self._show_contact()

    # -- editing ------------------------------------------------------------------------------

    def _combo_changed(self, name: str, combo: QComboBox) -> None:
        if self._loading or self.mention is None:
            return
        value = combo.currentData()
        if value != self.mention.get(name):
            self.changes_requested.emit({name: value})

    def text_changes(self) -> dict[str, Any]:
        if self.mention is None:
            return {}
        changes: dict[str, Any] = {}
        owner = self.owner_edit.currentText().strip()
        if owner != (self.mention["owner"] or ""):
            changes["owner"] = owner
        due = self.due_edit.date()
        due_text = "" if due == NO_DATE else due.toString("yyyy-MM-dd")
        if due_text != (self.mention["follow_up_due"] or "")[:10]:
            changes["follow_up_due"] = due_text or None
        contact = self.contact_edit.text().strip()
        masked_unchanged = self.revealed_contact is None and contact == mask_contact(
            self.mention["contact"] or ""
        )
        if not masked_unchanged and contact != (self.mention["contact"] or ""):
            changes["contact"] = contact
        notes = self.notes_edit.toPlainText().strip()
        if notes != (self.mention["notes"] or ""):
            changes["notes"] = notes
        return changes

    def save_text_fields(self) -> None:
        changes = self.text_changes()
        if changes:
            self.changes_requested.emit(changes)

    def open_link(self) -> None:
        if self.mention and self.mention["url"]:
            QDesktopServices.openUrl(QUrl(self.mention["url"]))


def _n(value: Any) -> str:
    return "–" if value is None else f"{value:,}"


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value or "")
    combo.setCurrentIndex(max(index, 0))
