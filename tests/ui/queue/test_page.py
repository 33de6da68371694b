"""先处理 page: the model through qtmodeltester, the keyboard flow, the empty state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import mentions, workspaces
from desktop.ui.authors.dialogs import AuthorProfileDialog
from desktop.ui.kb.composer import ComposerDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.queue import QueuePage
from tests.support.queue import add, ago


@pytest.fixture
def queue_path(ctx, tmp_path: Path) -> Path:
    workspace = workspaces.create_workspace(ctx, tmp_path / "queue", name="队列")
    add(
        workspace,
        author="路人",
        text="几点开门？",
        sentiment="neu",
        sentiment_by="person",
        posted_at=ago(minutes=5),
    )
    add(
        workspace,
        author="老顾客",
        author_id="u1",
        text="上次就有头发",
        sentiment="neg",
        sentiment_by="person",
        status="replied",
        posted_at=ago(days=2),
    )
    add(
        workspace,
        author="老顾客",
        author_id="u1",
        text="又吃出头发了，电话 13800001234",
        sentiment="neg",
        sentiment_by="person",
        followers=123_000,
        posted_at=ago(hours=3),
    )
    add(
        workspace,
        author="新客",
        text="配送好慢啊",
        sentiment="neg",
        sentiment_by="model",
        sentiment_confidence=0.8,
        negative_probability=0.8,
        posted_at=ago(minutes=30),
    )
    add(workspace, author="粉丝", text="还不错", sentiment="unknown", posted_at=ago(minutes=50))
    path = workspace.path
    workspace.close()
    ctx.workspace = None
    return path


@pytest.fixture
def page(qtbot, main_window: MainWindow, queue_path: Path) -> QueuePage:
    assert main_window.open_path(queue_path)
    shown = main_window.show_page("queue")
    assert isinstance(shown, QueuePage)
    return shown


def texts(page: QueuePage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, page: QueuePage) -> None:
    qtmodeltester.check(page.model)


def test_the_queue_shows_the_loud_repeat_complaint_first_with_reasons(page: QueuePage) -> None:
    assert texts(page, 3)[0] == "老顾客"
    reasons = texts(page, 1)[0]
    assert reasons.startswith("已确认负面 · 粉丝 12.3 万 · 已过响应时限")
    assert reasons.endswith("该作者此前投诉 1 次 · ⚑ 疑似产品问题")  # 头发: a nature hint
    tooltip = page.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "⚑ 提到“头发”：可能是产品或品质问题" in tooltip
    assert texts(page, 2)[0] == "又吃出头发了，电话 138****1234"  # masked
    assert "负面?" in texts(page, 6)  # the suggestion, shown as one
    assert page.model.index(1, 6).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.status.text() == "共 4 条待处理"


def test_table_has_focus_on_open_and_keys_label_and_advance(qtbot, page: QueuePage) -> None:
    assert page.table.hasFocus() or QApplication.focusWidget() is page.table
    assert page.table.current_row() == 0
    first = page.current_mention_id()
    qtbot.keyClick(page.table, Qt.Key.Key_J)
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    assert page.current_mention_id() == first
    qtbot.keyClick(page.table, Qt.Key.Key_2)  # neutral: stays, next row selected
    row = mentions.get_mention(page.ctx.workspace, first)
    assert (row["sentiment"], row["sentiment_by"]) == ("neu", "person")
    assert page.table.current_row() == 1 and page.model.row_of(first) == 0
    second = page.current_mention_id()
    qtbot.keyClick(page.table, Qt.Key.Key_3)  # praise leaves the queue, the next takes its place
    assert page.model.row_of(second) == -1
    assert page.table.current_row() == 1 and page.current_mention_id() != second
    assert page.status.text() == "共 3 条待处理"


def test_r_opens_the_composer_and_a_reply_leaves_the_queue(qtbot, page: QueuePage) -> None:
    first = page.current_mention_id()
    qtbot.keyClick(page.table, Qt.Key.Key_R)
    dialog = page.last_dialog
    assert isinstance(dialog, ComposerDialog) and dialog.mention_id == first
    dialog.close()
    mentions.set_status(page.ctx.workspace, [first], "replied")
    page.ctx.bus.publish(mentions.TriageResult([first]).changes, object())
    assert page.model.row_of(first) == -1 and page.table.current_row() == 0


def test_a_opens_the_author_profile(qtbot, page: QueuePage) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    dialog = page.last_dialog
    assert isinstance(dialog, AuthorProfileDialog)
    assert dialog.profile.name == "老顾客" and len(dialog.profile.mentions) == 2
    dialog.close()


def test_empty_queue_says_what_to_do(qtbot, main_window: MainWindow, ctx, tmp_path) -> None:
    workspace = workspaces.create_workspace(ctx, tmp_path / "empty", name="空")
    path = workspace.path
    workspace.close()
    ctx.workspace = None
    assert main_window.open_path(path)
    page = main_window.show_page("queue")
    assert isinstance(page, QueuePage)
    assert page.stack.currentWidget() is page.empty
    assert "导入一份表格" in page.empty.text()


def test_hidden_page_ranks_again_only_when_shown(main_window: MainWindow, page: QueuePage) -> None:
    first = page.model.mention_id(0)
    main_window.show_page("mentions")
    assert not page.isVisible()
    mentions.set_status(page.ctx.workspace, [first], "replied")
    page.ctx.bus.publish(mentions.TriageResult([first]).changes, object())
    assert page.model.row_of(first) == 0  # not re-ranked behind the user's back
    main_window.show_page("queue")
    assert page.model.row_of(first) == -1


def test_opening_a_big_workspace_warms_the_ranking_on_a_worker(
    qtbot, main_window: MainWindow, queue_path: Path, monkeypatch
) -> None:
    from desktop.storage import queue_query

    page = main_window.page("queue")
    assert isinstance(page, QueuePage)
    page.warm_threshold = 3  # "big"
    assert main_window.open_path(queue_path)
    assert page.warming is not None
    qtbot.waitUntil(lambda: page.warmed, timeout=5000)

    def no_sql(*_args: object) -> None:
        raise AssertionError("the warmed columns should be used")

    monkeypatch.setattr(queue_query, "candidates", no_sql)
    main_window.show_page("queue")
    assert page.model.rowCount() == 4


def test_a_small_workspace_is_not_warmed(main_window: MainWindow, queue_path: Path) -> None:
    page = main_window.page("queue")
    assert main_window.open_path(queue_path)
    assert page.warming is None


def test_the_mention_log_offers_the_author_profile(
    main_window: MainWindow, page: QueuePage
) -> None:
    log = main_window.show_page("mentions")
    assert page.author_action in log.selection_actions
    assert page.author_action.shortcut().toString() == "Ctrl+Shift+A"
    log.table.select_row(0)
    page.author_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, AuthorProfileDialog)
    assert log.current_mention_id() in [m["id"] for m in dialog.profile.mentions]
    dialog.close()


def test_its_ctrl_number_opens_it_with_the_table_focused(
    qtbot, main_window: MainWindow, queue_path: Path
) -> None:
    assert main_window.open_path(queue_path)
    page = main_window.page("queue")
    number = main_window.pages.index(page) + 1
    assert number > 5  # after the original five (their Ctrl+1..5 stay)
    qtbot.keyClick(
        main_window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
    )
    assert main_window.stack.currentWidget() is not main_window.welcome
    assert page.isVisible() and QApplication.focusWidget() is page.table
    assert page.table.current_row() == 0


def test_at_1024_px_the_text_keeps_its_room_and_nothing_scrolls_sideways(
    qtbot, main_window: MainWindow, page: QueuePage
) -> None:
    from desktop.ui.queue.page import REASON_COLUMN, TEXT_COLUMN, TEXT_MIN_WIDTH

    main_window.resize(1024, 768)
    qtbot.waitUntil(lambda: page.table.viewport().width() < 900, timeout=2000)
    table = page.table
    assert table.columnWidth(TEXT_COLUMN) >= TEXT_MIN_WIDTH - 2
    assert table.horizontalHeader().length() <= table.viewport().width() + 2
    assert table.columnWidth(REASON_COLUMN) < 430
    main_window.resize(1440, 900)
    qtbot.waitUntil(lambda: table.columnWidth(REASON_COLUMN) == 430, timeout=2000)


def test_long_overdue_reads_in_days_only(page: QueuePage) -> None:
    day = 24 * 60
    assert page.model.minutes(2310 * day + 19 * 60 + 5) == "2310 天"
    assert page.model.minutes(day + 3 * 60) == "1 天 3 小时"  # the first two days keep hours
    assert page.model.minutes(90) == "1 小时 30 分"
