"""The drill console on the drill copy: injects, triage, the holding statement through the
one approval dialog, the checklist, the finish; the real file untouched until then."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from desktop.services import cases, drills, kb
from desktop.services.context import AppContext
from desktop.services.workspaces import Workspace
from desktop.ui.drills import DrillRecordsDialog, DrillWindow, StartDrillDialog
from desktop.ui.drills.dialogs import FinishDrillDialog
from tests.support.approval import Answering, pick
from tests.support.drills import FakeWall, file_hash


@pytest.fixture
def wall() -> FakeWall:
    return FakeWall()


@pytest.fixture
def window(qtbot, ctx: AppContext, demo_workspace: Workspace, wall: FakeWall) -> DrillWindow:
    source = drills.from_scenario("food_safety_post", demo_workspace.info()["brand"])
    drill = drills.start_drill(
        demo_workspace, source, drills_folder=drills.drills_folder(ctx), speed=12, now=wall
    )
    shown = DrillWindow(ctx, drill, live=False)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.abandon()


def finishing(lessons: list[str], participants: str = "", keep: bool = False):
    class Scripted(FinishDrillDialog):
        def exec(self) -> int:
            self.lessons_edit.setPlainText("\n".join(lessons))
            self.participants_edit.setText(participants)
            self.keep_copy.setChecked(keep)
            return QDialog.DialogCode.Accepted

    return Scripted


def test_the_window_says_drill_everywhere_and_shows_the_first_inject(
    window: DrillWindow, qtmodeltester
) -> None:
    assert window.windowTitle().startswith("【演练】外卖餐品吃出异物")
    assert "不会进入正式工作区" in window.banner.text()
    assert window.clock_label.text().startswith("T+0:00")
    assert window.injects.rowCount() == 1 and "金属丝" in window.injects.rows[0].text
    assert "下一事件 T+0:06" in window.next_label.text()
    assert window.checklist.rowCount() == 6
    assert [r["kind"] for r in window.timeline.rows][-1] == "发现"
    for model in (window.injects, window.checklist, window.statements, window.timeline):
        qtmodeltester.check(model)


def test_a_whole_response_in_the_console_then_one_summary_row(
    window: DrillWindow, demo_workspace: Workspace, wall: FakeWall, ctx: AppContext, qtbot
) -> None:
    before = file_hash(demo_workspace)
    wall.advance(seconds=30)  # drill minute 6: the second post arrives with the timer
    window.advance()
    assert window.injects.rowCount() == 2
    window.injects_view.selectRow(0)
    window.set_sentiment("neg")
    assert window.injects.rows[0].sentiment == "neg"
    assert (
        window.injects.index(0, 3).data() == "负面" and window.injects.index(0, 1).data() == "舆情"
    )
    window.write_holding(channel="weibo", body="我们已关注到网友反映的情况，正在核实。")
    wall.advance(seconds=60)
    approver = cases.who_may_approve(window.drill.copy, window.drill.case_id)[0]["id"]
    window.statements_view.selectRow(0)
    assert window.approve(dialog_factory=Answering(pick(approver)))
    window.publish()
    assert window.statements.rows[0]["status"] == "published"
    assert "已达标" in window.response_label.text()
    window.internal_notice("全体门店统一口径")
    window.checklist_view.selectRow(0)
    window.tick_item(True)
    assert window.checklist.rows[0].done
    assert file_hash(demo_workspace) == before  # nothing of this reached the real file
    with qtbot.waitSignal(window.finished) as signal:
        drill_id = window.finish(dialog_factory=finishing(["审批人要有备份"], "周若溪"))
    assert signal.args == [drill_id]
    row = drills.get_drill(demo_workspace, drill_id)
    assert row["measures"]["holding_minutes"] == 18 and row["participants"] == "周若溪"
    assert row["lessons"] == [{"text": "审批人要有备份", "applied": ""}]


def test_pause_and_next_inject(window: DrillWindow, wall: FakeWall) -> None:
    window.toggle_pause()
    assert window.pause_button.text() == "继续" and window.next_label.text() == "已暂停"
    wall.advance(minutes=10)
    window.advance()
    assert window.injects.rowCount() == 1
    window.toggle_pause()
    window.next_inject()
    assert window.injects.rowCount() == 2 and window.clock_label.text().startswith("T+0:06")


def test_records_turn_a_lesson_into_a_kb_draft_and_export_the_report(
    qtbot,
    ctx: AppContext,
    demo_workspace: Workspace,
    window: DrillWindow,
    tmp_path: Path,
    qtmodeltester,
) -> None:
    drill_id = window.finish(dialog_factory=finishing(["首条回复要有模板", "法务提前审稿"]))
    records = DrillRecordsDialog(None, ctx, select=drill_id)
    qtbot.addWidget(records)
    qtmodeltester.check(records.model)
    assert records.current_id() == drill_id and records.lessons.count() == 2
    assert "演练报告" in records.detail.toPlainText()
    assert records.apply_lesson("kb", index=0)
    lessons = drills.get_drill(demo_workspace, drill_id)["lessons"]
    entry_id = int(lessons[0]["applied"].split(":")[1])
    assert kb.get_entry(demo_workspace, entry_id).status == "draft"
    assert "已转为问答库草稿" in records.lessons.item(0).text()
    out = records.export_report(tmp_path / "演练.xlsx")
    assert out is not None and "指标" in load_workbook(out).sheetnames


def test_records_say_what_to_do_when_empty(qtbot, ctx: AppContext, workspace: Workspace) -> None:
    records = DrillRecordsDialog(None, ctx)
    qtbot.addWidget(records)
    assert not records.empty_label.isHidden() and "开始演练" in records.empty_label.text()


def test_the_start_dialog_offers_scenarios_references_and_cases(
    qtbot, demo_workspace: Workspace
) -> None:
    dialog = StartDrillDialog(None, demo_workspace)
    qtbot.addWidget(dialog)
    assert dialog.source_combo.count() == len(drills.scenarios())
    dialog.choose("scenario", "member_data_leak")
    assert dialog.values() == ("scenario", "member_data_leak", "I", 12.0)
    case_id = cases.list_cases(demo_workspace)[0]["id"]
    dialog.choose("case", str(case_id))
    assert dialog.values()[:2] == ("case", str(case_id))
    assert "5 分钟" in dialog.speed_label.text()


def test_the_main_window_has_the_drill_actions(main_window) -> None:
    assert main_window.find_action("action_start_drill") is not None
    assert main_window.find_action("action_drill_records") is not None


def test_the_controller_starts_a_drill_window_and_offers_an_unfinished_one(
    qtbot, main_window, ctx: AppContext, tmp_path: Path, dialogs
) -> None:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QMessageBox

    assert main_window.open_path(workspaces_create(ctx, tmp_path))
    controller = main_window.findChild(QObject, "drill_controller")
    with qtbot.waitSignal(controller.drill_started) as started:
        assert controller.start_with("scenario", "false_rumour", "III", 12.0) is not None
    window = started.args[0]
    assert window is not None and window.drill.level == "III"
    window.keep_for_later()  # the app stopped mid-drill, the copy kept
    window.close()
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    again = controller.offer_unfinished()
    assert again is not None and again.drill.title == "网传“地沟油”视频"
    assert again.drill.clock.paused
    again.abandon()
    again.close()
    assert controller.offer_unfinished() is None


def workspaces_create(ctx: AppContext, tmp_path: Path) -> Path:
    from desktop.services import workspaces

    created = workspaces.create_workspace(ctx, tmp_path / "真实", name="真实")
    path = created.path
    created.close()
    return path


def test_a_drill_copy_opened_in_the_main_window_says_so(
    main_window, ctx: AppContext, tmp_path: Path
) -> None:
    real = workspaces_create(ctx, tmp_path)
    with Workspace.open(real) as opened:
        drill = drills.start_drill(
            opened,
            drills.from_scenario("false_rumour", ""),
            drills_folder=drills.drills_folder(ctx),
            now=FakeWall(),
        )
        copy_path = drill.copy.path
        drill.close()
    assert main_window.open_path(copy_path)
    assert "【演练】" in main_window.windowTitle()
    assert "演练副本" in main_window.statusBar().currentMessage()


def test_a_failing_tick_stops_the_timer_instead_of_repeating_the_error(
    window: DrillWindow, wall: FakeWall, monkeypatch, dialogs
) -> None:
    from desktop.core.errors import UserError

    def broken(drill):
        raise UserError("演练副本无法写入。")

    monkeypatch.setattr(drills, "deliver_due", broken)
    window.timer.start()
    wall.advance(seconds=30)
    window.advance()
    assert not window.timer.isActive()
    assert "演练副本无法写入" in dialogs.texts()


def test_the_console_fits_a_1024_px_screen(qtbot, window: DrillWindow, wall: FakeWall) -> None:
    window.next_inject()
    window.next_inject()
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 720)
    assert window.width() <= 1024
    assert window.response_label.text()  # the clock's words still shown, wrapped
