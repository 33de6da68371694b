"""The roster page (危机通讯录) and the approval dialog, through pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.services import approvals, roster, workspaces
from desktop.ui.approval_dialog import approve_through_dialog
from desktop.ui.main_window import MainWindow
from desktop.ui.roster.models import RaciDelegate, ResponsibilityMatrixModel
from desktop.ui.roster.page import TAB_HEALTH, TAB_MATRIX, TAB_PEOPLE, RosterPage
from tests.support.approval import answering, pick


@pytest.fixture
def page(main_window: MainWindow) -> RosterPage:
    main_window.open_demo()
    shown = main_window.show_page("roster")
    assert isinstance(shown, RosterPage)
    assert main_window.pages[4] is shown  # the fifth of the navigation (Ctrl+5)
    return shown


def ids_by_name(page: RosterPage) -> dict[str, int]:
    return {p["name"]: p["id"] for p in page.people_tab.model.people}


def test_models_pass_the_model_tester(page: RosterPage, qtmodeltester) -> None:
    qtmodeltester.check(page.people_tab.model)
    qtmodeltester.check(page.matrix_tab.model)
    page.matrix_tab.scenario_combo.setCurrentIndex(
        page.matrix_tab.scenario_combo.findData("food_safety")
    )
    page.matrix_tab.mode_combo.setCurrentIndex(
        page.matrix_tab.mode_combo.findData(ResponsibilityMatrixModel.BY_ROLE)
    )
    qtmodeltester.check(page.matrix_tab.model)


def test_page_shows_people_matrix_and_the_demo_finding(page: RosterPage) -> None:
    assert page.people_tab.model.rowCount() == 10
    assert page.matrix_tab.model.rowCount() == 13 and page.matrix_tab.model.columnCount() == 10
    assert page.health_tab.findings_list.count() == 1
    assert "吴佳" in page.health_tab.findings_list.item(0).text()
    assert "1 提醒" in page.health_badge.text()
    assert page.tabs.tabText(TAB_HEALTH) == "健康检查（1）"


def test_jump_to_fix_then_verify_clears_the_finding(page: RosterPage, qtbot) -> None:
    page.tabs.setCurrentIndex(TAB_HEALTH)
    page.health_tab.findings_list.setCurrentRow(0)
    page.health_tab.fix_button.click()
    assert page.tabs.currentIndex() == TAB_PEOPLE
    assert page.people_tab.fields["name"].text() == "吴佳"
    selected = page.people_tab.view.selectionModel().selectedRows()
    assert [page.people_tab.model.person_id(i.row()) for i in selected] == [
        page.people_tab.current_person_id
    ]
    page.people_tab.verify_button.click()
    assert page.health_tab.findings_list.count() == 0
    assert "健康" in page.health_badge.text()
    assert page.people_tab.fields["name"].text() == "吴佳"  # selection kept across the refresh


def test_inherited_rows_are_grey_and_editing_overrides(page: RosterPage, main_window) -> None:
    page.tabs.setCurrentIndex(TAB_MATRIX)
    page.matrix_tab.scenario_combo.setCurrentIndex(
        page.matrix_tab.scenario_combo.findData("food_safety")
    )
    model = page.matrix_tab.model
    monitor = model.activities.index("monitor")
    assert model.headerData(monitor, Qt.Orientation.Vertical, Qt.ItemDataRole.ForegroundRole)
    assert "继承自：默认矩阵" in model.headerData(
        monitor, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole
    )
    people = ids_by_name(page)
    column = [c[1] for c in model.columns].index(people["郑浩"])
    index = model.index(monitor, column)
    assert model.setData(index, "A")
    assert model.data(index) == "A"
    assert (
        model.headerData(monitor, Qt.Orientation.Vertical, Qt.ItemDataRole.ForegroundRole) is None
    )
    assert "周若溪" in main_window.statusBar().currentMessage()  # the A moved away from 周若溪
    workspace = main_window.ctx.workspace
    assert approvals.holders(workspace, "monitor", "A", "food_safety") == [people["郑浩"]]
    assert approvals.holders(workspace, "monitor", "A") == [people["周若溪"]]  # default intact
    page.matrix_tab.view.setCurrentIndex(index)
    page.matrix_tab.reset_button.click()
    assert approvals.holders(workspace, "monitor", "A", "food_safety") == [people["周若溪"]]


def test_clearing_the_only_a_shows_in_the_health_list(page: RosterPage) -> None:
    model = page.matrix_tab.model
    row = model.activities.index("close_case")
    column = [c[1] for c in model.columns].index(ids_by_name(page)["林嘉禾"])
    delegate = RaciDelegate(page.matrix_tab.view)
    index = model.index(row, column)
    editor = delegate.createEditor(page.matrix_tab.view, None, index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "A"
    editor.setCurrentIndex(editor.findData(""))
    delegate.setModelData(editor, model, index)
    assert model.data(index, Qt.ItemDataRole.EditRole) == ""
    assert model.data(index) == "(I)"  # still informed through the 管理层 role
    texts = [
        page.health_tab.findings_list.item(i).text()
        for i in range(page.health_tab.findings_list.count())
    ]
    assert any("结案" in t and "没有审批人" in t for t in texts)
    page.tabs.setCurrentIndex(TAB_HEALTH)
    item = next(
        page.health_tab.findings_list.item(i)
        for i in range(page.health_tab.findings_list.count())
        if "结案" in page.health_tab.findings_list.item(i).text()
    )
    page.health_tab.findings_list.setCurrentItem(item)
    page.health_tab.fix_button.click()
    assert page.tabs.currentIndex() == TAB_MATRIX
    assert page.matrix_tab.view.selectionModel().selectedRows()[0].row() == row


def test_add_a_person_with_roles_and_backup(page: RosterPage, main_window) -> None:
    page.new_button.click()
    assert (
        page.people_tab.fields["name"].text() == ""
        and page.people_tab.editor_title.text() == "新成员"
    )
    page.people_tab.fields["name"].setText("冯晓")
    page.people_tab.fields["phone"].setText("13900000011")
    for row in range(page.people_tab.roles_list.count()):
        item = page.people_tab.roles_list.item(row)
        if item.text() == "法务":
            item.setCheckState(Qt.CheckState.Checked)
    page.people_tab.backup_combo.setCurrentIndex(page.people_tab.backup_combo.findText("何清"))
    food_safety_officer = page.people_tab.add_role("食品安全官")
    assert page.people_tab.add_role("食品安全官") == food_safety_officer  # no duplicate
    assert page.people_tab.save_person()
    people = ids_by_name(page)
    assert "冯晓" in people and page.people_tab.model.rowCount() == 11
    saved = roster.person(main_window.ctx.workspace, people["冯晓"])
    assert saved["backup_id"] == people["何清"] and len(saved["role_ids"]) == 2
    assert food_safety_officer in saved["role_ids"]
    assert page.matrix_tab.model.columnCount() == 11


def test_saving_without_a_name_explains(page: RosterPage, dialogs) -> None:
    page.new_button.click()
    assert not page.people_tab.save_person()
    assert "姓名不能为空" in dialogs.texts()


def test_card_export_and_import_buttons(
    page: RosterPage, main_window, tmp_path, qtbot, dialogs
) -> None:
    card = page.print_card(tmp_path / "card.pdf")
    assert card is not None and card.read_bytes().startswith(b"%PDF")
    out = page.export_excel(tmp_path / "roster.xlsx")
    assert out is not None and out.exists()
    # change the workspace, then import the earlier export back
    workspace = main_window.ctx.workspace
    roster.set_available(workspace, ids_by_name(page)["林嘉禾"], False, "休假")
    task = page.import_excel(out)
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    qtbot.waitUntil(lambda: "导入完成" in dialogs.texts(), timeout=5_000)
    assert "更新 10 人" in dialogs.texts()
    assert "打码的联系方式" in dialogs.texts()  # the masked export did not overwrite them
    assert roster.person(workspace, ids_by_name(page)["林嘉禾"])["phone"].isdigit()
    assert roster.person(workspace, ids_by_name(page)["林嘉禾"])["available"] is True


def test_empty_workspace_says_what_to_do(main_window: MainWindow, tmp_path, qtmodeltester) -> None:
    workspaces.create_workspace(main_window.ctx, tmp_path / "empty", name="空").close()
    assert main_window.open_path(tmp_path / "empty.crisisdesk")
    page = main_window.show_page("roster")
    qtmodeltester.check(page.people_tab.model)
    qtmodeltester.check(page.matrix_tab.model)
    assert page.people_tab.empty_note.isVisibleTo(page)
    assert "新增成员" in page.people_tab.empty_note.text()
    assert "添加成员" in page.matrix_tab.note.text()
    codes = {
        page.health_tab.findings_list.item(i).data(Qt.ItemDataRole.UserRole).code
        for i in range(page.health_tab.findings_list.count())
    }
    assert {"no_people", "matrix_empty"} <= codes


def test_approval_dialog_refuses_then_records(page: RosterPage, main_window, tmp_path) -> None:
    ctx = main_window.ctx
    people = ids_by_name(page)
    evidence = tmp_path / "同意截图.png"
    evidence.write_bytes(b"\x89PNG\r\n\x1a\n0000")
    wrong_person_with_screenshot = pick(people["陈子墨"], evidence=evidence)
    stored_when_refused: list[int] = []

    def right_person(dialog) -> None:
        stored_when_refused.append(ctx.workspace.count("attachments"))
        pick(people["林嘉禾"], method="wechat", note="微信同意第 2 版")(dialog)

    script = answering(wrong_person_with_screenshot, right_person)
    done = approve_through_dialog(
        main_window,
        ctx,
        activity="approve_kb",
        approve=lambda given: approvals.approve(
            ctx.workspace, approvals.Subject("kb_entry", 3, 2, "approve_kb"), given
        ),
        dialog_factory=script,
    )
    dialog = script.dialog
    assert "林嘉禾" in dialog.who_label.text()
    assert dialog.approver_combo.itemData(0) == people["林嘉禾"]  # allowed people first
    assert "陈子墨" in script.problems[0] and "林嘉禾" in script.problems[0]
    assert stored_when_refused == [0]  # the refused approval stored no screenshot
    assert done is not None
    info = approvals.current_approval(ctx.workspace, "kb_entry", 3, 2)
    assert info["id"] == done.id
    assert (info["approver_name"], info["method"], info["note"]) == (
        "林嘉禾",
        "wechat",
        "微信同意第 2 版",
    )
    assert approvals.evidence(ctx.workspace, info["attachment_id"])[0] == "同意截图.png"


def test_read_only_workspace_cannot_edit(main_window: MainWindow, tmp_path: Path) -> None:
    created = workspaces.create_workspace(main_window.ctx, tmp_path / "ro", demo=True)
    created.close()
    assert main_window.open_path(tmp_path / "ro.crisisdesk", read_only=True)
    page = main_window.show_page("roster")
    assert not page.people_tab.save_button.isEnabled() and not page.import_button.isEnabled()
    index = page.matrix_tab.model.index(0, 0)
    assert not page.matrix_tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not page.matrix_tab.model.setData(index, "A")


def test_stale_days_setting_changes_the_health_list(page: RosterPage, main_window) -> None:
    assert page.health_tab.stale_spin.value() == 90 and page.health_tab.findings_list.count() == 1
    page.health_tab.stale_spin.setValue(365)
    assert page.health_tab.findings_list.count() == 0
    assert main_window.ctx.workspace.setting("roster_stale_days") == 365
    page.health_tab.stale_spin.setValue(10)
    assert page.health_tab.findings_list.count() > 1


def test_writes_publish_their_changes(page: RosterPage, main_window) -> None:
    published: list[tuple[object, object]] = []
    main_window.ctx.bus.subscribe(lambda changes, initiator: published.append((changes, initiator)))
    people = ids_by_name(page)
    model = page.matrix_tab.model
    row = model.activities.index("monitor")
    assert model.setData(model.index(row, [c[1] for c in model.columns].index(people["郑浩"])), "C")
    changes, initiator = published[-1]
    assert changes.roster and people["郑浩"] in changes.person_ids and initiator is model
    page.new_button.click()
    page.people_tab.fields["name"].setText("冯晓")
    page.people_tab.fields["phone"].setText("13900000011")
    assert page.people_tab.save_person()
    changes, initiator = published[-1]
    new_id = ids_by_name(page)["冯晓"]
    assert changes.person_ids == {new_id} and initiator is page.people_tab
    assert page.people_tab.current_person_id == new_id  # the saved person stays selected
    assert page.people_tab.fields["name"].text() == "冯晓"


# -- the export dialog (issue 13): masked by default, full contacts only when confirmed ------


def _export_through_dialog(monkeypatch, out: Path, *, unmask: bool, dialogs=None, answer=None):
    from desktop.ui.roster.export_dialog import RosterExportDialog

    seen: list[RosterExportDialog] = []

    def fake_exec(dialog: RosterExportDialog) -> int:
        seen.append(dialog)
        dialog.path_edit.setText(str(out.with_suffix("")))  # the suffix is added
        if unmask:
            dialogs.question_answer = answer
            dialog.unmask_box.click()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(RosterExportDialog, "exec", fake_exec)
    return seen


def _phones(path: Path) -> list[str]:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("人员").to_python()
    column = rows[0].index("手机")
    return [row[column] for row in rows[1:] if row[column]]


def test_export_dialog_masks_by_default(page: RosterPage, tmp_path, monkeypatch, dialogs) -> None:
    out = tmp_path / "masked.xlsx"
    seen = _export_through_dialog(monkeypatch, out, unmask=False)
    assert page.export_excel() == out
    assert "打码" in seen[0].privacy_note.text()
    phones = _phones(out)
    assert phones and all("****" in p for p in phones)
    assert page.ctx.workspace.count("audit", "action = 'export-unmasked'") == 0


def test_full_contacts_need_a_confirmation_and_are_audited(
    page: RosterPage, tmp_path, monkeypatch, dialogs
) -> None:
    from PySide6.QtWidgets import QMessageBox

    refused = tmp_path / "refused.xlsx"
    seen = _export_through_dialog(
        monkeypatch, refused, unmask=True, dialogs=dialogs, answer=QMessageBox.StandardButton.No
    )
    assert page.export_excel() == refused
    assert not seen[0].unmask_box.isChecked()
    assert any("question:导出完整联系方式" in text for text in dialogs.shown)
    assert all("****" in p for p in _phones(refused))
    assert page.ctx.workspace.count("audit", "action = 'export-unmasked'") == 0

    full = tmp_path / "full.xlsx"
    _export_through_dialog(
        monkeypatch, full, unmask=True, dialogs=dialogs, answer=QMessageBox.StandardButton.Yes
    )
    assert page.export_excel() == full
    assert not any("****" in p for p in _phones(full))
    assert page.ctx.workspace.count("audit", "action = 'export-unmasked'") == 1


def test_read_only_window_offers_only_the_masked_export(qtbot) -> None:
    from desktop.ui.roster.export_dialog import RosterExportDialog

    dialog = RosterExportDialog(None, default_path=Path("x.xlsx"), read_only=True)
    qtbot.addWidget(dialog)
    assert not dialog.unmask_box.isEnabled() and "只读" in dialog.unmask_box.toolTip()
    assert dialog.path() == Path("x.xlsx")
