"""Rows of the roster tables: people, roles, person_roles, responsibilities.

Plain reads and writes on the workspace database; transactions and audit are the service's.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from desktop.core.roster_rules import Cell, PersonInfo

PERSON_FIELDS = (
    "name",
    "title",
    "department",
    "phone",
    "office_phone",
    "email",
    "wechat",
    "backup_id",
    "available",
    "availability_note",
    "verified_at",
    "notes",
)


def list_roles(db: Database) -> list[dict[str, Any]]:
    rows = db.execute("SELECT id, key, name FROM roles ORDER BY sort, id").fetchall()
    return [{"id": r[0], "key": r[1], "name": r[2]} for r in rows]


def role_ids_by_key(db: Database) -> dict[str, int]:
    return {r["key"]: r["id"] for r in list_roles(db)}


def add_role(db: Database, key: str, name: str) -> int:
    sort = db.execute("SELECT coalesce(max(sort), 0) + 1 FROM roles").fetchone()[0]
    cursor = db.execute("INSERT INTO roles(key, name, sort) VALUES (?, ?, ?)", [key, name, sort])
    return cursor.lastrowid


def _person_dict(row: tuple, roles: dict[int, list[int]]) -> dict[str, Any]:
    person = dict(zip(("id", *PERSON_FIELDS), row, strict=True))
    person["available"] = bool(person["available"])
    person["role_ids"] = roles.get(person["id"], [])
    return person


def _roles_by_person(db: Database) -> dict[int, list[int]]:
    mapping: dict[int, list[int]] = {}
    for person_id, role_id in db.execute(
        "SELECT pr.person_id, pr.role_id FROM person_roles pr JOIN roles r ON r.id = pr.role_id"
        " ORDER BY r.sort, r.id"
    ):
        mapping.setdefault(person_id, []).append(role_id)
    return mapping


def list_people(db: Database) -> list[dict[str, Any]]:
    roles = _roles_by_person(db)
    columns = ", ".join(("id", *PERSON_FIELDS))
    rows = db.execute(f"SELECT {columns} FROM people ORDER BY id").fetchall()
    return [_person_dict(r, roles) for r in rows]


def get_person(db: Database, person_id: int) -> dict[str, Any] | None:
    columns = ", ".join(("id", *PERSON_FIELDS))
    row = db.execute(f"SELECT {columns} FROM people WHERE id = ?", [person_id]).fetchone()
    if row is None:
        return None
    return _person_dict(row, _roles_by_person(db))


def person_id_by_name(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM people WHERE name = ? ORDER BY id LIMIT 1", [name]).fetchone()
    return row[0] if row else None


def insert_person(db: Database, fields: dict[str, Any]) -> int:
    values = {k: v for k, v in fields.items() if k in PERSON_FIELDS}
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = db.execute(f"INSERT INTO people({columns}) VALUES ({marks})", list(values.values()))
    return cursor.lastrowid


def update_person(db: Database, person_id: int, fields: dict[str, Any]) -> None:
    values = {k: v for k, v in fields.items() if k in PERSON_FIELDS}
    if not values:
        return
    assignments = ", ".join(f"{k} = ?" for k in values)
    db.execute(f"UPDATE people SET {assignments} WHERE id = ?", [*values.values(), person_id])


def delete_person(db: Database, person_id: int) -> None:
    db.execute("DELETE FROM people WHERE id = ?", [person_id])


def set_person_roles(db: Database, person_id: int, role_ids: list[int]) -> None:
    db.execute("DELETE FROM person_roles WHERE person_id = ?", [person_id])
    for role_id in dict.fromkeys(role_ids):
        db.execute(
            "INSERT INTO person_roles(person_id, role_id) VALUES (?, ?)", [person_id, role_id]
        )


def cells(db: Database) -> list[Cell]:
    rows = db.execute(
        "SELECT activity, raci, person_id, role_id, scenario, severity FROM responsibilities"
        " ORDER BY id"
    ).fetchall()
    return [Cell(*row) for row in rows]


def matrix_cells(db: Database, scenario: str, severity: str) -> list[Cell]:
    return [c for c in cells(db) if c.scenario == scenario and c.severity == severity]


def delete_cell(
    db: Database,
    scenario: str,
    severity: str,
    activity: str,
    person_id: int | None,
    role_id: int | None,
) -> int:
    cursor = db.execute(
        "DELETE FROM responsibilities WHERE scenario = ? AND severity = ? AND activity = ?"
        " AND coalesce(person_id, 0) = ? AND coalesce(role_id, 0) = ?",
        [scenario, severity, activity, person_id or 0, role_id or 0],
    )
    return cursor.rowcount


def insert_cell(db: Database, cell: Cell) -> None:
    db.execute(
        "INSERT INTO responsibilities(scenario, severity, activity, person_id, role_id, raci)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [cell.scenario, cell.severity, cell.activity, cell.person_id, cell.role_id, cell.raci],
    )


def delete_row(db: Database, scenario: str, severity: str, activity: str) -> int:
    cursor = db.execute(
        "DELETE FROM responsibilities WHERE scenario = ? AND severity = ? AND activity = ?",
        [scenario, severity, activity],
    )
    return cursor.rowcount


def delete_all_cells(db: Database) -> int:
    return db.execute("DELETE FROM responsibilities").rowcount


def people_info(db: Database) -> list[PersonInfo]:
    keys = {r["id"]: r["key"] for r in list_roles(db)}
    return [
        PersonInfo(
            id=p["id"],
            name=p["name"],
            phone=p["phone"],
            office_phone=p["office_phone"],
            backup_id=p["backup_id"],
            available=p["available"],
            verified_at=p["verified_at"],
            role_keys=tuple(keys[r] for r in p["role_ids"] if r in keys),
        )
        for p in list_people(db)
    ]
