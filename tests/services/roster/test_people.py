"""Roster members and roles: edits are validated, audited and say what they changed."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.errors import UserError
from desktop.services import roster
from desktop.storage.workspace import Workspace
from tests.support.audit import audit_actions


def test_people_crud_is_audited_and_validated(workspace: Workspace) -> None:
    role_ids = {r["key"]: r["id"] for r in roster.roles(workspace)}
    assert len(role_ids) == 10 and "spokesperson" in role_ids
    created = roster.save_person(workspace, None, {"name": " 林嘉禾 ", "phone": "13900000001"})
    a = created.id
    assert created.roster and created.person_ids == {a}
    b = roster.save_person(
        workspace, None, {"name": "周若溪", "backup_id": a}, [role_ids["spokesperson"]]
    ).id
    assert roster.person(workspace, a)["name"] == "林嘉禾"
    assert roster.person(workspace, b)["role_ids"] == [role_ids["spokesperson"]]
    with pytest.raises(UserError):
        roster.save_person(workspace, a, {"backup_id": a})
    with pytest.raises(UserError):
        roster.save_person(workspace, None, {"name": "  "})
    assert roster.mark_verified(workspace, a, date(2026, 11, 20)).person_ids == {a}
    assert roster.person(workspace, a)["verified_at"] == "2026-11-20"
    assert roster.set_available(workspace, a, False, "出差").person_ids == {a}
    assert roster.person(workspace, a)["availability_note"] == "出差"
    deleted_changes = roster.delete_person(workspace, a)
    assert deleted_changes.person_ids == {a, b}  # b lost a as backup
    assert roster.person(workspace, b)["backup_id"] is None
    deleted = workspace.db.execute(
        "SELECT before_json FROM audit WHERE action = 'delete' AND object_type = 'person'"
    ).fetchone()[0]
    assert "林嘉禾" in deleted and "13900000001" not in deleted
    assert audit_actions(workspace, "person") == [
        "create",
        "create",
        "verify",
        "availability",
        "delete",
    ]


def test_a_role_is_added_once(workspace: Workspace) -> None:
    added = roster.add_role(workspace, " 食品安全官 ")
    assert added.roster and added.id in {r["id"] for r in roster.roles(workspace)}
    again = roster.add_role(workspace, "食品安全官")
    assert again.id == added.id and not again  # nothing changed the second time
    with pytest.raises(UserError):
        roster.add_role(workspace, "  ")
    assert audit_actions(workspace, "role") == ["create"]
