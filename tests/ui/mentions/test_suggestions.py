"""The model's suggestions in the mention log: shown as a question in grey with their
confidence, confirmed by Space or changed by 1/2/3, and then the next row is selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services import mentions as service
from desktop.services import triage, workspaces
from desktop.ui.main_window import MainWindow
from desktop.ui.mentions import MentionsPage
from desktop.ui.mentions.model import SUGGESTED_FOREGROUND, SUGGESTION_ROLE
from tests.support.triage import COMPLAINTS, PRAISE, add, row


@pytest.fixture
def page(qtbot, ctx, tmp_path: Path, main_window: MainWindow) -> MentionsPage:
    workspace = workspaces.create_workspace(ctx, tmp_path / "ui", name="界面")
    add(workspace, COMPLAINTS + PRAISE)
    add(workspace, ["送错了"], sentiment="neg", by="person", user="小周")
    triage.score_unlabelled(workspace)
    path = workspace.path
    workspace.close()
    ctx.workspace = None
    assert main_window.open_path(path)
    shown = main_window.show_page("mentions")
    assert isinstance(shown, MentionsPage)
    shown.table.horizontalHeader().setSortIndicator(
        shown.model.column_index("id"), Qt.SortOrder.AscendingOrder
    )
    qtbot.waitUntil(lambda: shown.model.ids.tolist() == sorted(shown.model.ids.tolist()))
    return shown


def cell(page: MentionsPage, row_number: int, role=Qt.ItemDataRole.DisplayRole):
    return page.model.data(page.model.index(row_number, page.model.column_index("sentiment")), role)


def test_suggested_and_confirmed_look_different(page: MentionsPage) -> None:
    person_row = page.model.row_of(len(COMPLAINTS) + len(PRAISE) + 1)
    assert cell(page, 0) == "负面?"
    assert cell(page, 0, Qt.ItemDataRole.ForegroundRole) == SUGGESTED_FOREGROUND
    assert "模型建议：负面（置信度" in cell(page, 0, Qt.ItemDataRole.ToolTipRole)
    assert cell(page, 0, SUGGESTION_ROLE) is True
    assert cell(page, person_row) == "负面"
    assert cell(page, person_row, Qt.ItemDataRole.ForegroundRole) != SUGGESTED_FOREGROUND
    assert "小周 手动判定" in cell(page, person_row, Qt.ItemDataRole.ToolTipRole)
    page.table.select_row(0)
    assert "模型建议" in page.detail.sentiment_label.text()


def test_space_confirms_and_moves_to_the_next_row(qtbot, page: MentionsPage) -> None:
    workspace = page.ctx.workspace
    page.table.select_row(0)
    first = page.current_mention_id()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    values = row(workspace, first)
    assert (values["sentiment"], values["sentiment_by"]) == ("neg", "person")
    assert cell(page, 0) == "负面"  # confirmed: no question mark
    assert page.table.currentIndex().row() == 1
    assert page.table.selected_count() == 1


def test_a_key_changes_a_suggestion_and_moves_on(qtbot, page: MentionsPage) -> None:
    workspace = page.ctx.workspace
    page.table.select_row(2)
    mention_id = page.current_mention_id()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    assert (
        row(workspace, mention_id)["sentiment"],
        row(workspace, mention_id)["sentiment_by"],
    ) == (
        "neu",
        "person",
    )
    assert page.table.currentIndex().row() == 3
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    assert page.table.currentIndex().row() == 4
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row(workspace, page.model.mention_id(3))["sentiment_by"] == "model"


def test_the_source_filter_finds_the_suggestions(page: MentionsPage) -> None:
    filters = page.filters
    filters.source_combo.setCurrentIndex(filters.source_combo.findData("model"))
    assert page.model.rowCount() == len(COMPLAINTS) + len(PRAISE)
    filters.source_combo.setCurrentIndex(filters.source_combo.findData("person"))
    assert page.model.rowCount() == 1


def test_learning_says_what_it_needs_and_retrains_in_the_background(
    qtbot, page: MentionsPage, monkeypatch
) -> None:
    assert "标注满 20 条后开始评估" in page.learning.label.text()
    workspace = page.ctx.workspace
    ids = add(workspace, [f"第{n}集 又拖剧情了" for n in range(30)])
    page.reload()
    started: list[bool] = []
    original = page.learning._start
    monkeypatch.setattr(
        page.learning, "_start", lambda **kw: (started.append(kw["force"]), original(**kw))
    )
    page.table.select_row(page.model.row_of(ids[0]))
    page.triage.apply(ids[:25], {"sentiment": "neg"})
    assert started == [False]  # due: a silent retrain on a worker
    qtbot.waitUntil(lambda: page.learning.running is None and not page.shell.tasks.busy)
    assert triage.model_status(workspace).labels_used == 26
    assert "人工标注" in page.learning.label.text()


def test_model_with_suggestions_passes_the_model_tester(qtmodeltester, page: MentionsPage) -> None:
    qtmodeltester.check(page.model)


def test_bulk_confirm_on_a_worker_and_undo(qtbot, page: MentionsPage, monkeypatch) -> None:
    from desktop.ui.mentions import triage_actions

    monkeypatch.setattr(triage_actions, "BACKGROUND_ROWS", 3)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.triage.running is None and not page.shell.tasks.busy)
    workspace = page.ctx.workspace
    assert triage.sentiment_counts(workspace).by_model == 0
    assert page.table.selected_count() == page.model.rowCount()  # many rows: no advance
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.triage.running is None and not page.shell.tasks.busy)
    assert triage.sentiment_counts(workspace).by_model == len(COMPLAINTS) + len(PRAISE)
    assert service.count(workspace) == len(COMPLAINTS) + len(PRAISE) + 1


def test_opening_a_workspace_the_model_never_read_reads_it(
    ctx, tmp_path: Path, main_window: MainWindow
) -> None:
    demo = workspaces.create_workspace(ctx, tmp_path / "demo", demo=True)
    assert triage.unread_count(demo) > 0  # made without the model reading it
    shown = "SELECT id, sentiment, sentiment_by FROM mentions ORDER BY id"
    before = demo.db.execute(shown).fetchall()
    path = demo.path
    demo.close()
    ctx.workspace = None
    assert main_window.open_path(path)
    workspace = main_window.ctx.workspace
    assert triage.unread_count(workspace) == 0  # read while the page loaded
    assert workspace.count("mentions", "negative_probability IS NULL") == 0
    # The demo's own sentiments (people's and the sheet's) stay as they were.
    assert workspace.db.execute(shown).fetchall() == before
