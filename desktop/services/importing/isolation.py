"""Run untrusted-file parsing in a child process with memory and time limits.

python-calamine aborts the whole process on some hostile files and zip bombs cost gigabytes
(RELIABILITY.md findings 5, 7 and 11): the child takes the blow, the app reports it. The child
also keeps the GUI thread free of GIL contention during a long parse.

Inside the child, `Forked` runs work in a helper process that dies with it (the import's
early structure check and its second conversion worker, desktop.services.importing.parse).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import queue
import signal
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core import last_words
from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import Progress

DEFAULT_MEMORY_LIMIT = 1536 * 1024 * 1024
DEFAULT_TIMEOUT = 600.0
POLL_SECONDS = 0.05


class IsolatedWorkFailed(UserError):
    """The child died (abort, out of memory, time limit) or raised something unexpected."""


@dataclass(frozen=True)
class Limits:
    memory_bytes: int = DEFAULT_MEMORY_LIMIT
    timeout_seconds: float = DEFAULT_TIMEOUT


class _ChildProgress(Progress):
    """Progress inside the child: reports go up the queue; cancel comes as a kill."""

    def __init__(self, channel: Any) -> None:
        super().__init__(callback=lambda d, t, m: channel.put(("progress", (d, t, m))))


def _set_limits(memory_bytes: int) -> None:
    if sys.platform.startswith("linux") or sys.platform == "darwin":
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    elif sys.platform == "win32":
        with contextlib.suppress(OSError, AttributeError):
            limit_windows_process(ctypes.WinDLL("kernel32", use_last_error=True), memory_bytes)


class _BasicLimits(ctypes.Structure):
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class _ExtendedLimits(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION (winnt.h)."""

    _fields_ = [
        ("BasicLimitInformation", _BasicLimits),
        ("IoInfo", ctypes.c_uint64 * 6),  # IO_COUNTERS
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100
# A crash ends the process at once instead of showing Windows' "stopped working" dialog.
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x400


def limit_windows_process(kernel32: Any, memory_bytes: int) -> None:
    """Windows has no RLIMIT_AS: the child puts itself in a job object whose memory limit
    makes allocations past it fail (RELIABILITY I-06), so a zip bomb or a huge sheet ends
    this process, not the laptop's memory. The job lives as long as the process."""
    kernel32.CreateJobObjectW.restype = ctypes.c_void_p
    kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p]
    kernel32.SetInformationJobObject.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_uint32,
    ]
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p
    kernel32.AssignProcessToJobObject.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise OSError("CreateJobObjectW failed")
    info = _ExtendedLimits()
    info.BasicLimitInformation.LimitFlags = (
        JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    )
    info.ProcessMemoryLimit = memory_bytes
    if not kernel32.SetInformationJobObject(
        job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(info), ctypes.sizeof(info)
    ):
        raise OSError("SetInformationJobObject failed")
    if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        raise OSError("AssignProcessToJobObject failed")


def _child_main(
    function: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    channel: Any,
    memory: int,
    last_words_path: str,
    with_last_words: bool,
) -> None:
    _set_limits(memory)
    if with_last_words:
        kwargs = {**kwargs, "last_words": last_words.LastWords(last_words_path)}
    try:
        result = function(*args, progress=_ChildProgress(channel), **kwargs)
        channel.put(("result", result))
    except UserError as exc:
        channel.put(("user-error", (exc.said, exc.said_hint)))
    except MemoryError:
        channel.put(("memory", None))
    except BaseException as exc:
        # Only the exception type and place: messages may quote customers' text (P-06).
        frames = traceback.extract_tb(exc.__traceback__)[-3:]
        where = "; ".join(f"{os.path.basename(f.filename)}:{f.lineno}" for f in frames)
        channel.put(("crash", f"{type(exc).__name__} at {where}"))


def run_isolated(
    function: Callable[..., Any],
    *args: Any,
    progress: Progress | None = None,
    limits: Limits | None = None,
    with_last_words: bool = False,
    **kwargs: Any,
) -> Any:
    """Call `function(*args, progress=…, **kwargs)` in a fresh process and return its result.

    `function` must be importable at module level and its result picklable. With
    `with_last_words` it also gets `last_words=` (desktop.core.last_words.LastWords): a
    helper it forks can stop it with a reason, raised here. Raises
    `Cancelled` when `progress` was cancelled (the child is killed at once), `UserError`
    subclasses for what the child reported, and `IsolatedWorkFailed` when it died.
    """
    limits = limits or Limits()
    context = multiprocessing.get_context("spawn")
    channel = context.Queue()
    handle, last_words_path = tempfile.mkstemp(prefix="crisisdesk-child-", suffix=".reason")
    os.close(handle)
    os.unlink(last_words_path)  # exists only once a helper of the child has written it
    child = context.Process(
        target=_child_main,
        args=(
            function,
            args,
            kwargs,
            channel,
            limits.memory_bytes,
            last_words_path,
            with_last_words,
        ),
        daemon=True,
    )
    child.start()
    deadline = time.monotonic() + limits.timeout_seconds
    try:
        while True:
            if progress is not None and progress.cancelled:
                raise Cancelled()
            try:
                kind, payload = channel.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if not child.is_alive():
                    # The child may have put its last message just before exiting.
                    try:
                        kind, payload = channel.get(timeout=0.5)
                    except queue.Empty:
                        reason = last_words.read(last_words_path)
                        if reason is not None:
                            raise reason from None
                        raise IsolatedWorkFailed(_death_message(child.exitcode)) from None
                elif time.monotonic() > deadline:
                    raise IsolatedWorkFailed(
                        "读取文件超时，已停止。",
                        hint=f"文件太大或结构异常（超过 {int(limits.timeout_seconds)} 秒）。",
                    ) from None
                else:
                    continue
            if kind == "progress":
                if progress is not None and progress.callback is not None:
                    progress.callback(*payload)
                continue
            if kind == "result":
                return payload
            if kind == "user-error":
                raise UserError(payload[0], hint=payload[1])
            if kind == "memory":
                raise IsolatedWorkFailed(
                    "读取文件需要的内存超出限制，已停止。", hint="文件可能是压缩炸弹或过大。"
                )
            raise IsolatedWorkFailed("文件无法读取。", hint=f"（内部错误：{payload}）")
    finally:
        if child.is_alive():
            child.kill()
        child.join(timeout=5)
        channel.close()
        channel.join_thread()
        for leftover in (last_words_path, last_words_path + ".partial"):
            with contextlib.suppress(OSError):
                os.unlink(leftover)


def _death_message(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return "文件无法读取：读取程序异常终止（文件可能被恶意构造或已损坏）。"
    return "文件无法读取：读取程序意外退出。"


# -- forked helpers inside the child ---------------------------------------------------------


def die_with_parent(parent: int) -> None:
    """The worker must not outlive the child that forked it (a cancel kills that child)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


class Forked:
    """`work()` in a forked helper that dies with this process; what it returned or raised
    comes back pickled through a pipe. The helper touches only what `work` does and the
    pipe, then `_exit`s."""

    def __init__(self, work: Callable[[], Any]) -> None:
        parent = os.getpid()
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            status = 1
            try:
                os.close(read_end)
                die_with_parent(parent)
                try:
                    payload: tuple[str, Any] = ("ok", work())
                except UserError as exc:
                    payload = ("user-error", (exc.said, exc.said_hint))
                except MemoryError:
                    payload = ("memory", None)
                except sqlite3.OperationalError:
                    payload = ("disk", None)
                except BaseException as exc:
                    payload = ("crash", type(exc).__name__)
                with os.fdopen(write_end, "wb") as out:
                    pickle.dump(payload, out)
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)
        self._read_end = read_end
        self._reaped = False

    def outcome(self) -> tuple[str, Any] | None:
        """Wait for the helper: (kind, value), or None when it died without a word."""
        try:
            with os.fdopen(self._read_end, "rb") as incoming:
                data = incoming.read()
        finally:
            self._read_end = -1
            with contextlib.suppress(OSError):
                os.waitpid(self.pid, 0)
            self._reaped = True
        return pickle.loads(data) if data else None

    def stop(self) -> None:
        """Kill the helper if it was not waited for (this side failed first)."""
        if self._read_end != -1:
            with contextlib.suppress(OSError):
                os.close(self._read_end)
            self._read_end = -1
        if not self._reaped:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(self.pid, 0)
            self._reaped = True
