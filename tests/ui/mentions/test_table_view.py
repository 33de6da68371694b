"""The mention table view: selection moves, the header's sort, saved columns."""

from __future__ import annotations

from array import array
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from desktop.ui.mentions.model import MentionsTableModel
from desktop.ui.mentions.table_view import MentionsTableView


def _values(ids, columns):
    return {i: tuple("neu" if c == "sentiment" else None for c in columns) for i in ids}


def _view(qtbot, settings: QSettings | None = None) -> MentionsTableView:
    model = MentionsTableModel(_values)
    view = MentionsTableView(model, settings)
    qtbot.addWidget(view)
    model.set_ids(array("q", [11, 12, 13]))
    return view


def test_model_of_the_view_passes_the_model_tester(qtmodeltester, qtbot) -> None:
    qtmodeltester.check(_view(qtbot).table_model)


def test_move_selection_walks_and_stops_at_the_ends(qtbot) -> None:
    view = _view(qtbot)
    view.move_selection(1)  # nothing current: the first row
    assert view.current_mention_id() == 11
    view.move_selection(1)
    view.move_selection(5)
    assert view.current_mention_id() == 13
    view.move_selection(-9)
    assert view.current_mention_id() == 11 and view.selected_mention_ids() == [11]
    assert view.selected_count() == 1


def test_header_sorts_in_sql(qtbot) -> None:
    view = _view(qtbot)
    assert view.sort == ("posted_at", True)
    fired: list[bool] = []
    view.sort_changed.connect(lambda: fired.append(True))
    view.sortByColumn(view.table_model.column_index("followers"), Qt.SortOrder.AscendingOrder)
    assert view.sort == ("followers", False) and fired == [True]
    view.sortByColumn(view.table_model.column_index("text"), Qt.SortOrder.AscendingOrder)
    assert view.sort == ("followers", False) and fired == [True]  # not sortable


def test_columns_are_saved_and_restored(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    view = _view(qtbot, settings)
    likes = view.table_model.column_index("likes")
    assert view.isColumnHidden(likes)
    view.set_column_visible(likes, True)
    again = _view(qtbot, settings)
    assert not again.isColumnHidden(likes)
    again.reset_columns()
    assert again.isColumnHidden(likes)
    view.fill_columns_menu()
    titles = [a.text() for a in view.columns_menu.actions()]
    assert "点赞" in titles and "恢复默认列" in titles


def test_the_text_comes_early_and_a_header_saved_before_it_moved_is_not_restored(
    qtbot, tmp_path: Path
) -> None:
    from desktop.ui.mentions.table_view import HEADER_STATE_KEY, OLD_HEADER_STATE_KEYS

    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    old = _view(qtbot)
    header = old.horizontalHeader()
    text = old.table_model.column_index("text")
    header.moveSection(header.visualIndex(text), header.count() - 1)  # the old order: last
    settings.setValue(OLD_HEADER_STATE_KEYS[0], header.saveState())
    view = _view(qtbot, settings)
    assert view.horizontalHeader().visualIndex(text) <= 2  # after the two short tags
    assert settings.value(OLD_HEADER_STATE_KEYS[0]) is None
    # the new state is saved and restored under the versioned key
    view.horizontalHeader().moveSection(0, 1)
    view.save_header_state()
    assert settings.value(HEADER_STATE_KEY) is not None
    again = _view(qtbot, settings)
    assert again.horizontalHeader().visualIndex(0) == 1


def test_the_response_cell_is_wide_enough_for_years_overdue(qtbot) -> None:
    view = _view(qtbot)
    response = view.table_model.column_index("response")
    needed = view.fontMetrics().horizontalAdvance("已过 2299 天 8 小时") + 16
    assert view.columnWidth(response) >= needed


def _right_edge(view: MentionsTableView, key: str) -> int:
    header = view.horizontalHeader()
    logical = view.table_model.column_index(key)
    return header.sectionViewportPosition(logical) + header.sectionSize(logical)


def test_the_text_takes_the_spare_width_of_a_wide_window(qtbot) -> None:
    view = _view(qtbot)
    view.resize(2400, 400)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    assert header.length() == view.viewport().width()  # no gap, nothing to scroll
    assert header.sectionSize(view.table_model.column_index("text")) > 300


def test_at_1024_px_the_response_time_stays_whole_on_screen(qtbot) -> None:
    """The table beside the detail panel at 1024 px is ~500 px wide: the text gives way so
    the response cell is not cut at the edge; the later columns scroll."""
    view = _view(qtbot)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    text = view.horizontalHeader().sectionSize(view.table_model.column_index("text"))
    assert text >= 160
    assert _right_edge(view, "response") <= view.viewport().width()
    view.resize(900, 400)  # wider again: the text grows back
    assert view.horizontalHeader().sectionSize(view.table_model.column_index("text")) > text
    assert _right_edge(view, "response") <= view.viewport().width()
