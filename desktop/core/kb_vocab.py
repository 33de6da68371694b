"""The 问答库's vocabularies, in one place: entry statuses, reply kinds, script languages.

Keys are what the workspace stores (the kb migration's CHECK constraints list the same); labels
are Simplified Chinese source strings that the UI translates (desktop/ui/labels.py).
"""

from __future__ import annotations

STATUS_LABELS: dict[str, str] = {
    "draft": "草稿",
    "in_review": "待审批",
    "approved": "已审批",
    "retired": "已停用",
}
KIND_LABELS: dict[str, str] = {
    "public": "公开回复",
    "private": "私信",
    "holding": "暂缓回复",
    "statement": "官方声明",
}
LANGUAGE_LABELS: dict[str, str] = {"zh-CN": "简体中文", "zh-TW": "繁體中文", "en": "English"}

STATUSES: tuple[str, ...] = tuple(STATUS_LABELS)
REPLY_KINDS: tuple[str, ...] = tuple(KIND_LABELS)
LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_LABELS)
# The statuses whose working version still waits for an approval.
PENDING_STATUSES: tuple[str, ...] = ("draft", "in_review")
