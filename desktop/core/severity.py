"""Suggest a crisis level (Ⅳ → Ⅰ) from the linked mentions, explained factor by factor.

Pure: takes plain mention facts, returns a suggestion. Each factor scores 0–3 points; the
total picks the level. Thresholds live in `SeverityThresholds`, which the workspace setting
`case_thresholds` may override key by key.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from typing import Any

from desktop.core.vocab import SEVERITY_NUMERALS

# Words that make a story graver (safety, death, poisoning, leak, lawsuit, 315, regulator …).
SENSITIVE_WORDS: tuple[str, ...] = (
    "安全",
    "死亡",
    "去世",
    "中毒",
    "食物中毒",
    "住院",
    "急诊",
    "泄露",
    "泄漏",
    "隐私",
    "起诉",
    "诉讼",
    "律师函",
    "315",
    "3·15",
    "监管",
    "市场监管局",
    "市监局",
    "卫健委",
    "召回",
    "致癌",
    "钢丝",
    "异物",
    "虫子",
    "发霉",
    "过期",
    "地沟油",
    "爆炸",
    "火灾",
    "歧视",
    "性骚扰",
    "维权",
    "曝光",
)
# The gravest: one of these alone is worth the top score for the factor.
GRAVE_WORDS: tuple[str, ...] = (
    "死亡",
    "去世",
    "中毒",
    "食物中毒",
    "致癌",
    "爆炸",
    "火灾",
    "地沟油",
)

MEDIA_MARKERS: tuple[str, ...] = ("新闻", "日报", "晚报", "时报", "电视台", "媒体", "官方")

LEVELS = ("IV", "III", "II", "I")


@dataclass(frozen=True)
class SeverityThresholds:
    """Tiers are the counts for 1, 2 and 3 points; `level_scores` the totals for Ⅲ, Ⅱ, Ⅰ."""

    negative_volume: tuple[int, int, int] = (10, 50, 200)
    reach_sum: tuple[int, int, int] = (100_000, 1_000_000, 10_000_000)
    influencer_followers: int = 1_000_000
    verified_followers: int = 100_000
    velocity_per_hour: tuple[int, int, int] = (5, 20, 60)
    first_two_hours: tuple[int, int, int] = (10, 30, 100)
    sensitive_mentions_extra: int = 10
    # Fewer negative mentions than this can never be suggested Ⅰ (3 complaints are not 300).
    small_volume_cap: int = 10
    level_scores: tuple[int, int, int] = (3, 6, 10)

    @classmethod
    def from_settings(cls, overrides: Mapping[str, Any] | None) -> SeverityThresholds:
        if not overrides:
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name not in overrides:
                continue
            default = getattr(defaults, spec.name)
            raw = overrides[spec.name]
            value: int | tuple[int, ...]
            try:
                if isinstance(default, tuple):
                    tiers = tuple(int(v) for v in raw)
                    if len(tiers) != len(default) or list(tiers) != sorted(tiers):
                        continue
                    value = tiers
                else:
                    value = int(raw)
            except (TypeError, ValueError):
                continue
            values[spec.name] = value
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return {spec.name: getattr(self, spec.name) for spec in fields(self)}


@dataclass(frozen=True)
class MentionFacts:
    sentiment: str = "unknown"
    followers: int | None = None
    author: str = ""
    posted_at: str | None = None
    text: str = ""
    title: str = ""


@dataclass(frozen=True)
class Factor:
    """One factor: its stable `key`, its Chinese words (label, value, explanation: the CLI,
    the reports) and, in `data`, the numbers and names those words are made of, so a front
    end can say them in its own language (keys per factor: see `suggest_severity`)."""

    key: str
    label: str
    value: str
    points: int
    explanation: str
    max_points: int = 3
    data: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "value": self.value,
            "points": self.points,
            "max_points": self.max_points,
            "explanation": self.explanation,
            "data": dict(self.data),
        }


@dataclass(frozen=True)
class SeveritySuggestion:
    level: str
    score: int
    factors: list[Factor] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mention_count: int = 0
    # One per note, in the same order: {"key": "small_volume", "negative": n, "cap": c} or
    # {"key": "no_mentions"}; the front ends word them.
    note_data: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "score": self.score,
            "mention_count": self.mention_count,
            "factors": [f.as_dict() for f in self.factors],
            "notes": list(self.notes),
            "note_data": [dict(note) for note in self.note_data],
        }

    def explain(self) -> str:
        lines = [f"建议级别：{SEVERITY_NUMERALS[self.level]}级（{self.score} 分）"]
        lines += [
            f"· {f.label}：{f.value}（{f.points}/{f.max_points} 分）{f.explanation}"
            for f in self.factors
        ]
        lines += [f"· {note}" for note in self.notes]
        return "\n".join(lines)


def _tier(value: float, tiers: tuple[int, int, int]) -> int:
    return sum(1 for t in tiers if value >= t)


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed


def _comparable(moments: Iterable[datetime]) -> list[datetime]:
    """Aware and naive times cannot be compared: drop the offset consistently."""
    return sorted(m.replace(tzinfo=None) if m.tzinfo is None else m for m in moments)


def is_media_account(author: str, followers: int | None, thresholds: SeverityThresholds) -> bool:
    if any(marker in (author or "") for marker in MEDIA_MARKERS):
        return True
    return (followers or 0) >= thresholds.verified_followers


# One pass per text; longer words first, so "食物中毒" is found as itself.
_SENSITIVE = re.compile(
    "|".join(re.escape(w) for w in sorted(SENSITIVE_WORDS, key=len, reverse=True))
)


def sensitive_words_in(text: str) -> list[str]:
    """The sensitive words in `text`, each once, in order of first appearance."""
    return list(dict.fromkeys(_SENSITIVE.findall(text or "")))


def suggest_severity(
    mentions: Iterable[MentionFacts | Mapping[str, Any]],
    thresholds: SeverityThresholds | None = None,
) -> SeveritySuggestion:
    t = thresholds or SeverityThresholds()
    facts = [m if isinstance(m, MentionFacts) else _facts(m) for m in mentions]
    negative = [m for m in facts if m.sentiment == "neg"]
    # Reach and velocity count what is being said about the case; unknown sentiment counts too.
    relevant = [m for m in facts if m.sentiment in ("neg", "unknown")] or negative
    factors: list[Factor] = []
    notes: list[str] = []
    note_data: list[dict[str, Any]] = []

    n = len(negative)
    factors.append(
        Factor(
            "negative_volume",
            "负面声量",
            f"{n} 条负面",
            _tier(n, t.negative_volume),
            f"（{t.negative_volume[0]}/{t.negative_volume[1]}/{t.negative_volume[2]} 条起各加 1 分）",
            data={"negative": n, "tiers": list(t.negative_volume)},
        )
    )

    followers = [m.followers or 0 for m in relevant]
    reach_sum = sum(followers)
    reach_max = max(followers, default=0)
    media = sorted({m.author for m in relevant if is_media_account(m.author, m.followers, t)})
    influencers = sorted(
        {m.author for m in relevant if (m.followers or 0) >= t.influencer_followers}
    )
    reach_points = _tier(reach_sum, t.reach_sum)
    why = [f"粉丝合计 {reach_sum:,}，最大 {reach_max:,}"]
    if influencers:
        reach_points = max(reach_points, 2)
        why.append(f"大V（≥{t.influencer_followers:,} 粉丝）：{'、'.join(influencers[:3])}")
    if media:
        reach_points += 1
        why.append(f"媒体/认证账号 {len(media)} 个：{'、'.join(media[:3])}")
    factors.append(
        Factor(
            "reach",
            "传播范围",
            f"{reach_sum:,} 粉丝",
            min(reach_points, 3),
            "；".join(why),
            data={
                "reach_sum": reach_sum,
                "reach_max": reach_max,
                "influencer_followers": t.influencer_followers,
                "influencers": influencers[:3],
                "media_count": len(media),
                "media": media[:3],
            },
        )
    )

    times = _comparable(t2 for t2 in (parse_time(m.posted_at) for m in relevant) if t2)
    peak = 0
    first_two = 0
    if times:
        first = times[0]
        first_two = sum(1 for moment in times if moment - first <= timedelta(hours=2))
        hours = Counter(moment.replace(minute=0, second=0, microsecond=0) for moment in times)
        peak = max(hours.values())
    factors.append(
        Factor(
            "velocity",
            "传播速度",
            f"峰值 {peak} 条/小时",
            _tier(peak, t.velocity_per_hour),
            f"（{t.velocity_per_hour[0]}/{t.velocity_per_hour[1]}/{t.velocity_per_hour[2]} 条/小时起各加 1 分）",
            data={"peak": peak, "tiers": list(t.velocity_per_hour)},
        )
    )
    factors.append(
        Factor(
            "first_two_hours",
            "头 2 小时",
            f"{first_two} 条",
            _tier(first_two, t.first_two_hours),
            "负面在最初 1–2 小时扩散最快",
            data={"count": first_two, "tiers": list(t.first_two_hours)},
        )
    )

    hits: Counter[str] = Counter()
    grave: list[str] = []
    mentions_with_words = 0
    for m in relevant:
        found = sensitive_words_in(f"{m.title} {m.text}")
        if found:
            mentions_with_words += 1
            hits.update(set(found))
    if hits:
        grave = [w for w in hits if w in GRAVE_WORDS]
        points = 2 if grave else 1
        if mentions_with_words >= t.sensitive_mentions_extra:
            points += 1
        top = "、".join(f"{w}×{c}" for w, c in hits.most_common(6))
        explanation = f"{mentions_with_words} 条含敏感词：{top}"
        if grave:
            grave = sorted(grave)
            explanation += f"；严重词：{'、'.join(grave)}"
    else:
        points, explanation = 0, "未发现敏感词"
    factors.append(
        Factor(
            "sensitive_words",
            "敏感词",
            f"{len(hits)} 个",
            min(points, 3),
            explanation,
            data={
                "words": len(hits),
                "mentions": mentions_with_words,
                "top": [[w, c] for w, c in hits.most_common(6)],
                "grave": grave,
            },
        )
    )

    score = sum(f.points for f in factors)
    level = "IV"
    for candidate, minimum in zip(("III", "II", "I"), t.level_scores, strict=True):
        if score >= minimum:
            level = candidate
    if level == "I" and n < t.small_volume_cap:
        level = "II"
        notes.append(f"负面仅 {n} 条（少于 {t.small_volume_cap} 条），最高建议Ⅱ级，请人工研判")
        note_data.append({"key": "small_volume", "negative": n, "cap": t.small_volume_cap})
    if not facts:
        notes.append("还没有关联舆情：先从舆情台账关联相关条目")
        note_data.append({"key": "no_mentions"})
    return SeveritySuggestion(level, score, factors, notes, len(facts), note_data)


def _facts(row: Mapping[str, Any]) -> MentionFacts:
    followers = row.get("followers")
    try:
        followers = int(followers) if followers not in (None, "") else None
    except (TypeError, ValueError):
        followers = None
    return MentionFacts(
        sentiment=str(row.get("sentiment") or "unknown"),
        followers=followers,
        author=str(row.get("author") or ""),
        posted_at=row.get("posted_at"),
        text=str(row.get("text") or ""),
        title=str(row.get("title") or ""),
    )


def level_rank(level: str) -> int:
    """Ⅳ = 0 … Ⅰ = 3; unknown levels rank lowest."""
    return LEVELS.index(level) if level in LEVELS else -1
