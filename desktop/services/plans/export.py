"""A plan as one printable document (HTML for printing/plan_document's PDF), in the order of
its four phases; the binder is every plan, each starting on a new page after a contents list.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from desktop.core.plan_vocab import STATUSES
from desktop.core.vocab import ACTIVITIES, CHANNELS, SCENARIOS
from desktop.services.plans.records import Plan, drill_history, get_plan, list_plans
from desktop.storage import kb as kb_store
from desktop.storage.workspace import Workspace, now_iso

STYLE = """
<style>
 h1 { font-size: 18pt; margin-bottom: 2pt; }
 h2 { font-size: 13pt; color: #1e3a5f; margin-top: 10pt; border-bottom: 1px solid #94a3b8; }
 h3 { font-size: 11pt; margin-top: 6pt; }
 td, th { font-size: 9pt; padding: 3px; vertical-align: top; }
 th { background: #e2e8f0; text-align: left; }
 .meta { color: #475569; font-size: 9pt; }
 .pre { white-space: pre-wrap; }
</style>
"""


def _e(text: object) -> str:
    return html.escape(str(text or ""))


def _lines(text: str) -> str:
    return "<br/>".join(_e(line) for line in (text or "").splitlines()) or "—"


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    if not rows:
        return '<p class="meta">（未填写）</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{_lines(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _kb_title(workspace: Workspace, entry_id: int | None) -> str:
    """The linked 问答库 entry as `#id 标题` (just `#id` when it was deleted)."""
    if entry_id is None:
        return ""
    entry = kb_store.get_entry(workspace.db, entry_id)
    return f"#{entry_id} {entry.title}" if entry is not None else f"#{entry_id}（已删除）"


def plan_section(workspace: Workspace, plan: Plan) -> str:
    """One plan: title, status line, then 评估 · 计划 · 演练 · 执行."""
    c = plan.content
    status = STATUSES.get(plan.status, plan.status)
    if plan.approved_version is None:
        approved = "尚未批准"
    else:
        who = f"{_e(plan.approved_by)}，{_e((plan.approved_at or '')[:10])}"
        approved = (
            f"批准：{who}"
            if plan.approved_version == plan.version
            else f"在用的是已批准的第 {plan.approved_version} 版（{who}）"
        )
    risks = sorted(c.risks, key=lambda r: -r.score)
    tests = drill_history(workspace, plan.id)
    parts = [
        f"<h1>{_e(c.title)}</h1>",
        f'<p class="meta">场景：{_e(SCENARIOS.get(plan.scenario, plan.scenario))} · 第 {plan.version} 版 · '
        f"{_e(status)} · {approved}</p>",
        f"<p>{_lines(c.summary)}</p>",
        "<h2>一、评估：风险登记</h2>",
        _table(
            ["可能发生什么", "可能性", "影响", "风险值", "早期征兆", "监测组"],
            [
                [r.what, r.likelihood, r.impact, r.score, r.early_signs, r.watch_group]
                for r in risks
            ],
        ),
        "<h2>二、计划</h2>",
        "<h3>第一小时清单（按职责矩阵生成）</h3>",
        _table(
            ["#", "角色", "事项", "负责人", "职责矩阵事项"],
            [
                [i, d.role, d.text, d.person or "（未指定）", ACTIVITIES.get(d.activity, "")]
                for i, d in enumerate(c.duties, start=1)
            ],
        ),
        "<h3>口径</h3>",
        _table(
            ["口径", "问答库条目"],
            [[m.text, _kb_title(workspace, m.kb_entry_id)] for m in c.messages],
        ),
        "<h3>发布渠道与顺序</h3>",
        _table(
            ["顺序", "渠道", "说明"],
            [[s.order, CHANNELS.get(s.channel, s.channel), s.note] for s in c.channels],
        ),
        "<h3>内部通知模板</h3>",
        f"<p>{_lines(c.internal_notice)}</p>",
        "<h3>补偿与补救</h3>",
        _table(["方案", "可批准人"], [[r.option, r.granted_by] for r in c.remedies]),
        "<h3>升级条件</h3>",
        f"<p>{_lines(c.escalate_when)}</p>",
        "<h3>解除条件</h3>",
        f"<p>{_lines(c.stand_down_when)}</p>",
        "<h2>三、演练</h2>",
        _table(
            ["演练时间", "版本", "发现"],
            [[(t.tested_at or "")[:16].replace("T", " "), t.plan_version, t.found] for t in tests],
        )
        if tests
        else '<p class="meta">从未演练。建议每 6 个月至少做一次桌面推演。</p>',
        "<h2>四、执行</h2>",
        "<p>发生危机时，在案例中点“启用预案”：第一小时清单会出现在响应时钟旁，"
        "每一项由谁、在何时完成都会记入案例时间线；跳过的项目会列在复盘里。</p>",
    ]
    return "\n".join(parts)


def plan_html(workspace: Workspace, plan_ref: int | str) -> str:
    plan = get_plan(workspace, plan_ref)
    return _document(workspace, [plan], binder=False)


def binder_html(workspace: Workspace) -> str:
    plans = [get_plan(workspace, s.id) for s in list_plans(workspace)]
    return _document(workspace, plans, binder=True)


def _document(workspace: Workspace, plans: Sequence[Plan], *, binder: bool) -> str:
    info = workspace.info()
    brand = _e(info.get("brand") or info.get("name") or "")
    printed = now_iso()[:10]
    parts = [f"<html><head>{STYLE}</head><body>"]
    if binder:
        parts.append(f"<h1>{brand} 应急预案汇编</h1>")
        parts.append(f'<p class="meta">共 {len(plans)} 个预案 · 打印于 {printed}</p>')
        parts.append(
            _table(
                ["#", "场景", "预案", "版本", "状态", "上次演练"],
                [
                    [
                        i,
                        SCENARIOS.get(p.scenario, p.scenario),
                        p.title,
                        p.version,
                        STATUSES.get(p.status, p.status),
                        (p.last_tested_at or "从未")[:10],
                    ]
                    for i, p in enumerate(plans, start=1)
                ],
            )
        )
    else:
        parts.append(f'<p class="meta">{brand} · 打印于 {printed}</p>')
    for index, plan in enumerate(plans):
        if binder or index:
            parts.append('<div style="page-break-before: always;"></div>')
        parts.append(plan_section(workspace, plan))
    parts.append("</body></html>")
    return "\n".join(parts)
