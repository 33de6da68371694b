"""An alert's reason in words, Chinese or English, from its kind and figures.

The stored `reason` is the Chinese text at the time it was raised (what the audit and an old
reader see); `describe(alert, language)` words it again from `details`, so a workspace set
to English reads English everywhere (CLI, page, report) without a translation table.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timezone
from typing import Any

from desktop.core import alert_vocab as vocab
from desktop.core.spikes import parse_hour
from desktop.core.values import parse_timezone


def local_hour(key: str, tz: timezone) -> str:
    """A UTC hour bucket as the workspace's clock shows it: 11-18 10:00."""
    return parse_hour(key).astimezone(tz).strftime("%m-%d %H:00")


def local_time(value: str | None, tz: timezone) -> str:
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value[:16].replace("T", " ")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).strftime("%m-%d %H:%M")


def _baseline(hours: int, language: str) -> str:
    if language == "en":
        return "7 days" if hours >= 168 else f"{hours} hours"
    return "7 天" if hours >= 168 else f"{hours} 小时"


def _ratio(value: Any) -> str:
    return "∞" if value is None else f"{float(value):.1f}"


def describe(kind: str, details: Mapping[str, Any], language: str = "zh", tz_name: str = "") -> str:
    """The reason of an alert of `kind` with these figures, in the workspace's language."""
    tz = parse_timezone(tz_name or str(details.get("timezone") or "UTC"))
    en = language == "en"
    d = details
    if kind in (vocab.NEGATIVE_SPIKE, vocab.GROUP_SPIKE):
        start = local_hour(str(d["start"]), tz)
        base = _baseline(int(d.get("baseline_hours", 12)), language)
        mean = f"{float(d.get('baseline_mean', 0)):.1f}"
        if kind == vocab.NEGATIVE_SPIKE:
            if en:
                return (
                    f"Negative spike: {d['total']} negatives in {d['hours']} h from {start}"
                    f" (peak {d['peak']}/h), {_ratio(d.get('ratio'))}× the {base} average of"
                    f" {mean}/h; {d.get('confirmed', 0)} confirmed,"
                    f" {d.get('suggested', 0)} suggested by the model."
                )
            return (
                f"负面激增：{start} 起 {d['hours']} 小时内 {d['total']} 条负面"
                f"（高峰 {d['peak']} 条/小时），是过去 {base}平均每小时 {mean} 条的"
                f" {_ratio(d.get('ratio'))} 倍；确认 {d.get('confirmed', 0)} 条，"
                f"模型建议 {d.get('suggested', 0)} 条。"
            )
        if en:
            return (
                f"Volume spike in watch group “{d.get('group', '')}”: {d['total']} mentions in"
                f" {d['hours']} h from {start} (peak {d['peak']}/h),"
                f" {_ratio(d.get('ratio'))}× the {base} average of {mean}/h."
            )
        return (
            f"监测组“{d.get('group', '')}”声量激增：{start} 起 {d['hours']} 小时内"
            f" {d['total']} 条（高峰 {d['peak']} 条/小时），是过去 {base}平均每小时 {mean} 条的"
            f" {_ratio(d.get('ratio'))} 倍。"
        )
    if kind == vocab.INFLUENCER:
        authors = d.get("authors", [])
        shown = (", " if en else "、").join(_author(a, en) for a in authors[:3])
        more = len(authors) - 3
        if en:
            tail = f" and {more} more" if more > 0 else ""
            return f"Negative post by an influencer or media account: {shown}{tail}."
        tail = f" 等 {len(authors)} 位" if more > 0 else ""
        return f"大V/媒体发布负面：{shown}{tail}。"
    if kind == vocab.SENSITIVE:
        start = local_hour(str(d["start"]), tz)
        words = (", " if en else "、").join(d.get("words", [])[:5])
        if en:
            return (
                f"Sensitive words: {d['count']} mentions from {start} on match"
                f" “{d.get('group', '')}” ({words})."
            )
        return f"敏感词命中：{start} 起 {d['count']} 条提及命中“{d.get('group', '')}”（{words}）。"
    if kind == vocab.RESPONSE_BREACH:
        window = f"{float(d.get('window_hours', 2)):g}"
        if en:
            return (
                f"Response window passed: {d['count']} negatives ({d.get('confirmed', 0)}"
                f" confirmed, {d.get('suggested', 0)} suggested) unanswered after"
                f" {window} h."
            )
        return (
            f"超时未回复：{d['count']} 条负面（确认 {d.get('confirmed', 0)} 条，"
            f"模型建议 {d.get('suggested', 0)} 条）超过 {window} 小时仍未回复。"
        )
    if kind == vocab.CASE_CLOCK:
        deadline = local_time(str(d.get("deadline") or ""), tz)
        minutes = int(d.get("minutes_left", 0))
        title, level = d.get("case", ""), d.get("level", "")
        if minutes < 0:
            if en:
                return (
                    f"Case “{title}” (level {level}) is {-minutes} min past its response"
                    f" deadline ({deadline}) with no holding statement."
                )
            return (
                f"事件“{title}”（{level} 级）已超过响应时限 {-minutes} 分钟（{deadline}），"
                "还没有发布回应。"
            )
        if en:
            return (
                f"Case “{title}” (level {level}): {minutes} min left to the response"
                f" deadline ({deadline})."
            )
        return f"事件“{title}”（{level} 级）离响应时限还剩 {minutes} 分钟（{deadline}）。"
    return str(d.get("reason", kind))


def _author(author: Mapping[str, Any], en: bool) -> str:
    followers = author.get("followers")
    label = str(author.get("name") or ("(no name)" if en else "（无名）"))
    if author.get("media"):
        return f"{label} (media/verified)" if en else f"{label}（媒体/认证）"
    if followers:
        return f"{label} ({followers:,} followers)" if en else f"{label}（粉丝 {followers:,}）"
    return label


def kind_label(kind: str, language: str = "zh") -> str:
    if language == "en":
        return {
            vocab.NEGATIVE_SPIKE: "Negative spike",
            vocab.GROUP_SPIKE: "Watch group spike",
            vocab.INFLUENCER: "Influencer / media",
            vocab.SENSITIVE: "Sensitive words",
            vocab.RESPONSE_BREACH: "Response window passed",
            vocab.CASE_CLOCK: "Case clock",
        }.get(kind, kind)
    return vocab.ALERT_KINDS.get(kind, kind)
