"""The reply composer: a script filled for one mention, checked, and recorded as the reply."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core import channel_limits, placeholders
from desktop.core.changes import Changes
from desktop.core.deviation import DEFAULT_THRESHOLD, deviation_percent
from desktop.core.errors import UserError
from desktop.core.kb_content import Reply
from desktop.services import kb
from desktop.services.suggest import note_replied
from desktop.storage import kb as kb_store
from desktop.storage import kb_replies as store
from desktop.storage.kb_replies import MentionToReply as MentionToReply
from desktop.storage.kb_replies import RecordedReply
from desktop.storage.workspace import Workspace, now_iso

ALIASES = {"熱線": "热线", "hotline": "热线", "品牌": "brand", "门店": "store", "store": "门店"}
PLATFORM_CHANNELS = {
    "微博": "weibo",
    "weibo": "weibo",
    "微信": "wechat",
    "wechat": "wechat",
    "公众号": "wechat",
    "抖音": "douyin",
    "douyin": "douyin",
    "小红书": "xiaohongshu",
    "xiaohongshu": "xiaohongshu",
    "大众点评": "dianping",
    "点评": "dianping",
    "dianping": "dianping",
}


@dataclass
class Composition:
    entry_id: int | None
    version: int | None
    approved: bool  # the script is an approved version
    kind: str
    channel: str
    script: str  # the reply as written in the knowledge base (placeholders in it)
    filled: str  # the script with what we know filled in
    unfilled: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class Check:
    count: int
    limit: int | None
    over: int
    limit_source: str
    deviation: int  # percent departure from the filled script
    heavily_edited: bool
    unfilled: list[str]
    spans: list[tuple[int, int]]
    is_approved_script: bool


def channel_for_platform(platform: str) -> str:
    lowered = (platform or "").strip().lower()
    for key, channel in PLATFORM_CHANNELS.items():
        if key in lowered:
            return channel
    return "generic"


def mention(workspace: Workspace, mention_id: int) -> MentionToReply:
    """The mention a reply is for: who wrote what where, and an earlier reply."""
    found = store.mention(workspace.db, mention_id)
    if found is None:
        raise UserError(f"找不到编号为 {mention_id} 的舆情条目。")
    return found


def placeholder_values(workspace: Workspace, mention_id: int | None = None) -> dict[str, str]:
    """What we know: workspace values (hotline …), the brand, and the mention's author."""
    values: dict[str, str] = {}
    brand = workspace.info().get("brand") or ""
    if brand:
        values["品牌"] = brand
        values["brand"] = brand
    values.update({k: v for k, v in kb.values(workspace).items() if v.strip()})
    for alias, name in ALIASES.items():  # Traditional Chinese and English scripts
        if alias not in values and values.get(name):
            values[alias] = values[name]
    if mention_id is not None:
        to = mention(workspace, mention_id)
        author = (to.author or "").strip()
        if author:
            for key in ("称呼", "稱呼", "昵称", "name"):
                values[key] = author
        if to.platform:
            values["平台"] = to.platform
    return values


def pick_reply(replies: Sequence[Reply], kind: str, channel: str) -> Reply | None:
    """The variant for kind + channel, else kind for any channel, else the public reply."""
    for wanted_kind in (kind, "public"):
        same_kind = [r for r in replies if r.kind == wanted_kind]
        for wanted_channel in (channel, "generic"):
            for reply in same_kind:
                if reply.channel == wanted_channel:
                    return reply
        if same_kind:
            return same_kind[0]
    return replies[0] if replies else None


def compose(
    workspace: Workspace,
    entry_id: int,
    *,
    mention_id: int | None = None,
    kind: str = "public",
    channel: str = "",
    values: dict[str, str] | None = None,
) -> Composition:
    """The entry's reply (the version in use) for this channel with placeholders filled."""
    data = kb.in_use(workspace, entry_id)
    if data is None:
        raise UserError("这个条目已停用，不能再用于回复。", hint="请选择其他条目，或先恢复它。")
    if not channel and mention_id is not None:
        channel = channel_for_platform(mention(workspace, mention_id).platform)
    channel = channel or "generic"
    reply = pick_reply(data.content.replies, kind, channel)
    if reply is None:
        raise UserError("这个条目还没有回复内容。", hint="请先在问答库里为它写一条回复。")
    known = placeholder_values(workspace, mention_id)
    known.update({k: v for k, v in (values or {}).items() if v})
    result = placeholders.fill(reply.body, known)
    return Composition(
        entry_id=entry_id,
        version=data.version,
        approved=data.approved,
        kind=reply.kind,
        channel=channel,
        script=reply.body,
        filled=result.text,
        unfilled=result.unfilled,
        spans=result.spans,
        values=known,
    )


def check(
    text: str,
    *,
    channel: str = "generic",
    script: str = "",
    approved: bool = False,
    limit_threshold: int = DEFAULT_THRESHOLD,
) -> Check:
    """Length against the channel, departure from the (filled) script, placeholders left."""
    limit = channel_limits.limit_for(channel)
    deviation = deviation_percent(script, text) if script else 100
    heavily_edited = deviation > limit_threshold
    return Check(
        count=channel_limits.count(text, channel),
        limit=limit.limit,
        over=channel_limits.over_by(text, channel),
        limit_source=limit.source,
        deviation=deviation,
        heavily_edited=heavily_edited,
        unfilled=placeholders.unfilled(text),
        spans=[(p.start, p.end) for p in placeholders.parse(text) if p.default is None],
        is_approved_script=bool(script) and approved and not heavily_edited,
    )


@dataclass
class ReplyRecorded:
    mention_id: int
    entry_id: int | None
    version: int | None
    is_approved_script: bool
    deviation: int
    status: str

    @property
    def changes(self) -> Changes:
        """The mention's reply and status, and the script's usage count."""
        mention = Changes.of_mentions([self.mention_id])
        return mention if self.entry_id is None else mention | Changes.of_kb(self.entry_id)


def mark_replied(
    workspace: Workspace,
    mention_id: int,
    entry_id: int | None,
    text: str,
    channel: str = "",
    *,
    kind: str = "public",
) -> ReplyRecorded:
    """Store the final reply on the mention, move it to "replied", count the script's use."""
    text = (text or "").strip()
    if not text:
        raise UserError("回复内容是空的。", hint="请先写好回复，再标记为已回复。")
    left = placeholders.unfilled(text)
    if left:
        raise UserError(
            "回复里还有没填的占位符：" + "、".join("{" + n + "}" for n in left),
            hint="请把它们换成实际内容（例如订单号），或删掉。",
        )
    channel = channel or channel_for_platform(mention(workspace, mention_id).platform)
    version = None
    approved = False
    deviation = 100
    if entry_id is not None:
        composition = compose(
            workspace, entry_id, mention_id=mention_id, kind=kind, channel=channel
        )
        version = composition.version
        script = placeholders.fill(composition.filled, {}).text
        result = check(
            text,
            channel=channel,
            script=script_for_comparison(script),
            approved=composition.approved,
            limit_threshold=kb.threshold(workspace),
        )
        deviation = result.deviation
        approved = result.is_approved_script
    at = now_iso()
    with workspace.transaction():
        before = store.reply_state(workspace.db, mention_id)
        store.record_reply(
            workspace.db,
            mention_id,
            RecordedReply(text, at, entry_id, version, approved, channel),
        )
        if entry_id is not None:
            kb_store.count_use(workspace.db, entry_id, at)
        workspace.audit(
            "reply",
            "mention",
            mention_id,
            before=before,
            after={
                "reply_text": text,
                "entry_id": entry_id,
                "version": version,
                "approved_script": approved,
                "deviation": deviation,
                "channel": channel,
            },
        )
    note_replied(workspace, mention_id)
    return ReplyRecorded(mention_id, entry_id, version, approved, deviation, "replied")


def script_for_comparison(text: str) -> str:
    """The filled script minus placeholders nobody could fill (the user types those in), so
    typing an order number is not counted as a departure from the script."""
    out = text
    for placeholder in reversed(placeholders.parse(text)):
        if placeholder.default is None:
            out = out[: placeholder.start] + out[placeholder.end :]
    return out
