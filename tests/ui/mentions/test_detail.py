"""The mention detail says where a sentiment comes from (a person's label and who, the sheet's
own column, or the model's suggestion with its confidence) and shows the nature hints of the
selected mention as flags with their reason, never as verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services import triage, workspaces
from desktop.ui.main_window import MainWindow
from desktop.ui.mentions import MentionsPage
from tests.support.triage import COMPLAINTS, add

RUMOUR = "听说这家店用的是过期食材，网传已经有人吃坏肚子了"


@pytest.fixture
def page(qtbot, ctx, tmp_path: Path, main_window: MainWindow) -> tuple[MentionsPage, dict]:
    workspace = workspaces.create_workspace(ctx, tmp_path / "detail", name="详情")
    ids = {
        "model": add(workspace, COMPLAINTS[:1])[0],
        "person": add(
            workspace, ["送错了，打电话也没人管"], sentiment="neg", by="person", user="小周"
        )[0],
        "import": add(workspace, ["一般般吧"], sentiment="neu", by="import", vendor="中性")[0],
        "rumour": add(workspace, [RUMOUR], sentiment="neg", by="person", user="小周")[0],
        "plain": add(workspace, ["好吃，好评"], sentiment="pos", by="person", user="小周")[0],
    }
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
    qtbot.waitUntil(lambda: shown.model.rowCount() == len(ids))
    return shown, ids


def show(page: MentionsPage, mention_id: int) -> None:
    page.table.select_row(page.model.row_of(mention_id))
    assert page.current_mention_id() == mention_id


def test_the_sentiment_line_names_its_source(page) -> None:
    view, ids = page
    show(view, ids["person"])
    assert "情感：负面 · 人工标注（小周）" in view.detail.sentiment_label.text()
    show(view, ids["import"])
    line = view.detail.sentiment_label.text()
    assert "情感：中性 · 原表情感" in line and "原表情感：中性" in line
    show(view, ids["model"])
    line = view.detail.sentiment_label.text()
    assert "负面? · 模型建议 " in line and "%" in line
    percent = int(line.split("模型建议 ")[1].split("%")[0])
    assert 50 <= percent <= 100


def test_nature_hints_show_as_flags_with_their_reason(page) -> None:
    view, ids = page
    show(view, ids["rumour"])
    hints = view.detail.nature_label
    assert not hints.isHidden()
    text = hints.text()
    assert "性质提示（仅供参考" in text
    assert "⚑ 疑似传言：" in text and "“听说”" in text and "先核实再回应" in text
    show(view, ids["plain"])
    assert view.detail.nature_label.isHidden()  # nothing stands out: no empty heading
