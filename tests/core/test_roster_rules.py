"""Matrix rules (inheritance, one A, at least one R) and every roster health check."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import roster_rules as rules
from desktop.core.roster_rules import Cell, HealthInput, PersonInfo
from desktop.core.vocab import ACTIVITIES

TODAY = date(2026, 11, 20)
FRESH = "2026-11-01"


def person(pid: int, name: str, backup: int | None, roles=(), phone="13900000000", verified=FRESH):
    return PersonInfo(
        id=pid, name=name, phone=phone, backup_id=backup, verified_at=verified, role_keys=roles
    )


def full_matrix(approver: int = 1, doer: int = 2, scenario: str = "") -> list[Cell]:
    """Every activity: one R (doer), one A (approver)."""
    cells = []
    for activity in ACTIVITIES:
        cells.append(Cell(activity, "R", doer, None, scenario))
        cells.append(Cell(activity, "A", approver, None, scenario))
    return cells


def healthy_team() -> list[PersonInfo]:
    return [
        person(1, "林", 2, ("crisis_lead",)),
        person(2, "周", 1, ("spokesperson",)),
        person(3, "陈", 2),
    ]


def spread_matrix() -> list[Cell]:
    """A healthy matrix: two different approvers, so no single point of failure."""
    cells = []
    for index, activity in enumerate(ACTIVITIES):
        cells.append(Cell(activity, "R", 3))
        cells.append(Cell(activity, "A", 1 if index % 2 else 2))
    return cells


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def check(people, cells, **kw):
    return rules.health_findings(HealthInput(people=people, cells=cells, today=TODAY, **kw))


def test_healthy_roster_has_no_findings() -> None:
    assert check(healthy_team(), spread_matrix()) == []


def test_inheritance_most_specific_matrix_wins_for_the_whole_row() -> None:
    cells = [
        Cell("approve_statement", "A", 1),
        Cell("approve_statement", "R", 2),
        Cell("approve_statement", "A", 3, None, "food_safety"),
        Cell("approve_statement", "A", 4, None, "food_safety", "I"),
        Cell("approve_statement", "A", 5, None, "", "II"),
    ]
    row, source = rules.effective_row(cells, "approve_statement", "food_safety", "I")
    assert source == ("food_safety", "I") and [c.person_id for c in row] == [4]
    row, source = rules.effective_row(cells, "approve_statement", "food_safety", "III")
    assert source == ("food_safety", "") and [c.person_id for c in row] == [3]
    row, source = rules.effective_row(cells, "approve_statement", "rumour", "II")
    assert source == ("", "II") and [c.person_id for c in row] == [5]
    row, source = rules.effective_row(cells, "approve_statement", "rumour", "")
    assert source == ("", "") and sorted(c.person_id for c in row) == [1, 2]
    assert rules.effective_row(cells, "close_case")[1] is None


def test_row_rules_exactly_one_a_and_at_least_one_r() -> None:
    assert rules.row_problems([Cell("x", "R", 1), Cell("x", "A", 2)]) == []
    assert rules.row_problems([Cell("x", "A", 2)]) == ["no_r"]
    assert rules.row_problems([Cell("x", "R", 1)]) == ["a_count"]
    assert rules.row_problems([Cell("x", "R", 1), Cell("x", "A", 2), Cell("x", "A", 3)]) == [
        "a_count"
    ]
    with pytest.raises(ValueError):
        rules.validate_cell("X", "monitor")
    with pytest.raises(ValueError):
        rules.validate_cell("R", "dance")


def test_empty_roster_says_what_to_do() -> None:
    found = check([], [])
    assert {"no_people", "matrix_empty"} <= set(codes(found))
    assert all(f.fix for f in found)


def test_activity_without_r_and_without_a() -> None:
    cells = [c for c in spread_matrix() if not (c.activity == "monitor" and c.raci == "R")]
    cells = [c for c in cells if not (c.activity == "close_case" and c.raci == "A")]
    found = check(healthy_team(), cells)
    no_r = [f for f in found if f.code == "activity_no_r"]
    a_count = [f for f in found if f.code == "activity_a_count"]
    assert [f.activity for f in no_r] == ["monitor"]
    assert [f.activity for f in a_count] == ["close_case"]
    assert "没有审批人" in a_count[0].message and a_count[0].severity == "error"


def test_two_approvers_is_an_error_in_the_scenario_matrix_too() -> None:
    cells = [*spread_matrix(), Cell("speak_to_media", "A", 1, None, "food_safety")]
    cells.append(Cell("speak_to_media", "A", 2, None, "food_safety"))
    cells.append(Cell("speak_to_media", "R", 3, None, "food_safety"))
    found = [f for f in check(healthy_team(), cells) if f.code == "activity_a_count"]
    assert len(found) == 1
    assert (found[0].scenario, found[0].activity) == ("food_safety", "speak_to_media")
    assert "2 个审批人" in found[0].message


def test_no_spokesperson() -> None:
    team = [person(1, "林", 2, ("crisis_lead",)), person(2, "周", 1), person(3, "陈", 2)]
    assert "no_spokesperson" in codes(check(team, spread_matrix()))


def test_person_without_backup_self_backup_and_missing_backup() -> None:
    team = healthy_team()
    team[2].backup_id = None
    found = check(team, spread_matrix())
    assert [(f.code, f.person_id) for f in found] == [("no_backup", 3)]
    team[2].backup_id = 3
    found = check(team, spread_matrix())
    assert [(f.code, f.person_id, f.severity) for f in found] == [("backup_self", 3, "error")]
    team[2].backup_id = 99
    assert [(f.code, f.person_id) for f in check(team, spread_matrix())] == [("backup_missing", 3)]


def test_stale_and_never_verified_contacts_use_the_setting() -> None:
    team = healthy_team()
    team[0].verified_at = "2026-07-01"  # 142 days before TODAY
    team[1].verified_at = None
    found = check(team, spread_matrix())
    assert sorted((f.code, f.person_id) for f in found) == [
        ("stale_contact", 1),
        ("stale_contact", 2),
    ]
    assert "142 天" in next(f.message for f in found if f.person_id == 1)
    relaxed = check(team, spread_matrix(), stale_days=200)
    assert [(f.code, f.person_id) for f in relaxed] == [("stale_contact", 2)]


def test_person_with_no_phone() -> None:
    team = healthy_team()
    team[1].phone = "  "
    found = check(team, spread_matrix())
    assert [(f.code, f.person_id) for f in found] == [("no_phone", 2)]
    team[1].office_phone = "021-5000-0002"
    assert check(team, spread_matrix()) == []


def test_one_person_approving_everything_is_a_single_point_of_failure() -> None:
    found = check(healthy_team(), full_matrix(approver=1, doer=3))
    spof = [f for f in found if f.code == "single_point_of_failure"]
    assert len(spof) == 1 and spof[0].person_id == 1 and spof[0].severity == "warning"


def test_backup_ring_of_three_loops_but_a_mutual_pair_does_not() -> None:
    team = [
        person(1, "林", 2, ("spokesperson",)),
        person(2, "周", 3),
        person(3, "陈", 1),
    ]
    found = check(team, spread_matrix())
    loops = [f for f in found if f.code == "backup_loop"]
    assert len(loops) == 1 and "林" in loops[0].message and "陈" in loops[0].message
    assert rules.backup_loops(healthy_team()) == []


def test_role_approver_held_by_nobody() -> None:
    cells = [c for c in spread_matrix() if not (c.activity == "legal_review" and c.raci == "A")]
    cells.append(Cell("legal_review", "A", None, 7))
    found = check(healthy_team(), cells, role_names={7: "法务"}, role_keys={7: "legal"})
    ambiguous = [f for f in found if f.code == "role_a_ambiguous"]
    assert len(ambiguous) == 1 and ambiguous[0].activity == "legal_review"
    assert "法务" in ambiguous[0].message


def test_findings_are_sorted_errors_first_and_serialisable() -> None:
    team = healthy_team()
    team[0].backup_id = None
    team[1].phone = ""
    found = check(team, spread_matrix())
    assert [f.severity for f in found] == ["error", "warning"]
    assert set(found[0].as_dict()) >= {"code", "message", "severity", "fix", "person_id"}
    assert rules.summary(found) == {"errors": 1, "warnings": 1}


def test_inherited_problems_are_reported_once_where_defined() -> None:
    cells = [c for c in spread_matrix() if not (c.activity == "close_case" and c.raci == "A")]
    cells += [
        Cell("monitor", "R", 3, None, "food_safety"),
        Cell("monitor", "A", 1, None, "food_safety"),
    ]
    found = [f for f in check(healthy_team(), cells) if f.code == "activity_a_count"]
    assert [(f.scenario, f.activity) for f in found] == [("", "close_case")]
    assert "指定一个审批人" in found[0].fix


def test_backup_loops_found_once_even_with_tails_into_the_ring() -> None:
    ring = [person(i, f"p{i}", (i % 5) + 1) for i in range(1, 6)]  # 1→2→3→4→5→1
    tails = [person(6, "t6", 3), person(7, "t7", 6)]  # 7→6→3 (into the ring)
    loops = rules.backup_loops([*tails, *ring])
    assert len(loops) == 1 and sorted(loops[0]) == [1, 2, 3, 4, 5]
