"""On Windows the parser child limits its memory with a job object (no RLIMIT_AS there).
Windows is not available to the suite, so kernel32 is stood in for by C function pointers
backed by Python: the structure, the flags and the calls go through real ctypes marshalling."""

from __future__ import annotations

import ctypes

import pytest

from desktop.services.importing import isolation

FAKE_JOB = 0x7A11
FAKE_PROCESS = 0x5E1F


class FakeKernel32:
    def __init__(self, fail: str = "") -> None:
        self.calls: list[tuple] = []

        def create(attributes, name):
            self.calls.append(("create", attributes, name))
            return 0 if fail == "create" else FAKE_JOB

        def set_information(job, info_class, address, size):
            limits = isolation._ExtendedLimits.from_address(address)
            self.calls.append(
                (
                    "set",
                    job,
                    info_class,
                    size,
                    limits.BasicLimitInformation.LimitFlags,
                    limits.ProcessMemoryLimit,
                )
            )
            return 0 if fail == "set" else 1

        def current_process():
            return FAKE_PROCESS

        def assign(job, process):
            self.calls.append(("assign", job, process))
            return 1

        void_p, u32 = ctypes.c_void_p, ctypes.c_uint32
        self._keep = [
            ctypes.CFUNCTYPE(void_p, void_p, ctypes.c_wchar_p)(create),
            ctypes.CFUNCTYPE(ctypes.c_int, void_p, ctypes.c_int, void_p, u32)(set_information),
            ctypes.CFUNCTYPE(void_p)(current_process),
            ctypes.CFUNCTYPE(ctypes.c_int, void_p, void_p)(assign),
        ]
        (
            self.CreateJobObjectW,
            self.SetInformationJobObject,
            self.GetCurrentProcess,
            self.AssignProcessToJobObject,
        ) = self._keep


def test_the_child_puts_itself_in_a_job_with_a_memory_limit():
    kernel32 = FakeKernel32()
    isolation.limit_windows_process(kernel32, 1536 * 1024 * 1024)
    flags = (
        isolation.JOB_OBJECT_LIMIT_PROCESS_MEMORY
        | isolation.JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    )
    assert kernel32.calls == [
        ("create", None, None),
        (
            "set",
            FAKE_JOB,
            9,
            144 if ctypes.sizeof(ctypes.c_void_p) == 8 else 112,
            flags,
            1536 * 1024 * 1024,
        ),
        ("assign", FAKE_JOB, FAKE_PROCESS),
    ]


@pytest.mark.parametrize("step", ["create", "set"])
def test_a_job_that_cannot_be_set_up_raises_before_assigning(step):
    kernel32 = FakeKernel32(fail=step)
    with pytest.raises(OSError):
        isolation.limit_windows_process(kernel32, 1024)
    assert not any(call[0] == "assign" for call in kernel32.calls)
