"""Roster members and crisis roles: edits with validation and one audit row each."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.core.changes import Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.storage import roster as store
from desktop.storage.roster import Person, Role
from desktop.storage.workspace import Workspace

TEXT_FIELDS = ("title", "department", "phone", "office_phone", "email", "wechat")


def people(workspace: Workspace) -> list[Person]:
    return store.list_people(workspace.db)


def roles(workspace: Workspace) -> list[Role]:
    return store.list_roles(workspace.db)


def person(workspace: Workspace, person_id: int) -> Person:
    found = store.get_person(workspace.db, person_id)
    if found is None:
        raise UserError("找不到这位成员，可能已被删除。", hint="请刷新后重试。")
    return found


def _check_person_fields(
    workspace: Workspace, person_id: int | None, fields: Mapping[str, Any]
) -> dict[str, Any]:
    """The known fields, trimmed; a blank name or a backup that is oneself or gone is refused."""
    clean = {k: v for k, v in fields.items() if k in store.PERSON_FIELDS}
    if "name" in clean:
        clean["name"] = str(clean["name"]).strip()
        if not clean["name"]:
            raise UserError("姓名不能为空。", hint="请填写成员姓名。")
    for key in TEXT_FIELDS:
        if key in clean:
            clean[key] = str(clean[key] or "").strip()
    if "available" in clean:
        clean["available"] = 1 if clean["available"] else 0
    backup = clean.get("backup_id")
    if backup is not None:
        if person_id is not None and backup == person_id:
            raise UserError("不能把成员自己设为备用人。", hint="请选择另一位成员。")
        if store.get_person(workspace.db, backup) is None:
            raise UserError("选择的备用人不在通讯录中。", hint="请重新选择备用人。")
    return clean


def save_person(
    workspace: Workspace,
    person_id: int | None,
    fields: Mapping[str, Any],
    role_ids: list[int] | None = None,
) -> ChangesWithId:
    """Create (person_id None) or update a person and their roles; audited. The id is the
    person's (the new one's when created)."""
    clean = _check_person_fields(workspace, person_id, fields)
    with workspace.transaction():
        before: Person | None = None
        if person_id is None:
            if "name" not in clean:
                raise UserError("姓名不能为空。", hint="请填写成员姓名。")
            person_id = store.insert_person(workspace.db, clean)
        else:
            before = person(workspace, person_id)
            store.update_person(workspace.db, person_id, clean)
        if role_ids is not None:
            store.set_person_roles(workspace.db, person_id, role_ids)
        after = store.get_person(workspace.db, person_id)
        workspace.audit(
            "create" if before is None else "edit", "person", person_id, before=before, after=after
        )
    return ChangesWithId(id=person_id).with_changes(Changes.of_roster(person_id))


def delete_person(workspace: Workspace, person_id: int) -> Changes:
    """Remove a person; their matrix cells go too and people they backed up lose the backup
    (those people are in the changes too)."""
    store.enable_secure_delete(workspace.db)  # the deleted contact leaves the file
    with workspace.transaction():
        before = person(workspace, person_id)
        backed_up = store.ids_backed_up_by(workspace.db, person_id)
        store.delete_person(workspace.db, person_id)
        # the audit keeps who was removed, not their phone numbers
        workspace.audit("delete", "person", person_id, before={"name": before["name"]})
    return Changes.of_roster(person_id, *backed_up)


def mark_verified(workspace: Workspace, person_id: int, on: date | None = None) -> Changes:
    """'已核实': the contact details were checked today (or on `on`)."""
    stamp = (on or date.today()).isoformat()
    with workspace.transaction():
        before = person(workspace, person_id)["verified_at"]
        store.update_person(workspace.db, person_id, {"verified_at": stamp})
        workspace.audit("verify", "person", person_id, before=before, after=stamp)
    return Changes.of_roster(person_id)


def set_available(workspace: Workspace, person_id: int, available: bool, note: str = "") -> Changes:
    """在岗 or not, with a note (出差至 11 月 25 日): an absent A's backup approves meanwhile."""
    with workspace.transaction():
        before = person(workspace, person_id)
        store.update_person(
            workspace.db,
            person_id,
            {"available": 1 if available else 0, "availability_note": note},
        )
        workspace.audit(
            "availability",
            "person",
            person_id,
            before={"available": before["available"], "note": before["availability_note"]},
            after={"available": available, "note": note},
        )
    return Changes.of_roster(person_id)


def add_role(workspace: Workspace, name: str) -> ChangesWithId:
    """A workspace role (e.g. 食品安全官); the id is the role's. An existing name gives its
    role back with no changes."""
    name = name.strip()
    if not name:
        raise UserError("角色名称不能为空。")
    existing = {r["name"]: r["id"] for r in roles(workspace)}
    if name in existing:
        return ChangesWithId(id=existing[name])
    with workspace.transaction():
        key = f"custom_{len(existing) + 1}"
        while key in store.role_ids_by_key(workspace.db):
            key += "_"
        role_id = store.add_role(workspace.db, key, name)
        workspace.audit("create", "role", role_id, after={"key": key, "name": name})
    return ChangesWithId(id=role_id).with_changes(Changes.of_roster())
