"""The author profile dialog and the list of repeat complainers and influencers.

Read-only views over services.authors: every mention of one author (time, platform,
sentiment, text, nature hints), their reach, sentiment per day or week, what we replied and
the open follow-ups. Contacts and phone numbers arrive masked from the service.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.nature import COPY_AUTHORS, LOW_FOLLOWERS
from desktop.core.triage_vocab import BY_MODEL
from desktop.services import authors
from desktop.services.authors import AuthorProfile, AuthorSummary, Hint
from desktop.services.context import AppContext
from desktop.ui.dialogs import show_error
from desktop.ui.kb import composer as composer_ui
from desktop.ui.labels import vocab_label
from desktop.ui.operations import Operation
from desktop.ui.rows_model import RowsTableModel


def flag_label(flag: str) -> str:
    """A nature flag's short name (literal calls, so lupdate finds them)."""
    labels = {
        "possible_coordinated": QCoreApplication.translate("authors", "疑似有组织刷评"),
        "possible_rumour": QCoreApplication.translate("authors", "疑似传言"),
        "possible_defect": QCoreApplication.translate("authors", "疑似产品问题"),
        "venting": QCoreApplication.translate("authors", "情绪发泄"),
    }
    return labels.get(flag, flag)


def hint_text(hint: Hint) -> str:
    """A hint's reason in the UI language, from its facts (core.nature's `data`)."""
    data = hint.data
    if hint.flag == "possible_rumour":
        return QCoreApplication.translate(
            "authors", "含传闻用语“{w}”：可能是传言，先核实再回应"
        ).format(w=data.get("word", ""))
    if hint.flag == "possible_defect":
        return QCoreApplication.translate("authors", "提到“{w}”：可能是产品或品质问题").format(
            w=data.get("word", "")
        )
    if hint.flag == "venting":
        return QCoreApplication.translate(
            "authors", "只有情绪用语（“{w}”），没有具体问题：可能是发泄"
        ).format(w=data.get("word", ""))
    if hint.flag == "possible_coordinated":
        words = QCoreApplication.translate(
            "authors", "相同或几乎相同的文字出现在 {n} 位作者的帖子里"
        ).format(n=data["authors"])
        if data.get("low_followers"):
            words += QCoreApplication.translate("authors", "，其中 {k} 位粉丝不足 {f}").format(
                k=data["low_followers"], f=LOW_FOLLOWERS
            )
        if data.get("burst", 0) >= COPY_AUTHORS:
            words += QCoreApplication.translate("authors", "，{b} 条在 {m} 分钟内发出").format(
                b=data["burst"], m=data["minutes"]
            )
        return words + QCoreApplication.translate("authors", "：可能是有组织的刷评，请核实")
    return hint.reason


def _time(value: str | None) -> str:
    return (value or "")[:16].replace("T", " ")


def _sentiment(row: dict[str, Any]) -> str:
    if row["sentiment"] == "unknown":
        return QCoreApplication.translate("authors", "未判定")
    label = vocab_label("SENTIMENTS", row["sentiment"])
    return f"{label}?" if row["sentiment_by"] == BY_MODEL else label


def _table(model: RowsTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class AuthorProfileDialog(QDialog):
    """One author's file: a summary line, then tabs (mentions, over time, replies, follow-ups)."""

    def __init__(
        self, profile: AuthorProfile, parent: QWidget | None = None, ctx: AppContext | None = None
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.ctx = ctx
        self.last_composer: QWidget | None = None
        self.setWindowTitle(self.tr("作者档案：{name}").format(name=profile.name))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_html())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        hints = profile.hints
        self.mentions_model = RowsTableModel(
            [
                (self.tr("时间"), lambda r: _time(r["posted_at"])),
                (self.tr("平台"), lambda r: r["platform"]),
                (self.tr("情感"), _sentiment),
                (self.tr("状态"), lambda r: vocab_label("STATUSES", r["status"])),
                (self.tr("内容"), lambda r: " ".join((r["text"] or r["title"] or "").split())),
                (
                    self.tr("提示"),
                    lambda r: "；".join(flag_label(h.flag) for h in hints.get(r["id"], [])),
                ),
            ],
            self,
            tooltip=lambda r: "\n".join(hint_text(h) for h in hints.get(r["id"], [])) or None,
        )
        self.mentions_model.set_rows(reversed(profile.mentions))  # newest first
        self.mentions_view = _table(self.mentions_model, 4)
        self.mentions_view.activated.connect(lambda index: self.reply_to(index.row()))
        self.mentions_view.doubleClicked.connect(lambda index: self.reply_to(index.row()))
        self.tabs.addTab(
            _table(self.mentions_model, 4),
            self.tr("全部提及（{n}）").format(n=len(profile.mentions)),
        )
        self.periods_model = RowsTableModel(
            [
                (self.tr("周") if profile.by_week else self.tr("日期"), lambda p: p.label),
                (self.tr("负面（已确认）"), lambda p: p.negative),
                (self.tr("负面?（模型建议）"), lambda p: p.suggested),
                (self.tr("中性"), lambda p: p.neutral),
                (self.tr("正面"), lambda p: p.positive),
                (self.tr("未判定"), lambda p: p.other),
            ],
            self,
        )
        self.periods_model.set_rows(profile.periods)
        self.tabs.addTab(_table(self.periods_model, 0), self.tr("情感走势"))
        self.replies_model = RowsTableModel(
            [
                (self.tr("回复时间"), lambda r: _time(r["replied_at"])),
                (self.tr("我们的回复"), lambda r: r["reply_text"]),
            ],
            self,
        )
        self.replies_model.set_rows(profile.replies)
        self.tabs.addTab(
            _table(self.replies_model, 1),
            self.tr("我们的回复（{n}）").format(n=len(profile.replies)),
        )
        self.follow_model = RowsTableModel(
            [
                (self.tr("跟进期限"), lambda r: r["follow_up_due"] or ""),
                (self.tr("状态"), lambda r: vocab_label("STATUSES", r["status"])),
                (self.tr("内容"), lambda r: r["text"]),
            ],
            self,
        )
        self.follow_model.set_rows(profile.follow_ups)
        self.tabs.addTab(
            _table(self.follow_model, 2), self.tr("待跟进（{n}）").format(n=len(profile.follow_ups))
        )
        layout.addWidget(self.tabs, 1)
        note = QLabel(self.tr("双击或按 Enter 回复其中一条。联系方式和手机号已打码。"))
        note.setObjectName("pageSubtitle")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reply_to(self, row: int) -> QWidget | None:
        """Enter or double-click on one of their mentions: the reply composer for it."""
        mention = self.mentions_model.row_at(row)
        if mention is None or self.ctx is None or self.ctx.workspace is None:
            return None
        self.last_composer = composer_ui.open_composer(self.ctx, self, mention_id=mention["id"])
        return self.last_composer

    def _summary_html(self) -> str:
        p = self.profile
        followers = f"{p.max_followers:,}" if p.max_followers is not None else self.tr("未知")
        parts = [
            f"<b style='font-size:14pt'>{escape(p.name)}</b>　{escape(p.platform)}",
            self.tr("粉丝（最多）{f} · 转发合计 {r} · 共 {n} 条").format(
                f=followers, r=f"{p.total_reposts:,}", n=len(p.mentions)
            ),
            self.tr("负面 {c} 条已确认 · {s} 条模型建议").format(c=p.negatives, s=p.suggested),
        ]
        if not p.complete:
            parts.append(self.tr("（只显示最近 {n} 条）").format(n=f"{len(p.mentions):,}"))
        flagged = sorted({h.flag for hs in p.hints.values() for h in hs})
        if flagged:
            parts.append(
                self.tr("提示（仅供参考，请核实）：{flags}").format(
                    flags="、".join(flag_label(f) for f in flagged)
                )
            )
        return "<br>".join(parts)


def open_author_profile(
    ctx: AppContext, parent: QWidget | None, *, mention_id: int | None = None, key: str = ""
) -> AuthorProfileDialog | None:
    """Build and show a profile (non-blocking); a problem becomes a message."""
    workspace = ctx.workspace
    if workspace is None:
        return None
    try:
        if mention_id is not None:
            profile = authors.profile_of_mention(workspace, mention_id)
        else:
            profile = authors.profile(workspace, key)
    except UserError as exc:
        show_error(parent, QCoreApplication.translate("authors", "作者档案"), exc)
        return None
    dialog = AuthorProfileDialog(profile, parent, ctx)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class AuthorsListDialog(QDialog):
    """Repeat complainers (≥ 2 negatives) and influencers (followers ≥ the workspace's
    setting, editable here); Enter / double-click opens one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        workspace = ctx.require_workspace()
        self.setWindowTitle(self.tr("反复投诉与大V"))
        self.resize(820, 520)
        self.floor = authors.influencer_followers(workspace)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.repeat_model = self._model()
        self.influencer_model = self._model()
        self.views: list[QTableView] = []
        self.stacks: list[QStackedWidget] = []
        self.empty_labels: list[QLabel] = []
        for model in (self.repeat_model, self.influencer_model):
            view = _table(model, 1)
            view.doubleClicked.connect(lambda index, m=model: self.open_row(m, index.row()))
            view.activated.connect(lambda index, m=model: self.open_row(m, index.row()))
            empty = QLabel()
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setObjectName("pageSubtitle")
            stack = QStackedWidget()
            stack.addWidget(view)
            stack.addWidget(empty)
            self.views.append(view)
            self.empty_labels.append(empty)
            self.stacks.append(stack)
            self.tabs.addTab(stack, "")
        layout.addWidget(self.tabs, 1)
        floor_row = QHBoxLayout()
        floor_row.addWidget(QLabel(self.tr("大V 的粉丝数至少：")))
        self.floor_spin = QSpinBox()
        self.floor_spin.setRange(100, 100_000_000)
        self.floor_spin.setSingleStep(1_000)
        self.floor_spin.setGroupSeparatorShown(True)
        self.floor_spin.setValue(self.floor)
        floor_row.addWidget(self.floor_spin)
        self.floor_button = QPushButton(self.tr("应用"))
        self.floor_button.clicked.connect(self.apply_floor)
        self.floor_button.setEnabled(not workspace.read_only)
        self.floor_spin.setEnabled(not workspace.read_only)
        floor_row.addWidget(self.floor_button)
        floor_row.addStretch(1)
        hint = QLabel(self.tr("双击或按 Enter 打开作者档案。"))
        hint.setObjectName("pageSubtitle")
        floor_row.addWidget(hint)
        layout.addLayout(floor_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.last_profile: AuthorProfileDialog | None = None
        self.reload()

    def reload(self) -> None:
        workspace = self.ctx.require_workspace()
        self.floor = authors.influencer_followers(workspace)
        self.repeat_model.set_rows(authors.repeat_complainers(workspace))
        self.influencer_model.set_rows(authors.influencers(workspace))
        titles = (
            self.tr("反复投诉（≥ 2 条负面）：{n}").format(n=len(self.repeat_model.rows)),
            self.tr("大V（粉丝 ≥ {f}）：{n}").format(
                f=f"{self.floor:,}", n=len(self.influencer_model.rows)
            ),
        )
        models = (self.repeat_model, self.influencer_model)
        for tab, (model, title) in enumerate(zip(models, titles, strict=True)):
            self.tabs.setTabText(tab, title)
            self.empty_labels[tab].setText(self._empty_text(model))
            self.stacks[tab].setCurrentIndex(0 if model.rows else 1)

    def apply_floor(self) -> bool:
        """Save the influencer size for this workspace (a setting) and list again."""
        workspace = self.ctx.require_workspace()
        value = self.floor_spin.value()
        result = (
            Operation(self, self.ctx, lambda: authors.set_influencer_followers(workspace, value))
            .titled(self.tr("无法保存"))
            .run()
        )
        if result is None:
            return False
        self.reload()
        return True

    def _empty_text(self, model: RowsTableModel) -> str:
        if model is self.repeat_model:
            return self.tr(
                "还没有反复投诉的作者：同一作者有 2 条以上负面（已确认，或模型有把握的建议）"
                "时会列在这里。"
            )
        return self.tr("还没有粉丝 ≥ {f} 的作者。导入带粉丝数的表格后，大V 会列在这里。").format(
            f=f"{self.floor:,}"
        )

    def _model(self) -> RowsTableModel:
        return RowsTableModel(
            [
                (self.tr("平台"), lambda a: a.platform),
                (self.tr("作者"), lambda a: a.author),
                (self.tr("粉丝"), lambda a: f"{a.followers:,}" if a.followers is not None else ""),
                (self.tr("负面（已确认+建议）"), lambda a: self._negatives(a)),
                (self.tr("提及"), lambda a: a.mentions),
                (self.tr("未回复"), lambda a: a.unanswered),
                (self.tr("最近"), lambda a: _time(a.last_posted)),
            ],
            self,
        )

    def _negatives(self, summary: AuthorSummary) -> str:
        confirmed = summary.negatives - summary.suggested
        return self.tr("{c} + {s}?").format(c=confirmed, s=summary.suggested)

    def open_row(self, model: RowsTableModel, row: int) -> AuthorProfileDialog | None:
        summary = model.row_at(row)
        if summary is None:
            return None
        self.last_profile = open_author_profile(self.ctx, self, key=summary.key)
        return self.last_profile
