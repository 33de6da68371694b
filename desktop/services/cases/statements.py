"""Statements: drafts (also from 问答库 scripts), versions, the one approval path, publishing.

A statement is approved through `services/approvals.approve` only (the same path as the
问答库): the roster's rule, the approval row, the statement's new status, its timeline event
and one audit row in one transaction. An empty, approved or published statement is refused.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from desktop.core.case_vocab import STATEMENT_CHANNELS, STATEMENT_EVENT, STATEMENT_KINDS
from desktop.core.changes import NO_CHANGES, Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.kb_vocab import LANGUAGE_LABELS, LANGUAGES
from desktop.core.messages import msg
from desktop.core.vocab import CHANNELS
from desktop.services import approvals
from desktop.services.cases.common import (
    STATEMENT_ACTIVITY,
    check_choice,
    created,
    effective_severity,
    record_event,
    require_case,
    require_statement,
)
from desktop.storage import cases as store
from desktop.storage.cases import StatementRow, TemplateRow
from desktop.storage.workspace import Workspace, now_iso


class StatementTemplate(TemplateRow):
    """A 问答库 script, which kind of statement it drafts (holding or official), and whether
    it fits the case: filed under the case's scenario, written in the workspace's language."""

    statement_kind: str
    scenario_match: bool
    language_match: bool


class ApprovedStatement(StatementRow):
    """A statement with the valid approval of its current version (None if not approved)."""

    approval: dict[str, Any] | None


class LanguageMismatch(UserError):
    """Approving or publishing a statement written in another language than the workspace's
    needs `confirm_language=True` (the window asks the user first)."""


LANGUAGE_SETTING = "language"  # the workspace's language: zh-CN (default), zh-TW or en
# A text is Chinese when at least this share of its letters are CJK characters; a text of
# fewer letters is too short to tell.
CJK_SHARE = 0.3
MIN_LETTERS = 8


def workspace_language(workspace: Workspace) -> str:
    """The language the workspace's public texts are written in (setting `language`)."""
    value = str(workspace.setting(LANGUAGE_SETTING) or "zh-CN")
    return value if value in LANGUAGES else "zh-CN"


def _letters(text: str) -> tuple[int, int]:
    """(CJK characters, other letters) of the text."""
    cjk = latin = 0
    for char in text or "":
        if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
            cjk += 1
        elif char.isalpha() and unicodedata.category(char).startswith("L"):
            latin += 1
    return cjk, latin


def cjk_share(text: str) -> float:
    """The share of CJK characters among the text's letters (0 when it has none)."""
    cjk, latin = _letters(text)
    return cjk / (cjk + latin) if cjk + latin else 0.0


def text_language(text: str) -> str:
    """The text's language family, "zh" or "en", by its share of CJK characters; "" for a
    text too short to tell (fewer than MIN_LETTERS letters and not two CJK characters)."""
    cjk, latin = _letters(text)
    if cjk + latin < MIN_LETTERS and cjk < 2:
        return ""
    return "zh" if cjk / (cjk + latin) >= CJK_SHARE else "en"


def _family(language: str) -> str:
    return "zh" if language.startswith("zh") else "en"


def language_warning(workspace: Workspace, statement_id: int) -> str:
    """Why approving or publishing this statement needs a confirmation ("" when it is written
    in the workspace's language)."""
    return _language_warning(workspace, require_statement(workspace, statement_id))


def _language_warning(workspace: Workspace, statement: StatementRow) -> str:
    found = text_language(statement["body"])
    wanted = workspace_language(workspace)
    if not found or found == _family(wanted):
        return ""
    written = "英文" if found == "en" else "中文"
    return (
        f"这份声明看起来是{written}写的，但工作区的语言是{LANGUAGE_LABELS[wanted]}"
        f"（中文字符占 {cjk_share(statement['body']):.0%}）。"
    )


def _check_language(workspace: Workspace, statement: StatementRow, confirmed: bool) -> None:
    warning = _language_warning(workspace, statement)
    if warning and not confirmed:
        raise LanguageMismatch(
            warning,
            hint="确认语言无误后再审批或发布（命令行和服务传 confirm_language=True）。",
        )


def statement_templates(
    workspace: Workspace, case_id: int | None = None, *, scenario_only: bool = False
) -> list[StatementTemplate]:
    """Official-statement and holding-reply scripts from the 问答库: for a case, those filed
    under its scenario first (or only), each group in the workspace's language first."""
    scenario = require_case(workspace, case_id)["scenario"] if case_id is not None else ""
    language = workspace_language(workspace)
    templates: list[StatementTemplate] = []
    for row in store.statement_templates(workspace.db):
        kind = str(row.get("kind") or "").lower()
        holding = "holding" in kind or "暂缓" in kind
        templates.append(
            {
                **row,
                "statement_kind": "holding" if holding else "official",
                "scenario_match": bool(scenario) and row["scenario"] == scenario,
                "language_match": row["language"] == language,
            }
        )
    if scenario_only:
        templates = [t for t in templates if t["scenario_match"]]
    # stable: the storage's order (title) within each group
    templates.sort(key=lambda t: (not t["scenario_match"], not t["language_match"]))
    return templates


def create_statement(
    workspace: Workspace,
    case_id: int,
    *,
    channel: str,
    kind: str = "official",
    body: str = "",
    title: str = "",
    kb_entry_id: int | None = None,
) -> ChangesWithId:
    """A draft, version 1 (`.id` is the statement's id)."""
    require_case(workspace, case_id)
    if channel not in STATEMENT_CHANNELS and channel not in CHANNELS:
        raise UserError(f"未知的渠道：{channel}", hint="可选：" + "、".join(STATEMENT_CHANNELS))
    check_choice(kind, STATEMENT_KINDS, "声明类型")
    with workspace.transaction():
        statement_id = store.insert_statement(
            workspace.db,
            case_id,
            channel=channel,
            kind=kind,
            title=title,
            body=body,
            kb_entry_id=kb_entry_id,
            by=workspace.user,
            at=now_iso(),
        )
        workspace.audit(
            "create",
            "statement",
            statement_id,
            after={
                "case_id": case_id,
                "channel": channel,
                "kind": kind,
                "kb_entry_id": kb_entry_id,
            },
        )
    return created(case_id, statement_id)


_PLACEHOLDER_WITH_DEFAULT = re.compile(r"\{([^{}|]+)\|([^{}]*)\}")


def fill_placeholder_defaults(body: str) -> str:
    """KB scripts write placeholders as {name} or {name|default}: fill the defaults, leave
    the others visible for the user to complete before approval."""
    return _PLACEHOLDER_WITH_DEFAULT.sub(lambda m: m.group(2), body or "")


def create_statement_from_kb(
    workspace: Workspace, case_id: int, entry_id: int, *, channel: str, kind: str | None = None
) -> ChangesWithId:
    """A draft from the entry's script for this channel (else its first script)."""
    templates = [t for t in statement_templates(workspace) if t["entry_id"] == entry_id]
    if not templates:
        raise UserError(
            f"问答库条目 {entry_id} 没有声明或暂缓回复话术。",
            hint="请在问答库里为它添加“官方声明”或“暂缓回复”。",
        )
    chosen = next((t for t in templates if t.get("channel") == channel), templates[0])
    return create_statement(
        workspace,
        case_id,
        channel=channel,
        kind=kind or chosen["statement_kind"],
        body=fill_placeholder_defaults(chosen["body"]),
        title=chosen["title"],
        kb_entry_id=entry_id,
    )


def edit_statement(
    workspace: Workspace, statement_id: int, *, body: str, title: str | None = None
) -> Changes:
    """A draft is edited in place; editing an approved or published statement makes a new
    version, back in draft, and voids the approval."""
    statement = require_statement(workspace, statement_id)
    if body == statement["body"] and (title is None or title == statement["title"]):
        return NO_CHANGES
    now = now_iso()
    was_draft = statement["status"] == "draft"
    with workspace.transaction():
        if was_draft:
            version = statement["version"]
            store.rewrite_statement_version(
                workspace.db, statement_id, version, body, by=workspace.user, at=now
            )
        else:
            version = statement["version"] + 1
            approvals.void(workspace, "statement", statement_id, reason=f"改为第 {version} 版")
            store.add_statement_version(
                workspace.db, statement_id, version, body, by=workspace.user, at=now
            )
        store.set_statement_draft(
            workspace.db,
            statement_id,
            body=body,
            title=statement["title"] if title is None else title,
            version=version,
            was_draft=was_draft,
            at=now,
        )
        workspace.audit(
            "edit",
            "statement",
            statement_id,
            before={
                "body": statement["body"],
                "version": statement["version"],
                "status": statement["status"],
            },
            after={"body": body, "version": version, "status": "draft"},
        )
    return Changes.of_cases(statement["case_id"])


def who_may_approve(workspace: Workspace, case_id: int) -> list[dict[str, Any]]:
    case = require_case(workspace, case_id)
    return approvals.who_may_approve(
        workspace, STATEMENT_ACTIVITY, case["scenario"], effective_severity(case)
    )


def approve_statement(
    workspace: Workspace,
    statement_id: int,
    given: approvals.ApprovalInput,
    *,
    at: str | None = None,
    confirm_language: bool = False,
) -> approvals.Approved:
    """Approve the statement's current version through the one approval path (raises
    ApprovalRefused naming who may approve). An empty, already approved or published
    statement cannot be approved; one written in another language than the workspace's
    needs `confirm_language=True` (raises LanguageMismatch)."""
    statement = require_statement(workspace, statement_id)
    _check_statement_approvable(statement)
    _check_language(workspace, statement, confirm_language)
    case = require_case(workspace, statement["case_id"])

    def mark_approved(approval: approvals.Approval) -> Changes:
        current = require_statement(workspace, statement_id)  # inside the transaction
        _check_statement_approvable(current)
        if current["version"] != statement["version"]:
            raise UserError("声明在审批期间被修改了。", hint="请审批新版本。")
        store.mark_statement_approved(workspace.db, statement_id, at=approval.at)
        record_event(
            workspace,
            case["id"],
            "approval",
            f"{approval.approver_name} 审批了{_statement_label(statement)}"
            f"（第 {statement['version']} 版）",
            at=at,
            statement_id=statement_id,
            approval_id=approval.id,
        )
        return Changes.of_cases(case["id"])

    return approvals.approve(
        workspace,
        approvals.Subject(
            "statement",
            statement_id,
            statement["version"],
            STATEMENT_ACTIVITY,
            case["scenario"],
            effective_severity(case),
        ),
        given,
        apply=mark_approved,
        audit_extra={"case_id": case["id"]},
        at=at,
    )


def _check_statement_approvable(statement: StatementRow) -> None:
    if statement["status"] == "published":
        raise UserError("这份声明已经发布，不能再审批。", hint="如需更正，请新建一份声明。")
    if statement["status"] != "draft":
        raise UserError("这份声明已经审批过了。", hint="修改内容会生成新版本，需要重新审批。")
    if not (statement["body"] or "").strip():
        raise UserError("声明还是空的，不能审批。", hint="先写好声明正文。")


def _statement_label(statement: StatementRow) -> str:
    channel = STATEMENT_CHANNELS.get(statement["channel"]) or CHANNELS.get(
        statement["channel"], statement["channel"]
    )
    return f"{channel}{STATEMENT_KINDS.get(statement['kind'], statement['kind'])}"


def publish_statement(
    workspace: Workspace,
    statement_id: int,
    *,
    at: str | None = None,
    confirm_language: bool = False,
) -> Changes:
    """Only an approved current version is published; the timeline records the publication
    (a holding statement stops the response clock). One written in another language than
    the workspace's needs `confirm_language=True` (raises LanguageMismatch)."""
    statement = require_statement(workspace, statement_id)
    if statement["status"] == "published":
        raise UserError(msg("case.already_published"))
    approval = approvals.current_approval(
        workspace, "statement", statement_id, statement["version"]
    )
    if statement["status"] != "approved" or approval is None:
        raise UserError(
            msg("case.not_approved"),
            hint=msg("case.not_approved.hint"),
        )
    _check_language(workspace, statement, confirm_language)
    moment = at or now_iso()
    kind = STATEMENT_EVENT.get(statement["kind"], "official_statement")
    with workspace.transaction():
        store.mark_statement_published(
            workspace.db, statement_id, published_at=moment, by=workspace.user, at=now_iso()
        )
        record_event(
            workspace,
            statement["case_id"],
            kind,
            f"发布{_statement_label(statement)}（第 {statement['version']} 版，"
            f"{approval['approver_name']} 审批）",
            at=moment,
            statement_id=statement_id,
            approval_id=approval["id"],
        )
        workspace.audit("publish", "statement", statement_id, after={"at": moment})
    return Changes.of_cases(statement["case_id"])


def statements(workspace: Workspace, case_id: int) -> list[ApprovedStatement]:
    return [
        {
            **row,
            "approval": approvals.current_approval(
                workspace, "statement", row["id"], row["version"]
            ),
        }
        for row in store.statements(workspace.db, case_id)
    ]


def delete_statement(workspace: Workspace, statement_id: int) -> Changes:
    """Only a statement not yet published: a published one is part of the case's record."""
    statement = require_statement(workspace, statement_id)
    if statement["status"] == "published":
        raise UserError("已发布的声明不能删除。", hint="它是案例记录的一部分。")
    with workspace.transaction():
        store.delete_statement(workspace.db, statement_id)
        workspace.audit("delete", "statement", statement_id, before=statement)
    return Changes.of_cases(statement["case_id"])
