"""The status line under the mention table."""

from __future__ import annotations

from desktop.ui.mentions.status import StatusLine, ViewCounts


def test_status_line_says_shown_total_selected_and_overdue(qtbot) -> None:
    line = StatusLine()
    qtbot.addWidget(line)
    line.show_counts(ViewCounts(shown=1234, total=5000))
    assert line.text() == "显示 1,234 条 / 共 5,000 条"
    line.show_counts(ViewCounts(shown=3, total=5, selected=2, overdue=4, window_hours=1.5))
    assert line.text() == "显示 3 条 / 共 5 条 · 已选 2 条 · ⚠ 4 条负面超过 1.5 小时未回复"
