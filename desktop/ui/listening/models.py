"""The listening page's two small lists: watch groups and alerts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from desktop.services import alerts as alert_service
from desktop.services.alerts import Alert
from desktop.services.alerts.wording import local_time
from desktop.services.watchlists import WatchGroup
from desktop.ui.listening.labels import alert_kind_label, watch_kind_label
from desktop.ui.rows_model import RowsTableModel

ACKED = QColor("#8a8a8a")
URGENT = QColor("#b71c1c")
URGENT_KINDS = {"negative_spike", "influencer", "case_clock", "response_breach"}


class GroupsModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("listening", "名称"), lambda g: g.name),
                (
                    QCoreApplication.translate("listening", "类型"),
                    lambda g: watch_kind_label(g.kind),
                ),
                (QCoreApplication.translate("listening", "匹配"), lambda g: f"{g.mention_count:,}"),
                (QCoreApplication.translate("listening", "规则"), lambda g: g.rule),
            ],
            parent,
            colour=lambda g: None if g.enabled else ACKED,
            tooltip=lambda g: g.rule,
        )

    def group_at(self, row: int) -> WatchGroup | None:
        found = self.row_at(row)
        return found if isinstance(found, WatchGroup) else None


class AlertsModel(RowsTableModel):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        language: Callable[[], str],
        tz: Callable[[], object],
    ) -> None:
        self.language = language
        self.tz = tz
        super().__init__(
            [
                (
                    QCoreApplication.translate("listening", "类型"),
                    lambda a: alert_kind_label(a.kind),
                ),
                (
                    QCoreApplication.translate("listening", "时间"),
                    lambda a: local_time(a.at, self.tz()),
                ),  # type: ignore[arg-type]
                (
                    QCoreApplication.translate("listening", "舆情"),
                    lambda a: f"{len(a.mention_ids):,}",
                ),
                (
                    QCoreApplication.translate("listening", "原因"),
                    lambda a: alert_service.reason_of(a, self.language()),
                ),
                (QCoreApplication.translate("listening", "状态"), self.state_text),
            ],
            parent,
            tooltip=lambda a: alert_service.reason_of(a, self.language()),
        )

    def state_text(self, alert: Alert) -> str:
        if alert.acknowledged_at:
            return QCoreApplication.translate("listening", "{who} 已确认").format(
                who=alert.acknowledged_by or ""
            )
        if alert.snoozed_until:
            return QCoreApplication.translate("listening", "暂缓至 {t}").format(
                t=local_time(alert.snoozed_until, self.tz())
            )  # type: ignore[arg-type]
        return QCoreApplication.translate("listening", "待处理")

    def foreground(self, row: object, column: int) -> QColor | None:
        if not isinstance(row, Alert):
            return None
        if row.acknowledged_at:
            return ACKED
        return URGENT if column == 0 and row.kind in URGENT_KINDS else None

    def alert_at(self, row: int) -> Alert | None:
        found = self.row_at(row)
        return found if isinstance(found, Alert) else None
