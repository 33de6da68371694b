"""The roster's health tab lists the contingency plans' findings beside the roster's: a plan
never drilled, and the plans page one double-click away."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.services import plans
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operation
from desktop.ui.roster.page import TAB_HEALTH, RosterPage


@pytest.fixture
def page(main_window: MainWindow) -> RosterPage:
    main_window.open_demo()
    shown = main_window.show_page("roster")
    assert isinstance(shown, RosterPage)
    return shown


def plan_texts(page: RosterPage) -> list[str]:
    return [
        page.health_tab.plan_list.item(i).text() for i in range(page.health_tab.plan_list.count())
    ]


def test_plan_findings_are_listed_with_their_fix(page: RosterPage) -> None:
    workspace = page.ctx.require_workspace()
    expected = plans.findings(workspace)
    assert expected, "the demo's plans were never drilled"
    texts = plan_texts(page)
    assert len(texts) == len(expected)
    rumour = plans.get_plan(workspace, "rumour")
    assert any(
        f"预案“{rumour.title}”从未演练过" in t and "→ 用 文件 → 开始演练…" in t for t in texts
    )
    assert f"{len(expected)} 个问题" in page.health_tab.plan_summary.text()
    assert f"预案 {len(expected)} 个问题" in page.health_badge.text()
    assert page.health_tab.findings_list.count() == 1  # the roster's own finding stays apart


def test_a_drill_recorded_clears_that_plan_s_finding(page: RosterPage, main_window) -> None:
    workspace = page.ctx.require_workspace()
    rumour = plans.get_plan(workspace, "rumour")
    before = len(plan_texts(page))
    yesterday = (datetime.now(UTC) - timedelta(days=1)).isoformat(timespec="seconds")
    Operation(
        main_window,
        page.ctx,
        lambda: plans.record_test(workspace, rumour.id, plans.DrillSummary(yesterday, "")),
    ).run()
    texts = plan_texts(page)
    assert len(texts) == before - 1
    assert not any(rumour.title in t for t in texts)


def test_double_clicking_a_never_drilled_plan_opens_the_plans_page(
    page: RosterPage, main_window
) -> None:
    page.tabs.setCurrentIndex(TAB_HEALTH)
    item = page.health_tab.plan_list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole).code == "plan_never_tested"
    page.health_tab.plan_list.setCurrentItem(item)
    page.health_tab.plan_list.setFocus()
    page.health_tab.plan_list.itemActivated.emit(item)
    assert main_window.stack.currentWidget() is main_window.page("plans")


def test_a_plan_role_nobody_holds_opens_the_matrix(main_window, ctx, tmp_path) -> None:
    from desktop.services import workspaces
    from desktop.ui.roster.page import TAB_MATRIX

    created = workspaces.create_workspace(ctx, tmp_path / "空", name="空")
    path = created.path
    created.close()
    assert main_window.open_path(path)
    page = main_window.show_page("roster")
    items = [page.health_tab.plan_list.item(i) for i in range(page.health_tab.plan_list.count())]
    empty_role = next(
        i for i in items if i.data(Qt.ItemDataRole.UserRole).code == "plan_role_empty"
    )
    assert "通讯录里没有这个角色的人" in empty_role.text()
    assert empty_role is items[0]  # errors first
    page.health_tab.plan_list.itemActivated.emit(empty_role)
    assert page.tabs.currentIndex() == TAB_MATRIX
