"""A plan as one printable document (HTML for printing/plan_document's PDF), in the order of
its four phases; the binder is every plan, each starting on a new page after a contents list.
Worded in a language (the display language by default); the plan's content stays as written.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from desktop.core import messages
from desktop.core.messages import Language
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


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], language: Language) -> str:
    if not rows:
        return f'<p class="meta">{_e(messages.text("plan.doc.empty", language))}</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{_lines(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _kb_title(workspace: Workspace, entry_id: int | None, language: Language) -> str:
    """The linked 问答库 entry as `#id 标题` (just `#id` when it was deleted)."""
    if entry_id is None:
        return ""
    entry = kb_store.get_entry(workspace.db, entry_id)
    if entry is None:
        return messages.text("plan.doc.kb_deleted", language, id=entry_id)
    return f"#{entry_id} {entry.title}"


def _approved(plan: Plan, language: Language) -> str:
    if plan.approved_version is None:
        return messages.text("plan.doc.not_approved", language)
    who = messages.text(
        "plan.doc.who", language, name=plan.approved_by or "", day=(plan.approved_at or "")[:10]
    )
    if plan.approved_version == plan.version:
        return messages.text("plan.doc.approved", language, who=who)
    return messages.text(
        "plan.doc.approved_older", language, version=plan.approved_version, who=who
    )


def plan_section(workspace: Workspace, plan: Plan, language: Language | None = None) -> str:
    """One plan: title, status line, then 评估 · 计划 · 演练 · 执行."""
    lang = language or messages.display_language()

    def say(message_id: str, **params: Any) -> str:
        return _e(messages.text(message_id, lang, **params))

    def cols(*names: str) -> list[str]:
        return [messages.text(f"plan.col.{n}", lang) for n in names]

    c = plan.content
    risks = sorted(c.risks, key=lambda r: -r.score)
    tests = drill_history(workspace, plan.id)
    unassigned = messages.text("plan.col.unassigned", lang)
    meta = say(
        "plan.doc.meta",
        scenario=messages.label(SCENARIOS, plan.scenario, lang),
        version=plan.version,
        status=messages.label(STATUSES, plan.status, lang),
        approved=_approved(plan, lang),
    )
    parts = [
        f"<h1>{_e(c.title)}</h1>",
        f'<p class="meta">{meta}</p>',
        f"<p>{_lines(c.summary)}</p>",
        f"<h2>{say('plan.doc.assess')}</h2>",
        _table(
            cols("what", "likelihood", "impact", "score", "early_signs", "watch_group"),
            [
                [r.what, r.likelihood, r.impact, r.score, r.early_signs, r.watch_group]
                for r in risks
            ],
            lang,
        ),
        f"<h2>{say('plan.doc.plan')}</h2>",
        f"<h3>{say('plan.doc.first_hour')}</h3>",
        _table(
            ["#", *cols("role", "item", "person", "activity")],
            [
                [
                    i,
                    d.role,
                    d.text,
                    d.person or unassigned,
                    messages.label(ACTIVITIES, d.activity, lang) if d.activity else "",
                ]
                for i, d in enumerate(c.duties, start=1)
            ],
            lang,
        ),
        f"<h3>{say('plan.doc.messages')}</h3>",
        _table(
            cols("message", "kb"),
            [[m.text, _kb_title(workspace, m.kb_entry_id, lang)] for m in c.messages],
            lang,
        ),
        f"<h3>{say('plan.doc.channels')}</h3>",
        _table(
            cols("order", "channel", "note"),
            [[s.order, messages.label(CHANNELS, s.channel, lang), s.note] for s in c.channels],
            lang,
        ),
        f"<h3>{say('plan.doc.notice')}</h3>",
        f"<p>{_lines(c.internal_notice)}</p>",
        f"<h3>{say('plan.doc.remedies')}</h3>",
        _table(cols("option", "granted_by"), [[r.option, r.granted_by] for r in c.remedies], lang),
        f"<h3>{say('plan.doc.escalate')}</h3>",
        f"<p>{_lines(c.escalate_when)}</p>",
        f"<h3>{say('plan.doc.stand_down')}</h3>",
        f"<p>{_lines(c.stand_down_when)}</p>",
        f"<h2>{say('plan.doc.drill')}</h2>",
        _table(
            cols("tested_at", "version", "found"),
            [[(t.tested_at or "")[:16].replace("T", " "), t.plan_version, t.found] for t in tests],
            lang,
        )
        if tests
        else f'<p class="meta">{say("plan.doc.never_drilled")}</p>',
        f"<h2>{say('plan.doc.execute')}</h2>",
        f"<p>{say('plan.doc.execute_text')}</p>",
    ]
    return "\n".join(parts)


def plan_html(workspace: Workspace, plan_ref: int | str, language: Language | None = None) -> str:
    plan = get_plan(workspace, plan_ref)
    return _document(workspace, [plan], binder=False, language=language)


def binder_html(workspace: Workspace, language: Language | None = None) -> str:
    plans = [get_plan(workspace, s.id) for s in list_plans(workspace)]
    return _document(workspace, plans, binder=True, language=language)


def _document(
    workspace: Workspace, plans: Sequence[Plan], *, binder: bool, language: Language | None
) -> str:
    lang = language or messages.display_language()
    info = workspace.info()
    brand = str(info.get("brand") or info.get("name") or "")
    printed = now_iso()[:10]
    parts = [f"<html><head>{STYLE}</head><body>"]
    if binder:
        heading = messages.text("plan.doc.binder_heading", lang, brand=brand)
        meta = messages.text("plan.doc.binder_meta", lang, n=len(plans), printed=printed)
        parts.append(f"<h1>{_e(heading)}</h1>")
        parts.append(f'<p class="meta">{_e(meta)}</p>')
        never = messages.text("plan.doc.never", lang)
        parts.append(
            _table(
                [
                    "#",
                    *(
                        messages.text(f"plan.col.{n}", lang)
                        for n in ("scenario", "plan", "version", "status", "last_tested")
                    ),
                ],
                [
                    [
                        i,
                        messages.label(SCENARIOS, p.scenario, lang),
                        p.title,
                        p.version,
                        messages.label(STATUSES, p.status, lang),
                        (p.last_tested_at or never)[:10],
                    ]
                    for i, p in enumerate(plans, start=1)
                ],
                lang,
            )
        )
    else:
        printed_line = messages.text("plan.doc.printed", lang, brand=brand, printed=printed)
        parts.append(f'<p class="meta">{_e(printed_line)}</p>')
    for index, plan in enumerate(plans):
        if binder or index:
            parts.append('<div style="page-break-before: always;"></div>')
        parts.append(plan_section(workspace, plan, lang))
    parts.append("</body></html>")
    return "\n".join(parts)
