"""Rules of the crisis roster: the responsibility matrix and its health checks (pure).

The matrix is a list of cells (scenario, severity, activity, person or role, R/A/C/I).
Scenario '' is the default matrix that every scenario inherits from; severity '' means any
level. An activity's row is taken whole from the most specific matrix that defines it:
scenario+severity, then scenario, then severity alone, then the default matrix.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.core import messages
from desktop.core.messages import Language
from desktop.core.vocab import ACTIVITIES, RACI, SCENARIOS, SEVERITIES

DEFAULT_STALE_DAYS = 90
STALE_SETTING = "roster_stale_days"


@dataclass(frozen=True)
class Cell:
    """One cell of the matrix: a person (person_id) or a role (role_id) holds `raci`."""

    activity: str
    raci: str
    person_id: int | None = None
    role_id: int | None = None
    scenario: str = ""
    severity: str = ""

    @property
    def holder(self) -> tuple[str, int]:
        return ("person", self.person_id) if self.person_id is not None else ("role", self.role_id)  # type: ignore[return-value]


@dataclass
class PersonInfo:
    id: int
    name: str
    phone: str = ""
    office_phone: str = ""
    backup_id: int | None = None
    available: bool = True
    verified_at: str | None = None
    role_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One problem; its words are catalogue messages (core/messages) so that the window and
    the CLI show them in their language: `message_id` says what is wrong, `fix_id` what to
    change, both filled from `params` (plus activity, scenario and level)."""

    code: str
    message_id: str
    severity: str  # "error" | "warning"
    fix_id: str
    person_id: int | None = None
    activity: str = ""
    scenario: str = ""
    level: str = ""  # crisis severity of the matrix ("" = any)
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)

    def _all_params(self) -> dict[str, Any]:
        return {
            "activity": self.activity,
            "scenario": self.scenario,
            "level": self.level,
            **self.params,
        }

    def text(self, language: Language | None = None) -> str:
        """What is wrong, in `language` (the display language if None)."""
        return messages.text(self.message_id, language, **self._all_params())

    def fix_text(self, language: Language | None = None) -> str:
        """What to change, in `language` (the display language if None)."""
        return messages.text(self.fix_id, language, **self._all_params())

    @property
    def message(self) -> str:
        return self.text()

    @property
    def fix(self) -> str:
        return self.fix_text()

    def as_dict(self) -> dict[str, Any]:
        """JSON: the texts in the display language, and the id and parameters they come from."""
        data = asdict(self)
        return {
            "code": self.code,
            "message": self.message,
            "severity": self.severity,
            "fix": self.fix,
            **{k: data[k] for k in ("person_id", "activity", "scenario", "level")},
            "message_id": self.message_id,
            "params": dict(self.params),
        }


def lookup_order(scenario: str, severity: str) -> list[tuple[str, str]]:
    """Matrices consulted for (scenario, severity), most specific first, without repeats."""
    order: list[tuple[str, str]] = []
    for key in ((scenario, severity), (scenario, ""), ("", severity), ("", "")):
        if key not in order:
            order.append(key)
    return order


def matrix_label(scenario: str, severity: str) -> str:
    if not scenario and not severity:
        return "默认矩阵"
    parts = []
    if scenario:
        parts.append(SCENARIOS.get(scenario, scenario))
    if severity:
        parts.append(SEVERITIES.get(severity, severity))
    return " · ".join(parts)


def effective_row(
    cells: Iterable[Cell], activity: str, scenario: str = "", severity: str = ""
) -> tuple[list[Cell], tuple[str, str] | None]:
    """The cells of one activity and the matrix (scenario, severity) they come from."""
    by_matrix: dict[tuple[str, str], list[Cell]] = {}
    for cell in cells:
        if cell.activity == activity:
            by_matrix.setdefault((cell.scenario, cell.severity), []).append(cell)
    for key in lookup_order(scenario, severity):
        if key in by_matrix:
            return by_matrix[key], key
    return [], None


CellIndex = dict[str, dict[tuple[str, str], list[Cell]]]


def index_cells(cells: Iterable[Cell]) -> CellIndex:
    """activity -> (scenario, severity) -> cells, built once for many lookups."""
    index: CellIndex = {}
    for cell in cells:
        index.setdefault(cell.activity, {}).setdefault((cell.scenario, cell.severity), []).append(
            cell
        )
    return index


def effective_matrix(
    cells: Sequence[Cell] | CellIndex,
    scenario: str = "",
    severity: str = "",
    activities: Iterable[str] = ACTIVITIES,
) -> dict[str, tuple[list[Cell], tuple[str, str] | None]]:
    index = cells if isinstance(cells, dict) else index_cells(cells)
    order = lookup_order(scenario, severity)
    result: dict[str, tuple[list[Cell], tuple[str, str] | None]] = {}
    for activity in activities:
        by_matrix = index.get(activity, {})
        result[activity] = next(
            ((by_matrix[key], key) for key in order if key in by_matrix), ([], None)
        )
    return result


def row_problems(row: Sequence[Cell]) -> list[str]:
    """'' list when the row is valid: at least one R and exactly one A."""
    problems = []
    if not any(c.raci == "R" for c in row):
        problems.append("no_r")
    a_count = sum(1 for c in row if c.raci == "A")
    if a_count != 1:
        problems.append("a_count")
    return problems


def validate_cell(raci: str, activity: str) -> None:
    if raci not in RACI:
        raise ValueError(f"未知的职责类型：{raci}（应为 R/A/C/I）")
    if activity not in ACTIVITIES:
        raise ValueError(f"未知的事项：{activity}")


def backup_loops(people: Sequence[PersonInfo]) -> list[list[int]]:
    """Backup chains that come back round through three or more people.

    Every team where everybody has a backup contains a cycle, so two people backing each
    other up is the normal, healthy pair; a ring of three or more means nobody planned the
    chain (and a self-backup is reported on its own).
    """
    backup = {p.id: p.backup_id for p in people}
    loops: list[list[int]] = []
    done: set[int] = set()  # each person is walked once: linear in the team size
    for start in backup:
        path: list[int] = []
        index: dict[int, int] = {}
        current: int | None = start
        while current is not None and current in backup and current not in done:
            if current in index:
                loop = path[index[current] :]
                if len(loop) >= 3:
                    loops.append(loop)
                break
            index[current] = len(path)
            path.append(current)
            current = backup[current]
        done.update(path)
    return loops


def parse_date(value: str | None) -> date | None:
    """A 最近核实 date: an ISO date or date-time (its day), None when blank or not a date."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).date()
    except ValueError:
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            return None


@dataclass
class HealthInput:
    people: list[PersonInfo]
    cells: list[Cell]
    role_names: dict[int, str] = field(default_factory=dict)  # role id -> label
    role_keys: dict[int, str] = field(default_factory=dict)  # role id -> key
    today: date = field(default_factory=date.today)
    stale_days: int = DEFAULT_STALE_DAYS


def health_findings(data: HealthInput) -> list[Finding]:
    """Every problem of the roster, errors first; an empty list means healthy."""
    findings: list[Finding] = []
    people = {p.id: p for p in data.people}
    if not people:
        findings.append(Finding("no_people", "roster.no_people", "error", "roster.no_people.fix"))
    findings += _matrix_findings(data, people)
    if people and not any("spokesperson" in p.role_keys for p in people.values()):
        findings.append(
            Finding(
                "no_spokesperson", "roster.no_spokesperson", "error", "roster.no_spokesperson.fix"
            )
        )
    for person in data.people:
        findings += _person_findings(person, people, data)
    for loop in backup_loops(data.people):
        names = " → ".join(people[i].name for i in [*loop, loop[0]])
        findings.append(
            Finding(
                "backup_loop",
                "roster.backup_loop",
                "warning",
                "roster.backup_loop.fix",
                person_id=loop[0],
                params={"names": names},
            )
        )
    findings.sort(key=lambda f: (f.severity != "error", f.code, f.person_id or 0, f.activity))
    return findings


def _person_findings(
    person: PersonInfo, people: dict[int, PersonInfo], data: HealthInput
) -> list[Finding]:
    found: list[Finding] = []
    name = person.name
    if person.backup_id is None:
        found.append(
            Finding(
                "no_backup",
                "roster.no_backup",
                "warning",
                "roster.no_backup.fix",
                person_id=person.id,
                params={"name": name},
            )
        )
    elif person.backup_id == person.id:
        found.append(
            Finding(
                "backup_self",
                "roster.backup_self",
                "error",
                "roster.backup_self.fix",
                person_id=person.id,
                params={"name": name},
            )
        )
    elif person.backup_id not in people:
        found.append(
            Finding(
                "backup_missing",
                "roster.backup_missing",
                "error",
                "roster.backup_missing.fix",
                person_id=person.id,
                params={"name": name},
            )
        )
    if not (person.phone.strip() or person.office_phone.strip()):
        found.append(
            Finding(
                "no_phone",
                "roster.no_phone",
                "error",
                "roster.no_phone.fix",
                person_id=person.id,
                params={"name": name},
            )
        )
    verified = parse_date(person.verified_at)
    if verified is None:
        found.append(
            Finding(
                "stale_contact",
                "roster.never_verified",
                "warning",
                "roster.stale_contact.fix",
                person_id=person.id,
                params={"name": name},
            )
        )
    else:
        age = (data.today - verified).days
        if age > data.stale_days:
            found.append(
                Finding(
                    "stale_contact",
                    "roster.stale_contact",
                    "warning",
                    "roster.stale_contact.fix",
                    person_id=person.id,
                    params={"name": name, "age": age, "limit": data.stale_days},
                )
            )
    return found


def matrices_in_use(cells: Iterable[Cell]) -> list[tuple[str, str]]:
    keys = {(c.scenario, c.severity) for c in cells}
    keys.add(("", ""))
    return sorted(keys, key=lambda k: (k != ("", ""), k))


def _matrix_findings(data: HealthInput, people: dict[int, PersonInfo]) -> list[Finding]:
    found: list[Finding] = []
    if not data.cells:
        return [Finding("matrix_empty", "roster.matrix_empty", "error", "roster.matrix_empty.fix")]
    members_of_role: dict[int, list[int]] = {}
    for person in data.people:
        for role_id, key in data.role_keys.items():
            if key in person.role_keys:
                members_of_role.setdefault(role_id, []).append(person.id)
    a_people: dict[tuple[str, str], dict[str, set[int]]] = {}
    index = index_cells(data.cells)
    for scenario, severity in matrices_in_use(data.cells):
        holders_by_activity: dict[str, set[int]] = {}
        for activity, (row, source) in effective_matrix(index, scenario, severity).items():
            if (scenario, severity) != ("", "") and source != (scenario, severity):
                continue  # inherited rows are reported once, where they are defined
            problems = row_problems(row)
            if "no_r" in problems:
                found.append(
                    Finding(
                        "activity_no_r",
                        "roster.activity_no_r",
                        "error",
                        "roster.activity_no_r.fix",
                        activity=activity,
                        scenario=scenario,
                        level=severity,
                    )
                )
            a_cells = [c for c in row if c.raci == "A"]
            if "a_count" in problems:
                count = len(a_cells)
                which = "roster.activity_no_a" if count == 0 else "roster.activity_many_a"
                found.append(
                    Finding(
                        "activity_a_count",
                        which,
                        "error",
                        f"{which}.fix",
                        activity=activity,
                        scenario=scenario,
                        level=severity,
                        params={"count": count},
                    )
                )
            elif a_cells:
                cell = a_cells[0]
                if cell.person_id is not None:
                    holders_by_activity[activity] = {cell.person_id}
                else:
                    members = members_of_role.get(cell.role_id or -1, [])
                    holders_by_activity[activity] = set(members)
                    if len(members) != 1:
                        role = data.role_names.get(cell.role_id or -1, "?")
                        found.append(
                            Finding(
                                "role_a_ambiguous",
                                "roster.role_a_many" if members else "roster.role_a_nobody",
                                "error" if not members else "warning",
                                "roster.role_a.fix",
                                activity=activity,
                                scenario=scenario,
                                level=severity,
                                params={"role": role, "count": len(members)},
                            )
                        )
        a_people[(scenario, severity)] = holders_by_activity
    default = a_people.get(("", ""), {})
    if len(default) >= 3 and len(people) >= 2:
        sets = list(default.values())
        common = set.intersection(*sets) if sets else set()
        if all(len(s) == 1 for s in sets) and len(common) == 1:
            person_id = next(iter(common))
            name = people[person_id].name if person_id in people else "?"
            found.append(
                Finding(
                    "single_point_of_failure",
                    "roster.single_point_of_failure",
                    "warning",
                    "roster.single_point_of_failure.fix",
                    person_id=person_id,
                    params={"name": name},
                )
            )
    return found


def summary(findings: Sequence[Finding]) -> dict[str, int]:
    return {
        "errors": sum(1 for f in findings if f.severity == "error"),
        "warnings": sum(1 for f in findings if f.severity == "warning"),
    }
