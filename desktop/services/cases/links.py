"""Linking mentions to a case (by id or by a search) and unlinking them; each recomputes
the severity suggestion in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.severity import SeveritySuggestion, parse_time
from desktop.services.cases.common import earliest, record_event, require_case, time_key
from desktop.services.cases.records import create_case, short_time
from desktop.services.cases.severity import store_suggestion
from desktop.storage import case_mentions
from desktop.storage import cases as store
from desktop.storage.case_mentions import LinkedMentionRow
from desktop.storage.workspace import Workspace, now_iso


@dataclass
class LinkResult:
    """How many mentions a link or unlink moved, the new suggestion, and the changes (the
    case, and the mentions whose case link changed)."""

    case_id: int
    linked: int = 0
    already: int = 0
    moved: int = 0
    suggestion: SeveritySuggestion | None = None
    changes: Changes = field(default=NO_CHANGES)

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "linked": self.linked,
            "already": self.already,
            "moved": self.moved,
            "suggested_severity": self.suggestion.level if self.suggestion else "",
        }


def link_mentions(
    workspace: Workspace, case_id: int, mention_ids: list[int], *, at: str | None = None
) -> LinkResult:
    """Link these mentions (moving them from another case if need be); one timeline event
    and a new suggestion when any link changed."""
    require_case(workspace, case_id)
    ids = sorted({int(i) for i in mention_ids})
    result = LinkResult(case_id)
    if not ids:
        raise UserError("没有选中舆情。", hint="先在舆情台账里选中要关联的条目。")
    with workspace.transaction():
        case = require_case(workspace, case_id)
        # detection came from the mentions when it is the earliest linked mention's time
        before = earliest(case_mentions.linked_posted_times(workspace.db, case_id))
        from_mentions = before is not None and parse_time(before) == parse_time(
            case.get("detected_at")
        )
        to_link: list[int] = []
        for mention_id, current in case_mentions.current_links(workspace.db, ids):
            if current == case_id:
                result.already += 1
                continue
            if current is not None:
                result.moved += 1
            to_link.append(mention_id)
        result.linked = len(to_link)
        if to_link:
            case_mentions.link(workspace.db, case_id, to_link)
            text = f"关联舆情 {result.linked} 条"
            if result.moved:
                text += f"（其中 {result.moved} 条从其他案例移来）"
            record_event(workspace, case_id, "mentions_linked", text, at=at)
            if from_mentions and case["phase"] != "closed":
                _detect_earlier(workspace, case_id, before, to_link)
            result.suggestion = store_suggestion(workspace, case_id)
            store.update_case(workspace.db, case_id, {"updated_at": now_iso()})
            workspace.audit(
                "link-mentions",
                "case",
                case_id,
                after={"mention_ids": ids[:200], **result.as_dict()},
            )
            result.changes = Changes.of_cases(case_id) | Changes.of_mentions(to_link)
    return result


def _detect_earlier(
    workspace: Workspace, case_id: int, current: str | None, linked: list[int]
) -> None:
    """A newly linked mention posted before the case's detection (which came from its
    mentions) moves the detection, and the response clock's start, earlier."""
    first = earliest(case_mentions.posted_times(workspace.db, linked))
    if first is None or current is None or time_key(first) >= time_key(current):
        return
    store.update_case(workspace.db, case_id, {"detected_at": first})
    store.move_detected_events(workspace.db, case_id, first)
    record_event(
        workspace,
        case_id,
        "note",
        f"发现时间提前到 {short_time(first)}（原为 {short_time(current)}）：新关联的舆情发布得更早",
    )


def open_case(
    workspace: Workspace,
    *,
    title: str,
    mention_ids: list[int],
    scenario: str = "other",
    **fields: Any,
) -> LinkResult:
    """A new case from these mentions, in one transaction: detected when the earliest of them
    was posted (the response clock counts from there), the mentions linked. `.case_id` is
    the new case."""
    ids = sorted({int(i) for i in mention_ids})
    if not ids:
        raise UserError("没有选中舆情。", hint="先在舆情台账里选中要关联的条目。")
    known = {mention_id for mention_id, _case in case_mentions.current_links(workspace.db, ids)}
    missing = [i for i in ids if i not in known]
    if missing:
        raise UserError(
            "找不到这些舆情：" + ",".join(str(i) for i in missing[:20]),
            hint="用 `crisisdesk mentions WS` 查看舆情编号。",
        )
    with workspace.transaction():
        first = earliest(case_mentions.posted_times(workspace.db, ids))
        case_id = create_case(
            workspace,
            title=title,
            scenario=scenario,
            detected_at=first,
            detected_note="发现时间取最早关联舆情的发布时间" if first else "",
            **fields,
        ).id
        result = link_mentions(workspace, case_id, ids)
    result.changes = result.changes | Changes.of_cases(case_id)
    return result


def open_case_matching(
    workspace: Workspace,
    *,
    title: str,
    mention_filter: MentionFilter,
    scenario: str = "other",
    **fields: Any,
) -> LinkResult:
    """A new case from every mention the filter matches."""
    ids = matching_mentions(workspace, mention_filter)
    if not ids:
        raise UserError("当前搜索没有符合的舆情。", hint="调整搜索条件后再新建案例。")
    return open_case(workspace, title=title, mention_ids=ids, scenario=scenario, **fields)


def matching_mentions(workspace: Workspace, mention_filter: MentionFilter) -> list[int]:
    """The ids of every mention the filter matches: what "link the whole search" links."""
    return case_mentions.matching_ids(workspace.db, mention_filter)


def link_matching(
    workspace: Workspace, case_id: int, mention_filter: MentionFilter, *, at: str | None = None
) -> LinkResult:
    """Link every mention the filter matches (the whole search, not one page of it)."""
    ids = matching_mentions(workspace, mention_filter)
    if not ids:
        raise UserError("当前搜索没有符合的舆情。", hint="调整搜索条件后再关联。")
    return link_mentions(workspace, case_id, ids, at=at)


def unlink_mentions(workspace: Workspace, case_id: int, mention_ids: list[int]) -> LinkResult:
    """`linked` comes back negative: minus the number of mentions unlinked."""
    require_case(workspace, case_id)
    ids = sorted({int(i) for i in mention_ids})
    result = LinkResult(case_id)
    with workspace.transaction():
        unlinked = case_mentions.unlink(workspace.db, case_id, ids)
        result.linked = -len(unlinked)
        if unlinked:
            record_event(workspace, case_id, "mentions_linked", f"取消关联舆情 {len(unlinked)} 条")
            result.suggestion = store_suggestion(workspace, case_id)
            workspace.audit("unlink-mentions", "case", case_id, after={"mention_ids": ids[:200]})
            result.changes = Changes.of_cases(case_id) | Changes.of_mentions(unlinked)
    return result


def linked_mentions(
    workspace: Workspace, case_id: int, limit: int | None = None
) -> list[LinkedMentionRow]:
    return case_mentions.linked_mentions(workspace.db, case_id, limit)
