"""监测 as a user meets it: alerts with their mentions, the rule tester, groups in the log."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.services import alerts, watchlists, workspaces
from desktop.services.alerts import Alert
from desktop.services.watchlists import WatchGroup
from desktop.ui.listening import ListeningPage
from desktop.ui.listening.models import AlertsModel, GroupsModel
from desktop.ui.main_window import MainWindow
from desktop.ui.mentions import MentionsPage
from tests.support.listening import add_stream, before_now


def settle(window: MainWindow) -> None:
    """Let background work finish and its results arrive, as the user would wait."""
    for _ in range(3):
        assert window.tasks.wait(30_000)
        for _ in range(3):
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()


@pytest.fixture
def page(qtbot, main_window: MainWindow) -> ListeningPage:
    main_window.open_demo()
    settle(main_window)
    shown = main_window.show_page("listening")
    assert isinstance(shown, ListeningPage)
    return shown


@pytest.fixture
def influencer_alert(page: ListeningPage, main_window: MainWindow) -> list[int]:
    ids = add_stream(
        page.ctx.workspace,
        [
            {
                "posted_at": before_now(1),
                "text": "大V 曝光 沙拉钢丝",
                "sentiment": "neg",
                "followers": 3_000_000,
                "author": "美食大V",
            },
        ],
    )
    page.evaluate(quiet=False)
    settle(main_window)
    return ids


def test_the_page_comes_after_the_first_five(main_window: MainWindow) -> None:
    keys = [p.nav_key for p in main_window.pages]
    assert keys[:5] == ["home", "mentions", "kb", "cases", "roster"] and "listening" in keys[5:]
    assert main_window.page("listening").nav_title() == "监测"


def test_models_pass_the_qt_model_tester(qtmodeltester, qapp) -> None:
    groups = GroupsModel()
    groups.set_rows(
        [
            WatchGroup(1, "品牌", "brand", "鹿角巷", True, 3),
            WatchGroup(2, "停用", "topic", "x", False, 0),
        ]
    )
    qtmodeltester.check(groups)
    model = AlertsModel(language=lambda: "zh", tz=lambda: None)
    model.set_rows(
        [
            Alert(
                1,
                "influencer",
                "2026-11-20T12:00:00Z",
                "大V/媒体发布负面：某人。",
                [1, 2],
                details={"authors": [{"name": "某人"}]},
            ),
            Alert(
                2,
                "sensitive",
                "2026-11-20T11:00:00Z",
                "敏感词命中",
                [3],
                acknowledged_by="王经理",
                acknowledged_at="2026-11-20T12:00:00+00:00",
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(1, 4)) == "王经理 已确认"


def _row_of(panel, mention_ids: list[int]) -> int:
    """The row of the big-account alert on `mention_ids`."""
    rows = [
        r
        for r in range(panel.model.rowCount())
        if panel.model.alert_at(r).kind == "influencer"
        and panel.model.alert_at(r).mention_ids == mention_ids
    ]
    assert len(rows) == 1
    return rows[0]


def test_an_alert_opens_its_mentions_in_the_log_and_is_acknowledged(
    page: ListeningPage, main_window: MainWindow, influencer_alert: list[int]
) -> None:
    panel = page.alerts_panel
    # The demo raises its own big-account alerts too: this test's is the one on its mention.
    row = _row_of(panel, influencer_alert)
    panel.table.selectRow(row)
    assert "美食大V（粉丝 3,000,000）" in panel.reason_label.text()
    panel.mentions_button.click()
    log = main_window.page("mentions")
    assert isinstance(log, MentionsPage) and main_window.stack.currentWidget() is log
    assert log.model.rowCount() == 1
    assert log.current_filter().mention_ids == influencer_alert
    main_window.show_page("listening")
    panel.table.selectRow(row)
    panel.ack_button.click()
    alert = next(
        a
        for a in alerts.list_alerts(page.ctx.workspace, include_acknowledged=True)
        if a.mention_ids == influencer_alert
    )
    assert alert.acknowledged_by == page.ctx.workspace.user
    shown = [panel.model.alert_at(r).id for r in range(panel.model.rowCount())]
    assert alert.id not in shown


def test_a_case_opens_from_an_alert(page: ListeningPage, main_window, influencer_alert) -> None:
    panel = page.alerts_panel
    panel.table.selectRow(_row_of(panel, influencer_alert))
    panel.case_button.click()
    alert = next(
        a
        for a in alerts.list_alerts(page.ctx.workspace, include_acknowledged=True)
        if a.mention_ids == influencer_alert
    )
    assert alert.case_id is not None
    assert main_window.stack.currentWidget() is main_window.page("cases")


def test_a_bad_rule_says_where_and_a_good_one_shows_its_matches(page: ListeningPage, main_window):
    panel = page.groups_panel
    page.tabs.setCurrentIndex(1)
    panel.new_group()
    panel.rule_edit.setPlainText("鹿角巷鲜食 (退款 OR 客服")
    panel.check_rule()
    assert panel.error_label.text().startswith("第 16 个字符：缺少右括号")
    assert panel.rule_edit.extraSelections()
    panel.rule_edit.setPlainText("退款 NOT 好评")
    assert panel.check_rule() is None and panel.error_label.text() == ""
    panel.test_rule()
    settle(main_window)
    assert panel.last_test is not None and panel.last_test.count > 0
    assert f"匹配 {panel.last_test.count} 条" in panel.result_label.text()
    assert 'background-color:#fff59d;">退款</span>' in panel.results.toHtml()


def test_saving_a_group_matches_it_and_the_log_can_filter_by_it(page: ListeningPage, main_window):
    panel = page.groups_panel
    panel.new_group()
    panel.name_edit.setText("钢丝")
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("problem"))
    panel.rule_edit.setPlainText("钢丝")
    panel.save_group()
    settle(main_window)
    group = next(g for g in watchlists.list_groups(page.ctx.workspace) if g.name == "钢丝")
    assert group.mention_count > 0 and group.kind == "problem"
    assert panel.editing is not None and panel.editing.id == group.id
    log = main_window.page("mentions")
    combo = log.filters.group_combo
    assert combo.findData(str(group.id)) > 0
    panel.log_button.click()
    assert log.current_filter().watch_group_id == group.id
    assert log.model.rowCount() == group.mention_count
    log.table.selectRow(0)
    assert "钢丝" in log.detail.groups_label.text() and log.detail.groups_label.isVisible()


def test_the_empty_states_say_what_to_do(qtbot, main_window: MainWindow, ctx, tmp_path) -> None:
    ws = workspaces.create_workspace(ctx, tmp_path / "empty", name="空")
    path = ws.path
    ws.close()
    main_window.open_path(path)
    settle(main_window)
    page = main_window.show_page("listening")
    assert page.alerts_panel.empty_label.isVisibleTo(page)
    assert "立即检查" in page.alerts_panel.empty_label.text()


def test_the_new_workspace_dialogs_brand_and_products_become_watch_groups(
    main_window: MainWindow, ctx, tmp_path, monkeypatch
) -> None:
    from desktop.ui.dialogs import NewWorkspaceDialog

    def fill_and_accept(dialog: NewWorkspaceDialog) -> int:
        dialog.name.setText("小米舆情")
        dialog.brand.setText("小米")
        dialog.products.setText("小米14，红米 K70、 充电宝")
        dialog.location.setText(str(tmp_path / "xm.crisisdesk"))
        return 1

    monkeypatch.setattr(NewWorkspaceDialog, "exec", fill_and_accept)
    main_window.lifecycle.new_workspace()
    settle(main_window)
    groups = {g.name: g.kind for g in watchlists.list_groups(ctx.workspace)}
    assert groups["小米"] == "brand"
    assert [groups[p] for p in ("小米14", "红米 K70", "充电宝")] == ["product"] * 3
    page = main_window.show_page("listening")
    assert page.groups_panel.model.rowCount() == len(groups)


def test_a_groups_count_over_time_is_a_bar_per_day(page: ListeningPage) -> None:
    page.tabs.setCurrentIndex(1)
    panel = page.groups_panel
    brand = next(
        r for r in range(panel.model.rowCount()) if panel.model.group_at(r).kind == "brand"
    )
    panel.table.selectRow(brand)
    group = panel.model.group_at(brand)
    days = watchlists.daily_counts(page.ctx.workspace, group.id)[-14:]
    assert panel.day_chart.days == days and sum(n for _d, n in days) > 0
    assert "按天的声量" in panel.days_label.text()


def test_a_snoozed_alert_leaves_the_list_until_asked_for(page: ListeningPage, influencer_alert):
    panel = page.alerts_panel
    before = panel.model.rowCount()
    panel.table.selectRow(0)
    panel.snooze(4)
    assert panel.model.rowCount() == before - 1
    panel.acknowledged_check.setChecked(True)
    assert panel.model.rowCount() == before
    assert any(
        panel.model.state_text(panel.model.alert_at(r)).startswith("暂缓至") for r in range(before)
    )


def test_thresholds_are_edited_in_the_settings_dialog(page: ListeningPage, monkeypatch) -> None:
    from desktop.ui.listening.settings_dialog import AlertSettingsDialog

    def change_and_accept(dialog: AlertSettingsDialog) -> int:
        dialog.fields[("negative_spike", "min_above")].setValue(12)
        baseline = dialog.fields[("negative_spike", "baseline_hours")]
        baseline.setCurrentIndex(baseline.findData(168))
        dialog.enabled["sensitive"].setChecked(False)
        return 1

    monkeypatch.setattr(AlertSettingsDialog, "exec", change_and_accept)
    assert page.edit_settings()
    limits = alerts.thresholds(page.ctx.workspace)
    assert limits["negative_spike"]["min_above"] == 12
    assert limits["negative_spike"]["baseline_hours"] == 168
    assert limits["sensitive"]["enabled"] is False and limits["influencer"]["enabled"] is True


def test_a_hit_without_platform_time_or_author_shows_no_stray_dots() -> None:
    """A review export has no platform, time or author: the tester's line under the id says
    only what is known."""
    from desktop.services.watchlists import RuleTestHit
    from desktop.ui.listening.groups_panel import _where_and_when

    bare = RuleTestHit(1, "", "", "", "送餐太慢", [(0, 2)])
    assert _where_and_when(bare) == ""
    full = RuleTestHit(2, "2026-12-03T10:20:00+08:00", "网友<A>", "微博", "送餐太慢", [])
    assert _where_and_when(full) == "微博 · 2026-12-03 10:20 · 网友&lt;A&gt;"
