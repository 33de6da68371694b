"""Linking mentions to a case (by id or by a search) and unlinking them; each recomputes
the severity suggestion in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.severity import (
    SeveritySuggestion,
)
from desktop.services.cases.common import record_event, require_case
from desktop.services.cases.severity import store_suggestion
from desktop.storage import cases as store
from desktop.storage import mention_query
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
    require_case(workspace, case_id)
    ids = sorted({int(i) for i in mention_ids})
    result = LinkResult(case_id)
    if not ids:
        raise UserError("没有选中舆情。", hint="先在舆情台账里选中要关联的条目。")
    moved_ids: list[int] = []
    with workspace.transaction():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for mention_id, current in workspace.db.execute(
                f"SELECT id, case_id FROM mentions WHERE id IN ({marks})", chunk
            ).fetchall():
                if current == case_id:
                    result.already += 1
                    continue
                if current is not None:
                    result.moved += 1
                result.linked += 1
                moved_ids.append(mention_id)
                workspace.db.execute(
                    "UPDATE mentions SET case_id = ? WHERE id = ?", [case_id, mention_id]
                )
        if result.linked:
            text = f"关联舆情 {result.linked} 条"
            if result.moved:
                text += f"（其中 {result.moved} 条从其他案例移来）"
            record_event(workspace, case_id, "mentions_linked", text, at=at)
            result.suggestion = store_suggestion(workspace, case_id)
            store.update_case(workspace.db, case_id, {"updated_at": now_iso()})
            workspace.audit(
                "link-mentions",
                "case",
                case_id,
                after={"mention_ids": ids[:200], **result.as_dict()},
            )
            result.changes = Changes.of_cases(case_id) | Changes.of_mentions(moved_ids)
    return result


def link_matching(
    workspace: Workspace, case_id: int, mention_filter: MentionFilter, *, at: str | None = None
) -> LinkResult:
    where, params = mention_query.where(mention_filter)
    ids = [r[0] for r in workspace.db.execute(f"SELECT id FROM mentions WHERE {where}", params)]
    if not ids:
        raise UserError("当前搜索没有符合的舆情。", hint="调整搜索条件后再关联。")
    return link_mentions(workspace, case_id, ids, at=at)


def unlink_mentions(workspace: Workspace, case_id: int, mention_ids: list[int]) -> LinkResult:
    require_case(workspace, case_id)
    ids = sorted({int(i) for i in mention_ids})
    result = LinkResult(case_id)
    unlinked: list[int] = []
    with workspace.transaction():
        for mention_id in ids:
            cursor = workspace.db.execute(
                "UPDATE mentions SET case_id = NULL WHERE id = ? AND case_id = ?",
                [mention_id, case_id],
            )
            result.linked -= cursor.rowcount
            if cursor.rowcount:
                unlinked.append(mention_id)
        if result.linked:
            record_event(workspace, case_id, "mentions_linked", f"取消关联舆情 {-result.linked} 条")
            result.suggestion = store_suggestion(workspace, case_id)
            workspace.audit("unlink-mentions", "case", case_id, after={"mention_ids": ids[:200]})
            result.changes = Changes.of_cases(case_id) | Changes.of_mentions(unlinked)
    return result


def linked_mentions(
    workspace: Workspace, case_id: int, limit: int | None = None
) -> list[dict[str, Any]]:
    return store.linked_mentions(workspace.db, case_id, limit)
