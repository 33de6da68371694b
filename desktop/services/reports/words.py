"""The report's words in Chinese (the default) and English: a report is a document handed to a
client, written in the workspace's language, so its labels are data here rather than the UI's
tr() (the CLI writes reports without Qt's translator)."""

from __future__ import annotations

from typing import Any

LANGUAGES = ("zh", "en")

WORDS: dict[str, tuple[str, str]] = {
    "daily": ("舆情日报", "Daily media monitoring report"),
    "weekly": ("舆情周报", "Weekly media monitoring report"),
    "custom": ("舆情报告", "Media monitoring report"),
    "period": ("统计期间", "Period"),
    "previous": ("对比上期", "Previous period"),
    "generated": ("生成时间", "Generated"),
    "s1": ("一、舆情概况", "1. Overview"),
    "s2": ("二、传播情况", "2. Spread"),
    "s3": ("三、内容分析", "3. Content"),
    "s4": ("四、处置情况", "4. Handling"),
    "s5": ("五、建议", "5. Recommendations"),
    "item": ("项目", "Item"),
    "this_period": ("本期", "This period"),
    "last_period": ("上期", "Last period"),
    "change": ("变化", "Change"),
    "total": ("舆情总量", "Mentions"),
    "neg_confirmed": ("负面（已确认）", "Negative (confirmed)"),
    "neg_suggested": ("负面（模型建议）", "Negative (suggested by the model)"),
    "negative": ("负面合计", "Negative, total"),
    "negative_share": ("负面占比", "Negative share"),
    "neu": ("中性", "Neutral"),
    "pos": ("正面", "Positive"),
    "other": ("未判定", "Not classified"),
    "overdue": ("超时未回复的负面", "Negative, unanswered past the window"),
    "overdue_note": (
        "超过 {h:g} 小时响应时限仍未回复（已确认 {n} 条，模型建议 {s} 条）",
        "unanswered after the {h:g} h response window ({n} confirmed, {s} suggested)",
    ),
    "counting_note": (
        "负面按“已确认（人工或表格）+ 模型把握较大的建议”计数，两者分开列出。",
        "Negatives count those confirmed (by a person or the sheet) and the model's confident"
        " suggestions, listed apart.",
    ),
    "chart_caption": (
        "图：按情感的声量，竖线为案例应对动作。",
        "Chart: volume by sentiment; dashed lines are case actions.",
    ),
    "peak": ("声量峰值：{at}，{n} 条。", "Peak: {at}, {n} mentions."),
    "top_posts": ("传播最广的内容", "Posts with the widest reach"),
    "time": ("时间", "Time"),
    "platform": ("平台", "Platform"),
    "author": ("作者", "Author"),
    "followers": ("粉丝", "Followers"),
    "reposts": ("转发", "Reposts"),
    "comments": ("评论", "Comments"),
    "sentiment": ("情感", "Sentiment"),
    "content": ("内容", "Content"),
    "issue_types": ("负面的问题类型", "Negative mentions by issue type"),
    "issue_type": ("问题类型", "Issue type"),
    "mentions": ("条数", "Mentions"),
    "unclassified": ("未分类", "Unclassified"),
    "watch_groups": ("监测词组", "Watch groups"),
    "group": ("词组", "Group"),
    "no_groups": ("尚未设置监测词组。", "No watch groups set up yet."),
    "typical": ("典型负面评论（联系方式已打码）", "Typical negative comments (contacts masked)"),
    "none": ("无。", "None."),
    "replies": (
        "本期回复 {n} 条；首次回复用时中位数 {median}，90% 在 {p90} 内。",
        "{n} replies this period; median time to first reply {median}, 90% within {p90}.",
    ),
    "no_replies": ("本期没有记录回复时间。", "No reply times recorded this period."),
    "by_platform": ("按平台", "By platform"),
    "by_owner": ("按负责人", "By owner"),
    "owner": ("负责人", "Owner"),
    "unassigned": ("未指定", "Unassigned"),
    "median": ("中位数", "Median"),
    "p90": ("90% 用时", "90th percentile"),
    "cases": ("进行中的案例", "Active cases"),
    "case": ("案例", "Case"),
    "level": ("级别", "Level"),
    "phase": ("阶段", "Phase"),
    "clock": ("回应时钟", "Response clock"),
    "no_cases": ("没有进行中的案例。", "No active cases."),
    "statements": ("本期发布的声明", "Statements published this period"),
    "channel": ("渠道", "Channel"),
    "kind": ("类型", "Kind"),
    "no_statements": ("本期没有发布声明。", "No statements published this period."),
    "rec_overdue": (
        "{n} 条负面舆情超过 {h:g} 小时未回复：按问答库口径优先回复。",
        "{n} negative mentions unanswered past the {h:g} h window: answer them first, using the"
        " approved replies.",
    ),
    "rec_suggested": (
        "{n} 条模型建议为负面的舆情已超时未回复：请人工确认情感后处理。",
        "{n} mentions the model suggests are negative are past the window: confirm and answer.",
    ),
    "rec_alerts": (
        "{n} 条预警尚未确认：逐条查看并确认或开案。",
        "{n} alerts not acknowledged: review each, acknowledge or open a case.",
    ),
    "rec_case_missed": (
        "案例“{title}”已超过回应时限仍未发布暂缓声明：立即发布。",
        "Case “{title}” is past its response clock without a holding statement: publish one now.",
    ),
    "rec_case_running": (
        "案例“{title}”回应时钟计时中：{clock}。",
        "Case “{title}”: the response clock is running ({clock}).",
    ),
    "rec_rising": (
        "负面占比较上期上升 {pp:.0f} 个百分点：关注“{issue}”。",
        "The negative share rose {pp:.0f} points from last period: watch “{issue}”.",
    ),
    "rec_focus": (
        "负面集中在“{issue}”（{n} 条）：请相关部门排查并改进。",
        "Complaints concentrate on “{issue}” ({n}): ask the department concerned to look into it.",
    ),
    "rec_nothing": (
        "暂无待处理事项：保持每天 2–3 次监测。",
        "Nothing open: keep monitoring two or three times a day.",
    ),
    "clock_running": ("计时中 {elapsed} / 目标 {target}", "running {elapsed} / target {target}"),
    "clock_met": ("已达标 {elapsed}（目标 {target}）", "met in {elapsed} (target {target})"),
    "clock_missed": ("已超时 {elapsed}（目标 {target}）", "missed: {elapsed} (target {target})"),
    "clock_none": ("未定级", "no level"),
    "minutes": ("{m} 分钟", "{m} min"),
    "hours": ("{h} 小时", "{h} h"),
    "hours_minutes": ("{h} 小时 {m} 分", "{h} h {m} min"),
    "days_hours": ("{d} 天 {h} 小时", "{d} d {h} h"),
    "summary_sheet": ("概况", "Overview"),
    "posts_sheet": ("传播", "Spread"),
    "content_sheet": ("内容", "Content"),
    "handling_sheet": ("处置", "Handling"),
    "advice_sheet": ("建议", "Recommendations"),
    "volume_sheet": ("声量", "Volume"),
    "bucket": ("时段", "Bucket"),
    "section": ("部分", "Section"),
    "value": ("内容", "Value"),
}

ISSUE_TYPES_EN = {
    "product_quality": "Product quality",
    "food_safety": "Food / product safety",
    "service_attitude": "Service attitude",
    "delivery": "Delivery",
    "price_refund": "Price / refund",
    "privacy": "Privacy / security",
    "false_advertising": "False advertising",
    "staff_conduct": "Staff conduct",
    "rumour": "Rumour",
    "other": "Other",
}
SENTIMENTS = {
    "pos": ("正面", "Positive"),
    "neu": ("中性", "Neutral"),
    "neg": ("负面", "Negative"),
    "unknown": ("未判定", "Not classified"),
}
PHASES_EN = {
    "detected": "Detected",
    "assessing": "Assessing",
    "responding": "Responding",
    "recovering": "Recovering",
    "review": "Review",
    "closed": "Closed",
}
STATEMENT_CHANNELS_EN = {
    "website": "Website",
    "weibo": "Weibo",
    "wechat_official": "WeChat official account",
    "press": "Press",
    "internal": "Internal notice",
    "douyin": "Douyin",
    "xiaohongshu": "Xiaohongshu",
    "dianping": "Dianping",
}
STATEMENT_KINDS_EN = {
    "holding": "Holding statement",
    "official": "Official statement",
    "apology": "Apology",
    "internal": "Internal notice",
}


class Words:
    """w("key", n=3) → the text in the report's language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "zh"
        self._at = LANGUAGES.index(self.language)

    def __call__(self, key: str, **values: Any) -> str:
        text = WORDS[key][self._at]
        return text.format(**values) if values else text

    @property
    def english(self) -> bool:
        return self.language == "en"

    def sentiment(self, key: str) -> str:
        return SENTIMENTS.get(key, SENTIMENTS["unknown"])[self._at]

    def issue_type(self, key: str, labels: dict[str, str]) -> str:
        if not key:
            return self("unclassified")
        if self.english and key in ISSUE_TYPES_EN:
            return ISSUE_TYPES_EN[key]
        return labels.get(key, key)

    def who(self, author: str, platform: str) -> str:
        """小林（微博） · Lin (Weibo)."""
        return f"{author} ({platform})" if self.english else f"{author}（{platform}）"

    def phase(self, key: str, chinese: str) -> str:
        return PHASES_EN.get(key, key) if self.english else chinese

    def minutes(self, total: float) -> str:
        minutes = max(0, round(total))
        if minutes < 60:
            return self("minutes", m=minutes)
        hours, minutes = divmod(minutes, 60)
        if hours < 24:
            return self("hours_minutes", h=hours, m=minutes) if minutes else self("hours", h=hours)
        days, hours = divmod(hours, 24)
        return self("days_hours", d=days, h=hours)

    def clock(self, clock: dict[str, Any]) -> str:
        state = clock.get("state") or "none"
        if state == "none":
            return self("clock_none")
        return self(
            f"clock_{state}",
            elapsed=self.minutes(clock.get("elapsed_minutes") or 0),
            target=self.minutes(clock.get("target_minutes") or 0),
        )

    def change(self, now: int, before: int) -> str:
        """+12 (+40%) · −3 · 0."""
        delta = now - before
        if delta == 0:
            return "0"
        sign = "+" if delta > 0 else "−"
        share = f" ({sign}{abs(delta) / before:.0%})" if before else ""
        return f"{sign}{abs(delta):,}{share}"
