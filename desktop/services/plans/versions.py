"""A plan's versions: the list, a diff between two, and restoring an old one as a new draft."""

from __future__ import annotations

import difflib

from desktop.core import messages, vocab
from desktop.core.errors import UserError
from desktop.core.messages import Language
from desktop.core.plan_content import PlanContent
from desktop.services.plans.records import SaveResult, parse_content, save_plan
from desktop.storage import plans as store
from desktop.storage.plans import VersionRow
from desktop.storage.workspace import Workspace


def versions(workspace: Workspace, plan_id: int) -> list[VersionRow]:
    """Newest first."""
    return store.versions(workspace.db, plan_id)


def version_content(workspace: Workspace, plan_id: int, version: int) -> PlanContent:
    snapshot = store.version_snapshot(workspace.db, plan_id, version)
    if snapshot is None:
        raise UserError(f"预案 {plan_id} 没有第 {version} 版。")
    return parse_content(snapshot)


def restore_version(workspace: Workspace, plan_id: int, version: int) -> SaveResult:
    """Bring back an old version's content as a new draft version."""
    content = version_content(workspace, plan_id, version)
    return save_plan(workspace, plan_id, content, note=f"恢复自第 {version} 版")


def render(content: PlanContent, language: Language = "zh") -> list[str]:
    """The plan as lines of text, in the order of its phases (for diffs, in Chinese, and the
    CLI, in its language); the plan's content as written."""

    def say(message_id: str, **params: object) -> str:
        return messages.text(message_id, language, **params)

    lines = [
        say("plan.render.title", v=content.title),
        say("plan.render.summary", v=content.summary),
        say("plan.render.assess"),
    ]
    for risk in content.risks:
        lines.append(
            say(
                "plan.render.risk",
                what=risk.what,
                likelihood=risk.likelihood,
                impact=risk.impact,
                score=risk.score,
                signs=risk.early_signs,
                group=risk.watch_group,
            )
        )
    lines.append(say("plan.render.plan"))
    for duty in content.duties:
        # a seeded role's name is a vocabulary word (the "role" parameter shows it in English)
        who = duty.role or say("plan.render.unassigned")
        lines.append(say("plan.render.duty", role=who, text=duty.text, person=duty.person or "—"))
    lines.append(say("plan.render.messages"))
    for message in content.messages:
        link = say("plan.render.kb_link", id=message.kb_entry_id) if message.kb_entry_id else ""
        lines.append(f"  {message.text}{link}")
    lines.append(say("plan.render.channels"))
    for step in content.channels:
        channel = messages.label(vocab.CHANNELS, step.channel, language)
        lines.append(f"  {step.order}. {channel} {step.note}".rstrip())
    lines.append(say("plan.render.notice"))
    lines += [f"  {line}" for line in content.internal_notice.splitlines()]
    lines.append(say("plan.render.remedies"))
    lines += [
        say("plan.render.remedy", option=r.option, by=r.granted_by or "—") for r in content.remedies
    ]
    lines.append(say("plan.render.escalate", v=content.escalate_when))
    lines.append(say("plan.render.stand_down", v=content.stand_down_when))
    return lines


def diff(workspace: Workspace, plan_id: int, old: int, new: int) -> list[str]:
    """Unified diff lines ('-' removed, '+' added, ' ' same) between two versions."""
    before = render(version_content(workspace, plan_id, old))
    after = render(version_content(workspace, plan_id, new))
    return list(
        difflib.unified_diff(before, after, f"第 {old} 版", f"第 {new} 版", lineterm="", n=2)
    )
