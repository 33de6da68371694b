"""Words of the cases area: phases, causes, timeline kinds, statement kinds and channels.

Keys are stable ASCII (stored); labels are Simplified Chinese source strings for tr().
"""

from __future__ import annotations

# detected → assessing → responding → recovering → review → closed
PHASES: dict[str, str] = {
    "detected": "发现",
    "assessing": "研判",
    "responding": "应对",
    "recovering": "恢复",
    "review": "复盘",
    "closed": "已结案",
}

CAUSES: dict[str, str] = {
    "customer_post": "顾客发帖投诉",
    "media_leak": "信息泄露给媒体",
    "own_account": "自家账号不当回复",
    "employee": "员工爆料或不当言行",
    "regulator": "监管通报/检查",
    "competitor": "竞争对手或水军",
    "influencer": "大V/KOL曝光",
    "other": "其他",
}

CASE_NATURES: dict[str, str] = {
    "fact": "属实",
    "rumour": "谣言/不实",
    "genuine_complaint": "真实投诉",
    "malicious_attack": "恶意攻击",
    "product_defect": "产品缺陷",
    "venting": "情绪宣泄",
    "unclear": "待核实",
}

EVENT_KINDS: dict[str, str] = {
    "detected": "发现",
    "assessment": "研判",
    "internal_notice": "内部通知",
    "holding_statement": "暂缓声明",
    "official_statement": "正式声明",
    "apology": "致歉",
    "compensation": "补偿",
    "corrective_action": "整改",
    "media_inquiry": "媒体问询",
    "escalation": "升级",
    "approval": "审批",
    "note": "备注",
    "mentions_linked": "关联舆情",
    "severity_changed": "级别变更",
    "phase_changed": "阶段变更",
    # A contingency plan activated on the case, and its checklist ticked (services/plans).
    "plan_activated": "启用预案",
    "checklist_done": "预案清单完成",
    "checklist_skipped": "预案清单跳过",
    "checklist_reopened": "预案清单撤销",
}

# Actions drawn as markers on the volume chart (what we did, not bookkeeping).
ACTION_KINDS = (
    "internal_notice",
    "holding_statement",
    "official_statement",
    "apology",
    "compensation",
    "corrective_action",
)

STATEMENT_KINDS: dict[str, str] = {
    "holding": "暂缓声明/回应",
    "official": "正式声明",
    "apology": "致歉信",
    "internal": "内部通知",
}
# Publishing a statement of this kind stamps the timeline with this event kind.
STATEMENT_EVENT = {
    "holding": "holding_statement",
    "official": "official_statement",
    "apology": "apology",
    "internal": "internal_notice",
}

STATEMENT_CHANNELS: dict[str, str] = {
    "website": "官网",
    "weibo": "微博",
    "wechat_official": "微信公众号",
    "press": "媒体/通稿",
    "internal": "内部通知",
    "douyin": "抖音",
    "xiaohongshu": "小红书",
    "dianping": "大众点评",
}

STATEMENT_STATUSES: dict[str, str] = {"draft": "草稿", "approved": "已审批", "published": "已发布"}

# The severity colours as hex for reports (HTML/PDF); the same values as ui/theme.py's
# SEVERITY_COLOURS (a test keeps them equal): Ⅰ red, Ⅱ orange, Ⅲ yellow, Ⅳ blue.
SEVERITY_HEX: dict[str, str] = {"I": "#d32f2f", "II": "#f57c00", "III": "#fbc02d", "IV": "#1976d2"}
SENTIMENT_HEX: dict[str, str] = {
    "neg": "#d32f2f",
    "neu": "#757575",
    "pos": "#388e3c",
    "unknown": "#9e9e9e",
}
