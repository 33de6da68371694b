"""The dashboard's alert lines reworded in English from what they keep (kind and details):
no Chinese but the authors' names; Chinese mode shows the stored reason."""

from __future__ import annotations

from datetime import date

from desktop.core import alert_vocab
from desktop.services import alerts, overview
from desktop.storage.workspace import Workspace
from tests.support.english import chinese_left
from tests.support.overview import NOW, add_known_mentions

TODAY = date(2026, 12, 3)


def test_dashboard_alert_lines_read_in_english(workspace: Workspace) -> None:
    add_known_mentions(workspace)
    alerts.save_thresholds(
        workspace, {k: {"enabled": k == alert_vocab.INFLUENCER} for k in alert_vocab.ALERT_KINDS}
    )
    assert alerts.evaluate(workspace, NOW).raised
    board = overview.dashboard(workspace, overview.range_period("today", TODAY), NOW)
    assert board.alerts
    for line in board.alerts:
        names = tuple(str(a.get("name", "")) for a in line.details.get("authors", []))
        english = alerts.reason_words(line.kind, line.details, line.reason, "en")
        assert english != line.reason
        assert not chinese_left(english, names), english
        assert alerts.reason_words(line.kind, line.details, line.reason, "zh") == line.reason


def test_a_reason_without_details_stays_as_stored() -> None:
    assert alerts.reason_words(alert_vocab.INFLUENCER, {}, "旧的预警", "en") == "旧的预警"
