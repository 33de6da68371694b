"""The 传播与时间线 tab through pytest-qt: manual events."""

from __future__ import annotations

from desktop.services import cases
from desktop.ui.cases import dialogs as case_dialogs
from tests.support.cases import accept


def test_a_manual_event_from_the_timeline_tab(page, monkeypatch):
    case_id = cases.create_case(page.ctx.workspace, title="时间线").id
    page.open_case(case_id)

    def fill_event(d):
        d.kind.setCurrentIndex(d.kind.findData("media_inquiry"))
        d.text.setPlainText("记者来电")

    accept(monkeypatch, case_dialogs.EventDialog, fill_event)
    page.view.timeline.add_event()
    assert [r["kind"] for r in page.view.timeline.timeline_model.rows][-1] == "media_inquiry"
