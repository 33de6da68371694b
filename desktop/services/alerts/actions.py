"""What a person does with an alert: acknowledge it, snooze it, open a case from it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.changes import Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.services.alerts.wording import describe, kind_label
from desktop.services.cases import open_case
from desktop.storage import alerts as store
from desktop.storage.alerts import Alert
from desktop.storage.workspace import Workspace, now_iso

ALERT_CHANGES = Changes(alerts=True, audit=True)
MAX_SNOOZE_HOURS = 24 * 7


def get_alert(workspace: Workspace, alert_id: int) -> Alert:
    alert = store.get_alert(workspace.db, alert_id)
    if alert is None:
        raise UserError(f"找不到预警 {alert_id}。", hint="刷新预警列表后再试。")
    return alert


def acknowledge(workspace: Workspace, alert_id: int, *, by: str | None = None) -> Changes:
    """Mark as seen by this person now; an alert acknowledged already keeps its first ack."""
    alert = get_alert(workspace, alert_id)
    if alert.acknowledged_at:
        return Changes()
    who = by or workspace.user
    with workspace.transaction():
        store.acknowledge(workspace.db, alert_id, by=who, at=now_iso())
        workspace.audit("acknowledge", "alert", alert_id, after={"by": who})
    return ALERT_CHANGES


def snooze(
    workspace: Workspace,
    alert_id: int,
    *,
    hours: float,
    by: str | None = None,
    now: datetime | None = None,
) -> Changes:
    """Hide the alert from the open list until `hours` from now (it comes back by itself)."""
    if not 0 < hours <= MAX_SNOOZE_HOURS:
        raise UserError(f"暂缓时长要在 0 到 {MAX_SNOOZE_HOURS} 小时之间。")
    get_alert(workspace, alert_id)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    until = (moment + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")
    who = by or workspace.user
    with workspace.transaction():
        store.snooze(workspace.db, alert_id, by=who, until=until)
        workspace.audit("snooze", "alert", alert_id, after={"by": who, "until": until})
    return ALERT_CHANGES


def open_case_from_alert(workspace: Workspace, alert_id: int, *, title: str = "") -> ChangesWithId:
    """A new case with the alert's mentions linked (detected at the earliest of them); the
    alert remembers the case and counts as acknowledged by whoever opened it."""
    alert = get_alert(workspace, alert_id)
    if not alert.mention_ids:
        raise UserError("这条预警没有关联的舆情，无法据此新建事件。")
    title = title.strip() or f"{kind_label(alert.kind)}：{describe(alert.kind, alert.details)[:40]}"
    with workspace.transaction():
        result = open_case(workspace, title=title[:80], mention_ids=alert.mention_ids)
        case_id = int(result.case_id)
        store.set_case(workspace.db, alert_id, case_id)
        if not alert.acknowledged_at:
            store.acknowledge(workspace.db, alert_id, by=workspace.user, at=now_iso())
        workspace.audit("open-case", "alert", alert_id, after={"case_id": case_id})
    return ChangesWithId(id=case_id).with_changes(result.changes | ALERT_CHANGES)
