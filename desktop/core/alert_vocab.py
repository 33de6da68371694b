"""The words of listening: watch-group kinds, alert kinds and their default thresholds.

Thresholds live in the workspace setting `alert_settings` (one dict per kind); whatever is
missing or unreadable falls back to `DEFAULTS`, so an old workspace and a hand-edited
setting both keep working.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

# Watch-group kinds: key → Chinese label (the UI translates the label).
WATCH_KINDS: Final[dict[str, str]] = {
    "brand": "品牌",
    "product": "产品",
    "person": "人物",
    "problem": "问题",
    "topic": "热点",
    "competitor": "竞品",
    "sensitive": "敏感词",
}
SENSITIVE_KIND: Final = "sensitive"

NEGATIVE_SPIKE: Final = "negative_spike"
GROUP_SPIKE: Final = "group_spike"
INFLUENCER: Final = "influencer"
SENSITIVE: Final = "sensitive"
RESPONSE_BREACH: Final = "response_breach"
CASE_CLOCK: Final = "case_clock"

ALERT_KINDS: Final[dict[str, str]] = {
    NEGATIVE_SPIKE: "负面激增",
    GROUP_SPIKE: "监测组声量激增",
    INFLUENCER: "大V/媒体负面",
    SENSITIVE: "敏感词命中",
    RESPONSE_BREACH: "超时未回复",
    CASE_CLOCK: "事件时限将到",
}

SETTINGS_KEY: Final = "alert_settings"

DEFAULTS: Final[dict[str, dict[str, Any]]] = {
    # Last hour vs the mean hour of the trailing baseline: ≥ ratio × and ≥ min_above more.
    NEGATIVE_SPIKE: {"enabled": True, "ratio": 2.0, "min_above": 5, "baseline_hours": 12},
    GROUP_SPIKE: {"enabled": True, "ratio": 2.0, "min_above": 10, "baseline_hours": 12},
    INFLUENCER: {"enabled": True, "min_followers": 100_000},
    SENSITIVE: {"enabled": True, "min_mentions": 1},
    RESPONSE_BREACH: {"enabled": True, "min_mentions": 1},
    CASE_CLOCK: {"enabled": True, "warn_minutes": 15},
    # How far back (post time) evaluation looks for bursts and hits.
    "general": {"lookback_hours": 72},
}

BASELINE_CHOICES: Final = (12, 168)  # 12 hours or 7 days


def thresholds(stored: Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
    """The defaults overlaid with the stored setting, values coerced to the default's type."""
    result: dict[str, dict[str, Any]] = {kind: dict(values) for kind, values in DEFAULTS.items()}
    for kind, values in (stored or {}).items():
        if kind not in result or not isinstance(values, Mapping):
            continue
        for key, value in values.items():
            default = result[kind].get(key)
            if default is None:
                continue
            try:
                if isinstance(default, bool):
                    result[kind][key] = bool(value)
                elif isinstance(default, int):
                    result[kind][key] = max(0, int(value))
                elif isinstance(default, float):
                    result[kind][key] = max(0.0, float(value))
            except (TypeError, ValueError):
                continue
    return result
