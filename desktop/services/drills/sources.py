"""Where a drill's injects come from: a past case of this workspace (its own mentions, at
their own times), a reference case (its story, then the scripted injects of its scenario) or
a scripted scenario (resources/seed/drill_scenarios.json)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypedDict, cast

from desktop.core.errors import UserError
from desktop.core.severity import LEVELS, parse_time
from desktop.services.cases.common import effective_severity
from desktop.services.cases.reference import reference_case
from desktop.services.seed_files import seed_data
from desktop.storage import case_mentions
from desktop.storage import cases as case_store
from desktop.storage import drills as store
from desktop.storage.workspace import Workspace

SOURCE_KINDS = {"case": "本工作区的历史案例", "reference": "参考案例", "scenario": "演练脚本"}
DEFAULT_LEVEL = "II"
BRAND_MARK = "{品牌}"


class Inject(TypedDict, total=False):
    """One thing that happens in the drill at `at_minutes` of drill time: a post (`kind`
    mention, with the mention's columns) or a timeline event (a call, a visit)."""

    at_minutes: float
    kind: str
    text: str
    platform: str
    author: str
    followers: int | None
    title: str
    reposts: int | None
    comments: int | None
    likes: int | None
    row: dict[str, Any]  # a replayed case's whole mention row


class Scenario(TypedDict):
    key: str
    title: str
    scenario: str
    level: str
    summary: str
    injects: list[Inject]


@dataclass
class DrillSource:
    """Everything a drill needs from where it came from."""

    kind: str
    ref: str
    title: str
    scenario: str
    level: str
    summary: str
    injects: list[Inject]
    epoch: datetime | None = None  # a replayed case keeps its own time
    case_id: int | None = None  # the past case (taken out of the drill copy)
    mention_ids: list[int] = field(default_factory=list)


def scenarios() -> list[Scenario]:
    return cast(list[Scenario], seed_data("drill_scenarios")["scenarios"])


def scenario(key: str) -> Scenario:
    found = next((s for s in scenarios() if s["key"] == key), None)
    if found is None:
        names = "、".join(s["key"] for s in scenarios())
        raise UserError(f"没有名为 {key} 的演练脚本。", hint=f"可选：{names}")
    return found


def _branded(injects: list[Inject], brand: str) -> list[Inject]:
    name = brand or "本品牌"
    out: list[Inject] = []
    for inject in injects:
        copy: dict[str, Any] = dict(inject)
        for key in ("text", "title"):
            value = copy.get(key)
            if isinstance(value, str):
                copy[key] = value.replace(BRAND_MARK, name)
        out.append(cast(Inject, copy))
    return sorted(out, key=lambda i: float(i["at_minutes"]))


def _level(value: str, fallback: str = DEFAULT_LEVEL) -> str:
    return value if value in LEVELS else fallback


def from_scenario(key: str, brand: str) -> DrillSource:
    found = scenario(key)
    return DrillSource(
        "scenario",
        key,
        found["title"],
        found["scenario"],
        _level(found["level"]),
        found["summary"].replace(BRAND_MARK, brand or "本品牌"),
        _branded(found["injects"], brand),
    )


def from_reference(key: str, brand: str) -> DrillSource:
    """The reference case's story is the first inject; the scripted injects of a scenario of
    the same kind (when there is one) follow, so the team has something to answer."""
    found = reference_case(key)
    if found is None:
        raise UserError(f"没有名为 {key} 的参考案例。", hint="用 crisisdesk case references 查看。")
    first: Inject = {
        "at_minutes": 0,
        "kind": "mention",
        "platform": "微博",
        "author": "网友爆料",
        "followers": 5000,
        "title": found["title"],
        "text": found["what_happened"],
    }
    follow = next((s for s in scenarios() if s["scenario"] == found["scenario"]), None)
    later = [i for i in follow["injects"] if float(i["at_minutes"]) > 0] if follow else []
    return DrillSource(
        "reference",
        key,
        found["title"],
        found["scenario"],
        _level(follow["level"] if follow else DEFAULT_LEVEL),
        found["what_happened"],
        _branded([first, *later], brand),
    )


def from_case(workspace: Workspace, case_id: int) -> DrillSource:
    """A past case replayed: its linked mentions at their own posting times, from the
    earliest of detection and the first post."""
    case = case_store.get_case(workspace.db, case_id)
    if case is None:
        raise UserError(f"找不到案例 {case_id}。", hint="用 crisisdesk case list 查看案例编号。")
    mention_ids = case_mentions.linked_ids(workspace.db, case_id)
    rows = store.mention_rows(workspace.db, mention_ids)
    moments = [parse_time(case.get("detected_at")), *(parse_time(r["posted_at"]) for r in rows)]
    known = [m for m in moments if m is not None]
    if not known:
        raise UserError(f"案例 {case_id} 没有发现时间，无法回放。")
    epoch = min(known)
    injects: list[Inject] = []
    for row in rows:
        posted = parse_time(row.get("posted_at")) or epoch
        injects.append(
            {
                "at_minutes": max(0.0, (posted - epoch).total_seconds() / 60),
                "kind": "mention",
                "platform": str(row.get("platform") or ""),
                "author": str(row.get("author") or ""),
                "text": str(row.get("text") or ""),
                "row": row,
            }
        )
    if not injects:
        raise UserError(
            f"案例 {case_id} 没有关联的舆情，没有可回放的内容。",
            hint="先给案例关联舆情，或改用演练脚本。",
        )
    return DrillSource(
        "case",
        str(case_id),
        case["title"],
        case["scenario"],
        _level(effective_severity(case)),
        str(case.get("summary") or ""),
        injects,
        epoch=epoch,
        case_id=case_id,
        mention_ids=mention_ids,
    )


def describe_sources(workspace: Workspace) -> dict[str, list[dict[str, Any]]]:
    """What the start dialog and `drill sources` offer: cases, reference cases, scenarios."""
    from desktop.services.cases.reference import reference_cases

    cases = [
        {"ref": str(c["id"]), "title": c["title"], "scenario": c["scenario"]}
        for c in case_store.list_cases(workspace.db)
    ]
    return {
        "case": cases,
        "reference": [
            {"ref": r["key"], "title": r["title"], "scenario": r["scenario"]}
            for r in reference_cases()
        ],
        "scenario": [
            {"ref": s["key"], "title": s["title"], "scenario": s["scenario"]} for s in scenarios()
        ],
    }
