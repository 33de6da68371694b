"""Nature hints: what a mention might be, as flags with the reason shown — never verdicts.

The seeds ask to tell a genuine complaint from a possible competitor attack (many
low-follower accounts, copy-paste texts, bursts), a fact from a possible rumour (听说/网传/
据说…), and a product defect from venting. Each hint says *why* (the word found, the number
of authors), so a person decides; the app only points.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

POSSIBLE_RUMOUR: Final = "possible_rumour"
POSSIBLE_DEFECT: Final = "possible_defect"
VENTING: Final = "venting"
POSSIBLE_COORDINATED: Final = "possible_coordinated"
FLAGS: Final = (POSSIBLE_COORDINATED, POSSIBLE_RUMOUR, POSSIBLE_DEFECT, VENTING)

# Hearsay markers: a post that passes on what others say, not what the writer saw.
RUMOUR_WORDS: Final = (
    "听说",
    "网传",
    "据说",
    "谣言",
    "辟谣",
    "有人说",
    "爆料",
    "内部人士",
    "知情人",
    "传言",
    "据传",
    "小道消息",
    "是真的吗",
    "不知真假",
)
# Something wrong with the thing itself: an object and a fault to fix (and to answer with facts).
DEFECT_WORDS: Final = (
    "坏了",
    "坏掉",
    "异物",
    "过期",
    "变质",
    "发霉",
    "漏",
    "质量",
    "故障",
    "头发",
    "虫",
    "钢丝",
    "破损",
    "碎了",
    "馊",
    "拉肚子",
    "不新鲜",
    "没熟",
    "失灵",
    "起火",
    "缺件",
    "划痕",
    "少了",
    "broken",
    "expired",
    "defect",
    "leak",
)
# Words of anger with no object: venting when nothing else is said.
INSULT_WORDS: Final = (
    "垃圾",
    "辣鸡",
    "恶心",
    "骗子",
    "黑心",
    "傻逼",
    "sb",
    "滚",
    "无语",
    "差劲",
    "去死",
    "呵呵",
    "吐了",
    "什么玩意",
    "烂",
)
VENT_MAX_REST: Final = 6  # characters left besides the insults: "垃圾店，恶心！" is venting

# Copy-paste: the same words (after dropping punctuation, emoticons, @names, links, digits)
# from this many different authors is worth a look; shorter texts ("好评") repeat by chance.
COPY_AUTHORS: Final = 5
MIN_COPY_CHARS: Final = 10
NEAR_IDENTICAL: Final = 0.85  # bigram overlap (Jaccard) that still counts as the same text
LOW_FOLLOWERS: Final = 100  # an account this small (or without a count) may be new or bought
BURST_MINUTES: Final = 60


@dataclass(frozen=True)
class Hint:
    """One flag with its reason in words (`reason`, Chinese) and the facts behind it (`data`),
    so a front end can word it in its own language."""

    flag: str
    reason: str
    data: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"flag": self.flag, "reason": self.reason, **self.data}


_EMOTICON = re.compile(r"\[[^\[\]]{1,8}\]")
_MENTION = re.compile(r"@[^\s@:：,，]{1,30}")
_LINK = re.compile(r"https?://\S+|www\.\S+")


def fingerprint(text: str) -> str:
    """The words of a text only: what two copy-pasted posts still share."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = _LINK.sub("", _MENTION.sub("", _EMOTICON.sub("", text)))
    return "".join(ch for ch in text if ch.isalpha())


def bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1)) or frozenset({text})


def near_identical(a: str, b: str) -> bool:
    """Same fingerprint, or nearly (a word changed, a brand name added)."""
    if a == b:
        return True
    first, second = bigrams(a), bigrams(b)
    return len(first & second) / len(first | second) >= NEAR_IDENTICAL


def _first(text: str, words: Sequence[str]) -> str | None:
    return next((word for word in words if word in text), None)


def text_hints(text: str) -> list[Hint]:
    """The hints one text gives on its own: rumour words, a defect, or venting."""
    plain = unicodedata.normalize("NFKC", text or "").lower()
    hints: list[Hint] = []
    rumour = _first(plain, RUMOUR_WORDS)
    if rumour:
        hints.append(
            Hint(
                POSSIBLE_RUMOUR,
                f"含传闻用语“{rumour}”：可能是传言，先核实再回应",
                {"word": rumour},
            )
        )
    defect = _first(plain, DEFECT_WORDS)
    if defect:
        hints.append(
            Hint(POSSIBLE_DEFECT, f"提到“{defect}”：可能是产品或品质问题", {"word": defect})
        )
        return hints
    insult = _first(plain, INSULT_WORDS)
    if insult:
        rest = fingerprint(plain)
        for word in INSULT_WORDS:
            rest = rest.replace(word, "")
        if len(rest) <= VENT_MAX_REST:
            hints.append(
                Hint(
                    VENTING,
                    f"只有情绪用语（“{insult}”），没有具体问题：可能是发泄",
                    {"word": insult},
                )
            )
    return hints


@dataclass(frozen=True)
class CopyMember:
    """A post in a copy group: who wrote it, their followers, when (epoch seconds)."""

    author: str
    followers: int | None
    posted: float | None


def coordinated_hint(members: Sequence[CopyMember]) -> Hint | None:
    """A hint when ≥ COPY_AUTHORS authors posted the same text, with how many are small
    accounts and how many came within BURST_MINUTES of each other."""
    by_author: dict[str, CopyMember] = {}
    for member in members:
        if member.author:
            by_author.setdefault(member.author, member)
    authors = len(by_author)
    if authors < COPY_AUTHORS:
        return None
    low = sum(1 for m in by_author.values() if m.followers is None or m.followers < LOW_FOLLOWERS)
    times = sorted(m.posted for m in members if m.posted is not None)
    burst, start = 0, 0
    for end, value in enumerate(times):
        while value - times[start] > BURST_MINUTES * 60:
            start += 1
        burst = max(burst, end - start + 1)
    reason = f"相同或几乎相同的文字出现在 {authors} 位作者的帖子里"
    if low:
        reason += f"，其中 {low} 位粉丝不足 {LOW_FOLLOWERS}"
    if burst >= COPY_AUTHORS:
        reason += f"，{burst} 条在 {BURST_MINUTES} 分钟内发出"
    reason += "：可能是有组织的刷评，请核实"
    data = {"authors": authors, "low_followers": low, "burst": burst, "minutes": BURST_MINUTES}
    return Hint(POSSIBLE_COORDINATED, reason, data)
