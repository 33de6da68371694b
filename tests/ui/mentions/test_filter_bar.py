"""The filter bar on its own: widgets in, one MentionFilter out, a signal when it changes."""

from __future__ import annotations

from PySide6.QtCore import QDate

from desktop.services.mentions import ImportBatch, MentionFilter
from desktop.ui.mentions.filter_bar import UNANSWERED, MentionFilterBar


def _bar(qtbot) -> MentionFilterBar:
    bar = MentionFilterBar()
    qtbot.addWidget(bar)
    bar.set_choices(
        platforms=["微博", "抖音"],
        owners=["小周"],
        batches=[ImportBatch(7, "监测.xlsx", "2026-11-17T18:00:00+08:00", 10, 0)],
    )
    return bar


def test_nothing_chosen_is_the_whole_log(qtbot) -> None:
    assert _bar(qtbot).mention_filter() == MentionFilter()


def test_every_widget_ends_up_in_the_filter(qtbot) -> None:
    bar = _bar(qtbot)
    with qtbot.waitSignal(bar.filter_changed, timeout=2000):
        bar.search_edit.setText(" 退款 ")  # after the typing pause
    bar.sentiment_combo.setCurrentIndex(bar.sentiment_combo.findData("neg"))
    bar.status_combo.setCurrentIndex(bar.status_combo.findData(UNANSWERED))
    bar.platform_combo.setCurrentIndex(bar.platform_combo.findData("抖音"))
    bar.owner_combo.setCurrentIndex(bar.owner_combo.findData("小周"))
    bar.case_combo.setCurrentIndex(bar.case_combo.findData("no"))
    bar.import_combo.setCurrentIndex(bar.import_combo.findData("7"))
    bar.followers_spin.setValue(5000)
    bar.from_edit.setDate(QDate(2026, 11, 18))
    bar.to_edit.setDate(QDate(2026, 11, 19))
    assert bar.mention_filter("followers", False) == MentionFilter(
        search="退款",
        sentiments=["neg"],
        statuses=["new", "to_reply"],
        platforms=["抖音"],
        owner="小周",
        has_case=False,
        import_id=7,
        min_followers=5000,
        posted_from="2026-11-18",
        posted_to="2026-11-19",
        sort="followers",
        descending=False,
    )
    assert bar.import_combo.currentText() == "#7 监测.xlsx"


def test_changes_signal_but_reset_and_new_choices_do_not(qtbot) -> None:
    bar = _bar(qtbot)
    seen: list[bool] = []
    bar.filter_changed.connect(lambda: seen.append(True))
    bar.sentiment_combo.setCurrentIndex(bar.sentiment_combo.findData("pos"))
    assert seen == [True]
    bar.platform_combo.setCurrentIndex(bar.platform_combo.findData("微博"))
    assert len(seen) == 2
    bar.set_choices(platforms=["微博", "小红书"], owners=[], batches=[])
    assert bar.platform_combo.currentData() == "微博"  # still there: still chosen
    bar.reset()
    assert len(seen) == 2 and bar.mention_filter() == MentionFilter()
    bar.clear()  # 清除筛选 asks the table to follow
    assert len(seen) == 3


def test_a_reload_cancels_the_pending_search(qtbot) -> None:
    bar = _bar(qtbot)
    bar.search_edit.setText("钢丝")
    assert bar.search_pending()
    bar.cancel_pending_search()
    assert not bar.search_pending()
