"""The demo roster of 鹿角巷鲜食, seeded from resources/seed/roster_demo.json.

The data file holds fictional people with fake phones (1390000xxxx) and two matrices: the
default one, where the file's `approver` holds A for approve_statement and approve_kb (the KB
and case demos rely on it), and a food_safety matrix overriding a few rows.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from desktop.core.changes import Changes
from desktop.core.roster_rules import Cell
from desktop.services.demo_clock import demo_clock
from desktop.services.seed_files import seed_data
from desktop.storage import roster as store
from desktop.storage.workspace import Workspace

SEED_NAME = "roster_demo"
ROLE_PREFIX = "@"  # a matrix holder "@key" is a role, anything else a person's name


def demo_approver() -> str:
    """The demo's approver for statements and scripts (the name the other demos rely on)."""
    return str(seed_data(SEED_NAME)["approver"])


def seed_demo_roster(workspace: Workspace) -> Changes:
    """Runs inside the demo's creating transaction (services/seeding.py); contacts were
    verified `verified_days_ago` before the demo's day (services/demo_clock), or before
    today when the roster is seeded on its own."""
    data: dict[str, Any] = seed_data(SEED_NAME)
    db = workspace.db
    role_ids = store.role_ids_by_key(db)
    today = demo_clock(workspace, unset=datetime.now().astimezone()).today
    ids: dict[str, int] = {}
    for entry in data["people"]:
        person_id = store.insert_person(
            db,
            {
                **{key: entry[key] for key in store.PERSON_FIELDS if key in entry},
                "available": 1 if entry["available"] else 0,
                "verified_at": (today - timedelta(days=entry["verified_days_ago"])).isoformat(),
            },
        )
        store.set_person_roles(db, person_id, [role_ids[k] for k in entry["roles"]])
        ids[entry["name"]] = person_id
    for entry in data["people"]:
        store.update_person(db, ids[entry["name"]], {"backup_id": ids[entry["backup"]]})
    for matrix in data["matrices"]:
        scenario, severity = matrix["scenario"], matrix["severity"]
        for activity, cells in matrix["rows"].items():
            for cell in cells:
                holder, raci = cell["holder"], cell["raci"]
                if holder.startswith(ROLE_PREFIX):
                    role_id = role_ids[holder.removeprefix(ROLE_PREFIX)]
                    store.insert_cell(db, Cell(activity, raci, None, role_id, scenario, severity))
                else:
                    store.insert_cell(
                        db, Cell(activity, raci, ids[holder], None, scenario, severity)
                    )
    workspace.audit("seed", "roster", None, after={"people": len(ids)})
    return Changes.of_roster(*ids.values())
