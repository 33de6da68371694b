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
                "plan.never_tested",
                "warning",
                "plan.never_tested.fix",
                scenario=plan.scenario,
                params={"title": plan.title},
            )
        ]
    age = (today - tested).days
    if age > stale_days:
        return [
            Finding(
                "plan_test_stale",
                "plan.test_stale",
                "warning",
                "plan.test_stale.fix",
                scenario=plan.scenario,
                params={"title": plan.title, "tested": tested.isoformat(), "age": age},
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
        findings.append(
            Finding(
                "plan_role_empty",
                "plan.role_empty" if duty.role else "plan.role_unassigned",
                "error",
                "plan.role_empty.fix",
                activity=duty.activity,
                scenario=plan.scenario,
                # the seeded role names are vocabulary words (shown in the message's language)
                params={"title": plan.title, "duty": duty.text, "role": duty.role},
            )
        )
    return findings


def missing_plan_findings(
    open_case_scenarios: Iterable[str], planned: Iterable[str], labels: Mapping[str, str]
) -> list[Finding]:
    """A scenario with an open case and no plan to activate (`labels` is kept for callers;
    the message words the scenario in its own language)."""
    have = set(planned)
    return [
        Finding(
            "scenario_without_plan",
            "plan.scenario_without_plan",
            "warning",
            "plan.scenario_without_plan.fix",
            scenario=s,
        )
        for s in dict.fromkeys(open_case_scenarios)
        if s not in have
    ]
