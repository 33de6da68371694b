"""A plan's versions: the list, a diff between two, and restoring an old one as a new draft."""

from __future__ import annotations

import difflib

from desktop.core import vocab
from desktop.core.errors import UserError
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


def render(content: PlanContent) -> list[str]:
    """The plan as lines of text, in the order of its phases (for diffs and the CLI)."""
    lines = [f"标题：{content.title}", f"说明：{content.summary}", "【评估】风险登记"]
    for risk in content.risks:
        lines.append(
            f"  {risk.what}｜可能性 {risk.likelihood} × 影响 {risk.impact} = {risk.score}"
            f"｜征兆：{risk.early_signs}｜监测：{risk.watch_group}"
        )
    lines.append("【计划】第一小时清单")
    for duty in content.duties:
        lines.append(f"  [{duty.role or '未指定'}] {duty.text}（{duty.person or '—'}）")
    lines.append("口径")
    for message in content.messages:
        link = f"（问答库 #{message.kb_entry_id}）" if message.kb_entry_id else ""
        lines.append(f"  {message.text}{link}")
    lines.append("发布顺序")
    for step in content.channels:
        channel = vocab.CHANNELS.get(step.channel, step.channel)
        lines.append(f"  {step.order}. {channel} {step.note}".rstrip())
    lines.append("内部通知模板")
    lines += [f"  {line}" for line in content.internal_notice.splitlines()]
    lines.append("补偿与补救")
    lines += [f"  {r.option}（可批准：{r.granted_by or '—'}）" for r in content.remedies]
    lines.append(f"升级条件：{content.escalate_when}")
    lines.append(f"解除条件：{content.stand_down_when}")
    return lines


def diff(workspace: Workspace, plan_id: int, old: int, new: int) -> list[str]:
    """Unified diff lines ('-' removed, '+' added, ' ' same) between two versions."""
    before = render(version_content(workspace, plan_id, old))
    after = render(version_content(workspace, plan_id, new))
    return list(
        difflib.unified_diff(before, after, f"第 {old} 版", f"第 {new} 版", lineterm="", n=2)
    )
