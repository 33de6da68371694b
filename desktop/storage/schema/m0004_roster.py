"""People, crisis roles, the responsibility matrix and approvals (owned by the roster issue)."""

from sqlite_utils import Database

from desktop.core.vocab import ROLES


def apply(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            office_phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            wechat TEXT NOT NULL DEFAULT '',
            backup_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            available INTEGER NOT NULL DEFAULT 1,
            availability_note TEXT NOT NULL DEFAULT '',
            verified_at TEXT,
            notes TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE roles (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            sort INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    for index, (key, name) in enumerate(ROLES.items()):
        db.execute("INSERT INTO roles(key, name, sort) VALUES (?, ?, ?)", [key, name, index])
    db.execute(
        """
        CREATE TABLE person_roles (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
            PRIMARY KEY (person_id, role_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE responsibilities (
            id INTEGER PRIMARY KEY,
            scenario TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL DEFAULT '',
            activity TEXT NOT NULL,
            person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
            role_id INTEGER REFERENCES roles(id) ON DELETE CASCADE,
            raci TEXT NOT NULL CHECK (raci IN ('R', 'A', 'C', 'I')),
            CHECK ((person_id IS NULL) != (role_id IS NULL))
        )
        """
    )
    db.execute(
        "CREATE UNIQUE INDEX responsibilities_cell ON responsibilities(scenario, severity,"
        " activity, coalesce(person_id, 0), coalesce(role_id, 0))"
    )
    db.execute("CREATE INDEX responsibilities_person ON responsibilities(person_id)")
    db.execute("CREATE INDEX person_roles_role ON person_roles(role_id)")
    db.execute("CREATE INDEX people_name ON people(name)")
    db.execute(
        """
        CREATE TABLE approvals (
            id INTEGER PRIMARY KEY,
            object_type TEXT NOT NULL,
            object_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            approver_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            approver_name TEXT NOT NULL DEFAULT '',
            method TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
            activity TEXT NOT NULL DEFAULT '',
            scenario TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL DEFAULT '',
            voided_at TEXT,
            void_reason TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX approvals_object ON approvals(object_type, object_id)")
