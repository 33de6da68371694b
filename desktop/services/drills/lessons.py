"""A drill's lessons, after it finished: edited in the real workspace's drill row, and each
turned in one click into a 问答库 draft or a plan edit (a new draft version of the plan, with
the lesson as a first-hour checklist item). Either is a draft: it goes through the one
approval path like any other change of the 问答库 or a plan."""

from __future__ import annotations

from typing import Any

from desktop.core.changes import Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.plan_content import Duty
from desktop.core.vocab import SCENARIOS
from desktop.services import kb, plans
from desktop.services.drills.finishing import get_drill
from desktop.storage import drills as store
from desktop.storage.workspace import Workspace

LESSON_TARGETS = {"kb": "问答库草稿", "plan": "预案修改"}
LESSON_ROLE = "演练教训"


def set_lessons(workspace: Workspace, drill_id: int, texts: list[str]) -> Changes:
    """Rewrite the lesson texts; a lesson already applied keeps its mark when its text stays."""
    drill = get_drill(workspace, drill_id)
    applied = {lesson["text"]: lesson.get("applied", "") for lesson in drill["lessons"]}
    lessons = [
        {"text": t.strip(), "applied": applied.get(t.strip(), "")} for t in texts if t.strip()
    ]
    with workspace.transaction():
        store.set_lessons(workspace.db, drill_id, lessons)
        workspace.audit("edit-lessons", "drill", drill_id, after={"lessons": len(lessons)})
    return Changes(plans=True, audit=True)


def apply_lesson(workspace: Workspace, drill_id: int, index: int, target: str) -> ChangesWithId:
    """Lesson `index` (0-based) as a 问答库 draft (`kb`) or a plan edit (`plan`); `.id` is the
    new entry's or the plan's id. A lesson is applied once."""
    if target not in LESSON_TARGETS:
        raise UserError(f"未知的去向：{target}", hint="可选：kb（问答库草稿）、plan（预案修改）。")
    drill = get_drill(workspace, drill_id)
    lessons: list[dict[str, Any]] = drill["lessons"]
    if not 0 <= index < len(lessons):
        raise UserError(f"演练 {drill_id} 没有第 {index + 1} 条教训。")
    lesson = lessons[index]
    if lesson.get("applied"):
        raise UserError(f"这条教训已经转成了{_applied_label(lesson['applied'])}。")
    with workspace.transaction():
        if target == "kb":
            made = _to_kb(workspace, drill_id, drill["scenario"], lesson["text"])
            lesson["applied"] = f"kb:{made.id}"
        else:
            made = _to_plan(
                workspace, drill_id, drill["plan_id"], drill["scenario"], lesson["text"]
            )
            lesson["applied"] = f"plan:{made.id}"
        store.set_lessons(workspace.db, drill_id, lessons)
        workspace.audit(
            "apply-lesson", "drill", drill_id, after={"index": index, "to": lesson["applied"]}
        )
    return made


def _applied_label(mark: str) -> str:
    kind, _, ref = mark.partition(":")
    return f"{LESSON_TARGETS.get(kind, kind)}（编号 {ref}）"


def _to_kb(workspace: Workspace, drill_id: int, scenario: str, text: str) -> ChangesWithId:
    title = f"演练教训：{text[:40]}"
    result = kb.create_entry(
        workspace,
        {
            "title": title,
            "examples": text,
            "category": f"{SCENARIOS.get(scenario, '其他')} / 演练教训",
            "tone_note": f"来自演练 #{drill_id}；请补充回复话术后提交审批。",
        },
        check_duplicates=False,
    )
    return ChangesWithId(
        kb=True, audit=True, kb_ids=frozenset({result.entry_id}), id=result.entry_id
    )


def _to_plan(
    workspace: Workspace, drill_id: int, plan_id: int | None, scenario: str, text: str
) -> ChangesWithId:
    try:
        plan = plans.get_plan(workspace, plan_id if plan_id is not None else scenario)
    except UserError:
        raise UserError(
            "这次演练没有对应的预案，不能转成预案修改。", hint="可以转成问答库草稿。"
        ) from None
    content = plan.content
    duty = Duty(text=text, role=LESSON_ROLE)
    saved = plans.save_plan(
        workspace,
        plan.id,
        content.with_duties([*content.duties, duty]),
        note=f"演练 #{drill_id} 的教训",
    )
    return ChangesWithId(plans=True, audit=True, id=saved.plan_id)
