"""Rows of the roster tables: people, roles, person_roles, responsibilities.

Plain reads and writes on the workspace database; transactions and audit are the service's.
People and roles come back as TypedDicts: the front ends read them by key, and a type checker
knows every key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

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


class Role(TypedDict):
    id: int
    key: str
    name: str


class Person(TypedDict):
    """One roster member with the ids of their crisis roles (in the roles' order)."""

    id: int
    name: str
    title: str
    department: str
    phone: str
    office_phone: str
    email: str
    wechat: str
    backup_id: int | None
    available: bool
    availability_note: str
    verified_at: str | None
    notes: str
    role_ids: list[int]


@dataclass(frozen=True)
class Availability:
    """What the approval rule needs to know of a person: may they approve now, who stands in."""

    id: int
    name: str
    available: bool
    backup_id: int | None


def has_roster_tables(db: Database) -> bool:
    """An old workspace (before the roster's migration) has none of the tables."""
    return "people" in db.table_names()


def enable_secure_delete(db: Database) -> None:
    """Deleted rows are overwritten in the file (a removed contact's phone does not linger)."""
    db.execute("PRAGMA secure_delete = ON")


# -- roles ---------------------------------------------------------------------------------------


def list_roles(db: Database) -> list[Role]:
    rows = db.execute("SELECT id, key, name FROM roles ORDER BY sort, id").fetchall()
    return [Role(id=r[0], key=r[1], name=r[2]) for r in rows]


def role_ids_by_key(db: Database) -> dict[str, int]:
    return {r["key"]: r["id"] for r in list_roles(db)}


def add_role(db: Database, key: str, name: str) -> int:
    sort = db.execute("SELECT coalesce(max(sort), 0) + 1 FROM roles").fetchone()[0]
    cursor = db.execute("INSERT INTO roles(key, name, sort) VALUES (?, ?, ?)", [key, name, sort])
    return int(cursor.lastrowid or 0)


def role_member_ids(db: Database, role_id: int) -> list[int]:
    """Everyone holding a role, by id."""
    rows = db.execute(
        "SELECT person_id FROM person_roles WHERE role_id = ? ORDER BY person_id", [role_id]
    )
    return [int(r[0]) for r in rows]


# -- people --------------------------------------------------------------------------------------


def _person(row: tuple[Any, ...], roles: dict[int, list[int]]) -> Person:
    values = dict(zip(("id", *PERSON_FIELDS), row, strict=True))
    person_id = int(values["id"])
    return Person(
        id=person_id,
        name=values["name"],
        title=values["title"],
        department=values["department"],
        phone=values["phone"],
        office_phone=values["office_phone"],
        email=values["email"],
        wechat=values["wechat"],
        backup_id=values["backup_id"],
        available=bool(values["available"]),
        availability_note=values["availability_note"],
        verified_at=values["verified_at"],
        notes=values["notes"],
        role_ids=roles.get(person_id, []),
    )


def _roles_by_person(db: Database) -> dict[int, list[int]]:
    mapping: dict[int, list[int]] = {}
    for person_id, role_id in db.execute(
        "SELECT pr.person_id, pr.role_id FROM person_roles pr JOIN roles r ON r.id = pr.role_id"
        " ORDER BY r.sort, r.id"
    ):
        mapping.setdefault(person_id, []).append(role_id)
    return mapping


_PERSON_COLUMNS = ", ".join(("id", *PERSON_FIELDS))


def list_people(db: Database) -> list[Person]:
    roles = _roles_by_person(db)
    rows = db.execute(f"SELECT {_PERSON_COLUMNS} FROM people ORDER BY id").fetchall()
    return [_person(r, roles) for r in rows]


def get_person(db: Database, person_id: int) -> Person | None:
    row = db.execute(f"SELECT {_PERSON_COLUMNS} FROM people WHERE id = ?", [person_id]).fetchone()
    if row is None:
        return None
    return _person(row, _roles_by_person(db))


def availability(db: Database, person_id: int) -> Availability | None:
    row = db.execute(
        "SELECT id, name, available, backup_id FROM people WHERE id = ?", [person_id]
    ).fetchone()
    if row is None:
        return None
    return Availability(int(row[0]), row[1], bool(row[2]), row[3])


def person_id_by_name(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM people WHERE name = ? ORDER BY id LIMIT 1", [name]).fetchone()
    return int(row[0]) if row else None


def ids_backed_up_by(db: Database, person_id: int) -> list[int]:
    """The people whose backup this person is."""
    rows = db.execute("SELECT id FROM people WHERE backup_id = ? ORDER BY id", [person_id])
    return [int(r[0]) for r in rows]


def _person_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k in PERSON_FIELDS}


def insert_person(db: Database, fields: Mapping[str, Any]) -> int:
    values = _person_values(fields)
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = db.execute(f"INSERT INTO people({columns}) VALUES ({marks})", list(values.values()))
    return int(cursor.lastrowid or 0)


def update_person(db: Database, person_id: int, fields: Mapping[str, Any]) -> None:
    values = _person_values(fields)
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


# -- the responsibility matrix -------------------------------------------------------------------

_CELL_COLUMNS = "activity, raci, person_id, role_id, scenario, severity"


def cells(db: Database) -> list[Cell]:
    rows = db.execute(f"SELECT {_CELL_COLUMNS} FROM responsibilities ORDER BY id").fetchall()
    return [Cell(*row) for row in rows]


def activity_cells(db: Database, activity: str) -> list[Cell]:
    """Every matrix's cells of one activity (what the approval rule looks at)."""
    rows = db.execute(
        f"SELECT {_CELL_COLUMNS} FROM responsibilities WHERE activity = ? ORDER BY id", [activity]
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
    return int(cursor.rowcount)


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
    return int(cursor.rowcount)


def delete_all_cells(db: Database) -> int:
    return int(db.execute("DELETE FROM responsibilities").rowcount)
