"""Roster rows: people as typed dicts, what the approval rule reads, matrix cells."""

from __future__ import annotations

from desktop.core.roster_rules import Cell
from desktop.storage import roster as roster_store
from desktop.storage.workspace import Workspace


def test_availability_and_backups_of_people(workspace: Workspace) -> None:
    db = workspace.db
    with workspace.transaction():
        lin = roster_store.insert_person(db, {"name": "林", "available": 0})
        zhou = roster_store.insert_person(db, {"name": "周", "backup_id": lin})
    assert roster_store.availability(db, lin) == roster_store.Availability(lin, "林", False, None)
    assert roster_store.availability(db, zhou + 1) is None
    assert roster_store.ids_backed_up_by(db, lin) == [zhou]
    assert roster_store.person_id_by_name(db, "周") == zhou


def test_people_roles_and_cells_read_back(workspace: Workspace) -> None:
    db = workspace.db
    with workspace.transaction():
        lin = roster_store.insert_person(db, {"name": "林", "phone": "13900000001"})
        legal = roster_store.role_ids_by_key(db)["legal"]
        roster_store.set_person_roles(db, lin, [legal, legal])
        roster_store.insert_cell(db, Cell("legal_review", "A", None, legal, "food_safety", ""))
        roster_store.insert_cell(db, Cell("monitor", "R", lin))
    person = roster_store.get_person(db, lin)
    assert person is not None and person["role_ids"] == [legal] and person["available"] is True
    assert roster_store.role_member_ids(db, legal) == [lin]
    assert roster_store.activity_cells(db, "legal_review") == [
        Cell("legal_review", "A", None, legal, "food_safety", "")
    ]
    assert roster_store.has_roster_tables(db)
    with workspace.transaction():
        assert roster_store.delete_row(db, "food_safety", "", "legal_review") == 1
    assert [c.activity for c in roster_store.cells(db)] == ["monitor"]
