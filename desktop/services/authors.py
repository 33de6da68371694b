"""Author profiles (the seeds' "user files"): everything one author said and what we
answered, their reach, their sentiment over time, open follow-ups and nature hints; and the
lists of repeat complainers and influencers. Contacts and phone numbers stay masked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.nature import Hint
from desktop.core.pii import mask_contact, mask_phone_numbers
from desktop.core.response_window import UNANSWERED, parse_time
from desktop.core.triage_vocab import counts_as
from desktop.services import nature
from desktop.storage import authors as store
from desktop.storage.workspace import Workspace

__all__ = ["AuthorProfile", "AuthorSummary", "Hint", "Period"]

INFLUENCER_SETTING = "influencer_followers"
DEFAULT_INFLUENCER_FOLLOWERS = 10_000
REPEAT_NEGATIVES = 2  # two counted complaints make a repeat complainer
DAYS_BY_DAY = 31  # a longer history is counted by week
LIST_LIMIT = 200
PROFILE_ROWS = 2_000  # a profile shows an author's newest this many mentions
HINT_ROWS = 50  # nature hints for the newest this many of a profile's mentions (a page)


@dataclass(frozen=True)
class Period:
    """Counts of one day (2026-11-18) or week (2026-W47) of an author's mentions."""

    label: str
    negative: int  # confirmed (person or sheet)
    suggested: int  # confident model suggestions
    neutral: int
    positive: int
    other: int  # unread or an unsure suggestion


@dataclass(frozen=True)
class AuthorProfile:
    key: str
    platform: str
    name: str
    author_id: str
    mentions: list[dict[str, Any]]  # oldest first; texts with phone numbers masked
    max_followers: int | None
    total_reposts: int
    periods: list[Period]
    by_week: bool
    replies: list[dict[str, Any]]  # id, replied_at, reply_text
    follow_ups: list[dict[str, Any]]  # id, follow_up_due, status, text
    hints: dict[int, list[Hint]] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """False when the author wrote more than a profile shows (the newest PROFILE_ROWS)."""
        return len(self.mentions) < PROFILE_ROWS

    @property
    def negatives(self) -> int:
        return sum(p.negative for p in self.periods)

    @property
    def suggested(self) -> int:
        return sum(p.suggested for p in self.periods)

    def as_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "author": self.name,
            "author_id": self.author_id,
            "mentions": len(self.mentions),
            "complete": self.complete,
            "max_followers": self.max_followers,
            "total_reposts": self.total_reposts,
            "negatives": self.negatives,
            "suggested_negatives": self.suggested,
            "periods": [vars(p) for p in self.periods],
            "replies": self.replies,
            "follow_ups": self.follow_ups,
            "rows": self.mentions,
            "hints": {str(k): [h.as_dict() for h in v] for k, v in self.hints.items() if v},
        }


@dataclass(frozen=True)
class AuthorSummary:
    """One line of the repeat-complainer or influencer list."""

    key: str
    platform: str
    author: str
    followers: int | None
    mentions: int
    negatives: int
    suggested: int
    reposts: int
    unanswered: int
    last_posted: str | None

    def as_dict(self) -> dict[str, Any]:
        data = dict(vars(self))
        data.pop("key")
        return data


def _masked(row: dict[str, Any]) -> dict[str, Any]:
    shown = dict(row)
    shown["contact"] = mask_contact(row.get("contact") or "")
    for name in ("text", "title", "reply_text"):
        if shown.get(name):
            shown[name] = mask_phone_numbers(shown[name])
    return shown


def _period_label(day: date, by_week: bool) -> str:
    if not by_week:
        return day.isoformat()
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _periods(rows: list[dict[str, Any]]) -> tuple[list[Period], bool]:
    dated = [(parse_time(r["posted_at"]), r) for r in rows]
    days = [when.date() for when, _ in dated if when is not None]
    by_week = bool(days) and (max(days) - min(days)).days > DAYS_BY_DAY
    counts: dict[str, list[int]] = {}
    for when, row in dated:
        label = _period_label(when.date(), by_week) if when else "—"
        bucket = counts.setdefault(label, [0, 0, 0, 0, 0])
        sentiment, by = row["sentiment"], row["sentiment_by"]
        confidence = row["sentiment_confidence"]
        if counts_as(sentiment, by, confidence, "neg"):
            bucket[1 if by == "model" else 0] += 1
        elif counts_as(sentiment, by, confidence, "neu"):
            bucket[2] += 1
        elif counts_as(sentiment, by, confidence, "pos"):
            bucket[3] += 1
        else:
            bucket[4] += 1
    ordered = sorted(counts.items(), key=lambda item: (item[0] == "—", item[0]))
    return [Period(label, *values) for label, values in ordered], by_week


def key_for_mention(workspace: Workspace, mention_id: int) -> str:
    key = store.key_of_mention(workspace.db, mention_id)
    if key is None:
        raise UserError(f"找不到舆情 #{mention_id}。", hint="它可能已被删除；请刷新列表。")
    if not key:
        raise UserError("这条舆情没有作者信息，无法查看作者档案。")
    return key


def profile(workspace: Workspace, key: str) -> AuthorProfile:
    """Everything about one author (`key` from `key_for_mention` or an `AuthorSummary`)."""
    rows = [_masked(r) for r in store.mentions_of(workspace.db, key, PROFILE_ROWS)]
    if not rows:
        raise UserError("找不到这位作者的舆情。", hint="它们可能已被删除；请刷新列表。")
    followers = [r["followers"] for r in rows if r["followers"] is not None]
    periods, by_week = _periods(rows)
    replies = [
        {"id": r["id"], "replied_at": r["replied_at"], "reply_text": r["reply_text"]}
        for r in rows
        if r["reply_text"] or r["replied_at"]
    ]
    follow_ups = [
        {
            "id": r["id"],
            "follow_up_due": r["follow_up_due"],
            "status": r["status"],
            "text": r["text"],
        }
        for r in rows
        if r["status"] == "follow_up"
        or (r["follow_up_due"] and r["status"] not in ("closed", "ignored"))
    ]
    latest = [r["id"] for r in rows[-HINT_ROWS:]]
    last = rows[-1]
    return AuthorProfile(
        key=key,
        platform=last["platform"],
        name=last["author"],
        author_id=last["author_id"],
        mentions=rows,
        max_followers=max(followers) if followers else None,
        total_reposts=sum(r["reposts"] or 0 for r in rows),
        periods=periods,
        by_week=by_week,
        replies=replies,
        follow_ups=follow_ups,
        hints=nature.hints_for(workspace, latest),
    )


def profile_of_mention(workspace: Workspace, mention_id: int) -> AuthorProfile:
    return profile(workspace, key_for_mention(workspace, mention_id))


def unanswered_of(profile_: AuthorProfile) -> list[int]:
    return [r["id"] for r in profile_.mentions if r["status"] in UNANSWERED]


def influencer_followers(workspace: Workspace) -> int:
    value = workspace.setting(INFLUENCER_SETTING, DEFAULT_INFLUENCER_FOLLOWERS)
    try:
        followers = int(value)
    except (TypeError, ValueError):
        return DEFAULT_INFLUENCER_FOLLOWERS
    return followers if followers > 0 else DEFAULT_INFLUENCER_FOLLOWERS


def set_influencer_followers(workspace: Workspace, followers: int) -> Changes:
    """The influencer size of this workspace (the authors list, `crisisdesk authors`)."""
    if not 1 <= followers <= 1_000_000_000:
        raise UserError("大V 的粉丝数应为正整数。")
    workspace.set_setting(INFLUENCER_SETTING, int(followers))
    return Changes()  # no page shows it but the list that asked


def _summaries(rows: list[dict[str, Any]]) -> list[AuthorSummary]:
    return [
        AuthorSummary(
            key=r["author_key"],
            platform=r["platform"],
            author=r["author"],
            followers=r["followers"],
            mentions=int(r["mentions"]),
            negatives=int(r["negatives"] or 0),
            suggested=int(r["suggested"] or 0),
            reposts=int(r["reposts"] or 0),
            unanswered=int(r["unanswered"] or 0),
            last_posted=r["last_posted"],
        )
        for r in rows
    ]


def repeat_complainers(workspace: Workspace, limit: int = LIST_LIMIT) -> list[AuthorSummary]:
    """Authors with ≥ 2 counted negatives (confirmed, or confidently suggested)."""
    return _summaries(store.repeat_complainers(workspace.db, REPEAT_NEGATIVES, limit))


def influencers(
    workspace: Workspace, min_followers: int | None = None, limit: int = LIST_LIMIT
) -> list[AuthorSummary]:
    """Authors at or above the workspace's influencer size (default 10,000 followers)."""
    floor = influencer_followers(workspace) if min_followers is None else min_followers
    return _summaries(store.influencers(workspace.db, floor, limit))
