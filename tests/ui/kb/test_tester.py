"""The suggestion tester shows how relevant each entry is in words, not as a raw score."""

from __future__ import annotations

from desktop.ui.kb.tester import SuggestionTester


def test_tester_shows_relevance_in_words(qtbot, ctx, workspace) -> None:
    tester = SuggestionTester(ctx)
    qtbot.addWidget(tester)
    tester.input.setPlainText("我在沙拉里吃出钢丝")
    tester.run()
    shown = tester.results.toPlainText()
    assert "菜品中吃出异物" in shown and "强相关" in shown
    assert "25.2" not in shown  # the raw score is gone
    tester.input.setPlainText("梁正贤真是海王让人恶心的想吐")
    tester.run()
    shown = tester.results.toPlainText()
    assert "菜品中吃出异物" in shown and "不相关" in shown and "强相关" not in shown
