"""The dashboard as a user meets it: numbers that open the mention log with exactly as many
rows, the range selector, the empty state of a new workspace, next steps worded from the
workspace's own response window, and the report dialog writing a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import mentions, workspaces
from desktop.ui.main_window import MainWindow
from tests.support.overview import add_known_mentions


def _wait_for_board(qtbot, home) -> None:
    qtbot.waitUntil(
        lambda: home.board is not None and home.status.text() != "正在计算…", timeout=10_000
    )


def _recompute(qtbot, home) -> None:
    home.board = None
    home.compute()
    _wait_for_board(qtbot, home)


def _shown_in_log(window: MainWindow) -> int:
    page = window.page("mentions")
    assert window.stack.currentWidget() is page
    return len(page.model.ids)


@pytest.fixture
def demo_home(qtbot, main_window: MainWindow):
    main_window.welcome.demo_button.click()
    home = main_window.page("home")
    _wait_for_board(qtbot, home)
    return home


def test_every_card_opens_the_log_with_as_many_rows(main_window: MainWindow, demo_home) -> None:
    board = demo_home.board
    assert board.cards.total.value > 0
    for key, card in demo_home.sections.cards.items():
        if card.mention_filter is None:
            continue
        expected = mentions.count(main_window.ctx.workspace, card.mention_filter)
        card.click()
        assert _shown_in_log(main_window) == expected, key
        main_window.show_page("home")
    demo_home.sections.cards["neg_confirmed"].click()
    assert _shown_in_log(main_window) == board.cards.neg_confirmed.value


def test_bars_and_list_rows_open_what_they_count(main_window: MainWindow, demo_home) -> None:
    board = demo_home.board
    sections = demo_home.sections
    for panel, figures in (
        (sections.issue_list, board.issue_types),
        (sections.author_list, [a.figure for a in board.authors]),
    ):
        assert len(panel.buttons) == len(figures) > 0
        for button, figure in zip(panel.buttons, figures, strict=True):
            button.click()
            assert _shown_in_log(main_window) == figure.value
            main_window.show_page("home")
    bars = sections.chart.bars
    day = max(
        range(len(board.volume.buckets)), key=lambda n: board.volume.value(n, "neg_confirmed")
    )
    for bar_set in bars.barSets():
        category = bar_set.property("category")
        sections._bar_clicked(day, bar_set)
        assert _shown_in_log(main_window) == board.volume.value(day, category)
        main_window.show_page("home")


def test_touching_the_log_filter_bar_leaves_the_dashboard_filter(
    main_window: MainWindow, demo_home
) -> None:
    demo_home.sections.cards["neg_confirmed"].click()
    page = main_window.page("mentions")
    narrowed = len(page.model.ids)
    page.clear_filters()
    assert len(page.model.ids) == mentions.count(main_window.ctx.workspace) > narrowed


def test_range_selector_recounts(qtbot, main_window: MainWindow, demo_home) -> None:
    week = demo_home.board.cards.total.value
    demo_home.board = None
    demo_home.range_combo.setCurrentIndex(demo_home.range_combo.findData("30d"))
    _wait_for_board(qtbot, demo_home)
    assert demo_home.board.period.days == 30
    assert demo_home.board.cards.total.value >= week
    assert demo_home.board.volume.buckets and len(demo_home.board.volume.buckets) == 30


def test_next_steps_use_the_workspace_window_and_count_negatives(
    qtbot, main_window: MainWindow, demo_home
) -> None:
    workspace = main_window.ctx.workspace
    mentions.set_response_window_hours(workspace, 5)
    _recompute(qtbot, demo_home)
    demo_home._show_next_steps()
    steps = [
        demo_home.next_steps.itemAt(n).widget().text() for n in range(demo_home.next_steps.count())
    ]
    overdue = demo_home.board.cards.overdue_confirmed.value
    assert any(f"{overdue} 条负面舆情超过 5 小时未回复" in s for s in steps), steps
    assert not any("2 小时内回复" in s or "待处理" in s for s in steps)


def test_a_new_workspace_says_to_import_a_sheet(
    qtbot, main_window: MainWindow, ctx, tmp_path: Path
) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "new", name="新的")
    path = created.path
    created.close()
    assert main_window.open_path(path)
    home = main_window.page("home")
    assert home.stack.currentWidget() is home.empty_state
    assert not home.report_button.isEnabled()
    assert "Ctrl+I" in " ".join(
        label.text() for label in home.empty_state.findChildren(type(home.status))
    )


def test_known_workspace_numbers(qtbot, main_window: MainWindow, ctx, tmp_path: Path) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "known", name="已知")
    created.set_setting("timezone", "UTC+08:00")
    add_known_mentions(created)
    path = created.path
    created.close()
    assert main_window.open_path(path)
    home = main_window.page("home")
    home.range_combo.setCurrentIndex(home.range_combo.findData("custom"))
    home.board = None
    from PySide6.QtCore import QDate

    home.from_edit.setDate(QDate(2026, 12, 3))
    home.to_edit.setDate(QDate(2026, 12, 3))
    qtbot.waitUntil(lambda: home.board is not None and home.board.period.days == 1, timeout=10_000)
    cards = home.sections.cards
    assert cards["total"].value.text() == "10"
    assert cards["neg_confirmed"].value.text() == "3"
    assert cards["neg_suggested"].value.text() == "2"
    assert cards["share"].value.text() == "50%"
    cards["neg_suggested"].click()
    assert _shown_in_log(main_window) == 2


def test_report_dialog_writes_the_chosen_report(
    main_window: MainWindow, demo_home, tmp_path: Path
) -> None:
    from desktop.ui.home.report_dialog import ReportDialog

    dialog = ReportDialog(demo_home, main_window.ctx, main_window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("weekly"))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    out = dialog.generate(dialog.period(), tmp_path / "周报.xlsx")
    assert out is not None and out.stat().st_size > 0
    assert dialog.period().days == 7
    dialog.deleteLater()


def test_month_by_month_bars_open_their_month(main_window: MainWindow, demo_home) -> None:
    sections = demo_home.sections
    trend = demo_home.board.trend
    for by in ("issue_type", "group"):
        sections.trend_by.setCurrentIndex(sections.trend_by.findData(by))
        bars = sections.trend_view.chart().series()[0]
        bar_set = max(bars.barSets(), key=lambda b: b.sum())
        month = max(range(len(trend.months)), key=lambda n: bar_set.at(n))
        sections._trend_clicked(month, bar_set)
        assert _shown_in_log(main_window) == int(bar_set.at(month)) > 0
        main_window.show_page("home")


def test_a_range_with_nothing_in_it_says_where_the_mentions_are(
    qtbot, main_window: MainWindow, ctx, tmp_path: Path
) -> None:
    """Sheets of older posts (and reviews without a post time) read "0" everywhere in the
    last 7 days: the page says how many there are and when, and one click shows them."""
    from datetime import UTC, datetime

    from tests.support.overview import mention

    created = workspaces.create_workspace(ctx, tmp_path / "old", name="旧帖")
    rows = [mention(datetime(2019, 3, 5, 10, tzinfo=UTC), "neg") for _ in range(3)]
    rows.append(mention(datetime(2020, 8, 6, 22, tzinfo=UTC), "pos"))
    untimed = mention(datetime(2020, 1, 1, tzinfo=UTC), "neu")
    untimed["posted_at"] = None
    rows += [untimed, dict(untimed)]
    add_known_mentions(created, rows)
    path = created.path
    created.close()
    assert main_window.open_path(path)
    home = main_window.page("home")
    _wait_for_board(qtbot, home)
    assert home.board.cards.total.value == 0
    assert home.out_of_range.isVisibleTo(home)
    text = home.out_of_range.text()
    assert "共有 6 条" in text and "2019-03-05 至 2020-08-06" in text
    assert "另有 2 条没有发布时间" in text
    home.board = None
    home.whole_span_button.click()
    qtbot.waitUntil(lambda: home.board is not None, timeout=10_000)
    assert home.board.cards.total.value == 4
    assert home.sections.cards["neg_confirmed"].value.text() == "3"
    assert not home.out_of_range.isVisibleTo(home)
    home.all_mentions_button.click()
    assert _shown_in_log(main_window) == 6
