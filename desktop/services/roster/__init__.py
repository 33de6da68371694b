"""The crisis roster (危机通讯录): people, roles, the responsibility matrix, health, Excel, card.

Every edit is one transaction with an `audit` row and returns the `Changes` it made (the
people it touched in `person_ids`), which the UI's Operation publishes. Qt-free.

- people: members and crisis roles
- matrix: the responsibility matrix (R/A/C/I per activity, inherited row by row)
- health: what would fail in a crisis; the roster's part of the workspace check
- excel: export to and import from a workbook
- card: the crisis card's HTML (printing/crisis_card makes the PDF)

The front ends import this package only; the types they need (Workspace, Person, Role,
RosterSheets) are re-exported here so they never import storage or sheets.
"""

from __future__ import annotations

from desktop.services.roster.card import crisis_card_html
from desktop.services.roster.excel import (
    EXPORT_NOTES,
    ExportResult,
    ImportProblem,
    ImportResult,
    export_xlsx,
    import_xlsx,
    read_sheets,
)
from desktop.services.roster.health import (
    HEALTH_CHECK_NAME,
    HealthReport,
    health,
    set_stale_days,
    stale_days,
    workspace_health,
)
from desktop.services.roster.matrix import (
    CellChange,
    MatrixView,
    check_matrix_key,
    matrix,
    reset_row,
    set_cell,
)
from desktop.services.roster.people import (
    add_role,
    delete_person,
    mark_verified,
    people,
    person,
    roles,
    save_person,
    set_available,
)
from desktop.sheets.roster_sheet import RosterSheets
from desktop.storage.roster import Person, Role
from desktop.storage.workspace import Workspace

__all__ = [
    "EXPORT_NOTES",
    "HEALTH_CHECK_NAME",
    "CellChange",
    "ExportResult",
    "HealthReport",
    "ImportProblem",
    "ImportResult",
    "MatrixView",
    "Person",
    "Role",
    "RosterSheets",
    "Workspace",
    "add_role",
    "check_matrix_key",
    "crisis_card_html",
    "delete_person",
    "export_xlsx",
    "health",
    "import_xlsx",
    "mark_verified",
    "matrix",
    "people",
    "person",
    "read_sheets",
    "reset_row",
    "roles",
    "save_person",
    "set_available",
    "set_cell",
    "set_stale_days",
    "stale_days",
    "workspace_health",
]
