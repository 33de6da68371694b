"""Writing a file so that a crash leaves the old one or the complete new one (RELIABILITY.md
E-06): the sheet goes to a temp folder beside the target, is fsynced and renamed over it;
`cleanup_orphan_temp_files(folder)` removes what a killed export left behind. OS errors come
back as a `UserError` in words (disk full, file open in Excel, folder gone)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import time
from pathlib import Path

from desktop.core.errors import UserError

TEMP_PREFIX = ".~crisisdesk-"
TEMP_SUFFIX = ".partial"


def _temp_dir_for(target: Path) -> Path:
    """A private folder beside the target (same file system, so the rename is atomic)."""
    return Path(
        tempfile.mkdtemp(
            prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=TEMP_SUFFIX, dir=target.parent
        )
    )


def _fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def friendly_os_error(target: Path, exc: OSError) -> UserError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return UserError(
            f"磁盘空间不足，没能写完 {target.name}。",
            hint="原来的文件（如果有）没有改动。请腾出空间或换一个位置再导出。",
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        return UserError(
            f"无法写入 {target.name}：文件可能正在 Excel/WPS 中打开，或没有写入权限。",
            hint="请先在 Excel 中关闭这个文件，或换一个文件名/位置再导出；原来的文件没有改动。",
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return UserError(f"保存位置不存在：{target.parent}", hint="请选择一个已有的文件夹。")
    return UserError(
        f"写入 {target.name} 失败（{exc.strerror or type(exc).__name__}）。",
        hint="原来的文件（如果有）没有改动。请换一个位置再试。",
    )


class AtomicTarget:
    """Write into a temp folder beside `target`; `commit()` fsyncs and renames it into place."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        if self.target.is_dir():
            raise UserError(f"这是一个文件夹：{self.target}", hint="请给导出的文件起个名字。")
        try:
            self.folder = _temp_dir_for(self.target)
        except OSError as exc:
            raise friendly_os_error(self.target, exc) from exc
        self.temp = self.folder / ("export" + self.target.suffix)

    def commit(self) -> None:
        try:
            _fsync_file(self.temp)
            os.replace(self.temp, self.target)
            _fsync_dir(self.target.parent)
        except OSError as exc:
            raise friendly_os_error(self.target, exc) from exc

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False  # decided by age on other systems
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def cleanup_orphan_temp_files(folder: Path | str, *, min_age_seconds: float = 3600) -> int:
    """Remove temp folders a killed export left in `folder`; returns how many were removed.

    A temp folder of a process that is still running (another window exporting right now) is
    left alone; where that cannot be asked (Windows), only folders older than an hour go.
    """
    folder = Path(folder)
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not (name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)):
            continue
        pid_text = name[len(TEMP_PREFIX) :].split("-", 1)[0]
        pid = int(pid_text) if pid_text.isdigit() else -1
        if pid == os.getpid():
            continue
        if os.name == "posix" and pid > 0:
            if _pid_alive(pid):
                continue
        else:
            try:
                if time.time() - entry.stat().st_mtime < min_age_seconds:
                    continue
            except OSError:
                continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()
        removed += not entry.exists()
    return removed
