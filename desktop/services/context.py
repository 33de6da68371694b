"""AppContext: what every use case needs (paths, settings, user, open workspace, change bus).

No module-level singletons: the app, the CLI and each test build their own context.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import platformdirs

from desktop import APP_NAME
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.storage.workspace import Workspace, default_user

HOME_ENV = "CRISISDESK_HOME"
MAX_RECENT = 10


@dataclass(frozen=True)
class AppPaths:
    """Where the app keeps its own files; `CRISISDESK_HOME` moves all of them (tests do)."""

    data: Path
    config: Path
    backups: Path
    logs: Path

    @classmethod
    def default(cls) -> AppPaths:
        override = os.environ.get(HOME_ENV)
        if override:
            root = Path(override)
            return cls(root / "data", root / "config", root / "backups", root / "logs")
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        return cls(
            data,
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data / "backups",
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def demo_workspace(self) -> Path:
        return self.data / "演示工作区.crisisdesk"

    def ensure(self) -> None:
        for folder in (self.data, self.config, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


class Settings:
    """The user's own preferences, in a small JSON file (the CLI needs them without Qt)."""

    DEFAULTS: ClassVar[dict[str, Any]] = {
        "user_name": "",
        "user_name_asked": False,  # the first-run question was answered or skipped
        "language": "zh_CN",
        "recent": [],
        "backup_interval_minutes": 30,
    }

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = dict(self.DEFAULTS)
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(stored, dict):
                self._values.update(stored)
        except (OSError, ValueError):
            pass

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, self.DEFAULTS.get(key, default))

    def set(self, key: str, value: Any) -> None:
        self._values[key] = value
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_suffix(".tmp")
        temp.write_text(json.dumps(self._values, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temp, self.path)

    @property
    def user_name(self) -> str:
        """The name written into the audit log and as 记录人; the OS login until the user
        gives one (the first-run question, or the settings dialog)."""
        return self.get("user_name") or default_user()

    @property
    def needs_user_name(self) -> bool:
        """True on the first run: no name yet and the question not answered or skipped."""
        return not self.get("user_name") and not self.get("user_name_asked")

    def set_user_name(self, name: str) -> None:
        """Keep the user's name (empty: go on with the OS login); either way, do not ask
        again at the next start."""
        self._values["user_name"] = " ".join(name.split())
        self._values["user_name_asked"] = True
        self.save()

    def recent(self) -> list[Path]:
        return [Path(p) for p in self.get("recent", [])]

    def add_recent(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        recent = [p for p in self.get("recent", []) if p != entry]
        self.set("recent", [entry, *recent][:MAX_RECENT])

    def forget_recent(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        self.set("recent", [p for p in self.get("recent", []) if p != entry])


Listener = Callable[[Changes, object | None], None]


class ChangeBus:
    """Tells pages what a write changed without them knowing each other.

    `publish(changes, initiator)`: the initiator is the widget (or any object) that asked for
    the write, so it can tell its own change from someone else's (Anki's `handler`).
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes, initiator)


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    bus: ChangeBus = field(default_factory=ChangeBus)
    workspace: Workspace | None = None

    @classmethod
    def create(cls, paths: AppPaths | None = None) -> AppContext:
        paths = paths or AppPaths.default()
        paths.ensure()
        return cls(paths=paths, settings=Settings(paths.config / "settings.json"))

    @property
    def user(self) -> str:
        return self.settings.user_name

    def require_workspace(self) -> Workspace:
        if self.workspace is None or self.workspace.closed:
            raise UserError("没有打开的工作区。", hint="请先新建或打开一个工作区。")
        return self.workspace
