"""The 复盘 tab through pytest-qt: the closing rule, follow-up actions."""

from __future__ import annotations

from desktop.services import cases
from desktop.ui.cases import dialogs as case_dialogs
from tests.support.cases import accept


def test_closing_without_review_is_refused_with_a_clear_message(page, dialogs):
    ws = page.ctx.workspace
    case_id = cases.create_case(ws, title="未复盘").id
    page.open_case(case_id)
    page.view.review.close_case()
    assert "没有复盘的案例不能结案" in dialogs.texts()
    assert cases.get_case(ws, case_id)["phase"] == "detected"
    page.view.review.r_root.setPlainText("原因")
    page.view.review.r_lessons.setPlainText("教训")
    page.view.review.close_case()
    assert cases.get_case(ws, case_id)["phase"] == "closed"
    assert page.view.phase.currentData() == "closed"


def test_follow_up_actions_from_the_review_tab(page, monkeypatch):
    case_id = cases.create_case(page.ctx.workspace, title="时间线").id
    page.open_case(case_id)
    accept(
        monkeypatch,
        case_dialogs.ActionDialog,
        lambda d: (d.text.setText("培训"), d.owner.setText("店长")),
    )
    page.view.review.add_action()
    assert page.view.review.actions_model.rows[0]["owner"] == "店长"
    page.view.review.actions_table.selectRow(0)
    page.view.review.toggle_action()
    assert page.view.review.actions_model.rows[0]["done_at"]
