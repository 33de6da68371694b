"""The 级别研判 tab through pytest-qt: setting the level needs a reason."""

from __future__ import annotations

from desktop.services import cases
from desktop.ui.cases import dialogs as case_dialogs
from tests.support.cases import accept


def test_set_level_with_reason_from_the_view(page, monkeypatch, dialogs):
    case_id = cases.create_case(page.ctx.workspace, title="定级测试").id
    page.open_case(case_id)
    accept(monkeypatch, case_dialogs.SeverityDialog)  # no reason typed
    page.view.severity.set_level()
    assert "理由" in dialogs.texts()

    def fill(d):
        d.level.setCurrentIndex(d.level.findData("I"))
        d.reason.setPlainText("央视已报道")

    accept(monkeypatch, case_dialogs.SeverityDialog, fill)
    page.view.severity.set_level()
    assert cases.get_case(page.ctx.workspace, case_id)["severity"] == "I"
    assert page.view.chip.text().strip() == "Ⅰ"
    assert page.view.timeline.timeline_model.rows[-1]["kind"] == "severity_changed"
