"""People, crisis roles, the responsibility matrix and approvals (owned by the roster issue)."""

from sqlite_utils import Database


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
            name TEXT NOT NULL
        )
        """
    )
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
            raci TEXT NOT NULL CHECK (raci IN ('R', 'A', 'C', 'I'))
        )
        """
    )
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
            voided_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX approvals_object ON approvals(object_type, object_id)")
