"""Rules of contingency plans (pure): the first-hour checklist drawn from the RACI matrix,
and the plan health findings (never drilled, drilled too long ago, roles nobody holds)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.plan_content import Duty
from desktop.core.plan_vocab import FIRST_HOUR_DUTIES, TEST_STALE_DAYS
from desktop.core.roster_rules import Cell, Finding

# Who does a duty: the R holders; a row with no R falls back to its A holder (approving is
# the A's own duty). An approval duty is the A's.
DOER_ORDER = ("R", "A")
APPROVER_ORDER = ("A", "R")


@dataclass(frozen=True)
class RosterNames:
    """Names the checklist needs from the roster: role id → label, role id → member names,
    person id → name and person id → role labels."""

    role_names: Mapping[int, str]
    role_members: Mapping[int, Sequence[str]]
    person_names: Mapping[int, str]
    person_roles: Mapping[int, Sequence[str]]


def _doers(activity: str, row: Sequence[Cell]) -> list[Cell]:
    order = APPROVER_ORDER if activity.startswith("approve_") else DOER_ORDER
    for raci in order:
        found = [c for c in row if c.raci == raci]
        if found:
            return found
    return []


def duty_from_row(activity: str, text: str, row: Sequence[Cell], names: RosterNames) -> Duty:
    """One checklist item: its role is the first doer's role, its people every doer (a role
    cell stands for all its members)."""
    roles: list[str] = []
    people: list[str] = []
    for cell in _doers(activity, row):
        if cell.role_id is not None:
            roles.append(names.role_names.get(cell.role_id, ""))
            people += names.role_members.get(cell.role_id, ())
        elif cell.person_id is not None:
            person = names.person_names.get(cell.person_id)
            if person:
                people.append(person)
                roles += names.person_roles.get(cell.person_id, ())[:1]
    return Duty(
        text=text,
        role="、".join(dict.fromkeys(r for r in roles if r)),
        person="、".join(dict.fromkeys(p for p in people if p)),
        activity=activity,
    )


def generate_duties(
    rows: Mapping[str, Sequence[Cell]],
    names: RosterNames,
    duties: Iterable[tuple[str, str]] = FIRST_HOUR_DUTIES,
    defaults: Mapping[str, str] | None = None,
) -> list[Duty]:
    """The first-hour checklist for a scenario's effective matrix (activity → cells).

    A duty nobody holds keeps the template's role (`defaults`: activity → role label) and no
    person, so the health check can say who is missing.
    """
    generated = []
    for activity, text in duties:
        duty = duty_from_row(activity, text, rows.get(activity, ()), names)
        if not duty.role and defaults:
            duty = Duty(duty.text, defaults.get(activity, ""), duty.person, activity)
        generated.append(duty)
    return generated


def refresh_people(duties: Sequence[Duty], generated: Mapping[str, Duty]) -> list[Duty]:
    """An edited checklist with today's people: an item tied to an activity takes the people
    the matrix names now (the text and role the user wrote stay); free items stay as they are."""
    fresh = []
    for duty in duties:
        current = generated.get(duty.activity) if duty.activity else None
        if current is not None and current.person:
            duty = Duty(duty.text, duty.role or current.role, current.person, duty.activity)
        fresh.append(duty)
    return fresh


# -- health --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanFacts:
    """What the health rules need of one plan."""

    plan_id: int
    scenario: str
    title: str
    status: str
    last_tested_at: str | None
    duties: Sequence[Duty]


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


def drill_findings(
    plan: PlanFacts, today: date, stale_days: int = TEST_STALE_DAYS
) -> list[Finding]:
    """Never drilled, or drilled more than `stale_days` ago (about 6 months)."""
    tested = _day(plan.last_tested_at)
    if tested is None:
        return [
            Finding(
                "plan_never_tested",
                f"预案“{plan.title}”从未演练过。",
                "warning",
                "在“演练”中用这个预案做一次桌面推演。",
                scenario=plan.scenario,
            )
        ]
    age = (today - tested).days
    if age > stale_days:
        return [
            Finding(
                "plan_test_stale",
                f"预案“{plan.title}”上次演练是 {tested.isoformat()}，已超过 {age} 天。",
                "warning",
                "安排一次新的演练，确认预案仍然可用。",
                scenario=plan.scenario,
            )
        ]
    return []


def role_findings(plan: PlanFacts, staffed_roles: Iterable[str]) -> list[Finding]:
    """Checklist items whose role nobody in the roster holds and that name no person."""
    staffed = {r for r in staffed_roles if r}
    findings = []
    for duty in plan.duties:
        if duty.person:
            continue
        roles = [r for r in duty.role.split("、") if r]
        if roles and any(r in staffed for r in roles):
            continue
        who = duty.role or "（未指定角色）"
        findings.append(
            Finding(
                "plan_role_empty",
                f"预案“{plan.title}”的“{duty.text}”由 {who} 负责，但通讯录里没有这个角色的人。",
                "error",
                "在危机通讯录里给这个角色添加成员，或在职责矩阵中指定负责人。",
                activity=duty.activity,
                scenario=plan.scenario,
            )
        )
    return findings


def missing_plan_findings(
    open_case_scenarios: Iterable[str], planned: Iterable[str], labels: Mapping[str, str]
) -> list[Finding]:
    """A scenario with an open case and no plan to activate."""
    have = set(planned)
    return [
        Finding(
            "scenario_without_plan",
            f"场景“{labels.get(s, s)}”有进行中的案例，但没有应急预案。",
            "warning",
            "在“预案”页为这个场景建立预案。",
            scenario=s,
        )
        for s in dict.fromkeys(open_case_scenarios)
        if s not in have
    ]
