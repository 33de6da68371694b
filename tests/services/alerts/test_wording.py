"""Every alert kind reads in Chinese and English, in the workspace's time zone."""

from __future__ import annotations

import pytest

from desktop.core import alert_vocab as vocab
from desktop.services.alerts.wording import describe, kind_label

BURST = {
    "start": "2026-11-20T02:00:00Z",
    "hours": 2,
    "total": 30,
    "peak": 20,
    "baseline_mean": 1.5,
    "baseline_hours": 168,
    "ratio": 13.33,
    "confirmed": 25,
    "suggested": 5,
    "group": "充电宝",
}
DETAILS = {
    vocab.NEGATIVE_SPIKE: BURST,
    vocab.GROUP_SPIKE: BURST,
    vocab.INFLUENCER: {
        "authors": [{"name": "某日报", "media": True}, {"name": "大V", "followers": 12345}]
    },
    vocab.SENSITIVE: {
        "start": "2026-11-20T02:00:00Z",
        "count": 3,
        "group": "敏感词",
        "words": ["报警"],
    },
    vocab.RESPONSE_BREACH: {"count": 4, "confirmed": 3, "suggested": 1, "window_hours": 2.5},
    vocab.CASE_CLOCK: {
        "case": "钢丝",
        "level": "I",
        "deadline": "2026-11-20T10:35:00+08:00",
        "minutes_left": 10,
    },
}


@pytest.mark.parametrize("kind", list(vocab.ALERT_KINDS))
def test_each_kind_is_worded_in_both_languages(kind: str) -> None:
    chinese = describe(kind, DETAILS[kind], "zh", "UTC+08:00")
    english = describe(kind, DETAILS[kind], "en", "UTC+08:00")
    assert chinese and english and chinese != english
    assert kind_label(kind, "en") != kind_label(kind, "zh")


def test_times_are_the_workspaces_clock_and_a_week_is_said_as_such() -> None:
    text = describe(vocab.NEGATIVE_SPIKE, BURST, "zh", "UTC+08:00")
    assert "11-20 10:00 起 2 小时内 30 条负面" in text and "过去 7 天" in text
    assert "13.3 倍" in text and "确认 25 条，模型建议 5 条" in text
    assert "某日报（媒体/认证）、大V（粉丝 12,345）" in describe(
        vocab.INFLUENCER, DETAILS[vocab.INFLUENCER]
    )
    assert "超过 2.5 小时" in describe(vocab.RESPONSE_BREACH, DETAILS[vocab.RESPONSE_BREACH])
    assert "还剩 10 分钟（11-20 10:35）" in describe(
        vocab.CASE_CLOCK, DETAILS[vocab.CASE_CLOCK], "zh", "UTC+08:00"
    )
