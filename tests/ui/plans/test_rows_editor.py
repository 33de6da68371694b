"""A plan's little tables keep their text columns readable in a narrow window: stretched
while there is room, a minimum width and a sideways scroll when there is not."""

from __future__ import annotations

from desktop.ui.plans.rows_editor import MIN_STRETCH_WIDTH, RowsEditor


def _risks(qtbot) -> RowsEditor:
    editor = RowsEditor(
        [
            ("what", "可能发生什么", True),
            ("likelihood", "可能性 1-5", False),
            ("impact", "影响 1-5", False),
            ("score", "风险值", False),
            ("signs", "早期征兆", True),
        ],
        add_text="添加风险",
    )
    qtbot.addWidget(editor)
    editor.set_rows([{"what": "某一批次产品被指质量异常，多名顾客晒图", "signs": "同一批次号"}])
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_text_columns_keep_a_readable_width_when_narrow(qtbot) -> None:
    editor = _risks(qtbot)
    editor.resize(400, 300)
    assert editor.table.columnWidth(0) >= MIN_STRETCH_WIDTH
    assert editor.table.columnWidth(4) >= MIN_STRETCH_WIDTH
    qtbot.waitUntil(lambda: editor.table.rowHeight(0) < 120, timeout=2000)  # not 1 char a line


def test_text_columns_stretch_again_when_wide(qtbot) -> None:
    editor = _risks(qtbot)
    editor.resize(400, 300)
    editor.resize(1400, 300)
    table = editor.table
    total = sum(table.columnWidth(i) for i in range(table.columnCount()))
    assert abs(total - table.viewport().width()) <= 2  # the spare width is used, no scroll
    assert table.columnWidth(0) > MIN_STRETCH_WIDTH
