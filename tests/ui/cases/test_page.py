"""The cases page through pytest-qt: the list (chip, clock, filters), new cases and the
reference library, thresholds, read-only, the minute tick, and the mentions page's actions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.core.mention_filter import MentionFilter
from desktop.services import cases, workspaces
from desktop.ui.cases import dialogs as case_dialogs
from desktop.ui.theme import SEVERITY_COLOURS
from tests.support.cases import accept, add_mentions, make_workspace


def test_page_is_registered_and_shows_an_empty_state(main_window, ctx, tmp_path):
    titles = [main_window.navigation.item(i).text() for i in range(main_window.navigation.count())]
    assert "案例" in titles
    ws = workspaces.create_workspace(ctx, tmp_path / "empty", name="空")
    path = ws.path
    ws.close()
    main_window.open_path(path)
    page = main_window.show_page("cases")
    assert page.model.rowCount() == 0
    assert "新建案例" in page.empty.text() and page.empty.isVisible()


def test_case_list_models_chip_and_clock(page, qtmodeltester):
    qtmodeltester.check(page.model)
    row = page.model.rows[0]
    assert row["title"] == "徐汇店沙拉碗钢丝事件"
    chip = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert chip == SEVERITY_COLOURS["II"]
    assert page.model.data(page.model.index(0, 0)) == "Ⅱ"
    clock = page.model.data(page.model.index(0, 4))
    assert "已达标" in clock
    assert page.model.data(page.model.index(0, 5)) == "46"


def test_open_cases_come_first_and_missed_clocks_are_red(page):
    ws = page.ctx.workspace
    late = cases.create_case(ws, title="超时未回应", detected_at="2026-11-01T09:00:00+08:00").id
    cases.set_severity(ws, late, "I", "严重")
    cases.set_phase(ws, 1, "closed")
    page.refresh()
    assert [r["title"] for r in page.model.rows] == ["超时未回应", "徐汇店沙拉碗钢丝事件"]
    colour = page.model.data(page.model.index(0, 4), Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == "#d32f2f"


def test_filters_and_search(page, qtbot):
    cases.create_case(page.ctx.workspace, title="配送延误", scenario="service_conflict")
    page.refresh()
    assert page.model.rowCount() == 2
    page.search.setText("钢丝")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.phase_filter.setCurrentIndex(page.phase_filter.findData("detected"))
    assert [r["title"] for r in page.model.rows] == ["配送延误"]
    page.phase_filter.setCurrentIndex(0)
    page.severity_filter.setCurrentIndex(page.severity_filter.findData("II"))
    assert [r["title"] for r in page.model.rows] == ["徐汇店沙拉碗钢丝事件"]


def test_new_case_from_the_dialog_opens_the_case(page, monkeypatch):
    accept(monkeypatch, case_dialogs.NewCaseDialog, lambda d: d.title.setText("门店排队冲突"))
    monkeypatch.setattr("desktop.ui.cases.page.NewCaseDialog", case_dialogs.NewCaseDialog)
    case_id = page.new_case()
    assert page.stack.currentWidget() is page.view
    assert page.view.title_label.text() == "门店排队冲突"
    assert cases.get_case(page.ctx.workspace, case_id)["phase"] == "detected"


def test_reference_library_reads_and_starts_a_case(page, monkeypatch, qtbot):
    dialog = case_dialogs.ReferenceLibraryDialog(page)
    qtbot.addWidget(dialog)
    assert dialog.list.count() >= 10
    dialog.list.setCurrentRow(1)
    assert "Equifax" in dialog.text.toPlainText() and "经验教训" in dialog.text.toPlainText()
    accept(monkeypatch, case_dialogs.ReferenceLibraryDialog, lambda d: d.list.setCurrentRow(2))
    case_id = page.open_reference_library()
    case = cases.get_case(page.ctx.workspace, case_id)
    assert case["reference_key"] == "kfc-uk-fck-2018"
    assert page.view.case_id == case_id


class FakeMentionsPage:
    def __init__(self, ids):
        self.actions = []
        self.ids = ids

    def add_selection_action(self, text, callback, shortcut=""):
        self.actions.append((text, callback))

    def current_filter(self):
        return MentionFilter(issue_type="food_safety")


def test_install_actions_adds_link_actions_to_the_mentions_page(page, monkeypatch):
    fake = FakeMentionsPage([])
    monkeypatch.setattr(page.shell, "page", lambda key: None)
    page.install_actions(page.shell)  # a window without a mentions page: no error, no action
    monkeypatch.setattr(page.shell, "page", lambda key: fake if key == "mentions" else None)
    page.install_actions(page.shell)
    assert [text for text, _ in fake.actions] == [
        "关联到案例…",
        "全部符合当前搜索的舆情关联到案例…",
    ]

    ws = page.ctx.workspace
    other = add_mentions(ws, 2, text="另一件事", key_prefix="o")

    def fill(d):
        d.case.setCurrentIndex(d.case.findData(d.NEW))
        d.new_title.setText("新危机")

    accept(monkeypatch, case_dialogs.LinkToCaseDialog, fill)
    case_id = fake.actions[0][1](other)
    assert cases.get_case(ws, case_id)["title"] == "新危机"
    # a case opened from mentions is detected when the first of them was posted
    assert cases.get_case(ws, case_id)["detected_at"] == "2026-11-18T09:00:00+08:00"
    assert page.view.case_id == case_id and page.view.mentions.mentions_model.rowCount() == 2
    accept(
        monkeypatch,
        case_dialogs.LinkToCaseDialog,
        lambda d: d.case.setCurrentIndex(d.case.findData(case_id)),
    )
    fake.actions[1][1]([])
    assert ws.count("mentions", "case_id = ?", [case_id]) == 2 + 46  # the food-safety search


def test_read_only_workspace_disables_editing(main_window, ctx, tmp_path):
    path = make_workspace(ctx, tmp_path)
    main_window.open_path(path, read_only=True)
    page = main_window.show_page("cases")
    assert not page.new_button.isEnabled()
    page.open_case(1)
    assert not page.view.severity.set_level_button.isEnabled()
    assert page.view.pdf_button.isEnabled()


def test_unused_index_is_harmless(page):
    assert page.model.data(QModelIndex()) is None
    assert page.model.data(page.model.index(99, 0)) is None


def test_thresholds_dialog_validates_and_saves(page, monkeypatch, dialogs):
    attempts = []

    def fill(d):
        attempts.append(1)
        d.fields["negative_volume"].setText("50/10" if len(attempts) == 1 else "1/2/3")
        d.targets["I"].setText("15")

    accept(monkeypatch, case_dialogs.ThresholdsDialog, fill)
    assert page.edit_thresholds()
    assert "三个从小到大的整数" in dialogs.texts()
    ws = page.ctx.workspace
    assert cases.thresholds(ws).negative_volume == (1, 2, 3)
    assert cases.response_targets(ws)["I"] == 15


def test_running_clocks_refresh_on_the_minute_tick(page, monkeypatch):
    ws = page.ctx.workspace
    running = cases.create_case(ws, title="计时中").id
    cases.set_severity(ws, running, "IV", "观察")
    page.refresh()
    calls = []
    monkeypatch.setattr(page, "refresh", lambda: calls.append(1))
    page._tick()
    assert calls == [1]
