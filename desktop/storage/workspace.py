"""Open, create, check and close a workspace file with the pragmas of DESIGN.md §8."""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop import WORKSPACE_SUFFIX
from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.storage import migrations
from desktop.storage.lock import LockOwner, WorkspaceLock
from desktop.storage.triage import COUNTED_NEGATIVE, COUNTED_SUGGESTED_NEGATIVE
from desktop.storage.write_turns import BUSY_TIMEOUT_MS, write_transaction

APPLICATION_ID = 0x43524453  # "CRDS": tells our files from any other SQLite database
SQLITE_MAGIC = b"SQLite format 3\x00"


class WorkspaceError(UserError):
    """The workspace cannot be opened as asked; the message says why and what to do."""


class NotAWorkspace(WorkspaceError):
    pass


class WorkspaceTooNew(WorkspaceError):
    pass


class WorkspaceDamaged(WorkspaceError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            msg("workspace.damaged", name=path.name, detail=detail),
            hint=msg("workspace.damaged.hint"),
        )
        self.path = path
        self.detail = detail


class WorkspaceInUse(WorkspaceError):
    def __init__(self, path: Path, owner: LockOwner | None) -> None:
        host = owner.host if owner else "?"
        since = owner.since.strftime("%Y-%m-%d %H:%M") if owner and owner.since else "?"
        pid = owner.pid if owner else "?"
        if owner is None or owner.on_this_machine:
            message = msg("workspace.in_use", host=host, pid=pid, since=since)
            hint = msg("workspace.in_use.hint")
        else:
            message = msg("workspace.left_open", host=host, since=since)
            hint = msg("workspace.left_open.hint")
        super().__init__(message, hint=hint)
        self.path = path
        self.owner = owner

    @property
    def elsewhere(self) -> bool:
        return self.owner is not None and not self.owner.on_this_machine


def now_iso() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def default_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "user"


def _sniff(path: Path) -> None:
    if not path.exists():
        raise WorkspaceError(msg("workspace.missing", path=path))
    if path.is_dir():
        raise NotAWorkspace(msg("workspace.is_folder", path=path))
    with path.open("rb") as handle:
        head = handle.read(100)
    if len(head) < 100:
        if not head:
            raise WorkspaceDamaged(path, "文件是空的")
        raise WorkspaceDamaged(path, "文件被截断")
    if not head.startswith(SQLITE_MAGIC):
        raise NotAWorkspace(
            f"这不是 CrisisDesk 工作区文件：{path.name}",
            hint="请选择扩展名为 .crisisdesk 的文件；表格请用“导入”。",
        )


class Workspace:
    """An open workspace: the sqlite-utils Database plus the lock, the user and the rules.

    Every write goes through `transaction()`, so one user action or one import is all or
    nothing (RELIABILITY.md finding 1).
    """

    def __init__(
        self,
        path: Path,
        db: Database,
        *,
        read_only: bool,
        lock: WorkspaceLock | None,
        user: str,
        damaged: bool = False,
    ) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self.damaged = damaged
        self.user = user
        self._lock = lock
        self._closed = False
        self.changes_at_last_backup = self.total_changes

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        name: str,
        brand: str = "",
        client: str = "",
        user: str | None = None,
        timezone: str | None = None,
    ) -> Workspace:
        path = Path(path)
        if path.suffix != WORKSPACE_SUFFIX:
            path = path.with_name(path.name + WORKSPACE_SUFFIX)
        if path.exists():
            raise WorkspaceError(
                msg("workspace.exists", path=path), hint=msg("workspace.exists.hint")
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = WorkspaceLock(path)
        if not lock.try_acquire():
            raise WorkspaceInUse(path, lock.owner())
        conn = _connect(path, read_only=False)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db = Database(conn)
            apply_write_pragmas(db)
            migrations.migrate(db)
            settings = {"timezone": timezone or _local_timezone_name()}
            with db.atomic():
                db.table("workspace").insert(
                    {
                        "id": 1,
                        "name": name,
                        "brand": brand,
                        "client": client,
                        "created_at": now_iso(),
                        "settings_json": json.dumps(settings, ensure_ascii=False),
                    }
                )
        except BaseException:
            conn.close()
            lock.release()
            path.unlink(missing_ok=True)
            raise
        workspace = cls(path, db, read_only=False, lock=lock, user=user or default_user())
        with workspace.transaction():
            workspace.audit("create", "workspace", "1", after={"name": name, "brand": brand})
        return workspace

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        take_over: bool = False,
        user: str | None = None,
        check: bool = True,
        untouched: bool = False,
        before_migrate: Any = None,
        migration_list: list[migrations.Migration] | None = None,
    ) -> Workspace:
        """Open for writing (or read-only), refusing what we must not touch.

        Order matters: nothing is written before the file is known to be ours, not newer than
        this app, and not damaged. `before_migrate(path)` runs when migrations are pending (the
        app makes a backup there).
        """
        path = Path(path)
        _sniff(path)
        lock = None
        # Read-only with nobody else in it: hold the lock and use a query-only read-write
        # connection, so closing checkpoints and leaves no -wal/-shm behind. `untouched`
        # (a damaged file) or another live writer: a true mode=ro connection.
        sqlite_read_only = read_only
        if read_only and not untouched:
            candidate = WorkspaceLock(path)
            if candidate.try_acquire():
                lock, sqlite_read_only = candidate, False
        if not read_only:
            lock = WorkspaceLock(path)
            if not lock.try_acquire():
                owner = lock.owner()
                if take_over and owner is not None and not owner.on_this_machine:
                    if not lock.take_over():
                        raise WorkspaceInUse(path, lock.owner())
                else:
                    raise WorkspaceInUse(path, owner)
        try:
            conn = _connect(path, read_only=sqlite_read_only)
        except sqlite3.Error as exc:
            if lock:
                lock.release()
            raise WorkspaceDamaged(path, str(exc)) from exc
        try:
            damaged = False
            try:
                version = _read_version(path, conn)
            except WorkspaceDamaged:
                if check or not read_only:
                    raise
                version, damaged = 0, True  # look, don't touch: the user asked for it
            latest = migrations.latest_version(migration_list)
            if version > latest:
                raise WorkspaceTooNew(
                    f"这个工作区由更新版本的 CrisisDesk 创建（结构版本 {version}，"
                    f"本程序支持到 {latest}）。",
                    hint="请升级 CrisisDesk 后再打开；文件未作任何改动。",
                )
            if check:
                problem = quick_check(conn)
                if problem:
                    raise WorkspaceDamaged(path, problem)
            db = Database(conn)
            if read_only:
                _apply_read_pragmas(db)
                if not sqlite_read_only:
                    db.execute("PRAGMA query_only = ON")
            else:
                apply_write_pragmas(db)
                if migrations.pending(version, migration_list):
                    if before_migrate is not None and version > 0:
                        before_migrate(path)
                    migrations.migrate(db, migration_list)
        except BaseException:
            conn.close()
            if lock:
                lock.release()
            raise
        return cls(
            path, db, read_only=read_only, lock=lock, user=user or default_user(), damaged=damaged
        )

    # -- use ---------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action = one transaction; nested calls become savepoints. The outermost
        takes the write lock first and waits its turn while an import writes
        (desktop.storage.write_turns)."""
        if self.read_only:
            raise WorkspaceError(msg("workspace.read_only"), hint=msg("workspace.read_only.hint"))
        with write_transaction(self.db) as db:
            yield db

    def audit(
        self,
        action: str,
        object_type: str,
        object_id: str | int | None,
        *,
        before: Any = None,
        after: Any = None,
    ) -> None:
        """Record who changed what; call inside the transaction of the change itself."""
        self.db.execute(
            "INSERT INTO audit(at, user, action, object_type, object_id, before_json, after_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                now_iso(),
                self.user,
                action,
                object_type,
                None if object_id is None else str(object_id),
                None if before is None else json.dumps(before, ensure_ascii=False, default=str),
                None if after is None else json.dumps(after, ensure_ascii=False, default=str),
            ],
        )

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    @property
    def total_changes(self) -> int:
        return self.db.conn.total_changes

    @property
    def changed_since_backup(self) -> bool:
        return self.total_changes != self.changes_at_last_backup

    def info(self) -> dict[str, Any]:
        try:
            row = self.db.execute(
                "SELECT name, brand, client, created_at FROM workspace WHERE id = 1"
            ).fetchone()
        except sqlite3.DatabaseError:  # a damaged file opened to look at: show what we can
            row = None
        if row is None:
            return {"name": self.path.stem, "brand": "", "client": "", "created_at": ""}
        return {"name": row[0], "brand": row[1], "client": row[2], "created_at": row[3]}

    def settings(self) -> dict[str, Any]:
        row = self.db.execute("SELECT settings_json FROM workspace WHERE id = 1").fetchone()
        stored = json.loads(row[0]) if row else {}
        return stored if isinstance(stored, dict) else {}

    def setting(self, key: str, default: Any = None) -> Any:
        return self.settings().get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            settings = self.settings()
            before = settings.get(key)
            settings[key] = value
            self.db.execute(
                "UPDATE workspace SET settings_json = ? WHERE id = 1",
                [json.dumps(settings, ensure_ascii=False)],
            )
            self.audit("set-setting", "workspace", key, before=before, after=value)

    def update_info(self, **fields: str) -> None:
        allowed = {k: v for k, v in fields.items() if k in {"name", "brand", "client"}}
        if not allowed:
            return
        with self.transaction():
            before = self.info()
            self.db.table("workspace").update(1, allowed)
            self.audit("edit", "workspace", 1, before=before, after=allowed)

    def count(self, table: str, where: str = "", params: list[Any] | None = None) -> int:
        sql = f"SELECT count(*) FROM [{table}]" + (f" WHERE {where}" if where else "")
        return int(self.db.execute(sql, params or []).fetchone()[0])

    def close(self) -> None:
        """Checkpoint so the closed workspace is one self-contained file, then unlock."""
        if self._closed:
            return
        self._closed = True
        try:
            if self.db.conn.in_transaction:
                self.db.conn.rollback()
            if not self.read_only:
                self.db.execute("PRAGMA optimize")
            if self._lock is not None:  # we are the only user: fold the WAL back in
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        finally:
            self.db.conn.close()
            if self._lock:
                self._lock.release()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _local_timezone_name() -> str:
    offset = datetime.now().astimezone().utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    return conn


def _read_version(path: Path, conn: sqlite3.Connection) -> int:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        table_count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise WorkspaceDamaged(path, str(exc)) from exc
    if app_id != APPLICATION_ID:
        detail = "空数据库" if table_count == 0 else "其他程序的数据库"
        raise NotAWorkspace(f"这不是 CrisisDesk 工作区文件：{path.name}（{detail}）。")
    return int(version)


def quick_check(conn: sqlite3.Connection) -> str:
    """'' when the file is sound, else the first problem SQLite reports."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    problems = [r[0] for r in rows if r[0] != "ok"]
    return problems[0] if problems else ""


def integrity_report(db: Database) -> dict[str, Any]:
    """The full check behind "Check workspace": integrity, foreign keys, FTS tables."""
    problems: list[str] = []
    try:
        rows = db.execute("PRAGMA integrity_check").fetchall()
        problems += [r[0] for r in rows if r[0] != "ok"]
        fk = db.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in fk]
        for table in db.table_names():
            sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
            if sql and "USING FTS5" in sql.upper() and "content=''" not in sql.replace(" ", ""):
                problems += _fts_integrity(db, table)
    except sqlite3.DatabaseError as exc:
        problems.append(str(exc))
    return {"ok": not problems, "problems": problems[:20]}


def _fts_integrity(db: Database, table: str) -> list[str]:
    """FTS5's check is spelled as an INSERT, so lift query_only for it (it changes nothing)."""
    query_only = db.execute("PRAGMA query_only").fetchone()[0]
    try:
        db.execute("PRAGMA query_only = OFF")
        db.execute(f"INSERT INTO [{table}]([{table}]) VALUES('integrity-check')")
        return []
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc):
            return []  # a true read-only connection cannot run it; the page check passed
        return [f"{table}: {exc}"]
    except sqlite3.DatabaseError as exc:
        return [f"{table}: {exc}"]
    finally:
        db.execute(f"PRAGMA query_only = {int(query_only)}")


# -- the overview (home page, status bar, check) ------------------------------------------------

# What the home page counts: key → (table, condition); a table an old file lacks is skipped.
_OVERVIEW: dict[str, tuple[str, str]] = {
    "mentions": ("mentions", ""),
    # The counting rule (storage/triage): confirmed plus confident suggested negatives; the
    # suggested ones again apart, so a reader can be told which is which.
    "mentions_negative": ("mentions", COUNTED_NEGATIVE),
    "mentions_negative_suggested": ("mentions", COUNTED_SUGGESTED_NEGATIVE),
    "mentions_unanswered": ("mentions", "status IN ('new', 'to_reply')"),
    "kb_entries": ("kb_entries", ""),
    "kb_approved": ("kb_entries", "status = 'approved'"),
    "cases": ("cases", ""),
    "cases_open": ("cases", "phase != 'closed'"),
    "people": ("people", ""),
    "imports": ("imports", ""),
}


_BEFORE_SOURCES = {"mentions_negative": "sentiment = 'neg'", "mentions_negative_suggested": "0"}


def overview_counts(db: Database) -> dict[str, int]:
    """Row counts by what they mean (mentions, negative ones by the counting rule and the
    model's confident suggestions among them, open cases…)."""
    tables = set(db.table_names())
    counts: dict[str, int] = {}
    # A file from before the triage columns (opened read-only, not migrated): every stored
    # negative is somebody's, as m0008 will say when it migrates.
    sourced = "mentions" in tables and "sentiment_confidence" in db.table("mentions").columns_dict
    for key, (table, where) in _OVERVIEW.items():
        if not sourced and key in _BEFORE_SOURCES:
            where = _BEFORE_SOURCES[key]
        if table in tables:
            sql = f"SELECT count(*) FROM [{table}]" + (f" WHERE {where}" if where else "")
            counts[key] = int(db.execute(sql).fetchone()[0])
    return counts


@dataclass(frozen=True)
class ImportSummary:
    """The newest import, as the home page tells it."""

    file_name: str
    finished_at: str
    inserted: int
    updated: int
    rejected: int


def last_import(db: Database) -> ImportSummary | None:
    if "imports" not in db.table_names():
        return None
    row = db.execute(
        "SELECT file_name, finished_at, inserted, updated, rejected FROM imports"
        " ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if not row:
        return None
    return ImportSummary(
        file_name=row[0] or "",
        finished_at=row[1] or "",
        inserted=int(row[2] or 0),
        updated=int(row[3] or 0),
        rejected=int(row[4] or 0),
    )


def apply_write_pragmas(db: Database) -> None:
    """The pragmas of every connection that writes a workspace (the window's, a worker's)."""
    db.execute("PRAGMA journal_mode = WAL")
    _apply_read_pragmas(db)
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA secure_delete = ON")
    synchronous = db.execute("PRAGMA synchronous").fetchone()[0]
    if synchronous < 2:  # never OFF or NORMAL: RELIABILITY.md finding 2
        raise WorkspaceError("SQLite 拒绝了 synchronous=FULL，无法安全写入。")


def _apply_read_pragmas(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
