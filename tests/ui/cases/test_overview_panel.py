"""The 概况 tab: the detection time is a date-time editor (no free text); moving it asks for
the reason, which the timeline records; the clock follows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit

from desktop.services import cases
from desktop.ui.cases import dialogs as case_dialogs
from tests.support.cases import CST, accept


def _open(page):
    case_id = cases.create_case(
        page.ctx.workspace, title="发现时间测试", detected_at="2026-11-18T09:40:00+08:00"
    ).id
    cases.set_severity(page.ctx.workspace, case_id, "III", "门店投诉")
    page.open_case(case_id)
    return case_id


def test_detection_is_a_date_time_editor_showing_the_case(page):
    case_id = _open(page)
    editor = page.view.overview.f_detected
    assert isinstance(editor, QDateTimeEdit)
    shown = editor.dateTime().toPython().astimezone()
    assert shown == datetime(2026, 11, 18, 9, 40, tzinfo=CST)
    assert cases.get_case(page.ctx.workspace, case_id)["detected_at"].startswith("2026-11-18")


def test_moving_detection_asks_why_and_the_timeline_records_it(page, monkeypatch, dialogs):
    case_id = _open(page)
    overview = page.view.overview
    earlier = QDateTime(datetime(2026, 11, 3, 10, 0, tzinfo=CST).astimezone().replace(tzinfo=None))
    overview.f_detected.setDateTime(earlier)
    asked = []

    def cancel(dialog):
        asked.append(dialog)
        return case_dialogs.QDialog.DialogCode.Rejected

    monkeypatch.setattr(case_dialogs.DetectedReasonDialog, "exec", cancel)
    overview.save_fields()  # cancelled: nothing saved
    assert asked
    ws = page.ctx.workspace
    assert cases.get_case(ws, case_id)["detected_at"] == "2026-11-18T09:40:00+08:00"

    accept(monkeypatch, case_dialogs.DetectedReasonDialog)  # no reason typed
    overview.save_fields()
    assert "理由" in dialogs.texts()
    assert cases.get_case(ws, case_id)["detected_at"] == "2026-11-18T09:40:00+08:00"

    accept(
        monkeypatch,
        case_dialogs.DetectedReasonDialog,
        lambda d: d.reason.setPlainText("客服 11 月 3 日已接到第一通投诉"),
    )
    overview.save_fields()
    case = cases.get_case(ws, case_id)
    moment = datetime.fromisoformat(case["detected_at"])
    assert moment == datetime(2026, 11, 3, 10, 0, tzinfo=CST)
    texts = [r["text"] for r in page.view.timeline.timeline_model.rows]
    assert any("客服 11 月 3 日已接到第一通投诉" in t for t in texts)
    assert "未定级" not in page.view.clock_label.text()
    assert page.view.detail.clock["detected_at"] == moment.isoformat()


def test_saving_other_fields_does_not_ask_about_detection(page, monkeypatch):
    case_id = _open(page)
    monkeypatch.setattr(
        case_dialogs.DetectedReasonDialog,
        "exec",
        lambda d: (_ for _ in ()).throw(AssertionError("asked")),
    )
    page.view.overview.f_owner.setText("值班经理")
    page.view.overview.save_fields()
    assert cases.get_case(page.ctx.workspace, case_id)["owner"] == "值班经理"
