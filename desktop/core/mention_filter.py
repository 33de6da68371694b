"""Which mentions a view shows, as values: the mention log, the export, the CLI and a case's
"link every mention of this search" all build one; storage turns it into SQL
(storage/mention_query), so filtering and sorting happen in SQLite."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Columns a view may sort by (anything else sorts by posting time).
SORTABLE = {
    "posted_at",
    "platform",
    "author",
    "followers",
    "reposts",
    "comments",
    "likes",
    "sentiment",
    "status",
    "owner",
    "issue_type",
    "follow_up_due",
    "id",
}


SENTIMENT_SOURCES = ("confirmed", "suggested", "counted", "uncounted")

# `owner` / `issue_type` set to this asks for mentions with none ("" means "any"): the
# dashboard's 未分类 and 无负责人 rows open the log on exactly those.
NOT_SET = "\x00"


@dataclass
class MentionFilter:
    search: str = ""
    sentiments: list[str] = field(default_factory=list)
    # Who said the sentiment (core/triage_vocab SOURCES: person, import, model); '' = nobody.
    sentiment_by: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    owner: str = ""
    issue_type: str = ""
    has_case: bool | None = None
    case_id: int | None = None
    import_id: int | None = None
    min_followers: int | None = None
    posted_from: str = ""  # ISO date or datetime, inclusive
    posted_to: str = ""  # ISO date or datetime, inclusive (a date means the whole day)
    # How the sentiment was decided (the dashboard's counts): "confirmed" (a person or the
    # sheet), "suggested" (a confident model suggestion), "counted" (either), "uncounted"
    # (unknown, or a suggestion too weak to count). See core/triage_vocab's counting rule.
    sentiment_source: str = ""
    # Still unanswered (new / to_reply) and posted before this UTC time (the response window
    # has passed): compared exactly, whatever offset each posted_at carries.
    unanswered_before: str = ""
    author: str = ""
    replied: bool | None = None  # has a first reply time (replied_at)
    watch_group_id: int | None = None  # mentions a watch group matches (mention_watch)
    mention_ids: list[int] = field(default_factory=list)  # exactly these (an alert's mentions)
    sort: str = "posted_at"
    descending: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in ("", [], None)}
