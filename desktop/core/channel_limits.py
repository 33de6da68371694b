"""How long a reply may be on each channel, with where the figure comes from.

Platforms change their limits, and only the Weibo figure is firmly established (it is the
one the product brief names); the others are the commonly cited figures and are marked
"待核实" (to verify) in their source note. The composer only warns, it never cuts a reply.
Counting is in characters as the platforms count
Chinese text (one Han character = 1); Weibo counts two Latin letters as one character, which
`count` approximates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class ChannelLimit:
    channel: str
    limit: int | None  # None: no practical limit for a reply
    source: str


LIMITS: dict[str, ChannelLimit] = {
    # Weibo comments and replies to comments: 140 characters, the long-standing limit of the
    # comment box (named in the product brief). Posts may be longer (长微博).
    "weibo": ChannelLimit("weibo", 140, "微博评论框上限 140 字（微博评论框的长期限制）"),
    # WeChat: chat messages have no practical limit for a reply; 公众号 comment replies are
    # capped at 200 characters by the 公众号后台 reply box (commonly cited, to verify).
    "wechat": ChannelLimit("wechat", 200, "公众号留言回复框上限 200 字（常见说法，待核实）"),
    # Douyin comments: the comment box accepts up to 100 characters (commonly cited, to verify).
    "douyin": ChannelLimit("douyin", 100, "抖音评论框上限 100 字（常见说法，待核实）"),
    # 小红书 comments: up to 280 characters in the app's comment box (commonly cited, to verify).
    "xiaohongshu": ChannelLimit("xiaohongshu", 280, "小红书评论框上限 280 字（常见说法，待核实）"),
    # 大众点评 merchant replies to reviews: up to 500 characters (商家后台; commonly cited, to verify).
    "dianping": ChannelLimit("dianping", 500, "大众点评商家回复上限 500 字（常见说法，待核实）"),
    "email": ChannelLimit("email", None, "邮件无字数限制"),
    "website": ChannelLimit("website", None, "官网公告无字数限制"),
    "wechat_official": ChannelLimit("wechat_official", None, "公众号文章正文无实际限制（声明用）"),
    "press": ChannelLimit("press", None, "媒体通稿无字数限制"),
    "internal": ChannelLimit("internal", None, "内部通知无字数限制"),
    # No channel chosen: the strictest common case, a Weibo comment.
    "generic": ChannelLimit("generic", 140, "未指定渠道时按最严的微博评论 140 字提示"),
}


def limit_for(channel: str) -> ChannelLimit:
    return LIMITS.get(channel or "generic", LIMITS["generic"])


def count(text: str, channel: str = "generic") -> int:
    """Characters as the channel counts them (Weibo: two ASCII characters count as one)."""
    if channel == "weibo":
        ascii_chars = sum(1 for c in text if ord(c) < 128)
        return (len(text) - ascii_chars) + math.ceil(ascii_chars / 2)
    return len(text)


def over_by(text: str, channel: str) -> int:
    """How many characters past the channel's limit (0 when within it or unlimited)."""
    limit = limit_for(channel).limit
    return 0 if limit is None else max(0, count(text, channel) - limit)
