"""Contingency plans (应急预案, issue 16): one plan per scenario, versioned and approved like
问答库 entries, drilled (tests recorded against it) and activated on a case.

`plans.content_json` is the working copy (core/plan_content.PlanContent as JSON); every save
is also a row of `plan_versions`, and `approved_version` points at the snapshot in use while a
newer draft is edited. `case_plans` says which plan (and version) a case activated;
`case_checklist` is that case's copy of the plan's first-hour checklist, ticked with who and
when (ticks also land on the case timeline).
"""

from sqlite_utils import Database


def apply(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            scenario TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            content_json TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'in_review', 'approved')),
            version INTEGER NOT NULL DEFAULT 1,
            approved_version INTEGER,
            approved_by TEXT NOT NULL DEFAULT '',
            approved_at TEXT,
            approval_id INTEGER,
            last_tested_at TEXT,
            last_drill_id INTEGER,
            last_test_found TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE plan_versions (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            snapshot_json TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE(plan_id, version)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE plan_tests (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            plan_version INTEGER NOT NULL,
            drill_id INTEGER,
            tested_at TEXT NOT NULL,
            found TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX plan_tests_plan ON plan_tests(plan_id, tested_at)")
    db.execute(
        """
        CREATE TABLE case_plans (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            plan_version INTEGER NOT NULL,
            activated_at TEXT NOT NULL,
            activated_by TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE case_checklist (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            activity TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            person TEXT NOT NULL DEFAULT '',
            done_by TEXT NOT NULL DEFAULT '',
            done_at TEXT,
            skipped INTEGER NOT NULL DEFAULT 0,
            skip_reason TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX case_checklist_case ON case_checklist(case_id, position)")
