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
    code: str
    message: str
    severity: str  # "error" | "warning"
    fix: str  # what to change, in words
    person_id: int | None = None
    activity: str = ""
    scenario: str = ""
    level: str = ""  # crisis severity of the matrix ("" = any)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


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
        findings.append(
            Finding(
                "no_people",
                "危机通讯录里还没有人员。",
                "error",
                "添加危机小组成员，或从 Excel 导入。",
            )
        )
    findings += _matrix_findings(data, people)
    if people and not any("spokesperson" in p.role_keys for p in people.values()):
        findings.append(
            Finding(
                "no_spokesperson",
                "没有指定新闻发言人。",
                "error",
                "给一位成员加上“新闻发言人”角色。",
            )
        )
    for person in data.people:
        findings += _person_findings(person, people, data)
    for loop in backup_loops(data.people):
        names = " → ".join(people[i].name for i in [*loop, loop[0]])
        findings.append(
            Finding(
                "backup_loop",
                f"备用人链条绕成了环：{names}。",
                "warning",
                "让环中的一人改由环外的人备用。",
                person_id=loop[0],
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
                f"{name} 没有备用人。",
                "warning",
                f"为 {name} 指定一位备用人。",
                person_id=person.id,
            )
        )
    elif person.backup_id == person.id:
        found.append(
            Finding(
                "backup_self",
                f"{name} 的备用人是他/她自己。",
                "error",
                f"为 {name} 换一位其他人作备用人。",
                person_id=person.id,
            )
        )
    elif person.backup_id not in people:
        found.append(
            Finding(
                "backup_missing",
                f"{name} 的备用人已不在通讯录中。",
                "error",
                f"为 {name} 重新指定备用人。",
                person_id=person.id,
            )
        )
    if not (person.phone.strip() or person.office_phone.strip()):
        found.append(
            Finding(
                "no_phone",
                f"{name} 没有电话。",
                "error",
                f"填写 {name} 的手机或办公电话。",
                person_id=person.id,
            )
        )
    verified = parse_date(person.verified_at)
    if verified is None:
        found.append(
            Finding(
                "stale_contact",
                f"{name} 的联系方式从未核实。",
                "warning",
                f"与 {name} 核对联系方式后点“已核实”。",
                person_id=person.id,
            )
        )
    else:
        age = (data.today - verified).days
        if age > data.stale_days:
            found.append(
                Finding(
                    "stale_contact",
                    f"{name} 的联系方式已 {age} 天未核实（超过 {data.stale_days} 天）。",
                    "warning",
                    f"与 {name} 核对联系方式后点“已核实”。",
                    person_id=person.id,
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
        return [
            Finding(
                "matrix_empty",
                "职责矩阵是空的：没有人负责执行（R）或审批（A）任何事项。",
                "error",
                "在“职责矩阵”中为每个事项指定执行人和唯一的审批人。",
            )
        ]
    members_of_role: dict[int, list[int]] = {}
    for person in data.people:
        for role_id, key in data.role_keys.items():
            if key in person.role_keys:
                members_of_role.setdefault(role_id, []).append(person.id)
    a_people: dict[tuple[str, str], dict[str, set[int]]] = {}
    index = index_cells(data.cells)
    for scenario, severity in matrices_in_use(data.cells):
        where = matrix_label(scenario, severity)
        holders_by_activity: dict[str, set[int]] = {}
        for activity, (row, source) in effective_matrix(index, scenario, severity).items():
            if (scenario, severity) != ("", "") and source != (scenario, severity):
                continue  # inherited rows are reported once, where they are defined
            label = ACTIVITIES[activity]
            problems = row_problems(row)
            if "no_r" in problems:
                found.append(
                    Finding(
                        "activity_no_r",
                        f"{where}：“{label}”没有执行人（R）。",
                        "error",
                        f"在{where}中为“{label}”指定至少一名执行人（R）。",
                        activity=activity,
                        scenario=scenario,
                        level=severity,
                    )
                )
            a_cells = [c for c in row if c.raci == "A"]
            if "a_count" in problems:
                count = len(a_cells)
                what = "没有审批人（A）" if count == 0 else f"有 {count} 个审批人（A）"
                fix = "指定一个" if count == 0 else "只保留一个"
                found.append(
                    Finding(
                        "activity_a_count",
                        f"{where}：“{label}”{what}，应当恰好一个。",
                        "error",
                        f"在{where}中为“{label}”{fix}审批人（A）。",
                        activity=activity,
                        scenario=scenario,
                        level=severity,
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
                        what = "没有人担任" if not members else f"有 {len(members)} 人担任"
                        found.append(
                            Finding(
                                "role_a_ambiguous",
                                f"{where}：“{label}”由角色“{role}”审批，但{what}这个角色。",
                                "error" if not members else "warning",
                                f"把“{label}”的审批（A）指定给具体的人，或只让一人担任“{role}”。",
                                activity=activity,
                                scenario=scenario,
                                level=severity,
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
                    f"{name} 审批（A）所有事项，是单点故障。",
                    "warning",
                    "把部分事项的审批（A）交给其他成员，并确认备用人。",
                    person_id=person_id,
                )
            )
    return found


def summary(findings: Sequence[Finding]) -> dict[str, int]:
    return {
        "errors": sum(1 for f in findings if f.severity == "error"),
        "warnings": sum(1 for f in findings if f.severity == "warning"),
    }
