"""The plan document and binder in English (issue 13 item 11): headings, column names, the
status line and vocabulary in English; the plan's content as written; Chinese unchanged."""

from __future__ import annotations

import html
import re
from dataclasses import asdict
from typing import Any

from desktop.services import plans
from desktop.services.plans import export
from tests.support.english import chinese_left


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return [str(value)] if isinstance(value, str) and value else []


def _user_data(workspace) -> tuple[str, ...]:
    data: list[str] = []
    for row in plans.list_plans(workspace):
        plan = plans.get_plan(workspace, row.id)
        data += [*_strings(asdict(plan.content)), plan.title, str(plan.approved_by or "")]
        data += [t.found for t in plans.drill_history(workspace, plan.id)]
    info = workspace.info()
    data += [str(info.get("brand") or ""), str(info.get("name") or "")]
    kb = workspace.db.execute("SELECT title FROM kb_entries").fetchall()
    data += [title for (title,) in kb]
    for text in list(data):  # a multi-line text is printed line by line
        data += text.splitlines()
    return tuple(t for t in data if t)


def _text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page.split("</style>")[1]))


def test_the_binder_reads_in_english(demo_workspace) -> None:
    page = _text(export.binder_html(demo_workspace, "en"))
    assert "contingency plan binder" in page and "1. Assess: risk register" in page
    left = chinese_left(page, _user_data(demo_workspace))
    assert not left, left


def test_the_chinese_plan_keeps_its_words(demo_workspace) -> None:
    page = _text(export.plan_html(demo_workspace, "food_safety", "zh"))
    for heading in ("一、评估：风险登记", "二、计划", "三、演练", "四、执行", "内部通知模板"):
        assert heading in page
    assert "场景：食品或产品安全 · 第 1 版 · 已批准 · 批准：" in page
